//go:build !deepstream

package standin

// LivePayloads is livePayloads, for the external tests.
var LivePayloads = livePayloads
