//go:build dsleak

package surface_test

import (
	"os"
	"os/exec"
	"runtime"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/surface"
)

// leakChildEnv makes the test binary a child that leaks a Mapping.
const leakChildEnv = "GODS_SURFACE_LEAK_CHILD"

// A Mapping collected without Close is reported, and the count it adds to
// the leak registry fails the test binary (internal/testmain): the child
// process leaks one, its tests pass, and it exits 1 naming the counter.
func TestLeakedMappingIsReported(t *testing.T) {
	if os.Getenv(leakChildEnv) != "" {
		leakMapping(t)
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestLeakedMappingIsReported$", "-test.count=1")
	cmd.Env = append(os.Environ(), leakChildEnv+"=1")
	out, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	require.ErrorAs(t, err, &exit, "the child must fail:\n%s", out)
	assert.Equal(t, 1, exit.ExitCode(), "%s", out)
	assert.Contains(t, string(out), "surface: Mapping collected without Close; made at:")
	assert.Contains(t, string(out), "surface.leaked_mappings=1")
	assert.Contains(t, string(out), "PASS", "the child's tests pass; the leak gate fails it")
}

// leakMapping maps a surface, drops the Mapping without Close, and waits
// for the report.
func leakMapping(t *testing.T) {
	_, s := newBuffer(t, 1, 16, 16, surface.ColorFormatRGBA, surface.MemSystem)
	before := surface.LeakedMappings()
	func() {
		_, err := s.Map(0, 0, surface.MapRead) // never closed
		require.NoError(t, err)
	}()
	for range 50 {
		runtime.GC()
		if surface.LeakedMappings() > before {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatal("leaked mapping not reported")
}
