//go:build !deepstream

package standin_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-gst/go-gst/gst"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/internal/brokertest"
	"github.com/go-deepstream/go-deepstream/internal/testmain"
	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/schema"
)

// A broker of one protocol, started for one test: the nvmsgbroker
// properties that reach it, what its subscriber received, and its faults.
type protoBroker struct {
	props string
	// read returns what a subscriber received once n messages arrived, or
	// after a while.
	read  func(n int) []brokertest.Message
	fault brokertest.Faulty
}

type protocol struct {
	name  string
	start func(t *testing.T, topic, extra string) protoBroker
}

var protocols = []protocol{
	{"MQTT", func(t *testing.T, topic, extra string) protoBroker {
		b := brokertest.Mosquitto(t)
		sub := brokertest.SubscribeMQTT(t, b, topic)
		return protoBroker{
			props: fmt.Sprintf(`proto-lib=%s conn-str="127.0.0.1;%d" topic=%s %s`, mqttProtoLib, b.Port, topic, extra),
			read:  func(n int) []brokertest.Message { return sub.Wait(n, 30*time.Second) },
			fault: b,
		}
	}},
	{"Kafka", func(t *testing.T, topic, extra string) protoBroker {
		k := brokertest.NewKafka(t, topic)
		return protoBroker{
			props: fmt.Sprintf(`proto-lib=/opt/nvidia/deepstream/deepstream/lib/libnvds_kafka_proto.so `+
				`conn-str="127.0.0.1;%d;%s" %s`, k.Port, topic, extra),
			read: func(n int) []brokertest.Message {
				return brokertest.KafkaTopic(t, k.Addr(), topic, n, 30*time.Second)
			},
			fault: k,
		}
	}},
	{"Redis", func(t *testing.T, topic, extra string) protoBroker {
		r := brokertest.Redis(t)
		return protoBroker{
			props: fmt.Sprintf(`proto-lib=libnvds_redis_proto.so conn-str="127.0.0.1;%d" topic=%s %s`, r.Port,
				topic, extra),
			read:  func(int) []brokertest.Message { return brokertest.RedisStream(t, r, topic) },
			fault: r,
		}
	}},
	{"AMQP", func(t *testing.T, topic, extra string) protoBroker {
		r := brokertest.RabbitMQ(t)
		sub := brokertest.SubscribeAMQP(t, r, "amq.topic", topic)
		return protoBroker{
			props: fmt.Sprintf(`proto-lib=libnvds_amqp_proto.so conn-str="127.0.0.1;%d;guest;guest" topic=%s %s`,
				r.Port, topic, extra),
			read:  func(n int) []brokertest.Message { return sub.Wait(n, 30*time.Second) },
			fault: r,
		}
	}},
}

// The payloads of test4's branch reach each protocol's broker, in order,
// with the bytes of schema's Encoder (ids aside); every one is confirmed.
func TestMsgBrokerProtocols(t *testing.T) {
	testmain.Slow(t) // four servers, rabbitmq-server's start alone takes seconds
	const frames, perFrame = 5, 2
	_, cfg := msgconvConfig(t)
	for _, p := range protocols {
		t.Run(p.name, func(t *testing.T) {
			topic := "test4-" + strings.ToLower(p.name)
			b := p.start(t, topic, "")
			var mu sync.Mutex
			batches := 0
			var probes []*nvds.Probe
			log := runBus(t, brokerPipeline(t, frames, false, b.props),
				countingProbes(t, perFrame, &batches, &mu, &probes), nil)
			for _, pr := range probes {
				pr.Remove()
			}
			require.NoError(t, log.err)
			assert.Empty(t, log.warnings)
			assert.Contains(t, strings.Join(log.infos, "\n"), "connected to the "+p.name+" broker at 127.0.0.1:")
			require.Len(t, log.reports, 1)
			assert.Equal(t, report{protocol: p.name, confirm: true, sent: frames * perFrame,
				delivered: frames * perFrame},
				log.reports[0])

			got := b.read(frames * perFrame)
			require.Len(t, got, frames*perFrame)
			enc := schema.NewEncoder(cfg)
			n := 0
			enc.NewID = func() string { n++; return "id-" + strconv.Itoa((n-1)%2+1) }
			i := 0
			for f := range frames {
				for k := range perFrame {
					o := schema.NewEventMsg()
					fillEvent(t, o.Meta(), f, k)
					o.Meta().SetComponentID(int32(k%2 + 1))
					want, err := enc.AppendFull(nil, o.Meta())
					o.Release()
					require.NoError(t, err)
					assert.Equal(t, string(want), normalizeIDs(t, got[i].Value), "frame %d message %d", f, k)
					switch p.name {
					case "Kafka":
						// partition-key's default: the message's sensor.id.
						assert.Equal(t, jsonField(t, got[i].Value, "sensor", "id"), got[i].Key)
					case "Redis":
						assert.Equal(t, "metadata", got[i].Key, "payloadkey's default")
					}
					i++
				}
			}
		})
	}
	testmain.NoneLive(t)
}

// jsonField is the string at a path of a JSON object.
func jsonField(t *testing.T, doc string, path ...string) string {
	var v any
	require.NoError(t, json.Unmarshal([]byte(doc), &v))
	for _, k := range path {
		m, ok := v.(map[string]any)
		require.True(t, ok, "%s: no object at %s", doc, k)
		v = m[k]
	}
	s, ok := v.(string)
	require.True(t, ok, "%s: %v is not a string", doc, path)
	return s
}

func writeConfig(t *testing.T, text string) string {
	p := filepath.Join(t.TempDir(), "cfg.txt")
	require.NoError(t, os.WriteFile(p, []byte(text), 0o600))
	return p
}

// The Kafka adapter's [message-broker] keys: partition-key picks the JSON
// field that keys each message, proto-cfg reaches librdkafka (a setting
// it refuses stops the pipeline).
func TestMsgBrokerKafkaConfig(t *testing.T) {
	k := brokertest.NewKafka(t)
	cfg := writeConfig(t, "[message-broker]\npartition-key = event.type\nproto-cfg = \"linger.ms=5;acks=1\"\n"+
		"consumer-group-id = g\n")
	log := runBus(t, brokerPipeline(t, 2, false, fmt.Sprintf(`proto-lib=libnvds_kafka_proto.so `+
		`conn-str="127.0.0.1;%d;keyed" config=%s`, k.Port, cfg)), countingProbes(t, 2, new(int), &sync.Mutex{},
		new([]*nvds.Probe)), nil)
	require.NoError(t, log.err)
	got := brokertest.KafkaTopic(t, k.Addr(), "keyed", 4, 30*time.Second)
	require.Len(t, got, 4)
	for _, m := range got {
		assert.Equal(t, jsonField(t, m.Value, "event", "type"), m.Key)
		assert.Contains(t, []string{"moving", "entry"}, m.Key)
	}

	bad := writeConfig(t, "[message-broker]\nproto-cfg = no.such.setting=1\n")
	log = runBus(t, brokerPipeline(t, 2, false, fmt.Sprintf(`proto-lib=libnvds_kafka_proto.so `+
		`conn-str="127.0.0.1;%d;keyed" config=%s`, k.Port, bad)), nil, nil)
	require.Error(t, log.err)
	assert.Contains(t, log.err.Error(), "Kafka proto-cfg no.such.setting=1")
	testmain.NoneLive(t)
}

// The Redis adapter's [message-broker] keys: payloadkey names the entry's
// field, streamsize caps the stream; hostname and port stand for conn-str.
func TestMsgBrokerRedisConfig(t *testing.T) {
	r := brokertest.Redis(t)
	cfg := writeConfig(t, fmt.Sprintf("[message-broker]\nhostname = 127.0.0.1\nport = %d\npayloadkey = event\n"+
		"streamsize = 3\nconsumergroup = g\n", r.Port))
	log := runBus(t, brokerPipeline(t, 4, false, "proto-lib=libnvds_redis_proto.so topic=capped config="+cfg),
		countingProbes(t, 2, new(int), &sync.Mutex{}, new([]*nvds.Probe)), nil)
	require.NoError(t, log.err)
	require.Len(t, log.reports, 1)
	assert.Equal(t, uint64(8), log.reports[0].delivered)
	got := brokertest.RedisStream(t, r, "capped")
	require.Len(t, got, 3, "streamsize 3")
	var ids []string
	for _, m := range got {
		assert.Equal(t, "event", m.Key)
		ids = append(ids, jsonField(t, m.Value, "object", "id"))
	}
	// Object ids are 100*frame+k: the last three payloads stay.
	assert.Equal(t, []string{"201", "300", "301"}, ids)
	testmain.NoneLive(t)
}

// A broker killed, or frozen, mid-stream loses nothing silently: every
// payload is delivered (confirmed by the broker) or counted as dropped, and
// the subscriber has every delivered one (resends may repeat some). The
// stream (20 fps, one payload a frame) runs 1 s, the fault lasts 1.5 s
// (plus the restart), and the stream ends 1 s after the broker is back.
func TestMsgBrokerFaults(t *testing.T) {
	testmain.Slow(t)
	for _, p := range protocols {
		for _, f := range []brokertest.Fault{brokertest.Kill, brokertest.Freeze} {
			t.Run(p.name+"/"+string(f), func(t *testing.T) {
				topic := fmt.Sprintf("faults-%s-%s", strings.ToLower(p.name), f)
				b := p.start(t, topic, "confirm-timeout=1000")
				injected := make(chan struct{})
				var mu sync.Mutex
				batches := 0
				var probes []*nvds.Probe
				setup := countingProbes(t, 1, &batches, &mu, &probes)
				log := runBus(t, brokerPipeline(t, 100000, true, b.props), func(pl *gst.Pipeline) {
					setup(pl)
					go func() {
						defer close(injected)
						time.Sleep(time.Second)
						brokertest.Inject(b.fault, f, 1500*time.Millisecond)
						time.Sleep(time.Second)
						pl.SendEvent(gst.NewEOSEvent())
					}()
				}, nil)
				<-injected
				for _, pr := range probes {
					pr.Remove()
				}
				require.NoError(t, log.err)
				for _, w := range append(log.warnings, log.infos...) {
					t.Log(w)
				}
				require.Len(t, log.reports, 1)
				r := log.reports[0]
				mu.Lock()
				assert.EqualValues(t, batches, r.sent, "one payload a frame; buffers flow on")
				mu.Unlock()
				assert.Equal(t, r.sent, r.delivered+r.dropped, "every payload delivered or counted: %+v", r)
				// Resends repeat some messages: read until as many distinct
				// ones as were confirmed arrived, or 30 s.
				var got []brokertest.Message
				var ids map[string]bool
				for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(200 * time.Millisecond) {
					got = b.read(int(r.delivered))
					ids = map[string]bool{}
					for _, m := range got {
						id := msgIDs.FindString(m.Value)
						require.NotEmpty(t, id, m.Value)
						ids[id] = true
					}
					if uint64(len(ids)) >= r.delivered || time.Now().After(deadline) {
						break
					}
				}
				t.Logf("%s %s: sent %d, confirmed %d, resent %d, dropped %d; subscriber: %d messages, %d distinct",
					p.name, f, r.sent, r.delivered, r.resent, r.dropped, len(got), len(ids))
				assert.GreaterOrEqual(t, uint64(len(ids)), r.delivered, "every confirmed payload arrived")
				assert.LessOrEqual(t, uint64(len(ids)), r.delivered+r.dropped)
				assert.Zero(t, r.dropped, "the queue holds the outage's payloads")
			})
		}
	}
	testmain.NoneLive(t)
}
