package main

import (
	"fmt"
	"image"
	"image/jpeg"
	"image/png"
	"os"
	"path/filepath"
	"strings"
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

// The port on a drawn scene, two streams: stdout is the Python app's line
// for line; every 30th frame with objects has its mask file in each
// stream's folder, and no other frame has one; each file is the mask of
// an object of the frame (its size that of a truth object's box at the
// muxer's scale, its white pixels that object's exact pixels).
func TestSegmask(t *testing.T) {
	testmain.Slow(t)
	cfg := samplestest.DrawScene(t, samplestest.SceneRange{
		Sizes:     [][2]int{{640, 360}, {960, 540}},
		Densities: []samplestest.Density{samplestest.DensityDefault, samplestest.DensityBusy},
		Frames:    []int{31, 61},
	})
	clip, truth := samplestest.TempClip(t, cfg)
	dir := t.TempDir()
	res := samplestest.Run(t, bin, dir, []string{"GODS_PERF_INTERVAL=200ms"}, "-i", "file://"+clip, clip, "-o", "masks")
	require.Equal(t, 0, res.Code, "stderr:\n%s", res.Stderr)
	samplestest.MatchStdout(t, res.Stdout, samplestest.Lines(
		samplestest.Lit("Frames will be saved in  masks"),
		samplestest.Py("Creating Pipeline \n ", "Creating streammux \n "),
		samplestest.Py("Creating source_bin  0  \n ", "Creating source bin", "source-bin-00"),
		samplestest.Py("Creating source_bin  1  \n ", "Creating source bin", "source-bin-01"),
		samplestest.Py("Creating Pgie \n ", "Creating tiler \n ", "Creating nvvidconv \n ", "Creating nvosd \n "),
		samplestest.Lit("Is it Integrated GPU? : False"),
		samplestest.Py("Creating Fakesink \n"),
		samplestest.Py("WARNING: Overriding infer-config batch-size 1  with number of sources  2  \n"),
		samplestest.Py("Adding elements to Pipeline \n", "Linking elements in the Pipeline \n"),
		samplestest.Py("Now playing...", "0 :  file://"+clip, "1 :  "+clip, "Starting pipeline \n"),
		samplestest.Pattern(streamingLines+`|Frame Number= \d+ Number of Objects= \d+|\*\*PERF:  \{'stream0': [0-9.]+, 'stream1': [0-9.]+\} `, 2*cfg.Frames, -1),
		samplestest.Py("End-of-stream", "Exiting app\n"),
	))
	assert.Empty(t, res.Stderr)

	// Count lines: each frame once per stream, counts as the truth's.
	objects := map[int]int{}
	seen := map[int]int{}
	var counts []samplestest.Counts
	for _, l := range res.Lines("Frame Number= ") {
		c, err := samplestest.ParseCounts(l)
		require.NoError(t, err)
		seen[c.Frame]++
		objects[c.Frame] = c.Objects
		counts = append(counts, c)
	}
	for f := range cfg.Frames {
		assert.Equal(t, 2, seen[f], "frame %d once per stream", f)
	}
	// The lines name no class: the totals are checked, each within one of
	// the truth's relevant objects on all but one frame of the clip in 20,
	// rounded up (both streams play the same clip: a frame is off once,
	// whichever stream's line is).
	off := map[int]bool{}
	for _, c := range counts {
		all, _ := samplestest.Expected(truth, c.Frame)
		if c.Objects < all-1 || c.Objects > all+1 {
			off[c.Frame] = true
			t.Logf("frame %d: %d objects, truth %d", c.Frame, c.Objects, all)
		}
	}
	assert.LessOrEqual(t, len(off), (cfg.Frames+19)/20, "frames with counts off by more than one")

	// Mask files.
	sc := scene.Generate(truth.Config)
	sx, sy := float64(muxerOutputWidth)/float64(cfg.Width), float64(muxerOutputHeight)/float64(cfg.Height)
	for stream := range 2 {
		folder := filepath.Join(dir, "masks", fmt.Sprintf("stream_%d", stream))
		entries, err := os.ReadDir(folder)
		require.NoError(t, err)
		saved := map[int]bool{}
		good := 0
		for _, e := range entries {
			var n int
			_, err := fmt.Sscanf(e.Name(), "frame_%d.jpg", &n)
			require.NoError(t, err, e.Name())
			saved[n] = true
			mask := readJPEG(t, filepath.Join(folder, e.Name()))
			iou, obj := bestObject(mask, sc, n, sx, sy)
			t.Logf("stream %d frame %d: %dx%d mask, object %d (%s), IoU %.3f", stream, n, mask.Bounds().Dx(),
				mask.Bounds().Dy(), obj.TrackID, obj.Class, iou)
			// Each mask lies on an object; most fit one well. The rest are
			// the detector's one box over two touching objects of one
			// colour (docs/standin-elements.md), whose mask covers both.
			assert.GreaterOrEqual(t, iou, 0.3, "stream %d frame %d: the mask is no object's", stream, n)
			if iou >= 0.75 {
				good++
			}
		}
		assert.GreaterOrEqual(t, good*3, len(entries)*2, "stream %d: masks that fit one object (IoU >= 0.75)", stream)
		for f := range cfg.Frames {
			assert.Equal(t, f%saveEvery == 0 && objects[f] > 0, saved[f], "stream %d frame %d: %d objects, mask saved %v",
				stream, f, objects[f], saved[f])
		}
	}
}

func readJPEG(t *testing.T, path string) *image.Gray {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	img, err := jpeg.Decode(f)
	require.NoError(t, err)
	g, ok := img.(*image.Gray)
	require.True(t, ok, "%s: a grey JPEG, got %T", path, img)
	return g
}

// bestObject places the mask (binarised at 128) over each object of frame
// f in turn, at its box scaled to the muxer and centred there (the
// detector's box holds the object's outline), and returns the best
// intersection over union with the object's exact pixels, and the object.
func bestObject(mask *image.Gray, sc *scene.Scene, f int, sx, sy float64) (float64, scene.Object) {
	owners := sc.Owners(f)
	W, H := sc.Config().Width, sc.Config().Height
	w, h := mask.Bounds().Dx(), mask.Bounds().Dy()
	best, bestObj := 0.0, scene.Object{}
	for _, o := range sc.Truth(f).Objects {
		if o.VisibleBox.Empty() {
			continue
		}
		b := o.VisibleBox
		cx, cy := (float64(b.Left)+float64(b.Width)/2)*sx, (float64(b.Top)+float64(b.Height)/2)*sy
		left, top := int(cx-float64(w)/2+0.5), int(cy-float64(h)/2+0.5)
		in, union := 0, 0
		for y := range h {
			for x := range w {
				X, Y := left+x, top+y
				own := false
				if X >= 0 && Y >= 0 {
					if sxp, syp := int(float64(X)/sx), int(float64(Y)/sy); sxp < W && syp < H {
						own = owners[syp*W+sxp] == o.TrackID
					}
				}
				on := mask.Pix[y*mask.Stride+x] >= 128
				if on && own {
					in++
				}
				if on || own {
					union++
				}
			}
		}
		if iou := float64(in) / float64(max(1, union)); iou > best {
			best, bestObj = iou, o
		}
	}
	return best, bestObj
}

// display-mask: the frames nvdsosd draws have the objects' masks tinted
// with their colour (the stand-in detector's red border colour at half
// alpha) over exactly the objects' pixels; the background stays as it
// was.
func TestDisplayMask(t *testing.T) {
	testmain.Slow(t)
	cfg := samplestest.DrawScene(t, samplestest.SceneRange{
		Sizes: [][2]int{{640, 360}}, Densities: []samplestest.Density{samplestest.DensityDefault}, Frames: []int{3},
	})
	clip, truth := samplestest.TempClip(t, cfg)
	dir := t.TempDir()
	res := samplestest.Run(t, bin, dir, []string{"GODS_SINK=file:" + filepath.Join(dir, "osd-%02d.png")}, "-i", clip)
	require.Equal(t, 0, res.Code, "stderr:\n%s", res.Stderr)
	sc := scene.Generate(truth.Config)
	sx, sy := tiledOutputWidth/cfg.Width, tiledOutputHeight/cfg.Height
	require.Equal(t, 3, sx)
	for f := range cfg.Frames {
		out := readPNG(t, filepath.Join(dir, fmt.Sprintf("osd-%02d.png", f)))
		require.Equal(t, image.Rect(0, 0, tiledOutputWidth, tiledOutputHeight), out.Bounds())
		orig := sc.Frame(f)
		owners := sc.Owners(f)
		// interior reports whether source pixel (x, y) and the pixels
		// within 2 of it all have one owner.
		interior := func(x, y int) bool {
			id := owners[y*cfg.Width+x]
			for dy := -2; dy <= 2; dy++ {
				for dx := -2; dx <= 2; dx++ {
					X, Y := x+dx, y+dy
					if X < 0 || Y < 0 || X >= cfg.Width || Y >= cfg.Height || owners[Y*cfg.Width+X] != id {
						return false
					}
				}
			}
			return true
		}
		var objErr, bgErr [3]float64
		objN, bgN := 0, 0
		for y := range cfg.Height {
			for x := range cfg.Width {
				if !interior(x, y) {
					continue
				}
				o := orig.PixOffset(x, y)
				p := out.PixOffset(x*sx+1, y*sy+1)
				if owners[y*cfg.Width+x] == 0 {
					for c := range 3 {
						bgErr[c] += absf(float64(out.Pix[p+c]) - float64(orig.Pix[o+c]))
					}
					bgN++
					continue
				}
				want := [3]float64{(float64(orig.Pix[o]) + 255) / 2, float64(orig.Pix[o+1]) / 2, float64(orig.Pix[o+2]) / 2}
				for c := range 3 {
					objErr[c] += absf(float64(out.Pix[p+c]) - want[c])
				}
				objN++
			}
		}
		require.Positive(t, objN)
		require.Positive(t, bgN)
		t.Logf("frame %d: %d object pixels, mean error from the tint %.1f/%.1f/%.1f; %d background pixels, mean change %.1f/%.1f/%.1f",
			f, objN, objErr[0]/float64(objN), objErr[1]/float64(objN), objErr[2]/float64(objN),
			bgN, bgErr[0]/float64(bgN), bgErr[1]/float64(bgN), bgErr[2]/float64(bgN))
		for c := range 3 {
			assert.Less(t, objErr[c]/float64(objN), 12.0, "frame %d channel %d: objects tinted", f, c)
			assert.Less(t, bgErr[c]/float64(bgN), 6.0, "frame %d channel %d: background untouched", f, c)
		}
	}
	assert.True(t, strings.HasSuffix(res.Stdout, "Exiting app\n\n"))
}

func readPNG(t *testing.T, path string) *image.RGBA {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	img, err := png.Decode(f)
	require.NoError(t, err)
	rgba, ok := img.(*image.RGBA)
	if !ok {
		b := img.Bounds()
		rgba = image.NewRGBA(b)
		for y := b.Min.Y; y < b.Max.Y; y++ {
			for x := b.Min.X; x < b.Max.X; x++ {
				rgba.Set(x, y, img.At(x, y))
			}
		}
	}
	return rgba
}

func absf(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}

// The Python app's command-line errors: -i is required; the output folder
// must not exist (stderr, exit 1, nothing else done).
func TestUsageAndExistingFolder(t *testing.T) {
	res := samplestest.Run(t, bin, "", nil)
	assert.Equal(t, 2, res.Code)
	assert.Contains(t, res.Stderr, "deepstream_segmask.py: error: the following arguments are required: -i/--input")

	res = samplestest.Run(t, bin, "", nil, "-h")
	assert.Equal(t, 0, res.Code)
	assert.True(t, strings.HasPrefix(res.Stdout, "usage: deepstream_segmask.py [-h] -i URIs [URIs ...] [-o output_folder_name]\n"), res.Stdout)

	dir := t.TempDir()
	require.NoError(t, os.Mkdir(filepath.Join(dir, "out"), 0o755))
	res = samplestest.Run(t, bin, dir, nil, "-i", "file:///nonexistent.h264")
	assert.Equal(t, 1, res.Code)
	assert.Equal(t, "The output folder out already exists. Please remove it first.\n", res.Stderr)
	assert.Empty(t, res.Stdout)
}
