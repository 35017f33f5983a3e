package dsapp

import (
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"
)

// PerfInterval is how often the multi-stream samples print **PERF.
const PerfInterval = 5 * time.Second

// FPS counts the frames of one stream (FPS.py's GETFPS): the first Update
// only starts the clock, later ones count a frame; Get returns the frames per
// second since the previous Get (or the first Update) rounded to two
// decimals, and starts a new period. It is safe for concurrent use.
type FPS struct {
	mu      sync.Mutex
	started bool
	start   time.Time
	frames  int
	now     func() time.Time
}

// Update counts one frame.
func (f *FPS) Update() {
	f.mu.Lock()
	defer f.mu.Unlock()
	if !f.started {
		f.started = true
		f.start = f.clock()
		return
	}
	f.frames++
}

// Get returns the frame rate of the period that ends now and starts the next.
func (f *FPS) Get() float64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	end := f.clock()
	var fps float64
	if d := end.Sub(f.start).Seconds(); f.started && d > 0 {
		fps = float64(f.frames) / d
	}
	f.frames = 0
	f.start = end
	return math.Round(fps*100) / 100
}

func (f *FPS) clock() time.Time {
	if f.now != nil {
		return f.now()
	}
	return time.Now()
}

// PerfData holds an FPS per stream, named stream0 .. streamN-1 (FPS.py's
// PERF_DATA).
type PerfData struct {
	streams []FPS
}

// NewPerfData returns the counters of n streams.
func NewPerfData(n int) *PerfData {
	return &PerfData{streams: make([]FPS, n)}
}

// Update counts a frame of stream i (the pad index of its frame meta).
// Indexes outside 0..n-1 are ignored.
func (p *PerfData) Update(i int) {
	if i >= 0 && i < len(p.streams) {
		p.streams[i].Update()
	}
}

// Line returns the frame rates since the previous call in the Python apps'
// format: **PERF:  {'stream0': 29.97, 'stream1': 30.0}.
func (p *PerfData) Line() string {
	var b strings.Builder
	b.WriteString("**PERF:  {")
	for i := range p.streams {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "'stream%d': %s", i, PyFloat(p.streams[i].Get()))
	}
	b.WriteString("}")
	return b.String()
}

// Print prints Line as perf_print_callback does: between empty lines.
func (p *PerfData) Print() {
	fmt.Fprintf(Stdout, "\n%s \n\n", p.Line())
}

// PyFloat formats v as Python's repr of a float: shortest round-trip
// digits, and always a decimal point (30.0, not 30).
func PyFloat(v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if !strings.ContainsAny(s, ".eEn") {
		s += ".0"
	}
	return s
}

// PerfIntervalEnv names the environment variable that overrides
// PerfInterval (a Go duration such as 500ms), for tests and short clips.
const PerfIntervalEnv = "GODS_PERF_INTERVAL"

// PerfEvery returns PerfInterval, or the duration in GODS_PERF_INTERVAL.
func PerfEvery() time.Duration {
	if s := os.Getenv(PerfIntervalEnv); s != "" {
		if d, err := time.ParseDuration(s); err == nil && d > 0 {
			return d
		}
		fmt.Fprintf(Stderr, "Warning: %s=%q is not a positive duration\n", PerfIntervalEnv, s)
	}
	return PerfInterval
}
