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
	// FileLoop uses nvurisrcbin with file-loop=1 and cudadec-memtype=0
	// instead of uridecodebin (deepstream-test3's --file-loop).
	FileLoop bool
	// OnChild, when set, is called for every element added inside the
	// source bin, nested decodebins included, after the bin's own handling
	// (deepstream-imagedata-multistream sets the decoder's memory type).
	OnChild func(child *gst.Element, name string)
	// Quiet leaves out the "Decodebin child added" and pad lines.
	Quiet bool
}

// NewSourceBin returns the source bin of the multi-stream Python apps
// (create_source_bin): a bin named source-bin-<index, two digits> holding a
// uridecodebin for uri, with a ghost "src" pad that is pointed at the
// decoder's video pad once it appears, but only if that pad's caps have
// the memory:NVMM feature, that is if an NVIDIA decoder (or its stand-in)
// was picked; otherwise it prints the Python apps' error line and the
// pad stays unlinked. Nested decodebins are followed, and RTSP sources get
// drop-on-latency.
func NewSourceBin(index int, uri string, opt SourceBinOptions) (*gst.Bin, error) {
	name := fmt.Sprintf("source-bin-%02d", index)
	bin := gst.NewBin(name)
	if bin == nil {
		return nil, fmt.Errorf("unable to create source bin %s", name)
	}
	factory := "uridecodebin"
	if opt.FileLoop {
		factory = "nvurisrcbin"
	}
	dec, err := gst.NewElementWithName(factory, "uri-decode-bin")
	if err != nil {
		return nil, fmt.Errorf("unable to create %s for %s: %w", factory, uri, err)
	}
	props := []any{"uri", uri}
	if opt.FileLoop {
		props = append(props, "file-loop", 1, "cudadec-memtype", 0)
	}
	if err := SetProps(dec, props...); err != nil {
		return nil, err
	}
	ghost := gst.NewGhostPadNoTarget("src", gst.PadDirectionSource)
	if ghost == nil {
		return nil, fmt.Errorf("%s: failed to create ghost pad", name)
	}
	if _, err := dec.Connect("pad-added", func(_ any, pad any) {
		onNewPad(ghost, asPad(pad), opt.Quiet)
	}); err != nil {
		return nil, fmt.Errorf("%s: connect pad-added: %w", name, err)
	}
	if err := watchChildren(dec, opt); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if err := bin.Add(dec); err != nil {
		return nil, err
	}
	if !bin.AddPad(ghost.Pad) {
		return nil, fmt.Errorf("%s: failed to add ghost pad", name)
	}
	return bin, nil
}

// onNewPad is cb_newpad: target the bin's ghost pad at a decoded video pad
// in NVMM memory.
func onNewPad(ghost *gst.GhostPad, pad *gst.Pad, quiet bool) {
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
	st := caps.GetStructureAt(0)
	gstname := st.Name()
	if !quiet {
		fmt.Fprintln(Stdout, "gstname=", gstname)
	}
	if !strings.Contains(gstname, "video") {
		return
	}
	features := caps.GetFeaturesAt(0)
	if !quiet {
		fmt.Fprintln(Stdout, "features=", features.String())
	}
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
		fmt.Fprintln(Stdout, "Decodebin child added:", name)
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
