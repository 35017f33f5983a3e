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
} GodsCbtestCustomData;

/* What a C plugin reads from a GodsCbtestCustomData payload of u; message is
 * copied into buf (size bytes, NUL-terminated). 0, or -1 without payload. */
int gods_cbtest_read_custom(NvDsUserMeta *u, int *struct_id, int *sample_int,
                    char *buf, size_t size);

/* sizeof and offsets of GodsCbtestCustomData, to check the Go layout against. */
size_t gods_cbtest_custom_size(void);
size_t gods_cbtest_custom_message_offset(void);
size_t gods_cbtest_custom_sample_int_offset(void);

/* nvds_copy_obj_user_meta_list and nvds_copy_batch_user_meta_list. */
void gods_cbtest_copy_obj_user_meta(NvDsObjectMeta *src, NvDsObjectMeta *dst);
void gods_cbtest_copy_batch_user_meta(NvDsBatchMeta *src, NvDsBatchMeta *dst);

/* A copy_func/release_func pair written in C, for RegisterFuncs: the
 * payload is one g_malloc'ed int; counts are of live payloads. */
gpointer gods_cbtest_int_copy(gpointer data, gpointer user_data);
void gods_cbtest_int_release(gpointer data, gpointer user_data);
int *gods_cbtest_int_new(int v);
int gods_cbtest_int_live(void);

#endif
