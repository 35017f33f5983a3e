//go:build !deepstream

/* nvds_embedded.h: live-object counters for leak checks in tests. */
#include "meta_internal.h"

static gint64 counters[NVDS_EMBEDDED_KIND_COUNT];

static const char *const kind_names[NVDS_EMBEDDED_KIND_COUNT] = {
    [NVDS_EMBEDDED_BATCH_META] = "batch_meta",
    [NVDS_EMBEDDED_FRAME_META_ENTRIES] = "frame_meta_entries",
    [NVDS_EMBEDDED_OBJ_META_ENTRIES] = "obj_meta_entries",
    [NVDS_EMBEDDED_CLASSIFIER_META_ENTRIES] = "classifier_meta_entries",
    [NVDS_EMBEDDED_DISPLAY_META_ENTRIES] = "display_meta_entries",
    [NVDS_EMBEDDED_USER_META_ENTRIES] = "user_meta_entries",
    [NVDS_EMBEDDED_LABEL_INFO_META_ENTRIES] = "label_info_meta_entries",
    [NVDS_EMBEDDED_GST_META] = "gst_meta",
    [NVDS_EMBEDDED_USER_META_TYPES] = "user_meta_types",
};

/* Internal: adjust one counter (used by libnvdsgst_meta too, hence not
 * static). Unknown kinds are ignored. */
void nvds_embedded_count_add(NvDsEmbeddedKind kind, gint64 delta)
{
  if ((unsigned)kind < NVDS_EMBEDDED_KIND_COUNT)
    __atomic_add_fetch(&counters[kind], delta, __ATOMIC_RELAXED);
}

/* The counter's current value; 0 for an unknown kind. */
gint64 nvds_embedded_live_count(NvDsEmbeddedKind kind)
{
  if ((unsigned)kind >= NVDS_EMBEDDED_KIND_COUNT)
    return 0;
  return __atomic_load_n(&counters[kind], __ATOMIC_RELAXED);
}

/* The kind's stable name (Go's leak registry has it as "embedded.<name>"); NULL
 * if unknown. */
const char *nvds_embedded_kind_name(NvDsEmbeddedKind kind)
{
  if ((unsigned)kind >= NVDS_EMBEDDED_KIND_COUNT)
    return NULL;
  return kind_names[kind];
}
