package aggregate

import (
	"time"

	"github.com/stance-project/stance/analysis/corpus"
)

// Options configure an [Accumulator]. The zero value is the default:
// unweighted, Student's t intervals, no date bounds.
type Options struct {
	Period Period
	// Weighted weighs each stance by its confidence: weighted mean and
	// standard deviation, and a t interval on the effective sample size
	// (Σw)²/Σw².
	Weighted bool
	// Bootstrap, when above 0, replaces the t interval by a percentile
	// bootstrap interval from this many resamples (seeded: the same input
	// gives the same interval). It keeps every score in memory.
	Bootstrap int
	// Since and Until keep only stances dated within them (inclusive; a
	// date of lower precision counts when its span meets the bounds).
	// Undated stances are kept only when neither bound is set.
	Since, Until corpus.Date
	// Successors maps historical country codes to their successors (SUN to
	// RUS ...: see [DefaultSuccessors]) for the speaker and the target of
	// every stance before it joins a dyad; nil maps nothing. A delegation
	// is never its own target after the mapping: a stance whose speaker and
	// target map to the same code is left out as a stance toward itself
	// (see [Successors.Pair]).
	Successors Successors
}

// span returns the first and last day a date covers.
func span(d corpus.Date) (time.Time, time.Time) {
	switch d.Precision {
	case corpus.Year:
		return time.Date(d.Year, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(d.Year, 12, 31, 0, 0, 0, 0, time.UTC)
	case corpus.Month:
		first := time.Date(d.Year, d.Month, 1, 0, 0, 0, 0, time.UTC)
		return first, first.AddDate(0, 1, -1)
	}
	t := time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
	return t, t
}

// Within reports whether d meets the date bounds of o (Since and Until).
func (o Options) Within(d corpus.Date) bool {
	if o.Since.IsZero() && o.Until.IsZero() {
		return true
	}
	if d.IsZero() {
		return false
	}
	first, last := span(d)
	if !o.Since.IsZero() {
		if s, _ := span(o.Since); last.Before(s) {
			return false
		}
	}
	if !o.Until.IsZero() {
		if _, u := span(o.Until); first.After(u) {
			return false
		}
	}
	return true
}
