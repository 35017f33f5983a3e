package brokertest

import (
	"context"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"
)

func produce(t *testing.T, addr, topic string, values ...string) {
	t.Helper()
	cl, err := kgo.NewClient(kgo.SeedBrokers(addr), kgo.AllowAutoTopicCreation())
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	for _, v := range values {
		if err := cl.ProduceSync(ctx, &kgo.Record{Topic: topic, Value: []byte(v)}).FirstErr(); err != nil {
			t.Fatalf("produce %s: %v", v, err)
		}
	}
}

// What the broker acknowledged before a kill is still there after the
// restart, on the same port; a frozen broker answers nothing until thawed.
func TestKafkaRestartAndFreeze(t *testing.T) {
	k := NewKafka(t)
	produce(t, k.Addr(), "t", "a", "b")
	k.Kill()
	k.Restart()
	produce(t, k.Addr(), "t", "c")
	got := KafkaTopic(t, k.Addr(), "t", 3, 10*time.Second)
	if len(got) != 3 || got[0].Value != "a" || got[2].Value != "c" {
		t.Fatalf("after a restart: %v", got)
	}

	k.Freeze()
	done := make(chan struct{})
	go func() {
		produce(t, k.Addr(), "t", "d")
		close(done)
	}()
	select {
	case <-done:
		t.Fatal("a frozen broker acknowledged a record")
	case <-time.After(500 * time.Millisecond):
	}
	k.Thaw()
	<-done
	if got := KafkaTopic(t, k.Addr(), "t", 4, 10*time.Second); len(got) != 4 {
		t.Fatalf("after a thaw: %v", got)
	}
}
