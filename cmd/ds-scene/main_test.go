package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/go-deepstream/go-deepstream/scene"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func runCmd(args ...string) (int, string, string) {
	var out, errOut bytes.Buffer
	rc := run(context.Background(), args, &out, &errOut)
	return rc, out.String(), errOut.String()
}

func TestWritesClip(t *testing.T) {
	if _, err := exec.LookPath("gst-launch-1.0"); err != nil {
		t.Skip("gst-launch-1.0 not installed; run `make setup`")
	}
	dir := t.TempDir()
	rc, out, errOut := runCmd("-out", dir, "-seed", "4", "-width", "160", "-height", "96",
		"-frames", "5", "-fps", "10", "-jpeg", "-mjpeg")
	require.Equal(t, 0, rc, errOut)
	assert.Empty(t, errOut)
	assert.Regexp(t, `^ds-scene: wrote .*scene\.h264 .*frames .*scene\.mjpeg .*truth\.json: 160x96, 5 frames at 10 fps, seed 4, \d+ tracks, \d+ boxes, in [0-9.]+s\n$`, out)
	for _, name := range []string{scene.H264Name, scene.MJPEGName, "frames/00004.jpg"} {
		assert.FileExists(t, filepath.Join(dir, name))
	}
	tr, err := scene.ReadTruth(filepath.Join(dir, scene.TruthName))
	require.NoError(t, err)
	assert.Len(t, tr.Frames, 5)
	assert.Equal(t, int64(4), tr.Config.Seed)
	want := scene.Generate(tr.Config).Truth(4)
	assert.Equal(t, want, tr.Frames[4])
}

func TestNoH264(t *testing.T) {
	t.Setenv("PATH", t.TempDir()) // no GStreamer needed
	dir := t.TempDir()
	rc, out, errOut := runCmd("-out", dir, "-h264=false", "-jpeg", "-frames", "2", "-width", "128", "-height", "72")
	require.Equal(t, 0, rc, errOut)
	assert.Contains(t, out, "2 frames at 30 fps")
	assert.NoFileExists(t, filepath.Join(dir, scene.H264Name))
	assert.FileExists(t, filepath.Join(dir, "frames", "00001.jpg"))
	assert.FileExists(t, filepath.Join(dir, scene.TruthName))
}

func TestMissingEncoder(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	dir := filepath.Join(t.TempDir(), "clip")
	rc, out, errOut := runCmd("-out", dir)
	assert.Equal(t, 1, rc)
	assert.Empty(t, out)
	assert.Contains(t, errOut, "gst-launch-1.0 not found")
	assert.Contains(t, errOut, "make setup")
	_, err := os.Stat(dir)
	assert.True(t, os.IsNotExist(err), "nothing written")
}

func TestBadArguments(t *testing.T) {
	for _, args := range [][]string{
		{},                                    // no -out
		{"-out", "x", "extra"},                // positional argument
		{"-nosuchflag"},                       // unknown flag
		{"-out", "x", "-width", "notanumber"}, // bad value
	} {
		rc, out, errOut := runCmd(args...)
		assert.Equal(t, 2, rc, "%q", args)
		assert.Empty(t, out)
		assert.Contains(t, errOut, "usage: ds-scene", "%q", args)
	}
	for _, args := range [][]string{
		{"-out", "x", "-width", "321"},
		{"-out", "x", "-frames", "-3"},
		{"-out", "x", "-quality", "0"},
	} {
		rc, out, errOut := runCmd(args...)
		assert.Equal(t, 1, rc, "%q", args)
		assert.Empty(t, out)
		assert.Regexp(t, `^ds-scene: `, errOut)
		assert.NotContains(t, errOut, "scene: invalid config: scene:")
	}
	rc, _, errOut := runCmd("-h")
	assert.Equal(t, 0, rc)
	assert.Contains(t, errOut, "-seed")
}
