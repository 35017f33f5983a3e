//go:build !deepstream

/* msgbroker.c: nvmsgbroker on the CPU, for MQTT. A GstBaseSink that
 * publishes the NVDS_PAYLOAD_META payloads of every frame (and of the
 * batch) to an MQTT broker with libmosquitto, where DeepStream's element
 * would hand them to the protocol adapter named by proto-lib
 * (libnvds_mqtt_proto.so, which uses libmosquitto too).
 *
 * - proto-lib must name the MQTT adapter (any path whose file name
 *   contains "mqtt"); Kafka, AMQP, Redis and Azure adapters, or any other
 *   library, stop the pipeline with "protocol not supported by the
 *   embedded runtime".
 * - conn-str is the MQTT adapter's "host;port", or "host;port;topic"
 *   (the topic is used when the topic property is not set).
 * - config is the adapter's configuration file: [message-broker] keys
 *   username, password, client-id, keep-alive, enable-tls, tls-cafile,
 *   tls-capath, tls-certfile, tls-keyfile are honoured; loop-timeout,
 *   share-connection and set-threaded are accepted. The environment
 *   variables USER_MQTT and PASSWORD_MQTT override the credentials.
 * - A broker that is down or goes away does not stop the pipeline: the
 *   element posts a warning, drops payloads while disconnected (buffers
 *   flow on), retries every GODS_STANDIN_MQTT_RETRY_MS and posts an info
 *   message when connected again.
 *
 * A worker thread owns the MQTT connection (connect, mosquitto_loop,
 * reconnect); the streaming thread only publishes (QoS 0, as the adapter
 * does), which libmosquitto allows with mosquitto_threaded_set. */
#include <errno.h>
#include <string.h>

#include <gst/base/gstbasesink.h>
#include <mosquitto.h>

#include "gstnvdsmeta.h"
#include "nvdsmeta_schema.h"
#include "standin_common.go.h"

GST_DEBUG_CATEGORY_STATIC(gods_standin_msgbroker_debug);
#define GST_CAT_DEFAULT gods_standin_msgbroker_debug

/* Reconnection interval, time allowed for the broker's CONNACK, and how
 * long EOS and stop wait for queued messages to be written. */
#define GODS_STANDIN_MQTT_RETRY_MS 1000
#define CONNECT_TIMEOUT_MS 5000
#define FLUSH_TIMEOUT_MS 5000
#define DEFAULT_KEEP_ALIVE 60

typedef enum {
    CONN_IDLE,         /* no attempt yet */
    CONN_CONNECTING,   /* socket open, CONNACK awaited */
    CONN_CONNECTED,    /* CONNACK 0 received */
    CONN_DISCONNECTED, /* failed or lost; retry at next_attempt */
} ConnState;

typedef struct {
    GstBaseSink parent;
    /* properties (object lock) */
    gchar *proto_lib, *conn_str, *config_file, *topic;
    guint comp_id;
    gboolean new_api;
    guint sleep_time;

    /* the connection, from start to stop */
    struct mosquitto *mosq;
    gchar *host, *pub_topic;
    gint port, keep_alive;
    GThread *worker;
    GMutex lock; /* guards what follows */
    GCond cond;
    ConnState state;
    gboolean stopping;
    gboolean attempted;     /* the first attempt has completed (either way) */
    gboolean warned;        /* a warning was posted for the current outage */
    gboolean ever_connected;
    gint64 next_attempt;    /* monotonic us */
    gint64 deadline;        /* CONNACK awaited until */
    guint64 dropped;        /* payloads not published (disconnected) */
    guint64 dropped_total;
    guint64 published;
} GstStandinMsgBroker;

typedef struct {
    GstBaseSinkClass parent_class;
} GstStandinMsgBrokerClass;

GType gst_standin_msg_broker_get_type(void);
G_DEFINE_TYPE(GstStandinMsgBroker, gst_standin_msg_broker, GST_TYPE_BASE_SINK)

enum {
    PROP_0,
    PROP_PROTO_LIB,
    PROP_CONN_STR,
    PROP_CONFIG,
    PROP_TOPIC,
    PROP_COMP_ID,
    PROP_NEW_API,
    PROP_SLEEP_TIME,
};

/* ---- properties ---- */

static void set_string(gchar **dst, const GValue *value)
{
    g_free(*dst);
    *dst = g_value_dup_string(value);
}

static void set_property(GObject *object, guint id, const GValue *value, GParamSpec *pspec)
{
    GstStandinMsgBroker *self = (GstStandinMsgBroker *)object;
    GST_OBJECT_LOCK(self);
    switch (id) {
    case PROP_PROTO_LIB: set_string(&self->proto_lib, value); break;
    case PROP_CONN_STR: set_string(&self->conn_str, value); break;
    case PROP_CONFIG: set_string(&self->config_file, value); break;
    case PROP_TOPIC:
        /* As nvmsgbroker: surrounding blanks dropped, empty is unset. */
        set_string(&self->topic, value);
        if (self->topic && !*g_strstrip(self->topic))
            g_clear_pointer(&self->topic, g_free);
        break;
    case PROP_COMP_ID: self->comp_id = g_value_get_uint(value); break;
    case PROP_NEW_API: self->new_api = g_value_get_boolean(value); break;
    case PROP_SLEEP_TIME: self->sleep_time = g_value_get_uint(value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID(object, id, pspec); break;
    }
    GST_OBJECT_UNLOCK(self);
}

static void get_property(GObject *object, guint id, GValue *value, GParamSpec *pspec)
{
    GstStandinMsgBroker *self = (GstStandinMsgBroker *)object;
    GST_OBJECT_LOCK(self);
    switch (id) {
    case PROP_PROTO_LIB: g_value_set_string(value, self->proto_lib); break;
    case PROP_CONN_STR: g_value_set_string(value, self->conn_str); break;
    case PROP_CONFIG: g_value_set_string(value, self->config_file); break;
    case PROP_TOPIC: g_value_set_string(value, self->topic); break;
    case PROP_COMP_ID: g_value_set_uint(value, self->comp_id); break;
    case PROP_NEW_API: g_value_set_boolean(value, self->new_api); break;
    case PROP_SLEEP_TIME: g_value_set_uint(value, self->sleep_time); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID(object, id, pspec); break;
    }
    GST_OBJECT_UNLOCK(self);
}

/* ---- the connection (worker thread) ---- */

/* Text for a libmosquitto result (errno for MOSQ_ERR_ERRNO). */
static gchar *mosq_error(int rc, int err)
{
    if (rc == MOSQ_ERR_ERRNO)
        return g_strdup(g_strerror(err));
    return g_strdup(mosquitto_strerror(rc));
}

/* The attempt or the connection failed (lock held): schedule a retry and
 * say so once per outage. The warning is posted after unlocking. */
static gchar *fail_locked(GstStandinMsgBroker *self, const gchar *why)
{
    gboolean was_connected = self->state == CONN_CONNECTED;
    self->state = CONN_DISCONNECTED;
    self->next_attempt = g_get_monotonic_time() + GODS_STANDIN_MQTT_RETRY_MS * 1000;
    self->attempted = TRUE;
    g_cond_broadcast(&self->cond);
    GST_INFO_OBJECT(self, "MQTT broker %s:%d: %s", self->host, self->port, why);
    if (self->warned || self->stopping)
        return NULL;
    self->warned = TRUE;
    return g_strdup_printf("%s the MQTT broker at %s:%d: %s; payloads are dropped, buffers flow on, and the "
                           "connection is retried every %d ms",
                           was_connected ? "lost the connection to" : "cannot connect to", self->host, self->port, why,
                           GODS_STANDIN_MQTT_RETRY_MS);
}

static void post_warning(GstStandinMsgBroker *self, gchar *text)
{
    if (!text)
        return;
    GST_ELEMENT_WARNING(self, RESOURCE, OPEN_WRITE, ("%s", text), (NULL));
    g_free(text);
}

static void on_connect(struct mosquitto *mosq, void *obj, int rc)
{
    GstStandinMsgBroker *self = obj;
    gchar *warning = NULL, *info = NULL;
    g_mutex_lock(&self->lock);
    if (rc == 0) {
        self->state = CONN_CONNECTED;
        self->attempted = TRUE;
        if (self->warned || !self->ever_connected)
            info = g_strdup_printf("connected to the MQTT broker at %s:%d%s", self->host, self->port,
                                   self->ever_connected ? " again" : "");
        if (self->dropped) {
            gchar *t = info;
            info = g_strdup_printf("%s (%" G_GUINT64_FORMAT " payloads dropped meanwhile)", t, self->dropped);
            g_free(t);
        }
        self->warned = FALSE;
        self->ever_connected = TRUE;
        self->dropped = 0;
        g_cond_broadcast(&self->cond);
    } else {
        gchar *why = g_strdup_printf("connection refused by the broker: %s", mosquitto_connack_string(rc));
        warning = fail_locked(self, why);
        g_free(why);
    }
    g_mutex_unlock(&self->lock);
    post_warning(self, warning);
    if (info) {
        GST_ELEMENT_INFO(self, RESOURCE, OPEN_WRITE, ("%s", info), (NULL));
        g_free(info);
    }
}

static void on_disconnect(struct mosquitto *mosq, void *obj, int rc)
{
    GstStandinMsgBroker *self = obj;
    gchar *warning = NULL;
    g_mutex_lock(&self->lock);
    if (rc != 0 && self->state == CONN_CONNECTED)
        warning = fail_locked(self, "disconnected");
    g_mutex_unlock(&self->lock);
    post_warning(self, warning);
}

static gpointer worker(gpointer data)
{
    GstStandinMsgBroker *self = data;
    gboolean socket_made = FALSE;
    g_mutex_lock(&self->lock);
    while (!self->stopping) {
        ConnState st = self->state;
        gint64 now = g_get_monotonic_time();
        if (st == CONN_IDLE || (st == CONN_DISCONNECTED && now >= self->next_attempt)) {
            g_mutex_unlock(&self->lock);
            int rc = socket_made ? mosquitto_reconnect_async(self->mosq)
                                 : mosquitto_connect_async(self->mosq, self->host, self->port, self->keep_alive);
            int err = errno;
            socket_made = TRUE;
            g_mutex_lock(&self->lock);
            if (rc == MOSQ_ERR_SUCCESS) {
                self->state = CONN_CONNECTING;
                self->deadline = g_get_monotonic_time() + CONNECT_TIMEOUT_MS * 1000;
            } else {
                gchar *why = mosq_error(rc, err);
                gchar *warning = fail_locked(self, why);
                g_free(why);
                g_mutex_unlock(&self->lock);
                post_warning(self, warning);
                g_mutex_lock(&self->lock);
            }
            continue;
        }
        if (st == CONN_DISCONNECTED) {
            g_cond_wait_until(&self->cond, &self->lock, self->next_attempt);
            continue;
        }
        /* Connecting or connected: let libmosquitto work (CONNACK,
         * queued publishes, keep-alive). Callbacks run in here. */
        g_mutex_unlock(&self->lock);
        int rc = mosquitto_loop(self->mosq, 100, 1);
        int err = errno;
        g_mutex_lock(&self->lock);
        gchar *warning = NULL;
        if (rc != MOSQ_ERR_SUCCESS && (self->state == CONN_CONNECTING || self->state == CONN_CONNECTED)) {
            gchar *why = mosq_error(rc, err);
            warning = fail_locked(self, why);
            g_free(why);
        } else if (self->state == CONN_CONNECTING && g_get_monotonic_time() > self->deadline) {
            warning = fail_locked(self, "no answer from the broker");
        }
        if (warning) {
            g_mutex_unlock(&self->lock);
            post_warning(self, warning);
            g_mutex_lock(&self->lock);
        }
    }
    g_mutex_unlock(&self->lock);
    return NULL;
}

/* Waits (bounded) until what was published has been written to the
 * broker's socket, while connected. */
static void flush(GstStandinMsgBroker *self)
{
    gint64 end = g_get_monotonic_time() + FLUSH_TIMEOUT_MS * 1000;
    g_mutex_lock(&self->lock);
    while (self->mosq && self->state == CONN_CONNECTED && mosquitto_want_write(self->mosq) &&
           g_get_monotonic_time() < end) {
        g_mutex_unlock(&self->lock);
        g_usleep(2000);
        g_mutex_lock(&self->lock);
    }
    g_mutex_unlock(&self->lock);
}

/* ---- start / stop ---- */

/* The protocol an adapter library's file name names. */
static const char *protocol_of(const gchar *lib)
{
    gchar *base = g_path_get_basename(lib);
    gchar *lower = g_ascii_strdown(base, -1);
    const char *proto = "unknown";
    static const char *const known[] = {"mqtt", "kafka", "amqp", "redis", "azure"};
    for (size_t i = 0; i < G_N_ELEMENTS(known); i++)
        if (strstr(lower, known[i])) {
            proto = known[i];
            break;
        }
    g_free(base);
    g_free(lower);
    return proto;
}

/* The adapter's [message-broker] settings. */
typedef struct {
    gchar *username, *password, *client_id;
    gint keep_alive;
    gboolean tls;
    gchar *cafile, *capath, *certfile, *keyfile;
} MqttSettings;

static void settings_clear(MqttSettings *s)
{
    g_free(s->username);
    g_free(s->password);
    g_free(s->client_id);
    g_free(s->cafile);
    g_free(s->capath);
    g_free(s->certfile);
    g_free(s->keyfile);
}

static gchar *key_string(GKeyFile *kf, const char *key)
{
    gchar *v = g_key_file_get_string(kf, "message-broker", key, NULL);
    if (v && !*g_strstrip(v))
        g_clear_pointer(&v, g_free);
    return v;
}

static void read_settings(GstStandinMsgBroker *self, const gchar *path, MqttSettings *s)
{
    s->keep_alive = DEFAULT_KEEP_ALIVE;
    if (path) {
        GKeyFile *kf = g_key_file_new();
        GError *err = NULL;
        if (!g_key_file_load_from_file(kf, path, G_KEY_FILE_NONE, &err)) {
            GST_ELEMENT_WARNING(self, RESOURCE, READ, ("cannot read the adapter configuration %s: %s", path,
                                                       err->message),
                                (NULL));
            g_error_free(err);
        } else {
            s->username = key_string(kf, "username");
            s->password = key_string(kf, "password");
            s->client_id = key_string(kf, "client-id");
            gchar *ka = key_string(kf, "keep-alive");
            if (ka) {
                gchar *end = NULL;
                gint64 v = g_ascii_strtoll(ka, &end, 10);
                if (*end == 0 && v > 0 && v <= G_MAXINT)
                    s->keep_alive = (gint)v;
                else
                    GST_WARNING_OBJECT(self, "keep-alive %s: not a positive integer, using %d", ka,
                                       DEFAULT_KEEP_ALIVE);
                g_free(ka);
            }
            gchar *tls = key_string(kf, "enable-tls");
            s->tls = tls && tls[0] == '1';
            g_free(tls);
            s->cafile = key_string(kf, "tls-cafile");
            s->capath = key_string(kf, "tls-capath");
            s->certfile = key_string(kf, "tls-certfile");
            s->keyfile = key_string(kf, "tls-keyfile");
        }
        g_key_file_free(kf);
    }
    const gchar *u = g_getenv("USER_MQTT"), *p = g_getenv("PASSWORD_MQTT");
    if (u) {
        g_free(s->username);
        s->username = g_strdup(u);
    }
    if (p) {
        g_free(s->password);
        s->password = g_strdup(p);
    }
}

static gpointer lib_init(gpointer unused)
{
    mosquitto_lib_init();
    return NULL;
}

static void connection_free(GstStandinMsgBroker *self)
{
    if (self->mosq)
        mosquitto_destroy(self->mosq);
    self->mosq = NULL;
    g_clear_pointer(&self->host, g_free);
    g_clear_pointer(&self->pub_topic, g_free);
}

static gboolean start(GstBaseSink *sink)
{
    GstStandinMsgBroker *self = (GstStandinMsgBroker *)sink;
    static GOnce once = G_ONCE_INIT;
    g_once(&once, lib_init, NULL);

    GST_OBJECT_LOCK(self);
    gchar *lib = g_strdup(self->proto_lib), *conn = g_strdup(self->conn_str);
    gchar *config = g_strdup(self->config_file), *topic = g_strdup(self->topic);
    GST_OBJECT_UNLOCK(self);
    gboolean ok = FALSE;
    gchar **parts = NULL;
    MqttSettings set = {0};

    if (!lib) {
        GST_ELEMENT_ERROR(self, RESOURCE, NOT_FOUND, (NULL), ("No protocol adaptor library provided"));
        goto out;
    }
    const char *proto = protocol_of(lib);
    if (strcmp(proto, "mqtt") != 0) {
        GST_ELEMENT_ERROR(self, LIBRARY, INIT,
                          ("%s: protocol not supported by the embedded runtime (only MQTT: proto-lib naming "
                           "libnvds_mqtt_proto.so)",
                           proto),
                          ("proto-lib %s", lib));
        goto out;
    }
    /* "host;port" or "host;port;topic", as the MQTT adapter reads it. */
    parts = conn ? g_strsplit(conn, ";", -1) : NULL;
    guint n = parts ? g_strv_length(parts) : 0;
    gchar *end = NULL;
    gint64 port = n >= 2 ? g_ascii_strtoll(g_strstrip(parts[1]), &end, 10) : 0;
    if (n < 2 || n > 3 || !*g_strstrip(parts[0]) || !end || *end || port <= 0 || port > 65535) {
        GST_ELEMENT_ERROR(self, RESOURCE, SETTINGS, ("invalid conn-str \"%s\": expected host;port", conn ? conn : ""),
                          (NULL));
        goto out;
    }
    if (!topic && n == 3 && *g_strstrip(parts[2]))
        topic = g_strdup(parts[2]);
    if (!topic) {
        GST_ELEMENT_ERROR(self, RESOURCE, SETTINGS,
                          ("no topic: set the topic property (or conn-str host;port;topic)"), (NULL));
        goto out;
    }
    if (mosquitto_pub_topic_check(topic) != MOSQ_ERR_SUCCESS) {
        GST_ELEMENT_ERROR(self, RESOURCE, SETTINGS, ("invalid MQTT topic \"%s\"", topic), (NULL));
        goto out;
    }
    read_settings(self, config, &set);
    struct mosquitto *m = mosquitto_new(set.client_id, true, self);
    if (!m) {
        GST_ELEMENT_ERROR(self, LIBRARY, INIT, ("cannot create an MQTT client: %s", g_strerror(errno)), (NULL));
        goto out;
    }
    mosquitto_threaded_set(m, true);
    mosquitto_connect_callback_set(m, on_connect);
    mosquitto_disconnect_callback_set(m, on_disconnect);
    if (set.username || set.password)
        mosquitto_username_pw_set(m, set.username, set.password);
    if (set.tls) {
        gboolean pair = set.certfile && set.keyfile;
        int rc = mosquitto_tls_set(m, set.cafile, set.capath, pair ? set.certfile : NULL, pair ? set.keyfile : NULL,
                                   NULL);
        if (rc != MOSQ_ERR_SUCCESS) {
            GST_ELEMENT_ERROR(self, RESOURCE, SETTINGS, ("MQTT TLS settings: %s", mosquitto_strerror(rc)), (NULL));
            mosquitto_destroy(m);
            goto out;
        }
    }

    self->mosq = m;
    self->host = g_strdup(parts[0]);
    self->port = (gint)port;
    self->keep_alive = set.keep_alive;
    self->pub_topic = g_strdup(topic);
    self->state = CONN_IDLE;
    self->stopping = self->attempted = self->warned = self->ever_connected = FALSE;
    self->dropped = self->dropped_total = self->published = 0;
    self->worker = g_thread_new("nvmsgbroker-mqtt", worker, self);

    /* Give the first attempt a bounded time, so that a reachable broker
     * gets the first buffers' payloads. */
    gint64 until = g_get_monotonic_time() + (CONNECT_TIMEOUT_MS + 1000) * 1000;
    g_mutex_lock(&self->lock);
    while (!self->attempted && g_cond_wait_until(&self->cond, &self->lock, until))
        ;
    g_mutex_unlock(&self->lock);
    ok = TRUE;
out:
    settings_clear(&set);
    g_strfreev(parts);
    g_free(lib);
    g_free(conn);
    g_free(config);
    g_free(topic);
    return ok;
}

static gboolean stop(GstBaseSink *sink)
{
    GstStandinMsgBroker *self = (GstStandinMsgBroker *)sink;
    if (!self->worker) {
        connection_free(self);
        return TRUE;
    }
    flush(self);
    g_mutex_lock(&self->lock);
    self->stopping = TRUE;
    gboolean connected = self->state == CONN_CONNECTED;
    g_cond_broadcast(&self->cond);
    g_mutex_unlock(&self->lock);
    g_thread_join(self->worker);
    self->worker = NULL;
    if (connected) {
        mosquitto_disconnect(self->mosq);
        mosquitto_loop(self->mosq, 10, 1);
    }
    GST_INFO_OBJECT(self, "published %" G_GUINT64_FORMAT ", dropped %" G_GUINT64_FORMAT, self->published,
                    self->dropped_total);
    connection_free(self);
    return TRUE;
}

/* ---- publishing (streaming thread) ---- */

static void publish(GstStandinMsgBroker *self, const NvDsPayload *p, guint comp_id)
{
    if (!p || !p->payload || !p->payloadSize)
        return;
    if (comp_id && p->componentId != comp_id)
        return;
    g_mutex_lock(&self->lock);
    gboolean connected = self->state == CONN_CONNECTED;
    if (!connected) {
        self->dropped++;
        self->dropped_total++;
    }
    g_mutex_unlock(&self->lock);
    if (!connected)
        return;
    int rc = mosquitto_publish(self->mosq, NULL, self->pub_topic, (int)p->payloadSize, p->payload, 0, false);
    g_mutex_lock(&self->lock);
    if (rc == MOSQ_ERR_SUCCESS) {
        self->published++;
    } else {
        self->dropped++;
        self->dropped_total++;
        GST_DEBUG_OBJECT(self, "publish: %s", mosquitto_strerror(rc));
    }
    g_mutex_unlock(&self->lock);
}

static void publish_list(GstStandinMsgBroker *self, NvDsUserMetaList *list, guint comp_id)
{
    for (NvDsUserMetaList *l = list; l; l = l->next) {
        NvDsUserMeta *u = l->data;
        if (u && u->base_meta.meta_type == NVDS_PAYLOAD_META)
            publish(self, u->user_meta_data, comp_id);
    }
}

static GstFlowReturn render(GstBaseSink *sink, GstBuffer *buf)
{
    GstStandinMsgBroker *self = (GstStandinMsgBroker *)sink;
    NvDsBatchMeta *batch = gst_buffer_get_nvds_batch_meta(buf);
    if (!batch || !self->mosq)
        return GST_FLOW_OK;
    GST_OBJECT_LOCK(self);
    guint comp_id = self->comp_id;
    GST_OBJECT_UNLOCK(self);
    nvds_acquire_meta_lock(batch);
    for (NvDsFrameMetaList *l = batch->frame_meta_list; l; l = l->next)
        publish_list(self, ((NvDsFrameMeta *)l->data)->frame_user_meta_list, comp_id);
    publish_list(self, batch->batch_user_meta_list, comp_id);
    nvds_release_meta_lock(batch);
    return GST_FLOW_OK;
}

static gboolean event(GstBaseSink *sink, GstEvent *ev)
{
    if (GST_EVENT_TYPE(ev) == GST_EVENT_EOS)
        flush((GstStandinMsgBroker *)sink);
    return GST_BASE_SINK_CLASS(gst_standin_msg_broker_parent_class)->event(sink, ev);
}

/* ---- boilerplate ---- */

static void finalize(GObject *object)
{
    GstStandinMsgBroker *self = (GstStandinMsgBroker *)object;
    g_free(self->proto_lib);
    g_free(self->conn_str);
    g_free(self->config_file);
    g_free(self->topic);
    connection_free(self);
    g_mutex_clear(&self->lock);
    g_cond_clear(&self->cond);
    G_OBJECT_CLASS(gst_standin_msg_broker_parent_class)->finalize(object);
}

static void constructed(GObject *object)
{
    static gint count;
    G_OBJECT_CLASS(gst_standin_msg_broker_parent_class)->constructed(object);
    gods_standin_default_name(object, "nvmsgbroker", &count);
}

static void gst_standin_msg_broker_class_init(GstStandinMsgBrokerClass *klass)
{
    GObjectClass *gobject_class = G_OBJECT_CLASS(klass);
    GstElementClass *element_class = GST_ELEMENT_CLASS(klass);
    GstBaseSinkClass *bs = GST_BASE_SINK_CLASS(klass);
    GST_DEBUG_CATEGORY_INIT(gods_standin_msgbroker_debug, "nvmsgbroker", 0, "go-deepstream stand-in nvmsgbroker");

    gobject_class->set_property = set_property;
    gobject_class->get_property = get_property;
    gobject_class->finalize = finalize;
    gobject_class->constructed = constructed;
    GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;
    g_object_class_install_property(
        gobject_class, PROP_PROTO_LIB,
        g_param_spec_string("proto-lib", "Protocol library name",
                            "Protocol adaptor library: only MQTT (libnvds_mqtt_proto.so) is supported, not loaded "
                            "(libmosquitto is used directly)",
                            NULL, rw));
    g_object_class_install_property(
        gobject_class, PROP_CONN_STR,
        g_param_spec_string("conn-str", "connection string", "Broker address: host;port (or host;port;topic)", NULL,
                            rw));
    g_object_class_install_property(
        gobject_class, PROP_CONFIG,
        g_param_spec_string("config", "configuration file name",
                            "Adaptor configuration ([message-broker] username, password, client-id, keep-alive, "
                            "enable-tls, tls-*)",
                            NULL, rw));
    g_object_class_install_property(
        gobject_class, PROP_TOPIC, g_param_spec_string("topic", "topic name", "Name of the message topic", NULL, rw));
    g_object_class_install_property(
        gobject_class, PROP_COMP_ID,
        g_param_spec_uint("comp-id", "Component Id", "Only payloads of this componentId (0: all)", 0, G_MAXUINT, 0,
                          rw));
    g_object_class_install_property(
        gobject_class, PROP_NEW_API,
        g_param_spec_boolean("new-api", "Use new libnvds_msgbroker API", "Accepted (the same MQTT client either way)",
                             FALSE, rw));
    g_object_class_install_property(
        gobject_class, PROP_SLEEP_TIME,
        g_param_spec_uint("sleep-time", "Sleep time", "Accepted (libmosquitto's loop runs in its own thread)", 0,
                          G_MAXUINT, 0, rw));

    gst_element_class_add_pad_template(element_class,
                                       gst_pad_template_new("sink", GST_PAD_SINK, GST_PAD_ALWAYS, gst_caps_new_any()));
    gst_element_class_set_static_metadata(element_class, "Message Broker (go-deepstream CPU stand-in, MQTT)",
                                          "Sink/Metadata", "Sends payload metadata to an MQTT broker", "go-deepstream");
    bs->start = start;
    bs->stop = stop;
    bs->render = render;
    bs->event = event;
}

static void gst_standin_msg_broker_init(GstStandinMsgBroker *self)
{
    g_mutex_init(&self->lock);
    g_cond_init(&self->cond);
}
