/* gstmeta_test.c: NvDsMeta (gstnvdsmeta.h) on real GstBuffers and in a real
 * pipeline with a tee, as an SDK program uses it. Exit status 1 on failure. */
#include <stdio.h>
#include <string.h>

#include <gst/gst.h>

#include "gstnvdsmeta.h"
#include "nvds_audio_meta.h"
#include "nvds_embedded.h"

static int passed, failed;

/* Under ASan: unwind malloc stacks fully (GLib has no frame pointers), so
 * that lsan.supp can recognise GLib's one-time allocations. Unused
 * otherwise. */
const char *__asan_default_options(void);
const char *__asan_default_options(void)
{
  return "fast_unwind_on_malloc=0";
}

#define CHECK(cond)                                                          \
  do {                                                                       \
    if (cond) {                                                              \
      g_atomic_int_inc(&passed);                                             \
    } else {                                                                 \
      g_atomic_int_inc(&failed);                                             \
      fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__,       \
              #cond);                                                        \
    }                                                                        \
  } while (0)

static gboolean leaks_zero(void)
{
  gboolean ok = TRUE;
  for (int k = 0; k < NVDS_EMBEDDED_KIND_COUNT; k++) {
    if (k == NVDS_EMBEDDED_USER_META_TYPES)
      continue;
    gint64 n = nvds_embedded_live_count((NvDsEmbeddedKind)k);
    if (n != 0) {
      fprintf(stderr, "live %s = %" G_GINT64_FORMAT "\n",
              nvds_embedded_kind_name((NvDsEmbeddedKind)k), n);
      ok = FALSE;
    }
  }
  return ok;
}

/* A batch meta with one frame holding one object of the given class. */
static NvDsBatchMeta *make_batch(int class_id)
{
  NvDsBatchMeta *b = nvds_create_batch_meta(1);
  NvDsFrameMeta *f = nvds_acquire_frame_meta_from_pool(b);
  nvds_add_frame_meta_to_batch(b, f);
  NvDsObjectMeta *o = nvds_acquire_obj_meta_from_pool(b);
  o->class_id = class_id;
  o->text_params.display_text = g_strdup("label");
  nvds_add_obj_meta_to_frame(f, o, NULL);
  return b;
}

static NvDsMeta *attach_batch(GstBuffer *buf, NvDsBatchMeta *b)
{
  NvDsMeta *m = gst_buffer_add_nvds_meta(buf, b, NULL, nvds_batch_meta_copy_func,
                                         nvds_batch_meta_release_func);
  if (m)
    m->meta_type = NVDS_BATCH_GST_META;
  return m;
}

static int first_class(NvDsBatchMeta *b)
{
  NvDsFrameMeta *f = b && b->frame_meta_list ? b->frame_meta_list->data : NULL;
  NvDsObjectMeta *o = f && f->obj_meta_list ? f->obj_meta_list->data : NULL;
  return o ? o->class_id : -1;
}

static void test_api(void)
{
  CHECK(NVDS_META_API_TYPE != 0);
  CHECK(NVDS_META_API_TYPE == nvds_meta_api_get_type());
  const GstMetaInfo *info = nvds_meta_get_info();
  CHECK(info != NULL && info == NVDS_META_INFO);
  CHECK(info->api == NVDS_META_API_TYPE && info->size == sizeof(NvDsMeta));
  CHECK(gst_meta_api_type_get_tags(NVDS_META_API_TYPE) == NULL);
}

static void test_attach_and_copy(void)
{
  GstBuffer *buf = gst_buffer_new();
  NvDsBatchMeta *b = make_batch(7);
  CHECK(gst_buffer_get_nvds_meta(buf) == NULL);
  CHECK(gst_buffer_get_nvds_batch_meta(buf) == NULL);
  NvDsMeta *m = gst_buffer_add_nvds_meta(buf, b, NULL, nvds_batch_meta_copy_func,
                                         nvds_batch_meta_release_func);
  CHECK(m != NULL && m->meta_data == b && m->user_data == NULL);
  CHECK(m->meta_type == NVDS_GST_INVALID_META);
  CHECK(m->copyfunc == nvds_batch_meta_copy_func);
  CHECK(m->freefunc == nvds_batch_meta_release_func);
  CHECK(gst_buffer_get_nvds_meta(buf) == m);
  CHECK(gst_buffer_get_nvds_batch_meta(buf) == NULL); /* type not set yet */
  m->meta_type = NVDS_BATCH_GST_META;
  CHECK(gst_buffer_get_nvds_batch_meta(buf) == b);
  CHECK(nvds_embedded_live_count(NVDS_EMBEDDED_GST_META) == 1);

  /* gst_buffer_copy deep-copies the batch meta. */
  GstBuffer *copy = gst_buffer_copy(buf);
  NvDsBatchMeta *cb = gst_buffer_get_nvds_batch_meta(copy);
  CHECK(cb != NULL && cb != b);
  CHECK(first_class(cb) == 7);
  CHECK(gst_buffer_get_nvds_meta(copy)->meta_type == NVDS_BATCH_GST_META);
  CHECK(nvds_embedded_live_count(NVDS_EMBEDDED_BATCH_META) == 2);
  CHECK(nvds_embedded_live_count(NVDS_EMBEDDED_GST_META) == 2);
  ((NvDsObjectMeta *)((NvDsFrameMeta *)cb->frame_meta_list->data)
       ->obj_meta_list->data)
      ->class_id = 8;
  CHECK(first_class(b) == 7);

  /* Not writable: silently refused, meta_data stays the caller's. */
  gst_buffer_ref(buf);
  NvDsBatchMeta *extra = nvds_create_batch_meta(1);
  CHECK(attach_batch(buf, extra) == NULL);
  nvds_destroy_batch_meta(extra);
  gst_buffer_unref(buf);

  gst_buffer_unref(copy);
  CHECK(nvds_embedded_live_count(NVDS_EMBEDDED_BATCH_META) == 1);
  gst_buffer_unref(buf);
  CHECK(leaks_zero());

  CHECK(gst_buffer_add_nvds_meta(NULL, NULL, NULL, NULL, NULL) == NULL);
  CHECK(gst_buffer_get_nvds_meta(NULL) == NULL);
  CHECK(gst_buffer_get_nvds_batch_meta(NULL) == NULL);
}

/* A custom NvDsMeta payload with counted callbacks. */
static int gst_copies, gst_frees;

static gpointer int_copy(gpointer data, gpointer user_data)
{
  g_atomic_int_inc(&gst_copies);
  return g_memdup2(data, sizeof(int));
}

static void int_free(gpointer data, gpointer user_data)
{
  g_atomic_int_inc(&gst_frees);
  g_free(data);
}

static void test_callbacks_once(void)
{
  GstBuffer *buf = gst_buffer_new();
  int v = 5;
  NvDsMeta *m = gst_buffer_add_nvds_meta(buf, g_memdup2(&v, sizeof v), NULL,
                                         int_copy, int_free);
  m->meta_type = NVDS_GST_CUSTOM_META;
  gst_copies = gst_frees = 0;
  GstBuffer *c1 = gst_buffer_copy(buf);
  GstBuffer *c2 = gst_buffer_copy(c1);
  CHECK(gst_copies == 2 && gst_frees == 0);
  CHECK(*(int *)gst_buffer_get_nvds_meta(c2)->meta_data == 5);
  CHECK(gst_buffer_get_nvds_meta(c2)->meta_data != m->meta_data);
  CHECK(gst_buffer_get_nvds_meta(c2)->meta_type == NVDS_GST_CUSTOM_META);
  CHECK(gst_buffer_get_nvds_batch_meta(c2) == NULL);
  gst_buffer_unref(c2);
  gst_buffer_unref(c1);
  CHECK(gst_frees == 2);
  gst_buffer_unref(buf);
  CHECK(gst_frees == 3 && gst_copies == 2);

  /* freefunc without copyfunc: cannot be shared, so not copied. */
  buf = gst_buffer_new();
  gst_buffer_add_nvds_meta(buf, g_memdup2(&v, sizeof v), NULL, NULL, int_free);
  GstBuffer *c = gst_buffer_copy(buf);
  CHECK(gst_buffer_get_nvds_meta(c) == NULL);
  gst_buffer_unref(c);
  /* Neither: the pointer is shared. */
  static int shared = 3;
  gst_buffer_add_nvds_meta(buf, &shared, NULL, NULL, NULL);
  c = gst_buffer_copy(buf);
  CHECK(gst_buffer_get_nvds_meta(c) &&
        gst_buffer_get_nvds_meta(c)->meta_data == &shared);
  gst_buffer_unref(c);

  /* Transforms other than copies are refused. */
  GstBuffer *dst = gst_buffer_new();
  const GstMetaInfo *info = nvds_meta_get_info();
  CHECK(!info->transform_func(dst, (GstMeta *)gst_buffer_get_nvds_meta(buf), buf,
                              g_quark_from_static_string("gst-video-scale"),
                              NULL));
  CHECK(gst_buffer_get_nvds_meta(dst) == NULL);
  gst_buffer_unref(dst);
  gst_buffer_unref(buf);
  CHECK(gst_frees == 4);
  CHECK(leaks_zero());
}

/* The gst-to-nvds contract: both callbacks receive the NvDsUserMeta, whose
 * user_meta_data holds the source payload (transform) or the copy (release). */
static int transforms, transform_releases;

static gpointer to_nvds(gpointer data, gpointer user_data)
{
  NvDsUserMeta *u = data;
  g_atomic_int_inc(&transforms);
  return g_memdup2(u->user_meta_data, sizeof(int));
}

static void to_nvds_release(gpointer data, gpointer user_data)
{
  NvDsUserMeta *u = data;
  g_atomic_int_inc(&transform_releases);
  g_free(u->user_meta_data);
  u->user_meta_data = NULL;
}

static void test_gst_meta_to_frame(void)
{
  GstBuffer *src = gst_buffer_new();
  int v = 11;
  NvDsMeta *m = gst_buffer_add_nvds_meta(src, g_memdup2(&v, sizeof v), NULL,
                                         int_copy, int_free);
  m->meta_type = NVDS_GST_CUSTOM_META;
  m->gst_to_nvds_meta_transform_func = to_nvds;
  m->gst_to_nvds_meta_release_func = to_nvds_release;
  /* A batch meta on the input buffer is not frame user meta. */
  attach_batch(src, make_batch(1));
  /* Without a transform func: skipped. */
  gst_buffer_add_nvds_meta(src, NULL, NULL, NULL, NULL)->meta_type =
      NVDS_GST_CUSTOM_META;

  NvDsBatchMeta *b = nvds_create_batch_meta(1);
  NvDsFrameMeta *f = nvds_acquire_frame_meta_from_pool(b);
  nvds_add_frame_meta_to_batch(b, f);
  transforms = transform_releases = 0;
  nvds_copy_gst_meta_to_frame_meta(src, b, f);
  CHECK(transforms == 1 && g_list_length(f->frame_user_meta_list) == 1);
  NvDsUserMeta *u = f->frame_user_meta_list->data;
  CHECK(u->base_meta.meta_type == (NvDsMetaType)NVDS_GST_CUSTOM_META);
  CHECK(u->user_meta_data != m->meta_data && *(int *)u->user_meta_data == 11);

  /* It travels with batch copies through the same transform. */
  NvDsBatchMeta *c = nvds_batch_meta_copy_func(b, NULL);
  CHECK(transforms == 2);
  nvds_destroy_batch_meta(c);
  CHECK(transform_releases == 1);

  /* Audio variant, onto a caller-owned audio frame. */
  NvDsAudioFrameMeta audio;
  memset(&audio, 0, sizeof audio);
  nvds_copy_gst_meta_to_audio_frame_meta(src, b, &audio);
  CHECK(transforms == 3 && g_list_length(audio.frame_user_meta_list) == 1);
  g_list_free(audio.frame_user_meta_list);

  nvds_copy_gst_meta_to_frame_meta(NULL, b, f);
  nvds_copy_gst_meta_to_frame_meta(src, NULL, f);
  nvds_copy_gst_meta_to_frame_meta(src, b, NULL);
  nvds_copy_gst_meta_to_audio_frame_meta(NULL, NULL, NULL);
  CHECK(transforms == 3);
  nvds_destroy_batch_meta(b);
  CHECK(transform_releases == 3);
  gst_buffer_unref(src);
  CHECK(leaks_zero());
}

/* --- pipeline: fakesrc ! tee ! queue ! fakesink, twice ------------------ */

#define NBUF 5
static GstBuffer *held[NBUF]; /* extra refs: forces copies downstream */
static int produced, seen_a, seen_b, copied_a;

static GstPadProbeReturn on_source(GstPad *pad, GstPadProbeInfo *info,
                                   gpointer data)
{
  GstBuffer *buf = gst_buffer_make_writable(GST_PAD_PROBE_INFO_BUFFER(info));
  GST_PAD_PROBE_INFO_DATA(info) = buf;
  int i = produced++;
  CHECK(attach_batch(buf, make_batch(i)) != NULL);
  if (i < NBUF)
    held[i] = gst_buffer_ref(buf);
  return GST_PAD_PROBE_OK;
}

/* Branch A makes the buffer writable (a copy, as the source still holds a
 * ref) and changes its own batch meta. */
static GstPadProbeReturn on_branch_a(GstPad *pad, GstPadProbeInfo *info,
                                     gpointer data)
{
  GstBuffer *in = GST_PAD_PROBE_INFO_BUFFER(info);
  NvDsBatchMeta *before = gst_buffer_get_nvds_batch_meta(in);
  int cls = first_class(before);
  GstBuffer *buf = gst_buffer_make_writable(in);
  GST_PAD_PROBE_INFO_DATA(info) = buf;
  NvDsBatchMeta *b = gst_buffer_get_nvds_batch_meta(buf);
  CHECK(b != NULL && cls >= 0 && first_class(b) == cls);
  if (b != before)
    g_atomic_int_inc(&copied_a);
  ((NvDsObjectMeta *)((NvDsFrameMeta *)b->frame_meta_list->data)
       ->obj_meta_list->data)
      ->class_id = 1000 + cls;
  NvDsFrameMeta *f = b->frame_meta_list->data;
  nvds_add_obj_meta_to_frame(f, nvds_acquire_obj_meta_from_pool(b), NULL);
  CHECK(f->num_obj_meta == 2);
  g_atomic_int_inc(&seen_a);
  return GST_PAD_PROBE_OK;
}

/* Branch B only reads: it must never see branch A's changes. */
static GstPadProbeReturn on_branch_b(GstPad *pad, GstPadProbeInfo *info,
                                     gpointer data)
{
  NvDsBatchMeta *b = gst_buffer_get_nvds_batch_meta(GST_PAD_PROBE_INFO_BUFFER(info));
  CHECK(b != NULL);
  CHECK(first_class(b) >= 0 && first_class(b) < NBUF);
  CHECK(b && ((NvDsFrameMeta *)b->frame_meta_list->data)->num_obj_meta == 1);
  g_atomic_int_inc(&seen_b);
  return GST_PAD_PROBE_OK;
}

static void probe(GstElement *pipeline, const char *name, const char *pad_name,
                  GstPadProbeCallback cb)
{
  GstElement *e = gst_bin_get_by_name(GST_BIN(pipeline), name);
  GstPad *pad = gst_element_get_static_pad(e, pad_name);
  gst_pad_add_probe(pad, GST_PAD_PROBE_TYPE_BUFFER, cb, NULL, NULL);
  gst_object_unref(pad);
  gst_object_unref(e);
}

static void test_pipeline(void)
{
  GError *err = NULL;
  GstElement *pipeline = gst_parse_launch(
      "fakesrc name=src num-buffers=5 sizetype=fixed sizemax=16 ! tee name=t "
      "t. ! queue ! fakesink name=a sync=false "
      "t. ! queue ! fakesink name=b sync=false",
      &err);
  CHECK(pipeline != NULL && err == NULL);
  if (!pipeline) {
    fprintf(stderr, "pipeline: %s\n", err ? err->message : "?");
    g_clear_error(&err);
    return;
  }
  probe(pipeline, "src", "src", on_source);
  probe(pipeline, "a", "sink", on_branch_a);
  probe(pipeline, "b", "sink", on_branch_b);
  gst_element_set_state(pipeline, GST_STATE_PLAYING);
  GstBus *bus = gst_element_get_bus(pipeline);
  GstMessage *msg = gst_bus_timed_pop_filtered(
      bus, 10 * GST_SECOND, GST_MESSAGE_EOS | GST_MESSAGE_ERROR);
  CHECK(msg != NULL && GST_MESSAGE_TYPE(msg) == GST_MESSAGE_EOS);
  if (msg)
    gst_message_unref(msg);
  gst_object_unref(bus);
  gst_element_set_state(pipeline, GST_STATE_NULL);
  gst_object_unref(pipeline);

  CHECK(produced == NBUF && seen_a == NBUF && seen_b == NBUF);
  CHECK(copied_a == NBUF);
  /* The originals kept their own values. */
  for (int i = 0; i < NBUF; i++) {
    NvDsBatchMeta *b = gst_buffer_get_nvds_batch_meta(held[i]);
    CHECK(first_class(b) == i);
    CHECK(((NvDsFrameMeta *)b->frame_meta_list->data)->num_obj_meta == 1);
    gst_buffer_unref(held[i]);
  }
  CHECK(leaks_zero());
}

int main(int argc, char **argv)
{
  gst_init(&argc, &argv);
  test_api();
  test_attach_and_copy();
  test_callbacks_once();
  test_gst_meta_to_frame();
  test_pipeline();
  CHECK(leaks_zero());
  printf("gstmeta_test: %d passed, %d failed\n", passed, failed);
  int rc = failed ? 1 : 0;
  gst_deinit();
  return rc;
}
