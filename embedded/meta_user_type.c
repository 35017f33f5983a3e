//go:build !deepstream

/* nvds_get_user_meta_type: a process-wide NvDsMetaType per descriptor. */
#include "meta_internal.h"

static GMutex registry_lock;
static GHashTable *registry; /* quark -> 1, to count distinct descriptors */

/* NVDS_START_USER_META + the GQuark of the descriptor: the same string
 * always gives the same value (thread-safe, for the process's lifetime), and
 * the value equals what pyds computes for the same string, so C and Python
 * or Go components agree. NULL gives NVDS_INVALID_META. Conventional
 * descriptors look like "ORG.COMPONENT.DESCRIPTION"; any string works. */
NvDsMetaType nvds_get_user_meta_type(gchar *meta_descriptor)
{
  if (!meta_descriptor)
    return NVDS_INVALID_META;
  GQuark q = g_quark_from_string(meta_descriptor);
  g_mutex_lock(&registry_lock);
  if (!registry)
    registry = g_hash_table_new(g_direct_hash, g_direct_equal);
  if (g_hash_table_add(registry, GUINT_TO_POINTER(q)))
    nvds_embedded_count_add(NVDS_EMBEDDED_USER_META_TYPES, 1);
  g_mutex_unlock(&registry_lock);
  return (NvDsMetaType)(NVDS_START_USER_META + (gint)q);
}
