//go:build !deepstream

package standin_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/go-gst/go-gst/gst"

	"github.com/go-deepstream/go-deepstream/internal/testmain"
	"github.com/go-deepstream/go-deepstream/standin"
)

// foreignEnv makes the test binary a child that registers a fake "real"
// element before standin.Register (see TestRegisterRefusesForeignFactory).
const foreignEnv = "STANDIN_TEST_FOREIGN"

// registerBeforeInit is what Register said before gst.Init.
var registerBeforeInit error

// TestMain registers the stand-ins around gst.Init and fails the binary if
// anything counted in internal/leak is alive after the tests.
func TestMain(m *testing.M) {
	child := os.Getenv(foreignEnv) != ""
	if !child {
		registerBeforeInit = standin.Register()
	}
	gst.Init(nil)
	if !child {
		if err := standin.Register(); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
	testmain.Run(m)
}
