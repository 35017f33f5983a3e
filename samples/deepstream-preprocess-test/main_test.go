package main

import (
	"fmt"
	"image"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/internal/testmain"
	"github.com/go-deepstream/go-deepstream/samples/internal/rtsptest"
	"github.com/go-deepstream/go-deepstream/samples/internal/samplestest"
	"github.com/go-deepstream/go-deepstream/scene"
)

var bin string

func TestMain(m *testing.M) { os.Exit(samplestest.Main(m, &bin)) }

// rois are configs/embedded/config_preprocess.txt's ROIs, in the muxer's
// 1920x1080 frame.
var rois = []scene.Box{{Left: 0, Top: 540, Width: 900, Height: 500}, {Left: 960, Top: 0, Width: 900, Height: 500}}

// sceneROIs returns the ROIs in the pixels of a w x h scene.
func sceneROIs(w, h int) []scene.Box {
	var out []scene.Box
	for _, r := range rois {
		out = append(out, scene.Box{Left: r.Left * w / muxerOutputWidth, Top: r.Top * h / muxerOutputHeight,
			Width: r.Width * w / muxerOutputWidth, Height: r.Height * h / muxerOutputHeight})
	}
	return out
}

// within reports whether b lies inside r shrunk by margin pixels.
func within(b, r scene.Box, margin int) bool {
	return b.Left >= r.Left+margin && b.Top >= r.Top+margin && b.Left+b.Width <= r.Left+r.Width-margin &&
		b.Top+b.Height <= r.Top+r.Height-margin
}

// place says where an object is with respect to the ROIs: wholly inside
// one, or touching how many (each ROI is inferred on its own, so an object
// cut by the edges of two is two partial detections at most).
func where(b scene.Box, rs []scene.Box) (inside bool, touching int) {
	for _, r := range rs {
		if within(b, r, 1) {
			return true, 1
		}
		if b.IoU(r) > 0 {
			touching++
		}
	}
	return false, touching
}

// One source drawn from a range of scenes: the sample prints the Python
// app's lines, line for line; each frame's counts lie between the
// relevant objects wholly inside the ROIs and the objects touching them
// (counted once per ROI they touch), give or take one;
// and a real RTSP client of its output gets every frame, tiled to
// 1280x720, with the detector's boxes drawn on the objects inside the ROIs
// and not on those outside.
func TestPreprocessRTSP(t *testing.T) {
	testmain.Slow(t)
	cfg := samplestest.DrawScene(t, samplestest.SceneRange{
		Sizes:     [][2]int{{640, 360}, {960, 540}},
		Densities: []samplestest.Density{samplestest.DensityDefault, samplestest.DensityBusy},
		Frames:    []int{30, 45},
	})
	clip, truth := samplestest.TempClip(t, cfg)
	uri := "file://" + clip

	rtspPort, udpPort := rtsptest.FreePort(t, "tcp"), rtsptest.FreePort(t, "udp")
	keep := map[int]bool{1: true, cfg.Frames / 2: true, cfg.Frames - 1: true}
	p := rtsptest.Start(t, bin, "-i", uri, "--rtsp-port", fmt.Sprint(rtspPort), "--udp-port", fmt.Sprint(udpPort),
		"--wait-client")
	require.NoError(t, p.WaitLine("Launched RTSP Streaming", time.Minute))
	client := rtsptest.Play(t, fmt.Sprintf("rtsp://127.0.0.1:%d/ds-test", rtspPort), "H264", "tcp",
		func(i int) bool { return keep[i] })
	code, err := p.Wait(3 * time.Minute) // a hang guard for a loaded machine
	require.NoError(t, err)
	require.Equal(t, 0, code, "stderr:\n%s", p.Stderr())
	got := client.Finish(2 * time.Second)
	require.NoError(t, got.Err)
	out := p.Stdout()

	samplestest.MatchStdout(t, out, samplestest.Lines(
		samplestest.Py("Creating Pipeline \n ", "Creating streamux \n "),
		samplestest.Py("Creating source_bin  0  \n ", "Creating source bin", "source-bin-00"),
		samplestest.Py("Creating Pgie \n ", "Creating tiler \n ", "Creating nvvidconv \n ", "Creating nvosd \n "),
		samplestest.Py("Creating H264 Encoder"),
		samplestest.Lit("Is it Integrated GPU? : False"),
		samplestest.Py("Creating H264 rtppay"),
		samplestest.Py("WARNING: Overriding infer-config batch-size 4  with number of sources  1  \n"),
		samplestest.Py("Adding elements to Pipeline \n"),
		samplestest.Py(fmt.Sprintf("\n *** DeepStream: Launched RTSP Streaming at rtsp://localhost:%d/ds-test ***\n\n", rtspPort)),
		samplestest.Py("Starting pipeline \n"),
		samplestest.Pattern(`Decodebin child added: \S+ |In cb_newpad|gstname= \S+|features= \S+|`+
			`|Frame Number= \d+ Number of Objects= \d+ Vehicle_count= \d+ Person_count= \d+|\*\*PERF:  \{'stream0': [0-9.]+\} `,
			cfg.Frames, -1),
		samplestest.Py("End-of-stream"),
	))

	lines := samplestest.Result{Stdout: out}.Lines("Frame Number= ")
	require.Len(t, lines, cfg.Frames, samplestest.Tail(out))
	rs := sceneROIs(cfg.Width, cfg.Height)
	bad, inROIs, outsideTotal := 0, 0, 0
	for i, l := range lines {
		c, err := samplestest.ParseCounts(l)
		require.NoError(t, err)
		require.Equal(t, i, c.Frame, "frames in order")
		var lo, hi [scene.NumClasses]int
		loAll, hiAll := 0, 0
		for _, o := range truth.Frames[c.Frame].Objects {
			if o.VisibleBox.Empty() {
				continue
			}
			in, touching := where(o.VisibleBox, rs)
			if in && samplestest.Relevant(o, cfg.Width, cfg.Height) {
				lo[o.ClassID]++
				loAll++
				inROIs++
			}
			hi[o.ClassID] += touching
			hiAll += touching
			if touching == 0 {
				outsideTotal++
			}
		}
		// Off by one is the detector's tolerance, as samplestest.CheckCounts's.
		ok := func(n, lo, hi int) bool { return n >= lo-1 && n <= hi+1 }
		if !ok(c.Objects, loAll, hiAll) || !ok(c.Vehicles, lo[scene.Vehicle], hi[scene.Vehicle]) ||
			!ok(c.People, lo[scene.Person], hi[scene.Person]) {
			bad++
			t.Logf("frame %d: objects %d vehicles %d people %d; want %d..%d / %d..%d / %d..%d", c.Frame, c.Objects,
				c.Vehicles, c.People, loAll, hiAll, lo[scene.Vehicle], hi[scene.Vehicle], lo[scene.Person], hi[scene.Person])
		}
	}
	t.Logf("%d relevant objects inside the ROIs, %d outside, over %d frames", inROIs, outsideTotal, cfg.Frames)
	require.Positive(t, inROIs)
	require.Positive(t, outsideTotal)
	assert.LessOrEqual(t, bad, (cfg.Frames+19)/20, "frames whose counts are out of bounds")

	assert.Equal(t, cfg.Frames, got.Frames, "every frame reaches the client")
	for i := range keep {
		img := got.Kept[i]
		require.NotNil(t, img, "frame %d", i)
		require.Equal(t, image.Rect(0, 0, tiledOutputWidth, tiledOutputHeight), img.Bounds(), "the tiler's size")
		checkBoxes(t, img, truth, i, rs)
	}
}

// checkBoxes checks that frame i shows nvinfer's red border at the top of
// the relevant objects inside the ROIs whose own colour is not red, and
// not at those outside them (leaving out those whose top edge runs along
// an object touching a ROI, whose box may be drawn there, or a red one).
func checkBoxes(t *testing.T, img *image.RGBA, truth *scene.Truth, i int, rs []scene.Box) {
	t.Helper()
	w, h := truth.Config.Width, truth.Config.Height
	var near []scene.Box
	for _, o := range truth.Frames[i].Objects {
		if _, touching := where(o.VisibleBox, rs); touching > 0 || o.Color == "red" {
			vb := o.VisibleBox
			near = append(near, scene.Box{Left: vb.Left - 3, Top: vb.Top - 3, Width: vb.Width + 6, Height: vb.Height + 6})
		}
	}
	var found, want, foundOut, wantOut int
	for _, o := range truth.Frames[i].Objects {
		if !samplestest.Relevant(o, w, h) || o.Color == "red" {
			continue
		}
		vb := o.VisibleBox
		x0, x1 := vb.Left*tiledOutputWidth/w, (vb.Left+vb.Width)*tiledOutputWidth/w
		y := vb.Top * tiledOutputHeight / h
		in, touching := where(vb, rs)
		if in {
			want++
			if redRow(img, x0, x1, y-5, y+5) {
				found++
			}
			continue
		}
		top := scene.Box{Left: vb.Left, Top: vb.Top - 2, Width: vb.Width, Height: 4}
		clear := touching == 0
		for _, n := range near {
			clear = clear && top.IoU(n) == 0
		}
		if clear {
			wantOut++
			if redRow(img, x0, x1, y-5, y+5) {
				foundOut++
			}
		}
	}
	t.Logf("frame %d: red top border on %d of %d objects inside the ROIs, %d of %d outside", i, found, want, foundOut, wantOut)
	assert.GreaterOrEqual(t, float64(found), 0.8*float64(want), "frame %d: boxes inside the ROIs", i)
	assert.LessOrEqual(t, float64(foundOut), 0.2*float64(wantOut), "frame %d: boxes outside the ROIs", i)
}

func redRow(img *image.RGBA, x0, x1, y0, y1 int) bool {
	for y := max(y0, 0); y <= y1 && y < img.Rect.Dy(); y++ {
		n := 0
		for x := max(x0, 0); x < x1 && x < img.Rect.Dx(); x++ {
			c := img.RGBAAt(x, y)
			if c.R > 170 && c.G < 90 && c.B < 90 {
				n++
			}
		}
		if n*2 > x1-x0 {
			return true
		}
	}
	return false
}

// Python's command line: -i takes a list and is required, -c its
// choices, no argument is the help on stderr and status 1.
func TestCommandLine(t *testing.T) {
	res := samplestest.Run(t, bin, "", nil)
	assert.Equal(t, 1, res.Code)
	assert.True(t, strings.HasPrefix(res.Stderr, "usage: deepstream_preprocess_test.py [-h] -i INPUT [INPUT ...]"), res.Stderr)

	res = samplestest.Run(t, bin, "", nil, "-c", "H264")
	assert.Equal(t, 2, res.Code)
	assert.Contains(t, res.Stderr, "error: the following arguments are required: -i/--input\n")

	res = samplestest.Run(t, bin, "", nil, "-i", "x.h264", "-c", "VP9")
	assert.Equal(t, 2, res.Code)
	assert.Contains(t, res.Stderr, "argument -c/--codec: invalid choice: 'VP9' (choose from 'H264', 'H265')\n")

	res = samplestest.Run(t, bin, "", nil, "-i", "x.h264", "-b", "fast")
	assert.Equal(t, 2, res.Code)
	assert.Contains(t, res.Stderr, "argument -b/--bitrate: invalid int value: 'fast'\n")

	res = samplestest.Run(t, bin, "", nil, "-h")
	assert.Equal(t, 0, res.Code)
	assert.Contains(t, res.Stdout, "RTSP Output Sample Application Help\n")
	assert.Contains(t, res.Stdout, "  -b BITRATE, --bitrate BITRATE\n")
}
