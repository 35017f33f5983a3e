package scene

// face returns the face of a person instance when Config.Faces is set: the
// body of the head part (the narrow top part of the silhouette) down to
// where the torso begins, so the face touches no background pixel.
func (s *Scene) face(in *instance, sh *shape) (rect, bool) {
	if !s.cfg.Faces || in.sl.class != Person || sh.nparts < 2 {
		return rect{}, false
	}
	b := sh.body[0]
	r := rect{b.x0, b.y0, b.x1, sh.parts[1].y0}
	return r, !r.empty()
}

// faceTruth measures a face rectangle against the id map of the rendered
// frame (id: the person's id in it).
func faceTruth(fr rect, ids []uint16, W, H int, id uint16) *Face {
	c := fr.clip(W, H)
	f := &Face{Box: boxOf(c)}
	visible := 0
	vb := rect{W, H, 0, 0}
	for y := c.y0; y < c.y1; y++ {
		for x := c.x0; x < c.x1; x++ {
			if ids[y*W+x] == id {
				visible++
				vb.x0, vb.x1 = min(vb.x0, x), max(vb.x1, x+1)
				vb.y0, vb.y1 = min(vb.y0, y), max(vb.y1, y+1)
			}
		}
	}
	if visible > 0 {
		f.VisibleBox = boxOf(vb)
	}
	f.Visible = round4(float64(visible) / float64(fr.area()))
	return f
}
