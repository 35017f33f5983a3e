package main

import (
	"fmt"
	"os"
	"strings"
)

// readLabels reads a label file, one label per line (the Python
// get_label_names_from_file).
func readLabels(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	labels := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	for i, l := range labels {
		labels[i] = strings.TrimSuffix(l, "\r")
	}
	return labels, nil
}

// labelIndex returns the index of name in labels.
func labelIndex(labels []string, name string) (int, error) {
	for i, l := range labels {
		if l == name {
			return i, nil
		}
	}
	return 0, fmt.Errorf("label %q not in the label file", name)
}
