package rtspserver

/*
#include "rtspserver.go.h"
*/
import "C"

import (
	"runtime"
	"sync"
)

// MainLoop is a GLib main loop on the default main context, running on an
// OS thread of its own: what serves an attached Server in a Go program,
// which otherwise runs no main loop.
type MainLoop struct {
	p    *C.GMainLoop
	done chan struct{}
	once sync.Once
}

// RunMainLoop starts a GLib main loop on the default main context
// (g_main_loop_new, g_main_loop_run on a locked goroutine). Stop it with
// Stop. Only one loop should run the default context at a time.
func RunMainLoop() *MainLoop {
	l := &MainLoop{p: C.gods_rtspserver_loop_new(), done: make(chan struct{})}
	liveObjects.Add(1)
	go func() {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		C.g_main_loop_run(l.p)
		close(l.done)
	}()
	return l
}

// Stop quits the loop, waits for it to return and releases it
// (g_main_loop_quit, g_main_loop_unref). Nil-safe and idempotent.
func (l *MainLoop) Stop() {
	if l == nil {
		return
	}
	l.once.Do(func() {
		C.gods_rtspserver_loop_quit(l.p)
		<-l.done
		C.g_main_loop_unref(l.p)
		liveObjects.Add(-1)
	})
}
