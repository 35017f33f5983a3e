//go:build !deepstream

package standin_test

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/go-gst/go-gst/gst"
)

// The stand-ins' configuration files, fuzzed: whatever a file holds, the
// element starts (a valid configuration) or refuses to, posting an error
// message that says why; it never crashes or hangs. (The nvmsgconv parser
// is fuzzed against schema.ParseConfig in msgconv_config_fuzz_test.go.)

// startCount counts startWithConfig's calls.
var startCount atomic.Int64

// startWithConfig writes content to name in dir, makes factory with prop
// naming the file, sets it to PAUSED in a pipeline of its own and back to
// NULL. It fails t unless the start succeeded with no error message or
// failed with an error message that names the problem; it returns that
// message ("" when the element started).
func startWithConfig(t *testing.T, dir, name, factory, prop string, content []byte) string {
	// go-gst frees pipelines (and each bus's poll descriptors) from
	// finalizers, which a fuzzer outruns: collect now and then, or the
	// process runs out of file descriptors after ~20,000 inputs.
	if startCount.Add(1)%256 == 0 {
		runtime.GC()
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, content, 0o644); err != nil {
		t.Fatal(err)
	}
	e, err := gst.NewElement(factory)
	if err != nil {
		t.Fatal(err)
	}
	if err := e.SetProperty(prop, path); err != nil {
		t.Fatal(err)
	}
	p, err := gst.NewPipeline("")
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Add(e); err != nil {
		t.Fatal(err)
	}
	bus := p.GetPipelineBus()
	serr := p.SetState(gst.StatePaused)
	msg := bus.Pop()
	for msg != nil && msg.Type() != gst.MessageError {
		msg = bus.Pop()
	}
	var text string
	if msg != nil {
		gerr := msg.ParseError()
		text = gerr.Error() + " (" + gerr.DebugString() + ")"
	}
	if err := p.SetState(gst.StateNull); err != nil {
		t.Fatal(err)
	}
	switch {
	case serr == nil && msg != nil:
		t.Fatalf("%s started but posted an error: %s", factory, text)
	case serr != nil && msg == nil:
		t.Fatalf("%s failed to start (%v) without an error message", factory, serr)
	case serr != nil && strings.TrimSpace(msg.ParseError().Error()) == "":
		t.Fatalf("%s failed to start with an empty error message: %s", factory, text)
	}
	return text
}

// FuzzInferConfig: nvinfer's key file (infer_config.c), read when
// config-file-path is set and again at start.
func FuzzInferConfig(f *testing.F) {
	for _, name := range []string{"pgie_config.txt", "sgie_color_config.txt", "sgie_type_config.txt", "seg_config.txt"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	for _, s := range []string{
		"", "[property\n", "[class-attrs-all]\ntopk=2\n", "[property]\nbatch-size=two\n",
		"[property]\nnetwork-type=3\n", "[property]\nlabelfile-path=nolabels.txt\n",
		"[property]\n[class-attrs-x]\ntopk=1\n", "[property]\n[class-attrs-0]\nborder-color=1;0\n",
		"[property]\n[class-attrs-63]\nbg-color=0;0;0;1\ndetected-min-w=-1\n",
		"[property]\nlabelfile-path=labels.txt\nnum-detected-classes=99999\noperate-on-class-ids=1;2;-3\n",
		"[property]\ninfer-dims=3;224;224\nnetwork-type=1\nclassifier-threshold=nan\n",
		"[class-attrs-all]\npre-cluster-threshold=1e400\n[property]\ninterval=-1\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, content []byte) {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "labels.txt"), []byte("car\nbicycle\nperson\nroadsign\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		startWithConfig(t, dir, "config.txt", "nvinfer", "config-file-path", content)
	})
}

// FuzzTrackerConfig: nvtracker's low-level config (YAML), of which the
// stand-in reads maxShadowTrackingAge.
func FuzzTrackerConfig(f *testing.F) {
	b, err := os.ReadFile(filepath.Join("testdata", "tracker_config.yml"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	for _, s := range []string{
		"", "maxShadowTrackingAge: 0\n", "TargetManagement:\n  maxShadowTrackingAge: forever\n",
		"maxShadowTrackingAge:\n", "maxShadowTrackingAge: -1\n", "maxShadowTrackingAge: 2147483648\n",
		"maxShadowTrackingAge: 99999999999999999999999\n", "maxShadowTrackingAge: 12 # comment\n",
		"# maxShadowTrackingAge: x\n", ":::\n\r\n\x00maxShadowTrackingAge: 1\x00\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, content []byte) {
		startWithConfig(t, t.TempDir(), "tracker.yml", "nvtracker", "ll-config-file", content)
	})
}

// The fuzzers' harness tells the outcomes apart: a good file starts the
// element, a bad one gives the element's error message.
func TestStartWithConfigOutcomes(t *testing.T) {
	good, err := os.ReadFile(filepath.Join("testdata", "tracker_config.yml"))
	if err != nil {
		t.Fatal(err)
	}
	if msg := startWithConfig(t, t.TempDir(), "t.yml", "nvtracker", "ll-config-file", good); msg != "" {
		t.Errorf("a good tracker config: %s", msg)
	}
	msg := startWithConfig(t, t.TempDir(), "t.yml", "nvtracker", "ll-config-file", []byte("maxShadowTrackingAge: x\n"))
	if !strings.Contains(msg, `maxShadowTrackingAge: "x" is not a non-negative integer`) {
		t.Errorf("a bad tracker config: %q", msg)
	}
	if msg := startWithConfig(t, t.TempDir(), "c.txt", "nvinfer", "config-file-path", []byte("[property]\n")); msg != "" {
		t.Errorf("a good nvinfer config: %s", msg)
	}
	msg = startWithConfig(t, t.TempDir(), "c.txt", "nvinfer", "config-file-path", []byte("[property]\nbatch-size=two\n"))
	if !strings.Contains(msg, "Configuration file parsing failed") || !strings.Contains(msg, `batch-size: "two" is not an integer`) {
		t.Errorf("a bad nvinfer config: %q", msg)
	}
}
