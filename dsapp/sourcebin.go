package dsapp

import (
	"fmt"
	"strings"
	"sync"
	"unsafe"

	"github.com/go-gst/go-gst/gst"
)

// SourceBinOptions tune NewSourceBin.
type SourceBinOptions struct {
	// NvURISrcBin decodes with nvurisrcbin (DeepStream's source bin, which
	// reconnects RTSP sources and loops files) instead of uridecodebin. The
	// embedded runtime registers a stand-in of it (docs/standin-elements.md);
	// where no nvurisrcbin is registered, NewSourceBin fails with an error
	// naming it.
	NvURISrcBin bool
	// FileLoop uses nvurisrcbin with file-loop=1 and cudadec-memtype=0
	// (deepstream-test3's --file-loop); it implies NvURISrcBin.
	FileLoop bool
	// OnChild, when set, is called for every element added inside the
	// source bin, nested decodebins included, after the bin's own handling
	// (deepstream-imagedata-multistream sets the decoder's memory type).
	// It runs on the thread that adds the element.
	OnChild func(child *gst.Element, name string)
	// CameraCaps, when set, filters a V4L2 camera's output right after
	// v4l2src: deepstream-test1-usbcam uses "video/x-raw, framerate=30/1".
	CameraCaps string
	// Quiet leaves out the Python apps' progress lines ("Creating source
	// bin", "Decodebin child added: ...", "In cb_newpad", "gstname= ...",
	// "features= ..."); errors are still printed.
	Quiet bool
	// OmitCapsLines leaves out only "gstname= ..." and "features= ...":
	// some Python apps' cb_newpad (deepstream-imagedata-multistream-
	// redaction's) does not print them.
	OmitCapsLines bool
}

// NewSourceBin returns the source bin of the multi-stream Python apps
// (create_source_bin): a bin named source-bin-<index, two digits> with a
// ghost "src" pad giving decoded video in NVMM memory, for uri:
//
//   - file://, rtsp://, http(s):// URIs (and any other scheme a GStreamer
//     source handles), or a plain path, taken as a file: a uridecodebin (or
//     nvurisrcbin, see SourceBinOptions) whose decoded video pad becomes the
//     ghost pad's target when it appears, but only if its caps have the
//     memory:NVMM feature, that is if an NVIDIA decoder (or its stand-in)
//     was picked; otherwise the Python apps' error line is printed and the
//     pad stays unlinked. Nested decodebins are followed (child-added), and
//     RTSP sources get drop-on-latency;
//   - a V4L2 camera, /dev/videoN or v4l2:///dev/videoN: v4l2src →
//     [capsfilter CameraCaps] → videoconvert → nvvideoconvert → capsfilter
//     video/x-raw(memory:NVMM) (deepstream-test1-usbcam's chain), linked at
//     once, unless NvURISrcBin asks for nvurisrcbin.
//
// It prints the Python apps' lines ("Creating source bin", the bin's name,
// then from the streaming threads "Decodebin child added: <name>",
// "In cb_newpad", "gstname= <caps name>", "features= <caps features>")
// unless opt.Quiet. A missing element factory is an error naming it.
// Tell the muxer live-source=1 when IsLiveURI(uri).
func NewSourceBin(index int, uri string, opt SourceBinOptions) (*gst.Bin, error) {
	if index < 0 {
		panic(fmt.Sprintf("dsapp.NewSourceBin: negative index %d", index))
	}
	name := fmt.Sprintf("source-bin-%02d", index)
	if !opt.Quiet {
		fmt.Fprintln(Stdout, "Creating source bin")
		fmt.Fprintln(Stdout, name)
	}
	dev, isCamera := CameraDevice(uri)
	if !isCamera {
		var err error
		if uri, err = URI(uri); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	}
	bin := gst.NewBin(name)
	if bin == nil {
		return nil, fmt.Errorf("unable to create source bin %s", name)
	}
	var err error
	switch {
	case opt.FileLoop || opt.NvURISrcBin:
		if isCamera {
			uri = "v4l2://" + dev
		}
		err = addDecodeBin(bin, "nvurisrcbin", uri, opt)
	case isCamera:
		err = addCamera(bin, dev, opt.CameraCaps)
	default:
		err = addDecodeBin(bin, "uridecodebin", uri, opt)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return bin, nil
}

// makeElement creates an element, with an error naming a missing factory.
func makeElement(factory, name string) (*gst.Element, error) {
	if gst.Find(factory) == nil {
		hint := ""
		if factory == "nvurisrcbin" {
			hint = " (it comes with the DeepStream SDK, or with standin.Register on the embedded runtime)"
		}
		return nil, fmt.Errorf("unable to create %s %q: no element factory %q is registered%s", factory, name, factory, hint)
	}
	e, err := gst.NewElementWithName(factory, name)
	if err != nil || e == nil {
		return nil, fmt.Errorf("unable to create %s %q: %v", factory, name, err)
	}
	return e, nil
}

// addDecodeBin adds the uridecodebin or nvurisrcbin "uri-decode-bin" and
// the ghost pad it targets once it has a decoded pad.
func addDecodeBin(bin *gst.Bin, factory, uri string, opt SourceBinOptions) error {
	dec, err := makeElement(factory, "uri-decode-bin")
	if err != nil {
		return err
	}
	props := []any{"uri", uri}
	if opt.FileLoop {
		props = append(props, "file-loop", 1, "cudadec-memtype", 0)
	}
	if err := SetProps(dec, props...); err != nil {
		return err
	}
	ghost := gst.NewGhostPadNoTarget("src", gst.PadDirectionSource)
	if ghost == nil {
		return fmt.Errorf("failed to create ghost pad")
	}
	if _, err := dec.Connect("pad-added", func(_ any, pad any) {
		onNewPad(ghost, asPad(pad), opt)
	}); err != nil {
		return fmt.Errorf("connect pad-added: %w", err)
	}
	if err := watchChildren(dec, opt); err != nil {
		return err
	}
	if err := bin.Add(dec); err != nil {
		return err
	}
	if !bin.AddPad(ghost.Pad) {
		return fmt.Errorf("failed to add ghost pad")
	}
	return nil
}

// addCamera adds deepstream-test1-usbcam's camera chain and the ghost pad
// on its end.
func addCamera(bin *gst.Bin, device, cameraCaps string) error {
	b := NewBuilder(bin)
	chain := []*gst.Element{b.Make("v4l2src", "usb-cam-source")}
	b.Set(chain[0], "device", device)
	if cameraCaps != "" {
		filter := b.Make("capsfilter", "v4l2src_caps")
		b.Set(filter, "caps", cameraCaps)
		chain = append(chain, filter)
	}
	caps := b.Make("capsfilter", "nvmm_caps")
	b.Set(caps, "caps", "video/x-raw(memory:NVMM)")
	chain = append(chain, b.Make("videoconvert", "convertor-src1"), b.Make("nvvideoconvert", "convertor-src2"), caps)
	b.Link(chain...)
	pad := b.StaticPad(caps, "src")
	if err := b.Err(); err != nil {
		return err
	}
	ghost := gst.NewGhostPad("src", pad)
	if ghost == nil || !bin.AddPad(ghost.Pad) {
		return fmt.Errorf("failed to add ghost pad")
	}
	return nil
}

// onNewPad is cb_newpad: target the bin's ghost pad at a decoded video pad
// in NVMM memory.
func onNewPad(ghost *gst.GhostPad, pad *gst.Pad, opt SourceBinOptions) {
	// One write per call, so that two streams' lines do not interleave.
	var out, capsLines strings.Builder
	defer func() {
		if !opt.OmitCapsLines {
			out.WriteString(capsLines.String())
		}
		if !opt.Quiet {
			fmt.Fprint(Stdout, out.String())
		}
	}()
	out.WriteString("In cb_newpad\n\n")
	if pad == nil {
		return
	}
	caps := pad.GetCurrentCaps()
	if caps == nil {
		caps = pad.QueryCaps(nil)
	}
	if caps == nil || caps.GetSize() == 0 {
		return
	}
	gstname := caps.GetStructureAt(0).Name()
	fmt.Fprintln(&capsLines, "gstname=", gstname)
	if !strings.Contains(gstname, "video") {
		return
	}
	features := caps.GetFeaturesAt(0)
	fmt.Fprintln(&capsLines, "features=", features.String())
	if !features.Contains("memory:NVMM") {
		fmt.Fprintln(Stderr, " Error: Decodebin did not pick nvidia decoder plugin.")
		return
	}
	if !ghost.SetTarget(pad) {
		fmt.Fprintln(Stderr, "Failed to link decoder src pad to source bin ghost pad")
	}
}

// watchChildren is decodebin_child_added, connected to e and, recursively,
// to every decodebin inside it.
//
// The handler takes no arguments and looks the new child up among e's
// children: go-glib converts signal arguments to Go wrappers by their exact
// type and prints a warning for every element type go-gst has no wrapper
// for (GstFileSrc, GstDecodeBin, ...), which the child argument would be.
func watchChildren(e *gst.Element, opt SourceBinOptions) error {
	parent := &gst.Bin{Element: e}
	var mu sync.Mutex
	seen := map[unsafe.Pointer]bool{}
	_, err := e.Connect("child-added", func() {
		children, err := parent.GetElements()
		if err != nil {
			return
		}
		for _, c := range children {
			mu.Lock()
			isNew := !seen[c.Unsafe()]
			seen[c.Unsafe()] = true
			mu.Unlock()
			if isNew {
				childAdded(c, opt)
			}
		}
	})
	if err != nil {
		return fmt.Errorf("connect child-added: %w", err)
	}
	return nil
}

func childAdded(c *gst.Element, opt SourceBinOptions) {
	name := c.GetName()
	if !opt.Quiet {
		// Python: print("Decodebin child added:", name, "\n").
		fmt.Fprint(Stdout, "Decodebin child added: ", name, " \n\n")
	}
	if strings.Contains(name, "decodebin") {
		if err := watchChildren(c, opt); err != nil {
			fmt.Fprintln(Stderr, "Warning:", err)
		}
	}
	if strings.Contains(name, "source") {
		if _, err := c.GetPropertyType("drop-on-latency"); err == nil {
			_ = SetProps(c, "drop-on-latency", true)
		}
	}
	if opt.OnChild != nil {
		opt.OnChild(c, name)
	}
}

// unsafer is what every go-gst and go-glib object wrapper implements.
type unsafer interface{ Unsafe() unsafe.Pointer }

// asPad returns the pad a signal argument holds.
func asPad(v any) *gst.Pad {
	if u, ok := v.(unsafer); ok && u.Unsafe() != nil {
		return gst.FromGstPadUnsafeNone(u.Unsafe())
	}
	return nil
}
