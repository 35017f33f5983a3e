//go:build race

package dsapp

// raceEnabled: the race detector's instrumentation allocates, so the
// zero-allocation tests skip (the benchmarks, run without it, measure).
const raceEnabled = true
