package callbacks_test

import (
	"fmt"

	"github.com/go-deepstream/go-deepstream/callbacks"
	"github.com/go-deepstream/go-deepstream/callbacks/internal/cbtest"
	"github.com/go-deepstream/go-deepstream/nvds"
)

// exampleFrames returns a batch meta holding n frames, as nvstreammux makes
// one; release frees it with every user meta attached to it.
func exampleFrames(n int) (frames []nvds.FrameMeta, release func()) {
	owned, err := nvds.NewBatchMeta(n)
	if err != nil {
		panic(err)
	}
	batch := owned.Meta()
	for range n {
		pf, err := batch.AcquireFrameMeta()
		if err != nil {
			panic(err)
		}
		frames = append(frames, batch.AddFrame(pf))
	}
	return frames, owned.Release
}

// Track is a Go payload: any Go value, slices and maps included. It stays
// in Go; the user meta holds a handle to it.
type Track struct {
	ID     uint64
	Labels []string
}

// A Go value attached to a frame as user meta, read back typed, and
// carried through a copy DeepStream makes (nvds_copy_frame_user_meta_list
// here, as a buffer copy would run it). The copy shares the value and
// keeps it alive after the original meta is released.
func ExampleGoMeta() {
	tracks, err := callbacks.NewGoMeta[Track]("GODS.EXAMPLE.TRACK")
	if err != nil {
		fmt.Println(err)
		return
	}
	frames, release := exampleFrames(2)
	defer release()
	first, second := frames[0], frames[1]

	// Upstream probe: attach.
	u, err := tracks.Attach(first, Track{ID: 7, Labels: []string{"car", "red"}})
	if err != nil {
		fmt.Println(err)
		return
	}
	t, _ := tracks.Get(u)
	fmt.Println("attached:", t.ID, t.Labels, "clones on copy:", tracks.Clones())

	// A C plugin copies the frame's user metas, then the original is
	// released: the copy still holds the value.
	cbtest.CopyFrameUserMeta(first, second)
	first.RemoveUserMeta(u)

	// Downstream probe: read, typed.
	for i, f := range frames {
		for u, t := range tracks.All(f.UserMeta()) {
			fmt.Printf("frame %d: %t track %d %v\n", i, u.MetaType() == tracks.Type(), t.ID, t.Labels)
		}
	}
	// Any other reader of the same meta type gets the value too, or an
	// error saying why not.
	for u := range second.UserMeta() {
		_, err := callbacks.Value[string](u)
		fmt.Println("as a string:", err != nil)
	}
	// Output:
	// attached: 7 [car red] clones on copy: false
	// frame 1: true track 7 [car red]
	// as a string: true
}
