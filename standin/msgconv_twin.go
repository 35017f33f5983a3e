//go:build !deepstream

package standin

/*
#include <stdlib.h>
#include "standin_msgconv.go.h"

static GString *msgconv_new_string(void) { return g_string_new(NULL); }
static void msgconv_free_string(GString *s) { g_string_free(s, TRUE); }
*/
import "C"

import (
	"errors"
	"unsafe"
)

// The C side of nvmsgconv (msgconv_json.c), for the tests that hold it to
// package schema's Encoder.

// gstring copies a GString's bytes and frees it.
func gstring(s *C.GString) string {
	defer C.msgconv_free_string(s)
	return C.GoStringN(s.str, C.int(s.len))
}

// cJSONNumber formats v as the C encoder writes JSON numbers.
func cJSONNumber(v float64) string {
	s := C.msgconv_new_string()
	C.gods_standin_json_number(s, C.gdouble(v))
	return gstring(s)
}

// cStreamFloat formats v as the C encoder writes the minimal schema's
// numbers.
func cStreamFloat(v float64) string {
	s := C.msgconv_new_string()
	C.gods_standin_json_stream_float(s, C.gdouble(v))
	return gstring(s)
}

// cJSONQuote quotes b as a JSON string as the C encoder does.
func cJSONQuote(b []byte) string {
	s := C.msgconv_new_string()
	var p *C.gchar
	if len(b) > 0 {
		p = (*C.gchar)(unsafe.Pointer(&b[0]))
	}
	C.gods_standin_json_quote(s, p, C.gssize(len(b)))
	return gstring(s)
}

// msgConfig is a parsed C configuration.
type msgConfig struct{ p *C.GodsStandinMsgConfig }

// cParseMsgConfig parses an nvmsgconv configuration with the C parser.
func cParseMsgConfig(text string) (msgConfig, error) {
	ct := C.CString(text)
	defer C.free(unsafe.Pointer(ct))
	var msg *C.gchar
	c := C.gods_standin_msgconfig_parse(ct, C.gsize(len(text)), &msg)
	if c == nil {
		err := errors.New(C.GoString((*C.char)(unsafe.Pointer(msg))))
		C.g_free(C.gpointer(unsafe.Pointer(msg)))
		return msgConfig{}, err
	}
	return msgConfig{c}, nil
}

func (c msgConfig) free() { C.gods_standin_msgconfig_free(c.p) }

// full encodes the NvDsEventMsgMeta* m in the full schema with the given
// message and event ids (random UUIDs when empty); ok false when the C
// encoder refuses it.
func (c msgConfig) full(m unsafe.Pointer, msgID, eventID string) (string, bool) {
	var ids **C.gchar
	if msgID != "" {
		p := (*[2]*C.gchar)(C.malloc(C.size_t(2 * unsafe.Sizeof(uintptr(0)))))
		defer C.free(unsafe.Pointer(p))
		p[0], p[1] = C.CString(msgID), C.CString(eventID)
		defer C.free(unsafe.Pointer(p[0]))
		defer C.free(unsafe.Pointer(p[1]))
		ids = &p[0]
	}
	s := C.msgconv_new_string()
	ok := C.gods_standin_msgconv_full(s, c.p, (*C.NvDsEventMsgMeta)(m), ids) != 0
	return gstring(s), ok
}

// minimal encodes the NvDsEventMsgMeta*s msgs in the minimal schema.
func (c msgConfig) minimal(msgs []unsafe.Pointer) (string, bool) {
	s := C.msgconv_new_string()
	if len(msgs) == 0 {
		return gstring(s), C.gods_standin_msgconv_minimal(s, c.p, nil, 0) != 0
	}
	arr := (**C.NvDsEventMsgMeta)(C.malloc(C.size_t(len(msgs)) * C.size_t(unsafe.Sizeof(uintptr(0)))))
	defer C.free(unsafe.Pointer(arr))
	view := unsafe.Slice(arr, len(msgs))
	for i, m := range msgs {
		view[i] = (*C.NvDsEventMsgMeta)(m)
	}
	ok := C.gods_standin_msgconv_minimal(s, c.p, arr, C.guint(len(msgs))) != 0
	return gstring(s), ok
}
