package callbacks_test

import (
	"fmt"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/callbacks"
	"github.com/go-deepstream/go-deepstream/callbacks/internal/cbtest"
	"github.com/go-deepstream/go-deepstream/internal/leak"
	"github.com/go-deepstream/go-deepstream/internal/testmain"
	"github.com/go-deepstream/go-deepstream/nvds"
)

type track struct {
	ID     int
	Labels []string
}

// counted clones itself and counts the clones.
type counted struct{ n *atomic.Int64 }

func (c counted) Clone() counted { c.n.Add(1); return counted{c.n} }

type panicky struct{}

func (panicky) Clone() panicky { panic("no clone today") }

func TestGoPayloadAttachAndGet(t *testing.T) {
	testmain.NoLeaks(t)
	s := newScene(t)
	m, err := callbacks.NewGoMeta[track]("GODS.TEST.TRACK")
	require.NoError(t, err)
	require.False(t, m.Clones())
	require.Equal(t, nvds.MustUserMetaType("GODS.TEST.TRACK"), m.Type())
	require.True(t, m.Type().IsUser())

	for i, to := range []callbacks.Target{s.batch, s.frame, s.object} {
		u, err := m.Attach(to, track{ID: i, Labels: []string{"car"}})
		require.NoError(t, err)
		require.Equal(t, m.Type(), u.MetaType())
		got, err := m.Get(u)
		require.NoError(t, err)
		require.Equal(t, track{ID: i, Labels: []string{"car"}}, got)
	}
	require.Equal(t, 1, count(s.batch.UserMeta()))
	require.Equal(t, 1, count(s.frame.UserMeta()))
	require.Equal(t, 1, count(s.object.UserMeta()))
	for u, v := range m.All(s.object.UserMeta()) {
		require.Equal(t, 2, v.ID)
		v2, err := callbacks.Value[track](u)
		require.NoError(t, err)
		require.Equal(t, v, v2)
	}
	require.Equal(t, int64(3), leak.Count("callbacks.go_handles"))
}

func TestGoPayloadWrongTypes(t *testing.T) {
	testmain.NoLeaks(t)
	s := newScene(t)
	strs, err := callbacks.NewGoMeta[string]("GODS.TEST.STRING")
	require.NoError(t, err)
	ints, err := callbacks.NewGoMeta[int]("GODS.TEST.INT")
	require.NoError(t, err)
	u, err := strs.Attach(s.frame, "hello")
	require.NoError(t, err)

	_, err = ints.Get(u)
	require.ErrorIs(t, err, callbacks.ErrWrongMetaType)
	_, err = callbacks.Value[int](u)
	require.ErrorIs(t, err, callbacks.ErrWrongType)
	require.Contains(t, err.Error(), "holds string, not int")
	_, err = ints.Get(nvds.UserMeta{})
	require.ErrorIs(t, err, nvds.ErrNilMeta)

	// The same meta type cannot hold another Go type.
	_, err = callbacks.NewGoMeta[int]("GODS.TEST.STRING")
	require.ErrorIs(t, err, callbacks.ErrConflict)
	// Registering the same type again is fine.
	again, err := callbacks.NewGoMeta[string]("GODS.TEST.STRING")
	require.NoError(t, err)
	v, err := again.Get(u)
	require.NoError(t, err)
	require.Equal(t, "hello", v)
	// Nor can it become a C-layout type.
	_, err = callbacks.NewCMeta[struct{ A int32 }]("GODS.TEST.STRING")
	require.ErrorIs(t, err, callbacks.ErrConflict)
}

func TestGoPayloadCopiesShareWithoutGo(t *testing.T) {
	testmain.NoLeaks(t)
	s := newScene(t)
	m, err := callbacks.NewGoMeta[*track]("GODS.TEST.TRACKPTR")
	require.NoError(t, err)
	v := &track{ID: 7}
	u, err := m.Attach(s.frame, v)
	require.NoError(t, err)

	cbtest.CopyFrameUserMeta(s.frame, s.frame2)
	cbtest.CopyFrameUserMeta(s.frame, s.frame2)
	require.Equal(t, int64(1), leak.Count("callbacks.go_handles"), "copies share one handle")
	n := 0
	for _, got := range m.All(s.frame2.UserMeta()) {
		require.Same(t, v, got)
		n++
	}
	require.Equal(t, 2, n)

	s.frame.RemoveUserMeta(u)
	require.Equal(t, int64(1), leak.Count("callbacks.go_handles"), "still held by the copies")
	for u := range s.frame2.UserMeta() {
		s.frame2.RemoveUserMeta(u)
	}
	require.Equal(t, int64(0), leak.Count("callbacks.go_handles"))
}

func TestGoPayloadCopiesClone(t *testing.T) {
	testmain.NoLeaks(t)
	s := newScene(t)
	m, err := callbacks.NewGoMeta[counted]("GODS.TEST.COUNTED")
	require.NoError(t, err)
	require.True(t, m.Clones())
	var clones atomic.Int64
	_, err = m.Attach(s.object, counted{&clones})
	require.NoError(t, err)
	cbtest.CopyObjectUserMeta(s.object, s.objec2)
	cbtest.CopyObjectUserMeta(s.object, s.objec2)
	require.Equal(t, int64(2), clones.Load())
	require.Equal(t, int64(3), leak.Count("callbacks.go_handles"))
}

func TestGoPayloadClonePanicLeavesNoPayload(t *testing.T) {
	testmain.NoLeaks(t)
	s := newScene(t)
	m, err := callbacks.NewGoMeta[panicky]("GODS.TEST.PANICKY")
	require.NoError(t, err)
	_, err = m.Attach(s.batch, panicky{})
	require.NoError(t, err)
	cbtest.CopyBatchUserMeta(s.batch, s.batch)
	var gotErr error
	n := 0
	for u := range s.batch.UserMeta() {
		if _, err := m.Get(u); err != nil {
			gotErr = err
		}
		n++
	}
	require.Equal(t, 2, n)
	require.ErrorIs(t, gotErr, callbacks.ErrNoPayload)
	require.Equal(t, int64(1), leak.Count("callbacks.go_handles"))
}

func TestGoPayloadThroughBufferCopy(t *testing.T) {
	testmain.NoLeaks(t)
	owned, err := nvds.NewBatchMeta(1)
	require.NoError(t, err)
	f, o := addFrame(t, owned.Meta())
	m, err := callbacks.NewGoMeta[track]("GODS.TEST.TRACK")
	require.NoError(t, err)
	_, err = m.Attach(f, track{ID: 1})
	require.NoError(t, err)
	_, err = m.Attach(o, track{ID: 2})
	require.NoError(t, err)

	buf := cbtest.NewBuffer()
	_, err = owned.AttachToBuffer(buf)
	require.NoError(t, err)
	buf2 := cbtest.CopyBuffer(buf)
	b2, err := nvds.BatchMetaFromBuffer(buf2)
	require.NoError(t, err)
	var ids []int
	for f := range b2.Frames() {
		for _, v := range m.All(f.UserMeta()) {
			ids = append(ids, v.ID)
		}
		for o := range f.Objects() {
			for _, v := range m.All(o.UserMeta()) {
				ids = append(ids, v.ID)
			}
		}
	}
	require.Equal(t, []int{1, 2}, ids)
	require.Equal(t, int64(2), leak.Count("callbacks.go_handles"))
	cbtest.UnrefBuffer(buf)
	require.Equal(t, int64(2), leak.Count("callbacks.go_handles"))
	cbtest.UnrefBuffer(buf2)
	require.Equal(t, int64(0), leak.Count("callbacks.go_handles"))
}

func TestGoPayloadConcurrent(t *testing.T) {
	testmain.NoLeaks(t)
	m, err := callbacks.NewGoMeta[*track]("GODS.TEST.TRACKPTR")
	require.NoError(t, err)
	shared := &track{ID: 99}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			owned, err := nvds.NewBatchMeta(2)
			if err != nil {
				t.Error(err)
				return
			}
			defer owned.Release()
			b := owned.Meta()
			pf1, _ := b.AcquireFrameMeta()
			pf2, _ := b.AcquireFrameMeta()
			f1, f2 := b.AddFrame(pf1), b.AddFrame(pf2)
			for i := 0; i < 500; i++ {
				u, err := m.Attach(f1, shared)
				if err != nil {
					t.Error(err)
					return
				}
				cbtest.CopyFrameUserMeta(f1, f2)
				f1.RemoveUserMeta(u)
				for u := range f2.UserMeta() {
					if v, err := m.Get(u); err != nil || v != shared {
						t.Error("bad copy", err)
					}
					f2.RemoveUserMeta(u)
				}
			}
		}()
	}
	wg.Wait()
}

func TestManyTypesAtOnce(t *testing.T) {
	testmain.NoLeaks(t)
	s := newScene(t)
	metas := make([]*callbacks.GoMeta[string], 20)
	for i := range metas {
		m, err := callbacks.NewGoMeta[string](fmt.Sprintf("GODS.TEST.MANY%d", i))
		require.NoError(t, err)
		metas[i] = m
		_, err = m.Attach(s.frame, fmt.Sprint("value ", i))
		require.NoError(t, err)
	}
	type point struct{ X, Y float32 }
	cm, err := callbacks.NewCMeta[point]("GODS.TEST.MANYC")
	require.NoError(t, err)
	_, p, err := cm.Attach(s.frame)
	require.NoError(t, err)
	p.X, p.Y = 1, 2
	cbtest.CopyFrameUserMeta(s.frame, s.frame2)
	for i, m := range metas {
		n := 0
		for _, v := range m.All(s.frame2.UserMeta()) {
			require.Equal(t, fmt.Sprint("value ", i), v)
			n++
		}
		require.Equal(t, 1, n)
	}
	for _, v := range cm.All(s.frame2.UserMeta()) {
		require.Equal(t, point{1, 2}, *v)
	}
}
