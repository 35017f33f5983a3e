package common

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// Configs is a sample's set of config files (nvinfer, tracker, msgconv
// ...), embedded in its binary: one set for the embedded runtime, whose
// stand-ins ignore model keys and need a label file beside the config, and
// one for the SDK, whose keys point at the SDK's sample models under
// /opt/nvidia/deepstream/deepstream/samples. The sample's configs_*.go
// files pick the set by build tag.
//
// The Python apps read their configs relative to the working directory and
// must be run from their own folder; a Go binary runs from anywhere, so
// its configs are written to a temporary folder at start.
type Configs struct {
	Dir string // the folder holding the files
}

// WriteConfigs writes the files of fsys into a new temporary folder.
// Close removes it.
func WriteConfigs(fsys fs.FS) (*Configs, error) {
	dir, err := os.MkdirTemp("", "gods-sample-configs-")
	if err != nil {
		return nil, err
	}
	err = fs.WalkDir(fsys, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		dst := filepath.Join(dir, filepath.FromSlash(path))
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		b, err := fs.ReadFile(fsys, path)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, b, 0o644)
	})
	if err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("writing config files: %w", err)
	}
	return &Configs{Dir: dir}, nil
}

// Path returns the path of config file name.
func (c *Configs) Path(name string) string {
	return filepath.Join(c.Dir, name)
}

// Close removes the folder.
func (c *Configs) Close() error {
	if c == nil {
		return nil
	}
	return os.RemoveAll(c.Dir)
}
