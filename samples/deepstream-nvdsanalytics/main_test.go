package main

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/samples/internal/samplestest"
	"github.com/go-deepstream/go-deepstream/scene"
)

var bin string

func TestMain(m *testing.M) { os.Exit(samplestest.Main(m, &bin)) }

// drawnScenes are the streets the end-to-end test draws from.
var drawnScenes = samplestest.SceneRange{
	Sizes:     [][2]int{{640, 360}, {960, 540}},
	Densities: []samplestest.Density{samplestest.DensityDefault, samplestest.DensityBusy},
	Frames:    []int{60, 90},
}

// The rules of configs/embedded/config_nvdsanalytics.txt as fractions of
// the frame (they are given for the muxer's 1920x1080, and the muxer
// scales the whole frame).
var (
	roiRF   = [4]float64{480.0 / 1920, 702.0 / 1080, 1440.0 / 1920, 972.0 / 1080} // x0, y0, x1, y1
	lineX   = 960.0 / 1920
	lineY   = [2]float64{660.0 / 1080, 960.0 / 1080}
	ocLimit = 2
)

// streamingLines matches the lines the source bins print from the
// streaming threads (decodebin_child_added, cb_newpad) and the blank
// lines after them.
const streamingLines = `Decodebin child added: \S+ |In cb_newpad|gstname= \S+|features= \S+|`

// probeLines matches every line the probe prints, in the Python app's
// format.
const probeLines = `#{50}` +
	`|Object \d+ moving in direction: DIR:(East|West)` +
	`|Object \d+ line crossing status: \['Exit'\]` +
	`|Object \d+ overcrowding status: \['OC'\]` +
	`|Object \d+ roi status: \['RF'\]` +
	`|Objs in ROI: \{'RF': \d+\}` +
	`|Linecrossing Cumulative: \{'Exit': \d+\}` +
	`|Linecrossing Current Frame: \{'Exit': \d+\}` +
	`|Overcrowding status: \{'OC': (True|False)\}` +
	`|Frame Number= \d+ stream id= [01] Number of Objects= \d+ Vehicle_count= \d+ Person_count= \d+` +
	`|\*\*PERF:  \{.*\} `

// block is what the probe printed for one frame.
type block struct {
	frame, stream    int
	counts           samplestest.Counts
	dirs             map[int]string // object id -> direction
	crossed, crowded []int          // object ids
	inROI            []int
	roiCount         int // Objs in ROI; -1 when not printed
	lcCum, lcCurr    int // -1 when not printed
	oc               string
}

var (
	objLine   = regexp.MustCompile(`^Object (\d+) (moving in direction|line crossing status|overcrowding status|roi status): (.*)$`)
	frameDict = regexp.MustCompile(`^(Objs in ROI|Linecrossing Cumulative|Linecrossing Current Frame|Overcrowding status): \{'\w+': (\w+)\}$`)
	sep       = strings.Repeat("#", 50)
)

// parseBlocks splits stdout into the probe's per-frame blocks: a line of
// #, object lines, frame lines, the Frame Number line, a line of #.
func parseBlocks(t *testing.T, stdout string) []block {
	t.Helper()
	var out []block
	var cur *block
	for _, l := range strings.Split(stdout, "\n") {
		if l == sep {
			if cur == nil {
				cur = &block{dirs: map[int]string{}, roiCount: -1, lcCum: -1, lcCurr: -1}
			} else {
				out = append(out, *cur)
				cur = nil
			}
			continue
		}
		if cur == nil {
			continue
		}
		if m := objLine.FindStringSubmatch(l); m != nil {
			id, _ := strconv.Atoi(m[1])
			switch m[2] {
			case "moving in direction":
				cur.dirs[id] = m[3]
			case "line crossing status":
				cur.crossed = append(cur.crossed, id)
			case "overcrowding status":
				cur.crowded = append(cur.crowded, id)
			case "roi status":
				cur.inROI = append(cur.inROI, id)
			}
			continue
		}
		if m := frameDict.FindStringSubmatch(l); m != nil {
			n, _ := strconv.Atoi(m[2])
			switch m[1] {
			case "Objs in ROI":
				cur.roiCount = n
			case "Linecrossing Cumulative":
				cur.lcCum = n
			case "Linecrossing Current Frame":
				cur.lcCurr = n
			case "Overcrowding status":
				cur.oc = m[2]
			}
			continue
		}
		if strings.HasPrefix(l, "Frame Number= ") {
			c, err := samplestest.ParseCounts(l)
			require.NoError(t, err)
			cur.counts, cur.frame, cur.stream = c, c.Frame, c.Extra["stream id"]
			continue
		}
		if !regexp.MustCompile(`^(?:` + streamingLines + `|\*\*PERF:  \{.*\} )$`).MatchString(l) {
			t.Errorf("unexpected line inside a frame's block: %q", l)
		}
	}
	require.Nil(t, cur, "the last block is not closed")
	return out
}

// Two streams of a drawn scene (stream 0 has ROI filtering, stream 1
// overcrowding; both line crossing and direction detection): stdout is the
// Python app's line for line; every frame prints its block; counts, line
// crossings, directions, ROI occupancy and overcrowding agree with the
// truth.
func TestAnalyticsOutput(t *testing.T) {
	cfg := samplestest.DrawScene(t, drawnScenes)
	clip, truth := samplestest.TempClip(t, cfg)
	frames := len(truth.Frames)
	res := samplestest.Run(t, bin, "", []string{"GODS_PERF_INTERVAL=300ms", "GODS_SINK=fake"}, "file://"+clip, clip)
	require.Equal(t, 0, res.Code, "stderr:\n%s", res.Stderr)
	samplestest.MatchStdout(t, res.Stdout, samplestest.Lines(
		samplestest.Py("Creating Pipeline \n ", "Creating streamux \n "),
		samplestest.Py("Creating source_bin  0  \n ", "Creating source bin", "source-bin-00"),
		samplestest.Py("Creating source_bin  1  \n ", "Creating source bin", "source-bin-01"),
		samplestest.Py("Creating Pgie \n ", "Creating nvtracker \n ", "Creating nvdsanalytics \n ", "Creating tiler \n ",
			"Creating nvvidconv \n ", "Creating nvosd \n "),
		samplestest.Lit("Is it Integrated GPU? : False"),
		samplestest.Py("Creating Fakesink \n"),
		samplestest.Py("WARNING: Overriding infer-config batch-size 1  with number of sources  2  \n"),
		samplestest.Py("Adding elements to Pipeline \n", "Linking elements in the Pipeline \n"),
		samplestest.Py("Now playing...", "1 :  file://"+clip, "2 :  "+clip, "Starting pipeline \n"),
		samplestest.Pattern(streamingLines+`|`+probeLines, 2*frames*3, -1),
		samplestest.Py("End-of-stream", "Exiting app\n"),
	))
	blocks := parseBlocks(t, res.Stdout)
	require.Len(t, blocks, 2*frames, samplestest.Tail(res.Stdout))

	seen := map[[2]int]bool{}
	var counts []samplestest.Counts
	crossings := [2]map[int]int{{}, {}} // per stream: object id -> frame
	lastCum := [2]int{}
	dirs := [2]map[int]map[string]int{{}, {}}
	for _, b := range blocks {
		require.Contains(t, []int{0, 1}, b.stream)
		key := [2]int{b.stream, b.frame}
		assert.False(t, seen[key], "stream %d frame %d printed twice", b.stream, b.frame)
		seen[key] = true
		counts = append(counts, b.counts)
		s := b.stream
		// Stream 0 has the ROI, stream 1 the overcrowding region; both lines.
		if s == 0 {
			assert.Equal(t, len(b.inROI), b.roiCount, "frame %d: Objs in ROI counts the objects in it", b.frame)
			assert.Empty(t, b.oc)
			assert.Empty(t, b.crowded)
		} else {
			assert.Equal(t, -1, b.roiCount)
			assert.Empty(t, b.inROI)
			want := "False"
			if len(b.crowded) >= ocLimit {
				want = "True"
			}
			assert.Equal(t, want, b.oc, "frame %d: overcrowded", b.frame)
			if want == "False" {
				assert.Empty(t, b.crowded, "frame %d: objects listed in an uncrowded region", b.frame)
			}
		}
		assert.Equal(t, len(b.crossed), b.lcCurr, "stream %d frame %d: crossings this frame", s, b.frame)
		assert.Equal(t, lastCum[s]+b.lcCurr, b.lcCum, "stream %d frame %d: cumulative crossings", s, b.frame)
		lastCum[s] = b.lcCum
		for _, id := range b.crossed {
			_, twice := crossings[s][id]
			assert.False(t, twice, "stream %d: object %d crossed twice", s, id)
			crossings[s][id] = b.frame
		}
		for id, d := range b.dirs {
			if dirs[s][id] == nil {
				dirs[s][id] = map[string]int{}
			}
			dirs[s][id][d]++
		}
	}
	for s := range 2 {
		for f := range frames {
			assert.True(t, seen[[2]int{s, f}], "stream %d frame %d printed", s, f)
		}
	}
	samplestest.CheckCounts(t, counts, truth, true)

	// Both streams play the same clip: the same analytics on the rules
	// they share.
	assert.Equal(t, lastCum[0], lastCum[1], "both streams count the same crossings")
	want, ambiguous := truthCrossings(truth)
	t.Logf("line crossings: %d counted per stream; truth %d clear, %d ambiguous", lastCum[0], want, ambiguous)
	assert.GreaterOrEqual(t, lastCum[0], want-want/10, "crossings missed")
	assert.LessOrEqual(t, lastCum[0], want+ambiguous, "crossings that did not happen")

	// An object keeps its direction: the street's traffic never turns.
	flips := 0
	for s := range 2 {
		for id, d := range dirs[s] {
			if len(d) > 1 {
				flips++
				t.Logf("stream %d object %d: directions %v", s, id, d)
			}
		}
	}
	assert.LessOrEqual(t, flips, 1, "objects whose direction changed")
	eastVehicles, westVehicles := truthDirections(truth)
	east, west := 0, 0
	for _, d := range dirs[0] {
		if d["DIR:East"] > 0 {
			east++
		} else {
			west++
		}
	}
	t.Logf("objects with a direction: %d east, %d west; truth vehicles %d east, %d west", east, west, eastVehicles,
		westVehicles)
	// Ids, not vehicles: a tracker id switch (a vehicle long hidden
	// behind another) gives one vehicle two ids, both with its direction,
	// so more ids than vehicles is no error (up to two per vehicle); a
	// wrong direction shows as fewer on the other side.
	for _, c := range []struct {
		name        string
		ids, actual int
	}{{"eastbound", east, eastVehicles}, {"westbound", west, westVehicles}} {
		assert.GreaterOrEqual(t, float64(c.ids), 0.8*float64(c.actual)-1, "%s vehicles: ids with the direction", c.name)
		assert.LessOrEqual(t, c.ids, 2*c.actual+2, "%s vehicles: ids with the direction", c.name)
	}

	checkOccupancy(t, blocks, truth)
}

// truthCrossings counts the vehicles whose visible bottom centre passes the
// line eastwards between two frames: clearly (well within the line's
// extent, fully relevant to the detector) and ambiguously.
func truthCrossings(truth *scene.Truth) (clear, ambiguous int) {
	W, H := float64(truth.Config.Width), float64(truth.Config.Height)
	prev := map[uint64]scene.Object{}
	for _, fr := range truth.Frames {
		cur := map[uint64]scene.Object{}
		for _, o := range fr.Objects {
			if o.ClassID != scene.Vehicle || o.VisibleBox.Empty() {
				continue
			}
			cur[o.TrackID] = o
			p, ok := prev[o.TrackID]
			if !ok || o.VX <= 0 {
				continue
			}
			x0, _ := bottom(p.VisibleBox)
			x1, y1 := bottom(o.VisibleBox)
			if x0 >= lineX*W || x1 < lineX*W || y1 < lineY[0]*H-3 || y1 > lineY[1]*H+3 {
				continue
			}
			if samplestest.Relevant(o, int(W), int(H)) && samplestest.Relevant(p, int(W), int(H)) &&
				y1 > lineY[0]*H+3 && y1 < lineY[1]*H-3 {
				clear++
			} else {
				ambiguous++
			}
		}
		prev = cur
	}
	return clear, ambiguous
}

// truthDirections counts the vehicles moving east and west that are
// relevant to the detector in at least 12 frames (the tracker's and the
// analytics' history to build).
func truthDirections(truth *scene.Truth) (east, west int) {
	frames := map[uint64]int{}
	vx := map[uint64]float64{}
	for _, fr := range truth.Frames {
		for _, o := range fr.Objects {
			if o.ClassID == scene.Vehicle && samplestest.Relevant(o, truth.Config.Width, truth.Config.Height) {
				frames[o.TrackID]++
				vx[o.TrackID] = o.VX
			}
		}
	}
	for id, n := range frames {
		switch {
		case n < 12:
		case vx[id] > 0:
			east++
		case vx[id] < 0:
			west++
		}
	}
	return east, west
}

func bottom(b scene.Box) (float64, float64) {
	return float64(b.Left) + float64(b.Width)/2, float64(b.Top + b.Height)
}

// checkOccupancy compares stream 0's ROI count and stream 1's
// overcrowding with the truth objects whose visible bottom centre is in
// the region. An object on the region's edge or too hidden to be found may
// count or not; one partly hidden over the region (the detector finds the
// pieces on each side of what hides it) counts 0 to 2 times: the truth gives a range, exact in frames
// without such objects. At most one frame in 20 may be outside it.
func checkOccupancy(t *testing.T, blocks []block, truth *scene.Truth) {
	W, H := float64(truth.Config.Width), float64(truth.Config.Height)
	x0, y0, x1, y1 := roiRF[0]*W, roiRF[1]*H, roiRF[2]*W, roiRF[3]*H
	exact, off := 0, 0
	for _, b := range blocks {
		lo, hi := 0, 0
		for _, o := range truth.Frames[b.frame].Objects {
			if o.VisibleBox.Empty() {
				continue
			}
			x, y := bottom(o.VisibleBox)
			in := x >= x0 && x < x1 && y >= y0 && y < y1
			near := x >= x0-4 && x < x1+4 && y >= y0-4 && y < y1+4 && !(x >= x0+4 && x < x1-4 && y >= y0+4 && y < y1-4)
			bx0, by0 := float64(o.Box.Left), float64(o.Box.Top)
			bx1, by1 := bx0+float64(o.Box.Width), by0+float64(o.Box.Height)
			hidden := o.Visible < 0.95 && bx0 < x1 && bx1 > x0 && by0 < y1 && by1 > y0
			switch {
			case hidden: // an occluder may split it in two fragments
				hi += 2
			case near || in && !samplestest.Relevant(o, int(W), int(H)):
				hi++
			case in:
				lo++
				hi++
			}
		}
		if lo == hi {
			exact++
		}
		if b.stream == 1 {
			crowded := b.oc == "True"
			if crowded && hi < ocLimit || !crowded && lo >= ocLimit {
				off++
				t.Logf("stream 1 frame %d: overcrowding %s, truth %d to %d objects in the region", b.frame, b.oc, lo, hi)
			}
		} else if b.roiCount < lo || b.roiCount > hi {
			off++
			t.Logf("stream 0 frame %d: %d objects in the ROI, truth %d to %d", b.frame, b.roiCount, lo, hi)
		}
	}
	t.Logf("occupancy: %d of %d frames off the truth; the truth exact in %d", off, len(blocks), exact)
	assert.LessOrEqual(t, off, (len(blocks)+19)/20, "frames whose ROI count or overcrowding is off the truth")
}

// Without a URI the default clip plays; a bad URI fails with the
// pipeline's error.
func TestDefaultClipAndBadInput(t *testing.T) {
	res := samplestest.Run(t, bin, "", []string{"GODS_SINK=fake"})
	require.Equal(t, 0, res.Code, "stderr:\n%s", res.Stderr)
	assert.Contains(t, res.Stderr, "No input given")
	assert.NotEmpty(t, res.Lines("Linecrossing Cumulative: {'Exit': "))
	assert.Contains(t, res.Stdout, "End-of-stream")

	res = samplestest.Run(t, bin, "", []string{"GODS_SINK=fake"}, "file:///nonexistent/clip.h264")
	assert.NotEqual(t, 0, res.Code)
	assert.Contains(t, res.Stderr, "Error: ")
	assert.NotContains(t, res.Stdout, "End-of-stream")
}
