package objenc_test

import (
	"testing"

	"github.com/go-deepstream/go-deepstream/internal/testmain"
)

// TestMain fails the binary if anything counted in internal/leak is alive
// after the tests.
func TestMain(m *testing.M) { testmain.Run(m) }
