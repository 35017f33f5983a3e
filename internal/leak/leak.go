// Package leak is the module's one registry of live-object counters: each
// package that hands out C-owned or handle-backed resources registers, from
// its init, a function counting those still alive, and the tests read them
// all here (internal/testmain fails a test binary that ends with any of them
// above zero). It keeps the counters out of the public API: only this
// module's packages and tests can import it.
//
// Counter names are "<package>.<kind>" (for example "callbacks.c_payloads");
// every one returns to zero once everything counted has been released.
package leak

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
)

var (
	mu       sync.Mutex
	counters = map[string]func() int64{}
)

// Register adds a counter under name; live reports how many objects of that
// kind are alive now and must be safe to call from any goroutine. Called
// from a package's init; registering a name twice panics, as two packages
// claiming one name is a programming error.
func Register(name string, live func() int64) {
	mu.Lock()
	defer mu.Unlock()
	if _, dup := counters[name]; dup {
		panic("leak: counter " + name + " registered twice")
	}
	counters[name] = live
}

// Names returns the registered counters' names, sorted.
func Names() []string {
	mu.Lock()
	defer mu.Unlock()
	return slices.Sorted(maps.Keys(counters))
}

// Count returns the counter name's current value; 0 if none is registered
// under name (its package is not linked in, or the build has no such count).
func Count(name string) int64 {
	mu.Lock()
	f := counters[name]
	mu.Unlock()
	if f == nil {
		return 0
	}
	return f()
}

// Live returns every counter that is not zero now, by name; empty when
// nothing counted is alive.
func Live() Counts {
	mu.Lock()
	fs := maps.Clone(counters)
	mu.Unlock()
	// Called unlocked: a counter may take its package's locks.
	out := Counts{}
	for name, f := range fs {
		if n := f(); n != 0 {
			out[name] = n
		}
	}
	return out
}

// Counts are counter values by name; a name that is absent counts zero.
type Counts map[string]int64

// Diff returns the counters whose value differs between before and c, as
// c's value minus before's: what was created since before and is still
// alive (negative: released since). Empty when nothing changed.
func (c Counts) Diff(before Counts) Counts {
	out := Counts{}
	for name, n := range c {
		if d := n - before[name]; d != 0 {
			out[name] = d
		}
	}
	for name, n := range before {
		if _, ok := c[name]; !ok {
			out[name] = -n
		}
	}
	return out
}

// String lists the counts sorted by name, as "name=n, name=n".
func (c Counts) String() string {
	var b strings.Builder
	for i, name := range slices.Sorted(maps.Keys(c)) {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s=%d", name, c[name])
	}
	return b.String()
}
