/* schema.go.h: the C side of package schema (nvdsmeta_schema.h).
 *
 * Allocation, deep copy and free of NvDsEventMsgMeta and everything it owns,
 * the copy/release functions installed on NVDS_EVENT_MSG_META and
 * NVDS_PAYLOAD_META user metas, and accessors for the fields that exist in
 * some SDK releases only, so that the Go code compiles unchanged against the
 * headers of 7.1, 8.0 and 9.x.
 *
 * Ownership: every char* and array of an event message, and its extMsg, is
 * allocated with g_malloc and freed with g_free, which is what the SDK's
 * own release functions use. */
#ifndef GO_DEEPSTREAM_SCHEMA_H
#define GO_DEEPSTREAM_SCHEMA_H

#include <stddef.h>
#include <stdint.h>
#include <glib.h>

#include "nvds_version.h"
#include "nvdsmeta.h"
#include "nvdsmeta_schema.h"
#include "cshim.go.h"

/* Object types of 8.0 and later only; -1 against older headers. */
#if NVDS_VERSION_MAJOR >= 8
#define GODS_SCHEMA_OBJECT_TYPE_3D NVDS_OBJECT_TYPE_3D
#define GODS_SCHEMA_OBJECT_TYPE_DUMMY NVDS_OBJECT_TYPE_DUMMY
#define GODS_SCHEMA_MAX_ENTRIES MAX_ENTRIES
#define GODS_SCHEMA_SOURCE_ID_LEN MAX_SOURCE_ID_LEN
#else
#define GODS_SCHEMA_OBJECT_TYPE_3D -1
#define GODS_SCHEMA_OBJECT_TYPE_DUMMY -1
#define GODS_SCHEMA_MAX_ENTRIES 0
#define GODS_SCHEMA_SOURCE_ID_LEN 0
#endif

/* Where the object's visibility lives: NvDs3DTracking.visibility up to
 * DeepStream 9.0, NvDsEventMsgMeta.visibility from 9.1 on (the field moved
 * in a minor release, so the test needs both version numbers). */
#if NVDS_VERSION_MAJOR > 9 || (NVDS_VERSION_MAJOR == 9 && NVDS_VERSION_MINOR >= 1)
#define GODS_SCHEMA_VISIBILITY_IN_MSG 1
#else
#define GODS_SCHEMA_VISIBILITY_IN_MSG 0
#endif

/* A zeroed event message (g_malloc0). */
NvDsEventMsgMeta *gods_schema_msg_new(void);

/* Frees everything m owns (strings, signature, pose joints, embedding,
 * convex hull, extMsg and what it owns) and zeroes those fields. */
void gods_schema_msg_clear(NvDsEventMsgMeta *m);

/* gods_schema_msg_clear, then g_free(m). NULL is a no-op. */
void gods_schema_msg_free(NvDsEventMsgMeta *m);

/* A deep copy of m (NULL for NULL). Fields this package does not bind
 * (the 8.0+ pointers bbox3d, llm, interactions, congestions, fov,
 * segmentation, and the 3D tracking's bbox3d pointers) are NULL in the
 * copy: their owner is unknown, so sharing them could dangle. */
NvDsEventMsgMeta *gods_schema_msg_dup(const NvDsEventMsgMeta *m);

/* copy_func / release_func of NVDS_EVENT_MSG_META user metas: data is the
 * NvDsUserMeta, whose user_meta_data is the NvDsEventMsgMeta. */
gpointer gods_schema_msg_copy_func(gpointer data, gpointer user_data);
void gods_schema_msg_release_func(gpointer data, gpointer user_data);

/* Acquires a user meta from frame's batch, makes it an NVDS_EVENT_MSG_META
 * holding m with the functions above, and attaches it to the frame. NULL
 * (m untouched) if frame has no batch or the pool is empty. */
NvDsUserMeta *gods_schema_attach_msg(NvDsFrameMeta *frame, NvDsEventMsgMeta *m);

/* What an event message's extMsg really is. The kind of an ext object this
 * package allocated is recorded when it is allocated (a side table keyed by
 * the extMsg pointer, since the struct is the SDK's) and used to free, copy
 * and encode it, whatever objType says. An ext object allocated elsewhere
 * (the SDK, other code) follows the SDK's convention: objType when
 * extMsgSize matches its struct, a flat block otherwise. */
#define GODS_SCHEMA_EXT_NONE (-1) /* no extMsg */
#define GODS_SCHEMA_EXT_BLOB (-2) /* a flat block: no pointers inside */

/* The kind of m's extMsg: an NvDsObjectType with an ext struct, or one of
 * the two above. */
int gods_schema_msg_ext_kind(const NvDsEventMsgMeta *m);

/* Whether an ext object of kind may sit under objType type: any type with
 * no ext, a type without an ext struct over a flat block, the same type
 * over a struct. */
int gods_schema_ext_agrees(int kind, NvDsObjectType type);

/* Sets objType, or returns -1 (m untouched) when the ext object m holds is
 * of another kind (gods_schema_ext_agrees). */
int gods_schema_msg_set_obj_type(NvDsEventMsgMeta *m, NvDsObjectType type);

/* Replaces extMsg with a new zeroed object for type (vehicle, person,
 * face, their Ext variants, product and product Ext), freeing the old one,
 * sets objType and extMsgSize, and records the kind. NULL for other
 * types. */
void *gods_schema_msg_new_ext(NvDsEventMsgMeta *m, NvDsObjectType type);

/* Replaces extMsg with a copy of size bytes of data, as a flat block
 * (recorded as GODS_SCHEMA_EXT_BLOB). Returns -1, m untouched, when size
 * is not 0 and objType names a type with an ext struct: the SDK's readers
 * would take the block for that struct. */
int gods_schema_msg_set_ext_blob(NvDsEventMsgMeta *m, const void *data, guint size);

/* Frees extMsg and what it owns; extMsg = NULL, extMsgSize = 0. */
void gods_schema_msg_clear_ext(NvDsEventMsgMeta *m);

/* Ext objects this package allocated and has not freed (the side table's
 * size), for leak tests. */
gint gods_schema_live_exts(void);

/* The size of the ext struct of type, 0 for types without one. */
guint gods_schema_ext_size(NvDsObjectType type);

/* Array setters: replace with g_malloc'ed copies, free the old ones. */
void gods_schema_set_signature(NvDsEventMsgMeta *m, const gdouble *v, guint n);
void gods_schema_set_pose(NvDsEventMsgMeta *m, const NvDsJoint *joints, int n,
                     int pose_type);
void gods_schema_set_embedding(NvDsEventMsgMeta *m, const float *v, guint n);
void gods_schema_set_convex_hull(NvDsEventMsgMeta *m, const gint *xy, guint points);

/* Ext masks: GList of GArray of gdouble (one polygon each). */
void gods_schema_mask_append(GList **mask, const gdouble *v, guint n);
void gods_schema_mask_free(GList **mask);

/* Visibility: singleView3DTracking.visibility before 9.0, the event
 * message's own visibility field from 9.0 on. */
float gods_schema_msg_visibility(const NvDsEventMsgMeta *m);
void gods_schema_msg_set_visibility(NvDsEventMsgMeta *m, float v);

/* entries[] and count (8.0 and later; 0 / -1 against older headers). */
int gods_schema_msg_entry_count(const NvDsEventMsgMeta *m);
int gods_schema_msg_set_entry_count(NvDsEventMsgMeta *m, int n);
const char *gods_schema_msg_entry_source(const NvDsEventMsgMeta *m, int i);
guint64 gods_schema_msg_entry_timestamp(const NvDsEventMsgMeta *m, int i);
int gods_schema_msg_set_entry(NvDsEventMsgMeta *m, int i, const char *src,
                         size_t len, guint64 ts);

/* NvDsEvent and NvDsPayload. A payload owns a copy of size bytes of data,
 * NUL-terminated past payloadSize (NULL when size is 0); the stand-in
 * nvmsgconv (standin/msgconv.c) builds its payloads here too. */
NvDsEvent *gods_schema_event_new(void);
NvDsPayload *gods_schema_payload_new(const void *data, guint size, guint component_id);
void gods_schema_payload_free(NvDsPayload *p);
gpointer gods_schema_payload_copy_func(gpointer data, gpointer user_data);
void gods_schema_payload_release_func(gpointer data, gpointer user_data);

/* Attach a payload as NVDS_PAYLOAD_META user meta (frame NULL: to the
 * batch); NULL (p untouched) on failure. */
NvDsUserMeta *gods_schema_attach_payload(NvDsBatchMeta *batch, NvDsFrameMeta *frame,
                                    NvDsPayload *p);

/* Live counts of what this file allocated, for leak tests: event messages,
 * payloads (each with its data). */
gint gods_schema_live_msgs(void);
gint gods_schema_live_payloads(void);

#endif
