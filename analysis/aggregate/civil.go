package aggregate

import (
	"time"

	"github.com/stance-project/stance/analysis/corpus"
)

// civil returns d as a time at noon UTC, for calendar arithmetic only.
func civil(d corpus.Date) time.Time {
	return time.Date(d.Year, d.Month, d.Day, 12, 0, 0, 0, time.UTC)
}
