package dsapp

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/go-gst/go-gst/gst"

	"github.com/go-deepstream/go-deepstream/standin"
)

// SinkEnv names the environment variable that overrides a sample's sink:
//
//	GODS_SINK=fake            fakesink
//	GODS_SINK=display         the platform's renderer even without DISPLAY
//	GODS_SINK=file:out.mp4    H.264 in MP4 (x264enc, mp4mux)
//	GODS_SINK=file:f%05d.png  one PNG (or .jpg) per frame (multifilesink)
//
// In a file path, {sink} stands for the sink's element name, so that a
// sample with one sink per stream writes one set of files per stream.
//
// Unset or "auto": the renderer where a display exists, else fakesink.
const SinkEnv = "GODS_SINK"

// Embedded reports whether the process runs on go-deepstream's embedded
// CPU runtime (the default build) rather than the DeepStream SDK.
func Embedded() bool { return len(standin.Factories()) > 0 }

// HasDisplay reports whether a display server is reachable (DISPLAY or
// WAYLAND_DISPLAY is set).
func HasDisplay() bool {
	return os.Getenv("DISPLAY") != "" || os.Getenv("WAYLAND_DISPLAY") != ""
}

// Sink creates the sample's video sink named name into b's bin: what the
// Python apps use (nv3dsink on Jetson and aarch64, nveglglessink on x86
// with a discrete GPU) where it can work, fakesink where it cannot (no
// display, or the embedded runtime, whose frames are in system memory), or
// what GODS_SINK asks for. It prints the "Creating ..." line the apps print.
func Sink(b *Builder, name string, p *Platform) *gst.Element {
	if b.Err() != nil {
		return nil
	}
	mode := os.Getenv(SinkEnv)
	switch {
	case strings.HasPrefix(mode, "file:"):
		path := strings.ReplaceAll(strings.TrimPrefix(mode, "file:"), "{sink}", name)
		fmt.Fprintf(Stdout, "Creating file sink %s\n", path)
		bin, err := FileSink(name, path)
		if err != nil {
			b.Fail(err)
			return nil
		}
		b.Add(bin.Element)
		return bin.Element
	case mode == "fake":
		return fakeSink(b, name, p)
	case mode == "display":
	case mode == "" || mode == "auto":
		if !HasDisplay() || Embedded() {
			return fakeSink(b, name, p)
		}
	default:
		b.Fail(fmt.Errorf("%s=%q: want fake, display, auto or file:<path>", SinkEnv, mode))
		return nil
	}
	if Embedded() {
		// The stand-ins' frames are in system memory: convert and show them
		// with whatever renderer GStreamer finds.
		fmt.Fprintln(Stdout, "Creating autovideosink")
		bin, err := gst.NewBinFromString("nvvideoconvert ! videoconvert ! autovideosink", true)
		if err != nil {
			b.Fail(fmt.Errorf("display sink: %w", err))
			return nil
		}
		bin.SetArg("name", name)
		b.Add(bin.Element)
		return bin.Element
	}
	if p.IsIntegratedGPU() || p.IsPlatformAarch64() {
		fmt.Fprint(Stdout, "Creating nv3dsink \n\n")
		return b.Make("nv3dsink", name)
	}
	fmt.Fprint(Stdout, "Creating EGLSink \n\n")
	return b.Make("nveglglessink", name)
}

// fakeSink stands in for the renderer. The Python apps ask PlatformInfo
// before choosing theirs, which prints "Is it Integrated GPU? : ..."; the
// line that follows is the apps' own for a fakesink (deepstream-test3
// --no-display), in place of "Creating EGLSink \n".
func fakeSink(b *Builder, name string, p *Platform) *gst.Element {
	p.IsIntegratedGPU()
	fmt.Fprint(Stdout, "Creating Fakesink \n\n")
	return b.Make("fakesink", name)
}

// FileSink returns a bin named name that writes the NVMM RGBA frames it
// receives to path: an MP4 file (.mp4), or one image per frame when path
// holds a printf pattern such as %05d (.png or .jpg).
func FileSink(name, path string) (*gst.Bin, error) {
	var desc string
	ext := strings.ToLower(filepath.Ext(path))
	switch {
	case ext == ".mp4":
		desc = fmt.Sprintf("nvvideoconvert ! video/x-raw,format=I420 ! x264enc speed-preset=ultrafast ! h264parse ! mp4mux ! filesink location=%q", path)
	case strings.Contains(path, "%") && ext == ".png":
		desc = fmt.Sprintf("nvvideoconvert ! video/x-raw,format=RGBA ! videoconvert ! pngenc ! multifilesink location=%q", path)
	case strings.Contains(path, "%") && (ext == ".jpg" || ext == ".jpeg"):
		desc = fmt.Sprintf("nvvideoconvert ! video/x-raw,format=I420 ! jpegenc ! multifilesink location=%q", path)
	default:
		return nil, fmt.Errorf("file sink %q: want a .mp4 file or a .png/.jpg pattern with %%d", path)
	}
	bin, err := gst.NewBinFromString(desc, true)
	if err != nil {
		return nil, fmt.Errorf("file sink %q: %w", path, err)
	}
	bin.SetArg("name", name)
	return bin, nil
}
