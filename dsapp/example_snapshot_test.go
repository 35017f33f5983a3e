package dsapp_test

import (
	"fmt"

	"github.com/go-gst/go-gst/gst"

	"github.com/go-deepstream/go-deepstream/dsapp"
)

// A Snapshotter on the sink pad hands each batch's metadata to a consumer
// goroutine as plain Go values; the consumer could send them to Kafka or
// NATS without holding the buffer. It releases every snapshot when done
// with it, and copies what it keeps. Block loses nothing; DropOldest would
// keep the pipeline running at full speed and count what it discards.
func ExampleSnapshotter() {
	gst.Init(nil)
	p, err := gst.NewPipelineFromString("videotestsrc num-buffers=3 ! video/x-raw,width=64,height=48 ! " +
		"identity name=mux ! fakesink name=sink")
	if err != nil {
		fmt.Println(err)
		return
	}
	publish, err := publishBatches(staticPad(p, "mux", "src"), 2)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer publish.Remove()

	snaps := dsapp.NewSnapshotter(dsapp.SnapshotOptions{Queue: 4, Policy: dsapp.Block})
	if err := snaps.Attach(staticPad(p, "sink", "sink")); err != nil {
		fmt.Println(err)
		return
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		for s := range snaps.C() { // ends when Close closes C
			for _, f := range s.Frames {
				fmt.Printf("batch %d stream %d frame %d:", s.Seq, f.PadIndex, f.FrameNum)
				for _, o := range f.Objects {
					fmt.Printf(" %s(%.2f)@%v,%v", o.Label, o.Confidence, o.Rect.Left, o.Rect.Top)
				}
				fmt.Println()
			}
			s.Release() // s and its slices are reused from here on
		}
	}()
	playToEOS(p)
	snaps.Close()
	<-done
	st := snaps.Stats()
	fmt.Println("captured:", st.Captured, "dropped:", st.Dropped)
	// Output:
	// batch 1 stream 0 frame 0: car(0.75)@0,20 car(0.75)@10,20
	// batch 1 stream 1 frame 0: car(0.75)@0,20 car(0.75)@10,20
	// batch 2 stream 0 frame 1: car(0.75)@0,20 car(0.75)@10,20
	// batch 2 stream 1 frame 1: car(0.75)@0,20 car(0.75)@10,20
	// batch 3 stream 0 frame 2: car(0.75)@0,20 car(0.75)@10,20
	// batch 3 stream 1 frame 2: car(0.75)@0,20 car(0.75)@10,20
	// captured: 3 dropped: 0
}
