package main

import (
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/samples/internal/samplestest"
	"github.com/go-deepstream/go-deepstream/scene"
)

var bin string

func TestMain(m *testing.M) { os.Exit(samplestest.Main(m, &bin)) }

const clipFrames = 12

// Two different clips in, two outputs out: each output gets every frame of
// its own input (it looks like that clip's frames, not the other's), and
// the counts printed after the detector match each clip's truth.
func TestTwoInTwoOut(t *testing.T) {
	var clips [2]string
	var truths [2]*scene.Truth
	var cfgs [2]scene.Config
	for i := range clips {
		cfgs[i] = scene.DefaultConfig()
		cfgs[i].Frames = clipFrames
		cfgs[i].Seed = int64(i + 1)
		clips[i], truths[i] = samplestest.Clip(t, cfgs[i])
	}
	dir := t.TempDir()
	res := samplestest.Run(t, bin, "", []string{"GODS_SINK=file:" + filepath.Join(dir, "{sink}-%03d.png")}, "-i", clips[0], clips[1])
	require.Equal(t, 0, res.Code, "stderr:\n%s", res.Stderr)
	assert.Contains(t, res.Stdout, "Exiting app")

	// Counts: the two clips differ, so match each line to a clip by frame
	// number and keep the closer one; both must be complete.
	lines := res.Lines("Frame Number= ")
	require.Len(t, lines, 2*clipFrames)
	byFrame := map[int][]samplestest.Counts{}
	for _, l := range lines {
		c, err := samplestest.ParseCounts(l)
		require.NoError(t, err)
		byFrame[c.Frame] = append(byFrame[c.Frame], c)
	}
	bad := 0
	for f := 0; f < clipFrames; f++ {
		got := byFrame[f]
		require.Len(t, got, 2, "frame %d once per stream", f)
		near := func(c samplestest.Counts, truth *scene.Truth) bool {
			all, by := samplestest.Expected(truth, f)
			return abs(c.Objects-all) <= 1 && abs(c.Vehicles-by[scene.Vehicle]) <= 1 && abs(c.People-by[scene.Person]) <= 1
		}
		if !(near(got[0], truths[0]) && near(got[1], truths[1])) && !(near(got[0], truths[1]) && near(got[1], truths[0])) {
			bad++
			t.Logf("frame %d: counts %+v %+v", f, got[0], got[1])
		}
	}
	assert.LessOrEqual(t, bad, clipFrames/10, "frames whose counts match neither clip")

	for i := range clips {
		files, err := filepath.Glob(filepath.Join(dir, fmt.Sprintf("sink-%d-*.png", i)))
		require.NoError(t, err)
		require.Len(t, files, clipFrames, "output %d", i)
		for _, f := range []int{0, clipFrames - 1} {
			img := decodePNG(t, filepath.Join(dir, fmt.Sprintf("sink-%d-%03d.png", i, f)))
			require.Equal(t, image.Rect(0, 0, 960, 540), img.Bounds())
			own := diff(img, scene.Generate(cfgs[i]).Frame(f))
			other := diff(img, scene.Generate(cfgs[1-i]).Frame(f))
			assert.Less(t, own, other/2, "output %d frame %d looks like input %d (%.1f vs %.1f)", i, f, i, own, other)
		}
	}
}

// diff is the mean absolute difference of out (960x540) from ref (640x360)
// over a grid of points.
func diff(out image.Image, ref *image.RGBA) float64 {
	sum, n := 0.0, 0
	for y := 2; y < 360; y += 7 {
		for x := 2; x < 640; x += 7 {
			r1, g1, b1, _ := out.At(x*3/2, y*3/2).RGBA()
			c := ref.RGBAAt(x, y)
			sum += absf(float64(r1>>8)-float64(c.R)) + absf(float64(g1>>8)-float64(c.G)) + absf(float64(b1>>8)-float64(c.B))
			n += 3
		}
	}
	return sum / float64(n)
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

func absf(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}

func decodePNG(t *testing.T, path string) image.Image {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	img, err := png.Decode(f)
	require.NoError(t, err)
	return img
}

func TestBadInput(t *testing.T) {
	res := samplestest.Run(t, bin, "", nil, "-i", "file:///nonexistent/clip.h264")
	assert.NotEqual(t, 0, res.Code)
	assert.Contains(t, res.Stderr, "Error: ")

	res = samplestest.Run(t, bin, "", nil, "stray")
	assert.Equal(t, 2, res.Code)
	assert.Equal(t, "usage: deepstream_demux_multi_in_multi_out.py [-h] -i URIs [URIs ...]\n"+
		"deepstream_demux_multi_in_multi_out.py: error: unrecognized arguments: stray\n", res.Stderr)

	res = samplestest.Run(t, bin, "", nil, "-h")
	assert.Equal(t, 0, res.Code)
	assert.Contains(t, res.Stdout, "  -i URIs [URIs ...], --input URIs [URIs ...]\n")
	assert.Empty(t, res.Stderr)
}

// With fakesinks, stdout is what deepstream_demux_multi_in_multi_out.py
// prints for two sources (no integrated GPU), with the fakesink's line
// where it prints "Creating EGLSink \n".
func TestPythonStdout(t *testing.T) {
	clip, _ := samplestest.ShortClip(t, clipFrames)
	res := samplestest.Run(t, bin, "", []string{"GODS_SINK=fake"}, "-i", "file://"+clip, clip)
	require.Equal(t, 0, res.Code, "stderr:\n%s", res.Stderr)
	samplestest.MatchStdout(t, res.Stdout, samplestest.Lines(
		samplestest.Py("Creating Pipeline \n ", "Creating streamux \n "),
		samplestest.Py("Creating source_bin  0  \n ", "Creating source bin", "source-bin-00"),
		samplestest.Py("Creating source_bin  1  \n ", "Creating source bin", "source-bin-01"),
		samplestest.Py("Creating Pgie \n ", "Creating nvstreamdemux \n "),
		samplestest.Py("WARNING: Overriding infer-config batch-size 1  with number of sources  2  \n"),
		samplestest.Py("Adding elements to Pipeline \n"),
		samplestest.Lit("Is it Integrated GPU? : False"),
		samplestest.Py("Creating Fakesink \n", "Creating Fakesink \n"),
		samplestest.Py("Linking elements in the Pipeline \n"),
		samplestest.Py("Now playing...", "0 :  file://"+clip, "1 :  "+clip, "Starting pipeline \n"),
		samplestest.Pattern(`Decodebin child added: \S+ |In cb_newpad|gstname= \S+|features= \S+||`+
			`Frame Number= \d+ Number of Objects= \d+ Vehicle_count= \d+ Person_count= \d+|\*\*PERF:  \{.*\} `, 2*clipFrames, -1),
		samplestest.Py("End-of-stream", "Exiting app\n"),
	))
	assert.Len(t, res.Lines("Frame Number= "), 2*clipFrames)
}
