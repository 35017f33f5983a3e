//go:build !deepstream

package standin

import (
	"os"
	"testing"

	"github.com/go-gst/go-gst/gst"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestForeignChild runs in the child process of
// TestRegisterRefusesForeignFactory (GStreamer initialised, nothing
// registered yet).
func TestForeignChild(t *testing.T) {
	if os.Getenv("STANDIN_TEST_FOREIGN") == "" {
		t.Skip("run by TestRegisterRefusesForeignFactory")
	}
	require.True(t, registerForeignFactory("nvvideoconvert"))
	err := Register()
	require.Error(t, err)
	assert.Contains(t, err.Error(), "real DeepStream elements are already registered: nvvideoconvert")
	assert.Nil(t, gst.Find("nvinfer"), "nothing registered")
	assert.Error(t, Register(), "still refused")
}

// Only the decoder is autoplugged: decodebin and uridecodebin pick it over
// the software decoders (primary), as they pick the real one.
func TestRanks(t *testing.T) {
	for _, name := range Factories() {
		want := 0
		if name == "nvv4l2decoder" {
			want = 256 + 1
		}
		assert.Equal(t, want, factoryRank(name), name)
	}
}
