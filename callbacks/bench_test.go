package callbacks_test

import (
	"sync/atomic"
	"testing"

	"github.com/go-deepstream/go-deepstream/callbacks"
	"github.com/go-deepstream/go-deepstream/callbacks/internal/cbtest"
	"github.com/go-deepstream/go-deepstream/nvds"
)

// One cycle is what a payload goes through in a pipeline: attach it to a
// frame, copy the frame's user metas (as a buffer copy does), release the
// original and the copy.

func cycle(b *testing.B, s *scene, attach func() nvds.UserMeta) {
	b.Helper()
	for b.Loop() {
		u := attach()
		cbtest.CopyFrameUserMeta(s.frame, s.frame2)
		s.frame.RemoveUserMeta(u)
		for u := range s.frame2.UserMeta() {
			s.frame2.RemoveUserMeta(u)
		}
	}
}

func BenchmarkAttachCopyRelease(b *testing.B) {
	b.Run("GoShared", func(b *testing.B) {
		s := newScene(b)
		m, _ := callbacks.NewGoMeta[*track]("GODS.TEST.TRACKPTR")
		v := &track{ID: 1}
		cycle(b, s, func() nvds.UserMeta { u, _ := m.Attach(s.frame, v); return u })
	})
	b.Run("GoClone", func(b *testing.B) {
		s := newScene(b)
		m, _ := callbacks.NewGoMeta[counted]("GODS.TEST.COUNTED")
		v := counted{new(atomic.Int64)}
		cycle(b, s, func() nvds.UserMeta { u, _ := m.Attach(s.frame, v); return u })
	})
	b.Run("CLayout", func(b *testing.B) {
		s := newScene(b)
		m, _ := callbacks.NewCMeta[CustomDataStruct]("NVIDIA.NVDS.CUSTOM_BINDING_META")
		cycle(b, s, func() nvds.UserMeta {
			u, d, _ := m.Attach(s.frame)
			d.StructID, d.SampleInt = 1, 2
			return u
		})
	})
	b.Run("CLayoutString", func(b *testing.B) {
		s := newScene(b)
		m, _ := callbacks.NewCMeta[CustomDataStruct]("NVIDIA.NVDS.CUSTOM_BINDING_META")
		cycle(b, s, func() nvds.UserMeta {
			u, d, _ := m.Attach(s.frame)
			d.StructID, d.SampleInt = 1, 2
			_ = d.Message.Set("hello")
			return u
		})
	})
	b.Run("CFuncs", func(b *testing.B) {
		s := newScene(b)
		typ := nvds.MustUserMetaType("GODS.TEST.CINT")
		cp, rl := cbtest.IntFuncs()
		_ = callbacks.RegisterFuncs(typ, cp, rl)
		cycle(b, s, func() nvds.UserMeta { u, _ := callbacks.AttachData(s.frame, typ, cbtest.NewInt(1)); return u })
	})
}
