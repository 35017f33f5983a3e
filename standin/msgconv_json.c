//go:build !deepstream

/* msgconv_json.c: nvmsgconv's built-in payload library on the CPU: its
 * configuration file ([sensorN], [placeN], [analyticsN] groups) and the
 * DeepStream message schema as JSON, full (payload-type 0, one message per
 * event message) and minimal (1, one message per frame).
 *
 * Package schema's Encoder (schema/encode.go) is the reference: this file
 * writes the same bytes, member by member, and parses configuration files
 * with the same rules (schema.ParseConfig). standin/msgconv_test.go feeds
 * the same event messages through both and requires identical output; a
 * change on either side must be made on both. docs/event-schema.md
 * describes the documents. */
#include <math.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "nvdsmeta_schema.h"
#include "standin_msgconv.go.h"

/* ---- the JSON writer (schema's jw) ------------------------------------- */

typedef struct {
    GString *b;
    gboolean comma; /* the next member or element needs a separator */
    gboolean err;   /* a NaN or infinite number was written (as 0) */
} JW;

static void jw_open(JW *w)
{
    g_string_append_c(w->b, '{');
    w->comma = FALSE;
}

static void jw_close(JW *w)
{
    g_string_append_c(w->b, '}');
    w->comma = TRUE;
}

static void jw_open_arr(JW *w)
{
    g_string_append_c(w->b, '[');
    w->comma = FALSE;
}

static void jw_close_arr(JW *w)
{
    g_string_append_c(w->b, ']');
    w->comma = TRUE;
}

static void jw_null(JW *w)
{
    g_string_append(w->b, "null");
    w->comma = TRUE;
}

static void jw_raw(JW *w, const GString *v)
{
    g_string_append_len(w->b, v->str, (gssize)v->len);
    w->comma = TRUE;
}

static void jw_sep(JW *w)
{
    if (w->comma)
        g_string_append_c(w->b, ',');
}

/* A member name that needs no escaping. */
static void jw_key(JW *w, const char *k)
{
    jw_sep(w);
    g_string_append_c(w->b, '"');
    g_string_append(w->b, k);
    g_string_append(w->b, "\":");
    w->comma = FALSE;
}

/* Length of the valid UTF-8 sequence at s (n bytes available), 0 when
 * there is none: what Go's utf8.DecodeRune accepts (no overlong forms, no
 * surrogates, nothing above U+10FFFF). */
static int utf8_valid_len(const guchar *s, gsize n)
{
    guchar c = s[0];
    int len;
    guint32 min, r;
    if (c >= 0xc2 && c <= 0xdf)
        len = 2, min = 0x80, r = c & 0x1f;
    else if (c >= 0xe0 && c <= 0xef)
        len = 3, min = 0x800, r = c & 0x0f;
    else if (c >= 0xf0 && c <= 0xf4)
        len = 4, min = 0x10000, r = c & 0x07;
    else
        return 0;
    if ((gsize)len > n)
        return 0;
    for (int i = 1; i < len; i++) {
        if ((s[i] & 0xc0) != 0x80)
            return 0;
        r = (r << 6) | (s[i] & 0x3f);
    }
    if (r < min || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff))
        return 0;
    return len;
}

void gods_standin_json_quote(GString *out, const gchar *str, gssize len)
{
    static const char hex[] = "0123456789abcdef";
    const guchar *s = (const guchar *)(str ? str : "");
    gsize n = len < 0 ? strlen((const char *)s) : (gsize)len;
    g_string_append_c(out, '"');
    gsize start = 0;
    for (gsize i = 0; i < n;) {
        guchar c = s[i];
        if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) {
            i++;
            continue;
        }
        if (c < 0x80) {
            g_string_append_len(out, (const char *)s + start, (gssize)(i - start));
            switch (c) {
            case '"': g_string_append(out, "\\\""); break;
            case '\\': g_string_append(out, "\\\\"); break;
            case '\n': g_string_append(out, "\\n"); break;
            case '\r': g_string_append(out, "\\r"); break;
            case '\t': g_string_append(out, "\\t"); break;
            default:
                g_string_append(out, "\\u00");
                g_string_append_c(out, hex[c >> 4]);
                g_string_append_c(out, hex[c & 0xf]);
            }
            start = ++i;
            continue;
        }
        int l = utf8_valid_len(s + i, n - i);
        if (l == 0) {
            g_string_append_len(out, (const char *)s + start, (gssize)(i - start));
            g_string_append(out, "\\ufffd");
            start = ++i;
            continue;
        }
        i += (gsize)l;
    }
    g_string_append_len(out, (const char *)s + start, (gssize)(n - start));
    g_string_append_c(out, '"');
}

static void jw_str(JW *w, const gchar *s)
{
    gods_standin_json_quote(w->b, s, -1);
    w->comma = TRUE;
}

static void jw_str_len(JW *w, const gchar *s, gsize n)
{
    gods_standin_json_quote(w->b, s, (gssize)n);
    w->comma = TRUE;
}

/* A member name taken from the event message (escaped). */
static void jw_key_c(JW *w, const gchar *k)
{
    jw_sep(w);
    gods_standin_json_quote(w->b, k, -1);
    g_string_append_c(w->b, ':');
    w->comma = FALSE;
}

/* The shortest decimal digits that read back as v (v finite, not 0), as
 * Go's strconv finds them: *digits holds them (no dot, no trailing zero
 * needed), *dp the position of the decimal point (value = 0.digits x
 * 10^dp). Among several shortest, the one nearest v. */
static void shortest_digits(double v, char digits[32], int *dp)
{
    char buf[40];
    for (int p = 1; p <= 17; p++) {
        g_snprintf(buf, sizeof buf, "%.*e", p - 1, v);
        gboolean ok = g_ascii_strtod(buf, NULL) == v;
        if (!ok && p < 17) {
            /* Next to a power of two the rounding interval is lopsided: a
             * p-digit neighbour of the nearest p-digit decimal may read
             * back as v when the nearest does not. */
            char *e = strchr(buf, 'e');
            int exp10 = atoi(e + 1);
            guint64 m = 0;
            for (const char *c = buf; c < e; c++)
                if (*c >= '0' && *c <= '9')
                    m = m * 10 + (guint64)(*c - '0');
            guint64 lo = 1;
            for (int i = 1; i < p; i++)
                lo *= 10;
            const char *sign = v < 0 ? "-" : "";
            for (int dir = -1; dir <= 1 && !ok; dir += 2) {
                guint64 mm = m;
                int ee = exp10;
                if (dir > 0) {
                    if (++mm == lo * 10)
                        mm = lo, ee++;
                } else {
                    if (mm-- == lo)
                        mm = lo * 10 - 1, ee--;
                }
                /* mm has p digits: d.ddd e ee */
                char ds[24];
                g_snprintf(ds, sizeof ds, "%" G_GUINT64_FORMAT, mm);
                char cand[48];
                if (p == 1)
                    g_snprintf(cand, sizeof cand, "%s%se%+d", sign, ds, ee);
                else
                    g_snprintf(cand, sizeof cand, "%s%c.%se%+d", sign, ds[0], ds + 1, ee);
                if (g_ascii_strtod(cand, NULL) == v) {
                    g_strlcpy(buf, cand, sizeof buf);
                    ok = TRUE;
                }
            }
        }
        if (ok)
            break;
    }
    /* buf is [-]d[.ddd]e[+-]x */
    const char *s = buf + (buf[0] == '-');
    const char *e = strchr(s, 'e');
    int n = 0;
    for (const char *c = s; c < e; c++)
        if (*c >= '0' && *c <= '9')
            digits[n++] = *c;
    while (n > 1 && digits[n - 1] == '0')
        n--;
    digits[n] = 0;
    *dp = atoi(e + 1) + 1;
}

void gods_standin_json_number(GString *out, gdouble v)
{
    if (isnan(v) || isinf(v))
        v = 0;
    if (v == trunc(v) && fabs(v) < 1e15) {
        g_string_append_printf(out, "%" G_GINT64_FORMAT, (gint64)v);
        return;
    }
    /* strconv.FormatFloat(v, 'g', -1, 64): exponent form when the
     * exponent is below -4 or at least 6 (Go's rule for the shortest
     * representation), else plain. */
    char d[32];
    int dp;
    shortest_digits(v, d, &dp);
    int nd = (int)strlen(d);
    if (v < 0)
        g_string_append_c(out, '-');
    int exp = dp - 1;
    if (exp < -4 || exp >= 6) {
        g_string_append_c(out, d[0]);
        if (nd > 1) {
            g_string_append_c(out, '.');
            g_string_append(out, d + 1);
        }
        g_string_append_printf(out, "e%c%02d", exp < 0 ? '-' : '+', abs(exp));
        return;
    }
    if (dp <= 0) {
        g_string_append(out, "0.");
        for (int i = 0; i < -dp; i++)
            g_string_append_c(out, '0');
        g_string_append(out, d);
    } else if (dp >= nd) {
        g_string_append(out, d);
        for (int i = nd; i < dp; i++)
            g_string_append_c(out, '0');
    } else {
        g_string_append_len(out, d, dp);
        g_string_append_c(out, '.');
        g_string_append(out, d + dp);
    }
}

static void jw_num(JW *w, gdouble v)
{
    if (isnan(v) || isinf(v))
        w->err = TRUE;
    gods_standin_json_number(w->b, v);
    w->comma = TRUE;
}

static void jw_int(JW *w, gint64 v)
{
    g_string_append_printf(w->b, "%" G_GINT64_FORMAT, v);
    w->comma = TRUE;
}

static void jw_uint_quoted(JW *w, guint64 v)
{
    g_string_append_printf(w->b, "\"%" G_GUINT64_FORMAT "\"", v);
    w->comma = TRUE;
}

/* A float written as an integer, truncated toward zero. */
static void jw_trunc(JW *w, float v)
{
    if (isnan(v) || isinf(v) || fabsf(v) >= 9223372036854775808.0f) {
        w->err = TRUE;
        v = 0;
    }
    jw_int(w, (gint64)v);
}

static void jw_lat_lon_alt(JW *w, gdouble lat, gdouble lon, gdouble alt)
{
    jw_open(w);
    jw_key(w, "lat");
    jw_num(w, lat);
    jw_key(w, "lon");
    jw_num(w, lon);
    jw_key(w, "alt");
    jw_num(w, alt);
    jw_close(w);
}

static void jw_xyz(JW *w, gdouble x, gdouble y, gdouble z)
{
    jw_open(w);
    jw_key(w, "x");
    jw_num(w, x);
    jw_key(w, "y");
    jw_num(w, y);
    jw_key(w, "z");
    jw_num(w, z);
    jw_close(w);
}

void gods_standin_json_stream_float(GString *out, gdouble v)
{
    if (isnan(v))
        g_string_append(out, "nan");
    else if (isinf(v))
        g_string_append(out, v > 0 ? "inf" : "-inf");
    else {
        char buf[G_ASCII_DTOSTR_BUF_SIZE];
        g_ascii_formatd(buf, sizeof buf, "%g", v);
        g_string_append(out, buf);
    }
}

/* ---- the configuration ------------------------------------------------- */

typedef struct {
    gchar *id, *type, *description;
    gdouble location[3], coordinate[3];
} MsgSensor;

typedef struct {
    gchar *id, *name, *type;
    gdouble location[3], coordinate[3];
    gchar *sub[3]; /* place-sub-field1..3 */
} MsgPlace;

typedef struct {
    gchar *id, *description, *source, *version;
} MsgAnalytics;

enum { SUB_NONE, SUB_AISLE, SUB_PARKING_SPOT, SUB_ENTRANCE, N_SUBS };

struct GodsStandinMsgConfig {
    GHashTable *sensors;   /* id -> MsgSensor */
    GHashTable *places;    /* id -> MsgPlace */
    GHashTable *analytics; /* id -> MsgAnalytics */
    /* Rendered once, as the Go encoder does: id -> GString (places: an
     * array of N_SUBS GStrings, one per sub-object). */
    GHashTable *sensor_json, *place_json, *analytics_json;
};

static void sensor_free(gpointer p)
{
    MsgSensor *s = p;
    g_free(s->id);
    g_free(s->type);
    g_free(s->description);
    g_free(s);
}

static void place_free(gpointer p)
{
    MsgPlace *s = p;
    g_free(s->id);
    g_free(s->name);
    g_free(s->type);
    for (int i = 0; i < 3; i++)
        g_free(s->sub[i]);
    g_free(s);
}

static void analytics_free(gpointer p)
{
    MsgAnalytics *s = p;
    g_free(s->id);
    g_free(s->description);
    g_free(s->source);
    g_free(s->version);
    g_free(s);
}

static void gstring_free(gpointer p)
{
    g_string_free(p, TRUE);
}

static void place_json_free(gpointer p)
{
    GString **r = p;
    for (int i = 0; i < N_SUBS; i++)
        g_string_free(r[i], TRUE);
    g_free(r);
}

static GodsStandinMsgConfig *config_new(void)
{
    GodsStandinMsgConfig *c = g_new0(GodsStandinMsgConfig, 1);
    c->sensors = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, sensor_free);
    c->places = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, place_free);
    c->analytics = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, analytics_free);
    c->sensor_json = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, gstring_free);
    c->place_json = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, place_json_free);
    c->analytics_json = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, gstring_free);
    return c;
}

void gods_standin_msgconfig_free(GodsStandinMsgConfig *c)
{
    if (!c)
        return;
    g_hash_table_unref(c->sensors);
    g_hash_table_unref(c->places);
    g_hash_table_unref(c->analytics);
    g_hash_table_unref(c->sensor_json);
    g_hash_table_unref(c->place_json);
    g_hash_table_unref(c->analytics_json);
    g_free(c);
}

static void render_place(JW *w, const MsgPlace *pl, int sub)
{
    jw_open(w);
    jw_key(w, "id");
    jw_str(w, pl->id);
    jw_key(w, "name");
    jw_str(w, pl->name);
    jw_key(w, "type");
    jw_str(w, pl->type);
    jw_key(w, "location");
    jw_lat_lon_alt(w, pl->location[0], pl->location[1], pl->location[2]);
    static const char *const keys[N_SUBS][3] = {
        [SUB_AISLE] = {"id", "name", "level"},
        [SUB_PARKING_SPOT] = {"id", "type", "level"},
        [SUB_ENTRANCE] = {"name", "lane", "level"},
    };
    static const char *const names[N_SUBS] = {
        [SUB_AISLE] = "aisle", [SUB_PARKING_SPOT] = "parkingSpot", [SUB_ENTRANCE] = "entrance"};
    if (names[sub]) {
        jw_key(w, names[sub]);
        jw_open(w);
        for (int i = 0; i < 3; i++) {
            jw_key(w, keys[sub][i]);
            jw_str(w, pl->sub[i]);
        }
        jw_key(w, "coordinate");
        jw_xyz(w, pl->coordinate[0], pl->coordinate[1], pl->coordinate[2]);
        jw_close(w);
    }
    jw_close(w);
}

static void config_render(GodsStandinMsgConfig *c)
{
    GHashTableIter it;
    gpointer k, v;
    g_hash_table_iter_init(&it, c->sensors);
    while (g_hash_table_iter_next(&it, &k, &v)) {
        const MsgSensor *s = v;
        JW w = {g_string_new(NULL), FALSE, FALSE};
        jw_open(&w);
        jw_key(&w, "id");
        jw_str(&w, s->id);
        jw_key(&w, "type");
        jw_str(&w, s->type);
        jw_key(&w, "description");
        jw_str(&w, s->description);
        jw_key(&w, "location");
        jw_lat_lon_alt(&w, s->location[0], s->location[1], s->location[2]);
        jw_key(&w, "coordinate");
        jw_xyz(&w, s->coordinate[0], s->coordinate[1], s->coordinate[2]);
        jw_close(&w);
        g_hash_table_insert(c->sensor_json, k, w.b);
    }
    g_hash_table_iter_init(&it, c->places);
    while (g_hash_table_iter_next(&it, &k, &v)) {
        GString **r = g_new0(GString *, N_SUBS);
        for (int sub = 0; sub < N_SUBS; sub++) {
            JW w = {g_string_new(NULL), FALSE, FALSE};
            render_place(&w, v, sub);
            r[sub] = w.b;
        }
        g_hash_table_insert(c->place_json, k, r);
    }
    g_hash_table_iter_init(&it, c->analytics);
    while (g_hash_table_iter_next(&it, &k, &v)) {
        const MsgAnalytics *a = v;
        JW w = {g_string_new(NULL), FALSE, FALSE};
        jw_open(&w);
        jw_key(&w, "id");
        jw_str(&w, a->id);
        jw_key(&w, "description");
        jw_str(&w, a->description);
        jw_key(&w, "source");
        jw_str(&w, a->source);
        jw_key(&w, "version");
        jw_str(&w, a->version);
        jw_close(&w);
        g_hash_table_insert(c->analytics_json, k, w.b);
    }
}

/* One group of the file while it is read. */
typedef struct {
    gchar *kind;
    gint32 id;
    int line;
    gboolean enabled;
    GHashTable *keys;  /* key -> value */
    GHashTable *lines; /* key -> line number */
} Group;

static void group_free(gpointer p)
{
    Group *g = p;
    g_free(g->kind);
    g_hash_table_unref(g->keys);
    g_hash_table_unref(g->lines);
    g_free(g);
}

static gchar *group_take(Group *g, const char *key)
{
    return g_strdup(g_hash_table_lookup(g->keys, key));
}

/* Reads "a;b;c" (a trailing ';' allowed) into dst; FALSE with *error. */
static gboolean parse_triple(Group *g, const char *key, gdouble dst[3], gchar **error)
{
    const gchar *v = g_hash_table_lookup(g->keys, key);
    if (!v)
        return TRUE;
    int line = GPOINTER_TO_INT(g_hash_table_lookup(g->lines, key));
    gchar *t = g_strdup(v);
    gsize n = strlen(t);
    if (n > 0 && t[n - 1] == ';')
        t[n - 1] = 0;
    gchar **parts = g_strsplit(t, ";", -1);
    g_free(t);
    gboolean ok = g_strv_length(parts) == 3;
    if (!ok)
        *error = g_strdup_printf("schema config line %d: %s needs three values separated by ';'", line, key);
    for (int i = 0; ok && i < 3; i++) {
        gchar *p = g_strstrip(parts[i]);
        gchar *end = NULL;
        dst[i] = g_ascii_strtod(p, &end);
        if (*p == 0 || *end != 0) {
            *error = g_strdup_printf("schema config line %d: %s: invalid number \"%s\"", line, key, p);
            ok = FALSE;
        }
    }
    g_strfreev(parts);
    return ok;
}

/* FALSE with *error when g has a key not in known. */
static gboolean check_keys(Group *g, const char *const *known, gchar **error)
{
    GHashTableIter it;
    gpointer k, v;
    g_hash_table_iter_init(&it, g->keys);
    while (g_hash_table_iter_next(&it, &k, &v)) {
        if (!g_strv_contains(known, k)) {
            *error = g_strdup_printf("schema config line %d: unknown key \"%s\" in [%s%d]",
                                     GPOINTER_TO_INT(g_hash_table_lookup(g->lines, k)), (const char *)k, g->kind,
                                     g->id);
            return FALSE;
        }
    }
    return TRUE;
}

static gboolean build_group(GodsStandinMsgConfig *c, Group *g, gchar **error)
{
    gpointer key = GINT_TO_POINTER(g->id);
    if (g_str_equal(g->kind, "sensor")) {
        if (g_hash_table_contains(c->sensors, key)) {
            *error = g_strdup_printf("schema config line %d: duplicate [sensor%d]", g->line, g->id);
            return FALSE;
        }
        MsgSensor *s = g_new0(MsgSensor, 1);
        s->id = group_take(g, "id");
        s->type = group_take(g, "type");
        s->description = group_take(g, "description");
        g_hash_table_insert(c->sensors, key, s);
        static const char *const known[] = {"id", "type", "description", "location", "coordinate", NULL};
        return parse_triple(g, "location", s->location, error) && parse_triple(g, "coordinate", s->coordinate, error) &&
               check_keys(g, known, error);
    }
    if (g_str_equal(g->kind, "place")) {
        if (g_hash_table_contains(c->places, key)) {
            *error = g_strdup_printf("schema config line %d: duplicate [place%d]", g->line, g->id);
            return FALSE;
        }
        MsgPlace *p = g_new0(MsgPlace, 1);
        p->id = group_take(g, "id");
        p->name = group_take(g, "name");
        p->type = group_take(g, "type");
        p->sub[0] = group_take(g, "place-sub-field1");
        p->sub[1] = group_take(g, "place-sub-field2");
        p->sub[2] = group_take(g, "place-sub-field3");
        g_hash_table_insert(c->places, key, p);
        static const char *const known[] = {"id",
                                            "name",
                                            "type",
                                            "location",
                                            "coordinate",
                                            "place-sub-field1",
                                            "place-sub-field2",
                                            "place-sub-field3",
                                            NULL};
        return parse_triple(g, "location", p->location, error) && parse_triple(g, "coordinate", p->coordinate, error) &&
               check_keys(g, known, error);
    }
    if (g_hash_table_contains(c->analytics, key)) {
        *error = g_strdup_printf("schema config line %d: duplicate [analytics%d]", g->line, g->id);
        return FALSE;
    }
    static const char *const known[] = {"id", "description", "source", "version", NULL};
    if (!check_keys(g, known, error))
        return FALSE;
    MsgAnalytics *a = g_new0(MsgAnalytics, 1);
    a->id = group_take(g, "id");
    a->description = group_take(g, "description");
    a->source = group_take(g, "source");
    a->version = group_take(g, "version");
    g_hash_table_insert(c->analytics, key, a);
    return TRUE;
}

/* "[name]": kind and id; FALSE when not a known group. As in
 * schema.ParseConfig, the id is the trailing digits and the kind what
 * precedes them ("sensor-1" is of kind "sensor-", unknown). */
static gboolean parse_group_name(const gchar *name, gchar **kind, gint32 *id)
{
    gsize n = strlen(name);
    while (n > 0 && g_ascii_isdigit(name[n - 1]))
        n--;
    if (name[n] == 0)
        return FALSE;
    gchar *k = g_strndup(name, n);
    if (!g_str_equal(k, "sensor") && !g_str_equal(k, "place") && !g_str_equal(k, "analytics")) {
        g_free(k);
        return FALSE;
    }
    gchar *end = NULL;
    guint64 v = g_ascii_strtoull(name + n, &end, 10);
    if (*end != 0 || v > G_MAXINT32) {
        g_free(k);
        return FALSE;
    }
    *kind = k;
    *id = (gint32)v;
    return TRUE;
}

GodsStandinMsgConfig *gods_standin_msgconfig_parse(const gchar *text, gsize len, gchar **error)
{
    *error = NULL;
    GodsStandinMsgConfig *c = config_new();
    if (!text) {
        config_render(c);
        return c;
    }
    /* A NUL would end the text early for the line functions below:
     * refuse it, as schema.ParseConfig does. */
    const gchar *nul = memchr(text, 0, len);
    if (nul) {
        int n = 1;
        for (const gchar *p = text; p < nul; p++)
            n += *p == '\n';
        *error = g_strdup_printf("schema config line %d: NUL byte", n);
        gods_standin_msgconfig_free(c);
        return NULL;
    }
    GPtrArray *groups = g_ptr_array_new_with_free_func(group_free);
    Group *cur = NULL;
    gchar *copy = g_strndup(text, len);
    gchar **lines = g_strsplit(copy, "\n", -1);
    g_free(copy);
    for (int i = 0; lines[i] && !*error; i++) {
        int n = i + 1;
        gchar *line = g_strstrip(lines[i]);
        if (line[0] == 0 || line[0] == '#')
            continue;
        if (line[0] == '[') {
            gsize l = strlen(line);
            if (line[l - 1] != ']') {
                *error = g_strdup_printf("schema config line %d: bad group header \"%s\"", n, line);
                break;
            }
            line[l - 1] = 0;
            Group *g = g_new0(Group, 1);
            if (!parse_group_name(line + 1, &g->kind, &g->id)) {
                *error = g_strdup_printf("schema config line %d: unknown group [%s]", n, line + 1);
                g_free(g);
                break;
            }
            g->line = n;
            g->keys = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
            g->lines = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
            g_ptr_array_add(groups, g);
            cur = g;
            continue;
        }
        gchar *eq = strchr(line, '=');
        if (!eq || !cur) {
            *error = g_strdup_printf("schema config line %d: expected key=value in a group", n);
            break;
        }
        *eq = 0;
        gchar *k = g_strstrip(line), *v = g_strstrip(eq + 1);
        if (g_str_equal(k, "enable")) {
            cur->enabled = g_str_equal(v, "1") || g_ascii_strcasecmp(v, "true") == 0;
            continue;
        }
        g_hash_table_insert(cur->keys, g_strdup(k), g_strdup(v));
        g_hash_table_insert(cur->lines, g_strdup(k), GINT_TO_POINTER(n));
    }
    g_strfreev(lines);
    for (guint i = 0; i < groups->len && !*error; i++) {
        Group *g = g_ptr_array_index(groups, i);
        if (g->enabled)
            build_group(c, g, error);
    }
    g_ptr_array_unref(groups);
    if (*error) {
        gods_standin_msgconfig_free(c);
        return NULL;
    }
    config_render(c);
    return c;
}

GodsStandinMsgConfig *gods_standin_msgconfig_load(const gchar *path, gchar **error)
{
    *error = NULL;
    if (!path || !*path)
        return gods_standin_msgconfig_parse(NULL, 0, error);
    gchar *text = NULL;
    gsize len = 0;
    GError *err = NULL;
    if (!g_file_get_contents(path, &text, &len, &err)) {
        *error = g_strdup(err->message);
        g_error_free(err);
        return NULL;
    }
    gchar *e = NULL;
    GodsStandinMsgConfig *c = gods_standin_msgconfig_parse(text, len, &e);
    g_free(text);
    if (!c) {
        *error = g_strdup_printf("%s: %s", path, e);
        g_free(e);
    }
    return c;
}

const gchar *gods_standin_msgconfig_sensor_id(const GodsStandinMsgConfig *c, gint id)
{
    const MsgSensor *s = c ? g_hash_table_lookup(c->sensors, GINT_TO_POINTER(id)) : NULL;
    return s ? (s->id ? s->id : "") : NULL;
}

/* ---- event messages ---------------------------------------------------- */

/* The size of the ext struct of object type t (0: none). */
static guint ext_size(NvDsObjectType t)
{
    switch (t) {
    case NVDS_OBJECT_TYPE_VEHICLE: return sizeof(NvDsVehicleObject);
    case NVDS_OBJECT_TYPE_VEHICLE_EXT: return sizeof(NvDsVehicleObjectExt);
    case NVDS_OBJECT_TYPE_PERSON: return sizeof(NvDsPersonObject);
    case NVDS_OBJECT_TYPE_PERSON_EXT: return sizeof(NvDsPersonObjectExt);
    case NVDS_OBJECT_TYPE_FACE: return sizeof(NvDsFaceObject);
    case NVDS_OBJECT_TYPE_FACE_EXT: return sizeof(NvDsFaceObjectExt);
    case NVDS_OBJECT_TYPE_PRODUCT: return sizeof(NvDsProductObject);
    case NVDS_OBJECT_TYPE_PRODUCT_EXT: return sizeof(NvDsProductObjectExt);
    default: return 0;
    }
}

static int place_sub(const NvDsEventMsgMeta *m)
{
    switch (m->type) {
    case NVDS_EVENT_MOVING:
    case NVDS_EVENT_STOPPED: return SUB_AISLE;
    case NVDS_EVENT_EMPTY:
    case NVDS_EVENT_PARKED: return SUB_PARKING_SPOT;
    case NVDS_EVENT_ENTRY:
    case NVDS_EVENT_EXIT: return m->objType == NVDS_OBJECT_TYPE_VEHICLE ? SUB_AISLE : SUB_ENTRANCE;
    default: return SUB_NONE;
    }
}

static const char *event_type_name(NvDsEventType t)
{
    switch (t) {
    case NVDS_EVENT_ENTRY: return "entry";
    case NVDS_EVENT_EXIT: return "exit";
    case NVDS_EVENT_MOVING: return "moving";
    case NVDS_EVENT_STOPPED: return "stopped";
    case NVDS_EVENT_PARKED: return "parked";
    case NVDS_EVENT_EMPTY: return "empty";
    case NVDS_EVENT_RESET: return "reset";
    default: return NULL;
    }
}

static void jw_id(JW *w, const gchar *fixed)
{
    if (fixed) {
        jw_str(w, fixed);
        return;
    }
    gchar *u = g_uuid_string_random(); /* version 4, lower case */
    jw_str(w, u);
    g_free(u);
}

/* The string fields of an ext object, as (key, value) pairs. */
typedef struct {
    const char *k;
    const gchar *v;
} KV;

static void jw_fields(JW *w, const KV *f, int n)
{
    for (int i = 0; i < n; i++) {
        jw_key(w, f[i].k);
        jw_str(w, f[i].v);
    }
}

static void jw_empty_fields(JW *w, const char *const *keys, int n)
{
    for (int i = 0; i < n; i++) {
        jw_key(w, keys[i]);
        jw_str(w, "");
    }
}

static void jw_polygon(JW *w, const GList *l)
{
    const GArray *a = l->data;
    jw_open_arr(w);
    for (guint i = 0; a && i < a->len; i++) {
        jw_sep(w);
        jw_num(w, g_array_index(a, gdouble, i));
    }
    jw_close_arr(w);
}

/* The full schema's object member. */
static void write_object(JW *w, const NvDsEventMsgMeta *m)
{
    jw_open(w);
    jw_key(w, "id");
    jw_uint_quoted(w, m->trackingId);
    jw_key(w, "speed");
    jw_num(w, 0);
    jw_key(w, "direction");
    jw_num(w, 0);
    jw_key(w, "orientation");
    jw_num(w, 0);

    const void *ext = m->extMsg;
    gboolean known = m->extMsgSize == ext_size(m->objType);
    const GList *mask = NULL;
    switch (m->objType) {
    case NVDS_OBJECT_TYPE_VEHICLE:
    case NVDS_OBJECT_TYPE_VEHICLE_EXT:
        jw_key(w, "vehicle");
        jw_open(w);
        if (m->extMsgSize == 0) {
            static const char *const keys[] = {"type", "make", "model", "color", "licenseState", "license"};
            jw_empty_fields(w, keys, G_N_ELEMENTS(keys));
            jw_key(w, "confidence");
            jw_num(w, 1);
        } else if (ext && known) {
            const NvDsVehicleObject *v = ext;
            KV f[] = {{"type", v->type},   {"make", v->make},         {"model", v->model},
                      {"color", v->color}, {"licenseState", v->region}, {"license", v->license}};
            jw_fields(w, f, G_N_ELEMENTS(f));
            jw_key(w, "confidence");
            jw_num(w, m->confidence);
            if (m->objType == NVDS_OBJECT_TYPE_VEHICLE_EXT)
                mask = ((const NvDsVehicleObjectExt *)ext)->mask;
        }
        jw_close(w);
        break;
    case NVDS_OBJECT_TYPE_PERSON:
    case NVDS_OBJECT_TYPE_PERSON_EXT:
        jw_key(w, "person");
        jw_open(w);
        if (m->extMsgSize == 0) {
            static const char *const keys[] = {"gender", "hair", "cap", "apparel"};
            jw_key(w, "age");
            jw_int(w, 0);
            jw_empty_fields(w, keys, G_N_ELEMENTS(keys));
            jw_key(w, "confidence");
            jw_num(w, 1);
        } else if (ext && known) {
            const NvDsPersonObject *v = ext;
            jw_key(w, "age");
            jw_int(w, v->age);
            KV f[] = {{"gender", v->gender}, {"hair", v->hair}, {"cap", v->cap}, {"apparel", v->apparel}};
            jw_fields(w, f, G_N_ELEMENTS(f));
            jw_key(w, "confidence");
            jw_num(w, m->confidence);
            if (m->objType == NVDS_OBJECT_TYPE_PERSON_EXT)
                mask = ((const NvDsPersonObjectExt *)ext)->mask;
        }
        jw_close(w);
        break;
    case NVDS_OBJECT_TYPE_FACE:
    case NVDS_OBJECT_TYPE_FACE_EXT:
        jw_key(w, "face");
        jw_open(w);
        if (m->extMsgSize == 0) {
            static const char *const keys[] = {"gender", "hair", "cap", "glasses", "facialhair", "name", "eyecolor"};
            jw_key(w, "age");
            jw_int(w, 0);
            jw_empty_fields(w, keys, G_N_ELEMENTS(keys));
            jw_key(w, "confidence");
            jw_num(w, 1);
        } else if (ext && known) {
            const NvDsFaceObject *v = ext;
            jw_key(w, "age");
            jw_int(w, v->age);
            KV f[] = {{"gender", v->gender},   {"hair", v->hair},           {"cap", v->cap},
                      {"glasses", v->glasses}, {"facialhair", v->facialhair}, {"name", v->name},
                      {"eyecolor", v->eyecolor}};
            jw_fields(w, f, G_N_ELEMENTS(f));
            jw_key(w, "confidence");
            jw_num(w, m->confidence);
            if (m->objType == NVDS_OBJECT_TYPE_FACE_EXT)
                mask = ((const NvDsFaceObjectExt *)ext)->mask;
        }
        jw_close(w);
        break;
    case NVDS_OBJECT_TYPE_UNKNOWN:
        if (m->objectId) {
            jw_key_c(w, m->objectId);
            jw_open(w);
            jw_close(w);
        }
        break;
    default: break;
    }

    const NvDsRect *bb = &m->bbox;
    jw_key(w, "bbox");
    jw_open(w);
    jw_key(w, "topleftx");
    jw_trunc(w, bb->left);
    jw_key(w, "toplefty");
    jw_trunc(w, bb->top);
    jw_key(w, "bottomrightx");
    jw_trunc(w, bb->left + bb->width);
    jw_key(w, "bottomrighty");
    jw_trunc(w, bb->top + bb->height);
    jw_close(w);

    if (mask) {
        jw_key(w, "maskoutline");
        jw_open_arr(w);
        for (const GList *l = mask; l; l = l->next) {
            jw_sep(w);
            jw_polygon(w, l);
        }
        jw_close_arr(w);
    }
    if (m->objSignature.signature && m->objSignature.size > 0) {
        jw_key(w, "signature");
        jw_open_arr(w);
        for (guint i = 0; i < m->objSignature.size; i++) {
            jw_sep(w);
            jw_num(w, m->objSignature.signature[i]);
        }
        jw_close_arr(w);
    }
    jw_key(w, "location");
    jw_lat_lon_alt(w, m->location.lat, m->location.lon, m->location.alt);
    jw_key(w, "coordinate");
    jw_xyz(w, m->coordinate.x, m->coordinate.y, m->coordinate.z);
    jw_close(w);
}

gboolean gods_standin_msgconv_full(GString *out, const GodsStandinMsgConfig *c, const NvDsEventMsgMeta *m,
                              const gchar *const *ids)
{
    if (!m)
        return FALSE;
    gsize start = out->len;
    JW w = {out, FALSE, FALSE};
    jw_open(&w);
    jw_key(&w, "messageid");
    jw_id(&w, ids ? ids[0] : NULL);
    jw_key(&w, "mdsversion");
    jw_str(&w, "1.0");
    jw_key(&w, "@timestamp");
    jw_str(&w, m->ts);

    gpointer key;
    GString **place = NULL;
    GString *r = NULL;
    jw_key(&w, "place");
    key = GINT_TO_POINTER(m->placeId);
    if (c && (place = g_hash_table_lookup(c->place_json, key)))
        jw_raw(&w, place[place_sub(m)]);
    else
        jw_null(&w);
    jw_key(&w, "sensor");
    if (c && (r = g_hash_table_lookup(c->sensor_json, GINT_TO_POINTER(m->sensorId))))
        jw_raw(&w, r);
    else
        jw_null(&w);
    jw_key(&w, "analyticsModule");
    if (c && (r = g_hash_table_lookup(c->analytics_json, GINT_TO_POINTER(m->moduleId))))
        jw_raw(&w, r);
    else
        jw_null(&w);

    jw_key(&w, "object");
    write_object(&w, m);

    jw_key(&w, "event");
    jw_open(&w);
    jw_key(&w, "id");
    jw_id(&w, ids ? ids[1] : NULL);
    const char *name = event_type_name(m->type);
    if (name) {
        jw_key(&w, "type");
        jw_str(&w, name);
    }
    jw_close(&w);

    jw_key(&w, "videoPath");
    jw_str(&w, m->videoPath);
    jw_close(&w);
    if (w.err) {
        g_string_truncate(out, start);
        return FALSE;
    }
    return TRUE;
}

/* The mask of m's Ext object, if it has one. */
static const GList *mask_of(const NvDsEventMsgMeta *m)
{
    if (!m->extMsg || m->extMsgSize != ext_size(m->objType))
        return NULL;
    switch (m->objType) {
    case NVDS_OBJECT_TYPE_VEHICLE_EXT: return ((const NvDsVehicleObjectExt *)m->extMsg)->mask;
    case NVDS_OBJECT_TYPE_PERSON_EXT: return ((const NvDsPersonObjectExt *)m->extMsg)->mask;
    case NVDS_OBJECT_TYPE_FACE_EXT: return ((const NvDsFaceObjectExt *)m->extMsg)->mask;
    default: return NULL;
    }
}

/* "|" and the text of a C string (nothing for NULL). */
static void append_field(GString *b, const gchar *f)
{
    g_string_append_c(b, '|');
    if (f)
        g_string_append(b, f);
}

static void append_fields(GString *b, const gchar *const *f, int n)
{
    for (int i = 0; i < n; i++)
        append_field(b, f[i]);
}

/* The minimal schema's object string: trackingId|left|top|right|bottom|
 * label, then |#|attributes...|confidence with an ext object. */
static void minimal_object(GString *b, const NvDsEventMsgMeta *m)
{
    const NvDsRect *bb = &m->bbox;
    g_string_append_printf(b, "%" G_GUINT64_FORMAT, (guint64)m->trackingId);
    float v[4] = {bb->left, bb->top, bb->left + bb->width, bb->top + bb->height};
    for (int i = 0; i < 4; i++) {
        g_string_append_c(b, '|');
        gods_standin_json_stream_float(b, v[i]);
    }
    g_string_append_c(b, '|');
    switch (m->objType) {
    case NVDS_OBJECT_TYPE_VEHICLE: g_string_append(b, "Vehicle"); break;
    case NVDS_OBJECT_TYPE_FACE: g_string_append(b, "Face"); break;
    case NVDS_OBJECT_TYPE_PERSON: g_string_append(b, "Person"); break;
    case NVDS_OBJECT_TYPE_BAG: g_string_append(b, "Bag"); break;
    case NVDS_OBJECT_TYPE_BICYCLE: g_string_append(b, "Bicycle"); break;
    case NVDS_OBJECT_TYPE_ROADSIGN: g_string_append(b, "RoadSign"); break;
    case NVDS_OBJECT_TYPE_CUSTOM: g_string_append(b, "Custom"); break;
    case NVDS_OBJECT_TYPE_UNKNOWN: g_string_append(b, m->objectId ? m->objectId : "Unknown"); break;
    default: g_string_append(b, "Unknown"); break;
    }
    const void *ext = m->extMsg;
    if (!ext || m->extMsgSize == 0 || m->extMsgSize != ext_size(m->objType))
        return;
    switch (m->objType) {
    case NVDS_OBJECT_TYPE_VEHICLE:
    case NVDS_OBJECT_TYPE_VEHICLE_EXT: {
        const NvDsVehicleObject *o = ext;
        const gchar *f[] = {o->type, o->make, o->model, o->color, o->license, o->region};
        g_string_append(b, "|#");
        append_fields(b, f, G_N_ELEMENTS(f));
        break;
    }
    case NVDS_OBJECT_TYPE_PERSON:
    case NVDS_OBJECT_TYPE_PERSON_EXT: {
        const NvDsPersonObject *o = ext;
        const gchar *f[] = {o->hair, o->cap, o->apparel};
        g_string_append(b, "|#");
        append_field(b, o->gender);
        g_string_append_printf(b, "|%u", o->age);
        append_fields(b, f, G_N_ELEMENTS(f));
        break;
    }
    case NVDS_OBJECT_TYPE_FACE:
    case NVDS_OBJECT_TYPE_FACE_EXT: {
        const NvDsFaceObject *o = ext;
        const gchar *f[] = {o->hair, o->cap, o->glasses, o->facialhair, o->name};
        g_string_append(b, "|#");
        append_field(b, o->gender);
        g_string_append_printf(b, "|%u", o->age);
        append_fields(b, f, G_N_ELEMENTS(f));
        /* nvmsgconv writes an empty field before eyecolor. */
        g_string_append_c(b, '|');
        append_field(b, o->eyecolor);
        break;
    }
    default: return;
    }
    g_string_append_c(b, '|');
    gods_standin_json_stream_float(b, m->confidence);
}

gboolean gods_standin_msgconv_minimal(GString *out, const GodsStandinMsgConfig *c, NvDsEventMsgMeta *const *msgs, guint n)
{
    if (n == 0 || !msgs)
        return FALSE;
    for (guint i = 0; i < n; i++)
        if (!msgs[i])
            return FALSE;
    const NvDsEventMsgMeta *first = msgs[0];
    gsize start = out->len;
    JW w = {out, FALSE, FALSE};
    jw_open(&w);
    jw_key(&w, "version");
    jw_str(&w, "4.0");
    jw_key(&w, "id");
    jw_int(&w, first->frameId);
    jw_key(&w, "@timestamp");
    jw_str(&w, first->ts);
    jw_key(&w, "sensorId");
    const gchar *sid = gods_standin_msgconfig_sensor_id(c, first->sensorId);
    jw_str(&w, first->sensorStr ? first->sensorStr : sid ? sid : "0");
    jw_key(&w, "objects");
    jw_open_arr(&w);
    GString *tmp = g_string_sized_new(256);
    guint masks = 0;
    for (guint i = 0; i < n; i++) {
        g_string_truncate(tmp, 0);
        minimal_object(tmp, msgs[i]);
        jw_sep(&w);
        jw_str_len(&w, tmp->str, tmp->len);
        if (mask_of(msgs[i]))
            masks++;
    }
    jw_close_arr(&w);
    if (masks > 0) {
        jw_key(&w, "masks");
        jw_open_arr(&w);
        for (guint i = 0; i < n; i++) {
            const GList *mask = mask_of(msgs[i]);
            if (!mask)
                continue;
            g_string_printf(tmp, "%" G_GUINT64_FORMAT "|%u", (guint64)msgs[i]->trackingId, g_list_length((GList *)mask));
            for (const GList *l = mask; l; l = l->next) {
                if (l != mask)
                    g_string_append(tmp, "|#");
                const GArray *a = l->data;
                for (guint k = 0; a && k < a->len; k++) {
                    g_string_append_c(tmp, '|');
                    gods_standin_json_stream_float(tmp, g_array_index(a, gdouble, k));
                }
            }
            jw_sep(&w);
            jw_str_len(&w, tmp->str, tmp->len);
        }
        jw_close_arr(&w);
    }
    g_string_free(tmp, TRUE);
    jw_close(&w);
    if (w.err) {
        g_string_truncate(out, start);
        return FALSE;
    }
    return TRUE;
}
