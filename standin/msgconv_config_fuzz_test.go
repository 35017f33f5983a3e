//go:build !deepstream

package standin

import (
	"strings"
	"testing"

	"github.com/go-deepstream/go-deepstream/schema"
)

// FuzzMsgConvConfig holds the C nvmsgconv config parser (msgconv_json.c,
// what the nvmsgconv stand-in loads at start) to schema.ParseConfig on
// arbitrary file contents: both accept or both refuse, and what they accept
// encodes the same messages to the same bytes (compare), so a file the
// element takes is one package schema takes the same way.
func FuzzMsgConvConfig(f *testing.F) {
	f.Add(testConfig(f))
	for _, s := range []string{
		"", "# only\n\n   # comments\n",
		"[sensor3]\nenable = TRUE \n id = s3\nlocation=1;2;3;\ncoordinate= 4 ; 5;6\r\n",
		"[camera0]\nenable=1\n", "[sensor]\nenable=1\n", "[sensor-1]\nenable=1\n", "[sensor0\nenable=1\n",
		"id=1\n[sensor0]\n", "[sensor0]\nenable=1\nid\n", "[place0]\nenable=1\ncolor=red\n",
		"[sensor0]\nenable=1\nlocation=1;2\n", "[sensor0]\nenable=1\ncoordinate=1;x;3\n",
		"[analytics7]\nenable=1\nid=A\nversion=2\n", "[sensor99999999999]\nenable=1\n",
		"[sensor0]\nenable=1\nid=a\nid=b\n", "[place3]\nenable=1\nid=\"q\\\"\"\nname=\xff\x01\nplace-sub-field1=\u2028\n",
		"[sensor0]\nenable=1\nlocation=nan;inf;-0\n", "[sensor0]\nenable=1\x00\nid=x\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		_, gerr := schema.ParseConfig(strings.NewReader(text))
		c, cerr := cParseMsgConfig(text)
		if (gerr == nil) != (cerr == nil) {
			t.Fatalf("Go: %v, C: %v", gerr, cerr)
		}
		if cerr != nil {
			if cerr.Error() == "" {
				t.Fatal("the C parser refused the file without saying why")
			}
			return
		}
		c.free()
		var msgs []*schema.OwnedEventMsg
		for _, id := range []int32{0, 1, 3, 7} {
			o := schema.NewEventMsg()
			defer o.Release()
			m := o.Meta()
			m.SetType(schema.EventParked)
			m.SetSensorID(id)
			m.SetPlaceID(id)
			m.SetModuleID(id)
			msgs = append(msgs, o)
		}
		compare(t, text, msgs...)
	})
}
