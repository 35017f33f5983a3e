package main

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

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
	samplestest.MatchStdout(t, res.Stdout, samplestest.Lines(
		samplestest.Lit("{'input': ['file://"+clip+"', '"+clip+"'], 'configfile': None, 'pgie': None, 'no_display': True, 'file_loop': False, 'disable_probe': False, 'silent': False}"),
		samplestest.Py("Creating Pipeline \n ", "Creating streamux \n "),
		samplestest.Py("Creating source_bin  0  \n ", "Creating source bin", "source-bin-00"),
		samplestest.Py("Creating source_bin  1  \n ", "Creating source bin", "source-bin-01"),
		samplestest.Py("Creating Pgie \n ", "Creating tiler \n ", "Creating nvvidconv \n ", "Creating nvosd \n ", "Creating Fakesink \n"),
		samplestest.Py("WARNING: Overriding infer-config batch-size 1  with number of sources  2  \n"),
		samplestest.Lit("Is it Integrated GPU? : False"),
		samplestest.Py("Adding elements to Pipeline \n", "Linking elements in the Pipeline \n"),
		samplestest.Py("Now playing...", "0 :  file://"+clip, "1 :  "+clip, "Starting pipeline \n"),
		samplestest.Pattern(streamingLines+`|Frame Number= \d+ Number of Objects= \d+ Vehicle_count= \d+ Person_count= \d+|\*\*PERF:  \{.*\} `, 2*clipFrames, -1),
		samplestest.Py("End-of-stream", "Exiting app\n"),
	))
	assert.Contains(t, res.Stdout, "features= memory:NVMM", "the source bins got NVMM video")

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
}

// streamingLines matches the lines the source bins print from the
// streaming threads (decodebin_child_added, cb_newpad) and the blank
// lines after them.
const streamingLines = `Decodebin child added: \S+ |In cb_newpad|gstname= \S+|features= \S+|`

// -h prints argparse's help to stdout and exits 0; a bad option value is
// argparse's usage error (exit 2).
func TestHelpAndUsage(t *testing.T) {
	res := samplestest.Run(t, bin, "", nil, "-h")
	assert.Equal(t, 0, res.Code)
	assert.True(t, strings.HasPrefix(res.Stdout, "usage: deepstream_test_3 [-h] -i URIs [URIs ...] [-c config_location.txt]\n"), res.Stdout)
	assert.Contains(t, res.Stdout, "  --disable-probe       Disable the probe function and use nvdslogger for FPS\n")
	assert.Empty(t, res.Stderr)

	res = samplestest.Run(t, bin, "", nil, "-i", "x", "-g", "tensorrt")
	assert.Equal(t, 2, res.Code)
	assert.Contains(t, res.Stderr, "deepstream_test_3: error: argument -g/--pgie: invalid choice: 'tensorrt' (choose from 'nvinfer', 'nvinferserver', 'nvinferserver-grpc')")
	assert.Empty(t, res.Stdout)

	res = samplestest.Run(t, bin, "", nil, "-i", "x", "-c", "cfg.txt")
	assert.Equal(t, 1, res.Code)
	assert.Equal(t, "\nEither pgie or configfile is missing. Please specify both! Exiting...\n\n\n\n", res.Stderr)
	assert.True(t, strings.HasPrefix(res.Stdout, "usage: deepstream_test_3 "), res.Stdout)
}

func TestSilentAndDefaultClip(t *testing.T) {
	res := samplestest.Run(t, bin, "", nil, "-s")
	require.Equal(t, 0, res.Code, "stderr:\n%s", res.Stderr)
	assert.Contains(t, res.Stderr, "No input given")
	assert.Empty(t, res.Lines("Frame Number"))
	assert.Contains(t, res.Stdout, "End-of-stream")
}

// With latency measurement on, every batch is measured: the stand-in
// decoder stamps each frame, so each batch prints its BATCH-NUM line (as
// the SDK's nvds_measure_buffer_latency does) and one line per frame of
// the batch, frame numbers in order.
func TestLatencyMeasurement(t *testing.T) {
	clip, _ := samplestest.ShortClip(t, clipFrames)
	res := samplestest.Run(t, bin, "", []string{"NVDS_ENABLE_LATENCY_MEASUREMENT=1"}, "-i", clip, "--no-display")
	require.Equal(t, 0, res.Code, "stderr:\n%s", res.Stderr)
	assert.Contains(t, res.Stdout, "Pipeline Latency Measurement enabled!")
	assert.Empty(t, res.Lines("Unable to get number of sources"))
	batch := regexp.MustCompile(`^\*{12}BATCH-NUM = (\d+)\*{14}$`)
	frame := regexp.MustCompile(`^Source id = 0 Frame_num = (\d+) Frame latency = \d+\.\d{6} \(ms\) $`)
	lines := strings.Split(res.Stdout, "\n")
	batches := 0
	for i, l := range lines {
		m := batch.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		assert.Equal(t, strconv.Itoa(batches), m[1], "batches counted from 0")
		require.Less(t, i+1, len(lines))
		f := frame.FindStringSubmatch(lines[i+1])
		if assert.NotNil(t, f, "the batch's frame follows: %q", lines[i+1]) {
			assert.Equal(t, strconv.Itoa(batches), f[1], "one frame a batch, in order")
		}
		batches++
	}
	assert.Equal(t, clipFrames, batches, "one measurement per batch")
	// Without the variable nothing is measured.
	res = samplestest.Run(t, bin, "", nil, "-i", clip, "--no-display", "-s")
	require.Equal(t, 0, res.Code, "stderr:\n%s", res.Stderr)
	assert.Empty(t, res.Lines("************BATCH-NUM"))
	assert.Empty(t, res.Lines("Source id = "))
}

// --disable-probe: no probe, so no per-frame or **PERF:  lines; nvdslogger
// prints the stream's frame rate instead (at EOS, the clip being shorter
// than its interval).
func TestDisableProbe(t *testing.T) {
	clip, _ := samplestest.ShortClip(t, clipFrames)
	res := samplestest.Run(t, bin, "", nil, "-i", clip, "--disable-probe", "--no-display")
	require.Equal(t, 0, res.Code, "stderr:\n%s", res.Stderr)
	assert.Empty(t, res.Lines("Frame Number"))
	assert.Empty(t, res.Lines("**PERF:  "))
	perf := res.Lines("**PERF : ")
	require.Len(t, perf, 1, samplestest.Tail(res.Stdout))
	assert.Regexp(t, `^\*\*PERF : FPS_0 \([0-9.]+\)\t$`, perf[0])
	assert.Contains(t, res.Stdout, "End-of-stream")
}

// --file-loop: nvurisrcbin starts the clip again at its end, so frames keep
// coming (numbered on, their counts those of frame n mod the clip's
// length) until an interrupt ends the stream.
func TestFileLoop(t *testing.T) {
	clip, truth := samplestest.ShortClip(t, clipFrames)
	cmd := exec.Command(bin, "-i", clip, "--file-loop", "--no-display")
	cmd.Dir = t.TempDir()
	cmd.Env = append(os.Environ(), "GODS_PERF_INTERVAL=200ms")
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	require.NoError(t, cmd.Start())
	var out strings.Builder
	var counts []samplestest.Counts
	sc := bufio.NewScanner(stdout)
	interrupted := false
	timer := time.AfterFunc(time.Minute, func() { _ = cmd.Process.Kill() })
	defer timer.Stop()
	for sc.Scan() {
		l := sc.Text()
		out.WriteString(l + "\n")
		if !strings.HasPrefix(l, "Frame Number= ") {
			continue
		}
		c, err := samplestest.ParseCounts(l)
		require.NoError(t, err)
		counts = append(counts, c)
		if len(counts) == 3*clipFrames+7 && !interrupted {
			require.NoError(t, cmd.Process.Signal(os.Interrupt))
			interrupted = true
		}
	}
	err = cmd.Wait()
	require.True(t, interrupted, "only %d frames\nstdout:\n%s\nstderr:\n%s", len(counts), samplestest.Tail(out.String()), stderr.String())
	assert.NoError(t, err, "stderr:\n%s", stderr.String())
	for i := range counts {
		require.Equal(t, i, counts[i].Frame, "frames numbered on across passes")
		counts[i].Frame %= clipFrames
	}
	samplestest.CheckCounts(t, counts, truth, true)
	assert.Contains(t, out.String(), "'file_loop': True")
	assert.NotEmpty(t, lines(out.String(), "**PERF:  {'stream0': "))
	assert.True(t, strings.HasSuffix(strings.TrimSpace(out.String()), "End-of-stream\nExiting app"), samplestest.Tail(out.String()))
}

func lines(s, prefix string) []string {
	return samplestest.Result{Stdout: s}.Lines(prefix)
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
		"unknown pgie":       {[]string{"-i", clip, "-c", bad, "-g", "tensorrt"}, "invalid choice: 'tensorrt'"},
		"unexpected operand": {[]string{"--no-display", "extra"}, "unrecognized arguments: extra"},
	} {
		t.Run(name, func(t *testing.T) {
			res := samplestest.Run(t, bin, "", nil, tc.args...)
			assert.NotEqual(t, 0, res.Code)
			assert.Contains(t, res.Stderr, tc.want)
			assert.NotContains(t, res.Stdout, "End-of-stream")
		})
	}
}
