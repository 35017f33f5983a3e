package schema

// #include "schema.go.h"
import "C"

import "github.com/go-deepstream/go-deepstream/internal/leak"

// What this package allocated and has not freed, in the module's leak
// registry for the tests: "schema.event_msgs" counts event messages
// (NewEventMsg, Clone, the copy function), "schema.ext_objects" their ext
// objects (SetVehicle and friends, SetExtBlob, copies), "schema.payloads"
// NvDsPayloads.
func init() {
	leak.Register("schema.event_msgs", func() int64 { return int64(C.gods_schema_live_msgs()) })
	leak.Register("schema.ext_objects", func() int64 { return int64(C.gods_schema_live_exts()) })
	leak.Register("schema.payloads", func() int64 { return int64(C.gods_schema_live_payloads()) })
}
