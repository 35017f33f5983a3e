package abi

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// Unbound headers are not generated for the embedded runtime (see
// internal/cmd/abigen), so their records are not checked.
var Unbound = []string{"nvdstracker.h", "nvdsinfer_custom_impl.h"}

// Mismatch is one number the compiled headers disagree on.
type Mismatch struct {
	What      string // "NvDsFrameMeta.batch_id offset"
	Want, Got string
}

// String describes the mismatch: what, wanted and got.
func (m Mismatch) String() string { return fmt.Sprintf("%s: want %s, got %s", m.What, m.Want, m.Got) }

// CheckLayout compiles a probe program against the headers in includeDir for
// the emulated version v, runs it, and compares every struct size,
// alignment, field offset and size, enum value and numeric constant with
// the facts in f. It returns how many numbers it compared. The probe is compiled twice: as C for the C headers and as
// C++ for the C++-only ones (analytics, preprocess).
func CheckLayout(f *File, v Version, includeDir, workDir string) (checked int, mismatches []Mismatch, err error) {
	for _, cxx := range []bool{false, true} {
		src, expect := probeSource(f, cxx)
		got, err := runProbe(src, cxx, v, includeDir, workDir)
		if err != nil {
			return 0, nil, err
		}
		checked += len(expect)
		keys := make([]string, 0, len(expect))
		for k := range expect {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if g, ok := got[k]; !ok || g != expect[k] {
				if !ok {
					g = "missing"
				}
				mismatches = append(mismatches, Mismatch{What: k, Want: expect[k], Got: g})
			}
		}
	}
	return checked, mismatches, nil
}

// probeSource writes a program printing "key value" lines and returns it
// with the value expected for each key.
func probeSource(f *File, cxx bool) (string, map[string]string) {
	expect := map[string]string{}
	var b strings.Builder
	// The SDK headers rely on their includer for the standard, GLib and
	// GStreamer headers, as the facts' own probe did.
	b.WriteString("#include <stdio.h>\n#include <stddef.h>\n#include <stdint.h>\n#include <stdbool.h>\n")
	b.WriteString("#include <glib.h>\n#include <gst/gst.h>\n#include <gst/video/video.h>\n#include <gst/base/gstbasetransform.h>\n")
	for _, h := range f.Headers {
		isCxx := slices.Contains(f.CxxOnlyHeaders, h)
		if slices.Contains(Unbound, h) || (isCxx && !cxx) {
			continue
		}
		fmt.Fprintf(&b, "#include \"%s\"\n", h)
	}
	b.WriteString(`#define P(k, v) printf("%s %lld\n", k, (long long)(v))` + "\n")
	b.WriteString(`#define U(k, v) printf("%s %llu\n", k, (unsigned long long)(v))` + "\n")
	b.WriteString("int main(void) {\n")
	names := sortedKeys(f.Structs)
	for _, name := range names {
		s := f.Structs[name]
		if s.CxxOnly != cxx || slices.Contains(Unbound, s.Header) {
			continue
		}
		put := func(key, expr string, want int64) {
			expect[key] = strconv.FormatInt(want, 10)
			fmt.Fprintf(&b, "  P(%q, %s);\n", key, expr)
		}
		put(name+" size", "sizeof("+name+")", s.Size)
		put(name+" align", "alignof("+name+")", s.Align)
		var walk func(fs []Field)
		walk = func(fs []Field) {
			for _, fl := range fs {
				if fl.Name != "" && !fl.ReferenceMember {
					put(name+"."+fl.Name+" offset", fmt.Sprintf("offsetof(%s, %s)", name, fl.Name), fl.Offset)
					put(name+"."+fl.Name+" size", fmt.Sprintf("sizeof(((%s *)0)->%s)", name, fl.Name), fl.Size)
				}
				walk(fl.Fields)
			}
		}
		walk(s.Fields)
	}
	if !cxx {
		for _, enum := range sortedKeys(f.Enums) {
			info := f.EnumInfo[enum]
			if slices.Contains(Unbound, info.Header) || slices.Contains(f.CxxOnlyHeaders, info.Header) {
				continue
			}
			for _, c := range sortedKeys(f.Enums[enum]) {
				key := "enum " + c
				expect[key] = strconv.FormatInt(f.Enums[enum][c], 10)
				fmt.Fprintf(&b, "  P(%q, %s);\n", key, c)
			}
		}
		for _, c := range sortedKeys(f.Constants) {
			hs := f.ConstantHeaders[c]
			if len(hs) == 0 || slices.Contains(Unbound, hs[0]) || slices.Contains(f.CxxOnlyHeaders, hs[0]) {
				continue
			}
			key := "const " + c
			want := f.Constants[c].String()
			expect[key] = want
			if strings.HasPrefix(want, "-") {
				fmt.Fprintf(&b, "  P(%q, %s);\n", key, c)
			} else {
				fmt.Fprintf(&b, "  U(%q, %s);\n", key, c)
			}
		}
	}
	b.WriteString("  return 0;\n}\n")
	return b.String(), expect
}

func runProbe(src string, cxx bool, v Version, includeDir, workDir string) (map[string]string, error) {
	name, compiler, std := "probe_c"+v.Short, "gcc", []string{"-std=gnu11", "-include", "stdalign.h"}
	if cxx {
		name, compiler, std = "probe_cxx"+v.Short, "g++", []string{"-std=c++17", "-Wno-invalid-offsetof"}
	}
	srcPath := filepath.Join(workDir, name+map[bool]string{false: ".c", true: ".cc"}[cxx])
	if err := os.WriteFile(srcPath, []byte(src), 0o644); err != nil {
		return nil, err
	}
	cflags, err := exec.Command("pkg-config", "--cflags", "gstreamer-1.0").Output()
	if err != nil {
		return nil, fmt.Errorf("pkg-config gstreamer-1.0: %w", err)
	}
	bin := filepath.Join(workDir, name)
	args := append(std, "-DDS_EMBEDDED_ABI="+v.Short, "-I"+includeDir)
	args = append(args, strings.Fields(string(cflags))...)
	args = append(args, "-o", bin, srcPath)
	if out, err := exec.Command(compiler, args...).CombinedOutput(); err != nil {
		return nil, fmt.Errorf("%s: %v\n%s", compiler, err, firstLines(out, 30))
	}
	out, err := exec.Command(bin).Output()
	if err != nil {
		return nil, fmt.Errorf("run probe: %w", err)
	}
	got := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		line := sc.Text()
		i := strings.LastIndexByte(line, ' ')
		got[line[:i]] = line[i+1:]
	}
	return got, sc.Err()
}

func firstLines(b []byte, n int) string {
	lines := strings.SplitN(string(b), "\n", n+1)
	if len(lines) > n {
		lines = lines[:n]
	}
	return strings.Join(lines, "\n")
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
