//go:build race

package samplestest

func init() { buildFlags = append(buildFlags, "-race") }
