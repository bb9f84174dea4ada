// Package corpus reads documents for stance: plain-text articles, JSON,
// JSON Lines, CSV/TSV tables and HTML pages, optionally gzip- or
// zstd-compressed, and parses their dates.
//
// Readers stream: a file is read one record at a time and each document is
// handed to a callback, so a corpus never has to fit in memory. Bad input
// never stops a read: it is reported as a [Problem] (with file and line) and
// the reader goes on with the next record.
package corpus

import (
	"fmt"
	"time"
)

// Precision says how much of a [Date] is known.
type Precision int

// Precisions, coarsest first.
const (
	NoDate Precision = iota // the date is unknown
	Year                    // only the year is known
	Month                   // year and month are known
	Day                     // the full calendar date is known
)

// Date is a calendar date in the document's own time zone. Only the parts
// allowed by Precision are meaningful. The zero value is an unknown date.
type Date struct {
	Year      int
	Month     time.Month
	Day       int
	Precision Precision
}

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d.Precision == NoDate }

// String formats the date as "2006-01-02", "2006-01" or "2006" according to
// its precision, and as "" when it is unknown.
func (d Date) String() string {
	switch d.Precision {
	case Year:
		return fmt.Sprintf("%04d", d.Year)
	case Month:
		return fmt.Sprintf("%04d-%02d", d.Year, int(d.Month))
	case Day:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
	}
	return ""
}

// Document is one input text: an article, a speech, or a row of a table.
type Document struct {
	ID             string // from the input, or derived from File and Line
	Date           Date   // parsed from RawDate; zero when unknown
	RawDate        string // the date as the input gives it
	Title          string
	Text           string
	URL            string
	Source         string
	Speaker        string // set for speeches: the person delivering it
	SpeakerCountry string // set for first-person speeches: ISO 3166-1 alpha-3
	File           string // the file it was read from
	Line           int    // the line (or record) where it starts, 1-based
	Repaired       int    // invalid UTF-8 sequences replaced by U+FFFD
	Failed         string // set by the pipeline when a stage failed on it
}
