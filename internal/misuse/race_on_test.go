//go:build race

package misuse

// raceEnabled: the race detector keeps shadow memory for what the
// program allocates, so RSS bounds are looser under it.
const raceEnabled = true
