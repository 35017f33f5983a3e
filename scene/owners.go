package scene

// Owners returns frame i's per-pixel ownership, row by row (index
// y*Width+x): the TrackID of the object drawn at each pixel, its dark
// outline included, or 0 where the background shows. It is the exact
// instance segmentation of the frame, the ground truth for instance masks;
// the visible fractions and boxes of Truth(i) count these pixels. i must
// not be negative.
func (s *Scene) Owners(i int) []uint64 {
	W, H := s.cfg.Width, s.cfg.Height
	ip := instPool.Get().(*[]instance)
	insts := s.instances(i, *ip)
	*ip = insts
	defer instPool.Put(ip)
	out := make([]uint64, W*H)
	// Nearer objects come later and paint over farther ones, as render
	// does.
	for k := range insts {
		sh := insts[k].shape()
		for _, p := range sh.parts[:sh.nparts] {
			c := p.clip(W, H)
			if c.empty() {
				continue
			}
			for y := c.y0; y < c.y1; y++ {
				row := out[y*W+c.x0 : y*W+c.x1]
				for x := range row {
					row[x] = insts[k].id
				}
			}
		}
	}
	return out
}
