package rtspserver_test

import (
	"testing"

	"github.com/go-gst/go-gst/gst"

	"github.com/go-deepstream/go-deepstream/internal/testmain"
)

// TestMain fails the binary if a server, factory or loop is left open.
func TestMain(m *testing.M) {
	gst.Init(nil)
	testmain.Run(m)
}
