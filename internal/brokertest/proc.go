// Package brokertest starts the message brokers the nvmsgbroker tests
// talk to (mosquitto, redis-server, a Kafka-protocol broker, rabbitmq-server)
// on loopback ports, injects their faults (kill, freeze, restart) and reads
// back what they received.
//
// Servers are real programs from Debian packages, started and stopped by the
// test itself; a test is skipped, saying which package to install, only
// when the program is missing. Kafka has no Debian package: franz-go's kfake
// (a Kafka wire-protocol broker) runs inside the test process.
package brokertest

import (
	"fmt"
	"io"
	"net"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// FreePort returns a loopback TCP port nothing listens on.
func FreePort(t testing.TB) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("no free port: %v", err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	_ = l.Close()
	return port
}

// Tool finds a program on PATH or in /usr/sbin, or skips the test naming
// the Debian package that provides it.
func Tool(t testing.TB, name, pkg string) string {
	t.Helper()
	if p, err := exec.LookPath(name); err == nil {
		return p
	}
	if p := filepath.Join("/usr/sbin", name); isExec(p) {
		return p
	}
	t.Skipf("%s not installed: run scripts/setup.sh (Debian package %s)", name, pkg)
	return ""
}

func isExec(p string) bool {
	_, err := exec.LookPath(p)
	return err == nil
}

// Log is the output of a child process, written by it and read by the test.
type Log struct {
	mu sync.Mutex
	b  strings.Builder
}

// Write appends p (io.Writer, for a child's stdout and stderr).
func (l *Log) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

// String returns everything written so far.
func (l *Log) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// Server is a broker process on a loopback port, restartable with the same
// command line.
type Server struct {
	Name string
	Port int
	Log  *Log

	t    testing.TB
	argv []string
	env  []string
	// stop is the signal that ends the process on Kill (SIGKILL unless the
	// broker needs a graceful end to keep its sessions).
	stop syscall.Signal
	// ready, when set, replaces the TCP probe (a port that accepts early).
	ready func() error
	// holdStdin gives the process a pipe as stdin, kept open by this
	// process: a wrapper shell ends the server when it closes.
	holdStdin bool

	mu    sync.Mutex
	cmd   *exec.Cmd
	stdin io.WriteCloser
}

// start runs the process and waits (timeout) until it accepts connections.
func (s *Server) start(timeout time.Duration) {
	s.t.Helper()
	cmd := exec.Command(s.argv[0], s.argv[1:]...)
	cmd.Stdout, cmd.Stderr = s.Log, s.Log
	if s.env != nil {
		cmd.Env = s.env
	}
	// Its own process group: a broker started through a script (rabbitmq)
	// is stopped with all its children.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if !s.holdStdin {
		// (A wrapper shell must outlive this process to end the group.)
		cmd.SysProcAttr.Pdeathsig = syscall.SIGKILL
	}
	var stdin io.WriteCloser
	if s.holdStdin {
		var err error
		if stdin, err = cmd.StdinPipe(); err != nil {
			s.t.Fatalf("%s: %v", s.Name, err)
		}
	}
	if err := cmd.Start(); err != nil {
		s.t.Fatalf("%s: %v", s.Name, err)
	}
	s.mu.Lock()
	s.cmd, s.stdin = cmd, stdin
	s.mu.Unlock()
	deadline := time.Now().Add(timeout)
	for {
		var err error
		if s.ready != nil {
			err = s.ready()
		} else {
			var c net.Conn
			c, err = net.DialTimeout("tcp", s.Addr(), 200*time.Millisecond)
			if err == nil {
				c.Close()
			}
		}
		if err == nil {
			return
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("%s did not start within %v: %v\n%s", s.Name, timeout, err, s.Log.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// Addr is "127.0.0.1:port".
func (s *Server) Addr() string { return "127.0.0.1:" + strconv.Itoa(s.Port) }

func (s *Server) signal(sig syscall.Signal) {
	s.mu.Lock()
	cmd := s.cmd
	s.mu.Unlock()
	if cmd != nil && cmd.Process != nil {
		_ = syscall.Kill(-cmd.Process.Pid, sig)
	}
}

// Kill ends the broker and waits for it.
func (s *Server) Kill() {
	s.mu.Lock()
	cmd := s.cmd
	s.cmd = nil
	s.mu.Unlock()
	if cmd == nil {
		return
	}
	_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGCONT)
	_ = syscall.Kill(-cmd.Process.Pid, s.stop)
	done := make(chan struct{})
	go func() { _ = cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		<-done
	}
}

// Restart starts the broker again on the same port.
func (s *Server) Restart() { s.start(60 * time.Second) }

// Freeze stops the broker (SIGSTOP): its connections stay open, nothing is
// answered.
func (s *Server) Freeze() { s.signal(syscall.SIGSTOP) }

// Thaw lets a frozen broker run again (SIGCONT).
func (s *Server) Thaw() { s.signal(syscall.SIGCONT) }

// newServer starts argv (with port) and stops it when the test ends.
func newServer(t testing.TB, name string, port int, stop syscall.Signal, argv []string) *Server {
	t.Helper()
	s := &Server{Name: name, Port: port, Log: &Log{}, t: t, argv: argv, stop: stop}
	s.start(15 * time.Second)
	t.Cleanup(func() {
		s.Kill()
		if t.Failed() {
			t.Logf("%s log:\n%s", name, s.Log.String())
		}
	})
	return s
}

// Fault is what happens to a broker mid-stream.
type Fault string

const (
	// Kill ends the broker and starts it again on the same port after a
	// pause.
	Kill Fault = "kill"
	// Freeze stops the broker (SIGSTOP, TCP connections stay open) and lets
	// it run again (SIGCONT) after a pause.
	Freeze Fault = "freeze"
)

// Faulty is a broker that faults can be injected into.
type Faulty interface {
	Kill()
	Restart()
	Freeze()
	Thaw()
}

// Inject applies f to b, with pause between the two halves.
func Inject(b Faulty, f Fault, pause time.Duration) {
	switch f {
	case Kill:
		b.Kill()
		time.Sleep(pause)
		b.Restart()
	case Freeze:
		b.Freeze()
		time.Sleep(pause)
		b.Thaw()
	default:
		panic(fmt.Sprintf("brokertest.Inject: unknown fault %q", f))
	}
}
