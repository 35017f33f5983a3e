/* callbacks.go.h: the C side of package callbacks.
 *
 * A registry, keyed by NvDsMetaType, of the copy and release functions of
 * user-meta types, and the copy/release functions for the two payload kinds
 * the package allocates: Go values behind a cgo.Handle with a C-side
 * reference count, and C-layout structs (plain data plus owned char*).
 * Everything here runs without entering Go, except the release of the last
 * reference to a Go payload and the copy of a cloning Go payload. */
#ifndef GO_DEEPSTREAM_CALLBACKS_H
#define GO_DEEPSTREAM_CALLBACKS_H

#include <stdint.h>
#include <glib.h>

#include "nvdsmeta.h"
#include "cshim.go.h"

/* What a registered meta type's payloads are. */
enum {
  GODS_CALLBACKS_KIND_FUNCS = 0,    /* caller-supplied C copy/release functions */
  GODS_CALLBACKS_KIND_GO_SHARED = 1, /* Go value; copies share it (reference count) */
  GODS_CALLBACKS_KIND_GO_CLONE = 2, /* Go value; copies call Go to clone it */
  GODS_CALLBACKS_KIND_C_LAYOUT = 3  /* g_malloc'ed struct with owned char* fields */
};

/* Where a user meta is attached. */
enum { GODS_CALLBACKS_TARGET_BATCH = 0, GODS_CALLBACKS_TARGET_FRAME = 1, GODS_CALLBACKS_TARGET_OBJECT = 2 };

/* Results of the functions below (0 is success). */
enum {
  GODS_CALLBACKS_OK = 0,
  GODS_CALLBACKS_ERR_NOT_REGISTERED = 1, /* no active entry for the meta type */
  GODS_CALLBACKS_ERR_CONFLICT = 2,       /* registered with other functions/layout */
  GODS_CALLBACKS_ERR_WRONG_KIND = 3,     /* the entry holds another payload kind */
  GODS_CALLBACKS_ERR_NO_BATCH = 4,       /* target is NULL or has no batch meta */
  GODS_CALLBACKS_ERR_POOL = 5            /* the user-meta pool gave no entry */
};

/* The user_meta_data of a Go payload. */
typedef struct {
  guint32 magic; /* GODS_CALLBACKS_GO_MAGIC while alive */
  gint refs;     /* user metas sharing this payload (atomic) */
  uintptr_t handle;
} GodsCallbacksGoPayload;

#define GODS_CALLBACKS_GO_MAGIC 0x676f7061u

/* Registers kind and functions for type; for GODS_CALLBACKS_KIND_C_LAYOUT, size bytes
 * per payload and the offsets of its char* fields. Registering the same
 * thing again reactivates it; anything else registered for type gives
 * GODS_CALLBACKS_ERR_CONFLICT. Entries are never freed, so payloads alive when a type
 * is unregistered keep copying and releasing correctly. */
int gods_callbacks_register(NvDsMetaType type, int kind, NvDsMetaCopyFunc copy_func,
                NvDsMetaReleaseFunc release_func, gsize size,
                const gsize *offsets, guint n_offsets);

/* Deactivates type: later attaches fail with GODS_CALLBACKS_ERR_NOT_REGISTERED. */
int gods_callbacks_unregister(NvDsMetaType type);

/* Whether type has an active entry, and of which kind (-1: none). */
int gods_callbacks_registered_kind(NvDsMetaType type);

/* Acquires a user meta from the target's batch, sets type, data and the
 * entry's copy/release functions, and attaches it to the target. For
 * GODS_CALLBACKS_KIND_FUNCS entries only; data is owned by the meta from then on. */
NvDsUserMeta *gods_callbacks_attach_data(int target_kind, void *target, NvDsMetaType type,
                             void *data, int *err);

/* The same for a Go payload: a GodsCallbacksGoPayload holding handle, one reference.
 * On failure nothing is allocated and the handle is the caller's. */
NvDsUserMeta *gods_callbacks_attach_go(int target_kind, void *target, NvDsMetaType type,
                           uintptr_t handle, int *err);

/* The same for a C-layout payload: size zeroed bytes from g_malloc0. */
NvDsUserMeta *gods_callbacks_attach_c(int target_kind, void *target, NvDsMetaType type,
                          int *err);

/* The copy and release functions installed on the user metas. */
gpointer gods_callbacks_go_copy_shared(gpointer data, gpointer user_data);
gpointer gods_callbacks_go_copy_clone(gpointer data, gpointer user_data);
void gods_callbacks_go_release(gpointer data, gpointer user_data);
gpointer gods_callbacks_c_copy(gpointer data, gpointer user_data);
void gods_callbacks_c_release(gpointer data, gpointer user_data);

/* C-layout payloads currently alive. */
gint64 gods_callbacks_live_c_payloads(void);

/* Defined in Go (callbacks_export.go). */
extern void goCallbacksRelease(uintptr_t handle);
extern uintptr_t goCallbacksClone(int type, uintptr_t handle);

#endif
