/* meta_test.c: the batch-meta API (nvdsmeta.h) as an SDK program uses it,
 * plus the embedded runtime's leak counters. Exit status 1 on any failure. */
#include <stdio.h>
#include <string.h>

#include "nvdsmeta.h"
#include "nvds_embedded.h"

static int passed, failed;

#define CHECK(cond)                                                          \
  do {                                                                       \
    if (cond) {                                                              \
      passed++;                                                              \
    } else {                                                                 \
      failed++;                                                              \
      fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__,       \
              #cond);                                                        \
    }                                                                        \
  } while (0)

/* A user-meta payload whose copies and releases are counted. */
typedef struct {
  int value;
} Payload;

static int copies, releases;

static gpointer payload_copy(gpointer data, gpointer user_data)
{
  NvDsUserMeta *src = data;
  Payload *p = g_new(Payload, 1);
  *p = *(Payload *)src->user_meta_data;
  copies++;
  return p;
}

static void payload_release(gpointer data, gpointer user_data)
{
  NvDsUserMeta *u = data;
  g_free(u->user_meta_data);
  u->user_meta_data = NULL;
  releases++;
}

static NvDsUserMeta *new_user_meta(NvDsBatchMeta *b, int value)
{
  NvDsUserMeta *u = nvds_acquire_user_meta_from_pool(b);
  Payload *p = g_new(Payload, 1);
  p->value = value;
  u->user_meta_data = p;
  u->base_meta.meta_type = nvds_get_user_meta_type("GODS.TEST.PAYLOAD");
  u->base_meta.copy_func = payload_copy;
  u->base_meta.release_func = payload_release;
  return u;
}

static int payload_value(NvDsUserMeta *u)
{
  return ((Payload *)u->user_meta_data)->value;
}

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

static void test_create_destroy(void)
{
  NvDsBatchMeta *b = nvds_create_batch_meta(4);
  CHECK(b != NULL);
  CHECK(b->base_meta.meta_type == NVDS_BATCH_META);
  CHECK(b->base_meta.batch_meta == b);
  CHECK(b->max_frames_in_batch == 4);
  CHECK(b->num_frames_in_batch == 0);
  CHECK(b->frame_meta_pool->max_elements_in_pool == 4);
  CHECK(b->frame_meta_pool->num_empty_elements == 4);
  CHECK(b->frame_meta_pool->num_full_elements == 0);
  CHECK(b->frame_meta_pool->element_size == sizeof(NvDsFrameMeta));
  CHECK(b->obj_meta_pool->max_elements_in_pool == 32);
  CHECK(b->obj_meta_pool->meta_type == NVDS_OBJ_META);
  CHECK(b->user_meta_pool->meta_type == NVDS_USER_META);
  CHECK(b->label_info_meta_pool->element_size == sizeof(NvDsLabelInfo));
  CHECK(nvds_embedded_live_count(NVDS_EMBEDDED_BATCH_META) == 1);
  CHECK(nvds_embedded_live_count(NVDS_EMBEDDED_FRAME_META_ENTRIES) == 4);
  CHECK(nvds_embedded_live_count(NVDS_EMBEDDED_OBJ_META_ENTRIES) == 32);
  CHECK(nvds_get_current_metadata_info(b) == TRUE);
  CHECK(nvds_destroy_batch_meta(b) == TRUE);
  CHECK(nvds_destroy_batch_meta(NULL) == FALSE);
  CHECK(leaks_zero());
  /* 0 is accepted and pre-fills as 1. */
  b = nvds_create_batch_meta(0);
  CHECK(b && b->frame_meta_pool->max_elements_in_pool == 1);
  CHECK(nvds_acquire_frame_meta_from_pool(b) != NULL);
  CHECK(nvds_acquire_frame_meta_from_pool(b) != NULL);
  CHECK(b->frame_meta_pool->max_elements_in_pool == 2);
  nvds_destroy_batch_meta(b);
}

static void test_defaults_and_reuse(void)
{
  NvDsBatchMeta *b = nvds_create_batch_meta(1);
  NvDsFrameMeta *f = nvds_acquire_frame_meta_from_pool(b);
  NvDsObjectMeta *o = nvds_acquire_obj_meta_from_pool(b);
  CHECK(f->base_meta.meta_type == NVDS_FRAME_META && f->base_meta.batch_meta == b);
  CHECK(o->base_meta.meta_type == NVDS_OBJ_META && o->base_meta.batch_meta == b);
  CHECK(o->object_id == UNTRACKED_OBJECT_ID);
  CHECK(o->parent == NULL && o->classifier_meta_list == NULL);
  CHECK(o->confidence == 0.0f && o->class_id == 0);
  NvDsUserMeta *u = nvds_acquire_user_meta_from_pool(b);
  CHECK(u->base_meta.meta_type == NVDS_USER_META && u->user_meta_data == NULL);
  CHECK(u->base_meta.copy_func == NULL && u->base_meta.release_func == NULL);
  CHECK(nvds_acquire_classifier_meta_from_pool(b)->base_meta.meta_type ==
        NVDS_CLASSIFIER_META);
  CHECK(nvds_acquire_display_meta_from_pool(b)->base_meta.meta_type ==
        NVDS_DISPLAY_META);
  CHECK(nvds_acquire_label_info_meta_from_pool(b)->base_meta.meta_type ==
        NVDS_LABEL_INFO_META);
  CHECK(b->obj_meta_pool->num_full_elements == 1);
  CHECK(b->obj_meta_pool->num_empty_elements == 7);
  CHECK(g_list_find(b->obj_meta_pool->full_list, o) != NULL);

  /* Released entries go back to the pool and come out reset. */
  nvds_add_frame_meta_to_batch(b, f);
  nvds_add_obj_meta_to_frame(f, o, NULL);
  o->class_id = 7;
  o->object_id = 42;
  o->text_params.display_text = g_strdup("car");
  o->mask_params.data = g_new0(float, 4);
  o->mask_params.size = 4 * sizeof(float);
  nvds_remove_obj_meta_from_frame(f, o);
  CHECK(b->obj_meta_pool->num_full_elements == 0);
  CHECK(b->obj_meta_pool->num_empty_elements == 8);
  CHECK(g_list_find(b->obj_meta_pool->empty_list, o) != NULL);
  NvDsObjectMeta *again = nvds_acquire_obj_meta_from_pool(b);
  CHECK(again == o);
  CHECK(again->class_id == 0 && again->object_id == UNTRACKED_OBJECT_ID);
  CHECK(again->text_params.display_text == NULL);
  CHECK(again->mask_params.data == NULL);
  nvds_destroy_batch_meta(b);
  CHECK(leaks_zero());
}

static void test_growth(void)
{
  NvDsBatchMeta *b = nvds_create_batch_meta(2);
  NvDsFrameMeta *f = nvds_acquire_frame_meta_from_pool(b);
  nvds_add_frame_meta_to_batch(b, f);
  GHashTable *seen = g_hash_table_new(g_direct_hash, g_direct_equal);
  for (int i = 0; i < 100; i++) {
    NvDsObjectMeta *o = nvds_acquire_obj_meta_from_pool(b);
    g_hash_table_add(seen, o);
    o->class_id = i;
    nvds_add_obj_meta_to_frame(f, o, NULL);
  }
  CHECK(g_hash_table_size(seen) == 100);
  /* 16 pre-filled, doubled to 32, 64, 128. */
  CHECK(b->obj_meta_pool->max_elements_in_pool == 128);
  CHECK(b->obj_meta_pool->num_full_elements == 100);
  CHECK(b->obj_meta_pool->num_empty_elements == 28);
  CHECK(g_list_length(b->obj_meta_pool->full_list) == 100);
  CHECK(g_list_length(b->obj_meta_pool->empty_list) == 28);
  CHECK(nvds_embedded_live_count(NVDS_EMBEDDED_OBJ_META_ENTRIES) == 128);
  CHECK(f->num_obj_meta == 100);
  int i = 0, ordered = 1;
  for (GList *l = f->obj_meta_list; l; l = l->next, i++)
    ordered &= ((NvDsObjectMeta *)l->data)->class_id == i;
  CHECK(ordered && i == 100);
  g_hash_table_destroy(seen);
  nvds_destroy_batch_meta(b);
  CHECK(leaks_zero());
}

static void test_order_and_counters(void)
{
  NvDsBatchMeta *b = nvds_create_batch_meta(3);
  NvDsFrameMeta *fr[3];
  for (int i = 0; i < 3; i++) {
    fr[i] = nvds_acquire_frame_meta_from_pool(b);
    fr[i]->batch_id = i;
    nvds_add_frame_meta_to_batch(b, fr[i]);
  }
  CHECK(b->num_frames_in_batch == 3);
  CHECK(nvds_get_nth_frame_meta(b->frame_meta_list, 0) == fr[0]);
  CHECK(nvds_get_nth_frame_meta(b->frame_meta_list, 2) == fr[2]);
  CHECK(nvds_get_nth_frame_meta(b->frame_meta_list, 3) == NULL);
  CHECK(nvds_get_nth_frame_meta(NULL, 0) == NULL);

  NvDsObjectMeta *car = nvds_acquire_obj_meta_from_pool(b);
  NvDsObjectMeta *plate = nvds_acquire_obj_meta_from_pool(b);
  nvds_add_obj_meta_to_frame(fr[1], car, NULL);
  nvds_add_obj_meta_to_frame(fr[1], plate, car);
  CHECK(fr[1]->num_obj_meta == 2 && plate->parent == car);
  CHECK(fr[1]->obj_meta_list->data == car);

  NvDsClassifierMeta *c = nvds_acquire_classifier_meta_from_pool(b);
  nvds_add_classifier_meta_to_object(car, c);
  NvDsLabelInfo *l1 = nvds_acquire_label_info_meta_from_pool(b);
  NvDsLabelInfo *l2 = nvds_acquire_label_info_meta_from_pool(b);
  nvds_add_label_info_meta_to_classifier(c, l1);
  nvds_add_label_info_meta_to_classifier(c, l2);
  CHECK(c->num_labels == 2);
  CHECK(c->label_info_list->data == l1 && c->label_info_list->next->data == l2);
  nvds_remove_label_info_meta_from_classifier(c, l1);
  CHECK(c->num_labels == 1 && c->label_info_list->data == l2);

  NvDsDisplayMeta *d = nvds_acquire_display_meta_from_pool(b);
  nvds_add_display_meta_to_frame(fr[0], d);
  CHECK(g_list_length(fr[0]->display_meta_list) == 1);

  /* Removing the parent object clears the child's parent pointer. */
  nvds_remove_obj_meta_from_frame(fr[1], car);
  CHECK(fr[1]->num_obj_meta == 1 && plate->parent == NULL);
  CHECK(b->classifier_meta_pool->num_full_elements == 0);
  CHECK(b->label_info_meta_pool->num_full_elements == 0);

  nvds_remove_frame_meta_from_batch(b, fr[1]);
  CHECK(b->num_frames_in_batch == 2);
  CHECK(b->frame_meta_list->data == fr[0] &&
        b->frame_meta_list->next->data == fr[2]);
  CHECK(b->obj_meta_pool->num_full_elements == 0);
  nvds_destroy_batch_meta(b);
  CHECK(leaks_zero());
}

static gpointer type_worker(gpointer data)
{
  NvDsMetaType *out = data;
  for (int i = 0; i < 200; i++) {
    gchar name[32];
    g_snprintf(name, sizeof(name), "GODS.THREAD.T%d", i % 10);
    NvDsMetaType t = nvds_get_user_meta_type(name);
    if (out[i % 10] == NVDS_INVALID_META)
      out[i % 10] = t;
    else if (out[i % 10] != t)
      out[i % 10] = NVDS_FORCE32_META; /* mismatch marker */
  }
  return NULL;
}

static void test_user_meta_types(void)
{
  gint64 before = nvds_embedded_live_count(NVDS_EMBEDDED_USER_META_TYPES);
  NvDsMetaType a = nvds_get_user_meta_type("GODS.TEST.A");
  NvDsMetaType a2 = nvds_get_user_meta_type("GODS.TEST.A");
  NvDsMetaType b = nvds_get_user_meta_type("GODS.TEST.B");
  gchar *copy = g_strdup("GODS.TEST.A");
  CHECK(a == a2 && a == nvds_get_user_meta_type(copy));
  g_free(copy);
  CHECK(a != b);
  CHECK(a >= NVDS_START_USER_META && b >= NVDS_START_USER_META);
  CHECK(nvds_get_user_meta_type(NULL) == NVDS_INVALID_META);
  CHECK(nvds_embedded_live_count(NVDS_EMBEDDED_USER_META_TYPES) == before + 2);

  NvDsMetaType seen[4][10];
  GThread *th[4];
  for (int t = 0; t < 4; t++) {
    for (int i = 0; i < 10; i++)
      seen[t][i] = NVDS_INVALID_META;
    th[t] = g_thread_new("types", type_worker, seen[t]);
  }
  for (int t = 0; t < 4; t++)
    g_thread_join(th[t]);
  int same = 1;
  for (int t = 0; t < 4; t++)
    for (int i = 0; i < 10; i++)
      same &= seen[t][i] == seen[0][i] && seen[t][i] >= NVDS_START_USER_META &&
              seen[t][i] != NVDS_FORCE32_META;
  CHECK(same);
  CHECK(seen[0][0] != seen[0][1]);
}

static void test_user_meta_callbacks(void)
{
  NvDsBatchMeta *b = nvds_create_batch_meta(1);
  NvDsFrameMeta *f = nvds_acquire_frame_meta_from_pool(b);
  NvDsObjectMeta *o = nvds_acquire_obj_meta_from_pool(b);
  nvds_add_frame_meta_to_batch(b, f);
  nvds_add_obj_meta_to_frame(f, o, NULL);
  copies = releases = 0;
  nvds_add_user_meta_to_batch(b, new_user_meta(b, 1));
  nvds_add_user_meta_to_frame(f, new_user_meta(b, 2));
  NvDsUserMeta *ou = new_user_meta(b, 3);
  nvds_add_user_meta_to_obj(o, ou);
  CHECK(copies == 0 && releases == 0);

  /* A copy calls copy_func once per user meta; destroying it releases
   * each copy once; the original is untouched. */
  NvDsBatchMeta *c = nvds_batch_meta_copy_func(b, NULL);
  CHECK(copies == 3 && releases == 0);
  NvDsFrameMeta *cf = c->frame_meta_list->data;
  NvDsObjectMeta *co = cf->obj_meta_list->data;
  NvDsUserMeta *cu = co->obj_user_meta_list->data;
  CHECK(cu != ou && cu->user_meta_data != ou->user_meta_data);
  CHECK(payload_value(cu) == 3);
  CHECK(cu->base_meta.meta_type == ou->base_meta.meta_type);
  CHECK(payload_value(c->batch_user_meta_list->data) == 1);
  CHECK(payload_value(cf->frame_user_meta_list->data) == 2);
  nvds_batch_meta_release_func(c, NULL);
  CHECK(copies == 3 && releases == 3);

  /* Removal releases exactly once, and only from the right container. */
  nvds_remove_user_meta_from_frame(f, ou); /* not its container */
  CHECK(releases == 3);
  nvds_remove_user_meta_from_object(o, ou);
  CHECK(releases == 4 && o->obj_user_meta_list == NULL);
  nvds_remove_user_meta_from_object(o, ou); /* already released */
  CHECK(releases == 4);

  /* Removing the object releases its user meta. */
  nvds_add_user_meta_to_obj(o, new_user_meta(b, 5));
  nvds_remove_obj_meta_from_frame(f, o);
  CHECK(releases == 5);

  /* Destroy releases attached and never-attached user meta alike. */
  new_user_meta(b, 6);
  nvds_destroy_batch_meta(b);
  CHECK(releases == 8 && copies == 3);
  CHECK(leaks_zero());
}

static void test_user_meta_without_copy_func(void)
{
  static int shared_value = 9;
  NvDsBatchMeta *b = nvds_create_batch_meta(1);
  NvDsUserMeta *shared = nvds_acquire_user_meta_from_pool(b);
  shared->user_meta_data = &shared_value; /* owned by nobody: shared */
  nvds_add_user_meta_to_batch(b, shared);
  NvDsUserMeta *owned = new_user_meta(b, 1);
  owned->base_meta.copy_func = NULL; /* owned, not copyable: skipped */
  nvds_add_user_meta_to_batch(b, owned);
  releases = 0;
  NvDsBatchMeta *c = nvds_batch_meta_copy_func(b, NULL);
  CHECK(g_list_length(c->batch_user_meta_list) == 1);
  CHECK(((NvDsUserMeta *)c->batch_user_meta_list->data)->user_meta_data ==
        &shared_value);
  nvds_destroy_batch_meta(c);
  CHECK(releases == 0);
  nvds_destroy_batch_meta(b);
  CHECK(releases == 1);
  CHECK(leaks_zero());
}

static NvDsBatchMeta *build_scene(void)
{
  NvDsBatchMeta *b = nvds_create_batch_meta(2);
  for (int fi = 0; fi < 2; fi++) {
    NvDsFrameMeta *f = nvds_acquire_frame_meta_from_pool(b);
    f->batch_id = fi;
    f->source_id = 10 + fi;
    f->frame_num = 100 + fi;
    f->buf_pts = 12345;
    f->misc_frame_info[0] = 77;
    nvds_add_frame_meta_to_batch(b, f);
    NvDsObjectMeta *car = nvds_acquire_obj_meta_from_pool(b);
    car->class_id = 2;
    car->object_id = 500 + fi;
    car->confidence = 0.75f;
    car->rect_params.left = 10;
    car->rect_params.width = 40;
    g_strlcpy(car->obj_label, "car", MAX_LABEL_SIZE);
    car->text_params.display_text = g_strdup("car 500");
    car->mask_params.width = 2;
    car->mask_params.height = 2;
    car->mask_params.size = 4 * sizeof(float);
    car->mask_params.data = g_new0(float, 4);
    car->mask_params.data[3] = 0.5f;
    nvds_add_obj_meta_to_frame(f, car, NULL);
    NvDsObjectMeta *plate = nvds_acquire_obj_meta_from_pool(b);
    plate->class_id = 3;
    nvds_add_obj_meta_to_frame(f, plate, car);
    NvDsClassifierMeta *c = nvds_acquire_classifier_meta_from_pool(b);
    c->unique_component_id = 4;
    c->classifier_type = "color";
    nvds_add_classifier_meta_to_object(car, c);
    NvDsLabelInfo *l = nvds_acquire_label_info_meta_from_pool(b);
    g_strlcpy(l->result_label, "red", MAX_LABEL_SIZE);
    l->pResult_label = g_strdup("a very red car");
    l->result_prob = 0.5f;
    nvds_add_label_info_meta_to_classifier(c, l);
    NvDsDisplayMeta *d = nvds_acquire_display_meta_from_pool(b);
    d->num_labels = 1;
    d->text_params[0].display_text = g_strdup("frame text");
    d->num_rects = 1;
    d->rect_params[0].width = 3;
    nvds_add_display_meta_to_frame(f, d);
    nvds_add_user_meta_to_obj(car, new_user_meta(b, 40 + fi));
  }
  b->misc_batch_info[1] = 5;
  return b;
}

static void test_deep_copy(void)
{
  NvDsBatchMeta *b = build_scene();
  copies = releases = 0;
  NvDsBatchMeta *c = nvds_batch_meta_copy_func(b, NULL);
  CHECK(c != NULL && c != b);
  CHECK(c->num_frames_in_batch == 2 && c->max_frames_in_batch == 2);
  CHECK(c->misc_batch_info[1] == 5);
  CHECK(copies == 2);
  NvDsFrameMeta *sf = b->frame_meta_list->data, *cf = c->frame_meta_list->data;
  CHECK(cf != sf && cf->base_meta.batch_meta == c);
  CHECK(cf->source_id == 10 && cf->frame_num == 100 && cf->buf_pts == 12345);
  CHECK(cf->misc_frame_info[0] == 77 && cf->num_obj_meta == 2);
  NvDsObjectMeta *scar = sf->obj_meta_list->data, *ccar = cf->obj_meta_list->data;
  NvDsObjectMeta *cplate = cf->obj_meta_list->next->data;
  CHECK(ccar != scar && ccar->base_meta.batch_meta == c);
  CHECK(ccar->object_id == 500 && ccar->class_id == 2 && ccar->confidence == 0.75f);
  CHECK(ccar->rect_params.width == 40 && strcmp(ccar->obj_label, "car") == 0);
  CHECK(ccar->text_params.display_text != scar->text_params.display_text);
  CHECK(g_strcmp0(ccar->text_params.display_text, "car 500") == 0);
  CHECK(ccar->mask_params.data != scar->mask_params.data);
  CHECK(ccar->mask_params.data[3] == 0.5f);
  CHECK(cplate->parent == ccar); /* remapped into the copy */
  NvDsClassifierMeta *cc = ccar->classifier_meta_list->data;
  CHECK(cc != scar->classifier_meta_list->data);
  CHECK(cc->unique_component_id == 4 && cc->num_labels == 1);
  CHECK(g_strcmp0(cc->classifier_type, "color") == 0);
  NvDsLabelInfo *cl = cc->label_info_list->data;
  CHECK(strcmp(cl->result_label, "red") == 0 && cl->result_prob == 0.5f);
  CHECK(g_strcmp0(cl->pResult_label, "a very red car") == 0);
  CHECK(cl->pResult_label !=
        ((NvDsLabelInfo *)((NvDsClassifierMeta *)scar->classifier_meta_list->data)
             ->label_info_list->data)
            ->pResult_label);
  NvDsDisplayMeta *cd = cf->display_meta_list->data;
  CHECK(cd->num_rects == 1 && cd->rect_params[0].width == 3);
  CHECK(g_strcmp0(cd->text_params[0].display_text, "frame text") == 0);
  CHECK(cd->text_params[0].display_text !=
        ((NvDsDisplayMeta *)sf->display_meta_list->data)->text_params[0].display_text);

  /* Changing the copy leaves the source alone. */
  ccar->class_id = 99;
  nvds_remove_obj_meta_from_frame(cf, cplate);
  CHECK(scar->class_id == 2 && sf->num_obj_meta == 2);

  /* Single-entry copies keep dst's identity and lists. */
  NvDsObjectMeta *o = nvds_acquire_obj_meta_from_pool(c);
  nvds_copy_obj_meta(scar, o);
  CHECK(o->base_meta.batch_meta == c && o->classifier_meta_list == NULL);
  CHECK(o->object_id == 500 && o->parent == NULL);
  nvds_copy_obj_meta(scar, o); /* twice: the first strings are freed */
  nvds_copy_obj_meta((NvDsObjectMeta *)sf, o); /* wrong kind: no-op */
  CHECK(o->object_id == 500);

  /* Copying a list into its own container duplicates it once. */
  nvds_copy_obj_meta_list(cf->obj_meta_list, cf);
  CHECK(cf->num_obj_meta == 2 && g_list_length(cf->obj_meta_list) == 2);
  nvds_copy_frame_meta_list(c->frame_meta_list, c);
  CHECK(c->num_frames_in_batch == 4);

  releases = 0;
  nvds_destroy_batch_meta(c);
  /* 2 copied objects + 1 in the duplicated obj list, then frames again. */
  CHECK(releases == 6);
  nvds_destroy_batch_meta(b);
  CHECK(releases == 8);
  CHECK(leaks_zero());
}

static void test_clear(void)
{
  NvDsBatchMeta *b = build_scene();
  NvDsFrameMeta *f0 = b->frame_meta_list->data, *f1 = b->frame_meta_list->next->data;
  releases = 0;
  /* A separate list: only its entries go, the list stays the caller's. */
  GList *some = g_list_append(NULL, f0->obj_meta_list->next->data);
  nvds_clear_obj_meta_list(f0, some);
  CHECK(f0->num_obj_meta == 1 && g_list_length(f0->obj_meta_list) == 1);
  g_list_free(some);
  /* The container's own list. */
  nvds_clear_obj_meta_list(f0, f0->obj_meta_list);
  CHECK(f0->num_obj_meta == 0 && f0->obj_meta_list == NULL);
  CHECK(releases == 1);
  nvds_clear_display_meta_list(f0, f0->display_meta_list);
  CHECK(f0->display_meta_list == NULL);
  NvDsObjectMeta *car = f1->obj_meta_list->data;
  NvDsClassifierMeta *c = car->classifier_meta_list->data;
  nvds_clear_label_info_meta_list(c, c->label_info_list);
  CHECK(c->num_labels == 0 && c->label_info_list == NULL);
  nvds_clear_classifier_meta_list(car, car->classifier_meta_list);
  CHECK(car->classifier_meta_list == NULL);
  nvds_clear_obj_user_meta_list(car, car->obj_user_meta_list);
  CHECK(releases == 2 && car->obj_user_meta_list == NULL);
  nvds_add_user_meta_to_frame(f1, new_user_meta(b, 1));
  nvds_clear_frame_user_meta_list(f1, f1->frame_user_meta_list);
  nvds_add_user_meta_to_batch(b, new_user_meta(b, 1));
  nvds_clear_batch_user_meta_list(b, b->batch_user_meta_list);
  CHECK(releases == 4 && b->batch_user_meta_list == NULL);
  nvds_clear_frame_meta_list(b, b->frame_meta_list);
  CHECK(b->num_frames_in_batch == 0 && b->frame_meta_list == NULL);
  CHECK(b->frame_meta_pool->num_full_elements == 0);
  CHECK(b->obj_meta_pool->num_full_elements == 0);
  CHECK(b->display_meta_pool->num_full_elements == 0);

  /* Generic form: releases pool entries, returns what it did not take. */
  NvDsUserMeta *u = new_user_meta(b, 1);
  GList *list = g_list_append(NULL, u);
  list = g_list_append(list, b); /* not a user-pool entry */
  list = nvds_clear_meta_list(b, list, b->user_meta_pool);
  CHECK(releases == 5 && g_list_length(list) == 1 && list->data == b);
  CHECK(b->user_meta_pool->num_full_elements == 0);
  list = nvds_clear_meta_list(b, list, b->obj_meta_pool);
  CHECK(g_list_length(list) == 1);
  g_list_free(list);
  CHECK(nvds_clear_meta_list(NULL, NULL, NULL) == NULL);
  nvds_destroy_batch_meta(b);
  CHECK(leaks_zero());
}

static void test_roi(void)
{
  NvDsBatchMeta *b = nvds_create_batch_meta(1);
  NvDsRoiMeta roi;
  memset(&roi, 0, sizeof(roi));
  NvDsClassifierMeta *c = nvds_acquire_classifier_meta_from_pool(b);
  nvds_add_classifier_meta_to_roi(&roi, c);
  NvDsUserMeta *u = new_user_meta(b, 1);
  nvds_add_user_meta_to_roi(&roi, u);
  CHECK(roi.classifier_meta_list && roi.classifier_meta_list->data == c);
  CHECK(roi.roi_user_meta_list && roi.roi_user_meta_list->data == u);
  releases = 0;
  nvds_remove_user_meta_from_roi(&roi, u);
  nvds_remove_classifier_meta_from_roi(&roi, c);
  CHECK(releases == 1 && !roi.classifier_meta_list && !roi.roi_user_meta_list);
  CHECK(b->classifier_meta_pool->num_full_elements == 0);
  nvds_destroy_batch_meta(b);
  CHECK(leaks_zero());
}

static gpointer try_lock(gpointer data)
{
  NvDsBatchMeta *b = data;
  gboolean got = g_rec_mutex_trylock(&b->meta_mutex);
  if (got)
    g_rec_mutex_unlock(&b->meta_mutex);
  return GINT_TO_POINTER(got);
}

static void test_lock(void)
{
  NvDsBatchMeta *b = nvds_create_batch_meta(1);
  nvds_acquire_meta_lock(b);
  nvds_acquire_meta_lock(b); /* recursive */
  /* The runtime's own calls nest inside the caller's lock. */
  NvDsFrameMeta *f = nvds_acquire_frame_meta_from_pool(b);
  nvds_add_frame_meta_to_batch(b, f);
  GThread *t = g_thread_new("lock", try_lock, b);
  CHECK(GPOINTER_TO_INT(g_thread_join(t)) == FALSE);
  nvds_release_meta_lock(b);
  nvds_release_meta_lock(b);
  t = g_thread_new("lock", try_lock, b);
  CHECK(GPOINTER_TO_INT(g_thread_join(t)) == TRUE);
  nvds_acquire_meta_lock(NULL);
  nvds_release_meta_lock(NULL);
  nvds_destroy_batch_meta(b);
}

static void test_bad_input(void)
{
  NvDsBatchMeta *b = nvds_create_batch_meta(1);
  NvDsBatchMeta *other = nvds_create_batch_meta(1);
  NvDsFrameMeta *f = nvds_acquire_frame_meta_from_pool(b);
  NvDsObjectMeta *o = nvds_acquire_obj_meta_from_pool(b);
  NvDsObjectMeta *foreign = nvds_acquire_obj_meta_from_pool(other);

  CHECK(nvds_acquire_frame_meta_from_pool(NULL) == NULL);
  CHECK(nvds_acquire_obj_meta_from_pool(NULL) == NULL);
  CHECK(nvds_acquire_classifier_meta_from_pool(NULL) == NULL);
  CHECK(nvds_acquire_display_meta_from_pool(NULL) == NULL);
  CHECK(nvds_acquire_user_meta_from_pool(NULL) == NULL);
  CHECK(nvds_acquire_label_info_meta_from_pool(NULL) == NULL);
  /* A frame meta is not a batch meta. */
  CHECK(nvds_acquire_obj_meta_from_pool((NvDsBatchMeta *)f) == NULL);
  CHECK(nvds_get_current_metadata_info(NULL) == FALSE);
  CHECK(nvds_destroy_batch_meta((NvDsBatchMeta *)f) == FALSE);

  nvds_add_frame_meta_to_batch(NULL, f);
  nvds_add_frame_meta_to_batch(b, NULL);
  nvds_add_frame_meta_to_batch(b, (NvDsFrameMeta *)o); /* wrong kind */
  CHECK(b->num_frames_in_batch == 0 && b->frame_meta_list == NULL);
  nvds_add_frame_meta_to_batch(b, f);
  nvds_add_frame_meta_to_batch(b, f); /* already attached */
  nvds_add_frame_meta_to_batch(other, f); /* other batch */
  CHECK(b->num_frames_in_batch == 1 && g_list_length(b->frame_meta_list) == 1);
  CHECK(other->frame_meta_list == NULL);
  nvds_add_obj_meta_to_frame(f, foreign, NULL); /* other batch */
  nvds_add_obj_meta_to_frame((NvDsFrameMeta *)o, o, NULL); /* container kind */
  nvds_add_obj_meta_to_frame(NULL, o, NULL);
  CHECK(f->num_obj_meta == 0 && f->obj_meta_list == NULL);
  nvds_add_classifier_meta_to_object(NULL, NULL);
  nvds_add_classifier_meta_to_object(o, (NvDsClassifierMeta *)o);
  CHECK(o->classifier_meta_list == NULL);
  nvds_add_classifier_meta_to_roi(NULL, NULL);
  nvds_add_label_info_meta_to_classifier(NULL, NULL);
  nvds_add_display_meta_to_frame(NULL, NULL);
  nvds_add_display_meta_to_frame(f, NULL);
  nvds_add_user_meta_to_batch(NULL, NULL);
  nvds_add_user_meta_to_frame(NULL, NULL);
  nvds_add_user_meta_to_obj(NULL, NULL);
  nvds_add_user_meta_to_roi(NULL, NULL);
  nvds_add_user_meta_to_frame(f, (NvDsUserMeta *)o);
  CHECK(f->frame_user_meta_list == NULL);

  nvds_remove_frame_meta_from_batch(NULL, f);
  nvds_remove_frame_meta_from_batch(b, NULL);
  nvds_remove_frame_meta_from_batch(other, f); /* not its container */
  CHECK(b->num_frames_in_batch == 1);
  nvds_remove_obj_meta_from_frame(NULL, NULL);
  nvds_remove_obj_meta_from_frame(f, o); /* never added */
  CHECK(b->obj_meta_pool->num_full_elements == 1);
  nvds_remove_classifier_meta_from_obj(NULL, NULL);
  nvds_remove_classifier_meta_from_roi(NULL, NULL);
  nvds_remove_label_info_meta_from_classifier(NULL, NULL);
  nvds_remove_display_meta_from_frame(NULL, NULL);
  nvds_remove_user_meta_from_batch(NULL, NULL);
  nvds_remove_user_meta_from_frame(NULL, NULL);
  nvds_remove_user_meta_from_object(NULL, NULL);
  nvds_remove_user_meta_from_roi(NULL, NULL);

  nvds_clear_frame_meta_list(NULL, NULL);
  nvds_clear_frame_meta_list(b, NULL);
  nvds_clear_obj_meta_list(NULL, NULL);
  nvds_clear_classifier_meta_list(NULL, NULL);
  nvds_clear_label_info_meta_list(NULL, NULL);
  nvds_clear_display_meta_list(NULL, NULL);
  nvds_clear_batch_user_meta_list(NULL, NULL);
  nvds_clear_frame_user_meta_list(NULL, NULL);
  nvds_clear_obj_user_meta_list(NULL, NULL);
  CHECK(nvds_clear_meta_list(b, NULL, b->obj_meta_pool) == NULL);
  CHECK(nvds_clear_meta_list(b, NULL, other->obj_meta_pool) == NULL);

  nvds_copy_batch_user_meta_list(NULL, NULL);
  nvds_copy_batch_user_meta_list(b->batch_user_meta_list, NULL);
  nvds_copy_classification_list(NULL, NULL);
  nvds_copy_classifier_meta(NULL, NULL);
  nvds_copy_display_meta(NULL, NULL);
  nvds_copy_display_meta_list(NULL, NULL);
  nvds_copy_frame_meta(NULL, NULL);
  nvds_copy_frame_meta(f, NULL);
  nvds_copy_frame_meta(NULL, f);
  nvds_copy_frame_meta(f, f);
  nvds_copy_frame_meta_list(NULL, NULL);
  nvds_copy_frame_user_meta_list(NULL, NULL);
  nvds_copy_label_info_list(NULL, NULL);
  nvds_copy_label_info_meta(NULL, NULL);
  nvds_copy_obj_meta(NULL, NULL);
  nvds_copy_obj_meta(o, (NvDsObjectMeta *)f); /* dst of another kind */
  CHECK(f->base_meta.meta_type == NVDS_FRAME_META);
  nvds_copy_obj_meta_list(NULL, NULL);
  nvds_copy_obj_user_meta_list(NULL, NULL);
  CHECK(nvds_batch_meta_copy_func(NULL, NULL) == NULL);
  CHECK(nvds_batch_meta_copy_func(f, NULL) == NULL);
  nvds_batch_meta_release_func(NULL, NULL);

  /* Use after release is a no-op, not a double release. */
  nvds_remove_frame_meta_from_batch(b, f);
  CHECK(b->num_frames_in_batch == 0);
  nvds_remove_frame_meta_from_batch(b, f);
  nvds_add_frame_meta_to_batch(b, f);
  CHECK(b->num_frames_in_batch == 0 && b->frame_meta_list == NULL);

  nvds_destroy_batch_meta(other);
  nvds_destroy_batch_meta(b);
  CHECK(leaks_zero());
}

int main(void)
{
  test_create_destroy();
  test_defaults_and_reuse();
  test_growth();
  test_order_and_counters();
  test_user_meta_types();
  test_user_meta_callbacks();
  test_user_meta_without_copy_func();
  test_deep_copy();
  test_clear();
  test_roi();
  test_lock();
  test_bad_input();
  CHECK(leaks_zero());
  printf("meta_test: %d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}
