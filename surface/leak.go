//go:build !dsleak

package surface

// leakRecord exists only in dsleak builds (see leak_dsleak.go).
type leakRecord struct{}

func trackMapping(*Mapping)   {}
func untrackMapping(*Mapping) {}

// LeakedMappings reports how many Mappings were garbage collected without
// Close. It is always 0 unless the package is built with the dsleak tag,
// which records where each Mapping was made and reports leaks.
func LeakedMappings() int { return 0 }
