package analytics_test

import (
	"fmt"
	"slices"

	"github.com/go-deepstream/go-deepstream/analytics"
	"github.com/go-deepstream/go-deepstream/nvds"
)

// deepstream-nvdsanalytics's probe: nvdsanalytics attaches per-frame
// counts to the frame and per-object status to each object (here the same
// C++ structs are attached from Go, as the stand-in element does); the
// probe reads them into Go values.
func ExampleFrameInfoFromUser() {
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
	po.Meta().SetObjectID(3)
	obj := frame.AddObject(po, nvds.ObjectMeta{})

	// What nvdsanalytics attaches.
	if _, err := analytics.AttachFrameInfo(frame, analytics.FrameInfo{
		UniqueID:      1,
		OCStatus:      map[string]bool{"RF": true},
		ObjInROICount: map[string]uint32{"RF": 4},
		LCCurrCount:   map[string]uint64{"Exit": 1},
		LCCumCount:    map[string]uint64{"Exit": 12},
		ObjCount:      map[int]uint32{0: 3, 2: 1},
	}); err != nil {
		fmt.Println(err)
		return
	}
	if _, err := analytics.AttachObjInfo(obj, analytics.ObjInfo{
		UniqueID:  1,
		ROIStatus: []string{"RF"},
		LCStatus:  []string{"Exit"},
		DirStatus: "DIR:South",
	}); err != nil {
		fmt.Println(err)
		return
	}

	// The probe.
	for fi := range nvds.Payloads(frame.UserMeta(), analytics.FrameInfoFromUser) {
		fmt.Println("objects in ROI RF:", fi.ObjInROICount["RF"], "overcrowded:", fi.OCStatus["RF"])
		fmt.Println("line Exit crossings:", fi.LCCurrCount["Exit"], "this frame,", fi.LCCumCount["Exit"], "so far")
		fmt.Println("vehicles:", fi.ObjCount[0], "people:", fi.ObjCount[2])
	}
	for o := range frame.Objects() {
		for oi := range nvds.Payloads(o.UserMeta(), analytics.ObjInfoFromUser) {
			fmt.Printf("object %d: in %v, crossed %v, %s, in RF: %t\n",
				o.ObjectID(), oi.ROIStatus, oi.LCStatus, oi.DirStatus, slices.Contains(oi.ROIStatus, "RF"))
		}
	}
	// Output:
	// objects in ROI RF: 4 overcrowded: true
	// line Exit crossings: 1 this frame, 12 so far
	// vehicles: 3 people: 1
	// object 3: in [RF], crossed [Exit], DIR:South, in RF: true
}
