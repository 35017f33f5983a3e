//go:build !deepstream

package osd_test

import "github.com/go-deepstream/go-deepstream/embedded"

// The embedded runtime counts what it has alive; noLeaks compares them.
func init() { liveCounts = embedded.LiveCounts }
