package dsapp

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
)

// ConfigsDir is the folder, in a sample's source folder and in the file
// system the sample embeds, that holds its config sets: one subfolder per
// runtime, named by ConfigSet. A sample embeds the whole tree once:
//
//	//go:embed configs
//	var configFiles embed.FS
//
// and calls WriteConfigs(configFiles) at start.
const ConfigsDir = "configs"

// ConfigSet names the config set for the runtime this process runs on:
// "embedded" on go-deepstream's embedded CPU runtime, whose stand-in
// nvinfer ignores model keys and reads the label file beside its config,
// and "sdk" on the DeepStream SDK (the deepstream build tag), whose keys
// point at the SDK's sample models under
// /opt/nvidia/deepstream/deepstream/samples. Embedded decides, so the
// samples need no build-tagged files of their own.
func ConfigSet() string {
	if Embedded() {
		return "embedded"
	}
	return "sdk"
}

// Configs is a sample's config files (nvinfer, tracker, msgconv ...) for
// the runtime it runs on, written out of the binary into a folder.
//
// The Python apps read their configs relative to the working directory and
// must be run from their own folder; a Go binary runs from anywhere, so
// its configs are written to a temporary folder at start, under the same
// file names the Python apps use.
type Configs struct {
	Dir string // the folder holding the files
}

// WriteConfigs writes the config set ConfigSet picks from fsys (the files
// under configs/<set>, see ConfigsDir) into a new temporary folder, keeping
// their names and subfolders. Close removes it.
func WriteConfigs(fsys fs.FS) (*Configs, error) {
	set := path.Join(ConfigsDir, ConfigSet())
	sub, err := fs.Sub(fsys, set)
	if err != nil {
		return nil, fmt.Errorf("config set %s: %w", set, err)
	}
	c, err := writeTree(sub)
	if err != nil {
		return nil, fmt.Errorf("writing config set %s: %w", set, err)
	}
	return c, nil
}

// writeTree copies every file of fsys into a new temporary folder.
func writeTree(fsys fs.FS) (*Configs, error) {
	dir, err := os.MkdirTemp("", "gods-sample-configs-")
	if err != nil {
		return nil, err
	}
	err = fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		dst := filepath.Join(dir, filepath.FromSlash(name))
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, b, 0o644)
	})
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
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
