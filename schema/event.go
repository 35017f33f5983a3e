package schema

// #include "schema.go.h"
import "C"

import (
	"unsafe"

	"github.com/go-deepstream/go-deepstream/nvds"
)

// Event is a view of an NvDsEvent: an event type and the event message it
// is about, as nvmsgconv's msg2p library receives them.
type Event struct{ p *C.NvDsEvent }

// IsNil reports whether the view holds no event.
func (e Event) IsNil() bool { return e.p == nil }

// UnsafePointer returns the NvDsEvent*.
func (e Event) UnsafePointer() unsafe.Pointer { return unsafe.Pointer(e.p) }

// EventType is eventType.
func (e Event) EventType() EventType { return EventType(e.p.eventType) }

// SetEventType writes eventType.
func (e Event) SetEventType(t EventType) { e.p.eventType = C.NvDsEventType(t) }

// Metadata is metadata: the event message, borrowed (never freed through
// the event).
func (e Event) Metadata() EventMsgMeta { return EventMsgMeta{e.p.metadata} }

// SetMetadata points metadata at m; the event does not own it.
func (e Event) SetMetadata(m EventMsgMeta) { e.p.metadata = m.p }

// OwnedEvent is an NvDsEvent allocated by Go (g_malloc0, pyds
// alloc_nvds_event). Release frees the struct, never the event message its
// metadata points to.
type OwnedEvent struct{ p *C.NvDsEvent }

// NewEvent allocates an event of type t about m.
func NewEvent(t EventType, m EventMsgMeta) *OwnedEvent {
	o := &OwnedEvent{C.gods_schema_event_new()}
	o.p.eventType = C.NvDsEventType(t)
	o.p.metadata = m.p
	return o
}

// Meta returns the view. It panics after Release.
func (o *OwnedEvent) Meta() Event {
	if o == nil || o.p == nil {
		panic("schema: OwnedEvent used after Release")
	}
	return Event{o.p}
}

// Release frees the NvDsEvent. Safe on nil and when called twice.
func (o *OwnedEvent) Release() {
	if o == nil || o.p == nil {
		return
	}
	C.g_free(C.gpointer(unsafe.Pointer(o.p)))
	o.p = nil
}

// Payload is a view of an NvDsPayload: a message generated for the broker
// (payload, payloadSize) and the component that made it.
type Payload struct{ p *C.NvDsPayload }

// PayloadFromUser returns the payload an NVDS_PAYLOAD_META user meta
// (what nvmsgconv attaches) carries, and false for any other user meta (or
// one with no data).
func PayloadFromUser(u nvds.UserMeta) (Payload, bool) {
	if u.IsNil() || u.MetaType() != nvds.MetaTypePayload || u.Data() == nil {
		return Payload{}, false
	}
	return Payload{(*C.NvDsPayload)(u.Data())}, true
}

// IsNil reports whether the view holds no payload.
func (p Payload) IsNil() bool { return p.p == nil }

// UnsafePointer returns the NvDsPayload*.
func (p Payload) UnsafePointer() unsafe.Pointer { return unsafe.Pointer(p.p) }

// Bytes returns payload as a slice over the C buffer (no copy), valid while
// the payload is.
func (p Payload) Bytes() []byte {
	if p.p.payload == nil || p.p.payloadSize == 0 {
		return nil
	}
	return unsafe.Slice((*byte)(p.p.payload), int(p.p.payloadSize))
}

// ComponentID is componentId.
func (p Payload) ComponentID() uint32 { return uint32(p.p.componentId) }

// OwnedPayload is an NvDsPayload allocated by Go (pyds alloc_nvds_payload),
// holding a g_malloc'ed copy of its bytes. Release frees both; attaching
// hands both to the user meta.
type OwnedPayload struct{ p *C.NvDsPayload }

// NewPayload allocates a payload holding a copy of data.
func NewPayload(data []byte, componentID uint32) *OwnedPayload {
	var first unsafe.Pointer
	if len(data) > 0 {
		first = unsafe.Pointer(&data[0])
	}
	return &OwnedPayload{C.gods_schema_payload_new(first, C.guint(len(data)), C.guint(componentID))}
}

// Meta returns the view. It panics after Release or an attach.
func (o *OwnedPayload) Meta() Payload {
	if o == nil || o.p == nil {
		panic("schema: OwnedPayload used after Release or attach")
	}
	return Payload{o.p}
}

// Release frees the payload and its bytes. Safe on nil and when called
// twice.
func (o *OwnedPayload) Release() {
	if o == nil || o.p == nil {
		return
	}
	C.gods_schema_payload_free(o.p)
	o.p = nil
}

// AttachToFrame attaches the payload to frame as an NVDS_PAYLOAD_META user
// meta with C copy/release functions that duplicate and free it; it
// consumes o.
func (o *OwnedPayload) AttachToFrame(frame nvds.FrameMeta) (Payload, error) {
	if frame.IsNil() {
		return Payload{}, opError("schema.OwnedPayload.AttachToFrame", nvds.ErrNilMeta)
	}
	return o.attach("schema.OwnedPayload.AttachToFrame", nil, (*C.NvDsFrameMeta)(frame.UnsafePointer()))
}

// AttachToBatch attaches the payload to the batch (batch_user_meta_list),
// where nvmsgconv puts it; it consumes o.
func (o *OwnedPayload) AttachToBatch(batch nvds.BatchMeta) (Payload, error) {
	if batch.IsNil() {
		return Payload{}, opError("schema.OwnedPayload.AttachToBatch", nvds.ErrNilMeta)
	}
	return o.attach("schema.OwnedPayload.AttachToBatch", (*C.NvDsBatchMeta)(batch.UnsafePointer()), nil)
}

func (o *OwnedPayload) attach(op string, b *C.NvDsBatchMeta, f *C.NvDsFrameMeta) (Payload, error) {
	if o == nil || o.p == nil {
		return Payload{}, opError(op, nvds.ErrReleased)
	}
	if C.gods_schema_attach_payload(b, f, o.p) == nil {
		return Payload{}, opError(op, nvds.ErrPoolExhausted)
	}
	p := Payload{o.p}
	o.p = nil
	return p, nil
}
