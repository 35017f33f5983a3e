package scene

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// Version is the version of the scene model and renderer. It changes whenever
// the same Config would render different pixels or truth, and is part of the
// cache key of generated clips.
const Version = 1

// Config describes a scene. Zero Width, Height, Frames and FPS take the
// values of DefaultConfig; zero object counts mean no objects of that class.
type Config struct {
	Seed        int64 `json:"seed"`
	Width       int   `json:"width"`  // pixels, even
	Height      int   `json:"height"` // pixels, even
	Frames      int   `json:"frames"`
	FPS         int   `json:"fps"`
	Vehicles    int   `json:"vehicles"`     // vehicle slots (lanes are shared)
	TwoWheelers int   `json:"two_wheelers"` // two-wheeler slots
	People      int   `json:"people"`       // pedestrian slots (both sidewalks)
	Signs       int   `json:"signs"`        // road signs, fixed in place
	// Faces gives every person a face: the top of the head painted in
	// FaceRGB, with its box in the person's truth (Object.Face). Off by
	// default, so clips without it are unchanged (and keep their Key).
	Faces bool `json:"faces,omitempty"`
}

// DefaultConfig is the configuration of the default clip: 640x360, 60 frames
// at 30 fps (two seconds), 6 vehicles, 2 two-wheelers, 4 people, 2 signs.
func DefaultConfig() Config {
	return Config{
		Seed: 1, Width: 640, Height: 360, Frames: 60, FPS: 30,
		Vehicles: 6, TwoWheelers: 2, People: 4, Signs: 2,
	}
}

// MaxObjects bounds the total number of object slots of a scene.
const MaxObjects = 1000

func (c Config) withDefaults() Config {
	d := DefaultConfig()
	if c.Width == 0 {
		c.Width = d.Width
	}
	if c.Height == 0 {
		c.Height = d.Height
	}
	if c.Frames == 0 {
		c.Frames = d.Frames
	}
	if c.FPS == 0 {
		c.FPS = d.FPS
	}
	return c
}

// Validate reports whether the configuration (after defaults for zero
// fields) can be generated and encoded.
func (c Config) Validate() error {
	c = c.withDefaults()
	var errs []string
	if c.Width < 64 || c.Height < 64 || c.Width > 8192 || c.Height > 8192 {
		errs = append(errs, fmt.Sprintf("size %dx%d out of range 64..8192", c.Width, c.Height))
	}
	if c.Width%2 != 0 || c.Height%2 != 0 {
		errs = append(errs, fmt.Sprintf("size %dx%d must be even (4:2:0 video)", c.Width, c.Height))
	}
	if c.Frames < 1 {
		errs = append(errs, fmt.Sprintf("frames %d must be positive", c.Frames))
	}
	if c.FPS < 1 || c.FPS > 240 {
		errs = append(errs, fmt.Sprintf("fps %d out of range 1..240", c.FPS))
	}
	n := 0
	for _, k := range []struct {
		name string
		v    int
	}{{"vehicles", c.Vehicles}, {"two-wheelers", c.TwoWheelers}, {"people", c.People}, {"signs", c.Signs}} {
		if k.v < 0 {
			errs = append(errs, fmt.Sprintf("%s %d must not be negative", k.name, k.v))
		}
		n += k.v
	}
	if n > MaxObjects {
		errs = append(errs, fmt.Sprintf("%d objects, at most %d", n, MaxObjects))
	}
	if len(errs) > 0 {
		return errors.New("scene: invalid config: " + strings.Join(errs, "; "))
	}
	return nil
}

// Key returns a short hash of the configuration (after defaults) and the
// renderer Version, used to name cached clip folders.
func (c Config) Key() string {
	b, err := json.Marshal(struct {
		V int
		C Config
	}{Version, c.withDefaults()})
	if err != nil {
		panic(err) // plain ints cannot fail to marshal
	}
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:6])
}
