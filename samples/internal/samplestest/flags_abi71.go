//go:build dsabi71

package samplestest

func init() { buildTags = append(buildTags, "dsabi71") }
