package callbacks_test

import (
	"fmt"
	"structs"

	"github.com/go-deepstream/go-deepstream/callbacks"
	"github.com/go-deepstream/go-deepstream/callbacks/internal/cbtest"
)

// CustomData has the layout of the C struct a downstream C plugin
// declares: { int structId; char *message; int sampleInt; } (pyds's
// custom-binding example).
type CustomData struct {
	_         structs.HostLayout
	StructID  int32
	Message   callbacks.CString
	SampleInt int32
}

// A C-layout payload, as deepstream-custom-binding-test attaches it: filled
// from Go in C memory, read by a C plugin through its own declaration of
// the struct, deep-copied by C (the string is duplicated), read back in Go.
func ExampleCMeta() {
	custom, err := callbacks.NewCMeta[CustomData]("GODS.EXAMPLE.CUSTOM_DATA")
	if err != nil {
		fmt.Println(err)
		return
	}
	frames, release := exampleFrames(2)
	defer release()

	u, d, err := custom.Attach(frames[0])
	if err != nil {
		fmt.Println(err)
		return
	}
	d.StructID = 2024
	d.SampleInt = 11
	if err := d.Message.Set("Hello from Go"); err != nil {
		fmt.Println(err)
		return
	}

	id, msg, n, ok := cbtest.ReadCustom(u) // the C plugin's view
	fmt.Println("C reads:", id, msg, n, ok)

	cbtest.CopyFrameUserMeta(frames[0], frames[1])
	if err := d.Message.Set("changed after the copy"); err != nil {
		fmt.Println(err)
		return
	}
	for i, f := range frames {
		for _, d := range custom.All(f.UserMeta()) {
			fmt.Printf("frame %d: %d %q %d\n", i, d.StructID, d.Message, d.SampleInt)
		}
	}
	// Output:
	// C reads: 2024 Hello from Go 11 true
	// frame 0: 2024 "changed after the copy" 11
	// frame 1: 2024 "Hello from Go" 11
}
