/* meta_internal.h: private declarations of the embedded batch-meta runtime.
 * Not installed, not an SDK header. See docs/embedded-runtime.md. */
#ifndef GO_DEEPSTREAM_EMBEDDED_META_INTERNAL_H
#define GO_DEEPSTREAM_EMBEDDED_META_INTERNAL_H

#include <string.h>

#include "nvdsmeta.h"
#include "nvds_embedded.h"

/* The six pooled kinds, index into BatchPriv.pools. */
typedef enum {
  META_KIND_FRAME = 0,
  META_KIND_OBJ,
  META_KIND_CLASSIFIER,
  META_KIND_DISPLAY,
  META_KIND_USER,
  META_KIND_LABEL,
  META_KIND_COUNT
} MetaKind;

/* Bookkeeping of one pool entry. The GList node is the entry's node in the
 * pool's empty_list or full_list (never freed on its own), so moving an entry
 * between the two lists costs no allocation and no search. */
typedef struct {
  GList link;       /* link.data is the entry */
  gpointer parent;  /* frame/object/classifier/roi/batch holding it, or NULL */
  gboolean in_use;  /* acquired and not yet released */
} MetaSlot;

/* Entries are allocated in chunks; a chunk is never freed before its batch. */
typedef struct MetaChunk {
  struct MetaChunk *next;
  guint count;
  guint8 *entries; /* count * element_size bytes */
  MetaSlot slots[];
} MetaChunk;

typedef struct {
  NvDsMetaPool pub; /* first member: the batch's *_meta_pool points here */
  MetaKind kind;
  MetaChunk *chunks; /* newest first */
} MetaPool;

#define META_BATCH_MAGIC 0x4e764453u /* "NvDS" */

/* The allocation behind every NvDsBatchMeta this runtime creates. */
typedef struct {
  NvDsBatchMeta pub; /* first member: callers only see this */
  guint32 magic;
  MetaPool pools[META_KIND_COUNT];
} BatchPriv;

/* meta_leak.c */
void nvds_embedded_count_add(NvDsEmbeddedKind kind, gint64 delta);

/* meta_pool.c */
BatchPriv *meta_batch_priv(NvDsBatchMeta *batch_meta);
void meta_pools_init(BatchPriv *b, guint max_batch_size);
void meta_pools_destroy(BatchPriv *b);
gpointer meta_pool_acquire(NvDsBatchMeta *batch_meta, MetaKind kind);
MetaSlot *meta_pool_slot(MetaPool *pool, gconstpointer entry);
MetaSlot *meta_slot_of(gconstpointer entry, MetaKind kind, BatchPriv **out);
void meta_release_tree(BatchPriv *b, MetaKind kind, gpointer entry);
void meta_free_owned(MetaKind kind, gpointer entry);
const char *meta_kind_label(MetaKind kind);

/* meta_attach.c. A container is a pooled entry of a MetaKind, or: */
#define META_PARENT_BATCH ((int)META_KIND_COUNT)    /* the batch meta */
/* Not pooled here, so not validated: NvDsRoiMeta, NvDsAudioFrameMeta. */
#define META_PARENT_EXTERNAL ((int)META_KIND_COUNT + 1)
gboolean meta_attach(gpointer container, int parent_kind, GList **list,
                     gpointer entry, MetaKind kind, guint *counter);
void meta_detach(gpointer container, int parent_kind, GList **list,
                 gpointer entry, MetaKind kind, guint *counter);
void meta_clear(gpointer container, int parent_kind, GList **list,
                GList *meta_list, MetaKind kind, guint *counter);

/* meta_copy_list.c */
NvDsUserMeta *meta_copy_user(NvDsUserMeta *src, NvDsBatchMeta *dst_batch);

static inline void meta_lock(BatchPriv *b)
{
  if (b)
    g_rec_mutex_lock(&b->pub.meta_mutex);
}

static inline void meta_unlock(BatchPriv *b)
{
  if (b)
    g_rec_mutex_unlock(&b->pub.meta_mutex);
}

/* The batch an entry was acquired from, validated; NULL if none. */
static inline BatchPriv *meta_entry_batch(gconstpointer entry)
{
  return entry ? meta_batch_priv(((const NvDsBaseMeta *)entry)->batch_meta)
               : NULL;
}

#endif /* GO_DEEPSTREAM_EMBEDDED_META_INTERNAL_H */
