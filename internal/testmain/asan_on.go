//go:build asan

package testmain

// asanEnabled: the binary is built with -asan (the go command sets the
// asan build tag).
const asanEnabled = true
