//go:build !race

package misuse

const raceEnabled = false
