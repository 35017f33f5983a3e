//go:build !deepstream

package standin_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/go-gst/go-gst/gst"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/gogst"
	"github.com/go-deepstream/go-deepstream/internal/testmain"
	"github.com/go-deepstream/go-deepstream/nvds"
)

// lMask is a 4x4 mask, an L: the left column and the bottom row score 1,
// the other cells 0.
var lMask = []float32{
	1, 0, 0, 0,
	1, 0, 0, 0,
	1, 0, 0, 0,
	1, 1, 1, 1,
}

// addMaskedObject gives each frame an object over (20,20)-(60,60) with a
// red border and lMask (threshold 0.5).
func addMaskedObject(t *testing.T) func(info nvds.ProbeInfo) nvds.ProbeReturn {
	return func(info nvds.ProbeInfo) nvds.ProbeReturn {
		b, err := info.BatchMeta()
		if err != nil {
			t.Error(err)
			return nvds.ProbeOK
		}
		for f := range b.Frames() {
			po, err := b.AcquireObjectMeta()
			if err != nil {
				t.Error(err)
				return nvds.ProbeOK
			}
			o := po.Meta()
			o.RectParams().SetRect(nvds.Rect{Left: 20, Top: 20, Width: 40, Height: 40})
			o.RectParams().SetBorderWidth(1)
			o.RectParams().BorderColor().Set(1, 0, 0, 1)
			m := o.MaskParams()
			data, err := m.AllocData(4, 4)
			if err != nil {
				t.Error(err)
				return nvds.ProbeOK
			}
			copy(data, lMask)
			m.SetThreshold(0.5)
			f.AddObject(po, nvds.ObjectMeta{})
		}
		return nvds.ProbeOK
	}
}

// osdFrame runs one grey 80x80 frame with a masked object through nvdsosd
// with props and returns its RGBA pixels.
func osdFrame(t *testing.T, props string) []byte {
	out := filepath.Join(t.TempDir(), "out.rgba")
	desc := fmt.Sprintf("videotestsrc num-buffers=1 pattern=solid-color foreground-color=0xff808080 "+
		"! video/x-raw,width=80,height=80,format=RGBA ! nvvideoconvert ! video/x-raw(memory:NVMM),format=RGBA "+
		"! m.sink_0 nvstreammux name=m width=80 height=80 ! nvdsosd name=osd %s ! nvvideoconvert "+
		"! video/x-raw,format=RGBA ! filesink location=%s", props, out)
	var probe *nvds.Probe
	res := runWith(t, desc, nil, func(p *gst.Pipeline) {
		osd, err := p.GetElementByName("osd")
		require.NoError(t, err)
		probe, err = gogst.AddOperator(osd.GetStaticPad("sink"), addMaskedObject(t))
		require.NoError(t, err)
	})
	require.NoError(t, res.err)
	probe.Remove()
	data, err := os.ReadFile(out)
	require.NoError(t, err)
	require.Len(t, data, 80*80*4)
	return data
}

// display-mask: nvdsosd tints the pixels the mask covers, scaled to the
// object's rectangle (each cell 10x10 pixels), with the border colour at
// half its alpha, and nothing else; without display-mask (the default) the
// mask is not drawn.
func TestOSDDisplayMask(t *testing.T) {
	grey := [3]byte{0x80, 0x80, 0x80}
	tint := [3]byte{191, 64, 64} // red blended at 128/256 over 0x80
	data := osdFrame(t, "display-mask=1 display-bbox=0")
	px := func(x, y int) [3]byte {
		i := (y*80 + x) * 4
		return [3]byte{data[i], data[i+1], data[i+2]}
	}
	tinted, checked := 0, 0
	for y := range 80 {
		for x := range 80 {
			rx, ry := x-20, y-20
			if rx < 0 || ry < 0 || rx >= 40 || ry >= 40 {
				require.Equal(t, grey, px(x, y), "(%d,%d) outside the object", x, y)
				continue
			}
			// Pixels at least 3 from a cell edge belong to one cell;
			// bilinear scaling rounds the L's inner corner.
			if rx%10 < 3 || rx%10 > 6 || ry%10 < 3 || ry%10 > 6 {
				if px(x, y) == tint {
					tinted++
				}
				continue
			}
			checked++
			want := grey
			if lMask[(ry/10)*4+rx/10] > 0.5 {
				want = tint
			}
			require.Equal(t, want, px(x, y), "(%d,%d), cell (%d,%d)", x, y, rx/10, ry/10)
		}
	}
	assert.Equal(t, 16*16, checked)
	assert.Greater(t, tinted, 7*10*10/2, "the L's cells are tinted up to their edges")

	// With display-mask off the object shows only its border.
	data = osdFrame(t, "")
	assert.Equal(t, [3]byte{255, 0, 0}, px(20, 40), "border")
	assert.Equal(t, grey, px(25, 45), "no mask by default")
	testmain.NoneLive(t)
}
