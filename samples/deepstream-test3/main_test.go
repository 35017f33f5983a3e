package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/samples/internal/samplestest"
)

var bin string

func TestMain(m *testing.M) { os.Exit(samplestest.Main(m, &bin)) }

const clipFrames = 30

// Two streams (the same clip twice, one as a URI, one as a path): every
// frame number is counted once per stream, the counts match the truth,
// the PERF line names both streams.
func TestTwoStreams(t *testing.T) {
	clip, truth := samplestest.ShortClip(t, clipFrames)
	res := samplestest.Run(t, bin, "", []string{"GODS_PERF_INTERVAL=200ms"}, "-i", "file://"+clip, clip, "--no-display")
	require.Equal(t, 0, res.Code, "stderr:\n%s", res.Stderr)
	assert.Contains(t, res.Stdout, "'no_display': True")
	assert.Contains(t, res.Stdout, "WARNING: Overriding infer-config batch-size 1 with number of sources 2")
	assert.Contains(t, res.Stdout, "features= memory:NVMM", "the source bins got NVMM video")
	assert.Contains(t, res.Stdout, "1 :  file://"+clip)

	lines := res.Lines("Frame Number= ")
	require.Len(t, lines, 2*clipFrames, samplestest.Tail(res.Stdout))
	seen := map[int]int{}
	var counts []samplestest.Counts
	for _, l := range lines {
		c, err := samplestest.ParseCounts(l)
		require.NoError(t, err)
		seen[c.Frame]++
		counts = append(counts, c)
	}
	for f := 0; f < clipFrames; f++ {
		assert.Equal(t, 2, seen[f], "frame %d once per stream", f)
	}
	samplestest.CheckCounts(t, counts, truth, true)

	perf := res.Lines("**PERF:  {")
	require.NotEmpty(t, perf, samplestest.Tail(res.Stdout))
	assert.Regexp(t, `^\*\*PERF:  \{'stream0': [0-9.]+, 'stream1': [0-9.]+\} $`, perf[0])
	out := strings.TrimSpace(res.Stdout)
	assert.True(t, strings.HasSuffix(out, "End-of-stream\nExiting app"), samplestest.Tail(out))
}

func TestSilentAndDefaultClip(t *testing.T) {
	res := samplestest.Run(t, bin, "", nil, "-s")
	require.Equal(t, 0, res.Code, "stderr:\n%s", res.Stderr)
	assert.Contains(t, res.Stderr, "No input given")
	assert.Empty(t, res.Lines("Frame Number"))
	assert.Contains(t, res.Stdout, "End-of-stream")
}

// With latency measurement on, every batch is measured: the embedded
// runtime's stand-in decoder stamps no reference timestamps, so the probe
// reports that it found none.
func TestLatencyMeasurement(t *testing.T) {
	clip, _ := samplestest.ShortClip(t, clipFrames)
	res := samplestest.Run(t, bin, "", []string{"NVDS_ENABLE_LATENCY_MEASUREMENT=1"}, "-i", clip, "--no-display")
	require.Equal(t, 0, res.Code, "stderr:\n%s", res.Stderr)
	assert.Contains(t, res.Stdout, "Pipeline Latency Measurement enabled!")
	measured := len(res.Lines("Source id = ")) + len(res.Lines("Unable to get number of sources in GstBuffer for latency measurement"))
	assert.Equal(t, clipFrames, measured, "one measurement per batch")
}

func TestDisableProbe(t *testing.T) {
	clip, _ := samplestest.ShortClip(t, clipFrames)
	res := samplestest.Run(t, bin, "", nil, "-i", clip, "--disable-probe", "--no-display")
	require.Equal(t, 0, res.Code, "stderr:\n%s", res.Stderr)
	assert.Empty(t, res.Lines("Frame Number"))
	assert.Empty(t, res.Lines("**PERF"))
	assert.Contains(t, res.Stdout, "End-of-stream")
}

func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.txt")
	require.NoError(t, os.WriteFile(bad, []byte("[property]\nbatch-size=two\n"), 0o644))
	clip, _ := samplestest.ShortClip(t, clipFrames)
	for name, tc := range map[string]struct {
		args []string
		want string
	}{
		"missing file":       {[]string{"-i", "file:///nonexistent/clip.h264", "--no-display"}, "Error: "},
		"unreadable URI":     {[]string{"-i", "nosuchscheme://host/x", "--no-display"}, "Error: "},
		"config without -g":  {[]string{"-i", clip, "-c", bad}, "Either pgie or configfile is missing"},
		"missing config":     {[]string{"-i", clip, "-c", filepath.Join(dir, "none.txt"), "-g", "nvinfer"}, "doesn't exist"},
		"bad config":         {[]string{"-i", clip, "-c", bad, "-g", "nvinfer", "--no-display"}, "Configuration file parsing failed"},
		"unknown pgie":       {[]string{"-i", clip, "-c", bad, "-g", "tensorrt"}, "want nvinfer"},
		"file loop, no SDK":  {[]string{"-i", clip, "--file-loop", "--no-display"}, "nvurisrcbin"},
		"unexpected operand": {[]string{"--no-display", "extra"}, "unexpected arguments"},
	} {
		t.Run(name, func(t *testing.T) {
			res := samplestest.Run(t, bin, "", nil, tc.args...)
			assert.NotEqual(t, 0, res.Code)
			assert.Contains(t, res.Stderr, tc.want)
			assert.NotContains(t, res.Stdout, "End-of-stream")
		})
	}
}
