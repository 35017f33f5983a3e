/* The registry of user-meta types and the copy/release functions of the
 * payloads package callbacks allocates.
 *
 * This is C, not Go, because SDK elements (and the embedded runtime) call
 * copy_func and release_func from their streaming threads for every copied
 * buffer: keeping them in C means a copy or release never enters Go, except
 * where a Go value itself has to be cloned or its handle dropped. */
#include <string.h>

#include "callbacks.go.h"

typedef struct {
  NvDsMetaType type;
  int kind;
  NvDsMetaCopyFunc copy_func;
  NvDsMetaReleaseFunc release_func;
  gsize size;
  guint n_offsets;
  gsize *offsets;
  gint active; /* atomic */
} GodsCallbacksEntry;

static GRWLock registry_lock;
static GHashTable *registry; /* GINT_TO_POINTER(type) -> GodsCallbacksEntry*, never freed */
static gint live_c_payloads; /* atomic */

static GodsCallbacksEntry *lookup(NvDsMetaType type)
{
  g_rw_lock_reader_lock(&registry_lock);
  GodsCallbacksEntry *e = registry ? g_hash_table_lookup(registry, GINT_TO_POINTER(type))
                        : NULL;
  g_rw_lock_reader_unlock(&registry_lock);
  return e;
}

static gboolean same_entry(const GodsCallbacksEntry *e, int kind, NvDsMetaCopyFunc c,
                           NvDsMetaReleaseFunc r, gsize size,
                           const gsize *offsets, guint n)
{
  if (e->kind != kind || e->copy_func != c || e->release_func != r ||
      e->size != size || e->n_offsets != n)
    return FALSE;
  return n == 0 || memcmp(e->offsets, offsets, n * sizeof(gsize)) == 0;
}

int gods_callbacks_register(NvDsMetaType type, int kind, NvDsMetaCopyFunc copy_func,
                NvDsMetaReleaseFunc release_func, gsize size,
                const gsize *offsets, guint n_offsets)
{
  int rc = GODS_CALLBACKS_OK;
  g_rw_lock_writer_lock(&registry_lock);
  if (!registry)
    registry = g_hash_table_new(g_direct_hash, g_direct_equal);
  GodsCallbacksEntry *e = g_hash_table_lookup(registry, GINT_TO_POINTER(type));
  if (e) {
    if (same_entry(e, kind, copy_func, release_func, size, offsets, n_offsets))
      g_atomic_int_set(&e->active, 1);
    else
      rc = GODS_CALLBACKS_ERR_CONFLICT;
  } else {
    e = g_new0(GodsCallbacksEntry, 1);
    e->type = type;
    e->kind = kind;
    e->copy_func = copy_func;
    e->release_func = release_func;
    e->size = size;
    e->n_offsets = n_offsets;
    e->offsets = n_offsets ? g_memdup2(offsets, n_offsets * sizeof(gsize)) : NULL;
    e->active = 1;
    g_hash_table_insert(registry, GINT_TO_POINTER(type), e);
  }
  g_rw_lock_writer_unlock(&registry_lock);
  return rc;
}

int gods_callbacks_unregister(NvDsMetaType type)
{
  GodsCallbacksEntry *e = lookup(type);
  if (!e || !g_atomic_int_get(&e->active))
    return GODS_CALLBACKS_ERR_NOT_REGISTERED;
  g_atomic_int_set(&e->active, 0);
  return GODS_CALLBACKS_OK;
}

int gods_callbacks_registered_kind(NvDsMetaType type)
{
  GodsCallbacksEntry *e = lookup(type);
  return e && g_atomic_int_get(&e->active) ? e->kind : -1;
}

/* The batch a target belongs to, or NULL. */
static NvDsBatchMeta *target_batch(int target_kind, void *target)
{
  if (!target)
    return NULL;
  switch (target_kind) {
  case GODS_CALLBACKS_TARGET_BATCH:
    return target;
  case GODS_CALLBACKS_TARGET_FRAME:
    return ((NvDsFrameMeta *)target)->base_meta.batch_meta;
  case GODS_CALLBACKS_TARGET_OBJECT:
    return ((NvDsObjectMeta *)target)->base_meta.batch_meta;
  default:
    return NULL;
  }
}

/* Acquire, fill and attach; NULL (and *err set) if the entry is missing or
 * of another kind, or the target or the pool fails. */
static NvDsUserMeta *attach(int target_kind, void *target, NvDsMetaType type,
                            gboolean (*kind_ok)(int), void *data, int *err)
{
  GodsCallbacksEntry *e = lookup(type);
  if (!e || !g_atomic_int_get(&e->active)) {
    *err = GODS_CALLBACKS_ERR_NOT_REGISTERED;
    return NULL;
  }
  if (!kind_ok(e->kind)) {
    *err = GODS_CALLBACKS_ERR_WRONG_KIND;
    return NULL;
  }
  NvDsBatchMeta *batch = target_batch(target_kind, target);
  if (!batch) {
    *err = GODS_CALLBACKS_ERR_NO_BATCH;
    return NULL;
  }
  NvDsUserMeta *u = nvds_acquire_user_meta_from_pool(batch);
  if (!u) {
    *err = GODS_CALLBACKS_ERR_POOL;
    return NULL;
  }
  gods_user_meta_set(u, type, data, e->copy_func, e->release_func);
  switch (target_kind) {
  case GODS_CALLBACKS_TARGET_BATCH:
    nvds_add_user_meta_to_batch(batch, u);
    break;
  case GODS_CALLBACKS_TARGET_FRAME:
    nvds_add_user_meta_to_frame(target, u);
    break;
  default:
    nvds_add_user_meta_to_obj(target, u);
    break;
  }
  *err = GODS_CALLBACKS_OK;
  return u;
}

static gboolean is_funcs(int kind) { return kind == GODS_CALLBACKS_KIND_FUNCS; }
static gboolean is_go(int kind)
{
  return kind == GODS_CALLBACKS_KIND_GO_SHARED || kind == GODS_CALLBACKS_KIND_GO_CLONE;
}
static gboolean is_c_layout(int kind) { return kind == GODS_CALLBACKS_KIND_C_LAYOUT; }

NvDsUserMeta *gods_callbacks_attach_data(int target_kind, void *target, NvDsMetaType type,
                             void *data, int *err)
{
  return attach(target_kind, target, type, is_funcs, data, err);
}

static GodsCallbacksGoPayload *go_payload_new(uintptr_t handle)
{
  GodsCallbacksGoPayload *p = g_new(GodsCallbacksGoPayload, 1);
  p->magic = GODS_CALLBACKS_GO_MAGIC;
  p->refs = 1;
  p->handle = handle;
  return p;
}

NvDsUserMeta *gods_callbacks_attach_go(int target_kind, void *target, NvDsMetaType type,
                           uintptr_t handle, int *err)
{
  GodsCallbacksGoPayload *p = go_payload_new(handle);
  NvDsUserMeta *u = attach(target_kind, target, type, is_go, p, err);
  if (!u)
    g_free(p);
  return u;
}

NvDsUserMeta *gods_callbacks_attach_c(int target_kind, void *target, NvDsMetaType type,
                          int *err)
{
  GodsCallbacksEntry *e = lookup(type);
  gsize size = e && e->kind == GODS_CALLBACKS_KIND_C_LAYOUT && e->size ? e->size : 1;
  void *data = g_malloc0(size);
  NvDsUserMeta *u = attach(target_kind, target, type, is_c_layout, data, err);
  if (u)
    g_atomic_int_add(&live_c_payloads, 1);
  else
    g_free(data);
  return u;
}

/* Go payloads. */

static GodsCallbacksGoPayload *go_payload_of(gpointer data)
{
  NvDsUserMeta *u = data;
  GodsCallbacksGoPayload *p = u ? u->user_meta_data : NULL;
  return p && p->magic == GODS_CALLBACKS_GO_MAGIC ? p : NULL;
}

gpointer gods_callbacks_go_copy_shared(gpointer data, gpointer user_data)
{
  GodsCallbacksGoPayload *p = go_payload_of(data);
  if (!p)
    return NULL;
  g_atomic_int_inc(&p->refs);
  return p;
}

gpointer gods_callbacks_go_copy_clone(gpointer data, gpointer user_data)
{
  GodsCallbacksGoPayload *p = go_payload_of(data);
  if (!p)
    return NULL;
  uintptr_t h = goCallbacksClone(((NvDsUserMeta *)data)->base_meta.meta_type,
                                 p->handle);
  return h ? go_payload_new(h) : NULL;
}

void gods_callbacks_go_release(gpointer data, gpointer user_data)
{
  NvDsUserMeta *u = data;
  GodsCallbacksGoPayload *p = go_payload_of(data);
  if (!p)
    return;
  u->user_meta_data = NULL;
  if (g_atomic_int_dec_and_test(&p->refs)) {
    uintptr_t h = p->handle;
    p->magic = 0;
    g_free(p);
    goCallbacksRelease(h);
  }
}

/* C-layout payloads. */

gpointer gods_callbacks_c_copy(gpointer data, gpointer user_data)
{
  NvDsUserMeta *u = data;
  if (!u || !u->user_meta_data)
    return NULL;
  GodsCallbacksEntry *e = lookup(u->base_meta.meta_type);
  if (!e || e->kind != GODS_CALLBACKS_KIND_C_LAYOUT)
    return NULL;
  char *dst = g_malloc(e->size ? e->size : 1);
  memcpy(dst, u->user_meta_data, e->size);
  for (guint i = 0; i < e->n_offsets; i++) {
    char **s = (char **)(dst + e->offsets[i]);
    *s = g_strdup(*s);
  }
  g_atomic_int_add(&live_c_payloads, 1);
  return dst;
}

void gods_callbacks_c_release(gpointer data, gpointer user_data)
{
  NvDsUserMeta *u = data;
  if (!u || !u->user_meta_data)
    return;
  GodsCallbacksEntry *e = lookup(u->base_meta.meta_type);
  char *p = u->user_meta_data;
  u->user_meta_data = NULL;
  if (e && e->kind == GODS_CALLBACKS_KIND_C_LAYOUT)
    for (guint i = 0; i < e->n_offsets; i++)
      g_free(*(char **)(p + e->offsets[i]));
  g_free(p);
  g_atomic_int_add(&live_c_payloads, -1);
}

gint64 gods_callbacks_live_c_payloads(void)
{
  return (gint64)g_atomic_int_get(&live_c_payloads);
}
