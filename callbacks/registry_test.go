package callbacks_test

import (
	"sync/atomic"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/callbacks"
	"github.com/go-deepstream/go-deepstream/callbacks/internal/cbtest"
	"github.com/go-deepstream/go-deepstream/internal/leak"
	"github.com/go-deepstream/go-deepstream/internal/testmain"
	"github.com/go-deepstream/go-deepstream/nvds"
)

func TestRegisterFuncsAndUnregister(t *testing.T) {
	testmain.NoLeaks(t)
	ints := leak.Count("cbtest.int_payloads")
	s := newScene(t)
	typ := nvds.MustUserMetaType("GODS.TEST.CINT")
	cp, rl := cbtest.IntFuncs()
	require.NoError(t, callbacks.RegisterFuncs(typ, cp, rl))
	require.NoError(t, callbacks.RegisterFuncs(typ, cp, rl), "same pair again")
	require.ErrorIs(t, callbacks.RegisterFuncs(typ, rl, cp), callbacks.ErrConflict)
	require.True(t, callbacks.Registered(typ))

	u, err := callbacks.AttachData(s.frame, typ, cbtest.NewInt(42))
	require.NoError(t, err)
	require.Equal(t, 42, cbtest.Int(u.Data()))
	cbtest.CopyFrameUserMeta(s.frame, s.frame2)
	require.Equal(t, ints+2, leak.Count("cbtest.int_payloads"))

	// After Unregister nothing new can be attached, loudly...
	require.NoError(t, callbacks.Unregister(typ))
	require.False(t, callbacks.Registered(typ))
	p := cbtest.NewInt(1)
	_, err = callbacks.AttachData(s.frame, typ, p)
	require.ErrorIs(t, err, callbacks.ErrNotRegistered)
	cbtest.FreeInt(p)
	require.ErrorIs(t, callbacks.Unregister(typ), callbacks.ErrNotRegistered)

	// ...while what is attached still copies and releases for real.
	cbtest.CopyFrameUserMeta(s.frame, s.frame2)
	require.Equal(t, ints+3, leak.Count("cbtest.int_payloads"))
	for u := range s.frame2.UserMeta() {
		require.Equal(t, 42, cbtest.Int(u.Data()))
	}
	s.owned.Release()
	require.Equal(t, ints, leak.Count("cbtest.int_payloads"))

	// Registering again brings it back.
	require.NoError(t, callbacks.RegisterFuncs(typ, cp, rl))
	require.True(t, callbacks.Registered(typ))
}

// otherTarget satisfies Target but is not a meta view of nvds.
type otherTarget struct{}

func (otherTarget) UnsafePointer() unsafe.Pointer { return unsafe.Pointer(&struct{}{}) }
func (otherTarget) IsNil() bool                   { return false }

func TestBadInputGivesErrors(t *testing.T) {
	testmain.NoLeaks(t)
	s := newScene(t)
	unknown := nvds.MustUserMetaType("GODS.TEST.NEVER.REGISTERED")
	_, err := callbacks.AttachData(s.frame, unknown, nil)
	require.ErrorIs(t, err, callbacks.ErrNotRegistered)
	var ne *nvds.Error
	require.ErrorAs(t, err, &ne)
	require.Equal(t, "callbacks.AttachData", ne.Op)

	m, err := callbacks.NewGoMeta[int]("GODS.TEST.INT")
	require.NoError(t, err)
	_, err = m.Attach(nvds.FrameMeta{}, 1)
	require.ErrorIs(t, err, nvds.ErrNilMeta)
	_, err = m.Attach(nil, 1)
	require.ErrorIs(t, err, nvds.ErrNilMeta)
	_, err = m.Attach(otherTarget{}, 1)
	require.ErrorIs(t, err, callbacks.ErrInvalidTarget)

	// A Go payload is not a C payload and the other way round.
	cm, err := callbacks.NewCMeta[CustomDataStruct]("NVIDIA.NVDS.CUSTOM_BINDING_META")
	require.NoError(t, err)
	gu, err := m.Attach(s.frame, 5)
	require.NoError(t, err)
	cu, _, err := cm.Attach(s.frame)
	require.NoError(t, err)
	_, err = callbacks.Value[int](cu)
	require.ErrorIs(t, err, callbacks.ErrForeignPayload)
	_, err = cm.Get(gu)
	require.ErrorIs(t, err, callbacks.ErrWrongMetaType)
	// A meta someone else attached under a registered type.
	p, err := s.batch.AcquireUserMeta()
	require.NoError(t, err)
	p.Meta().Base().SetMetaType(cm.Type())
	foreign := s.frame.AddUserMeta(p)
	_, err = cm.Get(foreign)
	require.ErrorIs(t, err, callbacks.ErrForeignPayload)

	require.Error(t, callbacks.RegisterFuncs(nvds.MustUserMetaType("GODS.TEST.X"), nil, nil))
	_, err = callbacks.RegisterGo[int](nvds.MetaTypeInvalid)
	require.ErrorIs(t, err, callbacks.ErrWrongMetaType)
}

// The cycle count the leak check runs; -short runs fewer.
func cycles() int {
	if testing.Short() {
		return 10_000
	}
	return 100_000
}

func TestHundredThousandCyclesLeakNothing(t *testing.T) {
	testmain.NoLeaks(t)
	s := newScene(t)
	shared, err := callbacks.NewGoMeta[*track]("GODS.TEST.TRACKPTR")
	require.NoError(t, err)
	cloned, err := callbacks.NewGoMeta[counted]("GODS.TEST.COUNTED")
	require.NoError(t, err)
	cm, err := callbacks.NewCMeta[CustomDataStruct]("NVIDIA.NVDS.CUSTOM_BINDING_META")
	require.NoError(t, err)
	v := &track{ID: 1}
	c := counted{new(atomic.Int64)}
	for i := 0; i < cycles(); i++ {
		u1, err := shared.Attach(s.frame, v)
		require.NoError(t, err)
		u2, err := cloned.Attach(s.frame, c)
		require.NoError(t, err)
		u3, d, err := cm.Attach(s.frame)
		require.NoError(t, err)
		d.StructID = int32(i)
		require.NoError(t, d.Message.Set("cycle"))
		cbtest.CopyFrameUserMeta(s.frame, s.frame2)
		s.frame.RemoveUserMeta(u1)
		s.frame.RemoveUserMeta(u2)
		s.frame.RemoveUserMeta(u3)
		for u := range s.frame2.UserMeta() {
			s.frame2.RemoveUserMeta(u)
		}
		if leak.Count("callbacks.go_handles") != 0 || leak.Count("callbacks.c_payloads") != 0 {
			t.Fatalf("cycle %d: %d handles, %d C payloads alive", i, leak.Count("callbacks.go_handles"), leak.Count("callbacks.c_payloads"))
		}
	}
	require.Equal(t, int64(cycles()), c.n.Load())
}

func TestBadDescriptor(t *testing.T) {
	_, err := callbacks.NewGoMeta[int]("")
	require.Error(t, err)
	_, err = callbacks.NewCMeta[struct{ A int32 }]("bad\x00descriptor")
	require.Error(t, err)
}
