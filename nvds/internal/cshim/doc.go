// Package cshim is the C glue shared by the binding packages. cshim.go.h
// holds the static inline helpers every package compiling C may call (the
// g_malloc string setter the SDK's release functions expect, user-meta
// payload set-up, test buffers): the folder is on every package's include
// path, and inline helpers need no import of this internal package. Its .c
// files are nvds's glue (wrappers for C macros cgo cannot call, the
// pad-probe trampoline), reached by nvds through its import. It has no Go
// API.
package cshim
