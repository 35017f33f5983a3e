//go:build dsleak

package surface

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"sync/atomic"

	"github.com/go-deepstream/go-deepstream/internal/leak"
)

// leakRecord lives beside a Mapping: the cleanup attached to the Mapping
// can read it after the Mapping itself is unreachable.
type leakRecord struct {
	open  atomic.Bool
	stack []byte
}

var leaked atomic.Int64

// In the module's leak registry, so that a test binary built with dsleak
// fails when a Mapping was collected without Close (internal/testmain).
func init() {
	leak.Register("surface.leaked_mappings", leaked.Load)
}

// trackMapping records where m was made; a cleanup reports it if m is
// collected while still open. It detects the leak; it never unmaps.
func trackMapping(m *Mapping) {
	r := &leakRecord{stack: debug.Stack()}
	r.open.Store(true)
	m.leak = r
	runtime.AddCleanup(m, func(r *leakRecord) {
		if r.open.Load() {
			leaked.Add(1)
			fmt.Fprintf(os.Stderr, "surface: Mapping collected without Close; made at:\n%s\n", r.stack)
		}
	}, r)
}

func untrackMapping(m *Mapping) {
	if m.leak != nil {
		m.leak.open.Store(false)
	}
}

// LeakedMappings reports how many Mappings were garbage collected without
// Close since the process started.
func LeakedMappings() int { return int(leaked.Load()) }
