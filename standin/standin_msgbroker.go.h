/* standin_msgbroker.go.h: the protocol adapters of the nvmsgbroker
 * stand-in (msgbroker.c), one file per protocol (msgbroker_mqtt.c,
 * msgbroker_kafka.c, msgbroker_redis.c, msgbroker_amqp.c).
 *
 * An adapter is driven by one thread only (the element's worker), so it
 * needs no locking of its own. The element gives every payload an id;
 * the adapter reports, through the ack callback, when the protocol has
 * confirmed (or refused) the message with that id. */
#ifndef GODS_STANDIN_MSGBROKER_H
#define GODS_STANDIN_MSGBROKER_H

#include <glib.h>

/* What the element knows when it creates an adapter. */
typedef struct {
    const gchar *conn_str;    /* the conn-str property (may be NULL) */
    const gchar *config_file; /* the config property (may be NULL) */
    const gchar *topic;       /* the topic property (may be NULL) */
    gboolean confirm;         /* confirmed delivery (else fire-and-forget) */
    gint timeout_ms;          /* bound on a connection attempt and on one I/O wait */
} GodsBrokerSettings;

/* Confirmation of the message with this id: ok, or refused for good
 * (why says so; the element drops it and counts it). */
typedef void (*GodsBrokerAckFn)(gpointer user, guint64 id, gboolean ok, const gchar *why);

typedef struct GodsBrokerAdapter GodsBrokerAdapter;

typedef struct {
    /* Protocol name for messages ("MQTT", "Kafka", "Redis", "AMQP"). */
    const gchar *name;
    /* Reads conn-str, config file and topic; NULL with *err set on
     * settings that cannot work (the pipeline stops). */
    GodsBrokerAdapter *(*create)(const GodsBrokerSettings *s, GError **err);
    /* "host:port" of the broker, for messages (owned by the adapter). */
    const gchar *(*address)(GodsBrokerAdapter *a);
    /* Opens a connection and waits (bounded) until the broker answers. */
    gboolean (*connect)(GodsBrokerAdapter *a, GError **err);
    /* Hands one message to the protocol. FALSE: the connection is unusable
     * (the message is not in flight). */
    gboolean (*send)(GodsBrokerAdapter *a, guint64 id, const guint8 *data, gsize len, GError **err);
    /* Does I/O for up to timeout_ms and reports confirmations. FALSE: the
     * connection is lost. */
    gboolean (*poll)(GodsBrokerAdapter *a, gint timeout_ms, GodsBrokerAckFn ack, gpointer user, GError **err);
    /* Closes the connection (messages not confirmed get no ack). */
    void (*disconnect)(GodsBrokerAdapter *a);
    void (*destroy)(GodsBrokerAdapter *a);
} GodsBrokerAdapterClass;

extern const GodsBrokerAdapterClass gods_broker_mqtt;
extern const GodsBrokerAdapterClass gods_broker_kafka;
extern const GodsBrokerAdapterClass gods_broker_redis;
extern const GodsBrokerAdapterClass gods_broker_amqp;

/* ---- helpers shared by the adapters (msgbroker_common.c) ---- */

#define GODS_BROKER_ERROR (gods_broker_error_quark())
GQuark gods_broker_error_quark(void);

/* The adapter's configuration file, group [message-broker]; NULL without
 * a file. A file that cannot be read is an error. */
GKeyFile *gods_broker_config_load(const gchar *path, GError **err);
/* A key's value, blanks stripped; NULL when absent or empty. */
gchar *gods_broker_config_string(GKeyFile *kf, const gchar *key);
/* A key's integer value in [min, max], def when absent; FALSE with *err
 * on a value that is not such an integer. */
gboolean gods_broker_config_int(GKeyFile *kf, const gchar *key, gint64 min, gint64 max, gint64 def, gint64 *out,
                                GError **err);

/* conn-str split at ';' into at most max parts, blanks stripped; the
 * first two are host and port (1..65535). NULL with *err otherwise. */
gchar **gods_broker_conn_parts(const gchar *conn, guint max, gint *port, const gchar *format, GError **err);

/* The value at a dotted path ("sensor.id") of a JSON object, as text (a
 * string's characters, or a number's); NULL when absent. */
gchar *gods_broker_json_lookup(const gchar *json, gsize len, const gchar *path);

#endif
