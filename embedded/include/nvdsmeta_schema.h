/* nvdsmeta_schema.h: written by internal/cmd/abigen from the ABI facts of DeepStream 7.0, 7.1, 8.0, 9.0 and 9.1.
 * Do not edit; run `make headers`. Part of go-deepstream's embedded runtime. */
#ifndef GO_DEEPSTREAM_EMBEDDED_NVDSMETA_SCHEMA_H
#define GO_DEEPSTREAM_EMBEDDED_NVDSMETA_SCHEMA_H

#include "nvds_version.h"
#include <glib.h>

#ifdef __cplusplus
extern "C" {
#endif

#if NVDS_VERSION_MAJOR >= 8
#ifndef MAX_ENTRIES
#define MAX_ENTRIES 100
#endif
#endif
#if NVDS_VERSION_MAJOR >= 8
#ifndef MAX_NUM_OBJECTS
#define MAX_NUM_OBJECTS 600
#endif
#endif
#if NVDS_VERSION_MAJOR >= 8
#ifndef MAX_SOURCE_ID_LEN
#define MAX_SOURCE_ID_LEN 128
#endif
#endif

typedef enum NvDsEventType {
  NVDS_EVENT_ENTRY = 0,
  NVDS_EVENT_EXIT = 1,
  NVDS_EVENT_MOVING = 2,
  NVDS_EVENT_STOPPED = 3,
  NVDS_EVENT_EMPTY = 4,
  NVDS_EVENT_PARKED = 5,
  NVDS_EVENT_RESET = 6,
  NVDS_EVENT_RESERVED = 256,
  NVDS_EVENT_CUSTOM = 257,
  NVDS_EVENT_FORCE32 = 2147483647,
} NvDsEventType;
#if NVDS_VERSION_MAJOR < 8
typedef enum NvDsObjectType {
  NVDS_OBJECT_TYPE_VEHICLE = 0,
  NVDS_OBJECT_TYPE_PERSON = 1,
  NVDS_OBJECT_TYPE_FACE = 2,
  NVDS_OBJECT_TYPE_BAG = 3,
  NVDS_OBJECT_TYPE_BICYCLE = 4,
  NVDS_OBJECT_TYPE_ROADSIGN = 5,
  NVDS_OBJECT_TYPE_VEHICLE_EXT = 6,
  NVDS_OBJECT_TYPE_PERSON_EXT = 7,
  NVDS_OBJECT_TYPE_FACE_EXT = 8,
  NVDS_OBJECT_TYPE_PRODUCT = 9,
  NVDS_OBJECT_TYPE_PRODUCT_EXT = 10,
  NVDS_OBJECT_TYPE_RESERVED = 256,
  NVDS_OBJECT_TYPE_CUSTOM = 257,
  NVDS_OBJECT_TYPE_UNKNOWN = 258,
  NVDS_OBEJCT_TYPE_FORCE32 = 2147483647,
} NvDsObjectType;
#elif NVDS_VERSION_MAJOR >= 8
typedef enum NvDsObjectType {
  NVDS_OBJECT_TYPE_VEHICLE = 0,
  NVDS_OBJECT_TYPE_PERSON = 1,
  NVDS_OBJECT_TYPE_FACE = 2,
  NVDS_OBJECT_TYPE_BAG = 3,
  NVDS_OBJECT_TYPE_BICYCLE = 4,
  NVDS_OBJECT_TYPE_ROADSIGN = 5,
  NVDS_OBJECT_TYPE_VEHICLE_EXT = 6,
  NVDS_OBJECT_TYPE_PERSON_EXT = 7,
  NVDS_OBJECT_TYPE_FACE_EXT = 8,
  NVDS_OBJECT_TYPE_3D = 9,
  NVDS_OBJECT_TYPE_DUMMY = 10,
  NVDS_OBJECT_TYPE_PRODUCT = 11,
  NVDS_OBJECT_TYPE_PRODUCT_EXT = 12,
  NVDS_OBJECT_TYPE_RESERVED = 256,
  NVDS_OBJECT_TYPE_CUSTOM = 257,
  NVDS_OBJECT_TYPE_UNKNOWN = 258,
  NVDS_OBEJCT_TYPE_FORCE32 = 2147483647,
} NvDsObjectType;
#endif
typedef enum NvDsPayloadType {
  NVDS_PAYLOAD_DEEPSTREAM = 0,
  NVDS_PAYLOAD_DEEPSTREAM_MINIMAL = 1,
  NVDS_PAYLOAD_DEEPSTREAM_PROTOBUF = 2,
  NVDS_PAYLOAD_RESERVED = 256,
  NVDS_PAYLOAD_CUSTOM = 257,
  NVDS_PAYLOAD_FORCE32 = 2147483647,
} NvDsPayloadType;

typedef struct NvDs3DTracking NvDs3DTracking;
#if NVDS_VERSION_MAJOR >= 8
typedef struct _NvDsBbox3dObject NvDsBbox3dObject;
#endif
#if NVDS_VERSION_MAJOR >= 8
typedef struct _NvDsBbox3dObjectList NvDsBbox3dObjectList;
#endif
typedef struct NvDsConvexHull NvDsConvexHull;
typedef struct NvDsCoordinate NvDsCoordinate;
typedef struct _NvDsCustomMsgInfo NvDsCustomMsgInfo;
typedef struct NvDsEmbedding NvDsEmbedding;
typedef struct _NvDsEvent NvDsEvent;
typedef struct NvDsEventMsgMeta NvDsEventMsgMeta;
typedef struct NvDsFaceObject NvDsFaceObject;
typedef struct NvDsFaceObjectWithExt NvDsFaceObjectExt;
typedef struct NvDsGeoLocation NvDsGeoLocation;
typedef struct NvDsJoint NvDsJoint;
typedef struct NvDsJoints NvDsJoints;
typedef struct NvDsObjectSignature NvDsObjectSignature;
typedef struct NvDsPayload NvDsPayload;
typedef struct NvDsPersonObject NvDsPersonObject;
typedef struct NvDsPersonObjectExt NvDsPersonObjectExt;
typedef struct NvDsProductObject NvDsProductObject;
typedef struct NvDsProductObjectExt NvDsProductObjectExt;
typedef struct NvDsRect NvDsRect;
typedef struct NvDsVehicleObject NvDsVehicleObject;
typedef struct NvDsVehicleObjectExt NvDsVehicleObjectExt;

#if NVDS_VERSION_MAJOR == 8
struct _NvDsBbox3dObject {
  float boxes_3d[12];
  float scores_3d;
  gchar *labels_3d;
  gchar *embedding_filter;
  float cls_scores;
  guint instance_ids;
  NvDsEmbedding *instance_feats;
};
#elif NVDS_VERSION_MAJOR >= 9
struct _NvDsBbox3dObject {
  float boxes_3d[12];
  float scores_3d;
  gchar *labels_3d;
  gchar *embedding_filter;
  float cls_scores;
  guint instance_ids;
  NvDsEmbedding *instance_feats;
  gchar *ocr_label;
};
#endif
struct NvDsConvexHull {
  gint *points;
  guint numFilled;
};
#if NVDS_VERSION_MAJOR < 8
struct NvDs3DTracking {
  gfloat ptWorldFeet[2];
  gfloat ptImgFeet[2];
  gfloat visibility;
  NvDsConvexHull convexHull;
};
#elif NVDS_VERSION_MAJOR >= 8 && (NVDS_VERSION_MAJOR < 9 || (NVDS_VERSION_MAJOR == 9 && NVDS_VERSION_MINOR < 1))
struct NvDs3DTracking {
  gfloat ptWorldFeet[2];
  gfloat ptImgFeet[2];
  gfloat visibility;
  NvDsConvexHull convexHull;
  NvDsBbox3dObject bbox3d;
};
#elif NVDS_VERSION_MAJOR > 9 || (NVDS_VERSION_MAJOR == 9 && NVDS_VERSION_MINOR >= 1)
struct NvDs3DTracking {
  gfloat ptWorldFeet[2];
  gfloat ptImgFeet[2];
  NvDsConvexHull convexHull;
  NvDsBbox3dObject bbox3d;
};
#endif
#if NVDS_VERSION_MAJOR >= 8
typedef struct {
  gchar source_id[MAX_SOURCE_ID_LEN];
  guint64 timestamp;
} SourceTimePair;
#endif
#if NVDS_VERSION_MAJOR >= 8
struct _NvDsBbox3dObjectList {
  NvDsBbox3dObject objects[MAX_NUM_OBJECTS];
  guint num_objects;
  guint64 timestamp;
  gint frame_num;
  guint camera_id;
  gchar *sensorStr;
  SourceTimePair entries[MAX_ENTRIES];
  int count;
};
#endif
#if NVDS_VERSION_MAJOR >= 8
typedef struct {
  gchar *id;
  gchar **objectIds;
  guint num_objectIds;
  float amount;
  GHashTable *info;
  gint64 timestamp;
} NvDsCongestionObject;
#endif
#if NVDS_VERSION_MAJOR >= 8
typedef struct {
  gchar *id;
  gchar *query;
  gchar *response;
} NvDsConversationObject;
#endif
struct NvDsCoordinate {
  gdouble x;
  gdouble y;
  gdouble z;
};
struct _NvDsCustomMsgInfo {
  void *message;
  guint size;
};
struct NvDsEmbedding {
  float *embedding_vector;
  guint embedding_length;
};
struct _NvDsEvent {
  NvDsEventType eventType;
  NvDsEventMsgMeta *metadata;
};
struct NvDsGeoLocation {
  gdouble lat;
  gdouble lon;
  gdouble alt;
};
#if NVDS_VERSION_MAJOR >= 8
typedef struct {
  gchar *id;
  gchar **objectIds;
  guint num_objectIds;
  NvDsCoordinate *coordinates;
  guint num_coordinates;
  gchar *description;
  GHashTable *info;
  gint64 timestamp;
} NvDsInteractionObject;
#endif
struct NvDsJoints {
  NvDsJoint *joints;
  int num_joints;
  int pose_type;
};
#if NVDS_VERSION_MAJOR >= 8
typedef struct {
  GHashTable *info;
  NvDsConversationObject *conversations;
  guint num_conversations;
  NvDsEmbedding *embeddings;
  guint num_embeddings;
} NvDsLLMObject;
#endif
struct NvDsObjectSignature {
  gdouble *signature;
  guint size;
};
struct NvDsRect {
  float top;
  float left;
  float width;
  float height;
};
#if NVDS_VERSION_MAJOR >= 8
typedef struct {
  gint32 *mask;
  guint mask_size;
  GHashTable *info;
} NvDsSegmentationObject;
#endif
#if NVDS_VERSION_MAJOR >= 8
typedef struct {
  gchar *id;
  gchar *type;
  gint32 count;
  NvDsCoordinate *coordinates;
  guint num_coordinates;
  gchar **objectIds;
  guint num_objectIds;
  GHashTable *info;
} NvDsTypeMetricsObject;
#endif
#if NVDS_VERSION_MAJOR < 8
struct NvDsEventMsgMeta {
  NvDsEventType type;
  NvDsObjectType objType;
  NvDsRect bbox;
  NvDsGeoLocation location;
  NvDsCoordinate coordinate;
  NvDsObjectSignature objSignature;
  gint objClassId;
  gint sensorId;
  gint moduleId;
  gint placeId;
  gint componentId;
  gint frameId;
  gdouble confidence;
  guint64 trackingId;
  gchar *ts;
  gchar *objectId;
  gchar *sensorStr;
  gchar *otherAttrs;
  gchar *videoPath;
  gpointer extMsg;
  guint extMsgSize;
  NvDsJoints pose;
  NvDsEmbedding embedding;
  bool has3DTracking;
  NvDs3DTracking singleView3DTracking;
};
#elif NVDS_VERSION_MAJOR >= 8 && (NVDS_VERSION_MAJOR < 9 || (NVDS_VERSION_MAJOR == 9 && NVDS_VERSION_MINOR < 1))
struct NvDsEventMsgMeta {
  NvDsEventType type;
  NvDsObjectType objType;
  NvDsRect bbox;
  NvDsGeoLocation location;
  NvDsCoordinate coordinate;
  NvDsObjectSignature objSignature;
  gint objClassId;
  gint sensorId;
  gint moduleId;
  gint placeId;
  gint componentId;
  gint frameId;
  gdouble confidence;
  guint64 trackingId;
  gchar *ts;
  gchar *objectId;
  gchar *sensorStr;
  SourceTimePair entries[MAX_ENTRIES];
  int count;
  NvDsBbox3dObject *bbox3d;
  NvDsLLMObject *llm;
  gint num_interactions;
  NvDsInteractionObject *interactions;
  gint num_congestions;
  NvDsCongestionObject *congestions;
  gint num_fov;
  NvDsTypeMetricsObject *fov;
  NvDsSegmentationObject *segmentation;
  gchar *otherAttrs;
  gchar *videoPath;
  gpointer extMsg;
  guint extMsgSize;
  NvDsJoints pose;
  NvDsEmbedding embedding;
  bool has3DTracking;
  NvDs3DTracking singleView3DTracking;
};
#elif NVDS_VERSION_MAJOR > 9 || (NVDS_VERSION_MAJOR == 9 && NVDS_VERSION_MINOR >= 1)
struct NvDsEventMsgMeta {
  NvDsEventType type;
  NvDsObjectType objType;
  NvDsRect bbox;
  NvDsGeoLocation location;
  NvDsCoordinate coordinate;
  NvDsObjectSignature objSignature;
  gint objClassId;
  gint sensorId;
  gint moduleId;
  gint placeId;
  gint componentId;
  gint frameId;
  gdouble confidence;
  guint64 trackingId;
  gchar *ts;
  gchar *objectId;
  gchar *sensorStr;
  SourceTimePair entries[MAX_ENTRIES];
  int count;
  NvDsBbox3dObject *bbox3d;
  NvDsLLMObject *llm;
  gint num_interactions;
  NvDsInteractionObject *interactions;
  gint num_congestions;
  NvDsCongestionObject *congestions;
  gint num_fov;
  NvDsTypeMetricsObject *fov;
  NvDsSegmentationObject *segmentation;
  gchar *otherAttrs;
  gchar *videoPath;
  gpointer extMsg;
  guint extMsgSize;
  NvDsJoints pose;
  NvDsEmbedding embedding;
  bool has3DTracking;
  NvDs3DTracking singleView3DTracking;
  gfloat visibility;
};
#endif
struct NvDsFaceObject {
  gchar *gender;
  gchar *hair;
  gchar *cap;
  gchar *glasses;
  gchar *facialhair;
  gchar *name;
  gchar *eyecolor;
  guint age;
};
struct NvDsFaceObjectWithExt {
  gchar *gender;
  gchar *hair;
  gchar *cap;
  gchar *glasses;
  gchar *facialhair;
  gchar *name;
  gchar *eyecolor;
  guint age;
  GList *mask;
};
struct NvDsJoint {
  float x;
  float y;
  float z;
  float confidence;
};
struct NvDsPayload {
  gpointer payload;
  guint payloadSize;
  guint componentId;
};
struct NvDsPersonObject {
  gchar *gender;
  gchar *hair;
  gchar *cap;
  gchar *apparel;
  guint age;
};
struct NvDsPersonObjectExt {
  gchar *gender;
  gchar *hair;
  gchar *cap;
  gchar *apparel;
  guint age;
  GList *mask;
};
struct NvDsProductObject {
  gchar *brand;
  gchar *type;
  gchar *shape;
};
struct NvDsProductObjectExt {
  gchar *brand;
  gchar *type;
  gchar *shape;
  GList *mask;
};
struct NvDsVehicleObject {
  gchar *type;
  gchar *make;
  gchar *model;
  gchar *color;
  gchar *region;
  gchar *license;
};
struct NvDsVehicleObjectExt {
  gchar *type;
  gchar *make;
  gchar *model;
  gchar *color;
  gchar *region;
  gchar *license;
  GList *mask;
};

#ifdef __cplusplus
}
#endif

#endif /* GO_DEEPSTREAM_EMBEDDED_NVDSMETA_SCHEMA_H */
