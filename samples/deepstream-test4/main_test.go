package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/internal/brokertest"
	"github.com/go-deepstream/go-deepstream/internal/testmain"
	"github.com/go-deepstream/go-deepstream/samples/internal/samplestest"
	"github.com/go-deepstream/go-deepstream/scene"
)

var bin string

// TestMain builds the sample; the binary fails if the tests that run the
// pipeline in this process leave anything counted alive.
func TestMain(m *testing.M) { os.Exit(testmain.Check(samplestest.Main(m, &bin))) }

// mqttLib is a proto-lib path the embedded runtime's nvmsgbroker accepts
// as the MQTT adapter (it does not load it).
const mqttLib = "/opt/nvidia/deepstream/deepstream/lib/libnvds_mqtt_proto.so"

// broker is a mosquitto started by the test on a loopback port.
type broker struct {
	port int
	cmd  *exec.Cmd
}

func startBroker(t *testing.T) *broker {
	t.Helper()
	if _, err := exec.LookPath("mosquitto"); err != nil {
		t.Skip("mosquitto not installed (make setup installs it)")
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	port := l.Addr().(*net.TCPAddr).Port
	require.NoError(t, l.Close())
	conf := filepath.Join(t.TempDir(), "mosquitto.conf")
	require.NoError(t, os.WriteFile(conf, []byte(fmt.Sprintf("listener %d 127.0.0.1\nallow_anonymous true\n", port)), 0o644))
	cmd := exec.Command("mosquitto", "-c", conf)
	require.NoError(t, cmd.Start())
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
	})
	deadline := time.Now().Add(10 * time.Second)
	for {
		c, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", port))
		if err == nil {
			c.Close()
			break
		}
		require.True(t, time.Now().Before(deadline), "mosquitto did not start listening on %d", port)
		time.Sleep(50 * time.Millisecond)
	}
	return &broker{port: port, cmd: cmd}
}

// subscriber is a mosquitto_sub on one topic, collecting payloads.
type subscriber struct {
	mu       sync.Mutex
	payloads []string
	cmd      *exec.Cmd
}

func (b *broker) subscribe(t *testing.T, topic string) *subscriber {
	t.Helper()
	s := &subscriber{}
	// stdbuf: mosquitto_sub's stdout is a pipe here, which stdio would
	// buffer fully; the SUBACK line and each message are needed as they come.
	s.cmd = exec.Command("stdbuf", "-oL", "mosquitto_sub", "-d", "-h", "127.0.0.1", "-p", strconv.Itoa(b.port), "-t", topic, "-v")
	out, err := s.cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, s.cmd.Start())
	t.Cleanup(func() {
		_ = s.cmd.Process.Kill()
		_ = s.cmd.Wait()
	})
	subscribed := make(chan struct{})
	go func() {
		sc := bufio.NewScanner(out)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		once := sync.Once{}
		for sc.Scan() {
			l := sc.Text()
			if strings.Contains(l, "SUBACK") {
				once.Do(func() { close(subscribed) })
			}
			if p, ok := strings.CutPrefix(l, topic+" "); ok {
				s.mu.Lock()
				s.payloads = append(s.payloads, p)
				s.mu.Unlock()
			}
		}
	}()
	select {
	case <-subscribed:
	case <-time.After(10 * time.Second):
		t.Fatal("mosquitto_sub did not subscribe")
	}
	return s
}

// wait returns the payloads once n have arrived, or what arrived in time.
func (s *subscriber) wait(n int, d time.Duration) []string {
	deadline := time.Now().Add(d)
	for {
		s.mu.Lock()
		got := append([]string(nil), s.payloads...)
		s.mu.Unlock()
		if len(got) >= n || time.Now().After(deadline) {
			return got
		}
		time.Sleep(50 * time.Millisecond)
	}
}

type fullMessage struct {
	MessageID string `json:"messageid"`
	Timestamp string `json:"@timestamp"`
	Sensor    struct {
		ID string `json:"id"`
	} `json:"sensor"`
	Object struct {
		ID      string             `json:"id"`
		Vehicle map[string]any     `json:"vehicle"`
		Person  map[string]any     `json:"person"`
		BBox    map[string]float64 `json:"bbox"`
	} `json:"object"`
	Event struct {
		Type string `json:"type"`
	} `json:"event"`
}

// Full schema: one message for the first object of frames 0 and 30 of the
// default clip, describing a detected object as the probe filled it in.
func TestFullSchemaOverMQTT(t *testing.T) {
	_, truth := samplestest.Clip(t, scene.DefaultConfig())
	b := startBroker(t)
	sub := b.subscribe(t, "testTopic")
	res := samplestest.Run(t, bin, "", nil, "-p", mqttLib, "--conn-str", fmt.Sprintf("127.0.0.1;%d;testTopic", b.port), "--no-display")
	require.Equal(t, 0, res.Code, "stderr:\n%s", res.Stderr)
	_, clip, _ := strings.Cut(res.Stderr, "playing the generated clip ")
	clip, _, _ = strings.Cut(clip, "\n")
	// What deepstream_test_4.py prints with --no-display.
	samplestest.MatchStdout(t, res.Stdout, samplestest.Lines(
		samplestest.Py("Creating Pipeline \n ", "Creating Source \n ", "Creating H264Parser \n", "Creating Decoder \n", "Creating FakeSink \n"),
		samplestest.Py("Playing file "+clip+" "),
		samplestest.Py("Adding elements to Pipeline \n", "Linking elements in the Pipeline \n", "Starting pipeline \n"),
		samplestest.Pattern(`Frame Number = \d+ Vehicle Count = \d+ Person Count = \d+`, len(truth.Frames), len(truth.Frames)),
		samplestest.Lit("End-of-stream"),
	))

	lines := res.Lines("Frame Number = ")
	require.Len(t, lines, len(truth.Frames))
	var counts []samplestest.Counts
	for i, l := range lines {
		c, err := samplestest.ParseCounts(l)
		require.NoError(t, err)
		require.Equal(t, i, c.Frame)
		counts = append(counts, c)
	}
	samplestest.CheckCounts(t, counts, truth, false)

	msgs := sub.wait(2, 10*time.Second)
	require.Len(t, msgs, 2, "messages for frames 0 and 30")
	for i, raw := range msgs {
		frame := 30 * i
		var m fullMessage
		require.NoError(t, json.Unmarshal([]byte(raw), &m), raw)
		assert.NotEmpty(t, m.MessageID)
		_, err := time.Parse(time.RFC3339, m.Timestamp)
		assert.NoError(t, err, "@timestamp %q", m.Timestamp)
		assert.Equal(t, "CAMERA_ID", m.Sensor.ID)
		assert.Equal(t, "18446744073709551615", m.Object.ID, "untracked object id as uint64")
		var class scene.ClassID
		switch {
		case m.Object.Vehicle != nil:
			class = scene.Vehicle
			assert.Equal(t, "moving", m.Event.Type)
			for k, v := range map[string]string{"type": "sedan", "make": "Bugatti", "model": "M", "color": "blue", "license": "XX1234", "licenseState": "CA"} {
				assert.Equal(t, v, m.Object.Vehicle[k], k)
			}
		case m.Object.Person != nil:
			class = scene.Person
			assert.Equal(t, "entry", m.Event.Type)
			assert.EqualValues(t, 45, m.Object.Person["age"])
			assert.Equal(t, "male", m.Object.Person["gender"])
		default:
			t.Fatalf("message without vehicle or person: %s", raw)
		}
		// The box is a truth object of that class in that frame, at the
		// muxer's 1920x1080.
		bb := m.Object.BBox
		box := scene.Box{Left: int(bb["topleftx"] / 3), Top: int(bb["toplefty"] / 3),
			Width: int((bb["bottomrightx"] - bb["topleftx"]) / 3), Height: int((bb["bottomrighty"] - bb["toplefty"]) / 3)}
		best := 0.0
		for _, o := range truth.Frames[frame].Objects {
			if o.ClassID == class {
				best = max(best, box.IoU(o.VisibleBox))
			}
		}
		assert.GreaterOrEqual(t, best, 0.5, "message %d box %v on a truth %s", i, box, class)
	}
}

// Minimal schema, topic from -t: one line per object in "objects".
func TestMinimalSchemaAndTopic(t *testing.T) {
	clip, _ := samplestest.ShortClip(t, 31)
	b := startBroker(t)
	sub := b.subscribe(t, "minimal")
	res := samplestest.Run(t, bin, "", nil, "-i", clip, "-p", mqttLib, "--conn-str", fmt.Sprintf("127.0.0.1;%d", b.port),
		"-t", "minimal", "--schema-type=2", "--no-display") // optparse's app: anything but "0" is minimal
	require.Equal(t, 0, res.Code, "stderr:\n%s", res.Stderr)
	msgs := sub.wait(2, 10*time.Second)
	require.Len(t, msgs, 2)
	for _, raw := range msgs {
		var m struct {
			Version  string   `json:"version"`
			SensorID string   `json:"sensorId"`
			Objects  []string `json:"objects"`
		}
		require.NoError(t, json.Unmarshal([]byte(raw), &m), raw)
		assert.Equal(t, "sensor-0", m.SensorID, "the minimal schema names the sensor by sensorStr")
		require.Len(t, m.Objects, 1)
		f := strings.Split(m.Objects[0], "|")
		require.GreaterOrEqual(t, len(f), 7, m.Objects[0])
		switch f[5] {
		case "Vehicle":
			assert.Equal(t, []string{"sedan", "Bugatti", "M", "blue", "XX1234", "CA"}, f[7:13])
		case "Person":
			assert.Equal(t, []string{"male", "45", "black", "none", "formal"}, f[7:12])
		default:
			t.Errorf("object %q", m.Objects[0])
		}
	}
}

// A broker that is not there does not stop the pipeline: nvmsgbroker warns
// and the sample plays to the end.
func TestBrokerDown(t *testing.T) {
	clip, _ := samplestest.ShortClip(t, 31)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	port := l.Addr().(*net.TCPAddr).Port
	require.NoError(t, l.Close())
	res := samplestest.Run(t, bin, "", nil, "-i", clip, "-p", mqttLib, "--conn-str", fmt.Sprintf("127.0.0.1;%d;x", port), "--no-display")
	require.Equal(t, 0, res.Code, "stderr:\n%s", res.Stderr)
	assert.Contains(t, res.Stderr, "Warning: ")
	assert.Contains(t, res.Stdout, "End-of-stream")
}

func TestBadInput(t *testing.T) {
	clip, _ := samplestest.ShortClip(t, 31)
	for name, tc := range map[string]struct {
		args           []string
		code           int
		stdout, stderr string
	}{
		"no proto-lib":    {[]string{"-i", clip}, 1, usageLine + "\n", ""},
		"missing file":    {[]string{"-i", "/nonexistent.h264", "-p", mqttLib}, 1, "", "no such file"},
		"azure, no SDK":   {[]string{"-i", clip, "-p", "/opt/nvidia/deepstream/deepstream/lib/libnvds_azure_proto.so", "--no-display"}, 1, "", "protocol not supported"},
		"kafka, no topic": {[]string{"-i", clip, "-p", "/opt/nvidia/deepstream/deepstream/lib/libnvds_kafka_proto.so", "--conn-str", "localhost;9092", "--no-display"}, 1, "", "no topic"},
		"unknown option":  {[]string{"-p", mqttLib, "-x"}, 2, "", "Usage: deepstream_test_4.py [options]\n\ndeepstream_test_4.py: error: no such option: -x\n"},
		"missing value":   {[]string{"-p", mqttLib, "--topic"}, 2, "", "deepstream_test_4.py: error: --topic option requires 1 argument\n"},
		"flag with value": {[]string{"-p", mqttLib, "--no-display=1"}, 2, "", "deepstream_test_4.py: error: --no-display option does not take a value\n"},
	} {
		t.Run(name, func(t *testing.T) {
			res := samplestest.Run(t, bin, "", nil, tc.args...)
			assert.Equal(t, tc.code, res.Code)
			if tc.stdout != "" {
				assert.Equal(t, tc.stdout, res.Stdout)
			}
			assert.Contains(t, res.Stderr, tc.stderr)
		})
	}
}

// -h prints optparse's help to stdout and exits 0.
func TestHelp(t *testing.T) {
	res := samplestest.Run(t, bin, "", nil, "-h")
	assert.Equal(t, 0, res.Code)
	assert.Equal(t, helpText, res.Stdout)
	assert.Empty(t, res.Stderr)
}

// What optparse accepts: glued short values, --long=value, unique long
// prefixes, operands (ignored); -s other than "0" is the minimal schema.
func TestParseArgs(t *testing.T) {
	opt, err := parseArgs([]string{"-iclip.h264", "--proto=lib.so", "--conn", "h;1;t", "-s", "2", "stray", "--no-d"})
	require.NoError(t, err)
	assert.Equal(t, &options{inputFile: "clip.h264", protoLib: "lib.so", connStr: "h;1;t", connStrSet: true, schemaType: 1, noDisplay: true}, opt)
	opt, err = parseArgs([]string{"-p", "lib.so", "-s", "0"})
	require.NoError(t, err)
	assert.Equal(t, &options{protoLib: "lib.so"}, opt, "no --conn-str: none set, as Python passes None")
	_, err = parseArgs([]string{"--c", "x"})
	assert.EqualError(t, err, "Usage: deepstream_test_4.py [options]\n\ndeepstream_test_4.py: error: ambiguous option: --c (--cfg-file, --conn-str?)\n")
}

// The sample's pipeline run in this test process, where the leak registry
// sees it: every event message the probe attached (frames 0 and 30) is freed
// with its meta once the pipeline has stopped.
func TestEventMsgsReleased(t *testing.T) {
	clip, _ := samplestest.ShortClip(t, 31)
	b := startBroker(t)
	require.NoError(t, run(&options{inputFile: clip, protoLib: mqttLib,
		connStr: fmt.Sprintf("127.0.0.1;%d;testTopic", b.port), connStrSet: true, noDisplay: true}))
	testmain.NoneLive(t)
}

// The sample with each protocol's adapter library, against that protocol's
// broker: both messages (frames 0 and 30) arrive, and nvmsgbroker's report
// line says both were confirmed by the broker.
func TestProtocols(t *testing.T) {
	testmain.Slow(t) // four servers, rabbitmq-server's start alone takes seconds
	clip, _ := samplestest.ShortClip(t, 31)
	const lib = "/opt/nvidia/deepstream/deepstream/lib/"
	for _, tc := range []struct {
		name  string
		start func(t *testing.T, topic string) (args []string, read func() []brokertest.Message)
	}{
		{"Kafka", func(t *testing.T, topic string) ([]string, func() []brokertest.Message) {
			k := brokertest.NewKafka(t, topic)
			// As the Python README: the topic in the connection string, the
			// partition key in cfg_kafka.txt.
			cfg := filepath.Join(t.TempDir(), "cfg_kafka.txt")
			require.NoError(t, os.WriteFile(cfg, []byte("[message-broker]\npartition-key = sensor.id\n"), 0o600))
			return []string{"-p", lib + "libnvds_kafka_proto.so", "--conn-str", fmt.Sprintf("127.0.0.1;%d;%s", k.Port, topic),
					"-c", cfg},
				func() []brokertest.Message { return brokertest.KafkaTopic(t, k.Addr(), topic, 2, 30*time.Second) }
		}},
		{"MQTT", func(t *testing.T, topic string) ([]string, func() []brokertest.Message) {
			b := brokertest.Mosquitto(t)
			sub := brokertest.SubscribeMQTT(t, b, topic)
			return []string{"-p", lib + "libnvds_mqtt_proto.so", "--conn-str", fmt.Sprintf("127.0.0.1;%d", b.Port), "-t", topic},
				func() []brokertest.Message { return sub.Wait(2, 10*time.Second) }
		}},
		{"Redis", func(t *testing.T, topic string) ([]string, func() []brokertest.Message) {
			r := brokertest.Redis(t)
			return []string{"-p", lib + "libnvds_redis_proto.so", "--conn-str", fmt.Sprintf("127.0.0.1;%d", r.Port), "-t", topic},
				func() []brokertest.Message { return brokertest.RedisStream(t, r, topic) }
		}},
		{"AMQP", func(t *testing.T, topic string) ([]string, func() []brokertest.Message) {
			r := brokertest.RabbitMQ(t)
			sub := brokertest.SubscribeAMQP(t, r, "amq.topic", topic)
			cfg := filepath.Join(t.TempDir(), "cfg_amqp.txt")
			require.NoError(t, os.WriteFile(cfg, []byte(fmt.Sprintf("[message-broker]\nhostname = 127.0.0.1\nport = %d\n"+
				"username = guest\npassword = guest\nexchange = amq.topic\ntopic = %s\n", r.Port, topic)), 0o600))
			return []string{"-p", lib + "libnvds_amqp_proto.so", "--conn-str", "", "-c", cfg},
				func() []brokertest.Message { return sub.Wait(2, 10*time.Second) }
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			topic := "test4-" + strings.ToLower(tc.name)
			args, read := tc.start(t, topic)
			res := samplestest.Run(t, bin, "", nil, append([]string{"-i", clip, "--no-display"}, args...)...)
			require.Equal(t, 0, res.Code, "stderr:\n%s", res.Stderr)
			assert.Contains(t, res.Stderr, "broker at 127.0.0.1:")
			assert.Contains(t, res.Stderr, "end-of-stream: 2 payloads, 2 delivered (confirmed by the broker), 0 resent, 0 dropped")
			msgs := read()
			require.Len(t, msgs, 2)
			for _, m := range msgs {
				var full fullMessage
				require.NoError(t, json.Unmarshal([]byte(m.Value), &full), m.Value)
				assert.NotEmpty(t, full.MessageID)
				assert.Equal(t, "CAMERA_ID", full.Sensor.ID)
				assert.Contains(t, []string{"moving", "entry"}, full.Event.Type)
				if tc.name == "Kafka" {
					assert.Equal(t, "CAMERA_ID", m.Key, "partition-key sensor.id")
				}
			}
		})
	}
}
