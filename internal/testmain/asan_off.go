//go:build !asan

package testmain

const asanEnabled = false
