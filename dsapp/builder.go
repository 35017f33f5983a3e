package dsapp

import (
	"errors"
	"fmt"

	"github.com/go-gst/go-gst/gst"
)

// Builder creates elements into a bin, sets their properties and links
// them, keeping the first error, so that a sample's pipeline code reads as
// a list of steps (as in the Python apps) with one error check at the end.
// After an error every further step does nothing and returns nil values.
type Builder struct {
	bin *gst.Bin
	err error
}

// NewBuilder returns a Builder adding to bin (a *gst.Pipeline's Bin).
func NewBuilder(bin *gst.Bin) *Builder {
	return &Builder{bin: bin}
}

// Err returns the first error, or nil.
func (b *Builder) Err() error { return b.err }

// Fail records err (when it is the first error) and returns it.
func (b *Builder) Fail(err error) error {
	if b.err == nil {
		b.err = err
	}
	return b.err
}

// Make creates an element of factory named name, adds it to the bin and
// returns it. The error names both, as the Python apps' "Unable to create
// ..." does.
func (b *Builder) Make(factory, name string) *gst.Element {
	if b.err != nil {
		return nil
	}
	e, err := gst.NewElementWithName(factory, name)
	if err != nil || e == nil {
		if gst.Find(factory) == nil {
			b.err = fmt.Errorf("unable to create %s %q: no element factory of that name is registered", factory, name)
		} else {
			b.err = fmt.Errorf("unable to create %s %q: %v", factory, name, err)
		}
		return nil
	}
	if err := b.bin.Add(e); err != nil {
		b.err = fmt.Errorf("add %s: %w", name, err)
		return nil
	}
	return e
}

// Add adds elements made elsewhere (a source bin, a sink bin).
func (b *Builder) Add(elems ...*gst.Element) {
	for _, e := range elems {
		if b.err != nil {
			return
		}
		if err := b.bin.Add(e); err != nil {
			b.err = fmt.Errorf("add %s: %w", e.GetName(), err)
		}
	}
}

// Set sets properties on e from name, value pairs (see SetProps).
func (b *Builder) Set(e *gst.Element, kv ...any) {
	if b.err != nil {
		return
	}
	b.err = SetProps(e, kv...)
}

// Link links elems one after the other (gst_element_link_many).
func (b *Builder) Link(elems ...*gst.Element) {
	if b.err != nil {
		return
	}
	for i := 0; i+1 < len(elems); i++ {
		if err := elems[i].Link(elems[i+1]); err != nil {
			b.err = fmt.Errorf("link %s to %s: %w", elems[i].GetName(), elems[i+1].GetName(), err)
			return
		}
	}
}

// LinkPads links pad src of a static or already requested pad to sink.
func (b *Builder) LinkPads(src, sink *gst.Pad) {
	if b.err != nil {
		return
	}
	if src == nil || sink == nil {
		b.err = errors.New("link pads: missing pad")
		return
	}
	if ret := src.Link(sink); ret != gst.PadLinkOK {
		b.err = fmt.Errorf("link %s to %s: %s", src.GetName(), sink.GetName(), ret)
	}
}

// RequestPad requests pad template name ("sink_0", "src_%u") of e, as
// Python's request_pad_simple.
func (b *Builder) RequestPad(e *gst.Element, name string) *gst.Pad {
	if b.err != nil {
		return nil
	}
	p := e.GetRequestPad(name)
	if p == nil {
		b.err = fmt.Errorf("unable to get the %s request pad of %s", name, e.GetName())
	}
	return p
}

// StaticPad returns e's always pad name.
func (b *Builder) StaticPad(e *gst.Element, name string) *gst.Pad {
	if b.err != nil {
		return nil
	}
	p := e.GetStaticPad(name)
	if p == nil {
		b.err = fmt.Errorf("unable to get the %s pad of %s", name, e.GetName())
	}
	return p
}

// SetProps sets properties on e from name, value pairs, converting each
// value from its text form (gst_util_set_object_arg), so that numbers,
// booleans, enums (by value or nick) and strings need no exact Go type.
// Unlike that function it fails on a property e does not have.
func SetProps(e *gst.Element, kv ...any) error {
	if len(kv)%2 != 0 {
		return fmt.Errorf("set properties of %s: odd number of arguments", e.GetName())
	}
	for i := 0; i < len(kv); i += 2 {
		name, ok := kv[i].(string)
		if !ok {
			return fmt.Errorf("set properties of %s: property name %v is not a string", e.GetName(), kv[i])
		}
		if _, err := e.GetPropertyType(name); err != nil {
			return fmt.Errorf("%s has no property %q", e.GetName(), name)
		}
		var v string
		switch x := kv[i+1].(type) {
		case bool:
			v = "false"
			if x {
				v = "true"
			}
		case string:
			v = x
		default:
			v = fmt.Sprint(x)
		}
		e.SetArg(name, v)
	}
	return nil
}
