package main

import (
	"fmt"
	"image"
	"image/jpeg"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/samples/internal/samplestest"
)

var bin string

func TestMain(m *testing.M) { os.Exit(samplestest.Main(m, &bin)) }

const clipFrames = 31 // frames 0 and 30 of each stream are considered

// With a confidence band the stand-in's detections fall in, frames 0 and
// 30 of each stream are saved, annotated with a box on a detected object.
func TestSavedFrames(t *testing.T) {
	clip, truth := samplestest.ShortClip(t, clipFrames)
	out := filepath.Join(t.TempDir(), "out")
	res := samplestest.Run(t, bin, "", nil, "-min-confidence", "0.5", "-max-confidence", "1", clip, "file://"+clip, out)
	require.Equal(t, 0, res.Code, "stderr:\n%s", res.Stderr)
	samplestest.MatchStdout(t, res.Stdout, pythonStdout(out, clip, "file://"+clip))

	lines := res.Lines("Frame Number= ")
	require.Len(t, lines, 2*clipFrames, samplestest.Tail(res.Stdout))
	var counts []samplestest.Counts
	for _, l := range lines {
		c, err := samplestest.ParseCounts(l)
		require.NoError(t, err)
		counts = append(counts, c)
	}
	samplestest.CheckCounts(t, counts, truth, true)

	files, err := filepath.Glob(filepath.Join(out, "stream_*", "*.jpg"))
	require.NoError(t, err)
	sort.Strings(files)
	var want []string
	for s := 0; s < 2; s++ {
		for _, f := range []int{0, 30} {
			want = append(want, filepath.Join(out, fmt.Sprintf("stream_%d", s), fmt.Sprintf("frame_%d.jpg", f)))
		}
	}
	sort.Strings(want)
	require.Equal(t, want, files)

	for _, path := range files {
		img := decode(t, path)
		require.Equal(t, image.Rect(0, 0, 1920, 1080), img.Bounds(), "the muxer's size")
		frame := 0
		if filepath.Base(path) == "frame_30.jpg" {
			frame = 30
		}
		// The annotation is drawn on one detected object: its top line
		// (shortened by 5 % at each end) lies on a truth object's top edge.
		sx := 1920 / truth.Config.Width
		found := false
		for _, o := range truth.Frames[frame].Objects {
			if !samplestest.Relevant(o, truth.Config.Width, truth.Config.Height) {
				continue
			}
			b := o.VisibleBox
			x0, x1 := b.Left*sx, (b.Left+b.Width)*sx
			m := (x1 - x0) / 8
			if hasDrawnRow(img, x0+m, x1-m, b.Top*sx-10, b.Top*sx+10) {
				found = true
			}
		}
		assert.True(t, found, "%s: no drawn box on a truth object", path)
	}
}

// pythonStdout is what deepstream_imagedata-multistream.py prints for
// two sources on a machine with neither an integrated GPU nor WSL, with the
// fakesink's line where it prints "Creating EGLSink \n".
func pythonStdout(folder, src1, src2 string) []samplestest.Line {
	return samplestest.Lines(
		samplestest.Lit("Frames will be saved in  "+folder),
		samplestest.Py("Creating Pipeline \n ", "Creating streamux \n "),
		samplestest.Py("Creating source_bin  0  \n ", "Creating source bin", "source-bin-00"),
		samplestest.Py("Creating source_bin  1  \n ", "Creating source bin", "source-bin-01"),
		samplestest.Py("Creating Pgie \n ", "Creating nvvidconv1 \n ", "Creating filter1 \n ", "Creating tiler \n ", "Creating nvvidconv \n ", "Creating nvosd \n "),
		samplestest.Lit("Is it Integrated GPU? : False"),
		samplestest.Py("Creating Fakesink \n"),
		samplestest.Py("WARNING: Overriding infer-config batch-size 1  with number of sources  2  \n"),
		samplestest.Py("Adding elements to Pipeline \n", "Linking elements in the Pipeline \n"),
		samplestest.Py("Now playing...", "1 :  "+src1, "2 :  "+src2, "Starting pipeline \n"),
		samplestest.Pattern(`Decodebin child added: \S+ |In cb_newpad|gstname= \S+|features= \S+||`+
			`Frame Number= \d+ Number of Objects= \d+ Vehicle_count= \d+ Person_count= \d+|\*\*PERF:  \{.*\} `, 2*clipFrames, -1),
		samplestest.Py("End-of-stream", "Exiting app\n"),
	)
}

// hasDrawnRow reports whether a row between y0 and y1 is, over 90 % of
// x0..x1, the pure blue the probe draws.
func hasDrawnRow(img image.Image, x0, x1, y0, y1 int) bool {
	for y := y0; y <= y1; y++ {
		n := 0
		for x := x0; x < x1; x++ {
			r, g, b, _ := img.At(x, y).RGBA()
			if r>>8 < 40 && g>>8 < 40 && b>>8 > 215 {
				n++
			}
		}
		if n*10 >= 9*(x1-x0) {
			return true
		}
	}
	return false
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

// The Python sample's band (0.3, 0.4) holds no detection of the stand-in
// (its confidences are 0.5 to 1): nothing is saved. With only the folder
// given, the default clip plays.
func TestDefaultBandAndClip(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	res := samplestest.Run(t, bin, "", nil, out)
	require.Equal(t, 0, res.Code, "stderr:\n%s", res.Stderr)
	assert.Contains(t, res.Stderr, "No input given")
	assert.Len(t, res.Lines("Frame Number= "), 60)
	files, err := filepath.Glob(filepath.Join(out, "stream_0", "*"))
	require.NoError(t, err)
	assert.Empty(t, files)
}

func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	res := samplestest.Run(t, bin, "", nil, "file:///nonexistent.h264", filepath.Join(dir, "out"))
	assert.NotEqual(t, 0, res.Code)
	assert.Contains(t, res.Stderr, "Error: ")

	res = samplestest.Run(t, bin, "", nil, "file:///nonexistent.h264", dir)
	assert.NotEqual(t, 0, res.Code)
	assert.Contains(t, res.Stderr, "already exists. Please remove it first.")

	res = samplestest.Run(t, bin, "", nil)
	assert.Equal(t, 1, res.Code)
	assert.Contains(t, res.Stderr, "usage:")
}
