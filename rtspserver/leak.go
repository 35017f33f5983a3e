package rtspserver

import "github.com/go-deepstream/go-deepstream/internal/leak"

// Servers, factories and main loops not yet closed or stopped.
func init() { leak.Register("rtspserver.objects", liveObjects.Load) }
