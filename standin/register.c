//go:build !deepstream

/* register.c: registers the stand-in elements that are linked in, either
 * into the plugin file (plugin.c) or in-process for standin.Register. */
#include <string.h>

#include "standin_common.go.h"
#include "standin_elements.go.h"

/* Each element's type getter, weak: NULL when the element's file is not
 * linked, so that an element is added file by file, and a build without a
 * file simply lacks that element. */
#define GODS_STANDIN_DECLARE_GETTER(factory, rank, get_type, description) GType get_type(void) __attribute__((weak));
GODS_STANDIN_ELEMENTS(GODS_STANDIN_DECLARE_GETTER)
#undef GODS_STANDIN_DECLARE_GETTER

typedef struct {
    const char *name;
    guint rank;
    GType (*get_type)(void); /* NULL: the element's file is not linked */
} GodsStandinEntry;

/* In registration order. */
static const GodsStandinEntry entries[] = {
#define GODS_STANDIN_ENTRY(factory, rank, get_type, description) {#factory, rank, get_type},
    GODS_STANDIN_ELEMENTS(GODS_STANDIN_ENTRY)
#undef GODS_STANDIN_ENTRY
};

#define N_ENTRIES ((int)G_N_ELEMENTS(entries))

int gods_standin_element_count(void)
{
    int n = 0;
    for (int i = 0; i < N_ENTRIES; i++)
        if (entries[i].get_type)
            n++;
    return n;
}

const char *gods_standin_element_name(int i)
{
    for (int k = 0; k < N_ENTRIES; k++) {
        if (!entries[k].get_type)
            continue;
        if (i-- == 0)
            return entries[k].name;
    }
    return NULL;
}

gboolean gods_standin_register_all(GstPlugin *plugin)
{
    gboolean ok = TRUE;
    for (int i = 0; i < N_ENTRIES; i++) {
        const GodsStandinEntry *e = &entries[i];
        if (e->get_type && !gst_element_register(plugin, e->name, e->rank, e->get_type())) {
            GST_ERROR("stand-in %s: registration failed", e->name);
            ok = FALSE;
        }
    }
    return ok;
}

/* A factory is ours when its element type is one of our classes (already
 * registered in-process) or it comes from our plugin file (not yet loaded;
 * registering in-process takes it over with the same code). Anything else,
 * a real DeepStream plugin in particular, is foreign. */
static gboolean factory_is_ours(GstPluginFeature *feature)
{
    GType t = gst_element_factory_get_element_type(GST_ELEMENT_FACTORY(feature));
    if (t != 0)
        return g_str_has_prefix(g_type_name(t), "GstStandin");
    const gchar *plugin = gst_plugin_feature_get_plugin_name(feature);
    return plugin && strcmp(plugin, GODS_STANDIN_PLUGIN_NAME) == 0;
}

gboolean gods_standin_register_in_process(char **error)
{
    static GMutex lock;
    *error = NULL;
    if (!gst_is_initialized()) {
        *error = g_strdup("GStreamer is not initialised: call gst.Init (gst_init) before standin.Register");
        return FALSE;
    }
    g_mutex_lock(&lock);
    GString *foreign = NULL;
    for (int i = 0; i < N_ENTRIES; i++) {
        if (!entries[i].get_type)
            continue;
        GstPluginFeature *f = gst_registry_lookup_feature(gst_registry_get(), entries[i].name);
        if (!f)
            continue;
        if (!GST_IS_ELEMENT_FACTORY(f) || !factory_is_ours(f)) {
            const gchar *plugin = gst_plugin_feature_get_plugin_name(f);
            if (!foreign)
                foreign = g_string_new(NULL);
            else
                g_string_append(foreign, ", ");
            g_string_append_printf(foreign, "%s (plugin %s)", entries[i].name, plugin ? plugin : "registered in-process");
        }
        gst_object_unref(f);
    }
    gboolean ok = FALSE;
    if (foreign) {
        *error = g_strdup_printf("real DeepStream elements are already registered: %s; the CPU stand-ins are not "
                                 "registered (build with -tags deepstream to use the SDK)",
                                 foreign->str);
        g_string_free(foreign, TRUE);
    } else if (!gods_standin_register_all(NULL)) {
        *error = g_strdup("registering the stand-in elements failed (see the GStreamer log)");
    } else {
        ok = TRUE;
    }
    g_mutex_unlock(&lock);
    return ok;
}
