//go:build !race

package dsapp

const raceEnabled = false
