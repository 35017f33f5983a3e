/* standin_msgconv.go.h: nvmsgconv's configuration file and the DeepStream
 * message schema (msgconv.c, msgconv_json.c), the same bytes as package
 * schema's Encoder (docs/event-schema.md). */
#ifndef GO_DEEPSTREAM_STANDIN_MSGCONV_GO_H
#define GO_DEEPSTREAM_STANDIN_MSGCONV_GO_H

#include <glib.h>
#include <stdbool.h>

#include "nvdsmeta_schema.h"

G_BEGIN_DECLS

typedef struct GodsStandinMsgConfig GodsStandinMsgConfig;

/* Parses a configuration ([sensorN], [placeN], [analyticsN] groups, only
 * those with enable=1), as schema.ParseConfig does; NULL path or text: an
 * empty configuration. NULL with *error set (g_free it) on failure. */
GodsStandinMsgConfig *gods_standin_msgconfig_load(const gchar *path, gchar **error);
GodsStandinMsgConfig *gods_standin_msgconfig_parse(const gchar *text, gsize len, gchar **error);
void gods_standin_msgconfig_free(GodsStandinMsgConfig *c);
/* The id of [sensor<id>], NULL when there is no such group. */
const gchar *gods_standin_msgconfig_sensor_id(const GodsStandinMsgConfig *c, gint id);

/* Appends the full-schema message of m to out; ids: the message id and
 * event id (NULL: random version 4 UUIDs). The minimal-schema message of
 * one frame's n messages. FALSE (out unchanged) when a number is NaN or
 * infinite. */
gboolean gods_standin_msgconv_full(GString *out, const GodsStandinMsgConfig *c, const NvDsEventMsgMeta *m,
                              const gchar *const *ids);
gboolean gods_standin_msgconv_minimal(GString *out, const GodsStandinMsgConfig *c, NvDsEventMsgMeta *const *msgs, guint n);

/* JSON text helpers of the encoder: a quoted string (invalid UTF-8 as
 * U+FFFD; len < 0: NUL-terminated), a number as Go's
 * strconv.FormatFloat(v, 'g', -1, 64) (integers below 1e15 as integers),
 * and a number as a C++ stream prints it (%g). */
void gods_standin_json_quote(GString *out, const gchar *s, gssize len);
void gods_standin_json_number(GString *out, gdouble v);
void gods_standin_json_stream_float(GString *out, gdouble v);

G_END_DECLS

#endif /* GO_DEEPSTREAM_STANDIN_MSGCONV_GO_H */
