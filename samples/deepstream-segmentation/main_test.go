package main

import (
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/samples/internal/samplestest"
	"github.com/go-deepstream/go-deepstream/scene"
)

var bin string

func TestMain(m *testing.M) { os.Exit(samplestest.Main(m, &bin)) }

const clipFrames = 8

// The semantic config on the clip's MJPEG: one mask per frame, and at the
// centre of every (nearly) unoccluded object the mask holds 1 + its class;
// road signs, a class the network does not output, are background.
func TestSemanticMasks(t *testing.T) {
	clip, truth := samplestest.ShortClip(t, clipFrames)
	mjpeg := filepath.Join(filepath.Dir(clip), scene.MJPEGName)
	out := filepath.Join(t.TempDir(), "out")
	res := samplestest.Run(t, bin, "", nil, "dstest_segmentation_config_semantic.txt", mjpeg, out)
	require.Equal(t, 0, res.Code, "stderr:\n%s", res.Stderr)
	// What deepstream_segmentation.py prints (no integrated GPU), with the
	// fakesink's line where it prints "Creating EGLSink \n".
	samplestest.MatchStdout(t, res.Stdout, samplestest.Lines(
		samplestest.Py("Creating Pipeline \n ", "Creating Source \n ", "Creating jpegParser \n", "Creating Decoder \n"),
		samplestest.Lit("Is it Integrated GPU? : False"),
		samplestest.Py("Creating Fakesink \n", "Playing file "+mjpeg+" "),
		samplestest.Py("Adding elements to Pipeline \n", "Linking elements in the Pipeline \n", "Now playing...", "1 :  "+mjpeg, "Starting pipeline \n"),
		samplestest.Lit("End-of-stream"),
	))

	checked, right := 0, 0
	for f := 0; f < clipFrames; f++ {
		mask := decode(t, filepath.Join(out, fmt.Sprintf("%d.jpg", f)))
		require.Equal(t, image.Rect(0, 0, 512, 512), mask.Bounds(), "the model's grid")
		sx := 512 / float64(truth.Config.Width)
		sy := 512 / float64(truth.Config.Height)
		for _, o := range truth.Frames[f].Objects {
			if o.Visible < 0.95 || o.InFrame < 1 || !samplestest.Relevant(o, truth.Config.Width, truth.Config.Height) {
				continue
			}
			want := int(o.ClassID) + 1
			if o.ClassID == scene.RoadSign {
				want = 0
			}
			// The body's centre, a little below the box centre (clear of a
			// person's head or a vehicle's window band edges).
			b := o.VisibleBox
			x := int((float64(b.Left) + float64(b.Width)/2) * sx)
			y := int((float64(b.Top) + float64(b.Height)*0.6) * sy)
			checked++
			if got := nearestClass(mask.At(x, y)); got == want {
				right++
			} else {
				t.Logf("frame %d track %d %s: class %d at (%d,%d), want %d", f, o.TrackID, o.Class, got, x, y, want)
			}
		}
	}
	require.Greater(t, checked, 10)
	assert.GreaterOrEqual(t, float64(right), 0.9*float64(checked), "%d of %d objects with the right class", right, checked)
}

// nearestClass returns the palette index nearest to c.
func nearestClass(c color.Color) int {
	r, g, b, _ := c.RGBA()
	best, bestD := -1, 1<<62
	for i, p := range Palette {
		dr, dg, db := int(r>>8)-int(p.R), int(g>>8)-int(p.G), int(b>>8)-int(p.B)
		if d := dr*dr + dg*dg + db*db; d < bestD {
			best, bestD = i, d
		}
	}
	return best
}

func decode(t *testing.T, path string) image.Image {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	img, err := jpeg.Decode(f)
	require.NoError(t, err)
	return img
}

// With only the output folder, the default clip's 60 frames are segmented
// with the built-in semantic config.
func TestDefaults(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	res := samplestest.Run(t, bin, "", nil, out)
	require.Equal(t, 0, res.Code, "stderr:\n%s", res.Stderr)
	files, err := filepath.Glob(filepath.Join(out, "*.jpg"))
	require.NoError(t, err)
	assert.Len(t, files, 60)
}

func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	clip, _ := samplestest.ShortClip(t, clipFrames)
	mjpeg := filepath.Join(filepath.Dir(clip), scene.MJPEGName)
	bad := filepath.Join(dir, "bad.txt")
	require.NoError(t, os.WriteFile(bad, []byte("[property]\nnetwork-type=two\n"), 0o644))

	for name, tc := range map[string]struct {
		args []string
		want string
	}{
		"usage":          {[]string{"a", "b"}, "usage:"},
		"missing input":  {[]string{"dstest_segmentation_config_semantic.txt", "/nonexistent.mjpeg", filepath.Join(dir, "o1")}, "no such file"},
		"missing config": {[]string{filepath.Join(dir, "none.txt"), mjpeg, filepath.Join(dir, "o2")}, "no built-in config"},
		"bad config":     {[]string{bad, mjpeg, filepath.Join(dir, "o3")}, "Configuration file parsing failed"},
		"folder exists":  {[]string{"dstest_segmentation_config_semantic.txt", mjpeg, dir}, "already exists"},
	} {
		t.Run(name, func(t *testing.T) {
			res := samplestest.Run(t, bin, "", nil, tc.args...)
			assert.NotEqual(t, 0, res.Code)
			assert.Contains(t, res.Stderr, tc.want)
		})
	}
}
