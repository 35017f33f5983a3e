package main

import (
	"fmt"
	"image"
	"math/rand/v2"
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

// header is what the Python app prints before the first frame.
func header(input string, codec string, rtspPort int) string {
	return "Creating Pipeline \n \nCreating Source \n \nCreating H264Parser \n\nCreating Decoder \n\n" +
		"Creating " + codec + " Encoder\nIs it Integrated GPU? : False\nCreating " + codec + " rtppay\n" +
		"Playing file " + input + " \nAdding elements to Pipeline \n\nLinking elements in the Pipeline \n\n" +
		fmt.Sprintf("\n *** DeepStream: Launched RTSP Streaming at rtsp://localhost:%d/ds-test ***\n\n\n", rtspPort) +
		"Starting pipeline \n\n"
}

// A real RTSP client (rtspsrc over loopback, unicast) gets every frame the
// sample sends, in both codecs, and the frames show the detector's boxes
// where the scene's objects are and the probe's count text; the sample's
// stdout is the Python app's, line for line, with counts matching the
// truth.
func TestRTSPClient(t *testing.T) {
	testmain.Slow(t)
	for _, tc := range []struct{ codec, proto string }{{"H264", "udp"}, {"H265", "tcp"}} {
		t.Run(tc.codec, func(t *testing.T) {
			seed := 1 + rand.Int64N(40)
			cfg := scene.DefaultConfig()
			cfg.Seed, cfg.Frames = seed, 45
			clip, truth := samplestest.Clip(t, cfg)
			t.Logf("scene seed %d", seed)

			rtspPort, udpPort := rtsptest.FreePort(t, "tcp"), rtsptest.FreePort(t, "udp")
			p := rtsptest.Start(t, bin, "-i", clip, "-c", tc.codec, "--rtsp-port", fmt.Sprint(rtspPort),
				"--udp-port", fmt.Sprint(udpPort), "--wait-client")
			require.NoError(t, p.WaitLine("Launched RTSP Streaming", time.Minute))

			keep := map[int]bool{0: true, cfg.Frames / 2: true, cfg.Frames - 1: true}
			client := rtsptest.Play(t, fmt.Sprintf("rtsp://127.0.0.1:%d/ds-test", rtspPort), tc.codec, tc.proto,
				func(i int) bool { return keep[i] })
			code, err := p.Wait(3 * time.Minute) // a hang guard, not a speed check
			require.NoError(t, err)
			require.Equal(t, 0, code, "seed %d, stderr:\n%s", seed, p.Stderr())
			got := client.Finish(2 * time.Second)
			require.NoError(t, got.Err)

			out := p.Stdout()
			head := strings.Split(strings.TrimSuffix(header(clip, tc.codec, rtspPort), "\n"), "\n")
			samplestest.MatchStdout(t, out, samplestest.Lines(samplestest.Lit(head...),
				samplestest.Pattern(`Frame Number=\d+ Number of Objects=\d+ Vehicle_count=\d+ Person_count=\d+`, cfg.Frames, cfg.Frames),
				samplestest.Lit("End-of-stream")))
			res := samplestest.Result{Stdout: out}
			lines := res.Lines("Frame Number=")
			require.Len(t, lines, cfg.Frames)
			var counts []samplestest.Counts
			for i, l := range lines {
				c, err := samplestest.ParseCounts(l)
				require.NoError(t, err)
				assert.Equal(t, i, c.Frame)
				counts = append(counts, c)
			}
			samplestest.CheckCounts(t, counts, truth, true)

			t.Logf("seed %d %s over %s: %d frames sent, %d received", seed, tc.codec, tc.proto, cfg.Frames, got.Frames)
			assert.Equal(t, cfg.Frames, got.Frames, "seed %d: every frame reaches the client", seed)
			for i := range keep {
				img := got.Kept[i]
				require.NotNil(t, img, "frame %d", i)
				require.Equal(t, image.Rect(0, 0, 1920, 1080), img.Bounds(), "the muxer's size")
				checkDrawn(t, img, truth, i, seed)
			}
		})
	}
}

// checkDrawn checks that frame i shows nvinfer's red border at the top of
// the relevant objects (those whose own colour is not red) and the count
// text on black at (10, 12).
func checkDrawn(t *testing.T, img *image.RGBA, truth *scene.Truth, i int, seed int64) {
	t.Helper()
	dark, light := 0, 0
	for y := 12; y < 22; y++ {
		for x := 10; x < 200; x++ {
			c := img.RGBAAt(x, y)
			switch {
			case c.R < 40 && c.G < 40 && c.B < 40:
				dark++
			case c.R > 200 && c.G > 200 && c.B > 200:
				light++
			}
		}
	}
	assert.Greater(t, dark, 500, "frame %d: black text background", i)
	assert.Greater(t, light, 100, "frame %d: white text", i)

	s := 1920 / truth.Config.Width
	found, want, control := 0, 0, 0
	for _, o := range truth.Frames[i].Objects {
		if !samplestest.Relevant(o, truth.Config.Width, truth.Config.Height) || o.Color == "red" {
			continue
		}
		want++
		vb := o.VisibleBox
		x0, x1, top := vb.Left*s, (vb.Left+vb.Width)*s, vb.Top*s
		if redRow(img, x0, x1, top-6, top+6) {
			found++
		}
		// The middle of the object is its own colour, not the border's
		// (unless a red vehicle passes in front of it).
		mid := (vb.Top + vb.Height/2) * s
		if redRow(img, x0+4*s, x1-4*s, mid, mid) {
			control++
		}
	}
	require.Positive(t, want, "frame %d", i)
	t.Logf("frame %d: %d of %d objects with a red top border", i, found, want)
	assert.GreaterOrEqual(t, float64(found), 0.8*float64(want), "seed %d frame %d: red borders %d of %d", seed, i, found, want)
	assert.LessOrEqual(t, control, want/10, "seed %d frame %d: red inside objects", seed, i)
}

// redRow reports whether a row between y0 and y1 is red over more than
// half of x0..x1.
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

// Python's command line: no argument is the help on stderr and status 1;
// -h the help on stdout and 0; a bad codec or a missing -i argparse's
// error and 2; a missing file an error.
func TestCommandLine(t *testing.T) {
	res := samplestest.Run(t, bin, "", nil)
	assert.Equal(t, 1, res.Code)
	assert.True(t, strings.HasPrefix(res.Stderr, "usage: deepstream_test1_rtsp_out.py [-h] -i INPUT [-c {H264,H265}]"), res.Stderr)
	assert.Contains(t, res.Stderr, "\nRTSP Output Sample Application Help\n")

	res = samplestest.Run(t, bin, "", nil, "-h")
	assert.Equal(t, 0, res.Code)
	assert.Contains(t, res.Stdout, "  -e {0,1}, --enc_type {0,1}\n                        0:Hardware encoder , 1:Software encoder , default=0\n")

	res = samplestest.Run(t, bin, "", nil, "-i", "x.h264", "-c", "VP9")
	assert.Equal(t, 2, res.Code)
	assert.Contains(t, res.Stderr, "deepstream_test1_rtsp_out.py: error: argument -c/--codec: invalid choice: 'VP9' (choose from 'H264', 'H265')\n")

	res = samplestest.Run(t, bin, "", nil, "-c", "H265")
	assert.Equal(t, 2, res.Code)
	assert.Contains(t, res.Stderr, "error: the following arguments are required: -i/--input\n")

	res = samplestest.Run(t, bin, "", nil, "-i", "/nonexistent/clip.h264")
	assert.Equal(t, 1, res.Code)
	assert.Contains(t, res.Stderr, "no such file")
}

// The RTSP port taken by another server: the sample says so and fails
// instead of streaming to nobody.
func TestBusyPort(t *testing.T) {
	l, err := netListen()
	require.NoError(t, err)
	defer l.Close()
	clip, _ := samplestest.ShortClip(t, 5)
	res := samplestest.Run(t, bin, "", nil, "-i", clip, "--rtsp-port", fmt.Sprint(portOf(l)))
	assert.Equal(t, 1, res.Code)
	assert.Contains(t, res.Stderr, fmt.Sprintf("rtspserver: listen on service %d", portOf(l)))
	assert.NotContains(t, res.Stdout, "Launched RTSP Streaming")
}
