package dsapp

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/go-gst/go-gst/gst"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/scene"
	"github.com/go-deepstream/go-deepstream/standin"
)

func TestPyFloat(t *testing.T) {
	for v, want := range map[float64]string{0: "0.0", 30: "30.0", 29.97: "29.97", 12.5: "12.5"} {
		assert.Equal(t, want, PyFloat(v))
	}
}

// FPS: the first update arms the clock, later ones count; Get rounds to
// two decimals and starts a new period.
func TestFPS(t *testing.T) {
	now := time.Unix(100, 0)
	f := &FPS{now: func() time.Time { return now }}
	assert.Equal(t, 0.0, f.Get(), "nothing counted")
	f.Update() // arms
	for i := 0; i < 30; i++ {
		f.Update()
	}
	now = now.Add(1500 * time.Millisecond)
	assert.Equal(t, 20.0, f.Get())
	now = now.Add(3 * time.Second)
	f.Update()
	assert.Equal(t, 0.33, f.Get())
}

func TestPerfLine(t *testing.T) {
	p := NewPerfData(2)
	now := time.Unix(0, 0)
	for i := range p.streams {
		p.streams[i].now = func() time.Time { return now }
	}
	for i := 0; i < 11; i++ {
		p.Update(0)
	}
	p.Update(1)
	p.Update(7) // ignored
	now = now.Add(2 * time.Second)
	assert.Equal(t, "**PERF:  {'stream0': 5.0, 'stream1': 0.0}", p.Line())

	var out bytes.Buffer
	Stdout = &out
	defer func() { Stdout = os.Stdout }()
	p.Print()
	assert.Equal(t, "\n**PERF:  {'stream0': 0.0, 'stream1': 0.0} \n\n", out.String())
}

func TestPlatformFromFiles(t *testing.T) {
	root := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(root, "proc/driver/nvidia/gpus/0000:01:00.0"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(root, "proc/version"), []byte("Linux version 5.15 microsoft-standard-WSL2"), 0o644))
	var out bytes.Buffer
	Stdout = &out
	defer func() { Stdout = os.Stdout }()

	p := &Platform{root: root}
	assert.False(t, p.IsIntegratedGPU())
	assert.False(t, p.IsIntegratedGPU(), "asked twice, printed once")
	assert.True(t, p.HasDiscreteGPU())
	assert.True(t, p.IsWSL())
	assert.Equal(t, "Is it Integrated GPU? : False\n", out.String())

	jetson := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(jetson, "etc"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(jetson, "etc/nv_tegra_release"), []byte("# R36"), 0o644))
	p = &Platform{root: jetson}
	assert.True(t, p.IsIntegratedGPU())
	assert.False(t, p.HasDiscreteGPU())
}

func TestURI(t *testing.T) {
	u, err := URI("rtsp://cam/1")
	require.NoError(t, err)
	assert.Equal(t, "rtsp://cam/1", u)
	u, err = URI("/data/a b.h264")
	require.NoError(t, err)
	assert.Equal(t, "file:///data/a%20b.h264", u)
}

func TestWriteConfigs(t *testing.T) {
	set, other := "embedded", "sdk"
	if !Embedded() {
		set, other = other, set
	}
	assert.Equal(t, set, ConfigSet())
	c, err := WriteConfigs(fstest.MapFS{
		"configs/" + set + "/a.txt":     {Data: []byte("[property]\n")},
		"configs/" + set + "/sub/b.txt": {Data: []byte("b")},
		"configs/" + other + "/c.txt":   {Data: []byte("c")},
	})
	require.NoError(t, err)
	b, err := os.ReadFile(c.Path("sub/b.txt"))
	require.NoError(t, err)
	assert.Equal(t, "b", string(b))
	assert.NoFileExists(t, c.Path("c.txt"))
	require.NoError(t, c.Close())
	assert.NoDirExists(t, c.Dir)

	_, err = WriteConfigs(fstest.MapFS{"configs/" + other + "/c.txt": {Data: []byte("c")}})
	assert.ErrorContains(t, err, "configs/"+set)
}

func TestBuilderKeepsFirstError(t *testing.T) {
	gst.Init(nil)
	p, err := gst.NewPipeline("")
	require.NoError(t, err)
	b := NewBuilder(p.Bin)
	src := b.Make("fakesrc", "src")
	require.NotNil(t, src)
	b.Set(src, "num-buffers", 3, "is-live", true)
	require.NoError(t, b.Err())
	b.Set(src, "no-such-property", 1)
	require.ErrorContains(t, b.Err(), `property "no-such-property" = 1 (int): no such property`)
	assert.Nil(t, b.Make("fakesink", "sink"), "steps after an error do nothing")

	b = NewBuilder(p.Bin)
	assert.Nil(t, b.Make("no-such-factory", "x"))
	assert.ErrorContains(t, b.Err(), `unable to create no-such-factory "x"`)
}

func TestFileSinkKinds(t *testing.T) {
	gst.Init(nil)
	require.NoError(t, standin.Register())
	for _, path := range []string{"out.mp4", "f%05d.png", "f%03d.jpg"} {
		bin, err := FileSink("sink", path)
		require.NoError(t, err, path)
		assert.Equal(t, "sink", bin.GetName())
	}
	_, err := FileSink("sink", "out.avi")
	assert.Error(t, err)
}

// Two source bins on the default clip: uridecodebin picks the (stand-in)
// NVIDIA decoder, the ghost pads get NVMM video, and nvstreammux batches
// both streams until their end.
func TestSourceBins(t *testing.T) {
	gst.Init(nil)
	require.NoError(t, standin.Register())
	clip, err := scene.DefaultClip("")
	require.NoError(t, err)
	uri, err := URI(clip)
	require.NoError(t, err)

	var out bytes.Buffer
	Stdout = &syncWriter{w: &out}
	defer func() { Stdout = os.Stdout }()

	p, err := gst.NewPipeline("")
	require.NoError(t, err)
	b := NewBuilder(p.Bin)
	mux := b.Make("nvstreammux", "mux")
	b.Set(mux, "batch-size", 2, "width", 320, "height", 180, "batched-push-timeout", 33000)
	sink := b.Make("fakesink", "sink")
	b.Link(mux, sink)
	for i := 0; i < 2; i++ {
		src, err := NewSourceBin(i, uri, SourceBinOptions{})
		require.NoError(t, err)
		assert.Equal(t, fmt.Sprintf("source-bin-%02d", i), src.GetName())
		b.Add(src.Element)
		b.LinkPads(b.StaticPad(src.Element, "src"), b.RequestPad(mux, fmt.Sprintf("sink_%d", i)))
	}
	require.NoError(t, b.Err())
	require.NoError(t, Run(context.Background(), p))
	assert.Contains(t, out.String(), "features= memory:NVMM")
	assert.Contains(t, out.String(), "Creating source bin\nsource-bin-01\n")
	assert.Contains(t, out.String(), "Decodebin child added: source \n\n", "Python's print(..., name, \"\\n\")")
	assert.Contains(t, out.String(), "In cb_newpad\n\ngstname= video/x-raw\nfeatures= memory:NVMM\n")
	assert.Contains(t, out.String(), "End-of-stream")
}

type syncWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (s *syncWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}
