//go:build !deepstream

package gogst_test

import (
	"runtime"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/go-deepstream/go-deepstream/embedded"
)

// assertRuntimeEmpty waits for go-gst's finalizers to drop the last
// references to pipelines and buffers, then asserts that the embedded
// runtime has nothing alive (the user-meta type registry only grows).
func assertRuntimeEmpty(t *testing.T) {
	t.Helper()
	nonZero := func() map[string]int64 {
		out := map[string]int64{}
		for k, v := range embedded.LiveCounts() {
			if v != 0 && k != "user_meta_types" {
				out[k] = v
			}
		}
		return out
	}
	deadline := time.Now().Add(10 * time.Second)
	for len(nonZero()) != 0 && time.Now().Before(deadline) {
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
	}
	assert.Empty(t, nonZero(), "embedded runtime objects still alive")
}

// assertRuntimeHas asserts that the embedded runtime has at least one
// object of kind alive (so that assertRuntimeEmpty is not vacuous).
func assertRuntimeHas(t *testing.T, kind string) {
	t.Helper()
	assert.Positive(t, embedded.LiveCounts()[kind], "live %s", kind)
}
