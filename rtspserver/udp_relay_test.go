package rtspserver_test

import (
	"net"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/internal/testmain"
	"github.com/go-deepstream/go-deepstream/rtspserver"
)

// ServeUDP mounts one shared relay of the UDP port, and on a busy port
// fails with nothing left open (the leak check).
func TestServeUDP(t *testing.T) {
	testmain.NoLeaks(t)
	srv, f, err := rtspserver.ServeUDP(0, 5400, "H265", "/ds-test")
	require.NoError(t, err)
	assert.Positive(t, srv.BoundPort())
	assert.True(t, f.Shared())
	assert.Contains(t, f.Launch(), "udpsrc name=pay0 port=5400 ")
	assert.Contains(t, f.Launch(), "encoding-name=(string)H265")
	f.Close()
	srv.Close()

	l, err := net.Listen("tcp", ":0")
	require.NoError(t, err)
	defer l.Close()
	_, _, err = rtspserver.ServeUDP(l.Addr().(*net.TCPAddr).Port, 5400, "H264", "/ds-test")
	require.Error(t, err)
}
