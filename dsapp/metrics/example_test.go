package metrics_test

import (
	"bufio"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/go-deepstream/go-deepstream/dsapp"
	"github.com/go-deepstream/go-deepstream/dsapp/metrics"
	"github.com/go-deepstream/go-deepstream/nvds"
)

// Serve a PerfMeter's figures at /metrics. Here the meter counts one batch
// by hand (ObserveBatch; in an app, meter.Attach puts it on a pad) and the
// endpoint is scraped once.
func ExampleHandler() {
	meter := dsapp.NewPerfMeter(dsapp.PerfOptions{Streams: 2})
	snaps := dsapp.NewSnapshotter(dsapp.SnapshotOptions{})
	defer snaps.Close()

	owned, err := nvds.NewBatchMeta(2)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer owned.Release()
	b := owned.Meta()
	for stream, objects := range []int{3, 1} {
		pf, _ := b.AcquireFrameMeta()
		pf.Meta().SetPadIndex(uint32(stream))
		f := b.AddFrame(pf)
		for range objects {
			if _, err := f.NewObject(nvds.ObjectMeta{}); err != nil {
				fmt.Println(err)
				return
			}
		}
	}
	meter.ObserveBatch(b)

	mux := http.NewServeMux()
	mux.Handle("/metrics", metrics.Handler(meter, snaps))
	srv := httptest.NewServer(mux) // in a service: http.ListenAndServe(":9100", mux)
	defer srv.Close()

	resp, err := http.Get(srv.URL + "/metrics")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer resp.Body.Close()
	lines := bufio.NewScanner(resp.Body)
	for lines.Scan() {
		l := lines.Text()
		if strings.HasPrefix(l, "deepstream_frames_total") || strings.HasPrefix(l, "deepstream_objects_total") ||
			strings.HasPrefix(l, "deepstream_batches_total") {
			fmt.Println(l)
		}
	}
	// Output:
	// deepstream_batches_total 1
	// deepstream_frames_total{stream="0"} 1
	// deepstream_frames_total{stream="1"} 1
	// deepstream_objects_total{stream="0"} 3
	// deepstream_objects_total{stream="1"} 1
}
