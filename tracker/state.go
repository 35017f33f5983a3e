package tracker

// #include "tracker.go.h"
import "C"

import "strconv"

// State is TRACKER_STATE: the tracker's state of a target in one frame.
type State int32

// Tracker states.
const (
	StateEmpty     State = C.EMPTY
	StateActive    State = C.ACTIVE
	StateInactive  State = C.INACTIVE
	StateTentative State = C.TENTATIVE
	StateProjected State = C.PROJECTED
	// StateQuasiActive is QUASIACTIVE, added in DeepStream 8.0; 7.x
	// trackers never report it.
	StateQuasiActive State = 5
)

// String names the state as the C enum does, without its prefix.
func (s State) String() string {
	switch s {
	case StateEmpty:
		return "EMPTY"
	case StateActive:
		return "ACTIVE"
	case StateInactive:
		return "INACTIVE"
	case StateTentative:
		return "TENTATIVE"
	case StateProjected:
		return "PROJECTED"
	case StateQuasiActive:
		return "QUASIACTIVE"
	}
	return "State(" + strconv.Itoa(int(s)) + ")"
}
