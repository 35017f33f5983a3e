package dsapp

import (
	"testing"

	"github.com/go-gst/go-gst/gst"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Property errors name the element, its factory, the property, the value
// and the property's type; good values of every text-converted kind set.
func TestSetPropsErrors(t *testing.T) {
	gst.Init(nil)
	src, err := gst.NewElementWithName("videotestsrc", "cam")
	require.NoError(t, err)
	filter, err := gst.NewElementWithName("capsfilter", "f")
	require.NoError(t, err)

	require.NoError(t, SetProps(src, "num-buffers", 7, "is-live", true, "pattern", "ball", "horizontal-speed", int64(3)))
	got, err := src.GetProperty("num-buffers")
	require.NoError(t, err)
	assert.Equal(t, 7, got)
	live, err := src.GetProperty("is-live")
	require.NoError(t, err)
	assert.Equal(t, true, live)
	require.NoError(t, SetProps(src, "pattern", 1), "an enum by value")
	require.NoError(t, SetProps(filter, "caps", "video/x-raw(memory:NVMM), format=RGBA"))

	for _, tc := range []struct {
		elem  *gst.Element
		name  string
		value any
		want  string
	}{
		{src, "no-such-property", 1, `set cam (videotestsrc) property "no-such-property" = 1 (int): no such property`},
		{src, "num-buffers", "abc", `set cam (videotestsrc) property "num-buffers" = "abc": not a valid gint`},
		{src, "num-buffers", -5, `set cam (videotestsrc) property "num-buffers" = -5 (int): out of the range of the gint property (it kept 7)`},
		{src, "pattern", "nope", `set cam (videotestsrc) property "pattern" = "nope": not a valid GstVideoTestSrcPattern`},
		{src, "is-live", 2.5, `set cam (videotestsrc) property "is-live" = 2.5 (float64): not a valid gboolean`},
		{filter, "caps", "not caps(", `set f (capsfilter) property "caps" = "not caps(": not a valid GstCaps`},
	} {
		err := SetProps(tc.elem, tc.name, tc.value)
		var perr *PropertyError
		if assert.ErrorAs(t, err, &perr, tc.name) {
			assert.Equal(t, tc.want, err.Error())
			assert.Equal(t, tc.name, perr.Property)
			assert.Equal(t, tc.value, perr.Value)
		}
	}
	assert.ErrorContains(t, SetProps(src, "num-buffers"), "odd number of arguments")
	assert.ErrorContains(t, SetProps(src, 3, 4), "property name 3 (int) is not a string")
	assert.PanicsWithValue(t, "dsapp.SetProps: nil element", func() { _ = SetProps(nil, "a", 1) })
}

// The builder keeps the first error, a property error included, and
// names the missing factory.
func TestBuilderPropertyError(t *testing.T) {
	gst.Init(nil)
	p, err := gst.NewPipeline("")
	require.NoError(t, err)
	b := NewBuilder(p.Bin)
	src := b.Make("videotestsrc", "src")
	sink := b.Make("fakesink", "sink")
	b.Set(src, "num-buffers", "ten")
	b.Set(src, "no-such-property", 1)
	b.Link(src, sink)
	var perr *PropertyError
	require.ErrorAs(t, b.Err(), &perr)
	assert.Equal(t, "num-buffers", perr.Property, "the first error is kept")
	assert.Equal(t, "gint", perr.Type)

	b = NewBuilder(p.Bin)
	assert.Nil(t, b.Make("nvurisrcbin-missing", "x"))
	assert.ErrorContains(t, b.Err(), `unable to create nvurisrcbin-missing "x": no element factory of that name is registered`)
}
