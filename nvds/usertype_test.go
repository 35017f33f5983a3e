package nvds_test

import (
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/internal/testmain"
	"github.com/go-deepstream/go-deepstream/nvds"
)

func TestUserMetaType(t *testing.T) {
	a, err := nvds.UserMetaType("GODS.TEST.A")
	require.NoError(t, err)
	assert.True(t, a.IsUser())
	assert.GreaterOrEqual(t, a, nvds.MetaTypeStartUser)

	again, err := nvds.UserMetaType("GODS.TEST.A")
	require.NoError(t, err)
	assert.Equal(t, a, again, "a descriptor always maps to the same type")

	b, err := nvds.UserMetaType("GODS.TEST.B")
	require.NoError(t, err)
	assert.NotEqual(t, a, b)
	assert.Equal(t, b, nvds.MustUserMetaType("GODS.TEST.B"))

	for _, bad := range []string{"", "GODS.\x00TEST"} {
		got, err := nvds.UserMetaType(bad)
		assert.Error(t, err, "%q", bad)
		assert.Equal(t, nvds.MetaTypeInvalid, got)
		var e *nvds.Error
		if assert.ErrorAs(t, err, &e) {
			assert.Equal(t, "nvds.UserMetaType", e.Op)
		}
	}
	assert.Panics(t, func() { nvds.MustUserMetaType("") })

	// The built-in types are not user types.
	assert.False(t, nvds.MetaTypeObject.IsUser())
	assert.False(t, nvds.MetaTypeInferTensorOutput.IsUser())
}

// Cached lookups cost no allocation and no cgo call.
func TestUserMetaTypeCached(t *testing.T) {
	testmain.SkipUnderASan(t, "counts allocations")
	want := nvds.MustUserMetaType("GODS.TEST.CACHED")
	allocs := testing.AllocsPerRun(1000, func() {
		if got, _ := nvds.UserMetaType("GODS.TEST.CACHED"); got != want {
			t.Fatal("changed")
		}
	})
	assert.Zero(t, allocs)
}

// userLevel is one of the three places user meta hangs from.
type userLevel struct {
	attach     func(*nvds.Pending[nvds.UserMeta]) nvds.UserMeta
	all        func() []unsafe.Pointer
	ofType     func(nvds.MetaType) []unsafe.Pointer
	find       func(nvds.MetaType) (nvds.UserMeta, bool)
	findLast   func(nvds.MetaType) (nvds.UserMeta, bool)
	removeLast func(nvds.MetaType) bool
	remove     func(nvds.UserMeta)
	rangeType  func(nvds.MetaType, func(nvds.UserMeta) bool)
}

func userLevels(t *testing.T, b nvds.BatchMeta) map[string]userLevel {
	f := addFrame(t, b, 0, 0)
	o := addObject(t, f, 0, "car")
	return map[string]userLevel{
		"batch": {
			attach: b.AddUserMeta,
			all:    func() []unsafe.Pointer { return pointers(b.UserMeta()) },
			ofType: func(mt nvds.MetaType) []unsafe.Pointer { return pointers(b.UserMetaOfType(mt)) },
			find:   b.FindUserMeta, findLast: b.FindLastUserMeta, removeLast: b.RemoveLastUserMeta,
			remove: b.RemoveUserMeta,
			rangeType: func(mt nvds.MetaType, body func(nvds.UserMeta) bool) {
				for u := range b.UserMetaOfType(mt) {
					if !body(u) {
						break
					}
				}
			},
		},
		"frame": {
			attach: f.AddUserMeta,
			all:    func() []unsafe.Pointer { return pointers(f.UserMeta()) },
			ofType: func(mt nvds.MetaType) []unsafe.Pointer { return pointers(f.UserMetaOfType(mt)) },
			find:   f.FindUserMeta, findLast: f.FindLastUserMeta, removeLast: f.RemoveLastUserMeta,
			remove: f.RemoveUserMeta,
			rangeType: func(mt nvds.MetaType, body func(nvds.UserMeta) bool) {
				for u := range f.UserMetaOfType(mt) {
					if !body(u) {
						break
					}
				}
			},
		},
		"object": {
			attach: o.AddUserMeta,
			all:    func() []unsafe.Pointer { return pointers(o.UserMeta()) },
			ofType: func(mt nvds.MetaType) []unsafe.Pointer { return pointers(o.UserMetaOfType(mt)) },
			find:   o.FindUserMeta, findLast: o.FindLastUserMeta, removeLast: o.RemoveLastUserMeta,
			remove: o.RemoveUserMeta,
			rangeType: func(mt nvds.MetaType, body func(nvds.UserMeta) bool) {
				for u := range o.UserMetaOfType(mt) {
					if !body(u) {
						break
					}
				}
			},
		},
	}
}

func TestUserMetaByType(t *testing.T) {
	testmain.NoLeaks(t)
	b := newBatch(t, 1)
	typeA := nvds.MustUserMetaType("GODS.TEST.TAG_A")
	typeB := nvds.MustUserMetaType("GODS.TEST.TAG_B")
	typeNone := nvds.MustUserMetaType("GODS.TEST.TAG_NONE")

	for name, lv := range userLevels(t, b) {
		t.Run(name, func(t *testing.T) {
			_, ok := lv.find(typeA)
			assert.False(t, ok, "empty list")
			_, ok = lv.findLast(typeA)
			assert.False(t, ok)
			assert.False(t, lv.removeLast(typeA))

			// A1 B1 A2 B2 A3, attached in that order.
			var a, bs []unsafe.Pointer
			for i := range 5 {
				mt := typeA
				if i%2 == 1 {
					mt = typeB
				}
				u := lv.attach(newUserMeta(t, b, mt))
				assert.Equal(t, mt, u.MetaType())
				if mt == typeA {
					a = append(a, u.UnsafePointer())
				} else {
					bs = append(bs, u.UnsafePointer())
				}
			}
			require.Len(t, lv.all(), 5)
			assert.Equal(t, a, lv.ofType(typeA), "list order, only type A")
			assert.Equal(t, bs, lv.ofType(typeB))
			assert.Empty(t, lv.ofType(typeNone))

			first, ok := lv.find(typeA)
			require.True(t, ok)
			assert.Equal(t, a[0], first.UnsafePointer())
			last, ok := lv.findLast(typeA)
			require.True(t, ok)
			assert.Equal(t, a[2], last.UnsafePointer())
			lastB, ok := lv.findLast(typeB)
			require.True(t, ok)
			assert.Equal(t, bs[1], lastB.UnsafePointer())
			_, ok = lv.find(typeNone)
			assert.False(t, ok)

			// Early break.
			var seen []unsafe.Pointer
			lv.rangeType(typeA, func(u nvds.UserMeta) bool {
				seen = append(seen, u.UnsafePointer())
				return len(seen) < 2
			})
			assert.Equal(t, a[:2], seen)

			// Remove the last A, then the entry being visited.
			assert.True(t, lv.removeLast(typeA))
			assert.Equal(t, a[:2], lv.ofType(typeA))
			assert.Len(t, lv.all(), 4)
			seen = seen[:0]
			lv.rangeType(typeB, func(u nvds.UserMeta) bool {
				seen = append(seen, u.UnsafePointer())
				lv.remove(u)
				return true
			})
			assert.Equal(t, bs, seen, "removing the visited entry skips nothing")
			assert.Empty(t, lv.ofType(typeB))
			assert.Equal(t, a[:2], lv.all())
			assert.False(t, lv.removeLast(typeB))
			assert.True(t, lv.removeLast(typeA))
			assert.True(t, lv.removeLast(typeA))
			assert.False(t, lv.removeLast(typeA))
			assert.Empty(t, lv.all())
		})
	}
}

// A lookup on a view of an empty list, and FindLast on a list where the
// only match is first.
func TestFindUserMetaEdges(t *testing.T) {
	testmain.NoLeaks(t)
	b := newBatch(t, 1)
	typeA := nvds.MustUserMetaType("GODS.TEST.EDGE_A")
	typeB := nvds.MustUserMetaType("GODS.TEST.EDGE_B")
	u := b.AddUserMeta(newUserMeta(t, b, typeA))
	b.AddUserMeta(newUserMeta(t, b, typeB))
	b.AddUserMeta(newUserMeta(t, b, typeB))
	got, ok := b.FindLastUserMeta(typeA)
	require.True(t, ok)
	assert.Equal(t, u.UnsafePointer(), got.UnsafePointer())
	for range b.UserMetaOfType(nvds.MetaTypeUser) {
		t.Fatal("no NVDS_USER_META entries")
	}
}

func TestMetaTypeString(t *testing.T) {
	assert.Equal(t, "NVDS_OBJ_META", nvds.MetaTypeObject.String())
	assert.Equal(t, "NVDS_EVENT_MSG_META", nvds.MetaTypeEventMsg.String())
	ut, err := nvds.UserMetaType("GODS.TEST.STRING_META")
	require.NoError(t, err)
	assert.Equal(t, "GODS.TEST.STRING_META", ut.String())
	assert.Equal(t, "MetaType(-7)", nvds.MetaType(-7).String())
}
