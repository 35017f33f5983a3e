//go:build !deepstream

/* msgbroker_redis.c: the Redis adapter of the nvmsgbroker stand-in
 * (libnvds_redis_proto.so in the SDK, which uses hiredis too). Every
 * payload is appended to a Redis stream:
 *     XADD <topic> MAXLEN <streamsize> * <payloadkey> <payload>
 *
 * - conn-str: "host;port"; without it the config's hostname and port
 *   (default localhost, 6379).
 * - topic: the topic property names the stream (required).
 * - config [message-broker]: hostname, port, payloadkey (the entry's field
 *   name, default metadata), streamsize (the stream's length cap, default
 *   10000; 0: no cap); consumergroup, consumername and share-connection
 *   are accepted (they concern consumers and shared handles).
 * - Confirmed delivery counts a payload on the server's XADD reply (an
 *   entry id); an error reply refuses it. Commands are pipelined: replies
 *   come in order. */
#include <errno.h>
#include <poll.h>
#include <string.h>

#include <hiredis/hiredis.h>

#include "standin_msgbroker.go.h"

#define DEFAULT_HOST "localhost"
#define DEFAULT_PORT 6379
#define DEFAULT_PAYLOAD_KEY "metadata"
#define DEFAULT_STREAM_SIZE 10000

typedef struct {
    gchar *host, *address, *topic, *payload_key, *maxlen;
    gint port, timeout_ms;

    redisContext *c;
    GQueue ids; /* payload ids whose reply is awaited, oldest first */
} Redis;

static void redis_disconnect(GodsBrokerAdapter *ga)
{
    Redis *a = (Redis *)ga;
    if (a->c)
        redisFree(a->c);
    a->c = NULL;
    g_queue_clear_full(&a->ids, g_free);
}

static void redis_destroy(GodsBrokerAdapter *ga)
{
    Redis *a = (Redis *)ga;
    if (!a)
        return;
    redis_disconnect(ga);
    g_free(a->host);
    g_free(a->address);
    g_free(a->topic);
    g_free(a->payload_key);
    g_free(a->maxlen);
    g_free(a);
}

static GodsBrokerAdapter *redis_create(const GodsBrokerSettings *s, GError **err)
{
    Redis *a = g_new0(Redis, 1);
    g_queue_init(&a->ids);
    a->timeout_ms = s->timeout_ms;
    GError *e = NULL;
    GKeyFile *kf = gods_broker_config_load(s->config_file, &e);
    if (e) {
        g_propagate_error(err, e);
        goto fail;
    }
    gint64 port, size;
    if (!gods_broker_config_int(kf, "port", 1, 65535, DEFAULT_PORT, &port, err) ||
        !gods_broker_config_int(kf, "streamsize", 0, G_MAXINT64, DEFAULT_STREAM_SIZE, &size, err))
        goto fail;
    a->host = gods_broker_config_string(kf, "hostname");
    a->port = (gint)port;
    a->payload_key = gods_broker_config_string(kf, "payloadkey");
    if (!a->payload_key)
        a->payload_key = g_strdup(DEFAULT_PAYLOAD_KEY);
    if (size > 0)
        a->maxlen = g_strdup_printf("%" G_GINT64_FORMAT, size);
    if (s->conn_str && *s->conn_str) {
        gint p;
        gchar **parts = gods_broker_conn_parts(s->conn_str, 2, &p, "host;port", err);
        if (!parts)
            goto fail;
        g_free(a->host);
        a->host = g_strdup(parts[0]);
        a->port = p;
        g_strfreev(parts);
    }
    if (!a->host)
        a->host = g_strdup(DEFAULT_HOST);
    a->address = g_strdup_printf("%s:%d", a->host, a->port);
    if (!s->topic) {
        g_set_error(err, GODS_BROKER_ERROR, 0, "no topic: set the topic property (the Redis stream's key)");
        goto fail;
    }
    a->topic = g_strdup(s->topic);
    if (kf)
        g_key_file_free(kf);
    return (GodsBrokerAdapter *)a;
fail:
    if (kf)
        g_key_file_free(kf);
    redis_destroy((GodsBrokerAdapter *)a);
    return NULL;
}

static const gchar *redis_address(GodsBrokerAdapter *ga)
{
    return ((Redis *)ga)->address;
}

static struct timeval timeval_ms(gint ms)
{
    struct timeval tv = {ms / 1000, (ms % 1000) * 1000};
    return tv;
}

static gboolean redis_connect(GodsBrokerAdapter *ga, GError **err)
{
    Redis *a = (Redis *)ga;
    redis_disconnect(ga);
    a->c = redisConnectWithTimeout(a->host, a->port, timeval_ms(a->timeout_ms));
    if (!a->c || a->c->err) {
        g_set_error(err, GODS_BROKER_ERROR, 0, "%s", a->c ? a->c->errstr : "cannot allocate a Redis context");
        return FALSE;
    }
    /* Bounds every blocking read and write on the socket. */
    redisSetTimeout(a->c, timeval_ms(a->timeout_ms));
    /* A server that accepts the connection but does not answer (stopped)
     * is found here. */
    redisReply *r = redisCommand(a->c, "PING");
    if (!r) {
        g_set_error(err, GODS_BROKER_ERROR, 0, "no answer from the server: %s", a->c->errstr);
        return FALSE;
    }
    gboolean ok = r->type != REDIS_REPLY_ERROR;
    if (!ok)
        g_set_error(err, GODS_BROKER_ERROR, 0, "the server refuses: %s", r->str);
    freeReplyObject(r);
    return ok;
}

static gboolean redis_send(GodsBrokerAdapter *ga, guint64 id, const guint8 *data, gsize len, GError **err)
{
    Redis *a = (Redis *)ga;
    const char *argv[7];
    size_t lens[7];
    int n = 0;
#define ARG(s, l) (argv[n] = (s), lens[n] = (l), n++)
    ARG("XADD", 4);
    ARG(a->topic, strlen(a->topic));
    if (a->maxlen) {
        ARG("MAXLEN", 6);
        ARG(a->maxlen, strlen(a->maxlen));
    }
    ARG("*", 1);
    ARG(a->payload_key, strlen(a->payload_key));
    ARG((const char *)data, len);
#undef ARG
    if (redisAppendCommandArgv(a->c, n, argv, lens) != REDIS_OK) {
        g_set_error(err, GODS_BROKER_ERROR, 0, "XADD: %s", a->c->errstr);
        return FALSE;
    }
    guint64 *v = g_new(guint64, 1);
    *v = id;
    g_queue_push_tail(&a->ids, v);
    return TRUE;
}

static gboolean redis_poll(GodsBrokerAdapter *ga, gint timeout_ms, GodsBrokerAckFn ack, gpointer user, GError **err)
{
    Redis *a = (Redis *)ga;
    int done = 0;
    while (!done)
        if (redisBufferWrite(a->c, &done) != REDIS_OK)
            goto lost;
    struct pollfd pfd = {a->c->fd, POLLIN, 0};
    int n = poll(&pfd, 1, timeout_ms);
    if (n < 0 && errno != EINTR) {
        g_set_error(err, GODS_BROKER_ERROR, 0, "poll: %s", g_strerror(errno));
        return FALSE;
    }
    if (n <= 0)
        return TRUE;
    if (redisBufferRead(a->c) != REDIS_OK)
        goto lost;
    for (;;) {
        void *reply = NULL;
        if (redisReaderGetReply(a->c->reader, &reply) != REDIS_OK) {
            g_set_error(err, GODS_BROKER_ERROR, 0, "protocol error: %s", a->c->reader->errstr);
            return FALSE;
        }
        if (!reply)
            break;
        redisReply *r = reply;
        guint64 *id = g_queue_pop_head(&a->ids);
        if (id)
            ack(user, *id, r->type != REDIS_REPLY_ERROR, r->type == REDIS_REPLY_ERROR ? r->str : NULL);
        g_free(id);
        freeReplyObject(r);
    }
    return TRUE;
lost:
    g_set_error(err, GODS_BROKER_ERROR, 0, "%s", a->c->errstr[0] ? a->c->errstr : "connection lost");
    return FALSE;
}

const GodsBrokerAdapterClass gods_broker_redis = {
    .name = "Redis",
    .create = redis_create,
    .address = redis_address,
    .connect = redis_connect,
    .send = redis_send,
    .poll = redis_poll,
    .disconnect = redis_disconnect,
    .destroy = redis_destroy,
};
