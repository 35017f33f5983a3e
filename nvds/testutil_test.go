package nvds_test

import (
	"iter"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/nvds"
)

// Helpers that build batches through the runtime, as nvstreammux and nvinfer
// would: NewBatchMeta, then Acquire* and Add* for every entry.

// newBatch creates a batch meta for up to maxFrames frames, released when
// the test ends.
func newBatch(t testing.TB, maxFrames int) nvds.BatchMeta {
	t.Helper()
	owned, err := nvds.NewBatchMeta(maxFrames)
	require.NoError(t, err)
	t.Cleanup(owned.Release)
	return owned.Meta()
}

// addFrame attaches a new frame with frame_num and source_id set.
func addFrame(t testing.TB, b nvds.BatchMeta, frameNum int32, sourceID uint32) nvds.FrameMeta {
	t.Helper()
	p, err := b.AcquireFrameMeta()
	require.NoError(t, err)
	p.Meta().SetFrameNum(frameNum)
	p.Meta().SetSourceID(sourceID)
	return b.AddFrame(p)
}

// addObject attaches a new object with class_id and obj_label set.
func addObject(t testing.TB, f nvds.FrameMeta, classID int32, label string) nvds.ObjectMeta {
	t.Helper()
	p, err := f.Batch().AcquireObjectMeta()
	require.NoError(t, err)
	o := p.Meta()
	o.SetClassID(classID)
	o.SetObjectID(nvds.UntrackedObjectID)
	require.NoError(t, o.SetLabel(label))
	return f.AddObject(p, nvds.ObjectMeta{})
}

// addClassifier attaches a new classifier meta to o.
func addClassifier(t testing.TB, b nvds.BatchMeta, o nvds.ObjectMeta, componentID int32) nvds.ClassifierMeta {
	t.Helper()
	p, err := b.AcquireClassifierMeta()
	require.NoError(t, err)
	p.Meta().SetUniqueComponentID(componentID)
	return o.AddClassifier(p)
}

// addLabel attaches a new label info with result_label set to c.
func addLabel(t testing.TB, b nvds.BatchMeta, c nvds.ClassifierMeta, label string, classID uint32) nvds.LabelInfo {
	t.Helper()
	p, err := b.AcquireLabelInfo()
	require.NoError(t, err)
	require.NoError(t, p.Meta().SetLabel(label))
	p.Meta().SetResultClassID(classID)
	return c.AddLabel(p)
}

// addDisplay attaches a new, empty display meta to f.
func addDisplay(t testing.TB, f nvds.FrameMeta) nvds.DisplayMeta {
	t.Helper()
	p, err := f.Batch().AcquireDisplayMeta()
	require.NoError(t, err)
	return f.AddDisplayMeta(p)
}

// newUserMeta acquires a user meta of type mt with no payload and no
// copy/release functions.
func newUserMeta(t testing.TB, b nvds.BatchMeta, mt nvds.MetaType) *nvds.Pending[nvds.UserMeta] {
	t.Helper()
	p, err := b.AcquireUserMeta()
	require.NoError(t, err)
	p.Meta().Base().SetMetaType(mt)
	return p
}

// pointers returns the C pointers of views, for comparing list contents.
func pointers[T interface{ UnsafePointer() unsafe.Pointer }](seq iter.Seq[T]) []unsafe.Pointer {
	var out []unsafe.Pointer
	for v := range seq {
		out = append(out, v.UnsafePointer())
	}
	return out
}
