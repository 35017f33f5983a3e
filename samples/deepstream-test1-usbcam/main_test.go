package main

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/internal/testmain"
	"github.com/go-deepstream/go-deepstream/samples/internal/samplestest"
	"github.com/go-deepstream/go-deepstream/scene"
)

var bin string

func TestMain(m *testing.M) { os.Exit(samplestest.Main(m, &bin)) }

// header is what the Python app prints before the first frame, for device
// dev, with sinkLines the lines dsapp.Sink prints for the sink it makes.
func header(dev string, sinkLines ...string) string {
	var b strings.Builder
	b.WriteString("Creating Pipeline \n \nCreating Source \n \nCreating Video Converter \n\n")
	for _, l := range sinkLines {
		b.WriteString(l + "\n")
	}
	fmt.Fprintf(&b, "Playing cam %s \n", dev)
	b.WriteString("Adding elements to Pipeline \n\nLinking elements in the Pipeline \n\nStarting pipeline \n\n")
	return b.String()
}

// The substitute camera plays a scene drawn at random live at 30 fps: the
// whole stdout is the Python app's, one count line per frame in order,
// and the counts match the scene's truth.
func TestSceneCamera(t *testing.T) {
	testmain.Slow(t)
	seed := rand.Int64N(1000) + 1
	t.Logf("seed %d", seed)
	cfg := scene.DefaultConfig()
	cfg.Seed, cfg.Frames = seed, 45
	dev := fmt.Sprintf("scene:seed=%d,frames=%d", seed, cfg.Frames)
	res := samplestest.Run(t, bin, "", nil, dev)
	require.Equal(t, 0, res.Code, "seed %d stderr:\n%s", seed, res.Stderr)

	want := header(dev, "Is it Integrated GPU? : False", "Creating Fakesink \n")
	require.True(t, strings.HasPrefix(res.Stdout, want), "seed %d: stdout starts\n%q\nwant\n%q", seed, res.Stdout[:min(len(res.Stdout), len(want))], want)
	body := strings.TrimPrefix(res.Stdout, want)
	lines := strings.Split(strings.TrimSuffix(body, "\n"), "\n")
	require.Len(t, lines, cfg.Frames+1, "seed %d: %s", seed, samplestest.Tail(body))
	assert.Equal(t, "End-of-stream", lines[cfg.Frames])

	sc := scene.Generate(cfg)
	truth := &scene.Truth{Config: cfg}
	var counts []samplestest.Counts
	for i, l := range lines[:cfg.Frames] {
		truth.Frames = append(truth.Frames, sc.Truth(i))
		c, err := samplestest.ParseCounts(l)
		require.NoError(t, err, "seed %d", seed)
		assert.Equal(t, i, c.Frame, "frame numbers in order")
		// The exact Python format, re-printed from the parsed numbers.
		assert.Equal(t, fmt.Sprintf("Frame Number=%d Number of Objects=%d Vehicle_count=%d Person_count=%d",
			c.Frame, c.Objects, c.Vehicles, c.People), l)
		counts = append(counts, c)
	}
	samplestest.CheckCounts(t, counts, truth, true)
}

// Without the device, v4l2src fails as it does on a machine with no camera:
// the error names the device and the exit status is 1, after the Python
// app's lines up to "Starting pipeline".
func TestMissingDevice(t *testing.T) {
	dev := "/dev/video" + fmt.Sprint(90+rand.IntN(9))
	res := samplestest.Run(t, bin, "", nil, dev)
	assert.Equal(t, 1, res.Code)
	assert.Contains(t, res.Stderr, "Error: ")
	assert.Contains(t, res.Stderr, "'"+dev+"'")
	assert.Equal(t, header(dev, "Is it Integrated GPU? : False", "Creating Fakesink \n"), res.Stdout)
}

func TestUsage(t *testing.T) {
	for _, args := range [][]string{nil, {"/dev/video0", "/dev/video1"}} {
		res := samplestest.Run(t, bin, "", nil, args...)
		assert.Equal(t, 1, res.Code)
		assert.Regexp(t, `^usage: \S+ <v4l2-device-path>\n$`, res.Stderr)
		assert.Empty(t, res.Stdout)
	}
}

// A bad substitute-camera option is an error naming it, before any output.
func TestBadSceneOption(t *testing.T) {
	res := samplestest.Run(t, bin, "", nil, "scene:frames=ten")
	assert.Equal(t, 1, res.Code)
	assert.Contains(t, res.Stderr, `option "frames=ten"`)
	res = samplestest.Run(t, bin, "", nil, "scene:colour=3")
	assert.Equal(t, 1, res.Code)
	assert.Contains(t, res.Stderr, `unknown option "colour"`)
}

// The app's capsfilter asks for 30 fps, as from a real camera: a camera
// that cannot give it fails negotiation, and the exit status says so.
func TestCameraRateMismatch(t *testing.T) {
	res := samplestest.Run(t, bin, "", nil, "scene:fps=15,frames=5")
	assert.Equal(t, 1, res.Code)
	assert.Contains(t, res.Stderr, "not-negotiated")
	assert.NotContains(t, res.Stdout, "Frame Number=")
}
