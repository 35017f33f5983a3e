package scene

import (
	"fmt"
	"math"
)

// Scene is a generated scene: a static background and object slots whose
// positions are a pure function of the frame number. It is immutable and
// safe for concurrent use; frames may be rendered in any order.
type Scene struct {
	cfg   Config
	slots []slot
	bg    []byte // Width*Height*4 RGBA background
	line  int    // outline thickness in pixels
}

// slot is one object lane: a sequence of objects (one per cycle) that cross
// the frame one after another; signs have one static object.
type slot struct {
	class  ClassID
	n      int     // slot index, part of track ids
	dir    int     // +1 left to right, -1 right to left, 0 static
	speed  float64 // pixels per frame
	bottom int     // y of the row below the object (its depth)
	baseH  float64 // nominal height in pixels
	aspect float64 // nominal width / height
	period int     // frames between the entries of two cycles
	phase  int     // frames
	x, y   int     // top-left corner of a static object
	seed   uint64
}

// Layout of the street, as fractions of the frame height.
const (
	wallEnd       = 0.28  // building wall above
	farWalkEnd    = 0.355 // far sidewalk
	roadStart     = 0.365 // after the far curb
	roadEnd       = 0.845
	nearWalkStart = 0.86 // after the near curb
	farFeet       = 0.35
	nearFeet      = 0.965
	signBase      = 0.345
	signTop       = 0.17
)

// laneBottoms are the bottom edges of vehicles in each lane, far to near.
// Lanes 0 and 1 drive right to left, lanes 2 and 3 left to right.
var laneBottoms = [4]float64{0.47, 0.59, 0.71, 0.83}

// perspective scales object sizes by how low on the frame they stand.
func perspective(bottom float64) float64 { return 0.45 + 0.75*bottom }

// Generate builds the scene described by cfg. Zero Width, Height, Frames and
// FPS take DefaultConfig's values. It panics if cfg.Validate fails; call
// Validate first for configuration that comes from users.
func Generate(cfg Config) *Scene {
	if err := cfg.Validate(); err != nil {
		panic(err)
	}
	cfg = cfg.withDefaults()
	s := &Scene{cfg: cfg, line: max(1, int(math.Round(float64(cfg.Height)/300)))}
	W, H := float64(cfg.Width), float64(cfg.Height)
	fps := float64(cfg.FPS)
	root := uint64(cfg.Seed)
	n := 0
	add := func(sl slot) {
		sl.n = n
		n++
		s.slots = append(s.slots, sl)
	}
	// moving fills in the timing of a slot crossing the frame at a speed of
	// lo..hi frame widths per second.
	moving := func(sl *slot, r *rng, lo, hi, maxAspect float64) {
		sl.speed = r.between(lo, hi) * W / fps
		maxW := sl.baseH * 1.08 * maxAspect
		cross := int(math.Ceil((W + maxW + 2) / sl.speed))
		gap := int(r.between(0.2, 1.5) * fps)
		sl.period = cross + gap
		sl.phase = r.intn(sl.period)
	}
	// Vehicles share their lane's speed and period and are spaced evenly
	// along it, so that vehicles in one lane do not run into each other
	// (unless there are very many); occlusion comes from nearer lanes.
	laneShift := newRng(root, 0xA11CE).intn(4)
	var perLane [4]int
	for i := range cfg.Vehicles {
		perLane[(i+laneShift)%4]++
	}
	var lanes [4]slot
	for lane, b := range laneBottoms {
		r := newRng(root, 1, uint64(lane))
		sl := slot{class: Vehicle, dir: 1, bottom: int(math.Round(b * H)), baseH: 0.17 * perspective(b) * H}
		if lane < 2 {
			sl.dir = -1
		}
		moving(&sl, r, 0.28, 0.5, 2.4*1.1)
		lanes[lane] = sl
	}
	var inLane [4]int
	for i := range cfg.Vehicles {
		r := newRng(root, 1, 1<<32|uint64(i))
		lane := (i + laneShift) % 4
		sl := lanes[lane]
		sl.aspect, sl.seed = r.between(1.9, 2.4), r.next()
		sl.phase = (sl.phase + inLane[lane]*sl.period/perLane[lane]) % sl.period
		inLane[lane]++
		add(sl)
	}
	for i := range cfg.TwoWheelers {
		r := newRng(root, 2, uint64(i))
		lane := r.intn(4)
		b := laneBottoms[lane] + 0.012 // nearer than the lane's vehicles
		sl := slot{class: TwoWheeler, dir: 1, bottom: int(math.Round(b * H)),
			baseH: 0.12 * perspective(b) * H, aspect: 0.75, seed: r.next()}
		if lane < 2 {
			sl.dir = -1
		}
		moving(&sl, r, 0.15, 0.3, sl.aspect*1.05)
		add(sl)
	}
	for i := range cfg.People {
		r := newRng(root, 3, uint64(i))
		b := nearFeet
		if i%2 == 1 {
			b = farFeet
		}
		b += r.between(-0.008, 0.008)
		sl := slot{class: Person, dir: 1, bottom: int(math.Round(b * H)),
			baseH: 0.2 * perspective(b) * H, aspect: 0.32, seed: r.next()}
		if r.intn(2) == 0 {
			sl.dir = -1
		}
		moving(&sl, r, 0.04, 0.08, sl.aspect*1.05)
		add(sl)
	}
	for i := range cfg.Signs {
		r := newRng(root, 4, uint64(i))
		side := max(4, int(math.Round(0.065*H)))
		seg := W / float64(cfg.Signs)
		x := int(float64(i)*seg + r.between(0.15, 0.85)*(seg-float64(side)))
		add(slot{class: RoadSign, bottom: int(math.Round(signBase * H)),
			baseH: float64(side), aspect: 1, x: x, y: int(math.Round(signTop * H)), seed: r.next()})
	}
	s.bg = s.background()
	return s
}

// Config returns the scene's configuration, with defaults applied.
func (s *Scene) Config() Config { return s.cfg }

// instance is one object at one frame.
type instance struct {
	sl      *slot
	id      uint64
	color   int
	x, y    int // top-left of the full (unclipped) box
	w, h    int
	vx      float64
	outline int
}

// look returns the per-cycle appearance of a slot's object: colour index,
// width and height in pixels.
func (sl *slot) look(cycle int) (color, w, h int) {
	r := newRng(sl.seed, uint64(cycle))
	var colors []int
	aspect := sl.aspect
	hs := r.between(0.92, 1.08)
	switch sl.class {
	case Vehicle:
		colors = vehicleColors
		aspect *= r.between(0.9, 1.1)
	case TwoWheeler:
		colors = twoWheelerColors
	case Person:
		colors = personColors
	default:
		colors = signColors
		hs = 1
	}
	color = colors[r.intn(len(colors))]
	h = max(6, int(math.Round(sl.baseH*hs)))
	w = max(4, int(math.Round(float64(h)*aspect)))
	return color, w, h
}

// instances returns the objects with at least one pixel inside frame f, in
// drawing order (far to near).
func (s *Scene) instances(f int, dst []instance) []instance {
	if f < 0 {
		panic(fmt.Sprintf("scene: negative frame number %d", f))
	}
	W := s.cfg.Width
	dst = dst[:0]
	for k := range s.slots {
		sl := &s.slots[k]
		if sl.dir == 0 {
			c, w, h := sl.look(0)
			dst = append(dst, instance{sl: sl, id: uint64(sl.n) + 1, color: c,
				x: sl.x, y: sl.y, w: w, h: h, outline: s.line})
			continue
		}
		t := f + sl.phase
		cycle, tau := t/sl.period, t%sl.period
		c, w, h := sl.look(cycle)
		d := sl.speed * float64(tau)
		var x int
		if sl.dir > 0 {
			x = int(math.Round(d)) - w
		} else {
			x = W - int(math.Round(d))
		}
		if x >= W || x+w <= 0 {
			continue
		}
		dst = append(dst, instance{sl: sl, id: uint64(cycle)*uint64(len(s.slots)) + uint64(sl.n) + 1,
			color: c, x: x, y: sl.bottom - h, w: w, h: h, vx: float64(sl.dir) * sl.speed, outline: s.line})
	}
	// Insertion sort by depth (bottom edge), then class and slot: stable,
	// allocation-free, and the lists are short.
	for i := 1; i < len(dst); i++ {
		for j := i; j > 0 && farther(&dst[j], &dst[j-1]); j-- {
			dst[j], dst[j-1] = dst[j-1], dst[j]
		}
	}
	return dst
}

func farther(a, b *instance) bool {
	if a.sl.bottom != b.sl.bottom {
		return a.sl.bottom < b.sl.bottom
	}
	return a.sl.n < b.sl.n
}

// rect is a half-open pixel rectangle [x0,x1) x [y0,y1).
type rect struct{ x0, y0, x1, y1 int }

func (r rect) empty() bool { return r.x1 <= r.x0 || r.y1 <= r.y0 }
func (r rect) area() int {
	if r.empty() {
		return 0
	}
	return (r.x1 - r.x0) * (r.y1 - r.y0)
}
func (r rect) clip(w, h int) rect {
	return rect{max(r.x0, 0), max(r.y0, 0), min(r.x1, w), min(r.y1, h)}
}

// shape is an object's geometry: a silhouette of disjoint parts painted in
// the dark outline shade, the connected body inside it (the parts inset by
// the outline thickness) in the body colour, and decorations in the dark
// shade of the body colour inside the body.
type shape struct {
	parts  [2]rect
	nparts int
	body   [2]rect
	decor  [2]rect
	ndecor int
}

// Shade factors in 1/256: the outline is below MinValue (background under
// the colour contract); the decoration shade stays above it.
const (
	outlineShade = 64
	decorShade   = 141
)

func frac(v int, f float64) int { return int(math.Round(float64(v) * f)) }

func (in *instance) shape() shape {
	x0, y0, w, h, t := in.x, in.y, in.w, in.h, in.outline
	x1, y1 := x0+w, y0+h
	var sh shape
	// twoPart builds a narrow top part (width fraction tw, height fraction
	// th, centred) over a full-width bottom part.
	twoPart := func(tw, th float64) (tx0, tx1, ym int) {
		inset := max(frac(w, (1-tw)/2), 0)
		tx0, tx1, ym = x0+inset, x1-inset, y0+max(frac(h, th), 2*t+1)
		sh.nparts = 2
		sh.parts[0] = rect{tx0, y0, tx1, ym}
		sh.parts[1] = rect{x0, ym, x1, y1}
		sh.body[0] = rect{tx0 + t, y0 + t, tx1 - t, ym + t}
		sh.body[1] = rect{x0 + t, ym + t, x1 - t, y1 - t}
		return
	}
	switch in.sl.class {
	case Vehicle:
		sh.nparts = 1
		sh.parts[0] = rect{x0, y0, x1, y1}
		sh.body[0] = rect{x0 + t, y0 + t, x1 - t, y1 - t}
		mx := max(frac(w, 0.12), t+1)
		sh.ndecor = 1
		sh.decor[0] = rect{x0 + mx, y0 + max(frac(h, 0.18), t+1), x1 - mx, y0 + frac(h, 0.42)}
	case TwoWheeler:
		_, _, ym := twoPart(0.5, 0.45)
		r := max(frac(h, 0.22), 1)
		sh.ndecor = 2
		sh.decor[0] = rect{x0 + t + 1, y1 - t - 1 - r, x0 + t + 1 + r, y1 - t - 1}
		sh.decor[1] = rect{x1 - t - 1 - r, y1 - t - 1 - r, x1 - t - 1, y1 - t - 1}
		for i := range sh.decor {
			sh.decor[i].y0 = max(sh.decor[i].y0, ym+t)
		}
	case Person:
		_, _, ym := twoPart(0.56, 0.2)
		sh.ndecor = 1
		sh.decor[0] = rect{x0 + t, max(y0+frac(h, 0.62), ym+t), x1 - t, y1 - t}
	default: // RoadSign
		sh.nparts = 1
		sh.parts[0] = rect{x0, y0, x1, y1}
		sh.body[0] = rect{x0 + t, y0 + t, x1 - t, y1 - t}
		sh.ndecor = 1
		sh.decor[0] = rect{x0 + frac(w, 0.32), y0 + frac(h, 0.32), x1 - frac(w, 0.32), y1 - frac(h, 0.32)}
	}
	return sh
}

func (sh *shape) area() int {
	a := 0
	for _, p := range sh.parts[:sh.nparts] {
		a += p.area()
	}
	return a
}

// rng is a splitmix64 generator: tiny, fast and stable across Go releases.
type rng struct{ s uint64 }

func newRng(seed uint64, keys ...uint64) *rng {
	r := &rng{s: seed ^ 0x9E3779B97F4A7C15}
	for _, k := range keys {
		r.s ^= k + 0x632BE59BD9B4E019
		r.next()
	}
	return r
}

func (r *rng) next() uint64 {
	r.s += 0x9E3779B97F4A7C15
	z := r.s
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return z ^ (z >> 31)
}

// float returns a number in [0, 1).
func (r *rng) float() float64 { return float64(r.next()>>11) / (1 << 53) }

func (r *rng) between(lo, hi float64) float64 { return lo + (hi-lo)*r.float() }

func (r *rng) intn(n int) int { return int(r.next() % uint64(n)) }
