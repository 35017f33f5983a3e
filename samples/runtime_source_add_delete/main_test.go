package main

import (
	"fmt"
	"math/rand/v2"
	"os"
	"regexp"
	"strconv"
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

// header is what the Python app prints before the pipeline starts, for
// input uri, with sinkLines the lines dsapp.Sink prints for its sink.
func header(uri string, sinkLines ...string) string {
	var b strings.Builder
	b.WriteString("Creating Pipeline \n \nCreating streammux \n \nCreating source_bin  0  \n \n")
	fmt.Fprintf(&b, "Creating uridecodebin for [%s]\nsource-bin-00\n", uri)
	b.WriteString("Creating Pgie \n \nCreating nvtracker \n \nCreating tiler \n \nCreating nvvidconv \n \nCreating nvosd \n \n")
	for _, l := range sinkLines {
		b.WriteString(l + "\n")
	}
	b.WriteString("WARNING: Overriding infer-config batch-size 1  with number of sources  1  \n\n")
	b.WriteString("Adding elements to Pipeline \n\nLinking elements in the Pipeline \n\n")
	return b.String()
}

// Lines the streaming threads print (decodebin_child_added, cb_newpad):
// they fall between the main thread's groups of lines, in any order.
var (
	childAddedRE = regexp.MustCompile(`(?m)^Decodebin child added: \S+ \n\n`)
	newPadRE     = regexp.MustCompile(`(?m)^In cb_newpad\n\ngstname= video/x-raw\nsink_(\d)\nDecodebin linked to pipeline\n`)
)

// Sources are added every interval up to four, then removed; each
// source's frames (from -report) are its clip's, in order, with counts
// matching the scene's truth; the main thread's stdout follows the Python
// app's rules line for line; at the end no muxer pad is left beyond the
// sources still in the pipeline.
func TestAddDelete(t *testing.T) {
	testmain.Slow(t)
	const frames = 60
	cfg := scene.DefaultConfig()
	cfg.Seed, cfg.Frames = rand.Int64N(40)+1, frames
	seed := rand.Uint64N(1<<32) + 1
	t.Logf("scene seed %d, slot seed %d", cfg.Seed, seed)
	clip, truth := samplestest.Clip(t, cfg)
	uri := "file://" + clip

	res := samplestest.Run(t, bin, "", nil, "-interval", "1500ms", "-seed", fmt.Sprint(seed), "-report", uri)
	require.Equal(t, 0, res.Code, "stderr:\n%s", samplestest.Tail(res.Stderr))
	// Removing a source while its last buffer is being batched leaves the
	// muxer no bad segment to read (no GLib critical).
	assert.NotContains(t, res.Stderr, "CRITICAL")

	want := header(uri, "Is it Integrated GPU? : False", "Creating Fakesink \n")
	require.True(t, strings.HasPrefix(res.Stdout, want), "stdout starts\n%s\nwant\n%s", res.Stdout[:min(len(want), len(res.Stdout))], want)
	rest := strings.TrimPrefix(res.Stdout, want)

	// Every source links once, to its own pad.
	linked := map[int]int{}
	for _, m := range newPadRE.FindAllStringSubmatch(rest, -1) {
		id, _ := strconv.Atoi(m[1])
		linked[id]++
	}
	rest = newPadRE.ReplaceAllString(childAddedRE.ReplaceAllString(rest, ""), "")
	started, atEOS := checkMainLines(t, rest, uri)
	for id := range started {
		assert.Equal(t, 1, linked[id], "source %d linked once", id)
	}
	assert.Len(t, linked, len(started), "linked sources")

	checkFrames(t, res.Stderr, started, atEOS, truth)
}

// checkMainLines replays the Python app's rules over what its main thread
// printed (after the header) and returns the sources started, with
// whether each reported its end ("Got EOS from stream N").
func checkMainLines(t *testing.T, out, uri string) (started map[int]bool, atEOS bool) {
	t.Helper()
	intro := "Now playing...\n1 :  " + uri + "\nStarting pipeline \n\n"
	require.True(t, strings.HasPrefix(out, intro), "after the header:\n%s", samplestest.Tail(out))
	lines := strings.Split(strings.TrimPrefix(out, intro), "\n")
	started = map[int]bool{0: false}
	enabled := map[int]bool{0: true}
	eos := map[int]bool{}
	adds, removes := 0, 0
	next := func(i *int, want string) {
		t.Helper()
		require.Less(t, *i, len(lines), "want %q at the end", want)
		require.Equal(t, want, lines[*i], "line %d", *i)
		*i++
	}
	// stop is stop_release_source's lines for source id.
	stop := func(i *int, id int) {
		t.Helper()
		require.True(t, enabled[id], "stopping source %d, which is not playing", id)
		for _, w := range []string{"STATE CHANGE SUCCESS", "", fmt.Sprintf("sink_%d", id), "STATE CHANGE SUCCESS", ""} {
			next(i, w)
		}
		delete(enabled, id)
		removes++
	}
	startRE := regexp.MustCompile(`^Calling Start (\d) $`)
	stopRE := regexp.MustCompile(`^Calling Stop (\d) $`)
	eosRE := regexp.MustCompile(`^Got EOS from stream (\d)$`)
	var end string
	for i := 0; i < len(lines); {
		l := lines[i]
		if m := startRE.FindStringSubmatch(l); m != nil {
			id, _ := strconv.Atoi(m[1])
			require.Zero(t, removes, "no source is added once removals began")
			require.False(t, started[id] || enabled[id], "source %d started twice", id)
			i++
			next(&i, "Creating uridecodebin for ["+uri+"]")
			next(&i, fmt.Sprintf("source-bin-%02d", id))
			// set_state(PLAYING) is ASYNC (nothing printed) unless the
			// change completed at once: then "STATE CHANGE SUCCESS" and a
			// blank line, not followed by a removal's "sink_N".
			if i+2 < len(lines) && lines[i] == "STATE CHANGE SUCCESS" && lines[i+1] == "" && !strings.HasPrefix(lines[i+2], "sink_") {
				i += 2
			}
			started[id], enabled[id] = false, true
			adds++
			continue
		}
		if m := eosRE.FindStringSubmatch(l); m != nil {
			id, _ := strconv.Atoi(m[1])
			require.True(t, enabled[id], "EOS from source %d, which is not playing", id)
			eos[id], started[id] = true, true
			i++
			continue
		}
		if m := stopRE.FindStringSubmatch(l); m != nil {
			id, _ := strconv.Atoi(m[1])
			require.Equal(t, 3, adds, "removals begin once four sources play")
			i++
			stop(&i, id)
			continue
		}
		if l == "STATE CHANGE SUCCESS" {
			// A source that ended, removed without "Calling Stop".
			require.Less(t, i+2, len(lines))
			id, err := strconv.Atoi(strings.TrimPrefix(lines[i+2], "sink_"))
			require.NoError(t, err, "line %d: %q", i+2, lines[i+2])
			require.True(t, eos[id], "source %d removed as ended without its EOS", id)
			stop(&i, id)
			continue
		}
		end = strings.Join(lines[i:], "\n")
		break
	}
	switch end {
	case "All sources stopped quitting\nExiting app\n\n":
		assert.Empty(t, enabled, "sources left at the end")
		assert.Equal(t, 3, adds)
	case "End-of-stream\nExiting app\n\n":
		for id := range enabled {
			assert.True(t, eos[id], "source %d playing at end-of-stream", id)
		}
	default:
		t.Fatalf("stdout ends\n%q", end)
	}
	t.Logf("%d sources added at run time, %d removed, %d ended by themselves; end: %q", adds, removes, len(eos), strings.SplitN(end, "\n", 2)[0])
	return started, strings.HasPrefix(end, "End-of-stream")
}

// inFlight bounds the frames of one source between the muxer and the
// tiler when the app quits.
const inFlight = 8

// checkFrames checks the -report lines: each started source's frames are
// its clip's first frames in order (all of them if it reported its end),
// counted as the truth says; no pad is left beyond the sources left.
func checkFrames(t *testing.T, stderr string, started map[int]bool, atEOS bool, truth *scene.Truth) {
	t.Helper()
	perSource := map[int][]samplestest.Counts{}
	frameRE := regexp.MustCompile(`^frame source=(\d+) num=(\d+) objects=(\d+) vehicles=(\d+) people=(\d+)$`)
	var left string
	for _, l := range strings.Split(stderr, "\n") {
		if m := frameRE.FindStringSubmatch(l); m != nil {
			var n [5]int
			for k := range n {
				n[k], _ = strconv.Atoi(m[k+1])
			}
			perSource[n[0]] = append(perSource[n[0]], samplestest.Counts{Frame: n[1], Objects: n[2], Vehicles: n[3], People: n[4]})
		}
		if strings.HasPrefix(l, "sources left: ") {
			left = l
		}
	}
	var srcs, pads int
	_, err := fmt.Sscanf(left, "sources left: %d, sink pads left: %d", &srcs, &pads)
	require.NoError(t, err, "stderr: %s", samplestest.Tail(stderr))
	assert.Equal(t, srcs, pads, "muxer sink pads left match the sources left")

	var all []samplestest.Counts
	for id, ended := range started {
		counts := perSource[id]
		require.NotEmpty(t, counts, "source %d: no frame", id)
		for i, c := range counts {
			require.Equal(t, i, c.Frame, "source %d: frames in order from 0", id)
		}
		switch {
		case ended && atEOS:
			assert.Len(t, counts, len(truth.Frames), "source %d ended: all its frames", id)
		case ended:
			// The app quits at once when the last source is removed, as
			// in Python: frames still between the muxer and the tiler
			// go with the pipeline.
			assert.InDelta(t, len(truth.Frames), len(counts), inFlight, "source %d ended: all its frames but those in flight", id)
		}
		t.Logf("source %d: %d frames (ended: %v)", id, len(counts), ended)
		all = append(all, counts...)
	}
	for id := range perSource {
		_, ok := started[id]
		assert.True(t, ok, "frames from source %d, never started", id)
	}
	samplestest.CheckCounts(t, all, truth, true)
}

func TestUsage(t *testing.T) {
	res := samplestest.Run(t, bin, "", nil, "a.h264", "b.h264")
	assert.Equal(t, 1, res.Code)
	assert.Regexp(t, `^usage: \S+ <uri1> \n$`, res.Stderr)
	assert.Empty(t, res.Stdout)
}

// A URI that does not play: the error is printed as bus_call prints it,
// the app exits, and says so.
func TestMissingInput(t *testing.T) {
	res := samplestest.Run(t, bin, "", nil, "-interval", "1s", "file:///nonexistent/clip.h264")
	assert.Equal(t, 1, res.Code)
	assert.Contains(t, res.Stderr, "Error: ")
	assert.True(t, strings.HasSuffix(res.Stdout, "Exiting app\n\n"), samplestest.Tail(res.Stdout))
}
