//go:build !deepstream

/* pbtext.c: the protobuf text format reader and checker
 * (standin_pbtext.go.h), for nvinferserver's config files. */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "standin_pbtext.go.h"

typedef struct {
    const gchar *s;
    gsize len, pos;
    gint line, col;
    gchar *error;
} Lexer;

static gint peek(const Lexer *lx) { return lx->pos < lx->len ? (guchar)lx->s[lx->pos] : -1; }

static void advance(Lexer *lx)
{
    if (lx->pos >= lx->len)
        return;
    if (lx->s[lx->pos] == '\n') {
        lx->line++;
        lx->col = 1;
    } else {
        lx->col++;
    }
    lx->pos++;
}

static gboolean fail(Lexer *lx, gint line, gint col, const gchar *fmt, ...) G_GNUC_PRINTF(4, 5);
static gboolean fail(Lexer *lx, gint line, gint col, const gchar *fmt, ...)
{
    if (lx->error)
        return FALSE;
    va_list ap;
    va_start(ap, fmt);
    gchar *msg = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    lx->error = g_strdup_printf("line %d, column %d: %s", line, col, msg);
    g_free(msg);
    return FALSE;
}

/* Skips blanks and # comments. */
static void skip(Lexer *lx)
{
    for (;;) {
        gint c = peek(lx);
        if (c == '#') {
            while (peek(lx) != -1 && peek(lx) != '\n')
                advance(lx);
        } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            advance(lx);
        } else {
            return;
        }
    }
}

/* What the lexer is looking at, for error messages. */
static gchar *found(const Lexer *lx)
{
    gint c = peek(lx);
    if (c == -1)
        return g_strdup("end of file");
    if (c < 0x20 || c >= 0x7f)
        return g_strdup_printf("byte 0x%02x", c);
    return g_strdup_printf("'%c'", c);
}

static gboolean is_ident_start(gint c) { return g_ascii_isalpha(c) || c == '_'; }
static gboolean is_ident_char(gint c) { return g_ascii_isalnum(c) || c == '_'; }

static gchar *read_ident(Lexer *lx)
{
    gsize start = lx->pos;
    while (is_ident_char(peek(lx)))
        advance(lx);
    return g_strndup(lx->s + start, lx->pos - start);
}

/* A number as written: sign, digits, '.', exponent, hex digits, a
 * trailing f; or -inf / -nan. The checker validates it. */
static gchar *read_number(Lexer *lx)
{
    gsize start = lx->pos;
    if (peek(lx) == '-' || peek(lx) == '+')
        advance(lx);
    gint prev = 0;
    for (;;) {
        gint c = peek(lx);
        if (g_ascii_isalnum(c) || c == '.' || c == '_' || ((c == '-' || c == '+') && (prev == 'e' || prev == 'E'))) {
            prev = c;
            advance(lx);
        } else {
            break;
        }
    }
    return g_strndup(lx->s + start, lx->pos - start);
}

static gint hexval(gint c) { return g_ascii_isdigit(c) ? c - '0' : g_ascii_tolower(c) - 'a' + 10; }

/* One quoted string, unescaped, appended to out. */
static gboolean read_string(Lexer *lx, GString *out)
{
    gint q = peek(lx), line = lx->line, col = lx->col;
    advance(lx);
    for (;;) {
        gint c = peek(lx);
        if (c == -1 || c == '\n')
            return fail(lx, line, col, "string not terminated on its line");
        advance(lx);
        if (c == q)
            return TRUE;
        if (c != '\\') {
            g_string_append_c(out, (gchar)c);
            continue;
        }
        gint el = lx->line, ec = lx->col - 1;
        c = peek(lx);
        advance(lx);
        switch (c) {
        case 'n': g_string_append_c(out, '\n'); break;
        case 't': g_string_append_c(out, '\t'); break;
        case 'r': g_string_append_c(out, '\r'); break;
        case 'a': g_string_append_c(out, '\a'); break;
        case 'b': g_string_append_c(out, '\b'); break;
        case 'f': g_string_append_c(out, '\f'); break;
        case 'v': g_string_append_c(out, '\v'); break;
        case '\\': case '\'': case '"': case '?': g_string_append_c(out, (gchar)c); break;
        case 'x': case 'X': {
            gint v = 0, n = 0;
            while (n < 2 && g_ascii_isxdigit(peek(lx))) {
                v = v * 16 + hexval(peek(lx));
                advance(lx);
                n++;
            }
            if (!n)
                return fail(lx, el, ec, "\\x without hex digits");
            g_string_append_c(out, (gchar)v);
            break;
        }
        default:
            if (c >= '0' && c <= '7') {
                gint v = c - '0', n = 1;
                while (n < 3 && peek(lx) >= '0' && peek(lx) <= '7') {
                    v = v * 8 + peek(lx) - '0';
                    advance(lx);
                    n++;
                }
                if (v > 0xff)
                    return fail(lx, el, ec, "octal escape out of range");
                g_string_append_c(out, (gchar)v);
                break;
            }
            return fail(lx, el, ec, "invalid escape sequence in string");
        }
    }
}

static GodsStandinPbField *field_new(const gchar *name, gint line, gint col, GodsStandinPbKind kind)
{
    GodsStandinPbField *f = g_new0(GodsStandinPbField, 1);
    f->name = g_strdup(name);
    f->line = line;
    f->column = col;
    f->kind = kind;
    if (kind == GODS_STANDIN_PB_MESSAGE)
        f->fields = g_ptr_array_new_with_free_func((GDestroyNotify)gods_standin_pb_free);
    return f;
}

void gods_standin_pb_free(GodsStandinPbField *f)
{
    if (!f)
        return;
    g_free(f->name);
    g_free(f->value);
    if (f->fields)
        g_ptr_array_free(f->fields, TRUE);
    g_free(f);
}

static gboolean parse_fields(Lexer *lx, GodsStandinPbField *msg, gint close, gint depth);

/* A message body after its opening brace. */
static GodsStandinPbField *parse_message(Lexer *lx, const gchar *name, gint line, gint col, gint depth)
{
    gint open = peek(lx);
    advance(lx);
    GodsStandinPbField *f = field_new(name, line, col, GODS_STANDIN_PB_MESSAGE);
    if (!parse_fields(lx, f, open == '<' ? '>' : '}', depth + 1)) {
        gods_standin_pb_free(f);
        return NULL;
    }
    return f;
}

/* A scalar value: strings (adjacent ones joined), numbers, identifiers. */
static GodsStandinPbField *parse_scalar(Lexer *lx, const gchar *name, gint line, gint col)
{
    gint c = peek(lx);
    if (c == '"' || c == '\'') {
        GString *s = g_string_new(NULL);
        while (peek(lx) == '"' || peek(lx) == '\'') {
            if (!read_string(lx, s)) {
                g_string_free(s, TRUE);
                return NULL;
            }
            skip(lx);
        }
        GodsStandinPbField *f = field_new(name, line, col, GODS_STANDIN_PB_STRING);
        f->value = g_string_free(s, FALSE);
        return f;
    }
    if (g_ascii_isdigit(c) || c == '-' || c == '+' || c == '.') {
        GodsStandinPbField *f = field_new(name, line, col, GODS_STANDIN_PB_NUMBER);
        f->value = read_number(lx);
        return f;
    }
    if (is_ident_start(c)) {
        GodsStandinPbField *f = field_new(name, line, col, GODS_STANDIN_PB_IDENT);
        f->value = read_ident(lx);
        return f;
    }
    gchar *what = found(lx);
    fail(lx, lx->line, lx->col, "value expected for field \"%s\", found %s", name, what);
    g_free(what);
    return NULL;
}

/* name: [v, v, ...] or name: [{...}, {...}]. */
static gboolean parse_list(Lexer *lx, GodsStandinPbField *msg, const gchar *name, gint line, gint col, gint depth)
{
    advance(lx); /* [ */
    skip(lx);
    if (peek(lx) == ']') {
        advance(lx);
        return TRUE;
    }
    for (;;) {
        skip(lx);
        GodsStandinPbField *f = peek(lx) == '{' || peek(lx) == '<' ? parse_message(lx, name, line, col, depth)
                                                                   : parse_scalar(lx, name, line, col);
        if (!f)
            return FALSE;
        f->in_list = TRUE;
        g_ptr_array_add(msg->fields, f);
        skip(lx);
        if (peek(lx) == ',') {
            advance(lx);
            continue;
        }
        if (peek(lx) == ']') {
            advance(lx);
            return TRUE;
        }
        gchar *what = found(lx);
        fail(lx, lx->line, lx->col, "',' or ']' expected in the list of \"%s\", found %s", name, what);
        g_free(what);
        return FALSE;
    }
}

/* Nesting deeper than this is refused (a hostile file must not overflow
 * the stack). */
#define MAX_DEPTH 64

static gboolean parse_fields(Lexer *lx, GodsStandinPbField *msg, gint close, gint depth)
{
    gint open_line = msg->line, open_col = msg->column;
    if (depth > MAX_DEPTH)
        return fail(lx, lx->line, lx->col, "messages nested deeper than %d", MAX_DEPTH);
    for (;;) {
        skip(lx);
        gint c = peek(lx);
        if (c == -1) {
            if (!close)
                return TRUE;
            return fail(lx, lx->line, lx->col, "end of file: '%c' expected to close \"%s\" (line %d, column %d)",
                        close, msg->name, open_line, open_col);
        }
        if (close && c == close) {
            advance(lx);
            return TRUE;
        }
        if (!is_ident_start(c)) {
            gchar *what = found(lx);
            fail(lx, lx->line, lx->col, "field name expected, found %s", what);
            g_free(what);
            return FALSE;
        }
        gint line = lx->line, col = lx->col;
        gchar *name = read_ident(lx);
        skip(lx);
        gboolean colon = peek(lx) == ':';
        if (colon) {
            advance(lx);
            skip(lx);
        }
        gboolean ok;
        c = peek(lx);
        if (c == '{' || c == '<') {
            GodsStandinPbField *f = parse_message(lx, name, line, col, depth);
            ok = f != NULL;
            if (f)
                g_ptr_array_add(msg->fields, f);
        } else if (!colon) {
            gchar *what = found(lx);
            ok = fail(lx, lx->line, lx->col, "':' or '{' expected after field name \"%s\", found %s", name, what);
            g_free(what);
        } else if (c == '[') {
            ok = parse_list(lx, msg, name, line, col, depth);
        } else {
            GodsStandinPbField *f = parse_scalar(lx, name, line, col);
            ok = f != NULL;
            if (f)
                g_ptr_array_add(msg->fields, f);
        }
        g_free(name);
        if (!ok)
            return FALSE;
        skip(lx);
        if (peek(lx) == ',' || peek(lx) == ';')
            advance(lx);
    }
}

GodsStandinPbField *gods_standin_pb_parse(const gchar *text, gssize len, gchar **error)
{
    Lexer lx = {text, len < 0 ? strlen(text) : (gsize)len, 0, 1, 1, NULL};
    GodsStandinPbField *root = field_new("", 1, 1, GODS_STANDIN_PB_MESSAGE);
    /* A NUL inside the text ends nothing: it is a byte the grammar refuses. */
    if (!parse_fields(&lx, root, 0, 0)) {
        gods_standin_pb_free(root);
        if (error)
            *error = lx.error;
        else
            g_free(lx.error);
        return NULL;
    }
    return root;
}

const GodsStandinPbField *gods_standin_pb_get(const GodsStandinPbField *msg, const gchar *name)
{
    if (!msg || !msg->fields)
        return NULL;
    for (guint i = msg->fields->len; i > 0; i--) {
        const GodsStandinPbField *f = msg->fields->pdata[i - 1];
        if (strcmp(f->name, name) == 0)
            return f;
    }
    return NULL;
}

/* ---- checker ---- */

static gboolean parse_int(const gchar *s, gboolean is_unsigned, gint64 *out)
{
    if (!s || !*s || (is_unsigned && s[0] == '-'))
        return FALSE;
    gchar *end = NULL;
    errno = 0;
    gint64 v = g_ascii_strtoll(s, &end, 0);
    if (errno || *end)
        return FALSE;
    if (is_unsigned && v < 0)
        return FALSE;
    *out = v;
    return TRUE;
}

static gboolean parse_float(const GodsStandinPbField *f, gdouble *out)
{
    const gchar *s = f->value;
    if (f->kind == GODS_STANDIN_PB_IDENT || f->kind == GODS_STANDIN_PB_NUMBER) {
        const gchar *w = s[0] == '-' ? s + 1 : s;
        if (g_ascii_strcasecmp(w, "inf") == 0 || g_ascii_strcasecmp(w, "infinity") == 0) {
            *out = s[0] == '-' ? -INFINITY : INFINITY;
            return TRUE;
        }
        if (g_ascii_strcasecmp(w, "nan") == 0) {
            *out = NAN;
            return TRUE;
        }
    }
    if (f->kind != GODS_STANDIN_PB_NUMBER || g_ascii_isalpha(s[0]))
        return FALSE;
    gchar *end = NULL;
    errno = 0;
    gdouble v = g_ascii_strtod(s, &end);
    if (end == s || errno == ERANGE)
        return FALSE;
    if (*end == 'f' || *end == 'F')
        end++;
    if (*end)
        return FALSE;
    /* strtod takes hex floats; the text format does not. */
    if (strchr(s, 'x') || strchr(s, 'X'))
        return FALSE;
    *out = v;
    return TRUE;
}

static const gchar *const bool_true[] = {"true", "True", "t", "1", NULL};
static const gchar *const bool_false[] = {"false", "False", "f", "0", NULL};

static gboolean in_list(const gchar *s, const gchar *const *list)
{
    for (; *list; list++)
        if (strcmp(s, *list) == 0)
            return TRUE;
    return FALSE;
}

static gint enum_index(const gchar *s, const gchar *const *values)
{
    for (gint i = 0; values[i]; i++)
        if (strcmp(s, values[i]) == 0)
            return i;
    return -1;
}

static gchar *join_path(const gchar *path, const gchar *name)
{
    return *path ? g_strdup_printf("%s.%s", path, name) : g_strdup(name);
}

static gboolean check_scalar(const GodsStandinPbField *f, const GodsStandinPbFieldType *ft, const gchar *path,
                             gchar **error)
{
    const gchar *want = NULL;
    gint64 iv;
    gdouble dv;
    switch (ft->type) {
    case GODS_STANDIN_PBT_STRING:
        if (f->kind != GODS_STANDIN_PB_STRING)
            want = "a quoted string";
        break;
    case GODS_STANDIN_PBT_INT:
    case GODS_STANDIN_PBT_UINT:
        if (f->kind != GODS_STANDIN_PB_NUMBER || !parse_int(f->value, ft->type == GODS_STANDIN_PBT_UINT, &iv))
            want = ft->type == GODS_STANDIN_PBT_UINT ? "an unsigned integer" : "an integer";
        break;
    case GODS_STANDIN_PBT_FLOAT:
        if (!parse_float(f, &dv))
            want = "a number";
        break;
    case GODS_STANDIN_PBT_BOOL:
        if (f->kind == GODS_STANDIN_PB_STRING || !(in_list(f->value, bool_true) || in_list(f->value, bool_false)))
            want = "true or false";
        break;
    case GODS_STANDIN_PBT_ENUM:
        if (f->kind == GODS_STANDIN_PB_IDENT && enum_index(f->value, ft->enum_values) >= 0)
            break;
        if (f->kind == GODS_STANDIN_PB_NUMBER && parse_int(f->value, TRUE, &iv)) {
            gint n = 0;
            while (ft->enum_values[n])
                n++;
            if (iv < n)
                break;
        }
        {
            gchar *vals = g_strjoinv(", ", (gchar **)ft->enum_values);
            *error = g_strdup_printf("line %d, column %d: %s: \"%s\" is not one of %s", f->line, f->column, path,
                                     f->value, vals);
            g_free(vals);
            return FALSE;
        }
    case GODS_STANDIN_PBT_MESSAGE: break;
    }
    if (want) {
        *error = g_strdup_printf("line %d, column %d: %s: expected %s, found %s%s%s", f->line, f->column, path, want,
                                 f->kind == GODS_STANDIN_PB_STRING ? "\"" : "", f->value,
                                 f->kind == GODS_STANDIN_PB_STRING ? "\"" : "");
        return FALSE;
    }
    return TRUE;
}

static gboolean check_message(const GodsStandinPbField *msg, const GodsStandinPbMessageType *type, const gchar *path,
                              gchar **error)
{
    for (guint i = 0; i < msg->fields->len; i++) {
        const GodsStandinPbField *f = msg->fields->pdata[i];
        const GodsStandinPbFieldType *ft = NULL;
        for (const GodsStandinPbFieldType *t = type->fields; t->name; t++) {
            if (strcmp(t->name, f->name) == 0) {
                ft = t;
                break;
            }
        }
        gchar *fpath = join_path(path, f->name);
        gboolean ok = TRUE;
        if (!ft) {
            *error = g_strdup_printf("line %d, column %d: unknown field \"%s\" in %s%s%s", f->line, f->column,
                                     f->name, type->name, *path ? " " : "", path);
            ok = FALSE;
        } else if (!ft->repeated && f->in_list) {
            *error = g_strdup_printf("line %d, column %d: %s is not a repeated field: no [...] list", f->line,
                                     f->column, fpath);
            ok = FALSE;
        } else if (ft->type == GODS_STANDIN_PBT_MESSAGE && f->kind != GODS_STANDIN_PB_MESSAGE) {
            *error = g_strdup_printf("line %d, column %d: %s is a message: '{' expected, found a value", f->line,
                                     f->column, fpath);
            ok = FALSE;
        } else if (ft->type != GODS_STANDIN_PBT_MESSAGE && f->kind == GODS_STANDIN_PB_MESSAGE) {
            *error = g_strdup_printf("line %d, column %d: %s takes a value, not a message", f->line, f->column,
                                     fpath);
            ok = FALSE;
        } else if (ft->type == GODS_STANDIN_PBT_MESSAGE) {
            ok = check_message(f, ft->message, fpath, error);
        } else {
            ok = check_scalar(f, ft, fpath, error);
        }
        if (ok && !ft->repeated) {
            for (guint j = 0; j < i; j++) {
                const GodsStandinPbField *g = msg->fields->pdata[j];
                if (strcmp(g->name, f->name) == 0) {
                    *error = g_strdup_printf("line %d, column %d: %s is set twice (first at line %d, column %d)",
                                             f->line, f->column, fpath, g->line, g->column);
                    ok = FALSE;
                    break;
                }
            }
        }
        g_free(fpath);
        if (!ok)
            return FALSE;
    }
    /* oneofs: at most one member set. */
    for (const gchar *const *const *g = type->oneofs; g && *g; g++) {
        const GodsStandinPbField *first = NULL;
        for (guint i = 0; i < msg->fields->len; i++) {
            const GodsStandinPbField *f = msg->fields->pdata[i];
            if (!in_list(f->name, *g))
                continue;
            if (first) {
                gchar *fpath = join_path(path, f->name), *names = g_strjoinv("/", (gchar **)*g);
                *error = g_strdup_printf("line %d, column %d: %s: only one of %s may be set (\"%s\" is, at line %d)",
                                         f->line, f->column, fpath, names, first->name, first->line);
                g_free(names);
                g_free(fpath);
                return FALSE;
            }
            first = f;
        }
    }
    return TRUE;
}

gboolean gods_standin_pb_check(const GodsStandinPbField *msg, const GodsStandinPbMessageType *type, gchar **error)
{
    return check_message(msg, type, "", error);
}

gint64 gods_standin_pb_int(const GodsStandinPbField *f)
{
    gint64 v = 0;
    if (!parse_int(f->value, FALSE, &v))
        parse_int(f->value, TRUE, &v);
    return v;
}

gdouble gods_standin_pb_float(const GodsStandinPbField *f)
{
    gdouble v = 0;
    parse_float(f, &v);
    return v;
}

gboolean gods_standin_pb_bool(const GodsStandinPbField *f) { return in_list(f->value, bool_true); }

gint gods_standin_pb_enum(const GodsStandinPbField *f, const gchar *const *values)
{
    if (f->kind == GODS_STANDIN_PB_IDENT)
        return enum_index(f->value, values);
    return (gint)gods_standin_pb_int(f);
}
