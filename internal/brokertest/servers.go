package brokertest

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	amqp "github.com/rabbitmq/amqp091-go"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kgo"
	"github.com/twmb/franz-go/pkg/kmsg"
)

// Mosquitto starts an MQTT broker on a free loopback port. Its persistence
// is on and Kill ends it with SIGTERM, so that a restarted broker still
// holds a persistent subscriber's session (SIGKILL would lose it, and with
// it the messages for a subscriber not yet reconnected).
func Mosquitto(t testing.TB) *Server {
	t.Helper()
	bin := Tool(t, "mosquitto", "mosquitto")
	port := FreePort(t)
	dir := t.TempDir()
	u, err := user.Current()
	if err != nil {
		t.Fatal(err)
	}
	conf := filepath.Join(dir, "mosquitto.conf")
	text := fmt.Sprintf("user %s\nlistener %d 127.0.0.1\nallow_anonymous true\npersistence true\n"+
		"persistence_location %s/\nlog_dest stderr\nlog_type all\n", u.Username, port, dir)
	if err := os.WriteFile(conf, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return newServer(t, "mosquitto", port, syscall.SIGTERM, []string{bin, "-c", conf})
}

// Redis starts redis-server on a free loopback port, without snapshots but
// with an append-only file synced at every write, so that a killed and
// restarted server still has every entry it acknowledged.
func Redis(t testing.TB) *Server {
	t.Helper()
	bin := Tool(t, "redis-server", "redis-server")
	port := FreePort(t)
	return newServer(t, "redis-server", port, syscall.SIGKILL, []string{bin, "--port", strconv.Itoa(port),
		"--bind", "127.0.0.1", "--save", "", "--appendonly", "yes", "--appendfsync", "always", "--dir", t.TempDir()})
}

// Message is one message a subscriber received.
type Message struct {
	Key, Value string
}

// MQTTSubscriber is mosquitto_sub with a persistent session (QoS 1), so
// that it gets what was published while it reconnected after a restart.
type MQTTSubscriber struct {
	mu   sync.Mutex
	msgs []Message
	subs int
}

// SubscribeMQTT subscribes to topic on b and returns once the broker has
// acknowledged the subscription.
func SubscribeMQTT(t testing.TB, b *Server, topic string) *MQTTSubscriber {
	t.Helper()
	bin := Tool(t, "mosquitto_sub", "mosquitto-clients")
	id := fmt.Sprintf("brokertest-%d-%d", os.Getpid(), time.Now().UnixNano())
	// stdbuf: stdout is a pipe, which stdio would buffer fully.
	cmd := exec.Command("stdbuf", "-oL", bin, "-d", "-h", "127.0.0.1", "-p", strconv.Itoa(b.Port), "-t", topic,
		"-q", "1", "-c", "-i", id, "-v")
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	s := &MQTTSubscriber{}
	done := make(chan struct{})
	go func() {
		defer close(done)
		sc := bufio.NewScanner(out)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			l := sc.Text()
			s.mu.Lock()
			if strings.Contains(l, "received SUBACK") {
				s.subs++
			}
			if p, ok := strings.CutPrefix(l, topic+" "); ok {
				s.msgs = append(s.msgs, Message{Value: p})
			}
			s.mu.Unlock()
		}
	}()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		<-done
	})
	deadline := time.Now().Add(10 * time.Second)
	for {
		s.mu.Lock()
		n := s.subs
		s.mu.Unlock()
		if n > 0 {
			return s
		}
		if time.Now().After(deadline) {
			t.Fatal("mosquitto_sub did not subscribe within 10 s")
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// Wait returns the messages once n have arrived, or what arrived within d.
func (s *MQTTSubscriber) Wait(n int, d time.Duration) []Message {
	deadline := time.Now().Add(d)
	for {
		s.mu.Lock()
		got := append([]Message(nil), s.msgs...)
		s.mu.Unlock()
		if len(got) >= n || time.Now().After(deadline) {
			return got
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// RedisStream reads every entry of the stream key (XRANGE - +) with
// redis-cli: field name and value of each.
func RedisStream(t testing.TB, b *Server, key string) []Message {
	t.Helper()
	bin := Tool(t, "redis-cli", "redis-tools")
	out, err := exec.Command(bin, "-p", strconv.Itoa(b.Port), "--raw", "XRANGE", key, "-", "+").Output()
	if err != nil {
		t.Fatalf("redis-cli XRANGE: %v", err)
	}
	// --raw prints id, field, value, one per line; the payloads are one
	// line of JSON.
	lines := strings.Split(strings.TrimRight(string(out), "\n"), "\n")
	var msgs []Message
	for i := 0; i+2 < len(lines); i += 3 {
		msgs = append(msgs, Message{Key: lines[i+1], Value: lines[i+2]})
	}
	return msgs
}

// RedisLen is XLEN key.
func RedisLen(t testing.TB, b *Server, key string) int {
	t.Helper()
	bin := Tool(t, "redis-cli", "redis-tools")
	out, err := exec.Command(bin, "-p", strconv.Itoa(b.Port), "XLEN", key).Output()
	if err != nil {
		t.Fatalf("redis-cli XLEN: %v", err)
	}
	n, err := strconv.Atoi(strings.TrimSpace(string(out)))
	if err != nil {
		t.Fatalf("XLEN %q: %v", out, err)
	}
	return n
}

// Kafka is franz-go's kfake, a Kafka wire-protocol broker, in this
// process on a loopback port, its log kept in a folder so that a restart
// keeps what it acknowledged. Freeze holds every request until Thaw (the
// connections stay open), as a stopped process would.
type Kafka struct {
	Port int
	t    testing.TB
	dir  string

	mu     sync.Mutex
	c      *kfake.Cluster
	frozen chan struct{}
}

// NewKafka starts a kfake broker on a free loopback port until the test
// ends, with topics (one partition each) created, as a deployment would
// have them; others are created when first asked for.
func NewKafka(t testing.TB, topics ...string) *Kafka {
	t.Helper()
	k := &Kafka{Port: FreePort(t), t: t, dir: t.TempDir()}
	k.Restart()
	for _, topic := range topics {
		if err := k.c.CreateTopic(topic, 1, nil); err != nil {
			t.Fatalf("kfake: topic %s: %v", topic, err)
		}
	}
	t.Cleanup(func() {
		k.Thaw()
		k.Kill()
	})
	return k
}

// Addr is "127.0.0.1:port".
func (k *Kafka) Addr() string { return "127.0.0.1:" + strconv.Itoa(k.Port) }

// Restart starts the broker (again) on its port.
func (k *Kafka) Restart() {
	var c *kfake.Cluster
	var err error
	// The port may take a moment to be free again after Kill.
	for range 100 {
		c, err = kfake.NewCluster(kfake.Ports(k.Port), kfake.DataDir(k.dir), kfake.SyncWrites(),
			kfake.AllowAutoTopicCreation(), kfake.DefaultNumPartitions(1))
		if err == nil {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if err != nil {
		k.t.Fatalf("kfake: %v", err)
	}
	c.Control(func(kmsg.Request) (kmsg.Response, error, bool) {
		c.KeepControl()
		k.mu.Lock()
		frozen := k.frozen
		k.mu.Unlock()
		if frozen != nil {
			c.SleepControl(func() { <-frozen })
		}
		return nil, nil, false
	})
	k.mu.Lock()
	k.c = c
	k.mu.Unlock()
}

// Kill closes the broker and its connections.
func (k *Kafka) Kill() {
	k.mu.Lock()
	c := k.c
	k.c = nil
	k.mu.Unlock()
	if c != nil {
		c.Close()
	}
}

// Freeze holds every request until Thaw.
func (k *Kafka) Freeze() {
	k.mu.Lock()
	if k.frozen == nil {
		k.frozen = make(chan struct{})
	}
	k.mu.Unlock()
}

// Thaw answers the held requests and those that follow.
func (k *Kafka) Thaw() {
	k.mu.Lock()
	if k.frozen != nil {
		close(k.frozen)
		k.frozen = nil
	}
	k.mu.Unlock()
}

// KafkaTopic consumes topic from its start until n records arrived or d
// passed (a franz-go client, as any Kafka consumer).
func KafkaTopic(t testing.TB, addr, topic string, n int, d time.Duration) []Message {
	t.Helper()
	cl, err := kgo.NewClient(kgo.SeedBrokers(addr), kgo.ConsumeTopics(topic),
		kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()))
	if err != nil {
		t.Fatalf("kgo: %v", err)
	}
	defer cl.Close()
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	var msgs []Message
	for len(msgs) < n && ctx.Err() == nil {
		f := cl.PollFetches(ctx)
		f.EachRecord(func(r *kgo.Record) {
			msgs = append(msgs, Message{Key: string(r.Key), Value: string(r.Value)})
		})
	}
	return msgs
}

var rabbit struct {
	once sync.Once
	s    *Server
}

// RabbitMQ is one rabbitmq-server on a free loopback port for the whole
// test binary (it takes seconds to start): its own node name, data and log
// folders and HOME (the Erlang cookie). It ends with the test process: a
// shell holding the process group reads its stdin, a pipe this process
// keeps open, and kills the group when the pipe closes.
func RabbitMQ(t testing.TB) *Server {
	t.Helper()
	Tool(t, "rabbitmq-server", "rabbitmq-server")
	const server = "/usr/lib/rabbitmq/bin/rabbitmq-server"
	if !isExec(server) {
		t.Skipf("%s not found: run scripts/setup.sh (Debian package rabbitmq-server)", server)
	}
	rabbit.once.Do(func() {
		dir, err := os.MkdirTemp("", "brokertest-rabbitmq-")
		if err != nil {
			t.Fatal(err)
		}
		port := FreePort(t)
		home := filepath.Join(dir, "home")
		plugins := filepath.Join(dir, "enabled_plugins")
		_ = os.MkdirAll(home, 0o700)
		_ = os.WriteFile(plugins, []byte("[].\n"), 0o600)
		env := append(os.Environ(), "HOME="+home,
			"RABBITMQ_NODE_PORT="+strconv.Itoa(port),
			"RABBITMQ_NODE_IP_ADDRESS=127.0.0.1",
			"RABBITMQ_DIST_PORT="+strconv.Itoa(FreePort(t)),
			fmt.Sprintf("RABBITMQ_NODENAME=brokertest%d@localhost", os.Getpid()),
			"RABBITMQ_MNESIA_BASE="+filepath.Join(dir, "mnesia"),
			"RABBITMQ_LOG_BASE="+filepath.Join(dir, "log"),
			"RABBITMQ_ENABLED_PLUGINS_FILE="+plugins,
			"RABBITMQ_PID_FILE="+filepath.Join(dir, "pid"),
			"RABBITMQ_CONFIG_FILE="+filepath.Join(dir, "rabbitmq"),
			"RABBITMQ_ADVANCED_CONFIG_FILE="+filepath.Join(dir, "advanced.config"))
		// The shared server outlives the test that started it.
		s := &Server{Name: "rabbitmq-server", Port: port, Log: &Log{}, t: t, env: env, stop: syscall.SIGKILL,
			argv: []string{"sh", "-c", server + " & read _; kill -9 0"}, holdStdin: true}
		s.start(90 * time.Second)
		rabbit.s = s
	})
	if rabbit.s == nil {
		t.Fatal("rabbitmq-server did not start in an earlier test")
	}
	rabbit.s.t = t
	return rabbit.s
}

// AMQPSubscriber consumes a durable queue bound to an exchange with a
// routing key (an AMQP 0-9-1 client, rabbitmq's amqp091-go), reconnecting
// after a broker restart: the queue keeps what arrived meanwhile, and what
// the broker confirmed to a publisher.
type AMQPSubscriber struct {
	mu   sync.Mutex
	msgs []Message
}

// SubscribeAMQP declares a new durable queue on b, binds it to exchange
// with key and consumes it until the test ends.
func SubscribeAMQP(t testing.TB, b *Server, exchange, key string) *AMQPSubscriber {
	t.Helper()
	url := fmt.Sprintf("amqp://guest:guest@127.0.0.1:%d/", b.Port)
	queue := fmt.Sprintf("brokertest-%d-%d", os.Getpid(), time.Now().UnixNano())
	s := &AMQPSubscriber{}
	// consume runs one connection until it fails; ready is closed once the
	// queue is bound.
	consume := func(stop <-chan struct{}, ready chan<- struct{}) error {
		conn, err := amqp.Dial(url)
		if err != nil {
			return err
		}
		defer conn.Close()
		ch, err := conn.Channel()
		if err != nil {
			return err
		}
		if _, err := ch.QueueDeclare(queue, true, false, false, false, nil); err != nil {
			return err
		}
		if err := ch.QueueBind(queue, key, exchange, false, nil); err != nil {
			return err
		}
		deliveries, err := ch.Consume(queue, "", true, false, false, false, nil)
		if err != nil {
			return err
		}
		if ready != nil {
			close(ready)
		}
		for {
			select {
			case <-stop:
				return nil
			case d, ok := <-deliveries:
				if !ok {
					return fmt.Errorf("connection lost")
				}
				s.mu.Lock()
				s.msgs = append(s.msgs, Message{Key: d.RoutingKey, Value: string(d.Body)})
				s.mu.Unlock()
			}
		}
	}
	stop := make(chan struct{})
	done := make(chan struct{})
	ready := make(chan struct{})
	go func() {
		defer close(done)
		r := ready
		for {
			err := consume(stop, r)
			if err == nil {
				return
			}
			select {
			case <-r:
				r = nil
			default:
			}
			select {
			case <-stop:
				return
			case <-time.After(100 * time.Millisecond):
			}
		}
	}()
	t.Cleanup(func() {
		close(stop)
		<-done
	})
	select {
	case <-ready:
	case <-time.After(30 * time.Second):
		t.Fatal("the AMQP subscriber did not bind its queue within 30 s")
	}
	return s
}

// Wait returns the messages once n have arrived, or what arrived within d.
func (s *AMQPSubscriber) Wait(n int, d time.Duration) []Message {
	deadline := time.Now().Add(d)
	for {
		s.mu.Lock()
		got := append([]Message(nil), s.msgs...)
		s.mu.Unlock()
		if len(got) >= n || time.Now().After(deadline) {
			return got
		}
		time.Sleep(20 * time.Millisecond)
	}
}
