package nvds_test

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/nvds/internal/cbench"
)

// zeroViews is every view type of the package, as a zero value.
var zeroViews = []any{
	nvds.BaseMeta{}, nvds.BatchMeta{}, nvds.BBoxInfo{}, nvds.ClassifierMeta{}, nvds.DisplayMeta{},
	nvds.FrameMeta{}, nvds.LabelInfo{}, nvds.ObjectMeta{}, nvds.UserMeta{},
	nvds.ArrowParams{}, nvds.CircleParams{}, nvds.ColorParams{}, nvds.FontParams{}, nvds.LineParams{},
	nvds.MaskParams{}, nvds.RectParams{}, nvds.TextParams{},
	nvds.ColorInfo{}, nvds.FrameTextParams{}, nvds.FrameRectParams{}, nvds.FrameLineParams{},
	nvds.FrameArrowParams{}, nvds.FrameCircleParams{},
}

// callZero calls method m of a zero view with zero arguments and returns
// what it panicked with (nil if it returned) and its results.
func callZero(m reflect.Value) (panicked any, out []reflect.Value) {
	defer func() { panicked = recover() }()
	args := make([]reflect.Value, m.Type().NumIn())
	for i := range args {
		args[i] = reflect.Zero(m.Type().In(i))
	}
	return nil, m.Call(args)
}

// Every method of every view, called on a zero value, panics with a message
// naming the view and the misuse (issue #10, item 13), never with Go's
// bare nil dereference; or, where the API promised it before, returns an
// error wrapping ErrNilMeta. Only IsNil and UnsafePointer are for zero
// views. A method added without the checked accessor fails here.
func TestZeroViewsPanicNamed(t *testing.T) {
	methods := 0
	for _, v := range zeroViews {
		rv := reflect.ValueOf(v)
		name := rv.Type().Name()
		for i := 0; i < rv.NumMethod(); i++ {
			mname := rv.Type().Method(i).Name
			if mname == "IsNil" || mname == "UnsafePointer" {
				continue
			}
			methods++
			p, out := callZero(rv.Method(i))
			if p == nil {
				var err error
				if len(out) > 0 {
					err, _ = out[len(out)-1].Interface().(error)
				}
				assert.ErrorIs(t, err, nvds.ErrNilMeta, "%s{}.%s neither panicked nor reported ErrNilMeta", name, mname)
				continue
			}
			msg := fmt.Sprint(p)
			want := "nvds: " + name + " used as a zero value"
			if !strings.Contains(msg, want) {
				t.Errorf("%s{}.%s panicked with %q, want a message containing %q", name, mname, msg, want)
			}
		}
	}
	assert.Greater(t, methods, 300, "the reflection walk must reach the views' methods")
}

func TestZeroViewIsNil(t *testing.T) {
	for _, v := range zeroViews {
		if n, ok := v.(interface{ IsNil() bool }); ok {
			assert.True(t, n.IsNil(), "%T", v)
		}
	}
}

// panicMessage runs f and returns what it panicked with, as text ("" if it
// did not panic).
func panicMessage(f func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint(r)
		}
	}()
	f()
	return ""
}

// Attaching to the wrong container panics naming it and leaves the value
// pending, so it can still be attached where it belongs (item 4).
func TestHandOverChecksContainer(t *testing.T) {
	a := newBatch(t, 2)
	b := newBatch(t, 2)
	fa := addFrame(t, a, 0, 0)
	fb := addFrame(t, b, 0, 0)
	removed := addFrame(t, b, 1, 0)
	b.RemoveFrame(removed)

	obj, err := a.AcquireObjectMeta()
	require.NoError(t, err)
	obj.Meta().SetClassID(3)
	for _, tc := range []struct {
		name, want string
		frame      nvds.FrameMeta
	}{
		{"another batch's frame", "acquired from another batch", fb},
		{"a zero frame", "nvds: FrameMeta used as a zero value", nvds.FrameMeta{}},
		{"a removed frame", "the container has no batch (removed", removed},
	} {
		assert.Contains(t, panicMessage(func() { tc.frame.AddObject(obj, nvds.ObjectMeta{}) }), tc.want, tc.name)
		assert.False(t, obj.Attached(), "%s: the object must stay pending", tc.name)
	}
	assert.Equal(t, 0, fb.NumObjects())
	got := fa.AddObject(obj, nvds.ObjectMeta{})
	assert.Equal(t, int32(3), got.ClassID())
	assert.Equal(t, 1, fa.NumObjects())
	assert.True(t, obj.Attached())
	assert.Contains(t, panicMessage(func() { fa.AddObject(obj, nvds.ObjectMeta{}) }), "already attached")

	// The same rule for every hand-over.
	ob := addObject(t, fb, 1, "car")
	disp, err := a.AcquireDisplayMeta()
	require.NoError(t, err)
	assert.Contains(t, panicMessage(func() { fb.AddDisplayMeta(disp) }), "another batch")
	assert.False(t, disp.Attached())
	fa.AddDisplayMeta(disp)

	frame, err := a.AcquireFrameMeta()
	require.NoError(t, err)
	assert.Contains(t, panicMessage(func() { b.AddFrame(frame) }), "another batch")
	assert.Contains(t, panicMessage(func() { nvds.BatchMeta{}.AddFrame(frame) }), "nvds: BatchMeta used as a zero value")
	a.AddFrame(frame)

	cls, err := a.AcquireClassifierMeta()
	require.NoError(t, err)
	assert.Contains(t, panicMessage(func() { ob.AddClassifier(cls) }), "another batch")
	c := addObject(t, fa, 2, "dog").AddClassifier(cls)

	lbl, err := b.AcquireLabelInfo()
	require.NoError(t, err)
	assert.Contains(t, panicMessage(func() { c.AddLabel(lbl) }), "another batch")
	assert.False(t, lbl.Attached())

	for _, attach := range []func(*nvds.Pending[nvds.UserMeta]){
		func(u *nvds.Pending[nvds.UserMeta]) { b.AddUserMeta(u) },
		func(u *nvds.Pending[nvds.UserMeta]) { fb.AddUserMeta(u) },
		func(u *nvds.Pending[nvds.UserMeta]) { ob.AddUserMeta(u) },
	} {
		u := newUserMeta(t, a, nvds.MetaTypeUser)
		assert.Contains(t, panicMessage(func() { attach(u) }), "another batch")
		assert.False(t, u.Attached())
	}
}

// A batch Go released ends its views and pending values (item 5): they
// panic with ErrReleased instead of touching the freed pool.
func TestReleasedBatchEndsViewsAndPending(t *testing.T) {
	owned, err := nvds.NewBatchMeta(1)
	require.NoError(t, err)
	b := owned.Meta()
	pf, err := b.AcquireFrameMeta()
	require.NoError(t, err)
	po, err := b.AcquireObjectMeta()
	require.NoError(t, err)
	owned.Release()

	for name, f := range map[string]func(){
		"Pending.Meta":      func() { pf.Meta().SetFrameNum(1) },
		"AddFrame":          func() { b.AddFrame(pf) },
		"AcquireObjectMeta": func() { _, _ = b.AcquireObjectMeta() },
		"NumFrames":         func() { b.NumFrames() },
		"pending object":    func() { po.Meta() },
	} {
		msg := panicMessage(f)
		assert.Contains(t, msg, "used after OwnedBatchMeta.Release", name)
	}
	owned.Release() // still safe twice
}

// AttachToBuffer refuses a buffer that already carries a batch meta (item
// 9): the second would be invisible downstream.
func TestAttachToBufferTwice(t *testing.T) {
	buf := cbench.NewBuffer(16, 0)
	defer cbench.UnrefBuffer(buf)
	first, err := nvds.NewBatchMeta(1)
	require.NoError(t, err)
	fv, err := first.AttachToBuffer(buf)
	require.NoError(t, err)

	second, err := nvds.NewBatchMeta(1)
	require.NoError(t, err)
	defer second.Release()
	_, err = second.AttachToBuffer(buf)
	require.ErrorIs(t, err, nvds.ErrHasBatchMeta)
	assert.True(t, errors.Is(err, nvds.ErrHasBatchMeta))
	got, err := nvds.BatchMetaFromBuffer(buf)
	require.NoError(t, err)
	assert.Equal(t, fv.UnsafePointer(), got.UnsafePointer(), "the buffer keeps its first batch")
	assert.NotPanics(t, func() { second.Meta() }, "a refused hand-over leaves the batch owned")
}
