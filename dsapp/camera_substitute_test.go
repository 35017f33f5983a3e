package dsapp

import (
	"bytes"
	"context"
	"io"
	"sync"
	"testing"
	"time"

	"github.com/go-gst/go-gst/gst"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/scene"
)

func TestParseSceneCamera(t *testing.T) {
	_, ok, err := ParseSceneCamera("/dev/video0")
	assert.False(t, ok)
	assert.NoError(t, err)

	cfg, ok, err := ParseSceneCamera("scene:")
	require.NoError(t, err)
	assert.True(t, ok)
	assert.Equal(t, scene.DefaultConfig(), cfg)

	cfg, _, err = ParseSceneCamera("scene:seed=7,frames=90,width=1280,height=720,fps=15,people=9")
	require.NoError(t, err)
	want := scene.DefaultConfig()
	want.Seed, want.Frames, want.Width, want.Height, want.FPS, want.People = 7, 90, 1280, 720, 15, 9
	assert.Equal(t, want, cfg)

	for spec, msg := range map[string]string{
		"scene:frames=x":  `option "frames=x": want key=<integer>`,
		"scene:frames":    `option "frames": want key=<integer>`,
		"scene:colour=1":  `unknown option "colour"`,
		"scene:width=63":  "out of range",
		"scene:frames=-1": "must be positive",
	} {
		_, ok, err := ParseSceneCamera(spec)
		assert.True(t, ok, spec)
		assert.ErrorContains(t, err, msg, spec)
		assert.ErrorContains(t, err, `substitute camera "`+spec+`"`)
	}
}

// The substitute camera is live, gives the scene's frames in order as
// RGBA at the scene's size, paced at its frame rate, then end-of-stream.
func TestSceneCameraPlays(t *testing.T) {
	gst.Init(nil)
	cfg := scene.DefaultConfig()
	cfg.Seed, cfg.Frames, cfg.Width, cfg.Height, cfg.FPS = 11, 12, 160, 96, 30
	cam, err := NewSceneCamera("cam", cfg)
	require.NoError(t, err)
	pipeline, err := gst.NewPipeline("")
	require.NoError(t, err)
	sink, err := gst.NewElement("fakesink")
	require.NoError(t, err)
	require.NoError(t, pipeline.AddMany(cam, sink))
	require.NoError(t, cam.Link(sink))

	var mu sync.Mutex
	var frames [][]byte
	var caps string
	sink.GetStaticPad("sink").AddProbe(gst.PadProbeTypeBuffer, func(p *gst.Pad, info *gst.PadProbeInfo) gst.PadProbeReturn {
		mu.Lock()
		defer mu.Unlock()
		frames = append(frames, bytes.Clone(info.GetBuffer().Bytes()))
		if caps == "" {
			caps = p.GetCurrentCaps().String()
		}
		return gst.PadProbeOK
	})
	start := time.Now()
	require.NoError(t, Run(context.Background(), pipeline, WithOutput(io.Discard, io.Discard)))
	elapsed := time.Since(start)

	sc := scene.Generate(cfg)
	require.Len(t, frames, cfg.Frames)
	for i, f := range frames {
		assert.True(t, bytes.Equal(sc.Frame(i).Pix, f), "frame %d is the scene's", i)
	}
	assert.Contains(t, caps, "format=(string)RGBA, width=(int)160, height=(int)96, framerate=(fraction)30/1")
	// Paced, not pushed as fast as possible: the last frame comes no
	// earlier than its time.
	assert.GreaterOrEqual(t, elapsed, time.Duration(cfg.Frames-1)*time.Second/time.Duration(cfg.FPS))
	isLive, err := cam.GetProperty("is-live")
	require.NoError(t, err)
	assert.Equal(t, true, isLive)
}

func TestNewSceneCameraBadConfig(t *testing.T) {
	gst.Init(nil)
	cfg := scene.DefaultConfig()
	cfg.Width = 3
	_, err := NewSceneCamera("cam", cfg)
	assert.ErrorContains(t, err, "out of range")
}
