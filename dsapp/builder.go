package dsapp

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/go-gst/go-glib/glib"
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

// SetProps sets properties on e from name, value pairs. A bool, string
// or number is converted from its text form to the property's type
// (gst_value_deserialize, as gst_util_set_object_arg does), so that numbers,
// booleans, enums (by value or nick), flags and caps need no exact Go type;
// any other value is set as it is (g_object_set_property through go-glib).
// Unlike gst_util_set_object_arg it fails, with a *PropertyError naming
// the element, the property and the value, on a property e does not have
// (a read-only one makes GLib warn on stderr), a value that does not
// convert, and a number the property refused (out of its range). It stops at the first error; the
// properties before it are set.
func SetProps(e *gst.Element, kv ...any) error {
	if e == nil {
		panic("dsapp.SetProps: nil element")
	}
	if len(kv)%2 != 0 {
		return fmt.Errorf("set properties of %s: odd number of arguments (name, value pairs)", e.GetName())
	}
	for i := 0; i < len(kv); i += 2 {
		name, ok := kv[i].(string)
		if !ok {
			return fmt.Errorf("set properties of %s: property name %v (%T) is not a string", e.GetName(), kv[i], kv[i])
		}
		if err := setProp(e, name, kv[i+1]); err != nil {
			return err
		}
	}
	return nil
}

// PropertyError is SetProps' error: which property of which element
// refused which value, and why.
type PropertyError struct {
	Element  string // the element's name
	Factory  string // its factory's name ("" when it has none)
	Property string
	Value    any    // the value given
	Type     string // the property's type name ("" when there is no such property)
	Reason   string
}

// Error returns "set <element> (<factory>) property <name> = <value>: <reason>".
func (e *PropertyError) Error() string {
	elem := e.Element
	if e.Factory != "" {
		elem += " (" + e.Factory + ")"
	}
	return fmt.Sprintf("set %s property %q = %s: %s", elem, e.Property, quoteValue(e.Value), e.Reason)
}

func quoteValue(v any) string {
	if s, ok := v.(string); ok {
		return strconv.Quote(s)
	}
	return fmt.Sprintf("%v (%T)", v, v)
}

func setProp(e *gst.Element, name string, value any) error {
	perr := &PropertyError{Element: e.GetName(), Property: name, Value: value}
	if f := e.GetFactory(); f != nil {
		perr.Factory = f.GetName()
	}
	t, err := e.GetPropertyType(name)
	if err != nil {
		perr.Reason = "no such property"
		return perr
	}
	perr.Type = t.Name()
	var text string
	switch x := value.(type) {
	case bool:
		text = strconv.FormatBool(x)
	case string:
		text = x
	case int, int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64, float32, float64:
		text = fmt.Sprint(x)
	default:
		if err := e.SetProperty(name, value); err != nil {
			perr.Reason = fmt.Sprintf("cannot set a %T as a %s: %v", value, perr.Type, err)
			return perr
		}
		return nil
	}
	gv, ok := gst.ValueDeserialize(text, t)
	if !ok {
		perr.Reason = "not a valid " + perr.Type
		return perr
	}
	if err := e.SetPropertyValue(name, gv); err != nil {
		perr.Reason = err.Error()
		return perr
	}
	// g_object_set_property refuses a number out of the property's range
	// with a warning only: read it back to tell.
	if isNumber(t) {
		got, err1 := e.GetProperty(name)
		want, err2 := gv.GoValue()
		if err1 == nil && err2 == nil && fmt.Sprint(got) != fmt.Sprint(want) {
			perr.Reason = fmt.Sprintf("out of the range of the %s property (it kept %v)", perr.Type, got)
			return perr
		}
	}
	return nil
}

func isNumber(t glib.Type) bool {
	switch t {
	case glib.TYPE_INT, glib.TYPE_UINT, glib.TYPE_INT64, glib.TYPE_UINT64,
		glib.TYPE_LONG, glib.TYPE_ULONG, glib.TYPE_FLOAT, glib.TYPE_DOUBLE, glib.TYPE_CHAR, glib.TYPE_UCHAR:
		return true
	}
	return false
}
