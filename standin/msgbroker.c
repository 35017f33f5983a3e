//go:build !deepstream

/* msgbroker.c: nvmsgbroker on the CPU. A GstBaseSink that sends the
 * NVDS_PAYLOAD_META payloads of every frame (and of the batch) to a
 * message broker through the protocol adapter that proto-lib names, as
 * DeepStream's element does through nvds_msgapi_*. The adapters are
 * compiled in (standin_msgbroker.go.h): proto-lib is not loaded, its file
 * name chooses the protocol as the SDK's library would:
 * libnvds_mqtt_proto.so, libnvds_kafka_proto.so, libnvds_redis_proto.so,
 * libnvds_amqp_proto.so. Azure and any other library stop the pipeline
 * with "protocol not supported by the embedded runtime".
 *
 * Delivery (a stand-in extension, property confirm-delivery):
 * - confirmed (default): a payload counts as delivered only when the
 *   protocol confirms it (MQTT QoS 1 PUBACK, Kafka delivery report, Redis
 *   XADD reply, AMQP publisher confirm). Payloads not yet confirmed wait in
 *   a bounded queue (queue-size) and are resent after a reconnection; a
 *   broker that accepts the connection but confirms nothing for
 *   confirm-timeout ms is treated as gone.
 * - fire-and-forget (confirm-delivery=false): as the SDK's adapters, a
 *   payload handed to the protocol counts as sent; payloads that arrive
 *   while disconnected are dropped.
 * The streaming thread never waits for the broker (buffers flow on): it
 * only queues a copy of each payload; a full queue drops the new payload.
 * At EOS the element waits (bounded) for the queue to empty, then reports
 * how many payloads were delivered, resent and dropped: an element
 * message "msgbroker-report" on the bus and one line on stderr.
 *
 * A worker thread owns the adapter: connect (retried every
 * GODS_STANDIN_BROKER_RETRY_MS), send, poll for confirmations, disconnect. */
#include <string.h>

#include <gst/base/gstbasesink.h>

#include "gstnvdsmeta.h"
#include "nvdsmeta_schema.h"
#include "standin_common.go.h"
#include "standin_msgbroker.go.h"

GST_DEBUG_CATEGORY_STATIC(gods_standin_msgbroker_debug);
#define GST_CAT_DEFAULT gods_standin_msgbroker_debug

#define GODS_STANDIN_BROKER_RETRY_MS 1000
#define POLL_MS 50
/* Longest wait at EOS for the queue to empty. */
#define FLUSH_TIMEOUT_MS 15000
#define DEFAULT_CONFIRM_TIMEOUT_MS 5000
#define DEFAULT_QUEUE_SIZE 10000

/* One payload on its way. */
typedef struct {
    guint64 id;
    GBytes *data;
    gboolean sent_before; /* handed to the protocol on an earlier connection */
    gint64 sent_at;       /* monotonic us of the last hand-over */
} Msg;

typedef struct {
    GstBaseSink parent;
    /* properties (object lock) */
    gchar *proto_lib, *conn_str, *config_file, *topic;
    guint comp_id;
    gboolean new_api;
    guint sleep_time;
    gboolean confirm;
    guint queue_size;
    guint confirm_timeout;

    /* from start to stop */
    const GodsBrokerAdapterClass *klass;
    GodsBrokerAdapter *adapter;
    gchar *address;
    gboolean confirm_on; /* confirm, as it was at start */
    guint limit;
    gint64 timeout_us;
    GThread *worker;
    GMutex lock; /* guards what follows */
    GCond cond;
    GQueue pending;       /* Msg*, to hand to the protocol, oldest first */
    GHashTable *inflight; /* id -> Msg*, handed over, not confirmed */
    gboolean connected, stopping, attempted, warned, ever_connected;
    gint64 next_attempt, down_since;
    guint64 next_id;
    guint64 sent, delivered, resent, dropped;
    gboolean reported;
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
    PROP_CONFIRM,
    PROP_QUEUE_SIZE,
    PROP_CONFIRM_TIMEOUT,
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
    case PROP_CONFIRM: self->confirm = g_value_get_boolean(value); break;
    case PROP_QUEUE_SIZE: self->queue_size = g_value_get_uint(value); break;
    case PROP_CONFIRM_TIMEOUT: self->confirm_timeout = g_value_get_uint(value); break;
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
    case PROP_CONFIRM: g_value_set_boolean(value, self->confirm); break;
    case PROP_QUEUE_SIZE: g_value_set_uint(value, self->queue_size); break;
    case PROP_CONFIRM_TIMEOUT: g_value_set_uint(value, self->confirm_timeout); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID(object, id, pspec); break;
    }
    GST_OBJECT_UNLOCK(self);
}

/* ---- the queue ---- */

static void msg_free(gpointer p)
{
    Msg *m = p;
    g_bytes_unref(m->data);
    g_free(m);
}

static gint by_id(gconstpointer a, gconstpointer b, gpointer unused)
{
    guint64 x = ((const Msg *)a)->id, y = ((const Msg *)b)->id;
    return x < y ? -1 : x > y;
}

/* After a reconnection (lock held): what was in flight goes back to the
 * front of the queue, in payload order, to be resent. */
static guint requeue_inflight_locked(GstStandinMsgBroker *self)
{
    GList *l = g_hash_table_get_values(self->inflight);
    guint n = g_list_length(l);
    g_hash_table_steal_all(self->inflight);
    l = g_list_sort_with_data(l, by_id, NULL);
    for (GList *it = g_list_last(l); it; it = it->prev)
        g_queue_push_head(&self->pending, it->data);
    g_list_free(l);
    return n;
}

/* Everything still queued or in flight is dropped (lock held). */
static void drop_all_locked(GstStandinMsgBroker *self)
{
    self->dropped += g_queue_get_length(&self->pending) + g_hash_table_size(self->inflight);
    g_queue_clear_full(&self->pending, msg_free);
    g_hash_table_remove_all(self->inflight);
}

/* ---- the connection (worker thread) ---- */

static void post_warning(GstStandinMsgBroker *self, gchar *text)
{
    if (!text)
        return;
    GST_ELEMENT_WARNING(self, RESOURCE, OPEN_WRITE, ("%s", text), (NULL));
    g_free(text);
}

/* The attempt or the connection failed (lock held): schedule a retry and
 * say so once per outage. Returns the warning to post after unlocking. */
static gchar *fail_locked(GstStandinMsgBroker *self, const gchar *why)
{
    gboolean was_connected = self->connected;
    self->connected = FALSE;
    gint64 now = g_get_monotonic_time();
    if (was_connected || !self->attempted)
        self->down_since = now;
    self->next_attempt = now + GODS_STANDIN_BROKER_RETRY_MS * 1000;
    self->attempted = TRUE;
    g_cond_broadcast(&self->cond);
    GST_INFO_OBJECT(self, "%s broker %s: %s", self->klass->name, self->address, why);
    if (self->warned || self->stopping)
        return NULL;
    self->warned = TRUE;
    return g_strdup_printf("%s the %s broker at %s: %s; %s, buffers flow on, and the connection is retried every "
                           "%d ms",
                           was_connected ? "lost the connection to" : "cannot connect to", self->klass->name,
                           self->address, why,
                           self->confirm_on ? "payloads wait in the queue to be resent"
                                            : "payloads are dropped meanwhile",
                           GODS_STANDIN_BROKER_RETRY_MS);
}

static void on_ack(gpointer user, guint64 id, gboolean ok, const gchar *why)
{
    GstStandinMsgBroker *self = user;
    g_mutex_lock(&self->lock);
    /* Keyed by a pointer to the message's own 64-bit id. */
    Msg *m = g_hash_table_lookup(self->inflight, &id);
    if (m) {
        if (ok) {
            self->delivered++;
        } else {
            self->dropped++;
            GST_WARNING_OBJECT(self, "payload %" G_GUINT64_FORMAT " refused by the broker: %s", id,
                               why ? why : "no reason given");
        }
        g_hash_table_remove(self->inflight, &id);
        g_cond_broadcast(&self->cond);
    }
    g_mutex_unlock(&self->lock);
}

/* The oldest hand-over still unconfirmed (lock held), 0 when none. */
static gint64 oldest_inflight_locked(GstStandinMsgBroker *self)
{
    GHashTableIter it;
    gpointer v;
    gint64 oldest = 0;
    g_hash_table_iter_init(&it, self->inflight);
    while (g_hash_table_iter_next(&it, NULL, &v)) {
        gint64 t = ((Msg *)v)->sent_at;
        if (!oldest || t < oldest)
            oldest = t;
    }
    return oldest;
}

/* Connects (lock held, released meanwhile). */
static void try_connect_locked(GstStandinMsgBroker *self)
{
    GError *err = NULL;
    g_mutex_unlock(&self->lock);
    gboolean ok = self->klass->connect(self->adapter, &err);
    g_mutex_lock(&self->lock);
    if (!ok) {
        gchar *warning = fail_locked(self, err ? err->message : "failed");
        g_clear_error(&err);
        g_mutex_unlock(&self->lock);
        self->klass->disconnect(self->adapter);
        post_warning(self, warning);
        g_mutex_lock(&self->lock);
        return;
    }
    guint again = requeue_inflight_locked(self);
    gchar *info = NULL;
    if (self->warned || !self->ever_connected)
        info = g_strdup_printf("connected to the %s broker at %s%s", self->klass->name, self->address,
                               self->ever_connected ? " again" : "");
    if (info && again) {
        gchar *t = info;
        info = g_strdup_printf("%s (%u unconfirmed payloads to resend)", t, again);
        g_free(t);
    }
    self->connected = TRUE;
    self->attempted = TRUE;
    self->warned = FALSE;
    self->ever_connected = TRUE;
    g_cond_broadcast(&self->cond);
    if (info) {
        g_mutex_unlock(&self->lock);
        GST_ELEMENT_INFO(self, RESOURCE, OPEN_WRITE, ("%s", info), (NULL));
        g_free(info);
        g_mutex_lock(&self->lock);
    }
}

/* The connection is gone (lock held, released meanwhile). */
static void lose_locked(GstStandinMsgBroker *self, const gchar *why)
{
    gchar *warning = fail_locked(self, why);
    g_mutex_unlock(&self->lock);
    self->klass->disconnect(self->adapter);
    post_warning(self, warning);
    g_mutex_lock(&self->lock);
}

/* Hands the queued payloads to the protocol (lock held, released for each
 * send). FALSE: the connection failed. In confirmed mode the message sits
 * in the in-flight table meanwhile, where drain() may drop it: it is
 * looked up again afterwards. */
static gboolean send_pending_locked(GstStandinMsgBroker *self, gchar **why)
{
    Msg *m;
    while (!self->stopping && (m = g_queue_pop_head(&self->pending))) {
        guint64 id = m->id;
        GBytes *bytes = g_bytes_ref(m->data);
        if (self->confirm_on)
            g_hash_table_insert(self->inflight, &m->id, m);
        gsize len;
        const guint8 *data = g_bytes_get_data(bytes, &len);
        GError *err = NULL;
        g_mutex_unlock(&self->lock);
        gboolean ok = self->klass->send(self->adapter, id, data, len, &err);
        g_mutex_lock(&self->lock);
        g_bytes_unref(bytes);
        if (self->confirm_on)
            m = g_hash_table_lookup(self->inflight, &id);
        if (!ok) {
            /* Confirmed mode: m stays in flight and is resent after the
             * reconnection; fire-and-forget: lost. */
            if (!self->confirm_on) {
                self->dropped++;
                msg_free(m);
            }
            *why = g_strdup(err ? err->message : "send failed");
            g_clear_error(&err);
            return FALSE;
        }
        if (!m)
            continue;
        if (m->sent_before)
            self->resent++;
        m->sent_before = TRUE;
        m->sent_at = g_get_monotonic_time();
        if (!self->confirm_on) {
            self->delivered++;
            msg_free(m);
        }
    }
    return TRUE;
}

static gpointer worker(gpointer data)
{
    GstStandinMsgBroker *self = data;
    g_mutex_lock(&self->lock);
    while (!self->stopping) {
        if (!self->connected) {
            if (self->attempted && g_get_monotonic_time() < self->next_attempt) {
                g_cond_wait_until(&self->cond, &self->lock, self->next_attempt);
                continue;
            }
            try_connect_locked(self);
            continue;
        }
        gchar *why = NULL;
        if (!send_pending_locked(self, &why)) {
            lose_locked(self, why);
            g_free(why);
            continue;
        }
        GError *err = NULL;
        g_mutex_unlock(&self->lock);
        gboolean ok = self->klass->poll(self->adapter, POLL_MS, on_ack, self, &err);
        g_mutex_lock(&self->lock);
        gint64 oldest = self->confirm_on ? oldest_inflight_locked(self) : 0;
        if (!ok) {
            lose_locked(self, err ? err->message : "connection lost");
        } else if (oldest && g_get_monotonic_time() - oldest > self->timeout_us) {
            gchar *t = g_strdup_printf("no confirmation from the broker for %" G_GINT64_FORMAT " ms",
                                       self->timeout_us / 1000);
            lose_locked(self, t);
            g_free(t);
        }
        g_clear_error(&err);
        g_cond_broadcast(&self->cond);
    }
    g_mutex_unlock(&self->lock);
    return NULL;
}

/* ---- the report ---- */

static void report(GstStandinMsgBroker *self, const gchar *when)
{
    g_mutex_lock(&self->lock);
    if (self->reported || !self->klass) {
        g_mutex_unlock(&self->lock);
        return;
    }
    self->reported = TRUE;
    guint64 sent = self->sent, delivered = self->delivered, resent = self->resent, dropped = self->dropped;
    g_mutex_unlock(&self->lock);
    GstStructure *s = gst_structure_new("msgbroker-report", "protocol", G_TYPE_STRING, self->klass->name, "address",
                                        G_TYPE_STRING, self->address, "confirm-delivery", G_TYPE_BOOLEAN,
                                        self->confirm_on, "sent", G_TYPE_UINT64, sent, "delivered", G_TYPE_UINT64,
                                        delivered, "resent", G_TYPE_UINT64, resent, "dropped", G_TYPE_UINT64,
                                        dropped, NULL);
    gst_element_post_message(GST_ELEMENT(self), gst_message_new_element(GST_OBJECT(self), s));
    gchar *line = g_strdup_printf("%s: %s broker at %s, %s: %" G_GUINT64_FORMAT " payloads, %" G_GUINT64_FORMAT
                                  " %s, %" G_GUINT64_FORMAT " resent, %" G_GUINT64_FORMAT " dropped",
                                  GST_OBJECT_NAME(self), self->klass->name, self->address, when, sent, delivered,
                                  self->confirm_on ? "delivered (confirmed by the broker)"
                                                   : "handed to the protocol (not confirmed)",
                                  resent, dropped);
    GST_INFO_OBJECT(self, "%s", line);
    g_printerr("%s\n", line);
    g_free(line);
}

/* At EOS: waits until every payload is confirmed, or FLUSH_TIMEOUT_MS, or
 * confirm-timeout when the broker was never reached; what is left is
 * dropped. */
static void drain(GstStandinMsgBroker *self)
{
    gint64 end = g_get_monotonic_time() + FLUSH_TIMEOUT_MS * 1000;
    g_mutex_lock(&self->lock);
    while (self->worker && (g_queue_get_length(&self->pending) || g_hash_table_size(self->inflight))) {
        gint64 now = g_get_monotonic_time();
        if (now >= end)
            break;
        /* A broker never reached: no point waiting for the whole flush
         * timeout (one that went away gets it, to come back). */
        if (!self->connected && !self->ever_connected && self->attempted && now - self->down_since > self->timeout_us)
            break;
        g_cond_wait_until(&self->cond, &self->lock, MIN(end, now + 100 * 1000));
    }
    drop_all_locked(self);
    g_mutex_unlock(&self->lock);
}

/* ---- start / stop ---- */

/* The adapter a library's file name names, as the SDK's libraries are
 * named (libnvds_<protocol>_proto.so); NULL for others. *proto is the
 * protocol word found, for the error. */
static const GodsBrokerAdapterClass *adapter_of(const gchar *lib, const gchar **proto)
{
    static const struct {
        const char *word;
        const GodsBrokerAdapterClass *klass;
    } known[] = {
        {"mqtt", &gods_broker_mqtt}, {"kafka", &gods_broker_kafka}, {"redis", &gods_broker_redis},
        {"amqp", &gods_broker_amqp}, {"azure", NULL},
    };
    gchar *base = g_path_get_basename(lib);
    gchar *lower = g_ascii_strdown(base, -1);
    const GodsBrokerAdapterClass *klass = NULL;
    *proto = "unknown";
    for (size_t i = 0; i < G_N_ELEMENTS(known); i++)
        if (strstr(lower, known[i].word)) {
            *proto = known[i].word;
            klass = known[i].klass;
            break;
        }
    g_free(base);
    g_free(lower);
    return klass;
}

static gboolean start(GstBaseSink *sink)
{
    GstStandinMsgBroker *self = (GstStandinMsgBroker *)sink;
    GST_OBJECT_LOCK(self);
    gchar *lib = g_strdup(self->proto_lib), *conn = g_strdup(self->conn_str);
    gchar *config = g_strdup(self->config_file), *topic = g_strdup(self->topic);
    gboolean confirm = self->confirm;
    guint limit = self->queue_size, timeout = self->confirm_timeout;
    GST_OBJECT_UNLOCK(self);
    gboolean ok = FALSE;

    if (!lib) {
        GST_ELEMENT_ERROR(self, RESOURCE, NOT_FOUND, (NULL), ("No protocol adaptor library provided"));
        goto out;
    }
    const gchar *proto;
    const GodsBrokerAdapterClass *klass = adapter_of(lib, &proto);
    if (!klass) {
        GST_ELEMENT_ERROR(self, LIBRARY, INIT,
                          ("%s: protocol not supported by the embedded runtime (MQTT, Kafka, Redis and AMQP are: "
                           "proto-lib naming libnvds_mqtt_proto.so, libnvds_kafka_proto.so, libnvds_redis_proto.so "
                           "or libnvds_amqp_proto.so)",
                           proto),
                          ("proto-lib %s", lib));
        goto out;
    }
    GodsBrokerSettings set = {conn, config, topic, confirm, (gint)timeout};
    GError *err = NULL;
    GodsBrokerAdapter *a = klass->create(&set, &err);
    if (!a) {
        GST_ELEMENT_ERROR(self, RESOURCE, SETTINGS, ("%s", err->message), ("proto-lib %s", lib));
        g_error_free(err);
        goto out;
    }
    self->klass = klass;
    self->adapter = a;
    self->address = g_strdup(klass->address(a));
    self->confirm_on = confirm;
    self->limit = limit;
    self->timeout_us = (gint64)timeout * 1000;
    self->inflight = g_hash_table_new_full(g_int64_hash, g_int64_equal, NULL, msg_free);
    self->connected = self->stopping = self->attempted = self->warned = self->ever_connected = FALSE;
    self->reported = FALSE;
    self->next_id = 1;
    self->sent = self->delivered = self->resent = self->dropped = 0;
    self->worker = g_thread_new("nvmsgbroker", worker, self);

    /* Give the first attempt a bounded time, so that a reachable broker
     * is connected before the first buffers. */
    gint64 until = g_get_monotonic_time() + (self->timeout_us + 1000 * 1000);
    g_mutex_lock(&self->lock);
    while (!self->attempted && g_cond_wait_until(&self->cond, &self->lock, until))
        ;
    g_mutex_unlock(&self->lock);
    ok = TRUE;
out:
    g_free(lib);
    g_free(conn);
    g_free(config);
    g_free(topic);
    return ok;
}

static gboolean stop(GstBaseSink *sink)
{
    GstStandinMsgBroker *self = (GstStandinMsgBroker *)sink;
    if (!self->klass)
        return TRUE;
    g_mutex_lock(&self->lock);
    self->stopping = TRUE;
    g_cond_broadcast(&self->cond);
    g_mutex_unlock(&self->lock);
    g_thread_join(self->worker);
    self->worker = NULL;
    self->klass->disconnect(self->adapter);
    g_mutex_lock(&self->lock);
    drop_all_locked(self);
    g_mutex_unlock(&self->lock);
    report(self, "stopped before end-of-stream");
    self->klass->destroy(self->adapter);
    self->adapter = NULL;
    self->klass = NULL;
    g_clear_pointer(&self->address, g_free);
    g_clear_pointer(&self->inflight, g_hash_table_unref);
    return TRUE;
}

/* ---- queueing (streaming thread) ---- */

static void enqueue(GstStandinMsgBroker *self, const NvDsPayload *p, guint comp_id)
{
    if (!p || !p->payload || !p->payloadSize)
        return;
    if (comp_id && p->componentId != comp_id)
        return;
    g_mutex_lock(&self->lock);
    self->sent++;
    guint queued = g_queue_get_length(&self->pending) + g_hash_table_size(self->inflight);
    if ((!self->confirm_on && !self->connected) || queued >= self->limit) {
        self->dropped++;
    } else {
        Msg *m = g_new0(Msg, 1);
        m->id = self->next_id++;
        m->data = g_bytes_new(p->payload, p->payloadSize);
        g_queue_push_tail(&self->pending, m);
        g_cond_broadcast(&self->cond);
    }
    g_mutex_unlock(&self->lock);
}

static void enqueue_list(GstStandinMsgBroker *self, NvDsUserMetaList *list, guint comp_id)
{
    for (NvDsUserMetaList *l = list; l; l = l->next) {
        NvDsUserMeta *u = l->data;
        if (u && u->base_meta.meta_type == NVDS_PAYLOAD_META)
            enqueue(self, u->user_meta_data, comp_id);
    }
}

static GstFlowReturn render(GstBaseSink *sink, GstBuffer *buf)
{
    GstStandinMsgBroker *self = (GstStandinMsgBroker *)sink;
    NvDsBatchMeta *batch = gst_buffer_get_nvds_batch_meta(buf);
    if (!batch || !self->klass)
        return GST_FLOW_OK;
    GST_OBJECT_LOCK(self);
    guint comp_id = self->comp_id;
    GST_OBJECT_UNLOCK(self);
    nvds_acquire_meta_lock(batch);
    for (NvDsFrameMetaList *l = batch->frame_meta_list; l; l = l->next)
        enqueue_list(self, ((NvDsFrameMeta *)l->data)->frame_user_meta_list, comp_id);
    enqueue_list(self, batch->batch_user_meta_list, comp_id);
    nvds_release_meta_lock(batch);
    return GST_FLOW_OK;
}

static gboolean event(GstBaseSink *sink, GstEvent *ev)
{
    GstStandinMsgBroker *self = (GstStandinMsgBroker *)sink;
    if (GST_EVENT_TYPE(ev) == GST_EVENT_EOS && self->klass) {
        drain(self);
        report(self, "end-of-stream");
    }
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
                            "Protocol adaptor library; its file name chooses the protocol (libnvds_mqtt_proto.so, "
                            "libnvds_kafka_proto.so, libnvds_redis_proto.so, libnvds_amqp_proto.so); not loaded",
                            NULL, rw));
    g_object_class_install_property(
        gobject_class, PROP_CONN_STR,
        g_param_spec_string("conn-str", "connection string",
                            "Broker address: host;port, and what the adapter reads after it", NULL, rw));
    g_object_class_install_property(gobject_class, PROP_CONFIG,
                                    g_param_spec_string("config", "configuration file name",
                                                        "Adaptor configuration file ([message-broker] group)", NULL,
                                                        rw));
    g_object_class_install_property(
        gobject_class, PROP_TOPIC, g_param_spec_string("topic", "topic name", "Name of the message topic", NULL, rw));
    g_object_class_install_property(
        gobject_class, PROP_COMP_ID,
        g_param_spec_uint("comp-id", "Component Id", "Only payloads of this componentId (0: all)", 0, G_MAXUINT, 0,
                          rw));
    g_object_class_install_property(
        gobject_class, PROP_NEW_API,
        g_param_spec_boolean("new-api", "Use new libnvds_msgbroker API", "Accepted (the same adapters either way)",
                             FALSE, rw));
    g_object_class_install_property(
        gobject_class, PROP_SLEEP_TIME,
        g_param_spec_uint("sleep-time", "Sleep time", "Accepted (the adapter runs in its own thread)", 0, G_MAXUINT, 0,
                          rw));
    g_object_class_install_property(
        gobject_class, PROP_CONFIRM,
        g_param_spec_boolean("confirm-delivery", "Confirmed delivery (stand-in extension)",
                             "Count a payload delivered only when the broker confirms it, and resend unconfirmed "
                             "payloads after a reconnection; FALSE: fire-and-forget, as DeepStream's adapters",
                             TRUE, rw));
    g_object_class_install_property(
        gobject_class, PROP_QUEUE_SIZE,
        g_param_spec_uint("queue-size", "Queue size (stand-in extension)",
                          "Payloads waiting to be sent or confirmed, at most; a payload arriving when full is dropped",
                          1, G_MAXINT, DEFAULT_QUEUE_SIZE, rw));
    g_object_class_install_property(
        gobject_class, PROP_CONFIRM_TIMEOUT,
        g_param_spec_uint("confirm-timeout", "Confirmation timeout (stand-in extension)",
                          "Milliseconds a connection attempt, or a payload handed over, may wait for the broker "
                          "before the connection is treated as gone",
                          100, 600000, DEFAULT_CONFIRM_TIMEOUT_MS, rw));

    gst_element_class_add_pad_template(element_class,
                                       gst_pad_template_new("sink", GST_PAD_SINK, GST_PAD_ALWAYS, gst_caps_new_any()));
    gst_element_class_set_static_metadata(element_class,
                                          "Message Broker (go-deepstream CPU stand-in: MQTT, Kafka, Redis, AMQP)",
                                          "Sink/Metadata", "Sends payload metadata to a message broker",
                                          "go-deepstream");
    bs->start = start;
    bs->stop = stop;
    bs->render = render;
    bs->event = event;
}

static void gst_standin_msg_broker_init(GstStandinMsgBroker *self)
{
    g_mutex_init(&self->lock);
    g_cond_init(&self->cond);
    g_queue_init(&self->pending);
    self->confirm = TRUE;
    self->queue_size = DEFAULT_QUEUE_SIZE;
    self->confirm_timeout = DEFAULT_CONFIRM_TIMEOUT_MS;
}
