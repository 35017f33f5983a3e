package rtspserver_test

import (
	"fmt"

	"github.com/go-deepstream/go-deepstream/rtspserver"
)

// Serving a UDP stream at /ds-test as the DeepStream Python apps do: a
// shared media whose udpsrc is the payloader pay0.
func Example() {
	srv := rtspserver.New()
	defer srv.Close()
	if err := srv.SetPort(0); err != nil { // any free port; the apps use 8554
		fmt.Println(err)
		return
	}
	f := rtspserver.NewMediaFactory()
	defer f.Close()
	_ = f.SetLaunch(`( udpsrc name=pay0 port=5400 caps="application/x-rtp, media=video, clock-rate=90000, encoding-name=(string)H264, payload=96" )`)
	_ = f.SetShared(true)
	if err := srv.Mount("/ds-test", f); err != nil {
		fmt.Println(err)
		return
	}
	if err := srv.Attach(); err != nil {
		fmt.Println(err)
		return
	}
	loop := rtspserver.RunMainLoop()
	defer loop.Stop()

	fmt.Println("listening:", srv.BoundPort() > 0)
	fmt.Println("shared:", f.Shared(), "clients so far:", f.Configured())
	// Output:
	// listening: true
	// shared: true clients so far: 0
}
