package analytics_test

import (
	"fmt"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/analytics"
	"github.com/go-deepstream/go-deepstream/analytics/internal/analyticstest"
	"github.com/go-deepstream/go-deepstream/nvds"
)

// newFrame returns a buffer carrying a batch of one frame with one object.
func newFrame(t testing.TB) (unsafe.Pointer, nvds.FrameMeta, nvds.ObjectMeta) {
	t.Helper()
	buf := analyticstest.NewBuffer()
	t.Cleanup(func() { analyticstest.Unref(buf) })
	owned, err := nvds.NewBatchMeta(1)
	require.NoError(t, err)
	b, err := owned.AttachToBuffer(buf)
	require.NoError(t, err)
	pf, err := b.AcquireFrameMeta()
	require.NoError(t, err)
	f := b.AddFrame(pf)
	po, err := b.AcquireObjectMeta()
	require.NoError(t, err)
	return buf, f, f.AddObject(po, nvds.ObjectMeta{})
}

func frameInfo(rois int) analytics.FrameInfo {
	v := analytics.FrameInfo{
		UniqueID:      5,
		OCStatus:      map[string]bool{},
		ObjInROICount: map[string]uint32{},
		LCCurrCount:   map[string]uint64{"Exit": 0},
		LCCumCount:    map[string]uint64{"Exit": 1 << 40},
		ObjCount:      map[int]uint32{0: 3, 2: 1, -1: 7},
	}
	for i := range rois {
		name := fmt.Sprintf("RF-%d", i)
		v.OCStatus[name] = i%2 == 0
		v.ObjInROICount[name] = uint32(i)
		v.LCCurrCount[name] = uint64(i * 3)
	}
	return v
}

var objInfo = analytics.ObjInfo{
	UniqueID:  5,
	ROIStatus: []string{"RF", "RF2"},
	OCStatus:  []string{"OC"},
	LCStatus:  []string{"Exit"},
	DirStatus: "DIR:South",
	ObjStatus: "",
}

func TestFrameInfoRoundTrip(t *testing.T) {
	for _, rois := range []int{0, 2, 100} { // 100 ROIs do not fit the first buffer
		_, f, _ := newFrame(t)
		want := frameInfo(rois)
		u, err := analytics.AttachFrameInfo(f, want)
		require.NoError(t, err)
		require.Equal(t, analytics.FrameMetaType(), u.MetaType())
		require.True(t, u.Base().HasCopyFunc())
		require.True(t, u.Base().HasReleaseFunc())
		var got []analytics.FrameInfo
		for v := range nvds.Payloads(f.UserMeta(), analytics.FrameInfoFromUser) {
			got = append(got, v)
		}
		require.Equal(t, []analytics.FrameInfo{want}, got)
		_, ok := analytics.ObjInfoFromUser(u)
		require.False(t, ok, "a frame meta is not an object meta")
	}
}

func TestObjInfoRoundTrip(t *testing.T) {
	_, _, o := newFrame(t)
	_, err := analytics.AttachObjInfo(o, objInfo)
	require.NoError(t, err)
	_, err = analytics.AttachObjInfo(o, analytics.ObjInfo{UniqueID: 9})
	require.NoError(t, err)
	var got []analytics.ObjInfo
	for v := range nvds.Payloads(o.UserMeta(), analytics.ObjInfoFromUser) {
		got = append(got, v)
	}
	require.Equal(t, []analytics.ObjInfo{objInfo, {UniqueID: 9}}, got)
}

func TestCInterfaceBuildsTheSameStructs(t *testing.T) {
	_, f, o := newFrame(t)
	want := frameInfo(3)
	u := analytics.AttachFrameInfoC(f, want)
	got, ok := analytics.FrameInfoFromUser(u)
	require.True(t, ok)
	require.Equal(t, want, got)

	u = analytics.AttachObjInfoC(o, objInfo)
	gotObj, ok := analytics.ObjInfoFromUser(u)
	require.True(t, ok)
	require.Equal(t, objInfo, gotObj)
}

func TestCopiedWithTheBuffer(t *testing.T) {
	buf, f, o := newFrame(t)
	want := frameInfo(4)
	_, err := analytics.AttachFrameInfo(f, want)
	require.NoError(t, err)
	_, err = analytics.AttachObjInfo(o, objInfo)
	require.NoError(t, err)

	dup := analyticstest.Copy(buf) // runs the shim's C++ copy functions
	defer analyticstest.Unref(dup)
	b, err := nvds.BatchMetaFromBuffer(dup)
	require.NoError(t, err)
	require.NotEqual(t, f.Batch().UnsafePointer(), b.UnsafePointer(), "a deep copy")
	n := 0
	for f := range b.Frames() {
		for v := range nvds.Payloads(f.UserMeta(), analytics.FrameInfoFromUser) {
			require.Equal(t, want, v)
			n++
		}
		for o := range f.Objects() {
			for v := range nvds.Payloads(o.UserMeta(), analytics.ObjInfoFromUser) {
				require.Equal(t, objInfo, v)
				n++
			}
		}
	}
	require.Equal(t, 2, n)
}

func TestMetaTypes(t *testing.T) {
	ft, ot := analytics.FrameMetaType(), analytics.ObjMetaType()
	require.NotEqual(t, ft, ot)
	if analytics.FixedMetaTypes {
		// NVDS_FRAME_META_NVDSANALYTICS / NVDS_OBJ_META_NVDSANALYTICS in
		// the 8.0 and 9.x NvDsMetaType enum.
		require.Equal(t, nvds.MetaType(32), ft)
		require.Equal(t, nvds.MetaType(33), ot)
	} else {
		// 7.x: registered from descriptor strings, above the built-ins.
		require.True(t, ft.IsUser())
		require.True(t, ot.IsUser())
	}
	require.Equal(t, ft, analytics.FrameMetaType(), "stable")
}

func TestMisuse(t *testing.T) {
	_, err := analytics.AttachFrameInfo(nvds.FrameMeta{}, analytics.FrameInfo{})
	require.ErrorIs(t, err, nvds.ErrNilMeta)
	_, err = analytics.AttachObjInfo(nvds.ObjectMeta{}, analytics.ObjInfo{})
	require.ErrorIs(t, err, nvds.ErrNilMeta)
	_, ok := analytics.FrameInfoFromUser(nvds.UserMeta{})
	require.False(t, ok)

	_, ok = analytics.DecodeFrame([]byte{1, 2, 3})
	require.False(t, ok)
	_, ok = analytics.DecodeFrame([]byte{0, 0, 0, 0, 0xff, 0xff, 0xff, 0x7f})
	require.False(t, ok, "a count larger than the data")
	_, ok = analytics.DecodeObj(nil)
	require.False(t, ok)
}

func BenchmarkFrameInfoFromUser(b *testing.B) {
	_, f, _ := newFrame(b)
	u, err := analytics.AttachFrameInfo(f, frameInfo(4))
	require.NoError(b, err)
	b.ReportAllocs()
	for b.Loop() {
		if _, ok := analytics.FrameInfoFromUser(u); !ok {
			b.Fatal("not analytics")
		}
	}
}
