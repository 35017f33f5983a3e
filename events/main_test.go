//go:build !deepstream

package events_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/go-gst/go-gst/gst"

	"github.com/go-deepstream/go-deepstream/internal/testmain"
	"github.com/go-deepstream/go-deepstream/standin"
)

// TestMain registers the stand-ins and fails the binary if anything counted
// in internal/leak is alive after the tests.
func TestMain(m *testing.M) {
	gst.Init(nil)
	if err := standin.Register(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	testmain.Run(m)
}
