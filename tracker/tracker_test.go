package tracker_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/tracker"
	"github.com/go-deepstream/go-deepstream/tracker/internal/trackertest"
)

func newBatch(t *testing.T) nvds.BatchMeta {
	owned, err := nvds.NewBatchMeta(2)
	require.NoError(t, err)
	t.Cleanup(owned.Release)
	return owned.Meta()
}

func attachBatchUser(t *testing.T, b nvds.BatchMeta, fill func(nvds.UserMeta)) nvds.UserMeta {
	pu, err := b.AcquireUserMeta()
	require.NoError(t, err)
	fill(pu.Meta())
	return b.AddUserMeta(pu)
}

func scene() []trackertest.Stream {
	var streams []trackertest.Stream
	for s := range 2 {
		st := trackertest.Stream{StreamID: uint32(s), SurfaceStreamID: uint64(s) << 32}
		for o := range 3 {
			ob := trackertest.Object{UniqueID: uint64(100*s + o), ClassID: uint16(o), Label: fmt.Sprintf("car-%d-%d", s, o)}
			for f := range 4 {
				ob.Frames = append(ob.Frames, trackertest.Frame{
					FrameNum: uint32(10 + f), Left: float32(f), Top: float32(2 * f), Width: 10, Height: 20,
					Confidence: 0.5 + float32(f)/10, Age: uint32(f + 1), State: int32(tracker.StateActive), Visibility: 0.75,
				})
			}
			st.Objects = append(st.Objects, ob)
		}
		streams = append(streams, st)
	}
	return streams
}

func TestPastFrameIterators(t *testing.T) {
	b := newBatch(t)
	want := scene()
	attachBatchUser(t, b, func(u nvds.UserMeta) {
		trackertest.FillMiscData(u, nvds.MetaTypeTrackerPastFrame, want)
	})
	attachBatchUser(t, b, func(u nvds.UserMeta) {
		trackertest.FillMiscData(u, nvds.MetaTypeTrackerTerminatedList, want[:1])
	})

	var kinds []nvds.MetaType
	for k := range tracker.MiscData(b.UserMeta()) {
		kinds = append(kinds, k)
	}
	require.Equal(t, []nvds.MetaType{nvds.MetaTypeTrackerPastFrame, nvds.MetaTypeTrackerTerminatedList}, kinds)

	n := 0
	for past := range nvds.Payloads(b.UserMeta(), tracker.PastFrameFromUser) {
		n++
		require.Equal(t, 2, past.NumFilled())
		require.Equal(t, 2, past.NumAllocated())
		var got []trackertest.Stream
		for s := range past.Streams() {
			st := trackertest.Stream{StreamID: s.StreamID(), SurfaceStreamID: s.SurfaceStreamID()}
			require.Equal(t, 3, s.NumFilled())
			for o := range s.Objects() {
				ob := trackertest.Object{UniqueID: o.UniqueID(), ClassID: o.ClassID(), Label: o.Label()}
				require.Equal(t, 4, o.NumObj())
				require.Equal(t, 4, o.NumAllocated())
				for f := range o.Frames() {
					r := f.BBox()
					ob.Frames = append(ob.Frames, trackertest.Frame{
						FrameNum: f.FrameNum(), Left: r.Left, Top: r.Top, Width: r.Width, Height: r.Height,
						Confidence: f.Confidence(), Age: f.Age(), State: int32(f.State()), Visibility: f.Visibility(),
					})
					feet, ok := f.WorldFeet()
					require.Equal(t, tracker.HasWorldFeet, ok)
					if ok {
						require.Equal(t, [2]float32{r.Left + 5, r.Top + 20}, feet)
					}
					require.Equal(t, r, f.RectParams().Rect())
				}
				st.Objects = append(st.Objects, ob)
			}
			got = append(got, st)
		}
		require.Equal(t, want, got)
	}
	require.Equal(t, 1, n)

	// Early exit from every level.
	for past := range nvds.Payloads(b.UserMeta(), tracker.PastFrameFromUser) {
		for s := range past.Streams() {
			for o := range s.Objects() {
				for range o.Frames() {
					break
				}
				break
			}
			break
		}
	}
	require.Equal(t, "ACTIVE", tracker.StateActive.String())
	require.Equal(t, "State(9)", tracker.State(9).String())
}

func TestReID(t *testing.T) {
	b := newBatch(t)
	pf, err := b.AcquireFrameMeta()
	require.NoError(t, err)
	f := b.AddFrame(pf)
	po, err := b.AcquireObjectMeta()
	require.NoError(t, err)
	o := f.AddObject(po, nvds.ObjectMeta{})
	feature := []float32{0.1, 0.2, 0.3, -1}
	pu, err := b.AcquireUserMeta()
	require.NoError(t, err)
	trackertest.FillObjReID(pu.Meta(), feature)
	o.AddUserMeta(pu)

	n := 0
	for r := range nvds.Payloads(o.UserMeta(), tracker.ObjReIDFromUser) {
		n++
		require.Equal(t, 4, r.FeatureSize())
		require.Equal(t, feature, r.Features())
		require.Zero(t, r.DevicePtr())
		cp := r.AppendFeatures(nil)
		r.Features()[0] = 9
		require.Equal(t, float32(0.1), cp[0], "AppendFeatures copies")
		require.Equal(t, float32(9), r.Features()[0], "Features is the meta's array")
	}
	require.Equal(t, 1, n)

	data := []float32{1, 2, 3, 4, 5, 6}
	u := attachBatchUser(t, b, func(u nvds.UserMeta) { trackertest.FillBatchReID(u, data, 3, 2) })
	rt, ok := tracker.ReIDTensorFromUser(u)
	require.True(t, ok)
	require.Equal(t, 2, rt.FeatureSize())
	require.Equal(t, 3, rt.NumFilled())
	require.Equal(t, data, rt.Tensor())
	row, ok := rt.Row(1)
	require.True(t, ok)
	require.Equal(t, []float32{3, 4}, row)
	require.Equal(t, 2, cap(row), "a row cannot be appended into the next")
	_, ok = rt.Row(3)
	require.False(t, ok)
	_, ok = tracker.ObjReIDFromUser(u)
	require.False(t, ok)
	_, _, ok = tracker.MiscDataFromUser(u)
	require.False(t, ok)
}
