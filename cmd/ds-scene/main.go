// Command ds-scene renders the synthetic street scene of package scene and
// writes it as an H.264 elementary stream (DIR/scene.h264, through
// gst-launch-1.0 and x264enc), optionally as JPEG frames (DIR/frames/%05d.jpg)
// and an MJPEG stream (DIR/scene.mjpeg), and always its ground truth
// (DIR/truth.json). It prints one summary line.
//
//	ds-scene -out build/myclip -seed 3 -width 1280 -height 720 -frames 90 -jpeg
//
// Without -h264=false it needs gst-launch-1.0 and the x264enc element
// (gstreamer1.0-plugins-ugly); `make setup` installs them.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"time"

	"github.com/go-deepstream/go-deepstream/scene"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("ds-scene", flag.ContinueOnError)
	fs.SetOutput(stderr)
	d := scene.DefaultConfig()
	cfg := d
	fs.Int64Var(&cfg.Seed, "seed", d.Seed, "random seed: the same seed gives the same clip")
	fs.IntVar(&cfg.Width, "width", d.Width, "frame width in pixels (even)")
	fs.IntVar(&cfg.Height, "height", d.Height, "frame height in pixels (even)")
	fs.IntVar(&cfg.Frames, "frames", d.Frames, "number of frames")
	fs.IntVar(&cfg.FPS, "fps", d.FPS, "frames per second")
	fs.IntVar(&cfg.Vehicles, "vehicles", d.Vehicles, "vehicle slots")
	fs.IntVar(&cfg.TwoWheelers, "two-wheelers", d.TwoWheelers, "two-wheeler slots")
	fs.IntVar(&cfg.People, "people", d.People, "pedestrian slots")
	fs.IntVar(&cfg.Signs, "signs", d.Signs, "road signs")
	fs.BoolVar(&cfg.Faces, "faces", false, "give people faces (scene.FaceRGB) with face boxes in the truth")
	out := fs.String("out", "", "output folder (required; created if missing)")
	var opt scene.ClipOptions
	fs.BoolVar(&opt.H264, "h264", true, "write scene.h264 (needs gst-launch-1.0 and x264enc)")
	fs.BoolVar(&opt.JPEG, "jpeg", false, "write frames/%05d.jpg")
	fs.BoolVar(&opt.MJPEG, "mjpeg", false, "write scene.mjpeg (concatenated JPEG frames)")
	fs.IntVar(&opt.JPEGQuality, "quality", 90, "JPEG quality, 1..100")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: ds-scene -out DIR [flags]\n\n"+
			"Renders the synthetic test scene and writes DIR/scene.h264, DIR/truth.json\n"+
			"and, with -jpeg/-mjpeg, DIR/frames/%%05d.jpg and DIR/scene.mjpeg.\n\nflags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	fail := func(err error) int {
		fmt.Fprintf(stderr, "ds-scene: %s\n", strings.TrimPrefix(err.Error(), "scene: "))
		return 1
	}
	switch {
	case fs.NArg() > 0:
		fmt.Fprintf(stderr, "ds-scene: unexpected arguments %q\n", fs.Args())
		fs.Usage()
		return 2
	case *out == "":
		fmt.Fprintln(stderr, "ds-scene: -out DIR is required")
		fs.Usage()
		return 2
	case opt.JPEGQuality < 1 || opt.JPEGQuality > 100:
		return fail(fmt.Errorf("-quality %d out of range 1..100", opt.JPEGQuality))
	}
	if err := cfg.Validate(); err != nil {
		return fail(err)
	}
	if opt.H264 {
		if err := scene.CheckEncoder(); err != nil {
			return fail(err)
		}
	}
	start := time.Now()
	c, err := scene.WriteClip(ctx, scene.Generate(cfg), *out, opt)
	if err != nil {
		return fail(err)
	}
	var files []string
	for _, f := range []string{c.H264, c.Frames, c.MJPEG, c.Truth} {
		if f != "" {
			files = append(files, f)
		}
	}
	fmt.Fprintf(stdout, "ds-scene: wrote %s: %dx%d, %d frames at %d fps, seed %d, %d tracks, %d boxes, in %.1fs\n",
		strings.Join(files, " "), cfg.Width, cfg.Height, cfg.Frames, cfg.FPS, cfg.Seed, c.Tracks, c.Boxes,
		time.Since(start).Seconds())
	return 0
}
