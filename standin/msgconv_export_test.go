//go:build !deepstream

package standin

// MsgConvLivePayloads is msgconvLivePayloads, for the external tests.
var MsgConvLivePayloads = msgconvLivePayloads
