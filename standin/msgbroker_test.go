//go:build !deepstream

package standin_test

import (
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/go-gst/go-gst/gst"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/gogst"
	"github.com/go-deepstream/go-deepstream/internal/testmain"
	"github.com/go-deepstream/go-deepstream/nvds"
	"github.com/go-deepstream/go-deepstream/schema"
)

// The path test4 gives proto-lib for MQTT; any path naming mqtt will do.
const mqttProtoLib = "/opt/nvidia/deepstream/deepstream/lib/libnvds_mqtt_proto.so"

// freePort returns a loopback TCP port nothing listens on.
func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	port := l.Addr().(*net.TCPAddr).Port
	require.NoError(t, l.Close())
	return port
}

// tool finds a program on PATH or in /usr/sbin (mosquitto is there).
func tool(t *testing.T, name string) string {
	t.Helper()
	if p, err := exec.LookPath(name); err == nil {
		return p
	}
	if p := filepath.Join("/usr/sbin", name); fileExists(p) {
		return p
	}
	t.Fatalf("%s not found: run scripts/setup.sh (Debian packages mosquitto, mosquitto-clients)", name)
	return ""
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// syncBuffer is a log written by a child process and read by the test.
type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// broker is a mosquitto process on a loopback port.
type broker struct {
	port int
	log  *syncBuffer
}

// mosquittoConf is the configuration of a test broker: loopback only, its
// log (subscriptions included) on stderr; the running user, so that a
// broker started as root can read the test's files.
func mosquittoConf(t *testing.T, port int, extra string) string {
	t.Helper()
	u, err := user.Current()
	require.NoError(t, err)
	conf := filepath.Join(t.TempDir(), "mosquitto.conf")
	require.NoError(t, os.WriteFile(conf, []byte(fmt.Sprintf("user %s\nlistener %d 127.0.0.1\npersistence false\n"+
		"log_dest stderr\nlog_type all\n%s", u.Username, port, extra)), 0o600))
	return conf
}

// startBroker runs mosquitto on 127.0.0.1:port until the test ends, and
// waits until it accepts connections.
func startBroker(t *testing.T, port int, extra string) *broker {
	t.Helper()
	b := &broker{port: port, log: &syncBuffer{}}
	cmd := exec.Command(tool(t, "mosquitto"), "-c", mosquittoConf(t, port, extra))
	cmd.Stdout, cmd.Stderr = b.log, b.log
	require.NoError(t, cmd.Start())
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		if t.Failed() {
			t.Logf("mosquitto log:\n%s", b.log.String())
		}
	})
	deadline := time.Now().Add(5 * time.Second)
	for {
		c, err := net.DialTimeout("tcp", "127.0.0.1:"+strconv.Itoa(port), 200*time.Millisecond)
		if err == nil {
			c.Close()
			return b
		}
		require.True(t, time.Now().Before(deadline), "mosquitto did not start: %v\n%s", err, b.log.String())
		time.Sleep(20 * time.Millisecond)
	}
}

// subscriber is mosquitto_sub receiving n messages on a topic.
type subscriber struct {
	out  *syncBuffer
	done chan struct{}
}

var subscribers atomic.Int32

// subscribe starts mosquitto_sub -C n on the broker and returns once the
// broker has acknowledged the subscription (its log says so), so that
// nothing published after is missed.
func subscribe(t *testing.T, b *broker, topic string, n int) *subscriber {
	t.Helper()
	id := fmt.Sprintf("go-deepstream-sub-%d-%d", os.Getpid(), subscribers.Add(1))
	cmd := exec.Command(tool(t, "mosquitto_sub"), "-i", id, "-h", "127.0.0.1", "-p", strconv.Itoa(b.port),
		"-t", topic, "-C", strconv.Itoa(n), "-W", "60")
	s := &subscriber{out: &syncBuffer{}, done: make(chan struct{})}
	cmd.Stdout = s.out
	require.NoError(t, cmd.Start())
	go func() {
		_ = cmd.Wait()
		close(s.done)
	}()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		<-s.done
	})
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(b.log.String(), "Sending SUBACK to "+id) {
		require.True(t, time.Now().Before(deadline), "mosquitto_sub did not subscribe within 10 s")
		time.Sleep(10 * time.Millisecond)
	}
	return s
}

// wait returns the messages received once n arrived (the subscriber
// exits) or after timeout.
func (s *subscriber) wait(timeout time.Duration) []string {
	select {
	case <-s.done:
	case <-time.After(timeout):
	}
	var out []string
	for _, line := range strings.Split(s.out.String(), "\n") {
		if strings.HasPrefix(line, "{") {
			out = append(out, line)
		}
	}
	return out
}

// busLog is what a pipeline posted.
type busLog struct {
	err      error
	warnings []string
	infos    []string
	reports  []report
}

// report is nvmsgbroker's msgbroker-report element message.
type report struct {
	protocol                         string
	confirm                          bool
	sent, delivered, resent, dropped uint64
}

func parseReport(t *testing.T, s *gst.Structure) report {
	v := s.Values()
	r := report{protocol: fmt.Sprint(v["protocol"])}
	r.confirm, _ = v["confirm-delivery"].(bool)
	for name, dst := range map[string]*uint64{"sent": &r.sent, "delivered": &r.delivered, "resent": &r.resent,
		"dropped": &r.dropped} {
		n, ok := v[name].(uint64)
		require.True(t, ok, "report field %s: %#v", name, v[name])
		*dst = n
	}
	return r
}

// runBus plays desc to EOS or an error (2 minutes at most), calling
// onMessage for every warning and info as they come, then sets it to NULL.
func runBus(t *testing.T, desc string, setup func(p *gst.Pipeline), onMessage func(text string)) busLog {
	t.Helper()
	p, err := gst.NewPipelineFromString(desc)
	require.NoError(t, err)
	if setup != nil {
		setup(p)
	}
	var log busLog
	bus := p.GetPipelineBus()
	if err := p.SetState(gst.StatePlaying); err != nil {
		log.err = err
		if msg := bus.TimedPopFiltered(gst.ClockTime(time.Second), gst.MessageError); msg != nil {
			gerr := msg.ParseError()
			log.err = fmt.Errorf("%s (%s)", gerr.Error(), gerr.DebugString())
		}
	}
	deadline := time.Now().Add(2 * time.Minute)
	for log.err == nil {
		msg := bus.TimedPopFiltered(gst.ClockTime(100*time.Millisecond),
			gst.MessageEOS|gst.MessageError|gst.MessageWarning|gst.MessageInfo|gst.MessageElement)
		if msg == nil {
			if time.Now().After(deadline) {
				log.err = fmt.Errorf("no EOS within 2 minutes")
			}
			continue
		}
		switch msg.Type() {
		case gst.MessageError:
			gerr := msg.ParseError()
			log.err = fmt.Errorf("%s (%s)", gerr.Error(), gerr.DebugString())
		case gst.MessageWarning:
			w := msg.ParseWarning()
			log.warnings = append(log.warnings, w.Error())
			if onMessage != nil {
				onMessage(w.Error())
			}
		case gst.MessageElement:
			if st := msg.GetStructure(); st != nil && st.Name() == "msgbroker-report" {
				log.reports = append(log.reports, parseReport(t, st))
			}
		case gst.MessageInfo:
			i := msg.ParseInfo()
			log.infos = append(log.infos, i.Error())
			if onMessage != nil {
				onMessage(i.Error())
			}
		}
		if msg.Type() == gst.MessageEOS {
			break
		}
	}
	require.NoError(t, p.SetState(gst.StateNull))
	// Until here: go-gst's finalizer would otherwise unref the pipeline
	// while it is being set to NULL.
	runtime.KeepAlive(p)
	return log
}

// brokerPipeline is test4's message branch: the batch goes through a tee
// to nvmsgconv and nvmsgbroker, and to a fakesink named sink.
func brokerPipeline(t *testing.T, frames int, live bool, broker string) string {
	cfgPath, _ := msgconvConfig(t)
	src := fmt.Sprintf("videotestsrc num-buffers=%d", frames)
	if live {
		src += " is-live=true"
	}
	return src + " ! video/x-raw,width=64,height=48,format=NV12,framerate=20/1 ! m.sink_0 " +
		"nvstreammux name=m batch-size=1 width=64 height=48 ! identity name=attach ! tee name=t " +
		"t. ! queue ! nvmsgconv config=" + cfgPath + " payload-type=0 ! nvmsgbroker " + broker + " sync=false " +
		"t. ! queue ! fakesink name=sink"
}

// countingProbes attaches perFrame event messages on identity "attach" and
// counts the batches reaching "sink".
func countingProbes(t *testing.T, perFrame int, batches *int, mu *sync.Mutex, probes *[]*nvds.Probe) func(p *gst.Pipeline) {
	return func(p *gst.Pipeline) {
		a, err := p.GetElementByName("attach")
		require.NoError(t, err)
		s, err := p.GetElementByName("sink")
		require.NoError(t, err)
		*probes = append(*probes, attachEvents(t, a.GetStaticPad("sink"), perFrame))
		pr, err := gogst.AddObserver(s.GetStaticPad("sink"), func(nvds.ProbeInfo) {
			mu.Lock()
			*batches++
			mu.Unlock()
		})
		require.NoError(t, err)
		*probes = append(*probes, pr)
	}
}

// The payloads test4's branch produces reach a real MQTT broker on the
// topic, in order, with the bytes of schema's Encoder (ids aside).
func TestMsgBrokerPublishesToMQTT(t *testing.T) {
	const frames, perFrame = 5, 2
	port := freePort(t)
	b := startBroker(t, port, "allow_anonymous true\n")
	topic := "go-deepstream/test4"
	sub := subscribe(t, b, topic, frames*perFrame)

	var mu sync.Mutex
	batches := 0
	var probes []*nvds.Probe
	desc := brokerPipeline(t, frames, false,
		fmt.Sprintf(`proto-lib=%s conn-str="127.0.0.1;%d" topic=%s`, mqttProtoLib, port, topic))
	log := runBus(t, desc, countingProbes(t, perFrame, &batches, &mu, &probes), nil)
	for _, pr := range probes {
		pr.Remove()
	}
	require.NoError(t, log.err)
	assert.Empty(t, log.warnings)
	assert.Contains(t, strings.Join(log.infos, "\n"), fmt.Sprintf("connected to the MQTT broker at 127.0.0.1:%d", port))
	assert.Equal(t, frames, batches)

	got := sub.wait(30 * time.Second)
	require.Len(t, got, frames*perFrame)
	_, cfg := msgconvConfig(t)
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
			assert.Equal(t, string(want), normalizeIDs(t, got[i]), "frame %d message %d", f, k)
			i++
		}
	}
	testmain.NoneLive(t)
}

// With the broker down the pipeline keeps running: a warning says why,
// every buffer reaches the sink, EOS comes, no error.
func TestMsgBrokerBrokerDown(t *testing.T) {
	const frames = 20
	port := freePort(t) // nothing listens there
	var mu sync.Mutex
	batches := 0
	var probes []*nvds.Probe
	desc := brokerPipeline(t, frames, false,
		fmt.Sprintf(`proto-lib=%s conn-str="127.0.0.1;%d;go-deepstream/down"`, mqttProtoLib, port))
	log := runBus(t, desc, countingProbes(t, 1, &batches, &mu, &probes), nil)
	for _, pr := range probes {
		pr.Remove()
	}
	require.NoError(t, log.err)
	require.NotEmpty(t, log.warnings)
	assert.Contains(t, log.warnings[0], fmt.Sprintf("cannot connect to the MQTT broker at 127.0.0.1:%d", port))
	assert.Contains(t, log.warnings[0], "retried every 1000 ms")
	assert.Len(t, log.warnings, 1, "one warning per outage")
	assert.Equal(t, frames, batches, "every buffer reaches the sink")
	require.Len(t, log.reports, 1)
	assert.Equal(t, report{protocol: "MQTT", confirm: true, sent: frames, dropped: frames}, log.reports[0], "every loss counted")
	testmain.NoneLive(t)
}

// A broker that comes up while the pipeline runs is connected to within
// the retry interval, and later payloads reach it.
func TestMsgBrokerReconnects(t *testing.T) {
	port := freePort(t)
	topic := "go-deepstream/late"
	var pipeline *gst.Pipeline
	received := make(chan []string, 1)
	ended := make(chan struct{})
	started := false
	// On the first warning: start the broker and a subscriber; once the
	// subscriber has a message, end the stream.
	onMessage := func(text string) {
		if started || !strings.Contains(text, "cannot connect") {
			return
		}
		started = true
		b := startBroker(t, port, "allow_anonymous true\n")
		sub := subscribe(t, b, topic, 1)
		go func() {
			received <- sub.wait(30 * time.Second)
			pipeline.SendEvent(gst.NewEOSEvent())
			close(ended)
		}()
	}
	var probes []*nvds.Probe
	batches := 0
	var bmu sync.Mutex
	// Live at 20 fps; 30 s at most, ended early by the subscriber.
	desc := brokerPipeline(t, 600, true,
		fmt.Sprintf(`proto-lib=%s conn-str="127.0.0.1;%d" topic=%s`, mqttProtoLib, port, topic))
	setup := countingProbes(t, 1, &batches, &bmu, &probes)
	log := runBus(t, desc, func(p *gst.Pipeline) {
		pipeline = p
		setup(p)
	}, onMessage)
	for _, pr := range probes {
		pr.Remove()
	}
	require.NoError(t, log.err)
	require.True(t, started, "a warning about the missing broker")
	assert.Regexp(t, `connected to the MQTT broker at 127\.0\.0\.1:\d+`, strings.Join(log.infos, "\n"))
	// The payloads of the outage waited in the queue: none is lost.
	require.Len(t, log.reports, 1)
	r := log.reports[0]
	assert.Greater(t, r.sent, uint64(10))
	assert.Equal(t, r.sent, r.delivered, "%+v", r)
	assert.Zero(t, r.dropped)
	got := <-received
	<-ended
	require.Len(t, got, 1)
	assert.Contains(t, got[0], `"mdsversion":"1.0"`)
	bmu.Lock()
	assert.Greater(t, batches, 10, "frames flowed during the outage and after (the streaming thread never waits for the broker)")
	bmu.Unlock()
	testmain.NoneLive(t)
}

// Protocols the stand-in does not speak, and unusable settings, stop the
// pipeline with an element error that says so.
func TestMsgBrokerErrors(t *testing.T) {
	for _, tc := range []struct{ props, msg string }{
		{`proto-lib=/opt/nvidia/deepstream/deepstream/lib/libnvds_kafka_proto.so conn-str="localhost;9092"`,
			"no topic"},
		{`proto-lib=libnvds_kafka_proto.so conn-str="localhost;9092;t" config=/nonexistent.txt`,
			"cannot read the adapter configuration /nonexistent.txt"},
		{"proto-lib=/opt/nvidia/deepstream/deepstream/lib/libnvds_amqp_proto.so topic=x",
			"no AMQP broker"},
		{`proto-lib=libnvds_amqp_proto.so conn-str="localhost;5672" topic=x`, "no AMQP credentials"},
		{`proto-lib=libnvds_redis_proto.so conn-str="localhost;6379"`, "no topic"},
		{`proto-lib=libnvds_redis_proto.so conn-str="localhost;6379;a;b" topic=x`, "invalid conn-str"},
		{"proto-lib=libnvds_azure_proto.so topic=x", "azure: protocol not supported by the embedded runtime"},
		{"proto-lib=/tmp/libmine.so topic=x", "unknown: protocol not supported by the embedded runtime"},
		{`conn-str="localhost;1883" topic=x`, "No protocol adaptor library provided"},
		{"proto-lib=" + mqttProtoLib + " conn-str=localhost topic=x", `invalid conn-str "localhost"`},
		{"proto-lib=" + mqttProtoLib + ` conn-str="localhost;port" topic=x`, "invalid conn-str"},
		{"proto-lib=" + mqttProtoLib + ` conn-str="localhost;1883"`, "no topic"},
		{"proto-lib=" + mqttProtoLib + ` conn-str="localhost;1883" topic=a/#`, "invalid MQTT topic"},
	} {
		t.Run(tc.props, func(t *testing.T) {
			desc := "videotestsrc num-buffers=2 ! video/x-raw,width=64,height=48,format=NV12 ! m.sink_0 " +
				"nvstreammux name=m batch-size=1 width=64 height=48 ! nvmsgconv ! nvmsgbroker " + tc.props
			log := runBus(t, desc, nil, nil)
			require.Error(t, log.err)
			assert.Contains(t, log.err.Error(), tc.msg)
		})
	}
	testmain.NoneLive(t)
}

// The adapter configuration: credentials are sent (a broker requiring them
// accepts the connection), keep-alive and client-id are read.
func TestMsgBrokerConfigCredentials(t *testing.T) {
	port := freePort(t)
	dir := t.TempDir()
	pw := filepath.Join(dir, "passwd")
	require.NoError(t, os.WriteFile(pw, []byte("user:secret\n"), 0o600))
	out, err := exec.Command(tool(t, "mosquitto_passwd"), "-U", pw).CombinedOutput()
	require.NoError(t, err, "%s", out)
	startBroker(t, port, "allow_anonymous false\npassword_file "+pw+"\n")
	for _, tc := range []struct {
		name, cfg string
		ok        bool
	}{
		{"right", "[message-broker]\nusername = user\npassword = secret\nclient-id = ds-test\nkeep-alive = 30\n", true},
		{"wrong", "[message-broker]\nusername = user\npassword = nope\n", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := filepath.Join(dir, tc.name+".txt")
			require.NoError(t, os.WriteFile(cfg, []byte(tc.cfg), 0o600))
			desc := brokerPipeline(t, 3, false, fmt.Sprintf(`proto-lib=%s conn-str="127.0.0.1;%d" topic=t config=%s`,
				mqttProtoLib, port, cfg))
			log := runBus(t, desc, nil, nil)
			require.NoError(t, log.err)
			if tc.ok {
				assert.Empty(t, log.warnings)
				assert.Contains(t, strings.Join(log.infos, "\n"), "connected to the MQTT broker")
			} else {
				require.NotEmpty(t, log.warnings)
				assert.Contains(t, log.warnings[0], "connection refused by the broker")
			}
		})
	}
	testmain.NoneLive(t)
}

// confirm-delivery=false is DeepStream's fire-and-forget: QoS 0, a payload
// handed to the client counts as sent, and the report says it is not
// confirmed; payloads arriving while disconnected are dropped, not queued.
func TestMsgBrokerFireAndForget(t *testing.T) {
	const frames = 5
	port := freePort(t)
	b := startBroker(t, port, "allow_anonymous true\n")
	topic := "go-deepstream/ff"
	sub := subscribe(t, b, topic, frames)
	props := fmt.Sprintf(`proto-lib=%s conn-str="127.0.0.1;%d" topic=%s confirm-delivery=false`, mqttProtoLib, port, topic)
	log := runBus(t, brokerPipeline(t, frames, false, props), countingProbes(t, 1, new(int), &sync.Mutex{},
		new([]*nvds.Probe)), nil)
	require.NoError(t, log.err)
	require.Len(t, log.reports, 1)
	assert.Equal(t, report{protocol: "MQTT", sent: frames, delivered: frames}, log.reports[0])
	assert.Len(t, sub.wait(30*time.Second), frames)
	assert.Contains(t, b.log.String(), "(d0, q0, r0, m", "published with QoS 0")

	down := fmt.Sprintf(`proto-lib=%s conn-str="127.0.0.1;%d" topic=%s confirm-delivery=false`, mqttProtoLib,
		freePort(t), topic)
	log = runBus(t, brokerPipeline(t, frames, false, down), countingProbes(t, 1, new(int), &sync.Mutex{},
		new([]*nvds.Probe)), nil)
	require.NoError(t, log.err)
	require.Len(t, log.reports, 1)
	assert.Equal(t, report{protocol: "MQTT", sent: frames, dropped: frames}, log.reports[0])
	assert.Contains(t, log.warnings[0], "payloads are dropped meanwhile")
	testmain.NoneLive(t)
}
