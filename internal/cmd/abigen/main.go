// Command abigen writes the embedded runtime's SDK-named C headers from the
// ABI facts in internal/abi/testdata (one JSON file per emulated SDK
// version). Every declaration comes from those facts: a struct is written
// from its field list, an enum from its values, a prototype from its
// parameter list. Where the versions differ, the declaration is written once
// per variant behind a test of NVDS_VERSION_MAJOR (and NVDS_VERSION_MINOR
// where two releases of one major version differ), as the SDK itself does.
//
// Usage: go run ./internal/cmd/abigen -out embedded/include
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/go-deepstream/go-deepstream/internal/abi"
)

func main() {
	out := flag.String("out", "embedded/include", "directory to write the headers to")
	flag.Parse()
	var files []*abi.File
	for _, v := range abi.Versions {
		f, err := abi.Load(abi.Dir(), v.Name)
		if err != nil {
			log.Fatal(err)
		}
		files = append(files, f)
	}
	headers, err := generate(files)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		log.Fatal(err)
	}
	for name, text := range headers {
		if err := os.WriteFile(filepath.Join(*out, name), []byte(text), 0o644); err != nil {
			log.Fatal(err)
		}
	}
	fmt.Printf("abigen: wrote %d headers to %s\n", len(headers), *out)
}
