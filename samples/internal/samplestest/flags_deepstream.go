//go:build deepstream

package samplestest

func init() { buildTags = append(buildTags, "deepstream") }
