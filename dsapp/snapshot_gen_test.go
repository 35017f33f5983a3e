package dsapp

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/callbacks"
	"github.com/go-deepstream/go-deepstream/nvds"
)

// Labels for generated objects: short ones (interned without allocating)
// and one longer than 32 bytes.
var genLabels = []string{"Vehicle", "Person", "TwoWheeler", "RoadSign", "", strings.Repeat("long-label-", 4)}

// textMeta is the Go payload type the generated batches attach to frames
// and objects, and copyText the Payload hook that copies it.
var textMeta = func() *callbacks.GoMeta[string] {
	m, err := callbacks.NewGoMeta[string]("GODS.DSAPP.SNAPTEST.TEXT")
	if err != nil {
		panic(err)
	}
	return m
}()

func copyText(u nvds.UserMeta, dst []byte) ([]byte, bool) {
	if u.MetaType() != textMeta.Type() {
		return dst, false
	}
	v, err := textMeta.Get(u)
	if err != nil {
		return dst, false
	}
	return append(dst, v...), true
}

// genBatch builds a batch of frames frames with up to density objects
// each, classifier labels, parent links and text payloads, all drawn from
// rng. The caller releases it.
func genBatch(t testing.TB, rng *rand.Rand, frames, density int) *nvds.OwnedBatchMeta {
	owned, err := nvds.NewBatchMeta(frames)
	require.NoError(t, err)
	b := owned.Meta()
	for i := range frames {
		pf, err := b.AcquireFrameMeta()
		require.NoError(t, err)
		fm := pf.Meta()
		fm.SetFrameNum(rng.Int32N(100000))
		fm.SetSourceID(uint32(i))
		fm.SetPadIndex(uint32(rng.IntN(8)))
		fm.SetBatchID(uint32(i))
		fm.SetBufPTS(rng.Uint64())
		fm.SetNTPTimestamp(rng.Uint64())
		fm.SetSourceFrameWidth(uint32(rng.IntN(4000)))
		fm.SetSourceFrameHeight(uint32(rng.IntN(3000)))
		f := b.AddFrame(pf)
		var objs []nvds.ObjectMeta
		for range rng.IntN(density + 1) {
			po, err := b.AcquireObjectMeta()
			require.NoError(t, err)
			o := po.Meta()
			o.SetClassID(rng.Int32N(4))
			o.SetUniqueComponentID(rng.Int32N(3) + 1)
			o.SetConfidence(rng.Float32())
			o.SetObjectID(rng.Uint64())
			o.SetTrackerConfidence(rng.Float32())
			require.NoError(t, o.SetLabel(genLabels[rng.IntN(len(genLabels))]))
			o.RectParams().SetRect(nvds.Rect{Left: rng.Float32() * 1000, Top: rng.Float32() * 1000, Width: rng.Float32() * 100, Height: rng.Float32() * 100})
			parent := nvds.ObjectMeta{}
			if len(objs) > 0 && rng.IntN(4) == 0 {
				parent = objs[rng.IntN(len(objs))]
			}
			o = f.AddObject(po, parent)
			objs = append(objs, o)
			for range rng.IntN(3) {
				pc, err := b.AcquireClassifierMeta()
				require.NoError(t, err)
				pc.Meta().SetUniqueComponentID(rng.Int32N(5) + 2)
				c := o.AddClassifier(pc)
				for range rng.IntN(2) + 1 {
					pl, err := b.AcquireLabelInfo()
					require.NoError(t, err)
					l := pl.Meta()
					l.SetResultClassID(uint32(rng.IntN(10)))
					l.SetLabelID(uint32(rng.IntN(3)))
					l.SetResultProb(rng.Float32())
					require.NoError(t, l.SetLabel(genLabels[rng.IntN(len(genLabels))]))
					c.AddLabel(pl)
				}
			}
			if rng.IntN(3) == 0 {
				_, err := textMeta.Attach(o, fmt.Sprintf("obj-%d", rng.IntN(1000)))
				require.NoError(t, err)
			}
		}
		for range rng.IntN(3) {
			_, err := textMeta.Attach(f, fmt.Sprintf("frame-%d-%s", rng.IntN(1000), strings.Repeat("x", rng.IntN(40))))
			require.NoError(t, err)
		}
	}
	return owned
}

// readView is what a plain read-only probe sees of b, built with ordinary
// allocating code (a map for parents, strings per field): the reference
// the snapshots are compared with. Empty slices are nil.
func readView(b nvds.BatchMeta, payload PayloadFunc) []FrameSnapshot {
	var frames []FrameSnapshot
	for f := range b.Frames() {
		fs := FrameSnapshot{
			SourceID: f.SourceID(), PadIndex: f.PadIndex(), BatchID: f.BatchID(), FrameNum: f.FrameNum(),
			BufPTS: f.BufPTS(), NTPTimestamp: f.NTPTimestamp(), Width: f.SourceFrameWidth(), Height: f.SourceFrameHeight(),
		}
		index := map[uintptr]int{}
		i := 0
		for o := range f.Objects() {
			index[uintptr(o.UnsafePointer())] = i
			i++
		}
		for o := range f.Objects() {
			os := ObjectSnapshot{
				ClassID: o.ClassID(), ComponentID: o.UniqueComponentID(), Confidence: o.Confidence(),
				TrackerID: o.ObjectID(), TrackerConfidence: o.TrackerConfidence(), Label: o.Label(),
				Rect: o.RectParams().Rect(), Parent: -1,
			}
			if p := o.Parent(); !p.IsNil() {
				if j, ok := index[uintptr(p.UnsafePointer())]; ok {
					os.Parent = j
				}
			}
			for c := range o.Classifiers() {
				for l := range c.Labels() {
					os.Classifications = append(os.Classifications, Classification{
						ComponentID: c.UniqueComponentID(), ClassID: l.ResultClassID(), LabelID: l.LabelID(),
						Prob: l.ResultProb(), Label: l.Label(),
					})
				}
			}
			os.Payloads = viewPayloads(o.UserMeta(), payload)
			fs.Objects = append(fs.Objects, os)
		}
		fs.Payloads = viewPayloads(f.UserMeta(), payload)
		frames = append(frames, fs)
	}
	return frames
}

func viewPayloads(list func(func(nvds.UserMeta) bool), payload PayloadFunc) []Payload {
	if payload == nil {
		return nil
	}
	var out []Payload
	for u := range list {
		if data, ok := payload(u, nil); ok {
			out = append(out, Payload{Type: u.MetaType(), Data: data})
		}
	}
	return out
}

// normalize turns the snapshot's empty slices into nil, for comparison
// with readView.
func normalize(frames []FrameSnapshot) []FrameSnapshot {
	var out []FrameSnapshot
	for _, f := range frames {
		var objs []ObjectSnapshot
		for _, o := range f.Objects {
			o.Classifications = nilIfEmpty(o.Classifications)
			o.Payloads = normPayloads(o.Payloads)
			objs = append(objs, o)
		}
		f.Objects = objs
		f.Payloads = normPayloads(f.Payloads)
		out = append(out, f)
	}
	return out
}

func normPayloads(ps []Payload) []Payload {
	var out []Payload
	for _, p := range ps {
		p.Data = nilIfEmpty(p.Data)
		out = append(out, p)
	}
	return out
}

func nilIfEmpty[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return s
}
