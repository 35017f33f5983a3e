package schema

import "time"

// TimestampLayout is the RFC 3339 form DeepStream writes into ts and the
// schema's @timestamp: UTC, millisecond precision, a literal Z.
const TimestampLayout = "2006-01-02T15:04:05.000Z"

// Timestamp formats t as TimestampLayout in UTC (pyds
// generate_ts_rfc3339).
func Timestamp(t time.Time) string { return t.UTC().Format(TimestampLayout) }

// AppendTimestamp appends Timestamp(t) to dst without allocating.
func AppendTimestamp(dst []byte, t time.Time) []byte {
	return t.UTC().AppendFormat(dst, TimestampLayout)
}
