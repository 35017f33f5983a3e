package main

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/internal/testmain"
	"github.com/go-deepstream/go-deepstream/samples/internal/samplestest"
)

var bin string

// TestMain builds the sample; the binary fails if the tests that run the
// pipeline in this process leave anything counted alive.
func TestMain(m *testing.M) { os.Exit(testmain.Check(samplestest.Main(m, &bin))) }

// Every frame gets a payload upstream, and the sink reads back what was
// written, frame by frame.
func TestPayloadsRoundTrip(t *testing.T) {
	const frames = 12
	clip, _ := samplestest.ShortClip(t, frames)
	res := samplestest.Run(t, bin, "", nil, clip)
	require.Equal(t, 0, res.Code, "stderr:\n%s", res.Stderr)

	// What deepstream_custom_binding_test.py prints: its progress goes to
	// GStreamer's log, and each frame's payload is added, then read back.
	samplestest.MatchStdout(t, res.Stdout, samplestest.Lines(
		samplestest.Lit("reading input", "Playing file "+clip+" ", "pipeline playing"),
		samplestest.Pattern(`adding user meta|custom meta structId::  \d+|custom meta msg::  test message \d+|custom meta sampleInt::  \d+`, 4*frames, 4*frames),
	))

	assert.Len(t, res.Lines("adding user meta"), frames)
	var read []string
	for _, l := range strings.Split(res.Stdout, "\n") {
		if strings.HasPrefix(l, "custom meta ") {
			read = append(read, l)
		}
	}
	require.Len(t, read, 3*frames, samplestest.Tail(res.Stdout))
	for n := 0; n < frames; n++ {
		assert.Equal(t, []string{
			fmt.Sprintf("custom meta structId::  %d", n),
			fmt.Sprintf("custom meta msg::  test message %d", n),
			fmt.Sprintf("custom meta sampleInt::  %d", n+1),
		}, read[3*n:3*n+3])
	}
}

// GST_DEBUG_DUMP_DOT_DIR: the pipeline graph is written as graph.dot.
func TestGraphDump(t *testing.T) {
	clip, _ := samplestest.ShortClip(t, 12)
	dir := t.TempDir()
	res := samplestest.Run(t, bin, "", []string{"GST_DEBUG_DUMP_DOT_DIR=" + dir}, clip)
	require.Equal(t, 0, res.Code, "stderr:\n%s", res.Stderr)
	dot, err := os.ReadFile(dir + "/graph.dot")
	require.NoError(t, err)
	assert.Contains(t, string(dot), "Stream-muxer")
}

func TestMissingFile(t *testing.T) {
	res := samplestest.Run(t, bin, "", nil, "/nonexistent/clip.h264")
	assert.NotEqual(t, 0, res.Code)
	assert.Contains(t, res.Stderr, "no such file")
}

// The sample's pipeline run in this test process, where the leak registry
// sees it: every CustomDataStruct (and its message string) is released with
// its meta once the pipeline has stopped.
func TestPayloadsReleased(t *testing.T) {
	clip, _ := samplestest.ShortClip(t, 12)
	require.NoError(t, run(clip))
	testmain.NoneLive(t)
}
