package scene

import (
	"encoding/json"
	"fmt"
	"image"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// small is a fast test configuration: 320x180, three seconds at 10 fps, so
// that objects have time to enter and leave.
func small(seed int64) Config {
	return Config{Seed: seed, Width: 320, Height: 180, Frames: 30, FPS: 10,
		Vehicles: 6, TwoWheelers: 2, People: 4, Signs: 2}
}

func TestPaletteContract(t *testing.T) {
	require.Len(t, ClassNames, NumClasses)
	assert.Equal(t, "Vehicle", Vehicle.String())
	assert.Equal(t, "TwoWheeler", TwoWheeler.String())
	assert.Equal(t, "Person", Person.String())
	assert.Equal(t, "RoadSign", RoadSign.String())
	assert.Equal(t, "ClassID(7)", ClassID(7).String())

	// The hues documented in doc.go and docs/scene.md.
	var hues []int
	for _, c := range Palette {
		hues = append(hues, c.Hue)
	}
	assert.Equal(t, []int{0, 50, 128, 227, 275, 318, 184}, hues)

	seen := map[ClassID]int{}
	for i, c := range Palette {
		seen[c.Class]++
		assert.Equal(t, Hue(c.RGB[0], c.RGB[1], c.RGB[2]), c.Hue)
		assert.GreaterOrEqual(t, SaturationPct(c.RGB[0], c.RGB[1], c.RGB[2]), 70, c.Name)
		assert.Equal(t, i, Classify(c.RGB[0], c.RGB[1], c.RGB[2]), "body %s", c.Name)
		d := shade(c.RGB, decorShade)
		assert.Equal(t, i, Classify(d[0], d[1], d[2]), "decoration shade of %s", c.Name)
		o := shade(c.RGB, outlineShade)
		assert.Equal(t, -1, Classify(o[0], o[1], o[2]), "outline shade of %s", c.Name)
		assert.Equal(t, i, ColorByName(c.Name))
		for _, e := range Palette[:i] {
			d := c.Hue - e.Hue
			d = min((d+360)%360, (360-d)%360)
			assert.GreaterOrEqual(t, d, 42, "%s and %s too close", c.Name, e.Name)
		}
	}
	assert.Equal(t, map[ClassID]int{Vehicle: 4, TwoWheeler: 1, Person: 1, RoadSign: 1}, seen)
	assert.Equal(t, -1, ColorByName("white"))
	for _, cs := range [][]int{vehicleColors, twoWheelerColors, personColors, signColors} {
		for _, i := range cs {
			assert.Equal(t, Palette[cs[0]].Class, Palette[i].Class)
		}
	}
}

func TestClassifyRejectsGreyAndDark(t *testing.T) {
	for _, c := range [][3]uint8{{0, 0, 0}, {255, 255, 255}, {128, 128, 128}, {90, 88, 86},
		{200, 150, 150}, {60, 10, 10}, {120, 110, 100}} {
		assert.Equal(t, -1, Classify(c[0], c[1], c[2]), "%v", c)
		_, ok := ClassifyClass(c[0], c[1], c[2])
		assert.False(t, ok)
	}
	cl, ok := ClassifyClass(225, 40, 170)
	assert.True(t, ok)
	assert.Equal(t, Person, cl)
	// Orange lies between red and yellow: no class.
	assert.Equal(t, -1, Classify(230, 130, 20))
}

func TestConfig(t *testing.T) {
	require.NoError(t, DefaultConfig().Validate())
	require.NoError(t, Config{}.Validate(), "zero fields take defaults")
	assert.Equal(t, DefaultConfig().Width, Generate(Config{Seed: 3}).Config().Width)
	for _, c := range []Config{
		{Width: 321, Height: 180}, {Width: 32, Height: 32}, {Frames: -1}, {FPS: 1000},
		{Vehicles: -1}, {People: MaxObjects + 1},
	} {
		assert.Error(t, c.Validate(), "%+v", c)
	}
	assert.Panics(t, func() { Generate(Config{Width: 33}) })
	a, b := small(1), small(2)
	assert.Equal(t, a.Key(), small(1).Key())
	assert.NotEqual(t, a.Key(), b.Key())
	assert.Len(t, a.Key(), 12)
}

func TestDeterminism(t *testing.T) {
	s1, s2, s3 := Generate(small(7)), Generate(small(7)), Generate(small(8))
	differs := false
	for _, i := range []int{0, 9, 29, 100} {
		assert.Equal(t, s1.Frame(i).Pix, s2.Frame(i).Pix, "frame %d", i)
		assert.Equal(t, s1.Truth(i), s2.Truth(i), "frame %d", i)
		if fmt.Sprint(s1.Truth(i)) != fmt.Sprint(s3.Truth(i)) {
			differs = true
		}
		assert.NotEqual(t, s1.Frame(i).Pix, s3.Frame(i).Pix, "seeds 7 and 8, frame %d", i)
	}
	assert.True(t, differs, "seeds 7 and 8 have the same truth")
	// Rendering is stateless: out of order, into a used buffer, via Render.
	dst := s2.Frame(3)
	assert.Equal(t, s1.Frame(20).Pix, s2.FrameInto(20, dst).Pix)
	tr := s2.Render(21, dst)
	assert.Equal(t, s1.Frame(21).Pix, dst.Pix)
	assert.Equal(t, s1.Truth(21), tr)
	assert.Panics(t, func() { s1.Frame(-1) })
	assert.Panics(t, func() { s1.FrameInto(0, image.NewRGBA(image.Rect(0, 0, 10, 10))) })
}

func TestBackgroundNeverClassifies(t *testing.T) {
	for _, cfg := range []Config{
		{Seed: 1, Width: 320, Height: 180, Frames: 1},
		{Seed: 99, Width: 640, Height: 360, Frames: 1, Signs: 5},
		{Seed: -5, Width: 200, Height: 400, Frames: 1},
	} {
		s := Generate(cfg)
		img := s.Frame(0)
		if cfg.Signs == 0 {
			assert.Equal(t, s.bg, img.Pix)
			assert.Empty(t, s.Truth(0).Objects)
		}
		img.Pix = s.bg // with the sign poles
		n, maxSat := 0, 0
		for p := 0; p < len(img.Pix); p += 4 {
			r, g, b := img.Pix[p], img.Pix[p+1], img.Pix[p+2]
			if Classify(r, g, b) >= 0 {
				n++
			}
			maxSat = max(maxSat, SaturationPct(r, g, b))
		}
		assert.Zero(t, n, "seed %d: background pixels classified as objects", cfg.Seed)
		assert.LessOrEqual(t, maxSat, MaxBackgroundSaturationPct, "seed %d", cfg.Seed)
	}
}

// TestTruthMatchesPixels checks the colour contract on rendered frames:
// every pixel that classifies as a palette colour lies in the visible box of
// an object of that colour, and every visible object shows pixels of its
// colour; boxes are inside the frame and visible boxes inside boxes.
func TestTruthMatchesPixels(t *testing.T) {
	for _, seed := range []int64{1, 2, 3} {
		s := Generate(small(seed))
		W, H := s.cfg.Width, s.cfg.Height
		frame := image.Rect(0, 0, W, H)
		for _, f := range []int{0, 7, 15, 29} {
			img := image.NewRGBA(frame)
			tr := s.Render(f, img)
			require.Equal(t, f, tr.Frame)
			own := make([]int, len(tr.Objects))
			stray := 0
			for y := range H {
				for x := range W {
					p := img.PixOffset(x, y)
					c := Classify(img.Pix[p], img.Pix[p+1], img.Pix[p+2])
					if c < 0 {
						continue
					}
					found := false
					for k, o := range tr.Objects {
						if o.Color == Palette[c].Name && o.VisibleBox.Contains(x, y) {
							own[k]++
							found = true
						}
					}
					if !found {
						stray++
					}
				}
			}
			assert.Zero(t, stray, "seed %d frame %d: pixels of object colours outside any box", seed, f)
			ids := map[uint64]bool{}
			for k, o := range tr.Objects {
				assert.False(t, ids[o.TrackID], "duplicate track id")
				ids[o.TrackID] = true
				assert.Equal(t, ClassNames[o.ClassID], o.Class)
				assert.Equal(t, o.ClassID, Palette[ColorByName(o.Color)].Class)
				assert.Equal(t, Palette[ColorByName(o.Color)].RGB, o.RGB)
				b := image.Rect(o.Box.Left, o.Box.Top, o.Box.Left+o.Box.Width, o.Box.Top+o.Box.Height)
				assert.True(t, b.In(frame) && !b.Empty(), "box %v", o.Box)
				assert.LessOrEqual(t, o.Visible, o.InFrame)
				assert.Greater(t, o.InFrame, 0.0)
				assert.LessOrEqual(t, o.InFrame, 1.0)
				if o.Visible == 0 {
					assert.True(t, o.VisibleBox.Empty())
					continue
				}
				vb := image.Rect(o.VisibleBox.Left, o.VisibleBox.Top, o.VisibleBox.Left+o.VisibleBox.Width, o.VisibleBox.Top+o.VisibleBox.Height)
				assert.True(t, vb.In(b), "visible box %v outside box %v", o.VisibleBox, o.Box)
				if o.Visible > 0.2 {
					assert.Positive(t, own[k], "seed %d frame %d: object %+v shows no pixels of its colour", seed, f, o)
				}
			}
		}
	}
}

// TestVisibleFraction checks visible fractions against pixels: the pixels
// that differ from the background are exactly the visible object pixels.
func TestVisibleFraction(t *testing.T) {
	s := Generate(small(4))
	occluded, partial := 0, 0
	for f := range s.cfg.Frames {
		img := s.Frame(f)
		changed := 0
		for p := 0; p < len(img.Pix); p += 4 {
			if img.Pix[p] != s.bg[p] || img.Pix[p+1] != s.bg[p+1] || img.Pix[p+2] != s.bg[p+2] {
				changed++
			}
		}
		tr := s.Truth(f)
		insts := s.instances(f, nil)
		require.Len(t, tr.Objects, len(insts))
		area := map[uint64]int{}
		for _, in := range insts {
			sh := in.shape()
			area[in.id] = sh.area()
		}
		visible := 0.0
		for _, o := range tr.Objects {
			visible += o.Visible * float64(area[o.TrackID])
			if o.Visible < o.InFrame-0.01 {
				occluded++
			}
			if o.InFrame < 1 {
				partial++
			}
		}
		assert.InDelta(t, float64(changed), visible, float64(len(tr.Objects))+1, "frame %d", f)
	}
	assert.Positive(t, occluded, "no occlusion in the clip")
	assert.Positive(t, partial, "no object across a frame edge")
}

// TestEnterLeave checks that objects enter and leave across the left and
// right edges, move at their recorded speed and keep their identity, and
// that signs never move.
func TestEnterLeave(t *testing.T) {
	for _, seed := range []int64{1, 2, 3, 4, 5} {
		s := Generate(small(seed))
		W := s.cfg.Width
		type seen struct {
			first, last int
			o           Object
		}
		tracks := map[uint64]*seen{}
		var prev map[uint64]Object
		for f := range s.cfg.Frames {
			cur := map[uint64]Object{}
			for _, o := range s.Truth(f).Objects {
				cur[o.TrackID] = o
				if tr, ok := tracks[o.TrackID]; ok {
					assert.Equal(t, tr.o.ClassID, o.ClassID)
					assert.Equal(t, tr.o.Color, o.Color)
					tr.last = f
				} else {
					tracks[o.TrackID] = &seen{first: f, last: f, o: o}
					if f > 0 {
						// Entering: it touches a side edge, partly outside.
						assert.True(t, o.Box.Left == 0 || o.Box.Left+o.Box.Width == W, "seed %d: %+v appears mid-frame", seed, o)
						assert.Less(t, o.InFrame, 1.0)
					}
				}
				if p, ok := prev[o.TrackID]; ok && o.InFrame == 1 && p.InFrame == 1 {
					assert.InDelta(t, p.VX, float64(o.Box.Left-p.Box.Left), 1, "seed %d: speed of %d", seed, o.TrackID)
					assert.Equal(t, p.Box.Width, o.Box.Width)
					assert.Equal(t, p.Box.Height, o.Box.Height)
					assert.Equal(t, p.Box.Top, o.Box.Top)
				}
			}
			for id, p := range prev {
				if _, ok := cur[id]; !ok {
					// Leaving: it was at a side edge.
					assert.True(t, p.Box.Left == 0 || p.Box.Left+p.Box.Width == W, "seed %d: %+v vanishes mid-frame", seed, p)
				}
			}
			prev = cur
		}
		entered, left := 0, 0
		for _, tr := range tracks {
			if tr.first > 0 {
				entered++
			}
			if tr.last < s.cfg.Frames-1 {
				left++
			}
			if tr.o.ClassID == RoadSign {
				assert.Equal(t, 0, tr.first)
				assert.Equal(t, s.cfg.Frames-1, tr.last)
				assert.Zero(t, tr.o.VX)
			}
		}
		assert.Positive(t, entered, "seed %d: nothing enters", seed)
		assert.Positive(t, left, "seed %d: nothing leaves", seed)
	}
}

func TestDefaultClipPopulated(t *testing.T) {
	s := Generate(DefaultConfig())
	counts := map[ClassID]int{}
	for f := range s.cfg.Frames {
		tr := s.Truth(f)
		for c := range ClassID(NumClasses) {
			counts[c] = max(counts[c], tr.Count(c, 0.5))
		}
	}
	for c := range ClassID(NumClasses) {
		assert.Positive(t, counts[c], "no %v in the default clip", c)
	}
}

func TestTruthJSON(t *testing.T) {
	s := Generate(small(1))
	tr := newTruth(s.cfg)
	tr.Frames = append(tr.Frames, s.Truth(0), s.Truth(1))
	b, err := json.Marshal(tr)
	require.NoError(t, err)
	var back Truth
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, *tr, back)
	var raw map[string]any
	require.NoError(t, json.Unmarshal(b, &raw))
	o := raw["frames"].([]any)[0].(map[string]any)["objects"].([]any)[0].(map[string]any)
	for _, k := range []string{"track_id", "class_id", "class", "color", "rgb", "box", "visible_box", "visible", "in_frame", "depth", "vx"} {
		assert.Contains(t, o, k)
	}
	assert.Equal(t, []any{"left", "top", "width", "height"}, keys(o["box"].(map[string]any), "left", "top", "width", "height"))
}

func keys(m map[string]any, want ...string) []any {
	var out []any
	for _, k := range want {
		if _, ok := m[k]; ok {
			out = append(out, k)
		}
	}
	return out
}

func TestBox(t *testing.T) {
	a := Box{Left: 0, Top: 0, Width: 10, Height: 10}
	assert.Equal(t, 1.0, a.IoU(a))
	assert.InDelta(t, 25.0/175, a.IoU(Box{5, 5, 10, 10}), 1e-9)
	assert.Zero(t, a.IoU(Box{10, 0, 5, 5}))
	assert.True(t, a.Contains(9, 9))
	assert.False(t, a.Contains(10, 9))
	assert.Zero(t, Box{Width: -1, Height: 3}.Area())
}

func benchmarkRender(b *testing.B, truth, pixels bool) {
	cfg := DefaultConfig()
	cfg.Width, cfg.Height = 1280, 720
	s := Generate(cfg)
	dst := image.NewRGBA(image.Rect(0, 0, cfg.Width, cfg.Height))
	b.SetBytes(int64(len(dst.Pix)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		switch {
		case truth && pixels:
			s.Render(i%cfg.Frames, dst)
		case truth:
			s.Truth(i % cfg.Frames)
		default:
			s.FrameInto(i%cfg.Frames, dst)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N), "ns/frame")
}

// BenchmarkFrame1280x720 renders one 1280x720 frame (pixels only).
func BenchmarkFrame1280x720(b *testing.B) { benchmarkRender(b, false, true) }

// BenchmarkTruth1280x720 computes one frame's ground truth.
func BenchmarkTruth1280x720(b *testing.B) { benchmarkRender(b, true, false) }

// BenchmarkRender1280x720 renders pixels and ground truth in one pass.
func BenchmarkRender1280x720(b *testing.B) { benchmarkRender(b, true, true) }
