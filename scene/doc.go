// Package scene generates the synthetic street scene that go-deepstream's
// CPU stand-in elements and sample apps are tested on: moving coloured
// vehicles, two-wheelers and people, and road signs fixed in place, on a
// grey street, deterministic by seed, with ground truth for every frame.
//
// # Scene model
//
// A building wall at the top, a far sidewalk with road signs on poles, a
// four-lane road (lanes 0 and 1, the far ones, drive right to left; lanes 2
// and 3 left to right) and a near sidewalk. Vehicles and two-wheelers drive
// in the lanes, people walk along both sidewalks. Objects lower in the frame
// are nearer, larger and drawn later, so they occlude farther ones; each
// lane's vehicles share a speed and are spaced evenly, so occlusion comes
// from nearer lanes, two-wheelers and pedestrians. Moving objects enter
// across the left or right edge, cross the frame and leave across the
// other; after a gap a new object (new track id, new colour and size)
// enters in the same slot. Positions are a pure function of the frame
// number, so frames render in any order and a Scene is safe for concurrent
// use.
//
// Shapes: vehicles are wide rectangles (about 2.2:1) with a window band;
// two-wheelers are small and taller than wide, a rider over a bike with two
// wheels; people are narrow and tall (about 1:3), a head over a body with
// legs; signs are small squares with an inner square. Every object has a
// one- or two-pixel outline in a very dark shade of its colour, which keeps
// touching objects of the same colour apart as separate blobs.
//
// # Colour/class contract
//
// The stand-in detector classifies pixels by colour with Classify, using
// this table (Palette, exported so that stand-ins use the same data):
//
//	class          class id  colour    RGB            hue
//	Vehicle        0         red       215, 35, 35      0
//	Vehicle        0         yellow    225,195, 30     50
//	Vehicle        0         green      40,180, 60    128
//	Vehicle        0         blue       40, 80,220    227
//	TwoWheeler     1         violet    150, 50,220    275
//	Person         2         magenta   225, 40,170    318
//	RoadSign       3         cyan       20,190,200    184
//
// A pixel belongs to a colour when its value (max of R, G, B) is at least
// MinValue (70), its saturation ((max-min)/max) at least MinSaturationPct
// (45%), and its hue within HueTolerance (18 degrees) of the colour's hue;
// otherwise it is background. Palette hues are at least 42 degrees apart.
// Object bodies use the palette colour; decorations (window band, wheels,
// legs, a sign's inner square) the same colour scaled to 55%, which
// classifies the same; outlines the colour scaled to 25%, which is
// background. The background is near-grey: every background pixel has
// saturation below MaxBackgroundSaturationPct (20%), so no background pixel
// ever classifies as an object, before or after H.264/JPEG compression
// (compression bleeds colour a few pixels beyond object edges).
//
// A vehicle's colour is its "colour" attribute in the ground truth (the
// secondary classifier's answer); the other classes have one colour each.
//
// # Ground truth
//
// Truth(i) lists every object with at least one pixel inside frame i: track
// id, class, colour, its box clipped to the frame, the box of its visible
// pixels, its visible and in-frame fractions, its depth order and speed.
// Owners(i) is the frame's exact instance segmentation: the track id of
// the object drawn at each pixel.
// WriteClip writes the truth of all frames as truth.json beside scene.h264
// (H.264 elementary stream), frames/%05d.jpg and scene.mjpeg; DefaultClip
// caches the default clip under build/clips. See docs/scene.md.
//
// # Faces
//
// Config.Faces (off by default) paints each person's head in FaceRGB, a
// hue no palette colour is near, and adds the face's box and visibility
// to the person's truth (Object.Face), for face detectors and redaction.
package scene
