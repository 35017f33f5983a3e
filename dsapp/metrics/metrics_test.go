package metrics_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/go-gst/go-gst/gst"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"
	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/dsapp"
	"github.com/go-deepstream/go-deepstream/dsapp/metrics"
	"github.com/go-deepstream/go-deepstream/gogst"
	"github.com/go-deepstream/go-deepstream/internal/testmain"
	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/scene"
	"github.com/go-deepstream/go-deepstream/standin"
)

func TestMain(m *testing.M) { testmain.Run(m) }

// pgieConfig is a detector config for the stand-in nvinfer (it reads the
// labels and ignores the model keys).
const pgieConfig = `[property]
gpu-id=0
labelfile-path=labels.txt
batch-size=1
num-detected-classes=4
gie-unique-id=1

[class-attrs-all]
pre-cluster-threshold=0.2
`

// testPipeline is the default clip through the stand-ins: decoder,
// nvstreammux, a queue, nvinfer, a queue, fakesink.
func testPipeline(t testing.TB) *gst.Pipeline {
	gst.Init(nil)
	require.NoError(t, standin.Register())
	clip, err := scene.DefaultClip("")
	require.NoError(t, err)
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "pgie.txt"), []byte(pgieConfig), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "labels.txt"), []byte("Vehicle\nTwoWheeler\nPerson\nRoadSign\n"), 0o644))
	p, err := gst.NewPipelineFromString(fmt.Sprintf("filesrc location=%s ! h264parse ! nvv4l2decoder ! mux.sink_0 "+
		"nvstreammux name=mux batch-size=1 width=640 height=360 batched-push-timeout=40000 ! queue name=q-infer ! "+
		"nvinfer name=pgie config-file-path=%s ! queue name=q-sink ! fakesink name=sink sync=false",
		clip, filepath.Join(dir, "pgie.txt")))
	require.NoError(t, err)
	return p
}

// The default clip through the stand-ins with a PerfMeter, a latency stamp
// on nvinfer and a Snapshotter; the handler is served over HTTP, scraped
// by a real client and parsed: every figure agrees with what an
// independent probe counted, and with the snapshots the consumer got.
func TestHandlerScrapedAfterPipeline(t *testing.T) {
	p := testPipeline(t)
	sinkPad := func() *gst.Pad {
		e, err := p.GetElementByName("sink")
		require.NoError(t, err)
		return e.GetStaticPad("sink")
	}()
	pgie, err := p.GetElementByName("pgie")
	require.NoError(t, err)

	meter := dsapp.NewPerfMeter(dsapp.PerfOptions{Streams: 1, Interval: 200 * time.Millisecond})
	nq, err := meter.WatchQueues(p.Bin)
	require.NoError(t, err)
	require.Equal(t, 2, nq)
	stamp, err := dsapp.StampLatency(pgie)
	require.NoError(t, err)
	defer stamp.Remove()
	require.NoError(t, meter.Attach(sinkPad))
	snaps := dsapp.NewSnapshotter(dsapp.SnapshotOptions{Policy: dsapp.Block})
	require.NoError(t, snaps.Attach(sinkPad))

	var mu sync.Mutex
	var buffers, frames, objects int
	counter, err := gogst.AddObserver(sinkPad, func(info nvds.ProbeInfo) {
		b, err := info.BatchMeta()
		if err != nil {
			return
		}
		mu.Lock()
		defer mu.Unlock()
		buffers++
		for f := range b.Frames() {
			frames++
			objects += f.NumObjects()
		}
	})
	require.NoError(t, err)
	defer counter.Remove()

	snapObjects := make(chan int)
	go func() {
		n := 0
		for s := range snaps.C() {
			n += s.NumObjects()
			s.Release()
		}
		snapObjects <- n
	}()

	meter.Start()
	require.NoError(t, p.SetState(gst.StatePlaying))
	msg := p.GetPipelineBus().TimedPopFiltered(gst.ClockTime(60*time.Second), gst.MessageEOS|gst.MessageError)
	require.NotNil(t, msg)
	require.Equal(t, gst.MessageEOS, msg.Type(), "%v", msg)
	meter.Report()
	meter.Stop()
	snaps.Close()
	gotSnapObjects := <-snapObjects

	srv := httptest.NewServer(metrics.Handler(meter, snaps))
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/metrics")
	require.NoError(t, err)
	defer resp.Body.Close()
	require.Equal(t, http.StatusOK, resp.StatusCode)
	parser := expfmt.NewTextParser(model.UTF8Validation)
	fams, err := parser.TextToMetricFamilies(resp.Body)
	require.NoError(t, err)

	require.NoError(t, p.SetState(gst.StateNull))
	runtime.KeepAlive(p)

	mu.Lock()
	defer mu.Unlock()
	t.Logf("%d buffers, %d frames, %d objects", buffers, frames, objects)
	require.Equal(t, scene.DefaultConfig().Frames, frames, "every frame of the clip reached the sink")
	require.Positive(t, objects)

	value := func(name string, labels ...string) float64 {
		t.Helper()
		m := find(t, fams, name, labels...)
		switch {
		case m.Counter != nil:
			return m.Counter.GetValue()
		case m.Gauge != nil:
			return m.Gauge.GetValue()
		}
		t.Fatalf("%s: neither counter nor gauge", name)
		return 0
	}
	assert.Equal(t, float64(frames), value("deepstream_frames_total", "stream", "0"))
	assert.Equal(t, float64(objects), value("deepstream_objects_total", "stream", "0"))
	assert.Equal(t, float64(buffers), value("deepstream_batches_total"))
	assert.Equal(t, meter.Stats().Streams[0].FPS, value("deepstream_stream_fps", "stream", "0"))

	lat := find(t, fams, "deepstream_component_latency_seconds", "component", "pgie").Summary
	require.NotNil(t, lat)
	assert.Equal(t, uint64(frames), lat.GetSampleCount(), "one latency entry per frame")
	assert.Positive(t, lat.GetSampleSum())
	assert.Equal(t, meter.Stats().Components[0].Total.Seconds(), lat.GetSampleSum())

	for _, q := range []string{p.GetName() + "/q-infer", p.GetName() + "/q-sink"} {
		fill := value("deepstream_queue_fill_ratio", "queue", q)
		assert.True(t, fill >= 0 && fill <= 1, "%s fill %v", q, fill)
		assert.Equal(t, 0.0, value("deepstream_queue_level_buffers", "queue", q), "drained at EOS")
		value("deepstream_queue_level_bytes", "queue", q)
		value("deepstream_queue_level_seconds", "queue", q)
	}

	assert.Equal(t, float64(buffers), value("deepstream_snapshot_captured_total"))
	assert.Equal(t, float64(buffers), value("deepstream_snapshot_delivered_total"))
	assert.Equal(t, 0.0, value("deepstream_snapshot_dropped_total"))
	assert.Equal(t, objects, gotSnapObjects, "the snapshots hold every object")
}

// find returns the metric of family name whose labels are labels (name,
// value pairs), failing the test if there is none.
func find(t testing.TB, fams map[string]*dto.MetricFamily, name string, labels ...string) *dto.Metric {
	t.Helper()
	fam, ok := fams[name]
	require.True(t, ok, "no metric %s", name)
	for _, m := range fam.GetMetric() {
		if len(m.GetLabel())*2 != len(labels) {
			continue
		}
		match := true
		for i, l := range m.GetLabel() {
			match = match && l.GetName() == labels[2*i] && l.GetValue() == labels[2*i+1]
		}
		if match {
			return m
		}
	}
	require.Failf(t, "metric not found", "%s%v", name, labels)
	return nil
}

// Without a meter the handler exports only the snapshot counters.
func TestHandlerWithoutMeter(t *testing.T) {
	snaps := dsapp.NewSnapshotter(dsapp.SnapshotOptions{})
	defer snaps.Close()
	srv := httptest.NewServer(metrics.Handler(nil, snaps))
	defer srv.Close()
	resp, err := http.Get(srv.URL)
	require.NoError(t, err)
	defer resp.Body.Close()
	parser := expfmt.NewTextParser(model.UTF8Validation)
	fams, err := parser.TextToMetricFamilies(resp.Body)
	require.NoError(t, err)
	assert.Len(t, fams, 3)
	assert.Contains(t, fams, "deepstream_snapshot_dropped_total")
}

// A collector on a caller's registry: one series per stream listed, and
// it passes the registry's consistency checks (prometheus/testutil).
func TestCollectorOnOwnRegistry(t *testing.T) {
	meter := dsapp.NewPerfMeter(dsapp.PerfOptions{Streams: 3})
	c := metrics.NewCollector(meter, nil)
	reg := prometheus.NewPedanticRegistry()
	require.NoError(t, reg.Register(c))
	assert.Equal(t, 3, testutil.CollectAndCount(c, "deepstream_frames_total"))
	assert.Equal(t, 3, testutil.CollectAndCount(c, "deepstream_stream_fps"))
	assert.Equal(t, 1, testutil.CollectAndCount(c, "deepstream_batches_total"))
	assert.Zero(t, testutil.CollectAndCount(c, "deepstream_component_latency_seconds"))
	problems, err := testutil.GatherAndLint(reg)
	require.NoError(t, err)
	assert.Empty(t, problems)
}
