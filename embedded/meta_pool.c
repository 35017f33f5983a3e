//go:build !deepstream

/* Pools of pre-allocated meta entries, one pool per kind and batch meta.
 *
 * Entries are allocated in chunks and never freed before their batch meta, so
 * a pointer handed out once stays valid memory for the batch's lifetime. A
 * pool's empty_list/full_list are real GLists whose nodes live in the chunk's
 * slots: acquire and release move one node in O(1) and allocate nothing. */
#include "meta_internal.h"

typedef struct {
  NvDsMetaType type;
  guint size;
  guint per_frame; /* pre-fill: per_frame * max_batch_size entries */
  NvDsEmbeddedKind leak;
  const char *label;
} KindInfo;

static const KindInfo kinds[META_KIND_COUNT] = {
    [META_KIND_FRAME] = {NVDS_FRAME_META, sizeof(NvDsFrameMeta), 1,
                         NVDS_EMBEDDED_FRAME_META_ENTRIES, "frame"},
    [META_KIND_OBJ] = {NVDS_OBJ_META, sizeof(NvDsObjectMeta), 8,
                       NVDS_EMBEDDED_OBJ_META_ENTRIES, "object"},
    [META_KIND_CLASSIFIER] = {NVDS_CLASSIFIER_META, sizeof(NvDsClassifierMeta),
                              4, NVDS_EMBEDDED_CLASSIFIER_META_ENTRIES,
                              "classifier"},
    [META_KIND_DISPLAY] = {NVDS_DISPLAY_META, sizeof(NvDsDisplayMeta), 1,
                           NVDS_EMBEDDED_DISPLAY_META_ENTRIES, "display"},
    [META_KIND_USER] = {NVDS_USER_META, sizeof(NvDsUserMeta), 4,
                        NVDS_EMBEDDED_USER_META_ENTRIES, "user"},
    [META_KIND_LABEL] = {NVDS_LABEL_INFO_META, sizeof(NvDsLabelInfo), 4,
                         NVDS_EMBEDDED_LABEL_INFO_META_ENTRIES, "label_info"},
};

/* A huge max_batch_size must not turn into a huge up-front allocation; pools
 * grow on demand past this. */
#define META_PREFILL_MAX 4096u

const char *meta_kind_label(MetaKind kind)
{
  return kinds[kind].label;
}

/* The private batch behind a public pointer, or NULL when it is not a live
 * batch meta created by this runtime. */
BatchPriv *meta_batch_priv(NvDsBatchMeta *batch_meta)
{
  BatchPriv *b = (BatchPriv *)batch_meta;
  if (!batch_meta || batch_meta->base_meta.meta_type != NVDS_BATCH_META)
    return NULL;
  return b->magic == META_BATCH_MAGIC ? b : NULL;
}

static void link_unlink(GList **head, GList *l)
{
  if (l->prev)
    l->prev->next = l->next;
  else
    *head = l->next;
  if (l->next)
    l->next->prev = l->prev;
  l->prev = l->next = NULL;
}

static void link_push(GList **head, GList *l)
{
  l->prev = NULL;
  l->next = *head;
  if (*head)
    (*head)->prev = l;
  *head = l;
}

/* Adds n zeroed entries to the pool's empty_list. */
static void pool_grow(MetaPool *p, guint n)
{
  gsize size = p->pub.element_size;
  MetaChunk *c = g_malloc0(sizeof(*c) + (gsize)n * sizeof(MetaSlot));
  c->count = n;
  c->entries = g_malloc0((gsize)n * size);
  /* Pushed in reverse so the lowest address is acquired first. */
  for (guint i = n; i-- > 0;) {
    c->slots[i].link.data = c->entries + (gsize)i * size;
    link_push(&p->pub.empty_list, &c->slots[i].link);
  }
  c->next = p->chunks;
  p->chunks = c;
  p->pub.max_elements_in_pool += n;
  p->pub.num_empty_elements += n;
  nvds_embedded_count_add(kinds[p->kind].leak, n);
}

void meta_pools_init(BatchPriv *b, guint max_batch_size)
{
  guint frames = MAX(max_batch_size, 1u);
  for (int k = 0; k < META_KIND_COUNT; k++) {
    MetaPool *p = &b->pools[k];
    p->kind = (MetaKind)k;
    p->pub.meta_type = kinds[k].type;
    p->pub.element_size = kinds[k].size;
    guint n = frames > META_PREFILL_MAX / kinds[k].per_frame
                  ? META_PREFILL_MAX
                  : frames * kinds[k].per_frame;
    pool_grow(p, n);
  }
}

/* The slot of an entry of this pool (in use or not), or NULL when the
 * pointer is not exactly one of the pool's entries. */
MetaSlot *meta_pool_slot(MetaPool *p, gconstpointer entry)
{
  guintptr e = (guintptr)entry;
  gsize size = p->pub.element_size;
  for (MetaChunk *c = p->chunks; c; c = c->next) {
    guintptr base = (guintptr)c->entries;
    if (e >= base && e < base + (gsize)c->count * size) {
      gsize off = e - base;
      return off % size ? NULL : &c->slots[off / size];
    }
  }
  return NULL;
}

/* The in-use slot of an entry of the given kind, and its batch; NULL for
 * NULL, a released entry, or a pointer of another kind. */
MetaSlot *meta_slot_of(gconstpointer entry, MetaKind kind, BatchPriv **out)
{
  BatchPriv *b = meta_entry_batch(entry);
  if (!b)
    return NULL;
  MetaSlot *s = meta_pool_slot(&b->pools[kind], entry);
  if (!s || !s->in_use)
    return NULL;
  if (out)
    *out = b;
  return s;
}

/* Resets an acquired entry: all zero, then the documented defaults. */
static void entry_reset(MetaKind kind, gpointer entry, NvDsBatchMeta *batch)
{
  NvDsBaseMeta *base = entry;
  memset(entry, 0, kinds[kind].size);
  base->batch_meta = batch;
  base->meta_type = kinds[kind].type;
  if (kind == META_KIND_OBJ)
    ((NvDsObjectMeta *)entry)->object_id = UNTRACKED_OBJECT_ID;
}

/* Takes an entry from the pool (growing it by doubling when empty), marks it
 * in use and resets it. NULL only for an invalid batch meta. */
gpointer meta_pool_acquire(NvDsBatchMeta *batch_meta, MetaKind kind)
{
  BatchPriv *b = meta_batch_priv(batch_meta);
  if (!b)
    return NULL;
  meta_lock(b);
  MetaPool *p = &b->pools[kind];
  if (!p->pub.empty_list)
    pool_grow(p, MAX(p->pub.max_elements_in_pool, 1u));
  GList *l = p->pub.empty_list;
  link_unlink(&p->pub.empty_list, l);
  link_push(&p->pub.full_list, l);
  p->pub.num_empty_elements--;
  p->pub.num_full_elements++;
  MetaSlot *s = (MetaSlot *)l;
  s->in_use = TRUE;
  s->parent = NULL;
  entry_reset(kind, l->data, batch_meta);
  meta_unlock(b);
  return l->data;
}

/* Returns an in-use entry to its pool's empty_list, zeroed. */
static void pool_put(MetaPool *p, MetaSlot *s)
{
  link_unlink(&p->pub.full_list, &s->link);
  link_push(&p->pub.empty_list, &s->link);
  p->pub.num_full_elements--;
  p->pub.num_empty_elements++;
  s->in_use = FALSE;
  s->parent = NULL;
  memset(s->link.data, 0, p->pub.element_size);
}

/* Frees what an entry owns, not its sub-meta: the GList nodes of its lists,
 * its strings and mask (g_free), and for user meta, calls release_func once
 * (cleared first, so a second call is impossible). */
void meta_free_owned(MetaKind kind, gpointer entry)
{
  switch (kind) {
  case META_KIND_FRAME: {
    NvDsFrameMeta *f = entry;
    g_list_free(f->obj_meta_list);
    g_list_free(f->display_meta_list);
    g_list_free(f->frame_user_meta_list);
    f->obj_meta_list = f->display_meta_list = f->frame_user_meta_list = NULL;
    break;
  }
  case META_KIND_OBJ: {
    NvDsObjectMeta *o = entry;
    g_list_free(o->classifier_meta_list);
    g_list_free(o->obj_user_meta_list);
    o->classifier_meta_list = o->obj_user_meta_list = NULL;
    g_clear_pointer(&o->text_params.display_text, g_free);
    g_clear_pointer(&o->mask_params.data, g_free);
    break;
  }
  case META_KIND_CLASSIFIER: {
    NvDsClassifierMeta *c = entry;
    g_list_free(c->label_info_list);
    c->label_info_list = NULL;
    break;
  }
  case META_KIND_DISPLAY: {
    NvDsDisplayMeta *d = entry;
    for (int i = 0; i < MAX_ELEMENTS_IN_DISPLAY_META; i++)
      g_clear_pointer(&d->text_params[i].display_text, g_free);
    break;
  }
  case META_KIND_USER: {
    NvDsUserMeta *u = entry;
    NvDsMetaReleaseFunc release = u->base_meta.release_func;
    u->base_meta.release_func = NULL;
    if (release)
      release(u, NULL);
    u->user_meta_data = NULL;
    break;
  }
  case META_KIND_LABEL:
    g_clear_pointer(&((NvDsLabelInfo *)entry)->pResult_label, g_free);
    break;
  default:
    break;
  }
}

/* Releases the children listed in one list of container: only in-use entries
 * of the expected kind that were attached to this container. */
static void release_children(BatchPriv *b, gpointer container, GList *list,
                             MetaKind kind)
{
  for (GList *l = list; l; l = l->next) {
    MetaSlot *s = meta_pool_slot(&b->pools[kind], l->data);
    if (s && s->in_use && s->parent == container)
      meta_release_tree(b, kind, l->data);
  }
}

/* Returns an entry and everything hanging off it to their pools. The caller
 * has unlinked it from its parent. */
void meta_release_tree(BatchPriv *b, MetaKind kind, gpointer entry)
{
  MetaSlot *s = meta_pool_slot(&b->pools[kind], entry);
  if (!s || !s->in_use)
    return;
  switch (kind) {
  case META_KIND_FRAME: {
    NvDsFrameMeta *f = entry;
    release_children(b, f, f->obj_meta_list, META_KIND_OBJ);
    release_children(b, f, f->display_meta_list, META_KIND_DISPLAY);
    release_children(b, f, f->frame_user_meta_list, META_KIND_USER);
    break;
  }
  case META_KIND_OBJ: {
    NvDsObjectMeta *o = entry;
    release_children(b, o, o->classifier_meta_list, META_KIND_CLASSIFIER);
    release_children(b, o, o->obj_user_meta_list, META_KIND_USER);
    break;
  }
  case META_KIND_CLASSIFIER: {
    NvDsClassifierMeta *c = entry;
    release_children(b, c, c->label_info_list, META_KIND_LABEL);
    break;
  }
  default:
    break;
  }
  meta_free_owned(kind, entry);
  pool_put(&b->pools[kind], s);
}

/* Frees every pool of a batch being destroyed. Entries still in use (attached
 * or not) give up what they own first; user meta go first so that their
 * release_func runs while the rest of the batch is intact. */
void meta_pools_destroy(BatchPriv *b)
{
  static const MetaKind order[META_KIND_COUNT] = {
      META_KIND_USER,    META_KIND_FRAME,   META_KIND_OBJ,
      META_KIND_CLASSIFIER, META_KIND_DISPLAY, META_KIND_LABEL};
  for (int i = 0; i < META_KIND_COUNT; i++) {
    MetaPool *p = &b->pools[order[i]];
    for (MetaChunk *c = p->chunks; c; c = c->next)
      for (guint j = 0; j < c->count; j++)
        if (c->slots[j].in_use) {
          meta_free_owned(p->kind, c->slots[j].link.data);
          c->slots[j].in_use = FALSE;
        }
  }
  for (int k = 0; k < META_KIND_COUNT; k++) {
    MetaPool *p = &b->pools[k];
    MetaChunk *c = p->chunks;
    while (c) {
      MetaChunk *next = c->next;
      nvds_embedded_count_add(kinds[k].leak, -(gint64)c->count);
      g_free(c->entries);
      g_free(c);
      c = next;
    }
    memset(p, 0, sizeof(*p));
  }
}
