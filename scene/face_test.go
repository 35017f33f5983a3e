package scene

import (
	"testing"
)

// Faces on: every person's truth has a face inside its box, painted in
// FaceRGB where visible; faces off: no face and no FaceRGB pixel, and the
// frames of the two configs differ only inside face boxes.
func TestFaces(t *testing.T) {
	for _, seed := range []int64{1, 3, 7, 11} {
		for _, size := range [][2]int{{640, 360}, {1280, 720}} {
			cfg := Config{Seed: seed, Width: size[0], Height: size[1], Frames: 30, People: 6, Vehicles: 3}
			on := cfg
			on.Faces = true
			if cfg.Key() == on.Key() {
				t.Fatalf("seed %d: faces do not change the key", seed)
			}
			a, b := Generate(cfg), Generate(on)
			faces := 0
			for f := 0; f < cfg.Frames; f += 7 {
				ia, ib := a.Frame(f), b.Frame(f)
				ta, tb := a.Truth(f), b.Truth(f)
				in := make([]bool, cfg.Width*cfg.Height)
				for i, o := range tb.Objects {
					if ta.Objects[i].Face != nil {
						t.Fatalf("seed %d frame %d: face without Config.Faces", seed, f)
					}
					if o.Face != nil && o.ClassID != Person {
						t.Fatalf("seed %d frame %d: %s has face %v", seed, f, o.Class, o.Face)
					}
					if o.Face == nil {
						continue
					}
					fb := o.Face.Box
					if fb.Empty() || fb.Left < o.Box.Left || fb.Top < o.Box.Top || fb.Top+fb.Height > o.Box.Top+o.Box.Height/3+1 || fb.Left+fb.Width > o.Box.Left+o.Box.Width {
						t.Fatalf("seed %d frame %d: face %+v not at the top of person %+v", seed, f, fb, o.Box)
					}
					if o.Face.Visible == 1 {
						faces++
						for y := fb.Top; y < fb.Top+fb.Height; y++ {
							for x := fb.Left; x < fb.Left+fb.Width; x++ {
								p := ib.PixOffset(x, y)
								if [3]uint8(ib.Pix[p:p+3]) != FaceRGB {
									t.Fatalf("seed %d frame %d: pixel (%d,%d) of visible face %+v is %v", seed, f, x, y, fb, ib.Pix[p:p+3])
								}
							}
						}
					}
					for y := fb.Top; y < fb.Top+fb.Height; y++ {
						for x := fb.Left; x < fb.Left+fb.Width; x++ {
							in[y*cfg.Width+x] = true
						}
					}
				}
				for y := range cfg.Height {
					for x := range cfg.Width {
						p := ia.PixOffset(x, y)
						if [3]uint8(ia.Pix[p:p+3]) == FaceRGB {
							t.Fatalf("seed %d frame %d: FaceRGB at (%d,%d) without faces", seed, f, x, y)
						}
						if !in[y*cfg.Width+x] && [4]uint8(ia.Pix[p:p+4]) != [4]uint8(ib.Pix[p:p+4]) {
							t.Fatalf("seed %d frame %d: faces changed pixel (%d,%d) outside every face", seed, f, x, y)
						}
					}
				}
			}
			if faces == 0 {
				t.Errorf("seed %d %v: no fully visible face in the sampled frames", seed, size)
			}
		}
	}
}

// FaceRGB classifies as no palette colour.
func TestFaceColorIsNoClass(t *testing.T) {
	if i := Classify(FaceRGB[0], FaceRGB[1], FaceRGB[2]); i >= 0 {
		t.Fatalf("FaceRGB classifies as palette entry %d", i)
	}
}
