//go:build !deepstream

/* Generic attach/detach of pooled entries to their containers.
 *
 * Rules (docs/embedded-runtime.md): an entry can be attached to one container
 * at a time, of the same batch meta as the entry (ROI metas, which are not
 * pooled, are exempt); adding appends, keeping list order; removing unlinks
 * the entry and returns it and its sub-meta to the pools. Anything else
 * (NULL, released entry, wrong kind, entry attached elsewhere) is a silent
 * no-op. All of it runs under the batch's recursive meta lock. */
#include "meta_internal.h"

static gboolean container_ok(BatchPriv *b, gpointer container,
                             int parent_kind)
{
  if (parent_kind == META_PARENT_BATCH)
    return container == (gpointer)&b->pub;
  if (parent_kind == META_PARENT_EXTERNAL)
    return TRUE;
  MetaSlot *s = meta_pool_slot(&b->pools[parent_kind], container);
  return s && s->in_use;
}

/* Appends entry to *list and marks it attached to container; bumps *counter
 * when given. TRUE when attached. */
gboolean meta_attach(gpointer container, int parent_kind, GList **list,
                     gpointer entry, MetaKind kind, guint *counter)
{
  BatchPriv *b = meta_entry_batch(entry);
  gboolean ok = FALSE;
  if (!b || !container)
    return FALSE;
  meta_lock(b);
  MetaSlot *s = meta_pool_slot(&b->pools[kind], entry);
  if (s && s->in_use && !s->parent && container_ok(b, container, parent_kind)) {
    *list = g_list_append(*list, entry);
    s->parent = container;
    if (counter)
      (*counter)++;
    ok = TRUE;
  }
  meta_unlock(b);
  return ok;
}

/* Unlinks entry from *list when it is attached to container, decrements
 * *counter (not below 0) and releases the entry with its sub-meta. */
void meta_detach(gpointer container, int parent_kind, GList **list,
                 gpointer entry, MetaKind kind, guint *counter)
{
  BatchPriv *b = meta_entry_batch(entry);
  if (!b || !container)
    return;
  meta_lock(b);
  MetaSlot *s = meta_pool_slot(&b->pools[kind], entry);
  if (s && s->in_use && s->parent == container) {
    *list = g_list_remove(*list, entry);
    if (counter && *counter > 0)
      (*counter)--;
    if (kind == META_KIND_OBJ && parent_kind == META_KIND_FRAME) {
      /* Objects of the frame whose parent this was must not dangle. */
      for (GList *l = *list; l; l = l->next)
        if (((NvDsObjectMeta *)l->data)->parent == entry)
          ((NvDsObjectMeta *)l->data)->parent = NULL;
    }
    meta_release_tree(b, kind, entry);
  }
  meta_unlock(b);
}

/* Detaches and releases every entry of meta_list that is attached to
 * container. meta_list may be *list itself or any other list of entries; it
 * is walked on a snapshot and, unless it is *list, left to the caller. */
void meta_clear(gpointer container, int parent_kind, GList **list,
                GList *meta_list, MetaKind kind, guint *counter)
{
  if (!container || !meta_list)
    return;
  BatchPriv *b = parent_kind == META_PARENT_EXTERNAL
                     ? NULL
                     : meta_entry_batch(container);
  meta_lock(b);
  GList *snapshot = g_list_copy(meta_list);
  for (GList *l = snapshot; l; l = l->next)
    meta_detach(container, parent_kind, list, l->data, kind, counter);
  g_list_free(snapshot);
  meta_unlock(b);
}
