package misuse

import (
	"errors"
	"fmt"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/go-deepstream/go-deepstream/callbacks"
	"github.com/go-deepstream/go-deepstream/nvds"
)

// Misuse of package callbacks (issue #10, items 3 and 8). Helpers are
// prefixed cb.

// Item 8: NewGoMeta[int] and NewGoMeta[string] racing on one descriptor
// both succeeded (check-then-act on a sync.Map), so payloads of one meta
// type had two Go types. Exactly one type must win each race; every other
// registration of it succeeds, every one of the other type gets
// ErrConflict.
func TestNewGoMetaRaceHasOneWinner(t *testing.T) {
	const rounds, goroutines = 5000, 8
	for round := range rounds {
		descriptor := fmt.Sprintf("GODS.MISUSE.RACE.%d", round)
		start := make(chan struct{})
		var wg sync.WaitGroup
		var mu sync.Mutex
		won := map[string]int{}
		var others []error
		for g := range goroutines {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				var err error
				kind := "int"
				if g%2 == 0 {
					_, err = callbacks.NewGoMeta[int](descriptor)
				} else {
					kind = "string"
					_, err = callbacks.NewGoMeta[string](descriptor)
				}
				mu.Lock()
				defer mu.Unlock()
				if err == nil {
					won[kind]++
				} else {
					others = append(others, err)
				}
			}()
		}
		close(start)
		wg.Wait()
		require.Len(t, won, 1, "round %d: both Go types registered for %s: %v", round, descriptor, won)
		require.Equal(t, goroutines/2, won["int"]+won["string"], "round %d: the winning type registers every time", round)
		for _, err := range others {
			require.True(t, errors.Is(err, callbacks.ErrConflict), "round %d: %v", round, err)
		}
	}
}

// cbPanicky's Clone panics.
type cbPanicky struct{}

func (cbPanicky) Clone() cbPanicky { panic("clone misuse") }

// Item 3 for callbacks: a Go payload's Clone runs when DeepStream copies
// the meta, on whatever thread copies it; a panic there is recovered by the
// module's one guard for //export functions and logged, naming the
// callback, and the copy carries no payload.
func TestGoPayloadClonePanicIsLogged(t *testing.T) {
	r := inChild(t, func() {
		m, err := callbacks.NewGoMeta[cbPanicky]("GODS.MISUSE.PANICKY")
		require.NoError(t, err)
		owned, err := nvds.NewBatchMeta(2)
		require.NoError(t, err)
		defer owned.Release()
		b := owned.Meta()
		pf, err := b.AcquireFrameMeta()
		require.NoError(t, err)
		src := b.AddFrame(pf)
		_, err = m.Attach(src, cbPanicky{})
		require.NoError(t, err)
		pf, err = b.AcquireFrameMeta()
		require.NoError(t, err)
		dst := b.AddFrame(pf)
		dst.CopyUserMetaFrom(src)
		n := 0
		for u := range dst.UserMeta() {
			_, err := m.Get(u)
			require.ErrorIs(t, err, callbacks.ErrNoPayload)
			n++
		}
		require.Equal(t, 1, n)
	})
	expectClean(t, r)
	require.Contains(t, r.Output, "go-deepstream: callbacks: Clone of a Go payload panicked: clone misuse")
}
