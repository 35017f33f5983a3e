package dsapp

import (
	"testing"

	"github.com/go-deepstream/go-deepstream/internal/testmain"
)

// The module's shared test Main: after the tests it fails the binary if a
// C object (batch meta, probe handle, Go payload handle) is still alive.
func TestMain(m *testing.M) { testmain.Run(m) }
