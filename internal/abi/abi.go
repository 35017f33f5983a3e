// Package abi loads the DeepStream SDK binary-interface facts kept as test
// data (sizes, offsets, enum values, constants and prototypes of the SDK
// headers for one SDK version) so that generators and layout tests share one
// reader.
package abi

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
)

// Versions are the SDK versions the embedded runtime emulates, oldest first.
// The short form ("71") is what build tags (dsabi71) and the C macro
// DS_EMBEDDED_ABI use; Major and Minor are what the SDK's nvds_version.h
// defines as NVDS_VERSION_MAJOR and NVDS_VERSION_MINOR.
var Versions = []Version{
	{Name: "7.0", Short: "70", Major: 7, Minor: 0},
	{Name: "7.1", Short: "71", Major: 7, Minor: 1},
	{Name: "8.0", Short: "80", Major: 8, Minor: 0},
	{Name: "9.0", Short: "90", Major: 9, Minor: 0},
	{Name: "9.1", Short: "91", Major: 9, Minor: 1},
}

// Version names one emulated SDK release.
type Version struct {
	Name         string // "9.1"
	Short        string // "91"
	Major, Minor int    // 9, 1
}

// File is one deepstream-<ver>.json document.
type File struct {
	Version          string                      `json:"version"`
	Headers          []string                    `json:"headers"`
	CxxOnlyHeaders   []string                    `json:"cxx_only_headers"`
	Structs          map[string]Struct           `json:"structs"`
	Enums            map[string]map[string]int64 `json:"enums"`
	EnumInfo         map[string]EnumInfo         `json:"enum_info"`
	Constants        map[string]json.Number      `json:"constants"`
	StringConstants  map[string]string           `json:"string_constants"`
	ConstantHeaders  map[string][]string         `json:"constant_headers"`
	MacroExpressions map[string]MacroExpression  `json:"macro_expressions"`
	Typedefs         map[string]Typedef          `json:"typedefs"`
	Functions        []Function                  `json:"functions"`
	ForeignTypes     map[string]ForeignType      `json:"foreign_types"`
}

// ForeignType is a GLib, GStreamer, CUDA or other type the SDK headers use
// but do not declare.
type ForeignType struct {
	Canonical string `json:"canonical"`
	Size      int64  `json:"size"`
}

// Struct is one record definition.
type Struct struct {
	Kind    string  `json:"kind"`
	Tag     string  `json:"tag"`
	Header  string  `json:"header"`
	CxxOnly bool    `json:"cxx_only"`
	Size    int64   `json:"size"`
	Align   int64   `json:"align"`
	Fields  []Field `json:"fields"`
}

// Field is one member; anonymous unions carry their members in Fields.
type Field struct {
	Name            string   `json:"name"`
	Type            string   `json:"type"`
	Canonical       string   `json:"canonical"`
	Offset          int64    `json:"offset"`
	Size            int64    `json:"size"`
	Dims            []int64  `json:"dims"`
	DimsExpr        []string `json:"dims_expr"`
	Fields          []Field  `json:"fields"`
	Anonymous       bool     `json:"anonymous_member"`
	ReferenceMember bool     `json:"reference_member"`
}

// EnumInfo describes an enum's header and tag.
type EnumInfo struct {
	Header     string `json:"header"`
	Tag        string `json:"tag"`
	Underlying string `json:"underlying"`
	Size       int64  `json:"size"`
}

// MacroExpression is a non-constant object-like macro.
type MacroExpression struct {
	Calls       string   `json:"calls"`
	StringArg   string   `json:"string_arg"`
	AliasOf     string   `json:"alias_of"`
	Initializer []string `json:"initializer"`
	Header      string   `json:"header"`
}

// Typedef is a non-record typedef.
type Typedef struct {
	Header    string `json:"header"`
	Type      string `json:"type"`
	Canonical string `json:"canonical"`
	Size      int64  `json:"size"`
	CxxOnly   bool   `json:"cxx_only"`
}

// Function is one prototype.
type Function struct {
	Name     string  `json:"name"`
	Header   string  `json:"header"`
	Returns  string  `json:"returns"`
	Params   []Param `json:"params"`
	Variadic bool    `json:"variadic"`
	Linkage  string  `json:"linkage"`
}

// Param is one function parameter.
type Param struct {
	Name string `json:"name"`
	Type string `json:"type"`
}

// Dir returns the directory holding the JSON test data.
func Dir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "testdata")
}

// Load reads deepstream-<version>.json from dir.
func Load(dir, version string) (*File, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "deepstream-"+version+".json"))
	if err != nil {
		return nil, err
	}
	var f File
	if err := json.Unmarshal(raw, &f); err != nil {
		return nil, fmt.Errorf("abi %s: %w", version, err)
	}
	return &f, nil
}
