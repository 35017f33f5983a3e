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
// several pointers were added) and gained visibility in 9.0. The Go code
// is the same for 7.1, 8.0 and 9.x: fields that exist in some releases
// only are reached through C helpers compiled against the headers in use,
// and report ErrUnsupported (or MaxEntries == 0) where absent.
//
// # Encoding
//
// Encoder writes what nvmsgconv's built-in library writes for
// payload-type 0 (full: one message per event, with sensor, place and
// analytics module from its configuration) and 1 (minimal: one message per
// frame). See docs/event-schema.md.
package schema
