// Package cshim is the C glue shared by the binding packages: wrappers for
// C macros cgo cannot call, the pad-probe trampoline, and string helpers
// that allocate with the allocator the SDK frees with. It has no Go API;
// binding packages include cshim.h and import this package for its symbols.
package cshim
