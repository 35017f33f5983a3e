// Command pictures renders the sample outputs shown in the docs (make
// pictures): it runs the sample apps on the synthetic scene's default clip,
// with the file sink where the output is video, and writes scaled-down PNGs
// to the output folder (docs/img).
//
//	go run ./samples/internal/pictures [-out docs/img] [-only name.png]
package main

import (
	"flag"
	"fmt"
	"image"
	"image/color/palette"
	"image/draw"
	"image/jpeg"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/go-deepstream/go-deepstream/scene"
)

func main() {
	out := flag.String("out", "docs/img", "folder for the PNG files")
	only := flag.String("only", "", "render only this picture (a file name)")
	flag.Parse()
	if err := run(*out, *only); err != nil {
		fmt.Fprintln(os.Stderr, "pictures:", err)
		os.Exit(1)
	}
}

// picture is one image for the docs: a sample run and the file it leaves.
type picture struct {
	name   string   // PNG file name in the output folder
	sample string   // samples/<sample>
	args   []string // with {tmp} for the run's temporary folder
	sink   string   // GODS_SINK value, with {tmp}; empty for fakesink
	file   string   // the file to keep, with {tmp}
	width  int      // scaled to this width
}

func run(out, only string) error {
	clip, err := scene.DefaultClip("")
	if err != nil {
		return err
	}
	uri := "file://" + clip
	pics := []picture{
		{name: "deepstream-test1.png", sample: "deepstream-test1", args: []string{clip},
			sink: "file:{tmp}/%03d.png", file: "{tmp}/030.png", width: 800},
		{name: "deepstream-test2.png", sample: "deepstream-test2", args: []string{clip},
			sink: "file:{tmp}/%03d.png", file: "{tmp}/030.png", width: 800},
		{name: "deepstream-test3.png", sample: "deepstream-test3", args: []string{"-i", uri, uri, uri, uri, "-s"},
			sink: "file:{tmp}/%03d.png", file: "{tmp}/030.png", width: 800},
		{name: "deepstream-nvdsanalytics.png", sample: "deepstream-nvdsanalytics", args: []string{clip},
			sink: "file:{tmp}/%03d.png", file: "{tmp}/045.png", width: 800},
		{name: "deepstream-imagedata-multistream.png", sample: "deepstream-imagedata-multistream",
			args: []string{"-min-confidence", "0.5", "-max-confidence", "1", uri, "{tmp}/out"},
			file: "{tmp}/out/stream_0/frame_30.jpg", width: 800},
		{name: "deepstream-segmentation.png", sample: "deepstream-segmentation", args: []string{"{tmp}/out"},
			file: "{tmp}/out/30.jpg", width: 384},
		{name: "deepstream-imagedata-multistream-cupy.png", sample: "deepstream-imagedata-multistream-cupy",
			args: []string{"-i", uri, uri}, sink: "file:{tmp}/%03d.png", file: "{tmp}/030.png", width: 800},
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	for _, p := range pics {
		if only != "" && p.name != only {
			continue
		}
		if err := p.make(out); err != nil {
			return fmt.Errorf("%s: %w", p.name, err)
		}
	}
	return nil
}

func (p picture) make(out string) error {
	tmp, err := os.MkdirTemp("", "gods-pictures-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	fill := func(s string) string { return strings.ReplaceAll(s, "{tmp}", tmp) }
	args := []string{"run", "./samples/" + p.sample}
	for _, a := range p.args {
		args = append(args, fill(a))
	}
	cmd := exec.Command("go", args...)
	cmd.Env = append(os.Environ(), "GODS_SINK="+fill(p.sink))
	if p.sink == "" {
		cmd.Env = append(os.Environ(), "GODS_SINK=fake")
	}
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go %s: %v\n%s", strings.Join(args, " "), err, tail(string(b)))
	}
	img, err := decode(fill(p.file))
	if err != nil {
		return err
	}
	dst := filepath.Join(out, p.name)
	// 256 colours, no dithering: the scene's texture noise would otherwise
	// make the files several times larger.
	small := shrink(img, p.width)
	pal := image.NewPaletted(small.Bounds(), palette.Plan9)
	draw.Draw(pal, pal.Bounds(), small, image.Point{}, draw.Src)
	if err := writePNG(dst, pal); err != nil {
		return err
	}
	st, _ := os.Stat(dst)
	fmt.Printf("pictures: wrote %s (%d KB)\n", dst, st.Size()/1024)
	return nil
}

func decode(path string) (image.Image, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if strings.HasSuffix(path, ".png") {
		return png.Decode(f)
	}
	return jpeg.Decode(f)
}

// shrink scales img to width w (keeping the aspect ratio) by averaging
// boxes of pixels.
func shrink(img image.Image, w int) *image.RGBA {
	b := img.Bounds()
	src := image.NewRGBA(b)
	draw.Draw(src, b, img, b.Min, draw.Src)
	if w <= 0 || w >= b.Dx() {
		return src
	}
	h := b.Dy() * w / b.Dx()
	dst := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		y0, y1 := y*b.Dy()/h, max((y+1)*b.Dy()/h, y*b.Dy()/h+1)
		for x := 0; x < w; x++ {
			x0, x1 := x*b.Dx()/w, max((x+1)*b.Dx()/w, x*b.Dx()/w+1)
			var sum [4]int
			n := 0
			for sy := y0; sy < y1; sy++ {
				for sx := x0; sx < x1; sx++ {
					o := src.PixOffset(b.Min.X+sx, b.Min.Y+sy)
					for c := 0; c < 4; c++ {
						sum[c] += int(src.Pix[o+c])
					}
					n++
				}
			}
			o := dst.PixOffset(x, y)
			for c := 0; c < 4; c++ {
				dst.Pix[o+c] = uint8(sum[c] / n)
			}
		}
	}
	return dst
}

func writePNG(path string, img image.Image) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	err = enc.Encode(f, img)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

func tail(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > 20 {
		lines = lines[len(lines)-20:]
	}
	return strings.Join(lines, "\n")
}
