package scene

import "fmt"

// ClassID is the class of a scene object. The values are those of the
// DeepStream 4-class sample detector (resnet10 "Primary_Detector").
type ClassID int

// The object classes, numbered as in the DeepStream sample detector's labels.
const (
	Vehicle    ClassID = 0
	TwoWheeler ClassID = 1
	Person     ClassID = 2
	RoadSign   ClassID = 3
)

// NumClasses is the number of object classes.
const NumClasses = 4

// ClassNames are the class labels indexed by ClassID, as in the sample
// detector's labels.txt.
var ClassNames = [NumClasses]string{"Vehicle", "TwoWheeler", "Person", "RoadSign"}

// String returns the class label, or "ClassID(n)" for an unknown class.
func (c ClassID) String() string {
	if c >= 0 && int(c) < NumClasses {
		return ClassNames[c]
	}
	return fmt.Sprintf("ClassID(%d)", int(c))
}

// Color is one entry of the object colour palette: the colour every pixel of
// an object's body is painted with (darker parts, such as a vehicle's window
// band, are the same colour scaled down, which keeps hue and saturation).
type Color struct {
	Name  string   `json:"name"`  // colour attribute, e.g. "red"
	Class ClassID  `json:"class"` // the class whose objects wear this colour
	RGB   [3]uint8 `json:"rgb"`   // body colour
	Hue   int      `json:"hue"`   // hue in degrees [0, 360), as computed by Hue(RGB)
}

// Palette is the colour/class contract between the scene and the CPU
// stand-in elements: objects of a class are painted only with that class's
// colours, and Classify maps a pixel back to a palette entry. Vehicles have
// four colours (their "colour" attribute); the other classes have one each.
// The table is fixed: its order and values are part of the contract.
var Palette = [...]Color{
	{Name: "red", Class: Vehicle, RGB: [3]uint8{215, 35, 35}},
	{Name: "yellow", Class: Vehicle, RGB: [3]uint8{225, 195, 30}},
	{Name: "green", Class: Vehicle, RGB: [3]uint8{40, 180, 60}},
	{Name: "blue", Class: Vehicle, RGB: [3]uint8{40, 80, 220}},
	{Name: "violet", Class: TwoWheeler, RGB: [3]uint8{150, 50, 220}},
	{Name: "magenta", Class: Person, RGB: [3]uint8{225, 40, 170}},
	{Name: "cyan", Class: RoadSign, RGB: [3]uint8{20, 190, 200}},
}

// Indices of the palette entries used for each class family.
var (
	vehicleColors    = []int{0, 1, 2, 3}
	twoWheelerColors = []int{4}
	personColors     = []int{5}
	signColors       = []int{6}
)

// FaceRGB is the colour of faces (Config.Faces): a saturated yellow-green
// (hue 90) at least 20 degrees from every Palette hue, so Classify maps it
// to no palette entry and a face detector tells it from every object.
var FaceRGB = [3]uint8{130, 220, 40}

// Classification thresholds. A pixel belongs to a palette colour when its
// HSV value (max channel) is at least MinValue, its saturation
// ((max-min)/max) is at least MinSaturationPct percent, and its hue is within
// HueTolerance degrees of the colour's hue. Palette hues are at least 42
// degrees apart, so the ranges do not overlap.
const (
	MinValue         = 70
	MinSaturationPct = 45
	HueTolerance     = 18
)

// MaxBackgroundSaturationPct bounds the saturation of every background pixel,
// far below MinSaturationPct: the background never classifies as an object.
const MaxBackgroundSaturationPct = 20

// hueColor maps a hue in degrees to a palette index, or -1 when no palette
// hue is within HueTolerance.
var hueColor [360]int8

func init() {
	for i := range Palette {
		Palette[i].Hue = Hue(Palette[i].RGB[0], Palette[i].RGB[1], Palette[i].RGB[2])
	}
	for h := range hueColor {
		hueColor[h] = -1
		for i, c := range Palette {
			d := h - c.Hue
			if d < 0 {
				d = -d
			}
			if d > 180 {
				d = 360 - d
			}
			if d <= HueTolerance {
				hueColor[h] = int8(i)
			}
		}
	}
}

// Hue returns the HSV hue of an RGB colour in whole degrees [0, 360); grey
// has hue 0.
func Hue(r, g, b uint8) int {
	R, G, B := int(r), int(g), int(b)
	mx, mn := max(R, G, B), min(R, G, B)
	d := mx - mn
	if d == 0 {
		return 0
	}
	var h int
	switch mx {
	case R:
		h = 60 * (G - B) / d
	case G:
		h = 120 + 60*(B-R)/d
	default:
		h = 240 + 60*(R-G)/d
	}
	if h < 0 {
		h += 360
	}
	return h % 360
}

// SaturationPct returns the HSV saturation of an RGB colour in percent.
func SaturationPct(r, g, b uint8) int {
	mx := max(int(r), int(g), int(b))
	if mx == 0 {
		return 0
	}
	return 100 * (mx - min(int(r), int(g), int(b))) / mx
}

// Classify returns the index into Palette of the colour a pixel belongs to,
// or -1 for background (too dark, too grey, or a hue between palette
// ranges). It allocates nothing and is meant to be called per pixel.
func Classify(r, g, b uint8) int {
	R, G, B := int(r), int(g), int(b)
	mx, mn := max(R, G, B), min(R, G, B)
	if mx < MinValue || 100*(mx-mn) < MinSaturationPct*mx {
		return -1
	}
	return int(hueColor[Hue(r, g, b)])
}

// ClassifyClass returns the class a pixel belongs to under the colour
// contract, and false for background.
func ClassifyClass(r, g, b uint8) (ClassID, bool) {
	i := Classify(r, g, b)
	if i < 0 {
		return 0, false
	}
	return Palette[i].Class, true
}

// ColorByName returns the palette index of a colour name, or -1.
func ColorByName(name string) int {
	for i, c := range Palette {
		if c.Name == name {
			return i
		}
	}
	return -1
}
