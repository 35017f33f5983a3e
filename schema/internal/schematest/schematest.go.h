/* schematest.go.h: schema's test fixture. Its C is the shared helpers of
 * cshim.go.h (gods_copy_frame_user_meta, gods_new_buffer), which copy
 * metadata through the runtime as DeepStream elements do; test-only. */
#ifndef GO_DEEPSTREAM_SCHEMATEST_GO_H
#define GO_DEEPSTREAM_SCHEMATEST_GO_H

#include <gst/gst.h>

#include "nvdsmeta.h"
#include "nvdsmeta_schema.h"
#include "cshim.go.h"

/* An event message made the way code outside package schema makes one
 * (the SDK, a port of pyds code): g_malloc0'ed, with an
 * NvDsVehicleObject holding make and license, objType and extMsgSize set
 * by hand. Its ext object is not one package schema allocated. */
static inline NvDsEventMsgMeta *gods_schematest_foreign_vehicle_msg(void)
{
    NvDsEventMsgMeta *m = g_new0(NvDsEventMsgMeta, 1);
    NvDsVehicleObject *v = g_new0(NvDsVehicleObject, 1);
    v->make = g_strdup("Foreign");
    v->license = g_strdup("F 1");
    m->objType = NVDS_OBJECT_TYPE_VEHICLE;
    m->extMsg = v;
    m->extMsgSize = sizeof(NvDsVehicleObject);
    return m;
}

/* Frees what gods_schematest_foreign_vehicle_msg made. */
static inline void gods_schematest_foreign_free(NvDsEventMsgMeta *m)
{
    NvDsVehicleObject *v = m->extMsg;
    if (v) {
        g_free(v->make);
        g_free(v->license);
        g_free(v);
    }
    g_free(m);
}

#endif
