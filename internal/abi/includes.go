package abi

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// IncludesFile is the name of the include-graph facts in the test data
// directory: which header each SDK header includes, per release.
const IncludesFile = "includes.json"

// Includes are the include-graph facts of one SDK release, read from the
// #include lines of its public headers (names only).
type Includes struct {
	// Includes lists, per header, the headers it includes unconditionally,
	// in order: "<x>" for an angle-bracket include, "x" for a quoted one.
	Includes map[string][]string `json:"includes"`
	// CplusplusIncludes lists the includes behind #ifdef __cplusplus.
	CplusplusIncludes map[string][]string `json:"cplusplus_includes"`
	// Redeclares lists, per header, the type names it declares again
	// although the ABI facts attribute them to another header.
	Redeclares map[string][]string `json:"redeclares"`
	// NamedTags lists the structs and enums whose tag is spelled like their
	// typedef name. A struct or enum neither listed here nor given a tag in
	// the ABI facts is anonymous.
	NamedTags struct {
		Structs []string `json:"structs"`
		Enums   []string `json:"enums"`
	} `json:"named_tags"`
}

type includesDoc struct {
	Releases map[string]*Includes `json:"releases"`
}

// LoadIncludes reads the include-graph facts of release ("9.1") from dir.
func LoadIncludes(dir, release string) (*Includes, error) {
	raw, err := os.ReadFile(filepath.Join(dir, IncludesFile))
	if err != nil {
		return nil, err
	}
	var doc includesDoc
	if err := json.Unmarshal(raw, &doc); err != nil {
		return nil, fmt.Errorf("%s: %w", IncludesFile, err)
	}
	inc := doc.Releases[release]
	if inc == nil {
		return nil, fmt.Errorf("%s: no release %s", IncludesFile, release)
	}
	return inc, nil
}

// Release returns the short release name of the file ("9.1" for "9.1.0").
func (f *File) Release() string {
	parts := strings.SplitN(f.Version, ".", 3)
	if len(parts) < 2 {
		return f.Version
	}
	return parts[0] + "." + parts[1]
}

// StructTag returns the tag the SDK declares the struct name with, or ""
// when the SDK declares it as an anonymous struct.
func StructTag(inc *Includes, name string, s Struct) string {
	if s.Tag != "" {
		return s.Tag
	}
	if inc != nil && slices.Contains(inc.NamedTags.Structs, name) {
		return name
	}
	return ""
}

// EnumTag returns the tag the SDK declares the enum name with, or "" for an
// anonymous enum.
func EnumTag(inc *Includes, name string, e EnumInfo) string {
	if e.Tag != "" {
		return e.Tag
	}
	if inc != nil && slices.Contains(inc.NamedTags.Enums, name) {
		return name
	}
	return ""
}
