package scene

import (
	"fmt"
	"image"
	"math"
	"slices"
	"sync"
)

// background renders the static street: building wall, sidewalks, curbs,
// asphalt with lane markings, and the poles of the road signs. Every pixel
// is a near-grey with saturation below MaxBackgroundSaturationPct.
func (s *Scene) background() []byte {
	W, H := s.cfg.Width, s.cfg.Height
	pix := make([]byte, W*H*4)
	yf := func(f float64) int { return int(math.Round(f * float64(H))) }
	wall, farWalk, road0, road1, nearWalk := yf(wallEnd), yf(farWalkEnd), yf(roadStart), yf(roadEnd), yf(nearWalkStart)
	panel := max(8, yf(0.12))
	tile := max(4, yf(0.05))
	winRow := max(6, yf(0.09))
	r := newRng(uint64(s.cfg.Seed), 0xB6)
	for y := range H {
		row := pix[y*W*4 : (y+1)*W*4]
		for x := range W {
			var c [3]int
			switch {
			case y < wall:
				c = [3]int{116, 110, 104}
				if (x/panel)%2 == 1 {
					c = [3]int{124, 118, 112}
				}
				px, py := x%panel, y%winRow
				if px >= panel/4 && px < panel*3/4 && py >= winRow/4 && py < winRow*3/4 && y < wall-winRow/2 {
					c = [3]int{64, 66, 70}
				}
			case y < farWalk || y >= nearWalk:
				c = [3]int{150, 149, 146}
				if x%tile == 0 || y%tile == 0 {
					c = [3]int{132, 131, 128}
				}
			case y < road0 || y >= road1:
				c = [3]int{178, 177, 173} // curbs
			default:
				c = [3]int{86, 88, 90}
			}
			n := r.next()
			lum := int(n%21) - 10
			for i := range 3 {
				v := c[i] + lum + int((n>>(8+8*i))%3) - 1
				row[x*4+i] = byte(min(max(v, 0), 255))
			}
			row[x*4+3] = 255
		}
	}
	// Lane markings: dashed between lanes 0|1 and 2|3, a double solid line
	// in the middle of the road.
	th := max(1, yf(0.006))
	mark := [3]byte{212, 212, 206}
	dash, gap := max(4, W/12), max(3, W/16)
	for _, b := range []float64{laneBottoms[0] + 0.006, laneBottoms[2] + 0.006} {
		y0 := yf(b)
		for x0 := 0; x0 < W; x0 += dash + gap {
			fillRGBA(pix, W*4, rect{x0, y0, x0 + dash, y0 + th}.clip(W, H), mark)
		}
	}
	mid := yf(laneBottoms[1] + 0.006)
	fillRGBA(pix, W*4, rect{0, mid, W, mid + th}.clip(W, H), mark)
	fillRGBA(pix, W*4, rect{0, mid + 2*th, W, mid + 3*th}.clip(W, H), mark)
	// Sign poles: background, since signs never move.
	pw := max(2, yf(0.008))
	for i := range s.slots {
		sl := &s.slots[i]
		if sl.class != RoadSign {
			continue
		}
		_, w, h := sl.look(0)
		cx := sl.x + w/2
		fillRGBA(pix, W*4, rect{cx - pw/2, sl.y + h, cx - pw/2 + pw, sl.bottom}.clip(W, H), [3]byte{72, 74, 77})
	}
	return pix
}

// fillRGBA paints an opaque colour into a clipped rectangle of an RGBA
// buffer: one row by bytes, the others by copy.
func fillRGBA(pix []byte, stride int, r rect, c [3]byte) {
	if r.empty() {
		return
	}
	off, n := r.y0*stride+r.x0*4, (r.x1-r.x0)*4
	row := pix[off : off+n]
	for i := 0; i < n; i += 4 {
		row[i], row[i+1], row[i+2], row[i+3] = c[0], c[1], c[2], 255
	}
	for y := r.y0 + 1; y < r.y1; y++ {
		o := y*stride + r.x0*4
		copy(pix[o:o+n], row)
	}
}

func fillID(ids []uint16, stride int, r rect, id uint16) {
	if r.empty() {
		return
	}
	for y := r.y0; y < r.y1; y++ {
		row := ids[y*stride+r.x0 : y*stride+r.x1]
		for i := range row {
			row[i] = id
		}
	}
}

func shade(c [3]uint8, f int) [3]byte {
	return [3]byte{byte(int(c[0]) * f >> 8), byte(int(c[1]) * f >> 8), byte(int(c[2]) * f >> 8)}
}

// Frame renders frame i (0-based) into a new image. Frames past
// Config().Frames continue the scene; i must not be negative.
func (s *Scene) Frame(i int) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, s.cfg.Width, s.cfg.Height))
	s.render(i, img, false)
	return img
}

// FrameInto renders frame i into dst, which must have the scene's size and
// origin (0,0), and returns dst. It allocates nothing.
func (s *Scene) FrameInto(i int, dst *image.RGBA) *image.RGBA {
	s.render(i, dst, false)
	return dst
}

// Truth returns the ground truth of frame i without rendering pixels.
func (s *Scene) Truth(i int) FrameTruth { return s.render(i, nil, true) }

// Render renders frame i into dst (as FrameInto) and returns its ground
// truth in the same pass.
func (s *Scene) Render(i int, dst *image.RGBA) FrameTruth { return s.render(i, dst, true) }

var idPool sync.Pool // of *[]uint16

var instPool = sync.Pool{New: func() any { b := make([]instance, 0, 64); return &b }}

func (s *Scene) render(f int, dst *image.RGBA, truth bool) FrameTruth {
	W, H := s.cfg.Width, s.cfg.Height
	if dst != nil {
		if dst.Rect != image.Rect(0, 0, W, H) {
			panic(fmt.Sprintf("scene: destination bounds %v, want %v", dst.Rect, image.Rect(0, 0, W, H)))
		}
		for y := range H {
			copy(dst.Pix[y*dst.Stride:y*dst.Stride+W*4], s.bg[y*W*4:(y+1)*W*4])
		}
	}
	ip := instPool.Get().(*[]instance)
	insts := s.instances(f, *ip)
	*ip = insts // keep what the slice grew to
	defer instPool.Put(ip)

	var ids []uint16
	if truth {
		p, ok := idPool.Get().(*[]uint16)
		if !ok || len(*p) != W*H {
			b := make([]uint16, W*H)
			p = &b
		}
		ids = *p
		clear(ids)
		defer idPool.Put(p)
	}
	for k := range insts {
		in := &insts[k]
		sh := in.shape()
		if dst != nil {
			col := Palette[in.color].RGB
			dark, dec := shade(col, outlineShade), shade(col, decorShade)
			for _, p := range sh.parts[:sh.nparts] {
				fillRGBA(dst.Pix, dst.Stride, p.clip(W, H), dark)
			}
			for _, p := range sh.body[:sh.nparts] {
				fillRGBA(dst.Pix, dst.Stride, p.clip(W, H), col)
			}
			for _, p := range sh.decor[:sh.ndecor] {
				fillRGBA(dst.Pix, dst.Stride, p.clip(W, H), dec)
			}
			if fr, ok := s.face(in, &sh); ok {
				fillRGBA(dst.Pix, dst.Stride, fr.clip(W, H), FaceRGB)
			}
		}
		if truth {
			for _, p := range sh.parts[:sh.nparts] {
				fillID(ids, W, p.clip(W, H), uint16(k+1))
			}
		}
	}
	ft := FrameTruth{Frame: f}
	if !truth {
		return ft
	}
	ft.Objects = make([]Object, 0, len(insts))
	for k := range insts {
		in := &insts[k]
		sh := in.shape()
		area, inFrame, visible := sh.area(), 0, 0
		vb := rect{W, H, 0, 0}
		for _, p := range sh.parts[:sh.nparts] {
			c := p.clip(W, H)
			inFrame += c.area()
			if c.empty() {
				continue
			}
			for y := c.y0; y < c.y1; y++ {
				row := ids[y*W+c.x0 : y*W+c.x1]
				first, last := -1, -1
				for x, id := range row {
					if id == uint16(k+1) {
						visible++
						if first < 0 {
							first = x
						}
						last = x
					}
				}
				if first >= 0 {
					vb.x0, vb.x1 = min(vb.x0, c.x0+first), max(vb.x1, c.x0+last+1)
					vb.y0, vb.y1 = min(vb.y0, y), max(vb.y1, y+1)
				}
			}
		}
		col := Palette[in.color]
		o := Object{
			TrackID: in.id, ClassID: in.sl.class, Class: in.sl.class.String(),
			Color: col.Name, RGB: col.RGB,
			Box:     boxOf(rect{in.x, in.y, in.x + in.w, in.y + in.h}.clip(W, H)),
			Visible: round4(float64(visible) / float64(area)),
			InFrame: round4(float64(inFrame) / float64(area)),
			Depth:   k,
			VX:      round4(in.vx),
		}
		if visible > 0 {
			o.VisibleBox = boxOf(vb)
		}
		if fr, ok := s.face(in, &sh); ok && !fr.clip(W, H).empty() {
			o.Face = faceTruth(fr, ids, W, H, uint16(k+1))
		}
		ft.Objects = append(ft.Objects, o)
	}
	slices.SortFunc(ft.Objects, func(a, b Object) int {
		switch {
		case a.TrackID < b.TrackID:
			return -1
		case a.TrackID > b.TrackID:
			return 1
		}
		return 0
	})
	return ft
}

func boxOf(r rect) Box {
	if r.empty() {
		return Box{}
	}
	return Box{Left: r.x0, Top: r.y0, Width: r.x1 - r.x0, Height: r.y1 - r.y0}
}

func round4(v float64) float64 { return math.Round(v*1e4) / 1e4 }
