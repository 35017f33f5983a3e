package gogst_test

import (
	"slices"
	"testing"

	"github.com/go-gst/go-gst/gst"
	"github.com/stretchr/testify/assert"

	"github.com/go-deepstream/go-deepstream/internal/leak"
	"github.com/go-deepstream/go-deepstream/internal/testmain"
)

// TestMain fails the binary if anything counted in internal/leak is alive
// after the tests.
func TestMain(m *testing.M) {
	gst.Init(nil)
	testmain.Run(m)
}

// assertRuntimeHas asserts that the counter name is above zero, so that a
// later testmain.NoneLive is not vacuous. A counter this build does not
// register (the installed SDK keeps no runtime counts) is not checked.
func assertRuntimeHas(t *testing.T, name string) {
	t.Helper()
	if slices.Contains(leak.Names(), name) {
		assert.Positive(t, leak.Count(name), "live %s", name)
	}
}
