//go:build !deepstream

/* msgbroker_kafka.c: the Kafka adapter of the nvmsgbroker stand-in
 * (libnvds_kafka_proto.so in the SDK, which uses librdkafka too).
 *
 * - conn-str: "host;port" or "host;port;topic" (the topic is used when
 *   the topic property is not set).
 * - config [message-broker]: proto-cfg and producer-proto-cfg (librdkafka
 *   settings "key=value;key=value", applied in that order), partition-key
 *   (the dotted path of the JSON field whose value keys each message,
 *   default sensor.id; no key when the payload has no such field);
 *   consumer-group-id and share-connection are accepted (they concern
 *   consumers and shared handles).
 * - Confirmed delivery counts a payload on its delivery report (acks as
 *   librdkafka's default, all); a report with an error that a reconnection
 *   can cure (timeout, transport) drops the connection so that the
 *   element resends, any other error refuses the payload. The librdkafka
 *   setting message.timeout.ms defaults to the element's confirm-timeout.
 *   Fire-and-forget counts a payload handed to librdkafka. */
#include <stdint.h>
#include <string.h>

#include <librdkafka/rdkafka.h>

#include "standin_msgbroker.go.h"

#define DEFAULT_PARTITION_KEY "sensor.id"

typedef struct {
    guint64 id;
    rd_kafka_resp_err_t err;
} Report;

typedef struct {
    gchar *address, *topic, *partition_key;
    gchar *settings; /* proto-cfg then producer-proto-cfg, ';'-separated */
    gboolean confirm;
    gint timeout_ms;

    rd_kafka_t *rk;
    GArray *reports; /* Report, from the delivery report callback */
} Kafka;

static void kafka_destroy_handle(Kafka *a);

static void kafka_destroy(GodsBrokerAdapter *ga)
{
    Kafka *a = (Kafka *)ga;
    if (!a)
        return;
    kafka_destroy_handle(a);
    g_free(a->address);
    g_free(a->topic);
    g_free(a->partition_key);
    g_free(a->settings);
    g_array_unref(a->reports);
    g_free(a);
}

/* Applies "key=value;key=value" to conf; FALSE with *err on a setting
 * librdkafka refuses. */
static gboolean apply_settings(rd_kafka_conf_t *conf, const gchar *settings, GError **err)
{
    if (!settings)
        return TRUE;
    gchar **kv = g_strsplit(settings, ";", -1);
    gboolean ok = TRUE;
    for (guint i = 0; ok && kv[i]; i++) {
        gchar *item = g_strstrip(kv[i]);
        if (!*item)
            continue;
        gchar *eq = strchr(item, '=');
        if (!eq) {
            g_set_error(err, GODS_BROKER_ERROR, 0, "Kafka proto-cfg \"%s\": expected key=value", item);
            ok = FALSE;
            break;
        }
        *eq = 0;
        gchar *key = g_strstrip(item), *val = g_strstrip(eq + 1);
        char errstr[512];
        if (rd_kafka_conf_set(conf, key, val, errstr, sizeof errstr) != RD_KAFKA_CONF_OK) {
            g_set_error(err, GODS_BROKER_ERROR, 0, "Kafka proto-cfg %s=%s: %s", key, val, errstr);
            ok = FALSE;
        }
    }
    g_strfreev(kv);
    return ok;
}

static void on_delivery(rd_kafka_t *rk, const rd_kafka_message_t *m, void *opaque)
{
    Kafka *a = opaque;
    Report r = {(guint64)(uintptr_t)m->_private, m->err};
    g_array_append_val(a->reports, r);
}

static void on_log(const rd_kafka_t *rk, int level, const char *fac, const char *buf)
{
    /* librdkafka would print its connection errors on stderr; the element
     * reports outages itself. */
    g_debug("librdkafka %s: %s", fac, buf);
}

/* A configuration with the element's defaults, then the user's settings. */
static rd_kafka_conf_t *make_conf(Kafka *a, GError **err)
{
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    char errstr[512];
    rd_kafka_conf_set(conf, "bootstrap.servers", a->address, errstr, sizeof errstr);
    if (a->confirm) {
        gchar *t = g_strdup_printf("%d", a->timeout_ms);
        rd_kafka_conf_set(conf, "message.timeout.ms", t, errstr, sizeof errstr);
        g_free(t);
    }
    rd_kafka_conf_set(conf, "socket.connection.setup.timeout.ms", "2000", errstr, sizeof errstr);
    rd_kafka_conf_set(conf, "reconnect.backoff.max.ms", "500", errstr, sizeof errstr);
    if (!apply_settings(conf, a->settings, err)) {
        rd_kafka_conf_destroy(conf);
        return NULL;
    }
    rd_kafka_conf_set_dr_msg_cb(conf, on_delivery);
    rd_kafka_conf_set_log_cb(conf, on_log);
    rd_kafka_conf_set_opaque(conf, a);
    return conf;
}

static GodsBrokerAdapter *kafka_create(const GodsBrokerSettings *s, GError **err)
{
    gint port;
    gchar **parts = gods_broker_conn_parts(s->conn_str, 3, &port, "host;port;topic", err);
    if (!parts)
        return NULL;
    Kafka *a = g_new0(Kafka, 1);
    a->reports = g_array_new(FALSE, FALSE, sizeof(Report));
    a->address = g_strdup_printf("%s:%d", parts[0], port);
    a->topic = g_strdup(s->topic ? s->topic : (parts[2] && *parts[2]) ? parts[2] : NULL);
    a->confirm = s->confirm;
    a->timeout_ms = s->timeout_ms;
    g_strfreev(parts);
    GKeyFile *kf = NULL;
    GError *e = NULL;
    if (!a->topic) {
        g_set_error(err, GODS_BROKER_ERROR, 0, "no topic: set the topic property (or conn-str host;port;topic)");
        goto fail;
    }
    kf = gods_broker_config_load(s->config_file, &e);
    if (e) {
        g_propagate_error(err, e);
        goto fail;
    }
    gchar *cfg = gods_broker_config_string(kf, "proto-cfg");
    gchar *producer = gods_broker_config_string(kf, "producer-proto-cfg");
    a->settings = g_strjoin(";", cfg ? cfg : "", producer ? producer : "", NULL);
    g_free(cfg);
    g_free(producer);
    a->partition_key = gods_broker_config_string(kf, "partition-key");
    if (!a->partition_key)
        a->partition_key = g_strdup(DEFAULT_PARTITION_KEY);
    if (kf)
        g_key_file_free(kf);
    kf = NULL;
    /* Refuse settings librdkafka refuses now, not at every connection. */
    rd_kafka_conf_t *conf = make_conf(a, err);
    if (!conf)
        goto fail;
    rd_kafka_conf_destroy(conf);
    return (GodsBrokerAdapter *)a;
fail:
    if (kf)
        g_key_file_free(kf);
    kafka_destroy((GodsBrokerAdapter *)a);
    return NULL;
}

static const gchar *kafka_address(GodsBrokerAdapter *ga)
{
    return ((Kafka *)ga)->address;
}

static void kafka_destroy_handle(Kafka *a)
{
    if (!a->rk)
        return;
    /* What librdkafka still holds is abandoned here: the element resends
     * it on the next connection. */
    rd_kafka_purge(a->rk, RD_KAFKA_PURGE_F_QUEUE | RD_KAFKA_PURGE_F_INFLIGHT | RD_KAFKA_PURGE_F_NON_BLOCKING);
    rd_kafka_poll(a->rk, 0);
    rd_kafka_destroy(a->rk);
    a->rk = NULL;
    g_array_set_size(a->reports, 0);
}

static void kafka_disconnect(GodsBrokerAdapter *ga)
{
    kafka_destroy_handle((Kafka *)ga);
}

static gboolean kafka_connect(GodsBrokerAdapter *ga, GError **err)
{
    Kafka *a = (Kafka *)ga;
    kafka_destroy_handle(a);
    rd_kafka_conf_t *conf = make_conf(a, err);
    if (!conf)
        return FALSE;
    char errstr[512];
    a->rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof errstr);
    if (!a->rk) {
        rd_kafka_conf_destroy(conf);
        g_set_error(err, GODS_BROKER_ERROR, 0, "cannot create a Kafka producer: %s", errstr);
        return FALSE;
    }
    /* librdkafka connects lazily: ask the broker for metadata, so that a
     * broker that is down or does not answer is known now. */
    const struct rd_kafka_metadata *md = NULL;
    rd_kafka_resp_err_t e = rd_kafka_metadata(a->rk, 0, NULL, &md, a->timeout_ms);
    if (e != RD_KAFKA_RESP_ERR_NO_ERROR) {
        g_set_error(err, GODS_BROKER_ERROR, 0, "no answer from the broker: %s", rd_kafka_err2str(e));
        return FALSE;
    }
    rd_kafka_metadata_destroy(md);
    return TRUE;
}

static gboolean kafka_send(GodsBrokerAdapter *ga, guint64 id, const guint8 *data, gsize len, GError **err)
{
    Kafka *a = (Kafka *)ga;
    gchar *key = gods_broker_json_lookup((const gchar *)data, len, a->partition_key);
    rd_kafka_resp_err_t e = rd_kafka_producev(
        a->rk, RD_KAFKA_V_TOPIC(a->topic), RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
        RD_KAFKA_V_VALUE((void *)data, len), RD_KAFKA_V_KEY(key, key ? strlen(key) : 0),
        RD_KAFKA_V_OPAQUE((void *)(uintptr_t)id), RD_KAFKA_V_END);
    g_free(key);
    if (e != RD_KAFKA_RESP_ERR_NO_ERROR) {
        g_set_error(err, GODS_BROKER_ERROR, 0, "produce: %s", rd_kafka_err2str(e));
        return FALSE;
    }
    return TRUE;
}

/* Errors after which the same message may well get through on a new
 * connection. */
static gboolean transient(rd_kafka_resp_err_t e)
{
    switch (e) {
    case RD_KAFKA_RESP_ERR__MSG_TIMED_OUT:
    case RD_KAFKA_RESP_ERR__TIMED_OUT:
    case RD_KAFKA_RESP_ERR__TRANSPORT:
    case RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN:
    case RD_KAFKA_RESP_ERR__PURGE_QUEUE:
    case RD_KAFKA_RESP_ERR__PURGE_INFLIGHT:
    case RD_KAFKA_RESP_ERR_REQUEST_TIMED_OUT:
    case RD_KAFKA_RESP_ERR_NOT_LEADER_FOR_PARTITION:
    case RD_KAFKA_RESP_ERR_LEADER_NOT_AVAILABLE:
    case RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART:
    case RD_KAFKA_RESP_ERR_NETWORK_EXCEPTION:
        return TRUE;
    default:
        return FALSE;
    }
}

static gboolean kafka_poll(GodsBrokerAdapter *ga, gint timeout_ms, GodsBrokerAckFn ack, gpointer user, GError **err)
{
    Kafka *a = (Kafka *)ga;
    rd_kafka_poll(a->rk, timeout_ms);
    rd_kafka_resp_err_t lost = RD_KAFKA_RESP_ERR_NO_ERROR;
    for (guint i = 0; i < a->reports->len; i++) {
        Report *r = &g_array_index(a->reports, Report, i);
        if (r->err == RD_KAFKA_RESP_ERR_NO_ERROR)
            ack(user, r->id, TRUE, NULL);
        else if (transient(r->err))
            lost = r->err;
        else
            ack(user, r->id, FALSE, rd_kafka_err2str(r->err));
    }
    g_array_set_size(a->reports, 0);
    if (lost != RD_KAFKA_RESP_ERR_NO_ERROR) {
        g_set_error(err, GODS_BROKER_ERROR, 0, "delivery failed: %s", rd_kafka_err2str(lost));
        return FALSE;
    }
    return TRUE;
}

const GodsBrokerAdapterClass gods_broker_kafka = {
    .name = "Kafka",
    .create = kafka_create,
    .address = kafka_address,
    .connect = kafka_connect,
    .send = kafka_send,
    .poll = kafka_poll,
    .disconnect = kafka_disconnect,
    .destroy = kafka_destroy,
};
