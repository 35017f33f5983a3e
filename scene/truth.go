package scene

import (
	"encoding/json"
	"fmt"
	"os"
)

// Box is an axis-aligned pixel rectangle, as DeepStream's rect params.
type Box struct {
	Left   int `json:"left"`
	Top    int `json:"top"`
	Width  int `json:"width"`
	Height int `json:"height"`
}

// Empty reports whether the box has no pixels.
func (b Box) Empty() bool { return b.Width <= 0 || b.Height <= 0 }

// Area returns the box's area in pixels.
func (b Box) Area() int {
	if b.Empty() {
		return 0
	}
	return b.Width * b.Height
}

// IoU returns the intersection over union of two boxes.
func (b Box) IoU(o Box) float64 {
	x0, y0 := max(b.Left, o.Left), max(b.Top, o.Top)
	x1, y1 := min(b.Left+b.Width, o.Left+o.Width), min(b.Top+b.Height, o.Top+o.Height)
	if x1 <= x0 || y1 <= y0 {
		return 0
	}
	in := (x1 - x0) * (y1 - y0)
	return float64(in) / float64(b.Area()+o.Area()-in)
}

// Contains reports whether pixel (x, y) lies inside the box.
func (b Box) Contains(x, y int) bool {
	return x >= b.Left && x < b.Left+b.Width && y >= b.Top && y < b.Top+b.Height
}

// Object is the ground truth of one object in one frame. Objects with at
// least one pixel inside the frame are listed, even when fully occluded.
type Object struct {
	TrackID uint64   `json:"track_id"` // unique per object over the whole scene, from 1
	ClassID ClassID  `json:"class_id"`
	Class   string   `json:"class"` // ClassNames[ClassID]
	Color   string   `json:"color"` // palette colour name
	RGB     [3]uint8 `json:"rgb"`   // palette body colour
	// Box is the object's full extent, clipped to the frame.
	Box Box `json:"box"`
	// VisibleBox bounds the object's pixels that are drawn (in the frame and
	// not covered by nearer objects); zero when none are.
	VisibleBox Box `json:"visible_box"`
	// Visible is the fraction of the object's pixels that are drawn.
	Visible float64 `json:"visible"`
	// InFrame is the fraction of the object's pixels inside the frame.
	InFrame float64 `json:"in_frame"`
	// Depth is the drawing order in this frame: 0 is the farthest object.
	Depth int `json:"depth"`
	// VX is the horizontal speed in pixels per frame (negative: leftwards).
	VX float64 `json:"vx"`
	// Face is the person's face when Config.Faces is set and the face has a
	// pixel in the frame; nil otherwise.
	Face *Face `json:"face,omitempty"`
}

// Face is the ground truth of a person's face (Config.Faces): a rectangle
// of FaceRGB at the top of the person's head.
type Face struct {
	// Box is the face's full extent, clipped to the frame.
	Box Box `json:"box"`
	// VisibleBox bounds the face pixels that are drawn; zero when none are.
	VisibleBox Box `json:"visible_box"`
	// Visible is the fraction of the face's pixels that are drawn.
	Visible float64 `json:"visible"`
}

// FrameTruth is the ground truth of one frame.
type FrameTruth struct {
	Frame   int      `json:"frame"` // 0-based frame number
	Objects []Object `json:"objects"`
}

// Count returns the number of objects of a class whose visible fraction is
// at least minVisible.
func (t FrameTruth) Count(class ClassID, minVisible float64) int {
	n := 0
	for _, o := range t.Objects {
		if o.ClassID == class && o.Visible >= minVisible {
			n++
		}
	}
	return n
}

// Truth is the content of a clip's truth.json.
type Truth struct {
	Version int          `json:"version"` // scene.Version that wrote it
	Config  Config       `json:"config"`
	Classes []string     `json:"classes"` // ClassNames
	Palette []Color      `json:"palette"`
	Frames  []FrameTruth `json:"frames"`
}

func newTruth(cfg Config) *Truth {
	return &Truth{Version: Version, Config: cfg, Classes: ClassNames[:], Palette: Palette[:],
		Frames: make([]FrameTruth, 0, cfg.Frames)}
}

// ReadTruth reads a truth.json written by WriteClip.
func ReadTruth(path string) (*Truth, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var t Truth
	if err := json.Unmarshal(b, &t); err != nil {
		return nil, fmt.Errorf("scene: %s: %w", path, err)
	}
	if t.Version != Version {
		return nil, fmt.Errorf("scene: %s: truth version %d, this package writes %d", path, t.Version, Version)
	}
	return &t, nil
}
