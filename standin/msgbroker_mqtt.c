//go:build !deepstream

/* msgbroker_mqtt.c: the MQTT adapter of the nvmsgbroker stand-in
 * (libnvds_mqtt_proto.so in the SDK, which uses libmosquitto too).
 *
 * - conn-str: "host;port" or "host;port;topic" (the topic is used when
 *   the topic property is not set).
 * - config [message-broker]: username, password, client-id, keep-alive,
 *   enable-tls, tls-cafile, tls-capath, tls-certfile, tls-keyfile;
 *   loop-timeout, share-connection and set-threaded are accepted. The
 *   environment variables USER_MQTT and PASSWORD_MQTT override the
 *   credentials.
 * - Confirmed delivery publishes with QoS 1 and confirms on the broker's
 *   PUBACK; fire-and-forget publishes with QoS 0, as the adapter does.
 *
 * Every connection is a new mosquitto client with a clean session, so
 * that libmosquitto does not resend on its own: the element resends. */
#include <errno.h>
#include <string.h>

#include <mosquitto.h>

#include "standin_msgbroker.go.h"

#define DEFAULT_KEEP_ALIVE 60

typedef struct {
    gchar *host, *address, *topic;
    gint port, keep_alive, qos, timeout_ms;
    gchar *username, *password, *client_id;
    gboolean tls;
    gchar *cafile, *capath, *certfile, *keyfile;

    struct mosquitto *mosq;
    gboolean connack;
    gint connack_rc;
    GHashTable *mids; /* mid -> payload id */
    GArray *done;     /* mids published (PUBACK, or written for QoS 0) */
} Mqtt;

static gpointer lib_init(gpointer unused)
{
    mosquitto_lib_init();
    return NULL;
}

static gchar *mosq_error(int rc, int err)
{
    if (rc == MOSQ_ERR_ERRNO)
        return g_strdup(g_strerror(err));
    return g_strdup(mosquitto_strerror(rc));
}

static void mqtt_destroy(GodsBrokerAdapter *ga)
{
    Mqtt *a = (Mqtt *)ga;
    if (!a)
        return;
    if (a->mosq)
        mosquitto_destroy(a->mosq);
    g_free(a->host);
    g_free(a->address);
    g_free(a->topic);
    g_free(a->username);
    g_free(a->password);
    g_free(a->client_id);
    g_free(a->cafile);
    g_free(a->capath);
    g_free(a->certfile);
    g_free(a->keyfile);
    g_hash_table_unref(a->mids);
    g_array_unref(a->done);
    g_free(a);
}

static GodsBrokerAdapter *mqtt_create(const GodsBrokerSettings *s, GError **err)
{
    static GOnce once = G_ONCE_INIT;
    g_once(&once, lib_init, NULL);
    gint port;
    gchar **parts = gods_broker_conn_parts(s->conn_str, 3, &port, "host;port", err);
    if (!parts)
        return NULL;
    Mqtt *a = g_new0(Mqtt, 1);
    a->mids = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, g_free);
    a->done = g_array_new(FALSE, FALSE, sizeof(int));
    a->host = g_strdup(parts[0]);
    a->port = port;
    a->address = g_strdup_printf("%s:%d", a->host, port);
    a->qos = s->confirm ? 1 : 0;
    a->timeout_ms = s->timeout_ms;
    a->topic = g_strdup(s->topic ? s->topic : (parts[2] && *parts[2]) ? parts[2] : NULL);
    g_strfreev(parts);
    GKeyFile *kf = NULL;
    GError *e = NULL;
    if (!a->topic) {
        g_set_error(err, GODS_BROKER_ERROR, 0, "no topic: set the topic property (or conn-str host;port;topic)");
        goto fail;
    }
    if (mosquitto_pub_topic_check(a->topic) != MOSQ_ERR_SUCCESS) {
        g_set_error(err, GODS_BROKER_ERROR, 0, "invalid MQTT topic \"%s\"", a->topic);
        goto fail;
    }
    kf = gods_broker_config_load(s->config_file, &e);
    if (e) {
        g_propagate_error(err, e);
        goto fail;
    }
    gint64 ka;
    if (!gods_broker_config_int(kf, "keep-alive", 1, G_MAXINT, DEFAULT_KEEP_ALIVE, &ka, err))
        goto fail;
    a->keep_alive = (gint)ka;
    a->username = gods_broker_config_string(kf, "username");
    a->password = gods_broker_config_string(kf, "password");
    a->client_id = gods_broker_config_string(kf, "client-id");
    gchar *tls = gods_broker_config_string(kf, "enable-tls");
    a->tls = tls && tls[0] == '1';
    g_free(tls);
    a->cafile = gods_broker_config_string(kf, "tls-cafile");
    a->capath = gods_broker_config_string(kf, "tls-capath");
    a->certfile = gods_broker_config_string(kf, "tls-certfile");
    a->keyfile = gods_broker_config_string(kf, "tls-keyfile");
    const gchar *u = g_getenv("USER_MQTT"), *p = g_getenv("PASSWORD_MQTT");
    if (u) {
        g_free(a->username);
        a->username = g_strdup(u);
    }
    if (p) {
        g_free(a->password);
        a->password = g_strdup(p);
    }
    if (kf)
        g_key_file_free(kf);
    return (GodsBrokerAdapter *)a;
fail:
    if (kf)
        g_key_file_free(kf);
    mqtt_destroy((GodsBrokerAdapter *)a);
    return NULL;
}

static const gchar *mqtt_address(GodsBrokerAdapter *ga)
{
    return ((Mqtt *)ga)->address;
}

static void on_connect(struct mosquitto *mosq, void *obj, int rc)
{
    Mqtt *a = obj;
    a->connack = TRUE;
    a->connack_rc = rc;
}

static void on_publish(struct mosquitto *mosq, void *obj, int mid)
{
    Mqtt *a = obj;
    g_array_append_val(a->done, mid);
}

static void mqtt_disconnect(GodsBrokerAdapter *ga)
{
    Mqtt *a = (Mqtt *)ga;
    if (!a->mosq)
        return;
    mosquitto_disconnect(a->mosq);
    mosquitto_loop(a->mosq, 10, 1);
    mosquitto_destroy(a->mosq);
    a->mosq = NULL;
    g_hash_table_remove_all(a->mids);
    g_array_set_size(a->done, 0);
}

static gboolean mqtt_connect(GodsBrokerAdapter *ga, GError **err)
{
    Mqtt *a = (Mqtt *)ga;
    mqtt_disconnect(ga);
    struct mosquitto *m = mosquitto_new(a->client_id, true, a);
    if (!m) {
        g_set_error(err, GODS_BROKER_ERROR, 0, "cannot create an MQTT client: %s", g_strerror(errno));
        return FALSE;
    }
    a->mosq = m;
    mosquitto_connect_callback_set(m, on_connect);
    mosquitto_publish_callback_set(m, on_publish);
    if (a->username || a->password)
        mosquitto_username_pw_set(m, a->username, a->password);
    if (a->tls) {
        gboolean pair = a->certfile && a->keyfile;
        int rc = mosquitto_tls_set(m, a->cafile, a->capath, pair ? a->certfile : NULL, pair ? a->keyfile : NULL, NULL);
        if (rc != MOSQ_ERR_SUCCESS) {
            g_set_error(err, GODS_BROKER_ERROR, 0, "MQTT TLS settings: %s", mosquitto_strerror(rc));
            return FALSE;
        }
    }
    a->connack = FALSE;
    int rc = mosquitto_connect(m, a->host, a->port, a->keep_alive);
    if (rc != MOSQ_ERR_SUCCESS) {
        gchar *why = mosq_error(rc, errno);
        g_set_error(err, GODS_BROKER_ERROR, 0, "%s", why);
        g_free(why);
        return FALSE;
    }
    gint64 end = g_get_monotonic_time() + (gint64)a->timeout_ms * 1000;
    while (!a->connack && g_get_monotonic_time() < end) {
        rc = mosquitto_loop(m, 50, 1);
        if (rc != MOSQ_ERR_SUCCESS && !a->connack) {
            gchar *why = mosq_error(rc, errno);
            g_set_error(err, GODS_BROKER_ERROR, 0, "%s", why);
            g_free(why);
            return FALSE;
        }
    }
    if (!a->connack) {
        g_set_error(err, GODS_BROKER_ERROR, 0, "no answer from the broker for %d ms", a->timeout_ms);
        return FALSE;
    }
    if (a->connack_rc != 0) {
        g_set_error(err, GODS_BROKER_ERROR, 0, "connection refused by the broker: %s",
                    mosquitto_connack_string(a->connack_rc));
        return FALSE;
    }
    return TRUE;
}

static gboolean mqtt_send(GodsBrokerAdapter *ga, guint64 id, const guint8 *data, gsize len, GError **err)
{
    Mqtt *a = (Mqtt *)ga;
    int mid = 0;
    int rc = mosquitto_publish(a->mosq, &mid, a->topic, (int)len, data, a->qos, false);
    if (rc != MOSQ_ERR_SUCCESS) {
        gchar *why = mosq_error(rc, errno);
        g_set_error(err, GODS_BROKER_ERROR, 0, "publish: %s", why);
        g_free(why);
        return FALSE;
    }
    guint64 *v = g_new(guint64, 1);
    *v = id;
    g_hash_table_insert(a->mids, GINT_TO_POINTER(mid), v);
    return TRUE;
}

static gboolean mqtt_poll(GodsBrokerAdapter *ga, gint timeout_ms, GodsBrokerAckFn ack, gpointer user, GError **err)
{
    Mqtt *a = (Mqtt *)ga;
    int rc = mosquitto_loop(a->mosq, timeout_ms, 1);
    int e = errno;
    for (guint i = 0; i < a->done->len; i++) {
        int mid = g_array_index(a->done, int, i);
        guint64 *id = g_hash_table_lookup(a->mids, GINT_TO_POINTER(mid));
        if (id) {
            ack(user, *id, TRUE, NULL);
            g_hash_table_remove(a->mids, GINT_TO_POINTER(mid));
        }
    }
    g_array_set_size(a->done, 0);
    if (rc != MOSQ_ERR_SUCCESS) {
        gchar *why = mosq_error(rc, e);
        g_set_error(err, GODS_BROKER_ERROR, 0, "%s", why);
        g_free(why);
        return FALSE;
    }
    return TRUE;
}

const GodsBrokerAdapterClass gods_broker_mqtt = {
    .name = "MQTT",
    .create = mqtt_create,
    .address = mqtt_address,
    .connect = mqtt_connect,
    .send = mqtt_send,
    .poll = mqtt_poll,
    .disconnect = mqtt_disconnect,
    .destroy = mqtt_destroy,
};
