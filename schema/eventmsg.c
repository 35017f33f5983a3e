/* Deep copy and free of event messages, in C because DeepStream calls the
 * user meta's copy and release functions from its streaming threads for
 * every buffer copy and release: they must not enter Go. The functions
 * below follow every pointer an event message owns, unlike pyds's built-in
 * pair, which skips the face and Ext objects and the signature and never
 * frees the struct itself. */
#include <string.h>

#include "schema.go.h"

static gint live_msgs;     /* atomic */
static gint live_payloads; /* atomic */

/* What each ext object this file allocated really is, keyed by its address
 * (the extMsg pointer): an NvDsObjectType with an ext struct, or
 * GODS_SCHEMA_EXT_BLOB. objType is a separate public field that any code
 * may rewrite, so it cannot say how to free, copy or encode the object;
 * this table can. It lives on our side so that the struct stays the SDK's
 * (SDK mode) and messages the SDK or other code allocated, whose ext is not
 * in the table, keep the SDK's convention (objType with a matching
 * extMsgSize). One mutex; held only for the lookup. */
static GMutex ext_lock;
static GHashTable *ext_kinds; /* gpointer ext -> GINT_TO_POINTER(kind) */

static void ext_record(gpointer ext, gint kind)
{
  g_mutex_lock(&ext_lock);
  if (!ext_kinds)
    ext_kinds = g_hash_table_new(g_direct_hash, g_direct_equal);
  g_hash_table_insert(ext_kinds, ext, GINT_TO_POINTER(kind));
  g_mutex_unlock(&ext_lock);
}

/* The recorded kind of ext; FALSE when ext is not one of ours. */
static gboolean ext_recorded(gconstpointer ext, gint *kind)
{
  gpointer v = NULL;
  gboolean found = FALSE;
  g_mutex_lock(&ext_lock);
  if (ext_kinds)
    found = g_hash_table_lookup_extended(ext_kinds, ext, NULL, &v);
  g_mutex_unlock(&ext_lock);
  if (found)
    *kind = GPOINTER_TO_INT(v);
  return found;
}

static void ext_forget(gconstpointer ext)
{
  g_mutex_lock(&ext_lock);
  if (ext_kinds)
    g_hash_table_remove(ext_kinds, ext);
  g_mutex_unlock(&ext_lock);
}

/* Layout of the ext objects: their char* fields and where the mask list
 * is (-1: none). The Ext variants start with the same fields as the plain
 * ones. */
typedef struct {
  gsize size;
  const gsize *strings;
  guint n_strings;
  gssize mask;
} ExtLayout;

#define OFF(t, f) offsetof(t, f)

static const gsize vehicle_strings[] = {
    OFF(NvDsVehicleObject, type),  OFF(NvDsVehicleObject, make),
    OFF(NvDsVehicleObject, model), OFF(NvDsVehicleObject, color),
    OFF(NvDsVehicleObject, region), OFF(NvDsVehicleObject, license)};
static const gsize person_strings[] = {
    OFF(NvDsPersonObject, gender), OFF(NvDsPersonObject, hair),
    OFF(NvDsPersonObject, cap), OFF(NvDsPersonObject, apparel)};
static const gsize face_strings[] = {
    OFF(NvDsFaceObject, gender),  OFF(NvDsFaceObject, hair),
    OFF(NvDsFaceObject, cap),     OFF(NvDsFaceObject, glasses),
    OFF(NvDsFaceObject, facialhair), OFF(NvDsFaceObject, name),
    OFF(NvDsFaceObject, eyecolor)};
static const gsize product_strings[] = {OFF(NvDsProductObject, brand),
                                        OFF(NvDsProductObject, type),
                                        OFF(NvDsProductObject, shape)};

#define N(a) (guint)(sizeof(a) / sizeof((a)[0]))

static gboolean ext_layout(NvDsObjectType type, ExtLayout *l)
{
  switch (type) {
  case NVDS_OBJECT_TYPE_VEHICLE:
    *l = (ExtLayout){sizeof(NvDsVehicleObject), vehicle_strings, N(vehicle_strings), -1};
    return TRUE;
  case NVDS_OBJECT_TYPE_VEHICLE_EXT:
    *l = (ExtLayout){sizeof(NvDsVehicleObjectExt), vehicle_strings, N(vehicle_strings),
                     OFF(NvDsVehicleObjectExt, mask)};
    return TRUE;
  case NVDS_OBJECT_TYPE_PERSON:
    *l = (ExtLayout){sizeof(NvDsPersonObject), person_strings, N(person_strings), -1};
    return TRUE;
  case NVDS_OBJECT_TYPE_PERSON_EXT:
    *l = (ExtLayout){sizeof(NvDsPersonObjectExt), person_strings, N(person_strings),
                     OFF(NvDsPersonObjectExt, mask)};
    return TRUE;
  case NVDS_OBJECT_TYPE_FACE:
    *l = (ExtLayout){sizeof(NvDsFaceObject), face_strings, N(face_strings), -1};
    return TRUE;
  case NVDS_OBJECT_TYPE_FACE_EXT:
    *l = (ExtLayout){sizeof(NvDsFaceObjectExt), face_strings, N(face_strings),
                     OFF(NvDsFaceObjectExt, mask)};
    return TRUE;
  case NVDS_OBJECT_TYPE_PRODUCT:
    *l = (ExtLayout){sizeof(NvDsProductObject), product_strings, N(product_strings), -1};
    return TRUE;
  case NVDS_OBJECT_TYPE_PRODUCT_EXT:
    *l = (ExtLayout){sizeof(NvDsProductObjectExt), product_strings, N(product_strings),
                     OFF(NvDsProductObjectExt, mask)};
    return TRUE;
  default:
    return FALSE;
  }
}

guint gods_schema_ext_size(NvDsObjectType type)
{
  ExtLayout l;
  return ext_layout(type, &l) ? (guint)l.size : 0;
}

int gods_schema_msg_ext_kind(const NvDsEventMsgMeta *m)
{
  if (!m || !m->extMsg)
    return GODS_SCHEMA_EXT_NONE;
  gint kind;
  if (ext_recorded(m->extMsg, &kind))
    return kind;
  /* Not ours: the SDK's convention, objType with a matching size. */
  ExtLayout l;
  if (ext_layout(m->objType, &l) && m->extMsgSize == l.size)
    return m->objType;
  return GODS_SCHEMA_EXT_BLOB;
}

/* The layout of m's extMsg by its real kind; FALSE for a flat block. */
static gboolean msg_ext_layout(const NvDsEventMsgMeta *m, ExtLayout *l)
{
  int kind = gods_schema_msg_ext_kind(m);
  return kind >= 0 && ext_layout((NvDsObjectType)kind, l);
}

int gods_schema_ext_agrees(int kind, NvDsObjectType type)
{
  ExtLayout l;
  if (kind == GODS_SCHEMA_EXT_NONE)
    return 1;
  if (kind == GODS_SCHEMA_EXT_BLOB)
    return !ext_layout(type, &l);
  return kind == (int)type;
}

int gods_schema_msg_set_obj_type(NvDsEventMsgMeta *m, NvDsObjectType type)
{
  if (!gods_schema_ext_agrees(gods_schema_msg_ext_kind(m), type))
    return -1;
  m->objType = type;
  return 0;
}

gint gods_schema_live_exts(void)
{
  g_mutex_lock(&ext_lock);
  gint n = ext_kinds ? (gint)g_hash_table_size(ext_kinds) : 0;
  g_mutex_unlock(&ext_lock);
  return n;
}

static GList *mask_dup(GList *mask)
{
  GList *out = NULL;
  for (GList *p = mask; p; p = p->next) {
    GArray *src = p->data;
    GArray *dst = g_array_sized_new(FALSE, FALSE, sizeof(gdouble), src ? src->len : 0);
    if (src)
      g_array_append_vals(dst, src->data, src->len);
    out = g_list_prepend(out, dst);
  }
  return g_list_reverse(out);
}

static void free_polygon(gpointer p)
{
  if (p)
    g_array_unref(p);
}

void gods_schema_mask_free(GList **mask)
{
  g_list_free_full(*mask, free_polygon);
  *mask = NULL;
}

void gods_schema_mask_append(GList **mask, const gdouble *v, guint n)
{
  GArray *a = g_array_sized_new(FALSE, FALSE, sizeof(gdouble), n);
  g_array_append_vals(a, v, n);
  *mask = g_list_append(*mask, a);
}

static void ext_free(const NvDsEventMsgMeta *m)
{
  if (!m->extMsg)
    return;
  ExtLayout l;
  if (msg_ext_layout(m, &l)) {
    char *e = m->extMsg;
    for (guint i = 0; i < l.n_strings; i++)
      g_free(*(char **)(e + l.strings[i]));
    if (l.mask >= 0)
      gods_schema_mask_free((GList **)(e + l.mask));
  }
  ext_forget(m->extMsg);
  g_free(m->extMsg);
}

static gpointer ext_dup(const NvDsEventMsgMeta *m)
{
  if (!m->extMsg || !m->extMsgSize)
    return NULL;
  int kind = gods_schema_msg_ext_kind(m);
  char *e = g_memdup2(m->extMsg, m->extMsgSize);
  ExtLayout l;
  if (kind >= 0 && ext_layout((NvDsObjectType)kind, &l)) {
    for (guint i = 0; i < l.n_strings; i++) {
      char **s = (char **)(e + l.strings[i]);
      *s = g_strdup(*s);
    }
    if (l.mask >= 0) {
      GList **mask = (GList **)(e + l.mask);
      *mask = mask_dup(*mask);
    }
  }
  ext_record(e, kind);
  return e;
}

void gods_schema_msg_clear_ext(NvDsEventMsgMeta *m)
{
  ext_free(m);
  m->extMsg = NULL;
  m->extMsgSize = 0;
}

void *gods_schema_msg_new_ext(NvDsEventMsgMeta *m, NvDsObjectType type)
{
  ExtLayout l;
  if (!ext_layout(type, &l))
    return NULL;
  gods_schema_msg_clear_ext(m);
  m->objType = type;
  m->extMsg = g_malloc0(l.size);
  m->extMsgSize = (guint)l.size;
  ext_record(m->extMsg, type);
  return m->extMsg;
}

int gods_schema_msg_set_ext_blob(NvDsEventMsgMeta *m, const void *data, guint size)
{
  ExtLayout l;
  if (size && ext_layout(m->objType, &l))
    return -1;
  gods_schema_msg_clear_ext(m);
  if (size) {
    m->extMsg = g_memdup2(data, size);
    m->extMsgSize = size;
    ext_record(m->extMsg, GODS_SCHEMA_EXT_BLOB);
  }
  return 0;
}

/* Pointers of 8.0 and later that this package does not bind. */
static void clear_unbound(NvDsEventMsgMeta *m)
{
#if NVDS_VERSION_MAJOR >= 8
  m->bbox3d = NULL;
  m->llm = NULL;
  m->interactions = NULL;
  m->num_interactions = 0;
  m->congestions = NULL;
  m->num_congestions = 0;
  m->fov = NULL;
  m->num_fov = 0;
  m->segmentation = NULL;
  NvDsBbox3dObject *b = &m->singleView3DTracking.bbox3d;
  b->labels_3d = NULL;
  b->embedding_filter = NULL;
  b->instance_feats = NULL;
#endif
#if NVDS_VERSION_MAJOR >= 9
  m->singleView3DTracking.bbox3d.ocr_label = NULL;
#endif
}

NvDsEventMsgMeta *gods_schema_msg_new(void)
{
  g_atomic_int_inc(&live_msgs);
  return g_new0(NvDsEventMsgMeta, 1);
}

void gods_schema_msg_clear(NvDsEventMsgMeta *m)
{
  if (!m)
    return;
  g_clear_pointer(&m->ts, g_free);
  g_clear_pointer(&m->objectId, g_free);
  g_clear_pointer(&m->sensorStr, g_free);
  g_clear_pointer(&m->otherAttrs, g_free);
  g_clear_pointer(&m->videoPath, g_free);
  g_clear_pointer(&m->objSignature.signature, g_free);
  m->objSignature.size = 0;
  g_clear_pointer(&m->pose.joints, g_free);
  m->pose.num_joints = 0;
  g_clear_pointer(&m->embedding.embedding_vector, g_free);
  m->embedding.embedding_length = 0;
  g_clear_pointer(&m->singleView3DTracking.convexHull.points, g_free);
  m->singleView3DTracking.convexHull.numFilled = 0;
  gods_schema_msg_clear_ext(m);
}

void gods_schema_msg_free(NvDsEventMsgMeta *m)
{
  if (!m)
    return;
  gods_schema_msg_clear(m);
  g_free(m);
  g_atomic_int_add(&live_msgs, -1);
}

static gpointer dup_array(const void *p, gsize n, gsize elem)
{
  return p && n ? g_memdup2(p, n * elem) : NULL;
}

NvDsEventMsgMeta *gods_schema_msg_dup(const NvDsEventMsgMeta *src)
{
  if (!src)
    return NULL;
  NvDsEventMsgMeta *m = g_memdup2(src, sizeof *src);
  g_atomic_int_inc(&live_msgs);
  m->ts = g_strdup(src->ts);
  m->objectId = g_strdup(src->objectId);
  m->sensorStr = g_strdup(src->sensorStr);
  m->otherAttrs = g_strdup(src->otherAttrs);
  m->videoPath = g_strdup(src->videoPath);
  m->objSignature.signature =
      dup_array(src->objSignature.signature, src->objSignature.size, sizeof(gdouble));
  if (!m->objSignature.signature)
    m->objSignature.size = 0;
  m->pose.joints = dup_array(src->pose.joints,
                             src->pose.num_joints > 0 ? (gsize)src->pose.num_joints : 0,
                             sizeof(NvDsJoint));
  if (!m->pose.joints)
    m->pose.num_joints = 0;
  m->embedding.embedding_vector = dup_array(src->embedding.embedding_vector,
                                            src->embedding.embedding_length, sizeof(float));
  if (!m->embedding.embedding_vector)
    m->embedding.embedding_length = 0;
  const NvDsConvexHull *h = &src->singleView3DTracking.convexHull;
  m->singleView3DTracking.convexHull.points =
      dup_array(h->points, (gsize)h->numFilled * 2, sizeof(gint));
  if (!m->singleView3DTracking.convexHull.points)
    m->singleView3DTracking.convexHull.numFilled = 0;
  m->extMsg = ext_dup(src);
  if (!m->extMsg)
    m->extMsgSize = 0;
  clear_unbound(m);
  return m;
}

gpointer gods_schema_msg_copy_func(gpointer data, gpointer user_data)
{
  NvDsUserMeta *u = data;
  return u ? gods_schema_msg_dup(u->user_meta_data) : NULL;
}

void gods_schema_msg_release_func(gpointer data, gpointer user_data)
{
  NvDsUserMeta *u = data;
  if (!u)
    return;
  gods_schema_msg_free(u->user_meta_data);
  u->user_meta_data = NULL;
}

NvDsUserMeta *gods_schema_attach_msg(NvDsFrameMeta *frame, NvDsEventMsgMeta *m)
{
  NvDsBatchMeta *batch = frame ? frame->base_meta.batch_meta : NULL;
  if (!batch)
    return NULL;
  NvDsUserMeta *u = nvds_acquire_user_meta_from_pool(batch);
  if (!u)
    return NULL;
  gods_user_meta_set(u, NVDS_EVENT_MSG_META, m, gods_schema_msg_copy_func, gods_schema_msg_release_func);
  nvds_add_user_meta_to_frame(frame, u);
  return u;
}

void gods_schema_set_signature(NvDsEventMsgMeta *m, const gdouble *v, guint n)
{
  g_free(m->objSignature.signature);
  m->objSignature.signature = dup_array(v, n, sizeof(gdouble));
  m->objSignature.size = m->objSignature.signature ? n : 0;
}

void gods_schema_set_pose(NvDsEventMsgMeta *m, const NvDsJoint *joints, int n,
                     int pose_type)
{
  g_free(m->pose.joints);
  m->pose.joints = n > 0 ? dup_array(joints, (gsize)n, sizeof(NvDsJoint)) : NULL;
  m->pose.num_joints = m->pose.joints ? n : 0;
  m->pose.pose_type = pose_type;
}

void gods_schema_set_embedding(NvDsEventMsgMeta *m, const float *v, guint n)
{
  g_free(m->embedding.embedding_vector);
  m->embedding.embedding_vector = dup_array(v, n, sizeof(float));
  m->embedding.embedding_length = m->embedding.embedding_vector ? n : 0;
}

void gods_schema_set_convex_hull(NvDsEventMsgMeta *m, const gint *xy, guint points)
{
  NvDsConvexHull *h = &m->singleView3DTracking.convexHull;
  g_free(h->points);
  h->points = dup_array(xy, (gsize)points * 2, sizeof(gint));
  h->numFilled = h->points ? points : 0;
}

float gods_schema_msg_visibility(const NvDsEventMsgMeta *m)
{
#if GODS_SCHEMA_VISIBILITY_IN_MSG
  return m->visibility;
#else
  return m->singleView3DTracking.visibility;
#endif
}

void gods_schema_msg_set_visibility(NvDsEventMsgMeta *m, float v)
{
#if GODS_SCHEMA_VISIBILITY_IN_MSG
  m->visibility = v;
#else
  m->singleView3DTracking.visibility = v;
#endif
}

int gods_schema_msg_entry_count(const NvDsEventMsgMeta *m)
{
#if NVDS_VERSION_MAJOR >= 8
  return m->count;
#else
  return 0;
#endif
}

int gods_schema_msg_set_entry_count(NvDsEventMsgMeta *m, int n)
{
#if NVDS_VERSION_MAJOR >= 8
  if (n < 0 || n > MAX_ENTRIES)
    return -1;
  m->count = n;
  return 0;
#else
  return -1;
#endif
}

const char *gods_schema_msg_entry_source(const NvDsEventMsgMeta *m, int i)
{
#if NVDS_VERSION_MAJOR >= 8
  return i >= 0 && i < MAX_ENTRIES ? m->entries[i].source_id : NULL;
#else
  return NULL;
#endif
}

guint64 gods_schema_msg_entry_timestamp(const NvDsEventMsgMeta *m, int i)
{
#if NVDS_VERSION_MAJOR >= 8
  return i >= 0 && i < MAX_ENTRIES ? m->entries[i].timestamp : 0;
#else
  return 0;
#endif
}

int gods_schema_msg_set_entry(NvDsEventMsgMeta *m, int i, const char *src,
                         size_t len, guint64 ts)
{
#if NVDS_VERSION_MAJOR >= 8
  if (i < 0 || i >= MAX_ENTRIES || len >= MAX_SOURCE_ID_LEN)
    return -1;
  memset(m->entries[i].source_id, 0, sizeof m->entries[i].source_id);
  memcpy(m->entries[i].source_id, src, len);
  m->entries[i].timestamp = ts;
  return 0;
#else
  return -1;
#endif
}

/* NvDsEvent and NvDsPayload. */

NvDsEvent *gods_schema_event_new(void) { return g_new0(NvDsEvent, 1); }

NvDsPayload *gods_schema_payload_new(const void *data, guint size, guint component_id)
{
  NvDsPayload *p = g_new0(NvDsPayload, 1);
  if (size) {
    /* NUL-terminated past payloadSize, for readers that treat it as a C
     * string (nvmsgbroker's protocol adapters may). */
    char *b = g_malloc(size + 1);
    memcpy(b, data, size);
    b[size] = 0;
    p->payload = b;
  }
  p->payloadSize = size;
  p->componentId = component_id;
  g_atomic_int_inc(&live_payloads);
  return p;
}

void gods_schema_payload_free(NvDsPayload *p)
{
  if (!p)
    return;
  g_free(p->payload);
  g_free(p);
  g_atomic_int_add(&live_payloads, -1);
}

gpointer gods_schema_payload_copy_func(gpointer data, gpointer user_data)
{
  NvDsUserMeta *u = data;
  NvDsPayload *p = u ? u->user_meta_data : NULL;
  return p ? gods_schema_payload_new(p->payload, p->payloadSize, p->componentId) : NULL;
}

void gods_schema_payload_release_func(gpointer data, gpointer user_data)
{
  NvDsUserMeta *u = data;
  if (!u)
    return;
  gods_schema_payload_free(u->user_meta_data);
  u->user_meta_data = NULL;
}

NvDsUserMeta *gods_schema_attach_payload(NvDsBatchMeta *batch, NvDsFrameMeta *frame,
                                    NvDsPayload *p)
{
  if (frame)
    batch = frame->base_meta.batch_meta;
  if (!batch)
    return NULL;
  NvDsUserMeta *u = nvds_acquire_user_meta_from_pool(batch);
  if (!u)
    return NULL;
  gods_user_meta_set(u, NVDS_PAYLOAD_META, p, gods_schema_payload_copy_func, gods_schema_payload_release_func);
  if (frame)
    nvds_add_user_meta_to_frame(frame, u);
  else
    nvds_add_user_meta_to_batch(batch, u);
  return u;
}

gint gods_schema_live_msgs(void) { return g_atomic_int_get(&live_msgs); }
gint gods_schema_live_payloads(void) { return g_atomic_int_get(&live_payloads); }
