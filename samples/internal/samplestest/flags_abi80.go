//go:build dsabi80

package samplestest

func init() { buildTags = append(buildTags, "dsabi80") }
