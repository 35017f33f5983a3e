//go:build !deepstream

/* msgbroker_amqp.c: the AMQP 0-9-1 adapter of the nvmsgbroker stand-in
 * (libnvds_amqp_proto.so in the SDK, which uses rabbitmq-c too). Payloads
 * are published to an exchange with the topic as routing key, content
 * type text/plain, persistent, on virtual host "/".
 *
 * - conn-str: "host;port" (the credentials from the config file or the
 *   environment), "host;port;username" (the password from the config file
 *   or the environment) or "host;port;username;password"; without it the
 *   config's hostname and port (default 5672).
 * - config [message-broker]: hostname, port, username, password, exchange
 *   (default amq.topic), topic (default deepstream_topic; the topic
 *   property wins), amqp-framesize (default 131072), amqp-heartbeat
 *   (seconds, default 0: none); share-connection is accepted. USER_AMQP and
 *   PASSWORD_AMQP override the credentials.
 * - Confirmed delivery puts the channel in publisher-confirm mode and
 *   counts a payload on the broker's basic.ack (a basic.nack refuses it);
 *   fire-and-forget publishes without confirms, as the adapter does. */
#include <string.h>
#include <sys/time.h>

#include <amqp.h>
#include <amqp_tcp_socket.h>

#include "standin_msgbroker.go.h"

#define DEFAULT_PORT 5672
#define DEFAULT_EXCHANGE "amq.topic"
#define DEFAULT_TOPIC "deepstream_topic"
#define DEFAULT_FRAME_SIZE 131072

typedef struct {
    guint64 tag, id;
} Tag;

typedef struct {
    gchar *host, *address, *username, *password, *exchange, *topic;
    gint port, timeout_ms, frame_size, heartbeat;
    gboolean confirm;

    amqp_connection_state_t conn;
    guint64 next_tag;
    GQueue tags; /* Tag*, published and unconfirmed, in tag order */
} Amqp;

static void rmq_disconnect(GodsBrokerAdapter *ga)
{
    Amqp *a = (Amqp *)ga;
    /* No closing handshake: a stopped broker would hold it for the RPC
     * timeout; the socket's end tells the broker enough. */
    if (a->conn)
        amqp_destroy_connection(a->conn);
    a->conn = NULL;
    g_queue_clear_full(&a->tags, g_free);
}

static void rmq_destroy(GodsBrokerAdapter *ga)
{
    Amqp *a = (Amqp *)ga;
    if (!a)
        return;
    rmq_disconnect(ga);
    g_free(a->host);
    g_free(a->address);
    g_free(a->username);
    g_free(a->password);
    g_free(a->exchange);
    g_free(a->topic);
    g_free(a);
}

static void replace(gchar **dst, const gchar *v)
{
    if (!v)
        return;
    g_free(*dst);
    *dst = g_strdup(v);
}

static GodsBrokerAdapter *rmq_create(const GodsBrokerSettings *s, GError **err)
{
    Amqp *a = g_new0(Amqp, 1);
    g_queue_init(&a->tags);
    a->timeout_ms = s->timeout_ms;
    a->confirm = s->confirm;
    GError *e = NULL;
    GKeyFile *kf = gods_broker_config_load(s->config_file, &e);
    if (e) {
        g_propagate_error(err, e);
        goto fail;
    }
    gint64 port, frame, heartbeat;
    if (!gods_broker_config_int(kf, "port", 1, 65535, DEFAULT_PORT, &port, err) ||
        !gods_broker_config_int(kf, "amqp-framesize", 4096, G_MAXINT, DEFAULT_FRAME_SIZE, &frame, err) ||
        !gods_broker_config_int(kf, "amqp-heartbeat", 0, 65535, 0, &heartbeat, err))
        goto fail;
    a->port = (gint)port;
    a->frame_size = (gint)frame;
    a->heartbeat = (gint)heartbeat;
    a->host = gods_broker_config_string(kf, "hostname");
    a->username = gods_broker_config_string(kf, "username");
    a->password = gods_broker_config_string(kf, "password");
    a->exchange = gods_broker_config_string(kf, "exchange");
    a->topic = gods_broker_config_string(kf, "topic");
    if (!a->exchange)
        a->exchange = g_strdup(DEFAULT_EXCHANGE);
    if (!a->topic)
        a->topic = g_strdup(DEFAULT_TOPIC);
    replace(&a->topic, s->topic);
    if (s->conn_str && *s->conn_str) {
        gint p;
        gchar **parts = gods_broker_conn_parts(s->conn_str, 4, &p, "host;port[;username[;password]]", err);
        if (!parts)
            goto fail;
        replace(&a->host, parts[0]);
        a->port = p;
        if (parts[2] && *parts[2])
            replace(&a->username, parts[2]);
        if (parts[2] && parts[3] && *parts[3])
            replace(&a->password, parts[3]);
        g_strfreev(parts);
    }
    replace(&a->username, g_getenv("USER_AMQP"));
    replace(&a->password, g_getenv("PASSWORD_AMQP"));
    if (!a->host) {
        g_set_error(err, GODS_BROKER_ERROR, 0,
                    "no AMQP broker: set conn-str host;port or hostname in the adapter configuration");
        goto fail;
    }
    if (!a->username || !a->password) {
        g_set_error(err, GODS_BROKER_ERROR, 0,
                    "no AMQP credentials: set username and password in the adapter configuration (or conn-str "
                    "host;port;username;password, or USER_AMQP and PASSWORD_AMQP)");
        goto fail;
    }
    a->address = g_strdup_printf("%s:%d", a->host, a->port);
    if (kf)
        g_key_file_free(kf);
    return (GodsBrokerAdapter *)a;
fail:
    if (kf)
        g_key_file_free(kf);
    rmq_destroy((GodsBrokerAdapter *)a);
    return NULL;
}

static const gchar *rmq_address(GodsBrokerAdapter *ga)
{
    return ((Amqp *)ga)->address;
}

/* Text for an RPC reply that is not normal. */
static gchar *reply_error(amqp_rpc_reply_t r)
{
    switch (r.reply_type) {
    case AMQP_RESPONSE_NONE: return g_strdup("no reply");
    case AMQP_RESPONSE_LIBRARY_EXCEPTION: return g_strdup(amqp_error_string2(r.library_error));
    case AMQP_RESPONSE_SERVER_EXCEPTION:
        if (r.reply.id == AMQP_CONNECTION_CLOSE_METHOD) {
            amqp_connection_close_t *c = r.reply.decoded;
            return g_strdup_printf("refused by the broker: %.*s", (int)c->reply_text.len,
                                   (const char *)c->reply_text.bytes);
        }
        if (r.reply.id == AMQP_CHANNEL_CLOSE_METHOD) {
            amqp_channel_close_t *c = r.reply.decoded;
            return g_strdup_printf("channel closed by the broker: %.*s", (int)c->reply_text.len,
                                   (const char *)c->reply_text.bytes);
        }
        return g_strdup_printf("broker error (method 0x%08x)", r.reply.id);
    default: return g_strdup("failed");
    }
}

static gboolean rpc_ok(amqp_rpc_reply_t r, const char *what, GError **err)
{
    if (r.reply_type == AMQP_RESPONSE_NORMAL)
        return TRUE;
    gchar *why = reply_error(r);
    g_set_error(err, GODS_BROKER_ERROR, 0, "%s: %s", what, why);
    g_free(why);
    return FALSE;
}

static gboolean rmq_connect(GodsBrokerAdapter *ga, GError **err)
{
    Amqp *a = (Amqp *)ga;
    rmq_disconnect(ga);
    a->conn = amqp_new_connection();
    amqp_socket_t *sock = amqp_tcp_socket_new(a->conn);
    if (!sock) {
        g_set_error(err, GODS_BROKER_ERROR, 0, "cannot create a socket");
        return FALSE;
    }
    struct timeval tv = {a->timeout_ms / 1000, (a->timeout_ms % 1000) * 1000};
    amqp_set_handshake_timeout(a->conn, &tv);
    amqp_set_rpc_timeout(a->conn, &tv);
    int st = amqp_socket_open_noblock(sock, a->host, a->port, &tv);
    if (st != AMQP_STATUS_OK) {
        g_set_error(err, GODS_BROKER_ERROR, 0, "%s", amqp_error_string2(st));
        return FALSE;
    }
    if (!rpc_ok(amqp_login(a->conn, "/", 0, a->frame_size, a->heartbeat, AMQP_SASL_METHOD_PLAIN, a->username,
                           a->password),
                "login", err))
        return FALSE;
    amqp_channel_open(a->conn, 1);
    if (!rpc_ok(amqp_get_rpc_reply(a->conn), "channel", err))
        return FALSE;
    if (a->confirm) {
        amqp_confirm_select(a->conn, 1);
        if (!rpc_ok(amqp_get_rpc_reply(a->conn), "publisher confirms", err))
            return FALSE;
    }
    a->next_tag = 1;
    return TRUE;
}

static gboolean rmq_send(GodsBrokerAdapter *ga, guint64 id, const guint8 *data, gsize len, GError **err)
{
    Amqp *a = (Amqp *)ga;
    amqp_basic_properties_t props;
    props._flags = AMQP_BASIC_CONTENT_TYPE_FLAG | AMQP_BASIC_DELIVERY_MODE_FLAG;
    props.content_type = amqp_cstring_bytes("text/plain");
    props.delivery_mode = 2;
    amqp_bytes_t body = {len, (void *)data};
    int rc = amqp_basic_publish(a->conn, 1, amqp_cstring_bytes(a->exchange), amqp_cstring_bytes(a->topic), 0, 0,
                                &props, body);
    if (rc != AMQP_STATUS_OK) {
        g_set_error(err, GODS_BROKER_ERROR, 0, "publish: %s", amqp_error_string2(rc));
        return FALSE;
    }
    if (a->confirm) {
        Tag *t = g_new(Tag, 1);
        t->tag = a->next_tag++;
        t->id = id;
        g_queue_push_tail(&a->tags, t);
    }
    return TRUE;
}

/* The broker confirmed (or refused) tag, and with multiple every tag up to
 * it. */
static void confirm_tags(Amqp *a, guint64 tag, gboolean multiple, gboolean ok, GodsBrokerAckFn ack, gpointer user)
{
    for (GList *l = a->tags.head; l;) {
        GList *next = l->next;
        Tag *t = l->data;
        if (t->tag == tag || (multiple && t->tag < tag)) {
            ack(user, t->id, ok, ok ? NULL : "basic.nack");
            g_queue_delete_link(&a->tags, l);
            g_free(t);
        } else if (t->tag > tag) {
            break;
        }
        l = next;
    }
}

static gboolean rmq_poll(GodsBrokerAdapter *ga, gint timeout_ms, GodsBrokerAckFn ack, gpointer user, GError **err)
{
    Amqp *a = (Amqp *)ga;
    struct timeval tv = {timeout_ms / 1000, (timeout_ms % 1000) * 1000};
    for (;;) {
        amqp_frame_t f;
        amqp_maybe_release_buffers(a->conn);
        int rc = amqp_simple_wait_frame_noblock(a->conn, &f, &tv);
        if (rc == AMQP_STATUS_TIMEOUT)
            return TRUE;
        if (rc != AMQP_STATUS_OK) {
            g_set_error(err, GODS_BROKER_ERROR, 0, "%s", amqp_error_string2(rc));
            return FALSE;
        }
        /* Later frames of this round: only what is already there. */
        tv.tv_sec = 0;
        tv.tv_usec = 0;
        if (f.frame_type != AMQP_FRAME_METHOD)
            continue;
        switch (f.payload.method.id) {
        case AMQP_BASIC_ACK_METHOD: {
            amqp_basic_ack_t *m = f.payload.method.decoded;
            confirm_tags(a, m->delivery_tag, m->multiple, TRUE, ack, user);
            break;
        }
        case AMQP_BASIC_NACK_METHOD: {
            amqp_basic_nack_t *m = f.payload.method.decoded;
            confirm_tags(a, m->delivery_tag, m->multiple, FALSE, ack, user);
            break;
        }
        case AMQP_CHANNEL_CLOSE_METHOD: {
            amqp_channel_close_t *m = f.payload.method.decoded;
            g_set_error(err, GODS_BROKER_ERROR, 0, "channel closed by the broker: %.*s", (int)m->reply_text.len,
                        (const char *)m->reply_text.bytes);
            return FALSE;
        }
        case AMQP_CONNECTION_CLOSE_METHOD: {
            amqp_connection_close_t *m = f.payload.method.decoded;
            g_set_error(err, GODS_BROKER_ERROR, 0, "connection closed by the broker: %.*s", (int)m->reply_text.len,
                        (const char *)m->reply_text.bytes);
            return FALSE;
        }
        default: break;
        }
    }
}

const GodsBrokerAdapterClass gods_broker_amqp = {
    .name = "AMQP",
    .create = rmq_create,
    .address = rmq_address,
    .connect = rmq_connect,
    .send = rmq_send,
    .poll = rmq_poll,
    .disconnect = rmq_disconnect,
    .destroy = rmq_destroy,
};
