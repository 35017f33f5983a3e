//go:build !deepstream

package standin_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// moduleRoot is the folder of go.mod above the working directory.
func moduleRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	require.NoError(t, err)
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		require.NotEqual(t, parent, dir, "no go.mod above the working directory")
		dir = parent
	}
}

// The plugin file (make plugin) runs deepstream-test1's pipeline string in
// gst-launch-1.0: 60 RGBA frames come out with the detector's red boxes
// drawn by nvdsosd.
func TestPluginFileWithGstLaunch(t *testing.T) {
	launch, err := exec.LookPath("gst-launch-1.0")
	if err != nil {
		t.Skip("gst-launch-1.0 is not installed")
	}
	root := moduleRoot(t)
	build := exec.Command("make", "-s", "plugin")
	build.Dir = root
	out, err := build.CombinedOutput()
	require.NoError(t, err, "make plugin: %s", out)

	clip, truth := defaultClip(t)
	tmp := t.TempDir()
	raw := filepath.Join(tmp, "out.rgba")
	desc := "filesrc location=" + clip + " ! h264parse ! nvv4l2decoder ! m.sink_0 " +
		"nvstreammux name=m batch-size=1 width=640 height=360 batched-push-timeout=33000 " +
		"! nvinfer config-file-path=" + testdata(t, "pgie_config.txt") + " ! nvvideoconvert ! nvdsosd " +
		"! nvvideoconvert ! video/x-raw,format=RGBA ! filesink location=" + raw
	cmd := exec.Command(launch, append([]string{"-m"}, strings.Fields(desc)...)...)
	cmd.Env = append(os.Environ(),
		"GST_PLUGIN_PATH="+filepath.Join(root, "build", "plugin"),
		"GST_REGISTRY="+filepath.Join(tmp, "registry.bin"))
	out, err = cmd.CombinedOutput()
	require.NoError(t, err, "%s", out)
	assert.Contains(t, string(out), "stream-eos, stream-id=(uint)0")
	assert.Contains(t, string(out), "Got EOS from element")

	data, err := os.ReadFile(raw)
	require.NoError(t, err)
	size := 640 * 360 * 4
	require.Len(t, data, len(truth.Frames)*size)
	for _, f := range []int{0, 30, 59} {
		frame := data[f*size : (f+1)*size]
		red := bytes.Count(frame, []byte{255, 0, 0, 255})
		assert.Greater(t, red, 1000, "frame %d: pixels of red boxes", f)
	}
}
