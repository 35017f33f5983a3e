/* standin_pbtext.go.h: a reader of the protobuf text format (pbtext.c),
 * the format of Gst-nvinferserver's config files, and a checker of a parsed
 * file against a table of message types.
 *
 * The reader keeps what protobuf's text parser accepts: fields
 * `name: value`, `name { ... }` / `name: { ... }` / `name < ... >`, lists
 * `name: [v, v]` (a repeated field written once), double- or
 * single-quoted strings with C escapes (adjacent strings join), numbers,
 * identifiers (enum values, true/false), `#` comments, and `,` or `;`
 * after a field. Every error names its line and column (1-based). */
#ifndef GO_DEEPSTREAM_STANDIN_PBTEXT_GO_H
#define GO_DEEPSTREAM_STANDIN_PBTEXT_GO_H

#include <gst/gst.h>

G_BEGIN_DECLS

typedef enum {
    GODS_STANDIN_PB_STRING, /* a quoted string, unescaped */
    GODS_STANDIN_PB_NUMBER, /* a number, as written */
    GODS_STANDIN_PB_IDENT,  /* an identifier: enum value, true, false, inf, nan */
    GODS_STANDIN_PB_MESSAGE,
} GodsStandinPbKind;

typedef struct GodsStandinPbField GodsStandinPbField;

/* One field of a message, in file order; a list `name: [a, b]` gives one
 * field per element. */
struct GodsStandinPbField {
    gchar *name;
    gint line, column;       /* of the field's name */
    GodsStandinPbKind kind;
    gchar *value;            /* scalar kinds */
    GPtrArray *fields;       /* GODS_STANDIN_PB_MESSAGE: its fields (GodsStandinPbField *) */
    gboolean in_list;        /* written as an element of a [...] list */
};

/* Parses text (len bytes; -1: NUL-terminated) into a message (a field
 * with no name). NULL with *error set (g_free it) on a syntax error. */
GodsStandinPbField *gods_standin_pb_parse(const gchar *text, gssize len, gchar **error);
void gods_standin_pb_free(GodsStandinPbField *f);

/* The last field called name in msg (protobuf: the last value of a
 * singular field wins), NULL when none. */
const GodsStandinPbField *gods_standin_pb_get(const GodsStandinPbField *msg, const gchar *name);

/* Value types of the checker's table. */
typedef enum {
    GODS_STANDIN_PBT_STRING,
    GODS_STANDIN_PBT_INT,   /* signed integer */
    GODS_STANDIN_PBT_UINT,  /* unsigned integer */
    GODS_STANDIN_PBT_FLOAT,
    GODS_STANDIN_PBT_BOOL,  /* true/false/True/False/t/f/1/0 */
    GODS_STANDIN_PBT_ENUM,  /* one of enum_values, or its number */
    GODS_STANDIN_PBT_MESSAGE,
} GodsStandinPbType;

typedef struct GodsStandinPbMessageType GodsStandinPbMessageType;

typedef struct {
    const gchar *name;
    GodsStandinPbType type;
    gboolean repeated;
    const GodsStandinPbMessageType *message; /* PBT_MESSAGE */
    const gchar *const *enum_values;         /* PBT_ENUM: NULL-terminated, value i is number i */
} GodsStandinPbFieldType;

/* A message type: its fields (NULL-name terminated); oneof_groups lists
 * groups of field names of which at most one may be set, each group a
 * NULL-terminated array (the table NULL-terminated; may be NULL). */
struct GodsStandinPbMessageType {
    const gchar *name;
    const GodsStandinPbFieldType *fields;
    const gchar *const *const *oneofs;
};

/* Checks msg against type: every field known, messages where messages
 * belong and scalars of the right type elsewhere, a singular field (or
 * oneof) set once. FALSE with *error ("line L, column C: ...", naming the
 * field's path) on the first problem. */
gboolean gods_standin_pb_check(const GodsStandinPbField *msg, const GodsStandinPbMessageType *type, gchar **error);

/* Scalar readers of a checked field (the checker vouched for the type). */
gint64 gods_standin_pb_int(const GodsStandinPbField *f);
gdouble gods_standin_pb_float(const GodsStandinPbField *f);
gboolean gods_standin_pb_bool(const GodsStandinPbField *f);
/* The number of an enum field's value, given its type's values. */
gint gods_standin_pb_enum(const GodsStandinPbField *f, const gchar *const *values);

G_END_DECLS

#endif /* GO_DEEPSTREAM_STANDIN_PBTEXT_GO_H */
