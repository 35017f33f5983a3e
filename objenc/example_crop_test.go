package objenc_test

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"

	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/objenc"
	"github.com/go-deepstream/go-deepstream/surface"
)

// Encode one object of a frame and read the crop back from the object's
// user meta, as a downstream probe would.
func Example() {
	// A 64x48 RGBA frame, grey with a red 20x10 box at (8, 4).
	surf, _ := surface.Create(1, surface.CreateParams{Width: 64, Height: 48, ColorFormat: surface.ColorFormatRGBA, MemType: surface.MemSystem})
	defer surf.Destroy()
	_ = surf.SetNumFilled(1)
	m, _ := surf.Surface().Map(0, 0, surface.MapWrite)
	img, _ := m.RGBA()
	draw.Draw(img, img.Rect, image.NewUniform(color.RGBA{128, 128, 128, 255}), image.Point{}, draw.Src)
	draw.Draw(img, image.Rect(8, 4, 28, 14), image.NewUniform(color.RGBA{220, 20, 20, 255}), image.Point{}, draw.Src)
	m.Close()

	// The batch meta an nvstreammux would attach, with one object.
	batch, _ := nvds.NewBatchMeta(1)
	defer batch.Release()
	pf, _ := batch.Meta().AcquireFrameMeta()
	frame := batch.Meta().AddFrame(pf)
	obj, _ := frame.NewObject(nvds.ObjectMeta{})
	obj.RectParams().SetRect(nvds.Rect{Left: 8, Top: 4, Width: 20, Height: 10})

	enc, err := objenc.NewContext(0)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer enc.Destroy()
	if err := enc.Process(surf.Surface(), frame, obj, objenc.Args{AttachUserMeta: true, Quality: 90}); err != nil {
		fmt.Println(err)
		return
	}
	_ = enc.Finish()

	for crop := range nvds.Payloads(obj.UserMeta(), objenc.CropFromUser) {
		dec, _ := crop.Decode()
		r, g, b, _ := dec.At(10, 5).RGBA()
		fmt.Printf("%v crop, centre red %v, green %v, blue %v\n", dec.Bounds().Size(), r>>8 > 200, g>>8 < 50, b>>8 < 50)
	}
	// Output:
	// (20,10) crop, centre red true, green true, blue true
}
