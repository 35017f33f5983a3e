//go:build !deepstream

package standin_test

import (
	"context"
	"fmt"
	"image"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"

	"github.com/go-gst/go-gst/gst"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/gogst"
	"github.com/go-deepstream/go-deepstream/internal/testmain"
	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/opticalflow"
	"github.com/go-deepstream/go-deepstream/scene"
)

// flowFrame is the optical-flow meta of one frame, copied.
type flowFrame struct {
	frameNum   int
	metas      int
	rows, cols int
	mvSize     int
	metaFrame  uint64
	vectors    []opticalflow.FlowVector
}

// flowRecorder keeps the flow meta of every frame a probe sees.
type flowRecorder struct {
	mu     sync.Mutex
	frames []flowFrame
}

func (r *flowRecorder) observe(info nvds.ProbeInfo) {
	b, err := info.BatchMeta()
	if err != nil {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	for f := range b.Frames() {
		ff := flowFrame{frameNum: int(f.FrameNum())}
		for m := range nvds.Payloads(f.UserMeta(), opticalflow.FromUser) {
			ff.metas++
			ff.rows, ff.cols, ff.mvSize, ff.metaFrame = m.Rows(), m.Cols(), m.MVSize(), m.FrameNum()
			ff.vectors = m.AppendVectors(nil)
		}
		r.frames = append(r.frames, ff)
	}
}

// playFlow plays clip through nvstreammux (at the clip's size) and nvof
// (with props) and returns the flow meta of every frame.
func playFlow(t *testing.T, clip string, w, h int, props string) []flowFrame {
	t.Helper()
	desc := fmt.Sprintf("filesrc location=%s ! h264parse ! nvv4l2decoder ! m.sink_0 "+
		"nvstreammux name=m batch-size=1 width=%d height=%d ! nvof name=e %s ! fakesink name=s sync=false",
		clip, w, h, props)
	rec := &flowRecorder{}
	res := runWith(t, desc, nil, func(p *gst.Pipeline) {
		s, err := p.GetElementByName("s")
		require.NoError(t, err)
		pr, err := gogst.AddObserver(s.GetStaticPad("sink"), rec.observe)
		require.NoError(t, err)
		t.Cleanup(pr.Remove)
	})
	require.NoError(t, res.err)
	return rec.frames
}

// flowScene writes the H.264 clip of cfg into a temporary folder.
func flowScene(t *testing.T, cfg scene.Config) (string, *scene.Scene) {
	t.Helper()
	sc := scene.Generate(cfg)
	c, err := scene.WriteClip(context.Background(), sc, t.TempDir(), scene.ClipOptions{H264: true})
	require.NoError(t, err)
	return c.H264, sc
}

// movingColor reports whether the pixel has the colour of a moving class
// (anything but a road sign).
func movingColor(img *image.RGBA, x, y int) (int, bool) {
	i := img.PixOffset(x, y)
	k := scene.Classify(img.Pix[i], img.Pix[i+1], img.Pix[i+2])
	return k, k >= 0 && scene.Palette[k].Class != scene.RoadSign
}

// cellAll reports whether every pixel of grid cell (r, c), 4x4, has
// palette colour k.
func cellAll(img *image.RGBA, r, c, k int) bool {
	for y := 4 * r; y < 4*r+4; y++ {
		for x := 4 * c; x < 4*c+4; x++ {
			if got, _ := movingColor(img, x, y); got != k {
				return false
			}
		}
	}
	return true
}

// staticCell reports whether no pixel within margin pixels of cell (r, c)
// has a moving colour in img.
func staticCell(img *image.RGBA, r, c, margin int) bool {
	b := img.Rect
	for y := max(0, 4*r-margin); y < min(b.Dy(), 4*r+4+margin); y++ {
		for x := max(0, 4*c-margin); x < min(b.Dx(), 4*c+4+margin); x++ {
			if _, ok := movingColor(img, x, y); ok {
				return false
			}
		}
	}
	return true
}

// flowSeed returns the k-th scene seed of a test: $GODS_SCENE_SEED + k
// when set (to replay a logged seed), random otherwise.
func flowSeed(t *testing.T, k int) int64 {
	if s := os.Getenv("GODS_SCENE_SEED"); s != "" {
		v, err := strconv.ParseInt(s, 10, 64)
		require.NoError(t, err, "GODS_SCENE_SEED")
		return v + int64(k)
	}
	return 1 + rand.Int64N(10000)
}

// flowScore tallies how the vectors compare with the truth.
type flowScore struct {
	objectCells, objectRight int // interior cells of moving objects; within tolerance
	staticCells, staticZero  int // cells well away from moving objects; zero vector
	objects, objectsRight    int // objects scored; with most of their cells right
}

func (s *flowScore) add(o flowScore) {
	s.objectCells += o.objectCells
	s.objectRight += o.objectRight
	s.staticCells += o.staticCells
	s.staticZero += o.staticZero
	s.objects += o.objects
	s.objectsRight += o.objectsRight
}

// Tolerances: the scene moves objects by whole pixels (the rounded
// position), so a frame's displacement is vx rounded up or down.
const (
	flowTolX = 1.25 // pixels from the truth's vx
	flowTolY = 1.0  // pixels from 0 (objects move horizontally)
)

// scoreFlow compares frame f's vectors with the scene: every 4x4 cell that
// lies wholly in an object that is fully visible in frames f-1 and f (its
// body colour in all 16 pixels, inside its box) against the object's
// speed; cells with no moving colour within 8 pixels in either frame
// against zero.
func scoreFlow(t *testing.T, sc *scene.Scene, f int, ff flowFrame) flowScore {
	var s flowScore
	cur, prev := sc.Frame(f), sc.Frame(f-1)
	truth, before := sc.Truth(f), sc.Truth(f-1)
	wasVisible := map[uint64]bool{}
	for _, o := range before.Objects {
		if o.Visible >= 0.99 && o.InFrame >= 0.99 {
			wasVisible[o.TrackID] = true
		}
	}
	for _, o := range truth.Objects {
		if o.VX == 0 || o.Visible < 0.99 || o.InFrame < 0.99 || !wasVisible[o.TrackID] {
			continue
		}
		k := scene.ColorByName(o.Color)
		cells, right := 0, 0
		for r := (o.Box.Top + 3) / 4; r < (o.Box.Top+o.Box.Height)/4; r++ {
			for c := (o.Box.Left + 3) / 4; c < (o.Box.Left+o.Box.Width)/4; c++ {
				if !cellAll(cur, r, c, k) {
					continue
				}
				cells++
				dx, dy := ff.vectors[r*ff.cols+c].Pixels()
				if math.Abs(float64(dx)-o.VX) <= flowTolX && math.Abs(float64(dy)) <= flowTolY {
					right++
				}
			}
		}
		if cells == 0 {
			continue
		}
		s.objects++
		if right*10 >= cells*8 {
			s.objectsRight++
		}
		s.objectCells += cells
		s.objectRight += right
	}
	for r := 0; r < ff.rows; r += 2 {
		for c := 0; c < ff.cols; c += 2 {
			if !staticCell(cur, r, c, 8) || !staticCell(prev, r, c, 8) {
				continue
			}
			s.staticCells++
			if v := ff.vectors[r*ff.cols+c]; v.X == 0 && v.Y == 0 {
				s.staticZero++
			}
		}
	}
	return s
}

// nvof on scenes drawn from a range of seeds at three sizes: a meta per
// frame but the first, of the real grid (a vector per 4x4 cell), and the
// vectors of moving objects' interior cells match the truth's speed while
// the static background has zero flow.
func TestOpticalFlowMatchesSceneMotion(t *testing.T) {
	testmain.Slow(t)
	sizes := [][2]int{{640, 360}, {960, 540}, {1280, 720}}
	var total flowScore
	for k, size := range sizes {
		seed := flowSeed(t, k)
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			cfg := scene.DefaultConfig()
			cfg.Seed, cfg.Width, cfg.Height, cfg.Frames = seed, size[0], size[1], 16
			t.Logf("scene seed %d, %dx%d", seed, size[0], size[1])
			clip, sc := flowScene(t, cfg)
			frames := playFlow(t, clip, size[0], size[1], "")
			require.Len(t, frames, cfg.Frames)
			var score flowScore
			for i, ff := range frames {
				require.Equal(t, i, ff.frameNum, "seed %d", seed)
				if i == 0 {
					require.Zero(t, ff.metas, "seed %d: the first frame has nothing to compare with", seed)
					continue
				}
				require.Equal(t, 1, ff.metas, "seed %d frame %d", seed, i)
				require.Equal(t, size[1]/4, ff.rows)
				require.Equal(t, size[0]/4, ff.cols)
				require.Equal(t, ff.rows*ff.cols*4, ff.mvSize)
				require.Equal(t, uint64(i), ff.metaFrame)
				require.Len(t, ff.vectors, ff.rows*ff.cols)
				score.add(scoreFlow(t, sc, i, ff))
			}
			t.Logf("seed %d: %s", seed, score)
			assert.Greater(t, score.objectCells, 100, "seed %d: enough moving cells to score", seed)
			assert.GreaterOrEqual(t, score.objectRight*100, score.objectCells*80, "seed %d: object cells within tolerance", seed)
			assert.GreaterOrEqual(t, score.staticZero*100, score.staticCells*95, "seed %d: static cells with zero flow", seed)
			total.add(score)
		})
	}
	t.Logf("all sizes: %s", total)
	testmain.NoneLive(t)
}

func (s flowScore) String() string {
	return fmt.Sprintf("object cells %d of %d within (%.2f, %.2f) px of the truth (%.1f %%), objects %d of %d with 80 %% of cells right; static cells %d of %d zero (%.1f %%)",
		s.objectRight, s.objectCells, flowTolX, flowTolY, 100*float64(s.objectRight)/float64(max(1, s.objectCells)),
		s.objectsRight, s.objects, s.staticZero, s.staticCells, 100*float64(s.staticZero)/float64(max(1, s.staticCells)))
}

// nvofvisual after nvof: RGBA frames of the input's size with the batch
// meta carried; every cell painted in its vector's colour (hue the
// direction, value the magnitude over the frame's largest, at least one
// pixel); black where nothing moves and in the first frame; moving objects
// in the hue of their direction (rightwards red, hue near 0; leftwards
// cyan, near 180) at full saturation, as far as nvof got them right.
func TestOpticalFlowVisual(t *testing.T) {
	seed := flowSeed(t, 0)
	cfg := scene.DefaultConfig()
	cfg.Seed, cfg.Frames = seed, 12
	t.Logf("scene seed %d", seed)
	clip, sc := flowScene(t, cfg)
	w, h := cfg.Width, cfg.Height
	out := filepath.Join(t.TempDir(), "flow.rgba")
	desc := fmt.Sprintf("filesrc location=%s ! h264parse ! nvv4l2decoder ! m.sink_0 "+
		"nvstreammux name=m batch-size=1 width=%d height=%d ! nvof ! nvofvisual name=v gpu-id=0 ! nvvideoconvert ! "+
		"video/x-raw,format=RGBA ! filesink location=%s", clip, w, h, out)
	rec := &flowRecorder{}
	res := runWith(t, desc, nil, func(p *gst.Pipeline) {
		v, err := p.GetElementByName("v")
		require.NoError(t, err)
		pr, err := gogst.AddObserver(v.GetStaticPad("src"), rec.observe)
		require.NoError(t, err)
		t.Cleanup(pr.Remove)
	})
	require.NoError(t, res.err)
	frames := rgbaFrames(t, out, w, h)
	require.Len(t, frames, cfg.Frames)
	require.Len(t, rec.frames, cfg.Frames, "the batch meta is carried")

	// Every cell is painted in its own vector's colour.
	painted, cells := 0, 0
	for f := 1; f < len(frames); f++ {
		ff := rec.frames[f]
		require.Equal(t, 1, ff.metas, "seed %d frame %d", seed, f)
		maxMag := 32.0
		for _, v := range ff.vectors {
			maxMag = math.Max(maxMag, math.Hypot(float64(v.X), float64(v.Y)))
		}
		for r := 0; r < ff.rows; r += 5 {
			for c := 0; c < ff.cols; c += 5 {
				cells++
				want := flowColor(ff.vectors[r*ff.cols+c], maxMag)
				got := pixel(frames[f], w, 4*c+1, 4*r+2)
				if absDiff(got[0], want[0]) <= 1 && absDiff(got[1], want[1]) <= 1 && absDiff(got[2], want[2]) <= 1 {
					painted++
				}
			}
		}
	}
	assert.Equal(t, cells, painted, "seed %d: cells painted in their vector's colour", seed)

	for _, p := range frames[0] {
		if p != 0 && p != 255 {
			t.Fatalf("seed %d: frame 0 is not black", seed)
		}
	}
	right, seen, dark, bg := 0, 0, 0, 0
	for f := 1; f < len(frames); f++ {
		cur, prev := sc.Frame(f), sc.Frame(f-1)
		for _, o := range sc.Truth(f).Objects {
			if o.VX == 0 || o.Visible < 0.99 || o.InFrame < 0.99 || o.Box.Width < 16 {
				continue
			}
			k := scene.ColorByName(o.Color)
			r, c := (o.Box.Top+o.Box.Height/2)/4, (o.Box.Left+o.Box.Width/2)/4
			if !cellAll(cur, r, c, k) {
				continue
			}
			seen++
			px := pixel(frames[f], w, 4*c+2, 4*r+2)
			hue, sat := scene.Hue(px[0], px[1], px[2]), scene.SaturationPct(px[0], px[1], px[2])
			want := 0
			if o.VX < 0 {
				want = 180
			}
			d := (hue - want + 360) % 360
			if min(d, 360-d) <= 20 && sat >= 90 && max(px[0], px[1], px[2]) >= 8 {
				right++
			}
		}
		for r := 0; r < h/4; r += 3 {
			for c := 0; c < w/4; c += 3 {
				if staticCell(cur, r, c, 8) && staticCell(prev, r, c, 8) {
					bg++
					if pixel(frames[f], w, 4*c+1, 4*r+1) == [3]uint8{} {
						dark++
					}
				}
			}
		}
	}
	t.Logf("seed %d: %d of %d object centres in their direction's hue; %d of %d static samples black", seed, right, seen, dark, bg)
	require.NotZero(t, seen)
	assert.GreaterOrEqual(t, right*100, seen*70, "seed %d", seed)
	assert.GreaterOrEqual(t, dark*100, bg*95, "seed %d", seed)
	testmain.NoneLive(t)
}

// The factories and their properties, with nvof's defaults.
func TestOpticalFlowProperties(t *testing.T) {
	of, err := gst.NewElement("nvof")
	require.NoError(t, err)
	for name, want := range map[string]any{"gpu-id": uint(0), "pool-size": uint(7), "dump-of-meta": false} {
		v, err := of.GetProperty(name)
		require.NoError(t, err, name)
		assert.Equal(t, want, v, name)
	}
	for _, name := range []string{"preset-level", "grid-size"} {
		_, err := of.GetPropertyType(name)
		assert.NoError(t, err, name)
	}
	require.NoError(t, of.SetProperty("pool-size", uint(3)))
	v, _ := of.GetProperty("pool-size")
	assert.Equal(t, uint(3), v)
	vis, err := gst.NewElement("nvofvisual")
	require.NoError(t, err)
	_, err = vis.GetPropertyType("gpu-id")
	assert.NoError(t, err)
}

// flowColor is nvofvisual's colour for v: HSV with hue atan2(y, x), full
// saturation, value |v| / maxMag.
func flowColor(v opticalflow.FlowVector, maxMag float64) [3]uint8 {
	x, y := float64(v.X), float64(v.Y)
	val := math.Min(1, math.Hypot(x, y)/maxMag)
	h := math.Atan2(y, x) * 180 / math.Pi
	if h < 0 {
		h += 360
	}
	h6 := h / 60
	sector := int(h6) % 6
	f := h6 - math.Floor(h6)
	p, q, t := 0.0, val*(1-f), val*f
	var rgb [3]float64
	switch sector {
	case 0:
		rgb = [3]float64{val, t, p}
	case 1:
		rgb = [3]float64{q, val, p}
	case 2:
		rgb = [3]float64{p, val, t}
	case 3:
		rgb = [3]float64{p, q, val}
	case 4:
		rgb = [3]float64{t, p, val}
	default:
		rgb = [3]float64{val, p, q}
	}
	return [3]uint8{uint8(math.Round(rgb[0] * 255)), uint8(math.Round(rgb[1] * 255)), uint8(math.Round(rgb[2] * 255))}
}

func absDiff(a, b uint8) int {
	if a > b {
		return int(a - b)
	}
	return int(b - a)
}
