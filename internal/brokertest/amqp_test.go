package brokertest

import (
	"os/exec"
	"strconv"
	"testing"
	"time"

	"github.com/go-deepstream/go-deepstream/internal/testmain"
)

// The subscriber gets what amqp-publish (amqp-tools) sent to the exchange
// with its routing key, also across a broker restart.
func TestAMQPSubscriber(t *testing.T) {
	testmain.Slow(t) // rabbitmq-server starts twice: half a minute
	r := RabbitMQ(t)
	sub := SubscribeAMQP(t, r, "amq.topic", "brokertest.key")
	publish := Tool(t, "amqp-publish", "amqp-tools")
	send := func(body string) {
		// -p: persistent, so that the durable queue keeps it over a restart.
		out, err := exec.Command(publish, "-s", "127.0.0.1", "--port", strconv.Itoa(r.Port), "-e", "amq.topic",
			"-r", "brokertest.key", "-p", "-b", body).CombinedOutput()
		if err != nil {
			t.Fatalf("amqp-publish: %v\n%s", err, out)
		}
	}
	send(`{"n":1}`)
	if got := sub.Wait(1, 10*time.Second); len(got) != 1 || got[0].Value != `{"n":1}` {
		t.Fatalf("received %v", got)
	}
	r.Kill()
	r.Restart()
	send(`{"n":2}`)
	got := sub.Wait(2, 30*time.Second)
	if len(got) != 2 || got[1].Value != `{"n":2}` || got[1].Key != "brokertest.key" {
		t.Fatalf("received %v", got)
	}
}
