//go:build !deepstream

package standin_test

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// loggerChildEnv makes the test binary a child that runs a pipeline with
// nvdslogger, so that the parent can read what the element prints on
// stdout.
const loggerChildEnv = "STANDIN_TEST_LOGGER_CHILD"

// nvdslogger passes every buffer through unchanged and prints one
// "**PERF : FPS_<i> (<fps>)" entry per source; over the whole run (the
// last line comes at EOS) the rates times the elapsed time add up to the
// frames each source had.
func TestLoggerPrintsPerSourceRates(t *testing.T) {
	if os.Getenv(loggerChildEnv) != "" {
		t.Skip("in the child")
	}
	clipA, truthA := seedClip(t, 7, 24)
	clipB, truthB := seedClip(t, 8, 12)
	cmd := exec.Command(os.Args[0], "-test.run=^TestLoggerChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), loggerChildEnv+"="+clipA+","+clipB)
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s", out)

	re := regexp.MustCompile(`^\*\*PERF : (FPS_\d+ \([0-9.]+\)\t)+$`)
	entry := regexp.MustCompile(`FPS_(\d+) \(([0-9.]+)\)`)
	var lines []string
	sc := bufio.NewScanner(strings.NewReader(string(out)))
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "**PERF") {
			lines = append(lines, sc.Text())
		}
	}
	require.NotEmpty(t, lines, "%s", out)
	for _, l := range lines {
		assert.Regexp(t, re, l)
	}
	// The child's interval is 1 s, longer than the run: one line, at EOS.
	require.Len(t, lines, 1, "%s", out)
	m := entry.FindAllStringSubmatch(lines[0], -1)
	require.Len(t, m, 2, "both sources")
	rates := map[int]float64{}
	for _, e := range m {
		i, _ := strconv.Atoi(e[1])
		rates[i], _ = strconv.ParseFloat(e[2], 64)
	}
	// Same interval for both: the rates stand as the frame counts do.
	require.Greater(t, rates[1], 0.0)
	assert.InDelta(t, float64(len(truthA.Frames))/float64(len(truthB.Frames)), rates[0]/rates[1], 0.01)

	// silent: nothing.
	cmd = exec.Command(os.Args[0], "-test.run=^TestLoggerChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), loggerChildEnv+"="+clipA+","+clipB+",silent")
	out, err = cmd.CombinedOutput()
	require.NoError(t, err, "%s", out)
	assert.NotContains(t, string(out), "**PERF")
}

// TestLoggerChild is the child of TestLoggerPrintsPerSourceRates.
func TestLoggerChild(t *testing.T) {
	arg := os.Getenv(loggerChildEnv)
	if arg == "" {
		t.Skip("run by TestLoggerPrintsPerSourceRates")
	}
	parts := strings.Split(arg, ",")
	silent := len(parts) > 2
	var before, after recorder
	res := run(t, fmt.Sprintf("filesrc location=%s ! h264parse ! nvv4l2decoder ! m.sink_0 "+
		"filesrc location=%s ! h264parse ! nvv4l2decoder ! m.sink_1 "+
		"nvstreammux name=m batch-size=2 width=640 height=360 "+
		"! nvdslogger name=log fps-measurement-interval-sec=1 silent=%t ! fakesink name=after", parts[0], parts[1], silent),
		map[string]*recorder{"log": &before, "after": &after})
	require.NoError(t, res.err)
	require.NotEmpty(t, before.frames)
	assert.Equal(t, before.frames, after.frames, "metadata passes unchanged")
}
