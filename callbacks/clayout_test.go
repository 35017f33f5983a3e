package callbacks_test

import (
	"structs"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/callbacks"
	"github.com/go-deepstream/go-deepstream/callbacks/internal/cbtest"
	"github.com/go-deepstream/go-deepstream/internal/leak"
	"github.com/go-deepstream/go-deepstream/internal/testmain"
	"github.com/go-deepstream/go-deepstream/nvds"
)

// CustomDataStruct is pyds's custom-binding example (bindcustom.cpp) as a
// Go C-layout payload: in C, { int structId; char *message; int sampleInt; }.
type CustomDataStruct struct {
	_         structs.HostLayout
	StructID  int32
	Message   callbacks.CString
	SampleInt int32
}

func TestCustomDataStructLayoutIsC(t *testing.T) {
	var d CustomDataStruct
	size, msg, si := cbtest.CustomLayout()
	require.Equal(t, size, unsafe.Sizeof(d))
	require.Equal(t, msg, unsafe.Offsetof(d.Message))
	require.Equal(t, si, unsafe.Offsetof(d.SampleInt))
}

// The port of pyds's custom-binding example (deepstream-custom-binding-test):
// the upstream probe attaches a CustomDataStruct to every frame, a later
// probe reads it back, and C plugins in between copy and free it.
func TestCustomDataStruct(t *testing.T) {
	testmain.NoLeaks(t)
	s := newScene(t)
	m, err := callbacks.NewCMeta[CustomDataStruct]("NVIDIA.NVDS.CUSTOM_BINDING_META")
	require.NoError(t, err)

	u, d, err := m.Attach(s.frame)
	require.NoError(t, err)
	require.Equal(t, int64(1), leak.Count("callbacks.c_payloads"))
	d.StructID = 2024
	require.NoError(t, d.Message.Set("old message"))
	require.NoError(t, d.Message.Set("Hello from Go")) // frees the old one
	d.SampleInt = 11

	// A C plugin reads it through the C declaration.
	id, msg, si, ok := cbtest.ReadCustom(u)
	require.True(t, ok)
	require.Equal(t, 2024, id)
	require.Equal(t, "Hello from Go", msg)
	require.Equal(t, 11, si)

	// The runtime copies it with the C copy function: a deep copy.
	cbtest.CopyFrameUserMeta(s.frame, s.frame2)
	require.Equal(t, int64(2), leak.Count("callbacks.c_payloads"))
	var copied nvds.UserMeta
	for u2, d2 := range m.All(s.frame2.UserMeta()) {
		copied = u2
		require.Equal(t, int32(2024), d2.StructID)
		require.Equal(t, "Hello from Go", d2.Message.String())
		require.NotEqual(t, d.Message.UnsafePointer(), d2.Message.UnsafePointer(), "strings are duplicated")
	}
	require.False(t, copied.IsNil())
	id, msg, si, ok = cbtest.ReadCustom(copied)
	require.True(t, ok)
	require.Equal(t, []any{2024, "Hello from Go", 11}, []any{id, msg, si})

	// Changing the original leaves the copy alone.
	require.NoError(t, d.Message.Set("changed"))
	d2, err := m.Get(copied)
	require.NoError(t, err)
	require.Equal(t, "Hello from Go", d2.Message.String())

	s.frame.RemoveUserMeta(u)
	require.Equal(t, int64(1), leak.Count("callbacks.c_payloads"))
}

func TestCPayloadThroughBufferCopy(t *testing.T) {
	testmain.NoLeaks(t)
	owned, err := nvds.NewBatchMeta(1)
	require.NoError(t, err)
	f, _ := addFrame(t, owned.Meta())
	m, err := callbacks.NewCMeta[CustomDataStruct]("NVIDIA.NVDS.CUSTOM_BINDING_META")
	require.NoError(t, err)
	_, d, err := m.Attach(f)
	require.NoError(t, err)
	require.NoError(t, d.Message.Set("through gst_buffer_copy"))

	buf := cbtest.NewBuffer()
	_, err = owned.AttachToBuffer(buf)
	require.NoError(t, err)
	buf2 := cbtest.CopyBuffer(buf)
	cbtest.UnrefBuffer(buf)
	b2, err := nvds.BatchMetaFromBuffer(buf2)
	require.NoError(t, err)
	n := 0
	for f := range b2.Frames() {
		for _, d := range m.All(f.UserMeta()) {
			require.Equal(t, "through gst_buffer_copy", d.Message.String())
			n++
		}
	}
	require.Equal(t, 1, n)
	cbtest.UnrefBuffer(buf2)
}

type withArrays struct {
	_     structs.HostLayout
	Names [3]callbacks.CString
	Inner struct {
		Label [16]byte
		Note  callbacks.CString
	}
	Score float64
}

func TestCLayoutNestedStringsAndFixedArrays(t *testing.T) {
	testmain.NoLeaks(t)
	s := newScene(t)
	m, err := callbacks.NewCMeta[withArrays]("GODS.TEST.ARRAYS")
	require.NoError(t, err)
	_, d, err := m.Attach(s.object)
	require.NoError(t, err)
	for i := range d.Names {
		require.NoError(t, d.Names[i].Set(string(rune('a'+i))))
	}
	require.NoError(t, d.Inner.Note.Set("note"))
	require.NoError(t, nvds.SetFixedString(d.Inner.Label[:], "fits"))
	require.Equal(t, "fits", nvds.FixedString(d.Inner.Label[:]))
	err = nvds.SetFixedString(d.Inner.Label[:], "much too long for sixteen bytes")
	require.ErrorIs(t, err, nvds.ErrTruncated)
	require.Equal(t, "much too long f", nvds.FixedString(d.Inner.Label[:]))
	err = nvds.SetFixedString(d.Inner.Label[:], "ééééééééé") // 18 bytes: cut at a rune boundary
	require.ErrorIs(t, err, nvds.ErrTruncated)
	require.Equal(t, "ééééééé", nvds.FixedString(d.Inner.Label[:]))
	require.ErrorIs(t, nvds.SetFixedString(d.Inner.Label[:], "a\x00b"), nvds.ErrNUL)
	d.Names[1].Clear()
	require.True(t, d.Names[1].IsNil())

	cbtest.CopyObjectUserMeta(s.object, s.objec2)
	for _, c := range m.All(s.objec2.UserMeta()) {
		require.Equal(t, "a", c.Names[0].String())
		require.Equal(t, "", c.Names[1].String())
		require.Equal(t, "c", c.Names[2].String())
		require.Equal(t, "note", c.Inner.Note.String())
		require.Equal(t, "ééééééé", nvds.FixedString(c.Inner.Label[:]))
	}
}

func TestCLayoutRejectsGoPointers(t *testing.T) {
	for name, reg := range map[string]func() error{
		"string":  func() error { _, err := callbacks.NewCMeta[struct{ S string }]("GODS.TEST.BAD1"); return err },
		"slice":   func() error { _, err := callbacks.NewCMeta[struct{ B []byte }]("GODS.TEST.BAD2"); return err },
		"pointer": func() error { _, err := callbacks.NewCMeta[struct{ P *int }]("GODS.TEST.BAD3"); return err },
		"nested": func() error {
			_, err := callbacks.NewCMeta[struct{ A [2]struct{ M map[int]int } }]("GODS.TEST.BAD4")
			return err
		},
		"interface": func() error { _, err := callbacks.NewCMeta[any]("GODS.TEST.BAD5"); return err },
		"unsafe":    func() error { _, err := callbacks.NewCMeta[struct{ U unsafe.Pointer }]("GODS.TEST.BAD6"); return err },
	} {
		err := reg()
		require.ErrorIs(t, err, callbacks.ErrNotPlainData, name)
		require.False(t, callbacks.Registered(nvds.MustUserMetaType("GODS.TEST.BAD1")))
	}
}

func TestCStringRejectsNUL(t *testing.T) {
	testmain.NoLeaks(t)
	s := newScene(t)
	m, err := callbacks.NewCMeta[CustomDataStruct]("NVIDIA.NVDS.CUSTOM_BINDING_META")
	require.NoError(t, err)
	_, d, err := m.Attach(s.frame)
	require.NoError(t, err)
	require.NoError(t, d.Message.Set("kept"))
	require.ErrorIs(t, d.Message.Set("bad\x00string"), nvds.ErrNUL)
	require.Equal(t, "kept", d.Message.String())
}
