// Package schema is the Go API over nvdsmeta_schema.h: the event messages
// (NvDsEventMsgMeta) that nvmsgconv turns into broker payloads, their ext
// objects (vehicle, person, face, product and the Ext variants with masks),
// NvDsEvent and NvDsPayload, and an encoder for the DeepStream message
// schema, full and minimal, in pure Go.
//
// # Views and ownership
//
// EventMsgMeta and the other types are views: one C pointer, no copy, valid
// while the event message is. NewEventMsg allocates an event message the
// caller owns (OwnedEventMsg); Release frees it, or AttachToFrame hands it
// to a frame as NVDS_EVENT_MSG_META user meta, with this package's C copy
// and release functions. Those deep-copy and free everything the message
// owns: its strings, signature, pose, embedding, convex hull, the ext
// object with its strings and mask, and the struct itself. Every char* and
// array is g_malloc'ed, and setters g_free the value they replace.
//
// # Releases
//
// NvDsEventMsgMeta was rebuilt in DeepStream 8.0 (entries, count and
// several pointers were added). In 9.1 the object's visibility moved into
// it from singleView3DTracking, where 7.0 to 9.0 keep it. 9.0 added
// ocr_label to the 3D box. The Go code is the same for 7.0, 7.1, 8.0, 9.0
// and 9.1. Fields that exist in some releases only are reached through C
// helpers compiled against the headers in use, testing NVDS_VERSION_MAJOR
// and, for the 9.1 move, NVDS_VERSION_MINOR. Where a field is absent they
// report ErrUnsupported (or MaxEntries == 0).
//
// # Encoding
//
// Encoder writes what nvmsgconv's built-in library writes for
// payload-type 0 (full: one message per event, with sensor, place and
// analytics module from its configuration) and 1 (minimal: one message per
// frame). See docs/event-schema.md.
package schema
