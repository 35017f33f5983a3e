// Package samplestest holds what the sample apps' tests share: building a
// sample's binary once per test binary (with the same race detector and
// ABI tags as the test), running it with a time limit, generating clips of
// the synthetic scene, the rule for which ground-truth objects a detector
// must find, and parsing the samples' output lines.
package samplestest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/go-deepstream/go-deepstream/scene"
)

// Set by the build-tagged files of this package.
var (
	buildFlags []string
	buildTags  []string
)

// Main builds the sample in the current folder (the package under test)
// into a temporary folder, stores the binary's path in *bin, runs the tests
// and removes the folder. Use it as TestMain:
//
//	func TestMain(m *testing.M) { os.Exit(samplestest.Main(m, &bin)) }
func Main(m *testing.M, bin *string) int {
	dir, err := os.MkdirTemp("", "gods-sample-bin-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	wd, _ := os.Getwd()
	*bin = filepath.Join(dir, filepath.Base(wd))
	args := append([]string{"build"}, buildFlags...)
	if len(buildTags) > 0 {
		args = append(args, "-tags", strings.Join(buildTags, ","))
	}
	args = append(args, "-o", *bin, ".")
	cmd := exec.Command("go", args...)
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		fmt.Fprintf(os.Stderr, "go %s: %v\n", strings.Join(args, " "), err)
		return 1
	}
	return m.Run()
}

// Result is what a run of a sample printed and how it ended.
type Result struct {
	Stdout, Stderr string
	Code           int // exit status; -1 when killed
}

// Lines returns the stdout lines that start with prefix.
func (r Result) Lines(prefix string) []string {
	var out []string
	for _, l := range strings.Split(r.Stdout, "\n") {
		if strings.HasPrefix(l, prefix) {
			out = append(out, l)
		}
	}
	return out
}

// Timeout bounds one run of a sample.
const Timeout = 3 * time.Minute

// Run runs bin with args in dir (the test's temporary folder when empty)
// and extra environment entries ("K=V"), and returns its output.
func Run(t testing.TB, bin string, dir string, env []string, args ...string) Result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), Timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	if dir == "" {
		dir = t.TempDir()
	}
	cmd.Dir = dir
	// No display: the samples pick fakesink unless a test asks otherwise.
	cmd.Env = append(filterEnv(os.Environ(), "DISPLAY", "WAYLAND_DISPLAY", "GODS_SINK"), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	res := Result{Stdout: stdout.String(), Stderr: stderr.String()}
	var exit *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &exit):
		res.Code = exit.ExitCode()
	default:
		t.Fatalf("run %s: %v", bin, err)
	}
	if ctx.Err() != nil {
		t.Fatalf("%s %s: no exit after %s\nstdout:\n%s\nstderr:\n%s", bin, strings.Join(args, " "), Timeout, tail(res.Stdout), tail(res.Stderr))
	}
	return res
}

func filterEnv(env []string, drop ...string) []string {
	out := env[:0:0]
outer:
	for _, kv := range env {
		for _, d := range drop {
			if strings.HasPrefix(kv, d+"=") {
				continue outer
			}
		}
		out = append(out, kv)
	}
	return out
}

// tail returns the last lines of s, for failure messages.
func tail(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > 30 {
		lines = lines[len(lines)-30:]
	}
	return strings.Join(lines, "\n")
}

// Tail is tail, exported for the tests' failure messages.
func Tail(s string) string { return tail(s) }

// ModuleRoot returns the go-deepstream module's root folder.
func ModuleRoot(t testing.TB) string {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d
		}
		if filepath.Dir(d) == d {
			t.Fatal("no go.mod above", wd)
		}
	}
}

// Clip returns the H.264 stream of the clip of cfg, cached under
// build/clips like the default clip (with JPEG frames and MJPEG beside
// it), and its ground truth.
func Clip(t testing.TB, cfg scene.Config) (string, *scene.Truth) {
	t.Helper()
	path, err := scene.CachedClip(filepath.Join(ModuleRoot(t), "build", "clips"), cfg)
	if err != nil {
		t.Fatal(err)
	}
	truth, err := scene.ReadTruth(filepath.Join(filepath.Dir(path), scene.TruthName))
	if err != nil {
		t.Fatal(err)
	}
	return path, truth
}

// ShortClip is the clip most sample tests play: the default scene, 640x360,
// cut to frames frames.
func ShortClip(t testing.TB, frames int) (string, *scene.Truth) {
	cfg := scene.DefaultConfig()
	cfg.Frames = frames
	return Clip(t, cfg)
}

// The rule for which ground-truth objects a detector must find (see
// docs/standin-elements.md, "Measured precision and recall"): about
// MinVisibleArea of its pixels visible in a 640x360 frame (scaled with the
// frame area) and a visible box at least MinVisibleSide pixels each way.
const (
	MinVisibleArea = 150
	MinVisibleSide = 4
)

// Relevant reports whether o is an object the stand-in detector must find
// in a frame of w x h pixels.
func Relevant(o scene.Object, w, h int) bool {
	if o.InFrame <= 0 || o.VisibleBox.Empty() {
		return false
	}
	full := float64(o.Box.Area()) / o.InFrame
	min := MinVisibleArea * float64(w*h) / (640 * 360)
	return o.Visible*full >= min && o.VisibleBox.Width >= MinVisibleSide && o.VisibleBox.Height >= MinVisibleSide
}

// Expected counts the relevant objects of one frame of truth by class.
func Expected(truth *scene.Truth, frame int) (all int, byClass [scene.NumClasses]int) {
	for _, o := range truth.Frames[frame].Objects {
		if Relevant(o, truth.Config.Width, truth.Config.Height) {
			all++
			byClass[o.ClassID]++
		}
	}
	return all, byClass
}

// Counts is one parsed count line.
type Counts struct {
	Frame, Objects, Vehicles, People int
	Extra                            map[string]int // other name=value pairs
}

var countRE = regexp.MustCompile(`([A-Za-z_ ]+?)\s*=\s*(-?\d+)`)

// ParseCounts parses count lines such as
//
//	Frame Number=3 Number of Objects=11 Vehicle_count=3 Person_count=4
//	Frame Number= 3 Number of Objects= 11 Vehicle_count= 3 Person_count= 4
//	Frame Number = 3 Vehicle Count = 3 Person Count = 4
//
// into Counts, keyed by the names the samples use.
func ParseCounts(line string) (Counts, error) {
	c := Counts{Frame: -1, Objects: -1, Extra: map[string]int{}}
	m := countRE.FindAllStringSubmatch(line, -1)
	if len(m) == 0 {
		return c, fmt.Errorf("no counts in %q", line)
	}
	for _, kv := range m {
		v, _ := strconv.Atoi(kv[2])
		switch name := strings.TrimSpace(kv[1]); name {
		case "Frame Number":
			c.Frame = v
		case "Number of Objects":
			c.Objects = v
		case "Vehicle_count", "Vehicle Count":
			c.Vehicles = v
		case "Person_count", "Person Count":
			c.People = v
		default:
			c.Extra[name] = v
		}
	}
	if c.Frame < 0 {
		return c, fmt.Errorf("no frame number in %q", line)
	}
	return c, nil
}

// CheckCounts compares per-frame counts with the truth: a frame is off
// when its total, vehicle or person count differs from the relevant
// objects' by more than one; at most one frame in 20 may be off, rounded
// up (a 12-frame clip played as two streams may have its one bad frame
// counted twice).
func CheckCounts(t testing.TB, counts []Counts, truth *scene.Truth, checkTotal bool) {
	t.Helper()
	bad := 0
	for _, c := range counts {
		if c.Frame >= len(truth.Frames) {
			t.Errorf("frame %d: past the clip's %d frames", c.Frame, len(truth.Frames))
			continue
		}
		all, by := Expected(truth, c.Frame)
		off := abs(c.Vehicles-by[scene.Vehicle]) > 1 || abs(c.People-by[scene.Person]) > 1
		if checkTotal {
			off = off || abs(c.Objects-all) > 1
		}
		if off {
			bad++
			t.Logf("frame %d: objects %d vehicles %d people %d; truth %d / %d / %d",
				c.Frame, c.Objects, c.Vehicles, c.People, all, by[scene.Vehicle], by[scene.Person])
		}
	}
	if bad > (len(counts)+19)/20 {
		t.Errorf("%d of %d frames have counts off by more than one", bad, len(counts))
	}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
