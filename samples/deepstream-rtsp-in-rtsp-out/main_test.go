package main

import (
	"fmt"
	"image"
	"math/rand/v2"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/internal/testmain"
	"github.com/go-deepstream/go-deepstream/rtspserver"
	"github.com/go-deepstream/go-deepstream/samples/internal/rtsptest"
	"github.com/go-deepstream/go-deepstream/samples/internal/samplestest"
	"github.com/go-deepstream/go-deepstream/scene"
)

var bin string

func TestMain(m *testing.M) { os.Exit(samplestest.Main(m, &bin)) }

// serveClips serves each clip at /clip<i> of an RTSP server of the test
// (one media per client, paced in real time by the server) and returns the
// URLs.
func serveClips(t *testing.T, clips ...string) []string {
	t.Helper()
	srv := rtspserver.New()
	t.Cleanup(srv.Close)
	require.NoError(t, srv.SetPort(0))
	var urls []string
	for i, clip := range clips {
		f := rtspserver.NewMediaFactory()
		t.Cleanup(f.Close)
		require.NoError(t, f.SetLaunch(fmt.Sprintf("( filesrc location=%s ! h264parse ! rtph264pay name=pay0 pt=96 config-interval=-1 )", clip)))
		require.NoError(t, srv.Mount(fmt.Sprintf("/clip%d", i), f))
	}
	require.NoError(t, srv.Attach())
	loop := rtspserver.RunMainLoop()
	t.Cleanup(loop.Stop)
	for i := range clips {
		urls = append(urls, fmt.Sprintf("rtsp://127.0.0.1:%d/clip%d", srv.BoundPort(), i))
	}
	return urls
}

var frameLine = regexp.MustCompile(`^Frame Number= (\d+)$`)

// parseFrames reads the probe's lines: how often each frame number came.
func parseFrames(t *testing.T, out string) map[int]int {
	t.Helper()
	frames := map[int]int{}
	for _, l := range strings.Split(out, "\n") {
		if !strings.HasPrefix(l, "Frame Number=") {
			continue
		}
		m := frameLine.FindStringSubmatch(l)
		require.NotNil(t, m, "line %q", l)
		n, _ := strconv.Atoi(m[1])
		frames[n]++
	}
	return frames
}

// pythonStdout is what the Python app prints for one RTSP source of
// frames frames, line for line.
func pythonStdout(rtspPort, frames int) []samplestest.Line {
	return samplestest.Lines(
		samplestest.Py("Creating Pipeline \n ", "Creating streamux \n ", "Creating source_bin  0  \n ",
			"Creating source bin", "source-bin-00", "Creating Pgie \n ", "Creating tiler \n ",
			"Creating nvvidconv \n ", "Creating nvosd \n ", "Creating H264 Encoder"),
		samplestest.Lit("Is it Integrated GPU? : False", "Creating H264 rtppay"),
		samplestest.Py("Adding elements to Pipeline \n",
			fmt.Sprintf("\n *** DeepStream: Launched RTSP Streaming at rtsp://localhost:%d/ds-test ***\n\n", rtspPort),
			"Starting pipeline \n"),
		samplestest.Pattern(`Decodebin child added: \S+ |In cb_newpad|gstname= \S+|features= \S+||Frame Number= \d+`, frames, -1),
		samplestest.Lit("End-of-stream"),
	)
}

// runSample starts the sample on urls with extra arguments, plays its output
// with a real RTSP client over TCP, and returns the sample's stdout and
// what the client received.
func runSample(t *testing.T, urls []string, keep func(int) bool, extra ...string) (string, int, rtsptest.Received) {
	t.Helper()
	rtspPort, udpPort := rtsptest.FreePort(t, "tcp"), rtsptest.FreePort(t, "udp")
	args := append([]string{"-i"}, urls...)
	args = append(args, "--rtsp-port", fmt.Sprint(rtspPort), "--udp-port", fmt.Sprint(udpPort), "--wait-client")
	p := rtsptest.Start(t, bin, append(args, extra...)...)
	require.NoError(t, p.WaitLine("Launched RTSP Streaming", time.Minute))
	client := rtsptest.Play(t, fmt.Sprintf("rtsp://127.0.0.1:%d/ds-test", rtspPort), "H264", "tcp", keep)
	code, err := p.Wait(3 * time.Minute) // a hang guard: a loaded machine runs -race RTSP sessions slowly
	require.NoError(t, err)
	require.Equal(t, 0, code, "stderr:\n%s", p.Stderr())
	got := client.Finish(2 * time.Second)
	require.NoError(t, got.Err)
	out := p.Stdout()
	assert.True(t, strings.HasSuffix(out, "End-of-stream\n"), samplestest.Tail(out))
	return out, rtspPort, got
}

// One RTSP source: the sample prints the Python app's lines, one frame
// line per frame, and a real RTSP client of its output gets every frame,
// tiled to 1280x720, with the detector's boxes drawn where the scene's
// objects are.
func TestRTSPInRTSPOut(t *testing.T) {
	testmain.Slow(t)
	seed := 1 + rand.Int64N(40)
	cfg := scene.DefaultConfig()
	cfg.Seed, cfg.Frames = seed, 45
	clip, truth := samplestest.Clip(t, cfg)
	t.Logf("scene seed %d", seed)
	urls := serveClips(t, clip)

	keep := map[int]bool{}
	for i := 1; i < cfg.Frames; i += 6 {
		keep[i] = true
	}
	out, rtspPort, got := runSample(t, urls, func(i int) bool { return keep[i] })
	samplestest.MatchStdout(t, out, pythonStdout(rtspPort, cfg.Frames))

	frames := parseFrames(t, out)
	require.Len(t, frames, cfg.Frames, "seed %d", seed)
	for i := range cfg.Frames {
		require.Equal(t, 1, frames[i], "frame %d once", i)
	}

	t.Logf("seed %d: %d frames sent, %d received", seed, cfg.Frames, got.Frames)
	assert.Equal(t, cfg.Frames, got.Frames, "seed %d: every frame reaches the client", seed)
	for i := range keep {
		img := got.Kept[i]
		require.NotNil(t, img, "frame %d", i)
		require.Equal(t, image.Rect(0, 0, tiledOutputWidth, tiledOutputHeight), img.Bounds(), "the tiler's size")
		checkBoxes(t, img, truth, i, seed)
	}
}

// Two RTSP sources with --rtsp-ts: both play to the end (every frame
// number twice), every frame line is followed by an "RTSP Timestamp:" line, and
// once the input server's first RTCP sender report has arrived the dates
// are the NTP time of the server, now; before it they are the epoch.
func TestRTSPTimestamps(t *testing.T) {
	testmain.Slow(t)
	const frames = 120
	var clips []string
	for _, seed := range []int64{1 + rand.Int64N(40), 41 + rand.Int64N(40)} {
		cfg := scene.DefaultConfig()
		cfg.Seed, cfg.Frames = seed, frames
		clip, _ := samplestest.Clip(t, cfg)
		clips = append(clips, clip)
	}
	urls := serveClips(t, clips...)
	start := time.Now().UTC()
	out, _, got := runSample(t, urls, nil, "--rtsp-ts")
	end := time.Now().UTC()

	byFrame := parseFrames(t, out)
	require.Len(t, byFrame, frames)
	for i := range frames {
		assert.Equal(t, 2, byFrame[i], "frame %d of both sources", i)
	}
	lines := strings.Split(out, "\n")
	dated, epoch := 0, 0
	for i, l := range lines {
		if !strings.HasPrefix(l, "Frame Number=") {
			continue
		}
		require.Less(t, i+1, len(lines))
		stamp, ok := strings.CutPrefix(lines[i+1], "RTSP Timestamp: ")
		require.True(t, ok, "line after %q: %q", l, lines[i+1])
		ts, err := time.Parse("2006-01-02 15:04:05", stamp)
		require.NoError(t, err)
		if ts.Equal(time.Unix(0, 0).UTC()) {
			epoch++
			continue
		}
		dated++
		assert.False(t, ts.Before(start.Truncate(time.Second)) || ts.After(end), "timestamp %v outside the run %v..%v", ts, start, end)
	}
	t.Logf("%d frames dated from RTCP, %d before the first sender report; %d output frames received for %d batches at most",
		dated, epoch, got.Frames, 2*frames)
	assert.GreaterOrEqual(t, dated, frames/2, "frames dated once the first report is in")
	assert.GreaterOrEqual(t, got.Frames, frames)
	assert.LessOrEqual(t, got.Frames, 2*frames)
}

// checkBoxes checks that frame i shows nvinfer's red border at the top of
// the relevant objects whose own colour is not red.
func checkBoxes(t *testing.T, img *image.RGBA, truth *scene.Truth, i int, seed int64) {
	t.Helper()
	s := tiledOutputWidth / truth.Config.Width
	found, want := 0, 0
	for _, o := range truth.Frames[i].Objects {
		if !samplestest.Relevant(o, truth.Config.Width, truth.Config.Height) || o.Color == "red" {
			continue
		}
		want++
		vb := o.VisibleBox
		if redRow(img, vb.Left*s, (vb.Left+vb.Width)*s, vb.Top*s-5, vb.Top*s+5) {
			found++
		}
	}
	require.Positive(t, want)
	t.Logf("frame %d: %d of %d objects with a red top border", i, found, want)
	assert.GreaterOrEqual(t, float64(found), 0.8*float64(want), "seed %d frame %d: red borders %d of %d", seed, i, found, want)
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

// Python's command line: -i takes a list and is required, -g and -c
// their choices, no argument is the help on stderr and status 1.
func TestCommandLine(t *testing.T) {
	res := samplestest.Run(t, bin, "", nil)
	assert.Equal(t, 1, res.Code)
	assert.True(t, strings.HasPrefix(res.Stderr, "usage: deepstream_test1_rtsp_in_rtsp_out.py [-h] -i INPUT [INPUT ...]\n"+
		"                                            [-g {nvinfer,nvinferserver}]\n"), res.Stderr)

	res = samplestest.Run(t, bin, "", nil, "--rtsp-ts")
	assert.Equal(t, 2, res.Code)
	assert.Contains(t, res.Stderr, "error: the following arguments are required: -i/--input\n")

	res = samplestest.Run(t, bin, "", nil, "-i", "rtsp://x/y", "-g", "tensorrt")
	assert.Equal(t, 2, res.Code)
	assert.Contains(t, res.Stderr, "argument -g/--gie: invalid choice: 'tensorrt' (choose from 'nvinfer', 'nvinferserver')\n")

	res = samplestest.Run(t, bin, "", nil, "-h")
	assert.Equal(t, 0, res.Code)
	assert.Contains(t, res.Stdout, "  --rtsp-ts             Attach NTP timestamp from RTSP source\n")
}
