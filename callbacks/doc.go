// Package callbacks attaches custom payloads to DeepStream metadata as user
// meta (NvDsUserMeta), with copy and release functions registered per meta
// type: what pyds's user_copyfunc/user_releasefunc and alloc_custom_struct
// are to Python, without their single global slot.
//
// # Meta types and registration
//
// Every user meta carries a meta type (nvds.UserMetaType turns a descriptor
// such as "ORG.COMPONENT.WHAT" into one) and the C functions that copy and free
// its payload when DeepStream copies or releases the meta. This package
// keeps a registry, in C, of those functions per meta type; any number of
// types can be registered at once and each keeps its own functions.
// Registering a type twice the same way is harmless, differently is
// ErrConflict. Unregister stops new attaches of a type (ErrNotRegistered)
// and never touches metas already attached: they keep copying and freeing
// their payloads.
//
// Three kinds of payload:
//
//   - GoMeta[T]: any Go value. It stays in Go behind a cgo.Handle; the meta
//     holds a small C struct with the handle and a reference count. Copies
//     share the value without entering Go; releasing the last copy enters
//     Go once to drop the handle. If T implements Cloner[T], copies hold
//     clones instead, and each copy enters Go to make one.
//   - CMeta[T]: a Go struct of plain data (numbers, arrays, nested structs,
//     CString for char*) allocated in C memory, so that downstream C
//     plugins read it as the C struct of the same layout. Copy and release
//     are C (memcpy + g_strdup, g_free).
//   - RegisterFuncs + AttachData: C memory with C copy/release functions
//     from elsewhere (a C plugin's library).
//
// # Ownership
//
// Attaching hands the payload to the user meta, which hands it to
// DeepStream: the release function frees it when the meta is released
// (buffer unref, nvds_remove_user_meta_*, nvds_destroy_batch_meta). Go never
// frees a payload itself. Pointers returned by CMeta.Attach and CMeta.Get
// are views into C memory, valid while the user meta is.
//
// The package counts the payloads alive (Go values and C payloads) for the
// module's leak tests; both counts return to zero once every meta holding
// one has been released.
package callbacks
