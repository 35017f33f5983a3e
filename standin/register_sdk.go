//go:build deepstream

package standin

// Register does nothing under the deepstream build tag: the SDK's own
// plugins provide the elements.
func Register() error { return nil }

// Factories returns nil under the deepstream build tag: no stand-in is
// built.
func Factories() []string { return nil }
