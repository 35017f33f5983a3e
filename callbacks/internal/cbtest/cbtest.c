/* Test helpers for package callbacks, written as a downstream C plugin
 * would: they read payloads through C struct declarations and copy and
 * release metadata through the runtime, never through Go. */
#include <string.h>

#include "cbtest.go.h"

int cbt_read_custom(NvDsUserMeta *u, int *struct_id, int *sample_int,
                    char *buf, size_t size)
{
  CbtCustomData *d = u ? u->user_meta_data : NULL;
  if (!d)
    return -1;
  *struct_id = d->structId;
  *sample_int = d->sampleInt;
  g_strlcpy(buf, d->message ? d->message : "", size);
  return 0;
}

size_t cbt_custom_size(void) { return sizeof(CbtCustomData); }
size_t cbt_custom_message_offset(void) { return offsetof(CbtCustomData, message); }
size_t cbt_custom_sample_int_offset(void) { return offsetof(CbtCustomData, sampleInt); }

void cbt_copy_obj_user_meta(NvDsObjectMeta *src, NvDsObjectMeta *dst)
{
  nvds_copy_obj_user_meta_list(src->obj_user_meta_list, dst);
}

void cbt_copy_batch_user_meta(NvDsBatchMeta *src, NvDsBatchMeta *dst)
{
  nvds_copy_batch_user_meta_list(src->batch_user_meta_list, dst);
}

static gint int_live;

int *cbt_int_new(int v)
{
  int *p = g_new(int, 1);
  *p = v;
  g_atomic_int_inc(&int_live);
  return p;
}

gpointer cbt_int_copy(gpointer data, gpointer user_data)
{
  NvDsUserMeta *u = data;
  return cbt_int_new(*(int *)u->user_meta_data);
}

void cbt_int_release(gpointer data, gpointer user_data)
{
  NvDsUserMeta *u = data;
  g_free(u->user_meta_data);
  u->user_meta_data = NULL;
  g_atomic_int_add(&int_live, -1);
}

int cbt_int_live(void) { return g_atomic_int_get(&int_live); }
