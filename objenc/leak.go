package objenc

import "github.com/go-deepstream/go-deepstream/internal/leak"

// Contexts made by NewContext and not destroyed, in the module's leak
// registry for the tests (the crops themselves belong to their metas and
// are counted by the runtime).
func init() {
	leak.Register("objenc.contexts", live.Load)
}
