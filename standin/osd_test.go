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

// drawScene adds to each frame an object with a red border and a label,
// and a display meta with a filled rectangle, a line, a circle, an arrow
// and a text.
func drawScene(info nvds.ProbeInfo) nvds.ProbeReturn {
	b, err := info.BatchMeta()
	if err != nil {
		return nvds.ProbeOK
	}
	for f := range b.Frames() {
		po, err := b.AcquireObjectMeta()
		if err != nil {
			return nvds.ProbeOK
		}
		o := po.Meta()
		o.RectParams().SetRect(nvds.Rect{Left: 10, Top: 10, Width: 40, Height: 30})
		o.RectParams().SetBorderWidth(2)
		o.RectParams().BorderColor().Set(1, 0, 0, 1)
		o.TextParams().SetDisplayText("AB")
		o.TextParams().SetXOffset(60)
		o.TextParams().SetYOffset(40)
		o.TextParams().FontParams().SetFontSize(10)
		o.TextParams().FontParams().FontColor().Set(1, 1, 1, 1)
		o.TextParams().SetHasBgColor(true)
		o.TextParams().BgColor().Set(0, 0, 0, 1)
		f.AddObject(po, nvds.ObjectMeta{})

		pd, err := b.AcquireDisplayMeta()
		if err != nil {
			return nvds.ProbeOK
		}
		d := pd.Meta()
		r, _ := d.AppendRect()
		r.SetRect(nvds.Rect{Left: 100, Top: 10, Width: 30, Height: 20})
		r.SetHasBgColor(true)
		r.BgColor().Set(0, 1, 0, 1)
		l, _ := d.AppendLine()
		l.SetPoints(10, 60, 150, 60)
		l.SetLineWidth(3)
		l.LineColor().Set(0, 0, 1, 1)
		c, _ := d.AppendCircle()
		c.SetXC(40)
		c.SetYC(90)
		c.SetRadius(15)
		c.SetCircleWidth(2)
		c.CircleColor().Set(1, 1, 0, 1)
		a, _ := d.AppendArrow()
		a.SetPoints(80, 80, 150, 110)
		a.SetArrowWidth(2)
		a.ArrowColor().Set(0, 1, 1, 1)
		f.AddDisplayMeta(pd)
	}
	return nvds.ProbeOK
}

// nvdsosd draws rectangles, labels and display meta into the frame.
func TestOSDDraws(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out.rgba")
	func() {
		desc := fmt.Sprintf("videotestsrc num-buffers=2 pattern=solid-color foreground-color=0xff808080 "+
			"! video/x-raw,width=160,height=120,format=RGBA ! nvvideoconvert ! video/x-raw(memory:NVMM),format=RGBA "+
			"! m.sink_0 nvstreammux name=m width=160 height=120 ! nvdsosd name=osd ! nvvideoconvert "+
			"! video/x-raw,format=RGBA ! filesink location=%s", out)
		var probe *nvds.Probe
		res := runWith(t, desc, nil, func(p *gst.Pipeline) {
			osd, err := p.GetElementByName("osd")
			require.NoError(t, err)
			probe, err = gogst.AddOperator(osd.GetStaticPad("sink"), drawScene)
			require.NoError(t, err)
		})
		require.NoError(t, res.err)
		probe.Remove()
	}()
	data, err := os.ReadFile(out)
	require.NoError(t, err)
	require.Len(t, data, 2*160*120*4)
	px := func(x, y int) [3]byte {
		i := (y*160 + x) * 4
		return [3]byte{data[i], data[i+1], data[i+2]}
	}
	grey := [3]byte{0x80, 0x80, 0x80}
	assert.Equal(t, [3]byte{255, 0, 0}, px(10, 20), "object border")
	assert.Equal(t, [3]byte{255, 0, 0}, px(49, 39), "object border")
	assert.Equal(t, grey, px(30, 25), "inside the object")
	assert.Equal(t, [3]byte{0, 255, 0}, px(115, 20), "filled display rect")
	assert.Equal(t, [3]byte{0, 0, 255}, px(100, 60), "line")
	assert.Equal(t, [3]byte{255, 255, 0}, px(55, 90), "circle")
	assert.Equal(t, grey, px(40, 90), "inside the circle")
	assert.Equal(t, [3]byte{0, 255, 255}, px(115, 95), "arrow")
	white, black := 0, 0
	for y := 40; y < 49; y++ {
		for x := 60; x < 74; x++ {
			switch px(x, y) {
			case [3]byte{255, 255, 255}:
				white++
			case [3]byte{0, 0, 0}:
				black++
			}
		}
	}
	assert.Greater(t, white, 10, "label glyphs")
	assert.Greater(t, black, 40, "label background")
	testmain.NoneLive(t)
}
