//go:build !deepstream

/* msgbroker_common.c: what the nvmsgbroker stand-in's protocol adapters
 * share: the [message-broker] configuration file, the conn-str, and the
 * lookup of a field in a JSON payload (Kafka's partition-key). */
#include <string.h>

#include "standin_msgbroker.go.h"

G_DEFINE_QUARK(gods-broker-error-quark, gods_broker_error)

#define GROUP "message-broker"

GKeyFile *gods_broker_config_load(const gchar *path, GError **err)
{
    if (!path || !*path)
        return NULL;
    GKeyFile *kf = g_key_file_new();
    GError *e = NULL;
    if (!g_key_file_load_from_file(kf, path, G_KEY_FILE_NONE, &e)) {
        g_set_error(err, GODS_BROKER_ERROR, 0, "cannot read the adapter configuration %s: %s", path, e->message);
        g_error_free(e);
        g_key_file_free(kf);
        return NULL;
    }
    return kf;
}

gchar *gods_broker_config_string(GKeyFile *kf, const gchar *key)
{
    if (!kf)
        return NULL;
    gchar *v = g_key_file_get_string(kf, GROUP, key, NULL);
    if (v && !*g_strstrip(v))
        g_clear_pointer(&v, g_free);
    /* Quotes around a value, as the sample files sometimes have. */
    gsize n = v ? strlen(v) : 0;
    if (n >= 2 && v[0] == '"' && v[n - 1] == '"') {
        memmove(v, v + 1, n - 2);
        v[n - 2] = 0;
    }
    return v;
}

gboolean gods_broker_config_int(GKeyFile *kf, const gchar *key, gint64 min, gint64 max, gint64 def, gint64 *out,
                                GError **err)
{
    *out = def;
    gchar *v = gods_broker_config_string(kf, key);
    if (!v)
        return TRUE;
    gchar *end = NULL;
    gint64 n = g_ascii_strtoll(v, &end, 10);
    gboolean ok = end && !*end && n >= min && n <= max;
    if (ok)
        *out = n;
    else
        g_set_error(err, GODS_BROKER_ERROR, 0,
                    "adapter configuration: %s = %s: expected an integer in [%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT "]",
                    key, v, min, max);
    g_free(v);
    return ok;
}

gchar **gods_broker_conn_parts(const gchar *conn, guint max, gint *port, const gchar *format, GError **err)
{
    gchar **parts = conn ? g_strsplit(conn, ";", -1) : NULL;
    guint n = parts ? g_strv_length(parts) : 0;
    for (guint i = 0; i < n; i++)
        g_strstrip(parts[i]);
    gchar *end = NULL;
    gint64 p = n >= 2 ? g_ascii_strtoll(parts[1], &end, 10) : 0;
    if (n < 2 || n > max || !*parts[0] || !end || *end || p <= 0 || p > 65535) {
        g_set_error(err, GODS_BROKER_ERROR, 0, "invalid conn-str \"%s\": expected %s", conn ? conn : "", format);
        g_strfreev(parts);
        return NULL;
    }
    *port = (gint)p;
    return parts;
}

/* ---- a JSON reader just big enough for a dotted-path lookup ---- */

typedef struct {
    const gchar *p, *end;
} Json;

static void skip_ws(Json *j)
{
    while (j->p < j->end && (*j->p == ' ' || *j->p == '\t' || *j->p == '\n' || *j->p == '\r'))
        j->p++;
}

/* A string at j->p (after its opening quote is checked); its characters,
 * escapes decoded (\uXXXX kept as is: keys and ids are ASCII), go to out
 * when out is not NULL. */
static gboolean read_string(Json *j, GString *out)
{
    if (j->p >= j->end || *j->p != '"')
        return FALSE;
    j->p++;
    while (j->p < j->end && *j->p != '"') {
        gchar c = *j->p++;
        if (c == '\\') {
            if (j->p >= j->end)
                return FALSE;
            c = *j->p++;
            switch (c) {
            case 'n': c = '\n'; break;
            case 't': c = '\t'; break;
            case 'r': c = '\r'; break;
            case 'b': c = '\b'; break;
            case 'f': c = '\f'; break;
            case 'u':
                if (out)
                    g_string_append(out, "\\u");
                continue;
            default: break;
            }
        }
        if (out)
            g_string_append_c(out, c);
    }
    if (j->p >= j->end)
        return FALSE;
    j->p++;
    return TRUE;
}

static gboolean skip_value(Json *j, int depth)
{
    skip_ws(j);
    if (j->p >= j->end || depth > 64)
        return FALSE;
    gchar c = *j->p;
    if (c == '"')
        return read_string(j, NULL);
    if (c == '{' || c == '[') {
        gchar close = c == '{' ? '}' : ']';
        j->p++;
        skip_ws(j);
        if (j->p < j->end && *j->p == close) {
            j->p++;
            return TRUE;
        }
        for (;;) {
            if (c == '{') {
                skip_ws(j);
                if (!read_string(j, NULL))
                    return FALSE;
                skip_ws(j);
                if (j->p >= j->end || *j->p++ != ':')
                    return FALSE;
            }
            if (!skip_value(j, depth + 1))
                return FALSE;
            skip_ws(j);
            if (j->p >= j->end)
                return FALSE;
            if (*j->p == ',') {
                j->p++;
                continue;
            }
            if (*j->p++ != close)
                return FALSE;
            return TRUE;
        }
    }
    /* number, true, false, null */
    const gchar *start = j->p;
    while (j->p < j->end && !strchr(",]} \t\r\n", *j->p))
        j->p++;
    return j->p > start;
}

gchar *gods_broker_json_lookup(const gchar *json, gsize len, const gchar *path)
{
    Json j = {json, json + len};
    gchar **segs = g_strsplit(path, ".", -1);
    gchar *result = NULL;
    GString *key = g_string_new(NULL);
    for (guint s = 0; segs[s]; s++) {
        skip_ws(&j);
        if (j.p >= j.end || *j.p != '{')
            goto out;
        j.p++;
        gboolean found = FALSE;
        for (;;) {
            skip_ws(&j);
            g_string_truncate(key, 0);
            if (!read_string(&j, key))
                goto out;
            skip_ws(&j);
            if (j.p >= j.end || *j.p++ != ':')
                goto out;
            if (strcmp(key->str, segs[s]) == 0) {
                found = TRUE;
                break;
            }
            if (!skip_value(&j, 0))
                goto out;
            skip_ws(&j);
            if (j.p >= j.end || *j.p != ',')
                goto out;
            j.p++;
        }
        if (!found)
            goto out;
    }
    skip_ws(&j);
    if (j.p < j.end && *j.p == '"') {
        GString *v = g_string_new(NULL);
        if (read_string(&j, v))
            result = g_string_free(v, FALSE);
        else
            g_string_free(v, TRUE);
    } else if (j.p < j.end && *j.p != '{' && *j.p != '[') {
        const gchar *start = j.p;
        if (skip_value(&j, 0) && strncmp(start, "null", 4) != 0)
            result = g_strndup(start, j.p - start);
    }
out:
    g_string_free(key, TRUE);
    g_strfreev(segs);
    return result;
}
