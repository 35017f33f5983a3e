/* Test helpers for package callbacks, written as a downstream C plugin
 * would: they read payloads through C struct declarations and copy and
 * release metadata through the runtime, never through Go. */
#include <string.h>

#include "cbtest.go.h"

int gods_cbtest_read_custom(NvDsUserMeta *u, int *struct_id, int *sample_int,
                    char *buf, size_t size)
{
  GodsCbtestCustomData *d = u ? u->user_meta_data : NULL;
  if (!d)
    return -1;
  *struct_id = d->structId;
  *sample_int = d->sampleInt;
  g_strlcpy(buf, d->message ? d->message : "", size);
  return 0;
}

size_t gods_cbtest_custom_size(void) { return sizeof(GodsCbtestCustomData); }
size_t gods_cbtest_custom_message_offset(void) { return offsetof(GodsCbtestCustomData, message); }
size_t gods_cbtest_custom_sample_int_offset(void) { return offsetof(GodsCbtestCustomData, sampleInt); }

void gods_cbtest_copy_obj_user_meta(NvDsObjectMeta *src, NvDsObjectMeta *dst)
{
  nvds_copy_obj_user_meta_list(src->obj_user_meta_list, dst);
}

void gods_cbtest_copy_batch_user_meta(NvDsBatchMeta *src, NvDsBatchMeta *dst)
{
  nvds_copy_batch_user_meta_list(src->batch_user_meta_list, dst);
}

static gint int_live;

int *gods_cbtest_int_new(int v)
{
  int *p = g_new(int, 1);
  *p = v;
  g_atomic_int_inc(&int_live);
  return p;
}

gpointer gods_cbtest_int_copy(gpointer data, gpointer user_data)
{
  NvDsUserMeta *u = data;
  return gods_cbtest_int_new(*(int *)u->user_meta_data);
}

void gods_cbtest_int_release(gpointer data, gpointer user_data)
{
  NvDsUserMeta *u = data;
  g_free(u->user_meta_data);
  u->user_meta_data = NULL;
  g_atomic_int_add(&int_live, -1);
}

int gods_cbtest_int_live(void) { return g_atomic_int_get(&int_live); }
