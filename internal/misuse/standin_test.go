//go:build !deepstream

package misuse

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-gst/go-gst/gst"

	"github.com/go-deepstream/go-deepstream/standin"
)

var standinRegisterOnce sync.Once

// inferConfigError runs a few frames through the nvinfer stand-in with a
// config file of content and returns the error the pipeline posted ("" when
// it ran to EOS).
func inferConfigError(t *testing.T, content string) string {
	t.Helper()
	standinRegisterOnce.Do(func() {
		gst.Init(nil)
		if err := standin.Register(); err != nil {
			t.Fatal(err)
		}
	})
	path := filepath.Join(t.TempDir(), "config.txt")
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	p, err := gst.NewPipelineFromString(fmt.Sprintf("videotestsrc num-buffers=2 ! video/x-raw,width=64,height=48 "+
		"! nvvideoconvert ! video/x-raw(memory:NVMM),format=NV12 ! m.sink_0 nvstreammux name=m batch-size=1 "+
		"width=64 height=48 ! nvinfer config-file-path=%s ! fakesink", path))
	if err != nil {
		t.Fatal(err)
	}
	defer p.SetState(gst.StateNull)
	bus := p.GetPipelineBus()
	_ = p.SetState(gst.StatePlaying)
	msg := bus.TimedPopFiltered(gst.ClockTime(30*time.Second), gst.MessageEOS|gst.MessageError)
	if msg == nil {
		t.Fatal("neither EOS nor an error within 30 s")
	}
	if msg.Type() == gst.MessageError {
		gerr := msg.ParseError()
		return gerr.Error() + " (" + gerr.DebugString() + ")"
	}
	return ""
}

// Issue #10 item 11: the nvinfer stand-in accepted pre-cluster-threshold=nan
// (no object ever passes) and topk=-1, where every other bad value gets a
// precise error. Both are now refused like the rest, naming key and value.
func TestInferConfigNaNAndNegative(t *testing.T) {
	for _, c := range []struct{ content, want string }{
		{"[property]\n[class-attrs-all]\npre-cluster-threshold=nan\n", `pre-cluster-threshold: "nan" is not a finite number`},
		{"[property]\n[class-attrs-all]\ntopk=-1\n", "topk: -1 is not allowed (must be >= 0)"},
	} {
		got := inferConfigError(t, c.content)
		if !strings.Contains(got, "Configuration file parsing failed") || !strings.Contains(got, c.want) {
			t.Errorf("config %q: want an error naming %q, got %q", c.content, c.want, got)
		}
	}
	if got := inferConfigError(t, "[property]\n[class-attrs-all]\npre-cluster-threshold=0.4\ntopk=3\n"); got != "" {
		t.Errorf("a valid config failed: %s", got)
	}
}
