package dsapp

import (
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/nvds"
)

// benchBatch is a batch of frames frames with objects objects each; every
// object has a label, a tracker id and one classifier with one label.
func benchBatch(b testing.TB, frames, objects int) *nvds.OwnedBatchMeta {
	owned, err := nvds.NewBatchMeta(frames)
	require.NoError(b, err)
	batch := owned.Meta()
	for i := range frames {
		pf, err := batch.AcquireFrameMeta()
		require.NoError(b, err)
		pf.Meta().SetPadIndex(uint32(i))
		pf.Meta().SetFrameNum(int32(i))
		f := batch.AddFrame(pf)
		for j := range objects {
			o, err := f.NewObject(nvds.ObjectMeta{})
			require.NoError(b, err)
			o.SetClassID(int32(j % 4))
			o.SetObjectID(uint64(j))
			o.SetConfidence(0.5)
			require.NoError(b, o.SetLabel(genLabels[j%4]))
			o.RectParams().SetRect(nvds.Rect{Left: float32(j), Top: 1, Width: 2, Height: 3})
			pc, err := batch.AcquireClassifierMeta()
			require.NoError(b, err)
			c := o.AddClassifier(pc)
			pl, err := batch.AcquireLabelInfo()
			require.NoError(b, err)
			require.NoError(b, pl.Meta().SetLabel("red"))
			c.AddLabel(pl)
		}
	}
	return owned
}

var benchSum float64

// plainWalk is the plain read-only probe: it reads the fields a snapshot
// copies (label bytes included, as a lookup would) and sums them.
func plainWalk(b nvds.BatchMeta) float64 {
	sum := 0.0
	for f := range b.Frames() {
		sum += float64(f.FrameNum()) + float64(f.PadIndex()) + float64(f.SourceID()) + float64(f.BufPTS())
		for o := range f.Objects() {
			r := o.RectParams().Rect()
			sum += float64(o.ClassID()) + float64(o.Confidence()) + float64(o.ObjectID()) + float64(o.UniqueComponentID()) +
				float64(o.TrackerConfidence()) + float64(len(o.LabelBytes())) + float64(r.Left+r.Top+r.Width+r.Height)
			if !o.Parent().IsNil() {
				sum++
			}
			for c := range o.Classifiers() {
				for l := range c.Labels() {
					sum += float64(l.ResultClassID()) + float64(l.ResultProb()) + float64(len(l.LabelBytes()))
				}
			}
		}
	}
	return sum
}

// BenchmarkSnapshot compares, per buffer, the snapshot probe's work
// (copy into a pooled snapshot, queue it, receive it, Release) with a
// plain read-only probe walking the same fields, on batches of 4 frames
// with 0, 10 and 100 objects per frame (one classifier label each). The
// probe trampoline itself (docs/performance.md (b)) is the same for both
// and left out. Metrics: ns/buffer (= ns/op), ns/object (ns/op over the
// batch's objects), and in "paired" the fastest round of each variant
// (plain-ns/op, snapshot-ns/op) and the extra cost per object of
// snapshotting (extra-ns/object).
func BenchmarkSnapshot(b *testing.B) {
	const frames = 4
	for _, per := range []int{0, 10, 100} {
		owned := benchBatch(b, frames, per)
		batch := owned.Meta()
		objects := frames * per
		report := func(b *testing.B, ns float64) {
			b.ReportMetric(ns, "ns/buffer")
			if objects > 0 {
				b.ReportMetric(ns/float64(objects), "ns/object")
			}
		}
		name := fmt.Sprintf("objects=%d", objects)
		b.Run(name+"/plain", func(b *testing.B) {
			b.ReportAllocs()
			t := time.Now()
			for b.Loop() {
				benchSum += plainWalk(batch)
			}
			report(b, float64(time.Since(t).Nanoseconds())/float64(b.N))
		})
		b.Run(name+"/snapshot", func(b *testing.B) {
			s := NewSnapshotter(SnapshotOptions{Queue: 4})
			defer s.Close()
			s.Capture(batch) // warm: the pool and label table fill
			(<-s.C()).Release()
			b.ReportAllocs()
			t := time.Now()
			for b.Loop() {
				s.Capture(batch)
				(<-s.C()).Release()
			}
			report(b, float64(time.Since(t).Nanoseconds())/float64(b.N))
		})
		b.Run(name+"/paired", func(b *testing.B) {
			s := NewSnapshotter(SnapshotOptions{Queue: 4})
			defer s.Close()
			const reps = 20
			best := map[string]float64{}
			keep := func(k string, d time.Duration) {
				v := float64(d.Nanoseconds()) / reps
				if old, ok := best[k]; !ok || v < old {
					best[k] = v
				}
			}
			for b.Loop() {
				t := time.Now()
				for range reps {
					benchSum += plainWalk(batch)
				}
				keep("plain", time.Since(t))
				t = time.Now()
				for range reps {
					s.Capture(batch)
					(<-s.C()).Release()
				}
				keep("snapshot", time.Since(t))
			}
			b.ReportMetric(best["plain"], "plain-ns/op")
			b.ReportMetric(best["snapshot"], "snapshot-ns/op")
			if objects > 0 {
				b.ReportMetric((best["snapshot"]-best["plain"])/float64(objects), "extra-ns/object")
			}
		})
		owned.Release()
	}
}
