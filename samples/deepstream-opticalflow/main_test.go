package main

import (
	"fmt"
	"image"
	"image/jpeg"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/internal/testmain"
	"github.com/go-deepstream/go-deepstream/samples/internal/samplestest"
	"github.com/go-deepstream/go-deepstream/scene"
)

var bin string

func TestMain(m *testing.M) { os.Exit(samplestest.Main(m, &bin)) }

// streamingLines matches the lines the source bins print from the
// streaming threads (decodebin_child_added, cb_newpad) and the blank
// lines after them.
const streamingLines = `Decodebin child added: \S+ |In cb_newpad|gstname= \S+|features= \S+|`

// want is the Python app's stdout for the inputs, with frames frame lines.
func want(inputs []string, folder string, frames int) []samplestest.Line {
	lines := samplestest.Lines(samplestest.Py("Creating Pipeline \n ", "Creating streamux \n "))
	for i := range inputs {
		lines = append(lines, samplestest.Py(fmt.Sprintf("Creating source_bin  %d  \n ", i), "Creating source bin",
			fmt.Sprintf("source-bin-%02d", i))...)
	}
	lines = append(lines, samplestest.Py("Creating tiler \n ", "Creating nvvidconv \n ",
		"Creating nv optical flow visualisation element \n", "Creating queue \n ", "Creating queue \n",
		"Creating Queue \n", "Creating nvosd \n ", "Creating converter 2\n", "Creating capsfilter \n",
		"Creating Encoder \n", "Creating Code Parser \n", "Creating Container \n", "Creating File Sink \n",
		"Adding elements to Pipeline \n", "Linking elements in the Pipeline \n", "Now playing...")...)
	lines = append(lines, samplestest.Pattern(`0 :  \S+`, 1, 1)...)
	for i, in := range inputs {
		lines = append(lines, samplestest.Lit(fmt.Sprintf("%d :  %s", i+1, in))...)
	}
	lines = append(lines, samplestest.Lit(fmt.Sprintf("%d :  %s", len(inputs)+1, folder))...)
	lines = append(lines, samplestest.Py("Starting pipeline \n")...)
	lines = append(lines, samplestest.Pattern(streamingLines+`|Frame Number= \d+`, frames, -1)...)
	return append(lines, samplestest.Py("End-of-stream", "Exiting app\n")...)
}

var frameLine = regexp.MustCompile(`^Frame Number= (\d+)$`)

// One stream of a drawn scene: Python's stdout line for line, a Frame
// Number line per frame in order, a flow picture for every frame but the
// first (which has no previous frame) of the grid's size (1920x1080 / 4),
// white where nothing moves and coloured on moving vehicles, and out.mp4.
func TestOpticalFlow(t *testing.T) {
	testmain.Slow(t)
	cfg := samplestest.DrawScene(t, samplestest.SceneRange{
		Sizes:     [][2]int{{640, 360}, {960, 540}},
		Densities: []samplestest.Density{samplestest.DensityDefault, samplestest.DensityBusy},
		Frames:    []int{20, 30},
	})
	clip, truth := samplestest.TempClip(t, cfg)
	dir := t.TempDir()
	res := samplestest.Run(t, bin, dir, nil, clip, "flow")
	require.Equal(t, 0, res.Code, "stderr:\n%s", res.Stderr)
	samplestest.MatchStdout(t, res.Stdout, want([]string{clip}, "flow", cfg.Frames))

	var nums []int
	for _, l := range res.Lines("Frame Number=") {
		m := frameLine.FindStringSubmatch(l)
		require.NotNil(t, m, l)
		n, _ := strconv.Atoi(m[1])
		nums = append(nums, n)
	}
	require.Len(t, nums, cfg.Frames)
	for i, n := range nums {
		require.Equal(t, i, n, "frames in order")
	}

	folder := filepath.Join(dir, "flow", "stream_0")
	entries, err := os.ReadDir(folder)
	require.NoError(t, err)
	assert.Len(t, entries, cfg.Frames-1, "a picture per frame but the first")
	_, err = os.Stat(filepath.Join(folder, "frame_0.jpg"))
	assert.True(t, os.IsNotExist(err), "frame 0 has no flow")

	// Scene pixel (x, y) is grid cell (x*sx/4, y*sy/4) after the muxer's
	// scaling to 1920x1080.
	sx, sy := 1920.0/float64(cfg.Width), 1080.0/float64(cfg.Height)
	coloured, vehicles, white, static := 0, 0, 0, 0
	sc := scene.Generate(cfg)
	for f := 1; f < cfg.Frames; f++ {
		img := readJPEG(t, filepath.Join(folder, fmt.Sprintf("frame_%d.jpg", f)))
		require.Equal(t, image.Rect(0, 0, 480, 270), img.Bounds())
		for _, o := range truth.Frames[f].Objects {
			if o.ClassID != scene.Vehicle || o.Visible < 0.99 || o.InFrame < 0.99 {
				continue
			}
			vehicles++
			cx, cy := float64(o.Box.Left)+float64(o.Box.Width)/2, float64(o.Box.Top)+float64(o.Box.Height)/2
			r, g, b, _ := img.At(int(cx*sx/4), int(cy*sy/4)).RGBA()
			if min(r, g, b)>>8 < 160 {
				coloured++
			}
		}
		// Well away from anything that moves, in this frame and the last,
		// the flow is zero: white.
		cur, prev := sc.Frame(f), sc.Frame(f-1)
		for y := 4; y < cfg.Height; y += 16 {
			for x := 4; x < cfg.Width; x += 16 {
				if !still(cur, x, y, 12) || !still(prev, x, y, 12) {
					continue
				}
				static++
				r, g, b, _ := img.At(int(float64(x)*sx/4), int(float64(y)*sy/4)).RGBA()
				if min(r, g, b)>>8 > 220 {
					white++
				}
			}
		}
	}
	t.Logf("%d of %d vehicle centres coloured, %d of %d still samples white", coloured, vehicles, white, static)
	if vehicles == 0 {
		t.Logf("no fully visible vehicle in this clip: the colour check is left out")
		vehicles, coloured = 1, 1
	}
	// The wiring, not nvof's accuracy (TestOpticalFlowMatchesSceneMotion
	// in package standin measures that against the truth, cell by cell):
	// many moving vehicles show colour (a broken chain shows none). At
	// 640x360 the muxer's 3x upscale leaves uniform vehicle interiors the
	// stand-in cannot always fill: 58-83 % of centres on some drawn
	// seeds, 97-100 % at 960x540.
	assert.GreaterOrEqual(t, coloured*100, vehicles*40)
	assert.GreaterOrEqual(t, white*100, static*95)

	st, err := os.Stat(filepath.Join(dir, "out.mp4"))
	require.NoError(t, err)
	assert.Greater(t, st.Size(), int64(1000), "out.mp4 holds the encoded flow")
}

// still reports whether no pixel within margin of (x, y) has the colour of
// a moving object.
func still(img *image.RGBA, x, y, margin int) bool {
	for yy := max(0, y-margin); yy < min(img.Rect.Dy(), y+margin); yy++ {
		for xx := max(0, x-margin); xx < min(img.Rect.Dx(), x+margin); xx++ {
			i := img.PixOffset(xx, yy)
			if k := scene.Classify(img.Pix[i], img.Pix[i+1], img.Pix[i+2]); k >= 0 && scene.Palette[k].Class != scene.RoadSign {
				return false
			}
		}
	}
	return true
}

// Two streams: a Frame Number line per frame of each, pictures in
// stream_0 and stream_1.
func TestTwoStreams(t *testing.T) {
	testmain.Slow(t)
	clip, _ := samplestest.ShortClip(t, 15)
	dir := t.TempDir()
	res := samplestest.Run(t, bin, dir, nil, clip, "file://"+clip, "out")
	require.Equal(t, 0, res.Code, "stderr:\n%s", res.Stderr)
	samplestest.MatchStdout(t, res.Stdout, want([]string{clip, "file://" + clip}, "out", 2*15))
	assert.Len(t, res.Lines("Frame Number="), 2*15)
	for i := range 2 {
		entries, err := os.ReadDir(filepath.Join(dir, "out", fmt.Sprintf("stream_%d", i)))
		require.NoError(t, err)
		assert.Len(t, entries, 14, "stream %d", i)
	}
}

// The command line: too few arguments is the usage line and status 1; an
// existing output folder is refused and left alone.
func TestCommandLine(t *testing.T) {
	res := samplestest.Run(t, bin, "", nil)
	assert.Equal(t, 1, res.Code)
	assert.Regexp(t, `^usage: \S+ <uri1> \[uri2\] \.\.\. \[uriN\] <output_folder>\n$`, res.Stderr)

	dir := t.TempDir()
	require.NoError(t, os.Mkdir(filepath.Join(dir, "out"), 0o755))
	keep := filepath.Join(dir, "out", "keep")
	require.NoError(t, os.WriteFile(keep, []byte("x"), 0o644))
	res = samplestest.Run(t, bin, dir, nil, "file:///x.h264", "out")
	assert.Equal(t, 1, res.Code)
	assert.Equal(t, "The output folder out already exists. Please remove it first.\n", res.Stderr)
	assert.Empty(t, res.Stdout)
	_, err := os.Stat(keep)
	assert.NoError(t, err, "the existing folder is left alone")

	res = samplestest.Run(t, bin, "", nil, "/nonexistent/clip.h264", "out")
	assert.NotEqual(t, 0, res.Code)
	assert.Contains(t, res.Stderr, "rror")
}

func readJPEG(t *testing.T, path string) image.Image {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	img, err := jpeg.Decode(f)
	require.NoError(t, err, path)
	return img
}

// The Python sample's colours (OpenCV's HSV to BGR, then 255 minus each
// channel): no motion is white, the fastest motion rightwards cyan,
// leftwards red, downwards (OpenCV hue 45) (127, 0, 255); magnitudes are
// scaled min-max and truncated, so half the largest is value 127.
func TestVisualizeOpticalFlowVectors(t *testing.T) {
	flow := []float32{0, 0, 64, 0, -64, 0, 0, 64, 32, 0}
	img := visualizeOpticalFlowVectors(flow, 1, 5)
	require.Equal(t, image.Rect(0, 0, 5, 1), img.Bounds())
	want := [][3]uint8{{255, 255, 255}, {0, 255, 255}, {255, 0, 0}, {127, 0, 255}, {128, 255, 255}}
	for i, w := range want {
		c := img.RGBAAt(i, 0)
		assert.Equal(t, w, [3]uint8{c.R, c.G, c.B}, "vector %d", i)
	}
	// All equal: cv2.normalize gives zero everywhere, so white.
	img = visualizeOpticalFlowVectors([]float32{32, 0, 32, 0}, 1, 2)
	assert.Equal(t, uint8(255), img.RGBAAt(1, 0).G)
	assert.Equal(t, uint8(255), img.RGBAAt(1, 0).R)
}
