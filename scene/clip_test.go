package scene

import (
	"bytes"
	"context"
	"image"
	"image/draw"
	"image/jpeg"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// needGst skips the test when gst-launch-1.0 is missing; with it present, a
// missing element is a failure.
func needGst(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("gst-launch-1.0"); err != nil {
		t.Skip("gst-launch-1.0 not installed; run `make setup`")
	}
	require.NoError(t, CheckEncoder())
}

// decodeH264 decodes an H.264 elementary stream to raw RGBA frames.
func decodeH264(t *testing.T, path string, w, h int) []*image.RGBA {
	t.Helper()
	raw := filepath.Join(t.TempDir(), "decoded.rgba")
	out, err := exec.Command("gst-launch-1.0", "-q", "filesrc", "location="+path, "!", "h264parse", "!",
		"avdec_h264", "!", "videoconvert", "!", "video/x-raw,format=RGBA", "!", "filesink", "location="+raw).CombinedOutput()
	require.NoError(t, err, "%s", out)
	b, err := os.ReadFile(raw)
	require.NoError(t, err)
	size := w * h * 4
	require.Zero(t, len(b)%size, "decoded size %d is not a whole number of %dx%d frames", len(b), w, h)
	var frames []*image.RGBA
	for off := 0; off < len(b); off += size {
		frames = append(frames, &image.RGBA{Pix: b[off : off+size], Stride: w * 4, Rect: image.Rect(0, 0, w, h)})
	}
	return frames
}

// checkLossy checks a decoded frame against the rendered one and its truth:
// close in colour on average, objects still classify as their colour, and
// background far from objects still classifies as background.
func checkLossy(t *testing.T, what string, got, want *image.RGBA, tr FrameTruth) {
	t.Helper()
	W, H := want.Rect.Dx(), want.Rect.Dy()
	var diff int64
	for i := range want.Pix {
		d := int64(got.Pix[i]) - int64(want.Pix[i])
		diff += max(d, -d)
	}
	mean := float64(diff) / float64(len(want.Pix))
	assert.Less(t, mean, 6.0, "%s frame %d: mean absolute difference", what, tr.Frame)

	near := func(x, y int) bool {
		for _, o := range tr.Objects {
			b := o.Box
			if x >= b.Left-3 && x < b.Left+b.Width+3 && y >= b.Top-3 && y < b.Top+b.Height+3 {
				return true
			}
		}
		return false
	}
	bgTotal, bgWrong := 0, 0
	for y := 0; y < H; y += 2 {
		for x := 0; x < W; x += 2 {
			if near(x, y) {
				continue
			}
			p := got.PixOffset(x, y)
			bgTotal++
			if Classify(got.Pix[p], got.Pix[p+1], got.Pix[p+2]) >= 0 {
				bgWrong++
			}
		}
	}
	// Chroma subsampling and block transforms bleed colour a few pixels
	// beyond an object's edge: allow the odd stray pixel (a detector drops
	// such specks by size).
	assert.LessOrEqual(t, bgWrong, bgTotal/500, "%s frame %d: %d of %d background pixels classify as objects", what, tr.Frame, bgWrong, bgTotal)

	for _, o := range tr.Objects {
		vb := o.VisibleBox
		if o.Visible < 0.6 || vb.Width < 8 || vb.Height < 8 {
			continue
		}
		want := ColorByName(o.Color)
		n, hit := 0, 0
		for y := vb.Top + 2; y < vb.Top+vb.Height-2; y++ {
			for x := vb.Left + 2; x < vb.Left+vb.Width-2; x++ {
				p := got.PixOffset(x, y)
				n++
				if Classify(got.Pix[p], got.Pix[p+1], got.Pix[p+2]) == want {
					hit++
				}
			}
		}
		assert.Greater(t, float64(hit), 0.6*float64(n), "%s frame %d: %s %s %d: %d of %d pixels keep their colour",
			what, tr.Frame, o.Color, o.Class, o.TrackID, hit, n)
	}
}

func TestWriteClipEncodes(t *testing.T) {
	needGst(t)
	cfg := Config{Seed: 11, Width: 320, Height: 180, Frames: 8, FPS: 10, Vehicles: 6, TwoWheelers: 2, People: 4, Signs: 2}
	s := Generate(cfg)
	dir := t.TempDir()
	c, err := WriteClip(context.Background(), s, dir, ClipOptions{H264: true, JPEG: true, MJPEG: true})
	require.NoError(t, err)
	assert.Equal(t, filepath.Join(dir, H264Name), c.H264)
	assert.Positive(t, c.Tracks)
	assert.Positive(t, c.Boxes)

	// H.264: every frame decodes, at the right size, close to the render.
	dec := decodeH264(t, c.H264, cfg.Width, cfg.Height)
	require.Len(t, dec, cfg.Frames)
	head, err := os.ReadFile(c.H264)
	require.NoError(t, err)
	assert.Equal(t, []byte{0, 0, 0, 1}, head[:4], "Annex B start code")
	for i, got := range dec {
		checkLossy(t, "h264", got, s.Frame(i), s.Truth(i))
	}

	// JPEG frames and the MJPEG stream.
	mj, err := os.ReadFile(c.MJPEG)
	require.NoError(t, err)
	assert.Equal(t, cfg.Frames, bytes.Count(mj, []byte{0xFF, 0xD8, 0xFF}), "JPEG frames in the MJPEG stream")
	for i := range cfg.Frames {
		b, err := os.ReadFile(filepath.Join(c.Frames, "0000"+string(rune('0'+i))+".jpg"))
		require.NoError(t, err)
		assert.True(t, bytes.HasPrefix(mj[bytes.Index(mj, b):], b), "frame %d in the MJPEG stream", i)
		img, err := jpeg.Decode(bytes.NewReader(b))
		require.NoError(t, err)
		rgba := image.NewRGBA(img.Bounds())
		draw.Draw(rgba, rgba.Rect, img, image.Point{}, draw.Src)
		checkLossy(t, "jpeg", rgba, s.Frame(i), s.Truth(i))
	}
	out, err := exec.Command("gst-launch-1.0", "-q", "filesrc", "location="+c.MJPEG, "!", "jpegparse", "!", "jpegdec", "!", "fakesink").CombinedOutput()
	assert.NoError(t, err, "%s", out)

	// truth.json holds every frame's truth.
	tr, err := ReadTruth(c.Truth)
	require.NoError(t, err)
	assert.Equal(t, cfg, tr.Config)
	assert.Equal(t, ClassNames[:], tr.Classes)
	require.Len(t, tr.Frames, cfg.Frames)
	for i, f := range tr.Frames {
		assert.Equal(t, s.Truth(i), f)
	}
}

func TestWriteClipWithoutEncoder(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	err := CheckEncoder()
	require.ErrorIs(t, err, ErrNoEncoder)
	assert.Contains(t, err.Error(), "make setup")
	_, err = WriteClip(context.Background(), Generate(small(1)), t.TempDir(), ClipOptions{H264: true})
	assert.ErrorIs(t, err, ErrNoEncoder)

	// JPEG only needs no GStreamer.
	cfg := small(1)
	cfg.Frames = 3
	dir := t.TempDir()
	c, err := WriteClip(context.Background(), Generate(cfg), dir, ClipOptions{JPEG: true})
	require.NoError(t, err)
	assert.Empty(t, c.H264)
	assert.Empty(t, c.MJPEG)
	names, err := filepath.Glob(filepath.Join(dir, FramesDir, "*.jpg"))
	require.NoError(t, err)
	assert.Equal(t, []string{
		filepath.Join(dir, FramesDir, "00000.jpg"), filepath.Join(dir, FramesDir, "00001.jpg"),
		filepath.Join(dir, FramesDir, "00002.jpg"),
	}, names)
}

func TestWriteClipCancelled(t *testing.T) {
	needGst(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := WriteClip(ctx, Generate(small(1)), t.TempDir(), ClipOptions{H264: true})
	assert.Error(t, err)
}

func TestReadTruthErrors(t *testing.T) {
	dir := t.TempDir()
	_, err := ReadTruth(filepath.Join(dir, "missing.json"))
	assert.Error(t, err)
	p := filepath.Join(dir, "bad.json")
	require.NoError(t, os.WriteFile(p, []byte("{"), 0o644))
	_, err = ReadTruth(p)
	assert.Error(t, err)
	require.NoError(t, os.WriteFile(p, []byte(`{"version": 999}`), 0o644))
	_, err = ReadTruth(p)
	assert.ErrorContains(t, err, "version 999")
}

func TestCachedClip(t *testing.T) {
	needGst(t)
	root := t.TempDir()
	cfg := Config{Seed: 5, Width: 160, Height: 96, Frames: 4, FPS: 10, Vehicles: 2, People: 1, Signs: 1}
	var wg sync.WaitGroup
	paths := make([]string, 3)
	errs := make([]error, 3)
	for i := range paths {
		wg.Add(1)
		go func() { defer wg.Done(); paths[i], errs[i] = CachedClip(root, cfg) }()
	}
	wg.Wait()
	for i := range paths {
		require.NoError(t, errs[i])
		assert.Equal(t, filepath.Join(root, "scene-"+cfg.Key(), H264Name), paths[i])
	}
	st, err := os.Stat(paths[0])
	require.NoError(t, err)
	p, err := CachedClip(root, cfg) // cached: not rewritten
	require.NoError(t, err)
	st2, err := os.Stat(p)
	require.NoError(t, err)
	assert.Equal(t, st.ModTime(), st2.ModTime())
	for _, name := range []string{TruthName, MJPEGName, filepath.Join(FramesDir, "00003.jpg")} {
		assert.FileExists(t, filepath.Join(filepath.Dir(p), name))
	}
	left, err := filepath.Glob(filepath.Join(root, ".tmp-*"))
	require.NoError(t, err)
	assert.Empty(t, left, "temporary folders left behind")
	_, err = CachedClip(root, Config{Width: 3})
	assert.Error(t, err)
}

func TestDefaultClip(t *testing.T) {
	needGst(t)
	p, err := DefaultClip("") // the shared cache in build/clips
	require.NoError(t, err)
	root, err := defaultCacheDir()
	require.NoError(t, err)
	assert.Equal(t, filepath.Join(root, "scene-"+DefaultConfig().Key(), H264Name), p)
	assert.FileExists(t, p)
	tr, err := ReadTruth(filepath.Join(filepath.Dir(p), TruthName))
	require.NoError(t, err)
	assert.Len(t, tr.Frames, DefaultConfig().Frames)
	assert.Equal(t, DefaultConfig(), tr.Config)
}
