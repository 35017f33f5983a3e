/* cbtest.go.h: C that plays the downstream C plugin in package callbacks'
 * tests. Test-only: nothing outside callbacks' tests imports cbtest. */
#ifndef GO_DEEPSTREAM_CBTEST_GO_H
#define GO_DEEPSTREAM_CBTEST_GO_H

#include <glib.h>
#include <gst/gst.h>

#include "nvdsmeta.h"
#include "gstnvdsmeta.h"
#include "cshim.go.h"

/* pyds's custom-binding example payload, as a C plugin declares it. */
typedef struct {
  int structId;
  char *message;
  int sampleInt;
} CbtCustomData;

/* What a C plugin reads from a CbtCustomData payload of u; message is
 * copied into buf (size bytes, NUL-terminated). 0, or -1 without payload. */
int cbt_read_custom(NvDsUserMeta *u, int *struct_id, int *sample_int,
                    char *buf, size_t size);

/* sizeof and offsets of CbtCustomData, to check the Go layout against. */
size_t cbt_custom_size(void);
size_t cbt_custom_message_offset(void);
size_t cbt_custom_sample_int_offset(void);

/* nvds_copy_obj_user_meta_list and nvds_copy_batch_user_meta_list. */
void cbt_copy_obj_user_meta(NvDsObjectMeta *src, NvDsObjectMeta *dst);
void cbt_copy_batch_user_meta(NvDsBatchMeta *src, NvDsBatchMeta *dst);

/* A copy_func/release_func pair written in C, for RegisterFuncs: the
 * payload is one g_malloc'ed int; counts are of live payloads. */
gpointer cbt_int_copy(gpointer data, gpointer user_data);
void cbt_int_release(gpointer data, gpointer user_data);
int *cbt_int_new(int v);
int cbt_int_live(void);

#endif
