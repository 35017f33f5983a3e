package tracker_test

import (
	"fmt"

	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/tracker"
	"github.com/go-deepstream/go-deepstream/tracker/internal/trackertest"
)

// deepstream-test2's past-frame printout: nvtracker (with
// enable-past-frame=1) attaches to the batch the targets it reported late,
// with the frames it saw them in; a probe walks them stream by stream.
func ExamplePastFrameFromUser() {
	owned, err := nvds.NewBatchMeta(1)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer owned.Release()
	batch := owned.Meta()

	// What nvtracker attaches: stream 0, one car seen in frames 10 and 11.
	pu, err := batch.AcquireUserMeta()
	if err != nil {
		fmt.Println(err)
		return
	}
	trackertest.FillMiscData(pu.Meta(), nvds.MetaTypeTrackerPastFrame, []trackertest.Stream{{
		StreamID: 0,
		Objects: []trackertest.Object{{UniqueID: 17, ClassID: 0, Label: "car", Frames: []trackertest.Frame{
			{FrameNum: 10, Left: 100, Top: 50, Width: 40, Height: 30, Confidence: 0.75, Age: 3, State: int32(tracker.StateActive), Visibility: 1},
			{FrameNum: 11, Left: 104, Top: 51, Width: 40, Height: 30, Confidence: 0.5, Age: 4, State: int32(tracker.StateInactive), Visibility: 0.5},
		}}},
	}})
	batch.AddUserMeta(pu)

	for past := range nvds.Payloads(batch.UserMeta(), tracker.PastFrameFromUser) {
		for s := range past.Streams() {
			for o := range s.Objects() {
				fmt.Printf("stream %d: object %d (%s, class %d), %d frames\n", s.StreamID(), o.UniqueID(), o.Label(), o.ClassID(), o.NumObj())
				for f := range o.Frames() {
					fmt.Printf("  frame %d: %+v conf %.2f age %d %v\n", f.FrameNum(), f.BBox(), f.Confidence(), f.Age(), f.State())
				}
			}
		}
	}
	// Output:
	// stream 0: object 17 (car, class 0), 2 frames
	//   frame 10: {Left:100 Top:50 Width:40 Height:30} conf 0.75 age 3 ACTIVE
	//   frame 11: {Left:104 Top:51 Width:40 Height:30} conf 0.50 age 4 INACTIVE
}

// Re-identification features nvtracker attaches to each object
// (reid-type=2 with output-reid-tensor), read in place.
func ExampleObjReIDFromUser() {
	owned, err := nvds.NewBatchMeta(1)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer owned.Release()
	batch := owned.Meta()
	pf, err := batch.AcquireFrameMeta()
	if err != nil {
		fmt.Println(err)
		return
	}
	frame := batch.AddFrame(pf)
	po, err := batch.AcquireObjectMeta()
	if err != nil {
		fmt.Println(err)
		return
	}
	obj := frame.AddObject(po, nvds.ObjectMeta{})
	pu, err := batch.AcquireUserMeta()
	if err != nil {
		fmt.Println(err)
		return
	}
	trackertest.FillObjReID(pu.Meta(), []float32{0.6, 0.8, 0, 0})
	obj.AddUserMeta(pu)

	for r := range nvds.Payloads(obj.UserMeta(), tracker.ObjReIDFromUser) {
		f := r.Features() // the meta's array: valid inside the probe only
		var norm float32
		for _, x := range f {
			norm += x * x
		}
		kept := r.AppendFeatures(nil) // a copy to keep after the probe
		fmt.Printf("%d features, squared norm %.2f kept %v\n", r.FeatureSize(), norm, kept)
	}
	// Output: 4 features, squared norm 1.00 kept [0.6 0.8 0 0]
}
