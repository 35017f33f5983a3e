package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/go-deepstream/go-deepstream/analytics"
	"github.com/go-deepstream/go-deepstream/dsapp"
	"github.com/go-deepstream/go-deepstream/nvds"
)

// probe is the state of the probe on nvdsanalytics' src pad.
type probe struct {
	perf *dsapp.PerfData
	sb   strings.Builder // one frame's lines, printed at once
}

var separator = strings.Repeat("#", 50)

// nvanalyticsSrcPadBufferProbe prints, per frame, the analytics of each
// object and of the frame and the frame's counts, between lines of #, and
// counts the frame for its stream's frame rate.
func (p *probe) nvanalyticsSrcPadBufferProbe(info nvds.ProbeInfo) {
	batch, err := info.BatchMeta()
	if err != nil {
		fmt.Fprintln(os.Stderr, "Unable to get batch meta:", err)
		return
	}
	for frame := range batch.Frames() {
		sb := &p.sb
		sb.Reset()
		// The Python app counts into a dict of the four classes.
		counts := map[int]int{classVehicle: 0, classPerson: 0, classBicycle: 0, classRoadSign: 0}
		sb.WriteString(separator + "\n")
		for obj := range frame.Objects() {
			counts[int(obj.ClassID())]++
			for a := range nvds.Payloads(obj.UserMeta(), analytics.ObjInfoFromUser) {
				id := obj.ObjectID()
				if a.DirStatus != "" {
					fmt.Fprintf(sb, "Object %d moving in direction: %s\n", id, a.DirStatus)
				}
				if len(a.LCStatus) > 0 {
					fmt.Fprintf(sb, "Object %d line crossing status: %s\n", id, pyStrList(a.LCStatus))
				}
				if len(a.OCStatus) > 0 {
					fmt.Fprintf(sb, "Object %d overcrowding status: %s\n", id, pyStrList(a.OCStatus))
				}
				if len(a.ROIStatus) > 0 {
					fmt.Fprintf(sb, "Object %d roi status: %s\n", id, pyStrList(a.ROIStatus))
				}
			}
		}
		for a := range nvds.Payloads(frame.UserMeta(), analytics.FrameInfoFromUser) {
			if len(a.ObjInROICount) > 0 {
				fmt.Fprintf(sb, "Objs in ROI: %s\n", pyDict(a.ObjInROICount, pyInt))
			}
			if len(a.LCCumCount) > 0 {
				fmt.Fprintf(sb, "Linecrossing Cumulative: %s\n", pyDict(a.LCCumCount, pyInt))
			}
			if len(a.LCCurrCount) > 0 {
				fmt.Fprintf(sb, "Linecrossing Current Frame: %s\n", pyDict(a.LCCurrCount, pyInt))
			}
			if len(a.OCStatus) > 0 {
				fmt.Fprintf(sb, "Overcrowding status: %s\n", pyDict(a.OCStatus, pyBool))
			}
		}
		fmt.Fprintln(sb, "Frame Number=", frame.FrameNum(), "stream id=", frame.PadIndex(), "Number of Objects=",
			frame.NumObjMeta(), "Vehicle_count=", counts[classVehicle], "Person_count=", counts[classPerson])
		p.perf.Update(int(frame.PadIndex()))
		sb.WriteString(separator + "\n")
		fmt.Print(sb.String())
	}
}
