//go:build !deepstream

package standin

import (
	"os"
	"regexp"
	"strconv"
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

// rankExpr is a rank of GODS_STANDIN_ELEMENTS: GST_RANK_<name>, plus an offset.
var rankExpr = regexp.MustCompile(`^GST_RANK_(NONE|MARGINAL|SECONDARY|PRIMARY)(?:\s*\+\s*(\d+))?$`)

// The registered factories are those of GODS_STANDIN_ELEMENTS, in its order and
// with its ranks: register.c registers what the list says.
func TestRegisterElementList(t *testing.T) {
	ranks := map[string]int{"NONE": 0, "MARGINAL": 64, "SECONDARY": 128, "PRIMARY": 256}
	listed := listedElements(t)
	var names []string
	for _, e := range listed {
		names = append(names, e.factory)
		m := rankExpr.FindStringSubmatch(e.rank)
		require.NotNil(t, m, "%s: rank %q", e.factory, e.rank)
		want := ranks[m[1]]
		if m[2] != "" {
			n, err := strconv.Atoi(m[2])
			require.NoError(t, err)
			want += n
		}
		assert.Equal(t, want, factoryRank(e.factory), e.factory)
	}
	assert.Equal(t, names, Factories())
}
