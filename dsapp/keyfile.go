package dsapp

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

// KeyFile is an INI-style file as the Python apps read their tracker
// configs with configparser: [group] headers and key=value lines, '#' and
// ';' comment lines. Keys keep their order within a group.
type KeyFile struct {
	groups map[string][]KeyValue
}

// KeyValue is one entry of a group.
type KeyValue struct{ Key, Value string }

// ReadKeyFile parses path.
func ReadKeyFile(path string) (*KeyFile, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	kf := &KeyFile{groups: map[string][]KeyValue{}}
	group := ""
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || line[0] == '#' || line[0] == ';':
		case line[0] == '[':
			if !strings.HasSuffix(line, "]") {
				return nil, fmt.Errorf("%s:%d: bad group header %q", path, n, line)
			}
			group = strings.TrimSpace(line[1 : len(line)-1])
			if _, ok := kf.groups[group]; !ok {
				kf.groups[group] = nil
			}
		default:
			k, v, ok := strings.Cut(line, "=")
			if !ok {
				return nil, fmt.Errorf("%s:%d: want key=value, got %q", path, n, line)
			}
			if group == "" {
				return nil, fmt.Errorf("%s:%d: key %q outside a group", path, n, strings.TrimSpace(k))
			}
			kf.groups[group] = append(kf.groups[group], KeyValue{strings.TrimSpace(k), strings.TrimSpace(v)})
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return kf, nil
}

// Group returns the entries of group, and false when the file has none.
func (kf *KeyFile) Group(name string) ([]KeyValue, bool) {
	kv, ok := kf.groups[name]
	return kv, ok
}
