package main

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/samples/internal/samplestest"
)

var bin string

func TestMain(m *testing.M) { os.Exit(samplestest.Main(m, &bin)) }

// streamingLines matches the lines the source bins print from the
// streaming threads (decodebin_child_added, cb_newpad) and the blank
// lines after them.
const streamingLines = `Decodebin child added: \S+ |In cb_newpad|gstname= \S+|features= \S+|`

// pythonStdout is what deepstream_imagedata-multistream_cupy.py prints for
// these sources on a machine without an integrated GPU, with the
// fakesink's line where it prints "Creating EGLSink \n".
func pythonStdout(frames int, sources ...string) []samplestest.Line {
	lines := samplestest.Lines(
		samplestest.Lit("Is it Integrated GPU? : False"),
		samplestest.Py("Creating Pipeline \n ", "Creating streammux \n "),
	)
	for i := range sources {
		lines = append(lines, samplestest.Py("Creating source_bin  "+string(rune('0'+i))+"  \n ", "Creating source bin",
			"source-bin-0"+string(rune('0'+i)))...)
	}
	lines = append(lines, samplestest.Py("Creating Pgie \n ", "Creating nvvidconv1 \n ", "Creating filter1 \n ",
		"Creating tiler \n ", "Creating nvvidconv \n ", "Creating nvosd \n ", "Creating Fakesink \n")...)
	if len(sources) != 1 {
		lines = append(lines, samplestest.Py("WARNING: Overriding infer-config batch-size 1  with number of sources  "+
			string(rune('0'+len(sources)))+"  \n")...)
	}
	lines = append(lines, samplestest.Py("Adding elements to Pipeline \n", "Linking elements in the Pipeline \n", "Now playing...")...)
	for i, s := range sources {
		lines = append(lines, samplestest.Lit(string(rune('0'+i))+" :  "+s)...)
	}
	return samplestest.Lines(lines,
		samplestest.Py("Starting pipeline \n"),
		samplestest.Pattern(streamingLines+`|Frame Number= \d+ Number of Objects= \d+ Vehicle_count= \d+ Person_count= \d+|\*\*PERF:  \{.*\} `, frames, -1),
		samplestest.Py("End-of-stream", "Exiting app\n"),
	)
}

// The port end to end on a drawn scene, one to three streams (a URI and
// plain paths): stdout is the Python app's line for line, each frame of
// each stream is counted once, the counts match the truth and the PERF
// line names every stream.
func TestStdout(t *testing.T) {
	cfg := samplestest.DrawScene(t, samplestest.SceneRange{
		Sizes:     [][2]int{{640, 360}, {320, 240}, {1280, 720}},
		Densities: []samplestest.Density{samplestest.DensityDefault, samplestest.DensityBusy},
		Frames:    []int{12, 20, 30},
	})
	clip, truth := samplestest.TempClip(t, cfg)
	n := 1 + int(cfg.Seed%3)
	sources := []string{"file://" + clip}
	for len(sources) < n {
		sources = append(sources, clip)
	}
	res := samplestest.Run(t, bin, "", []string{"GODS_PERF_INTERVAL=100ms"}, append([]string{"-i"}, sources...)...)
	require.Equal(t, 0, res.Code, "stderr:\n%s", res.Stderr)
	samplestest.MatchStdout(t, res.Stdout, pythonStdout(n*cfg.Frames, sources...))

	lines := res.Lines("Frame Number= ")
	require.Len(t, lines, n*cfg.Frames, samplestest.Tail(res.Stdout))
	seen := map[int]int{}
	var counts []samplestest.Counts
	for _, l := range lines {
		c, err := samplestest.ParseCounts(l)
		require.NoError(t, err)
		seen[c.Frame]++
		counts = append(counts, c)
	}
	for f := range cfg.Frames {
		assert.Equal(t, n, seen[f], "frame %d once per stream", f)
	}
	samplestest.CheckCounts(t, counts, truth, true)
	perf := res.Lines("**PERF:  {")
	require.NotEmpty(t, perf, samplestest.Tail(res.Stdout))
	assert.Equal(t, n, strings.Count(perf[0], "'stream"), perf[0])
}

// Without -i the default clip plays; -h is argparse's help; an unknown
// option argparse's usage error; a missing file the pipeline's error.
func TestCommandLine(t *testing.T) {
	res := samplestest.Run(t, bin, "", nil, "-h")
	assert.Equal(t, 0, res.Code)
	assert.Contains(t, res.Stdout, "usage: deepstream_imagedata-multistream_cupy.py [-h] -i URIs [URIs ...]\n")
	assert.Contains(t, res.Stdout, "  -i URIs [URIs ...], --input URIs [URIs ...]\n")

	res = samplestest.Run(t, bin, "", nil, "-x")
	assert.Equal(t, 2, res.Code)
	assert.Contains(t, res.Stderr, "unrecognized arguments: -x")

	res = samplestest.Run(t, bin, "", nil, "-i", "file:///nonexistent.h264")
	assert.Equal(t, 1, res.Code)
	assert.Contains(t, res.Stderr, "Error: ")
	assert.Contains(t, res.Stdout, "Exiting app\n")

	res = samplestest.Run(t, bin, "", nil)
	require.Equal(t, 0, res.Code, "stderr:\n%s", res.Stderr)
	assert.Contains(t, res.Stderr, "No input given")
	assert.NotEmpty(t, res.Lines("Frame Number= "))
}

type fakePlatform bool

func (p fakePlatform) IsIntegratedGPU() bool { return bool(p) }

// On an integrated GPU the app stops with the Python app's message.
func TestIntegratedGPU(t *testing.T) {
	var b strings.Builder
	assert.False(t, supported(fakePlatform(true), &b))
	assert.Equal(t, "\nThis app is not currently supported on integrated GPU. Exiting...\n\n\n\n", b.String())
	b.Reset()
	assert.True(t, supported(fakePlatform(false), &b))
	assert.Empty(t, b.String())
}
