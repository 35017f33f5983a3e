// Package embedded is go-deepstream's own C implementation of the parts of
// the DeepStream SDK that the bindings call: the batch-metadata library
// (nvdsmeta.h, gstnvdsmeta.h) and the system-memory part of NvBufSurface
// (nvbufsurface.h), declared in the SDK-named headers under include/.
//
// It is compiled into every default (embedded) build and left out entirely
// under the deepstream build tag, where the installed SDK is linked instead.
// The binding packages import it for its C symbols only; its Go API is
// limited to the leak accounting that tests use.
//
// The emulated SDK release is DeepStream 9.1 by default, or 9.0, 8.0, 7.1
// or 7.0 under the dsabi90, dsabi80, dsabi71 or dsabi70 build tag.
package embedded
