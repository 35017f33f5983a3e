package abi

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

// What the real SDK headers do when compiled alone, measured with gcc
// (gnu11) on the public headers of DeepStream 7.0, 7.1, 8.0, 9.0 and 9.1
// (the same in all five; gst-nvdscustommessage.h also needs
// deepstream_perf.h from the SDK's sample sources and is left out):
//   - after <stddef.h>, <stdint.h>, <stdbool.h>, <glib.h> and <gst/gst.h>,
//     two headers fail;
//   - with nothing before them, these two and six more fail;
//   - nvds_roi_meta.h (C) or nvdspreprocess_meta.h (C++) before nvdsmeta.h
//     fails: the two include each other and nvdsmeta.h uses NvDsRoiMeta.
var (
	sdkFailAfterPrelude = []string{"nvds_obj_encode.h", "nvds_roi_meta.h"}
	sdkFailAlone        = []string{
		"gstnvdsinfer.h", "nvds_latency_meta.h", "nvds_msgapi.h", "nvds_obj_encode.h",
		"nvds_roi_meta.h", "nvdscustomusermeta.h", "nvdsmeta_schema.h", "nvmsgbroker.h",
	}
)

const cPrelude = "#include <stddef.h>\n#include <stdint.h>\n#include <stdbool.h>\n#include <glib.h>\n#include <gst/gst.h>\n"

type compiler struct {
	cflags []string
	dir    string
	inc    string
}

func newCompiler(t *testing.T, inc string) *compiler {
	t.Helper()
	if _, err := exec.LookPath("gcc"); err != nil {
		t.Skip("gcc not installed")
	}
	out, err := exec.Command("pkg-config", "--cflags", "gstreamer-1.0", "gstreamer-base-1.0", "gstreamer-video-1.0").Output()
	if err != nil {
		t.Skip("GStreamer development files not installed")
	}
	return &compiler{cflags: strings.Fields(string(out)), dir: t.TempDir(), inc: inc}
}

// compiles reports whether src compiles (syntax only) as C, or as C++ when
// cxx, with the headers of inc emulating abi.
func (c *compiler) compiles(t *testing.T, abi, src string, cxx bool) (bool, string) {
	f, err := os.CreateTemp(c.dir, "probe-*.c")
	require.NoError(t, err)
	_, err = f.WriteString(src)
	require.NoError(t, err)
	require.NoError(t, f.Close())
	args := []string{"-std=gnu11", "-x", "c"}
	tool := "gcc"
	if cxx {
		tool, args = "g++", []string{"-std=c++17", "-x", "c++"}
	}
	args = append(args, "-fsyntax-only", "-DDS_EMBEDDED_ABI="+abi, "-I"+c.inc)
	args = append(args, c.cflags...)
	out, err := exec.Command(tool, append(args, f.Name())...).CombinedOutput()
	return err == nil, string(out)
}

// generatedCHeaders lists the headers abigen writes that compile as C.
func generatedCHeaders(t *testing.T, inc string, f *File) []string {
	var names []string
	entries, err := os.ReadDir(inc)
	require.NoError(t, err)
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(inc, e.Name()))
		require.NoError(t, err)
		if strings.Contains(string(b), "written by internal/cmd/abigen") && !slices.Contains(f.CxxOnlyHeaders, e.Name()) {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	return names
}

// includePattern compiles every generated C header alone, after the
// standard, GLib and GStreamer headers and with nothing before it, and the
// order nvds_roi_meta.h before nvdsmeta.h; it returns what failed.
func includePattern(t *testing.T, inc string, v Version) (afterPrelude, alone []string, badOrder map[string]bool) {
	f, err := Load(Dir(), v.Name)
	require.NoError(t, err)
	c := newCompiler(t, inc)
	var mu sync.Mutex
	var wg sync.WaitGroup
	sem := make(chan struct{}, 4)
	for _, h := range generatedCHeaders(t, inc, f) {
		for _, prelude := range []bool{true, false} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				sem <- struct{}{}
				defer func() { <-sem }()
				src := fmt.Sprintf("#include \"%s\"\n", h)
				if prelude {
					src = cPrelude + src
				}
				ok, _ := c.compiles(t, v.Short, src, false)
				if ok {
					return
				}
				mu.Lock()
				defer mu.Unlock()
				if prelude {
					afterPrelude = append(afterPrelude, h)
				} else {
					alone = append(alone, h)
				}
			}()
		}
	}
	wg.Wait()
	sort.Strings(afterPrelude)
	sort.Strings(alone)
	badOrder = map[string]bool{}
	for _, o := range []struct {
		first string
		cxx   bool
	}{{"nvds_roi_meta.h", false}, {"nvdspreprocess_meta.h", true}, {"nvdsmeta.h", false}} {
		src := cPrelude + fmt.Sprintf("#include \"%s\"\n#include \"nvdsmeta.h\"\n#include \"nvds_roi_meta.h\"\n", o.first)
		ok, _ := c.compiles(t, v.Short, src, o.cxx)
		badOrder[o.first] = !ok
	}
	return afterPrelude, alone, badOrder
}

// TestHeadersIncludeLikeTheSDK: the generated headers include what the
// SDK's do and nothing more, so a header that needs its includer, or an
// include order that breaks against the real SDK, breaks here first.
func TestHeadersIncludeLikeTheSDK(t *testing.T) {
	for _, v := range Versions {
		t.Run(v.Name, func(t *testing.T) {
			afterPrelude, alone, badOrder := includePattern(t, includeDir(t), v)
			require.Equal(t, sdkFailAfterPrelude, afterPrelude, "headers failing after the standard, GLib and GStreamer headers")
			require.Equal(t, sdkFailAlone, alone, "headers failing alone")
			require.True(t, badOrder["nvds_roi_meta.h"], "nvds_roi_meta.h before nvdsmeta.h must fail, as in the SDK")
			require.True(t, badOrder["nvdspreprocess_meta.h"], "nvdspreprocess_meta.h before nvdsmeta.h must fail, as in the SDK")
			require.False(t, badOrder["nvdsmeta.h"], "nvdsmeta.h first must compile")
		})
	}
}

// TestIncludeCheckCatchesAForgivingHeader plants the kind of break the
// test above exists for: nvdsmeta.h declaring NvDsRoiMeta ahead (which the
// SDK's does not) makes nvds_roi_meta.h compile first, which must be caught.
func TestIncludeCheckCatchesAForgivingHeader(t *testing.T) {
	dir := t.TempDir()
	src := includeDir(t)
	entries, err := os.ReadDir(src)
	require.NoError(t, err)
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(src, e.Name()))
		require.NoError(t, err)
		if e.Name() == "nvdsmeta.h" {
			text := string(b)
			const anchor = "#include \"nvds_roi_meta.h\"\n"
			require.Contains(t, text, anchor)
			b = []byte(strings.Replace(text, anchor, anchor+"typedef struct NvDsRoiMeta NvDsRoiMeta;\n", 1))
		}
		require.NoError(t, os.WriteFile(filepath.Join(dir, e.Name()), b, 0o644))
	}
	v := Versions[len(Versions)-1]
	afterPrelude, _, badOrder := includePattern(t, dir, v)
	require.False(t, badOrder["nvds_roi_meta.h"], "the planted forward declaration lets the bad order compile")
	require.NotEqual(t, sdkFailAfterPrelude, afterPrelude, "the check must see nvds_roi_meta.h compile alone")
}

// TestTagsAsTheSDK: structs and enums carry the tags the SDK declares and
// no others (NvDsEventType is a tagged enum, NvDsInferTensorMeta an
// anonymous struct).
func TestTagsAsTheSDK(t *testing.T) {
	for _, v := range Versions {
		t.Run(v.Name, func(t *testing.T) {
			f, err := Load(Dir(), v.Name)
			require.NoError(t, err)
			incs, err := LoadIncludes(Dir(), v.Name)
			require.NoError(t, err)
			inc := includeDir(t)
			c := newCompiler(t, inc)
			var b strings.Builder
			b.WriteString(cPrelude + "#include <gst/video/video.h>\n#include <gst/base/gstbasetransform.h>\n")
			b.WriteString("#include \"nvbufsurface.h\"\n#include \"nvdsmeta.h\"\n")
			for _, h := range generatedCHeaders(t, inc, f) {
				fmt.Fprintf(&b, "#include \"%s\"\n", h)
			}
			named, anonymous := 0, 0
			for _, name := range sortedKeys(f.Structs) {
				s := f.Structs[name]
				if s.CxxOnly || slices.Contains(f.CxxOnlyHeaders, s.Header) {
					continue
				}
				if tag := StructTag(incs, name, s); tag != "" {
					fmt.Fprintf(&b, "int gods_probe_%s = sizeof(struct %s);\n", name, tag)
					named++
				} else {
					// Defining the tag succeeds only if the SDK name is
					// not already a struct tag.
					fmt.Fprintf(&b, "struct %s { int gods_probe; };\n", name)
					anonymous++
				}
			}
			for _, name := range sortedKeys(f.EnumInfo) {
				e := f.EnumInfo[name]
				if strings.HasPrefix(name, "(") || slices.Contains(f.CxxOnlyHeaders, e.Header) {
					continue
				}
				if tag := EnumTag(incs, name, e); tag != "" {
					fmt.Fprintf(&b, "int gods_probe_%s = sizeof(enum %s);\n", name, tag)
					named++
				} else {
					fmt.Fprintf(&b, "enum %s { GODS_PROBE_%s };\n", name, name)
					anonymous++
				}
			}
			ok, out := c.compiles(t, v.Short, b.String(), false)
			require.True(t, ok, "tags differ from DeepStream %s:\n%s", v.Name, out)
			require.Greater(t, named, 40)
			require.Greater(t, anonymous, 40)
			require.Contains(t, incs.NamedTags.Enums, "NvDsEventType")
		})
	}
}
