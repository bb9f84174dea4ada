package validate

import (
	"bufio"
	"cmp"
	"compress/gzip"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

// Errors wrapped by a [ParseError].
var (
	ErrSyntax   = errors.New("malformed csv")         // the CSV itself is broken (quotes, field counts)
	ErrColumn   = errors.New("missing column")        // the header lacks a column asked for
	ErrValue    = errors.New("bad value")             // a country code, period or value that cannot be read
	ErrConflict = errors.New("conflicting duplicate") // a pair and period given twice with different values
)

// ParseError is a bad line of a table. It prints as "file:line: message".
type ParseError struct {
	File string
	Line int // 1-based; the header is line 1
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err) }

func (e *ParseError) Unwrap() error { return e.Err }

// Columns names the four columns of a table that [Read] uses: the two
// countries of a pair, the period and the value. Other columns are
// ignored.
type Columns struct {
	A, B, Period, Value string
}

// AlignmentColumns returns the columns of stance's alignment.csv, with
// score as the value column ("score" when score is empty; "mutual" and
// "similarity" are the other choices).
func AlignmentColumns(score string) Columns {
	return Columns{A: "country_a", B: "country_b", Period: "period", Value: cmp.Or(score, "score")}
}

// AgreementColumns returns the columns of a dyadic UN voting agreement
// table such as ../shared/eval/unvotes-agreement-1946-1989.csv.gz:
// iso3_a, iso3_b, year and agreement.
func AgreementColumns() Columns {
	return Columns{A: "iso3_a", B: "iso3_b", Period: "year", Value: "agreement"}
}

// Row is the value of one unordered country pair in one period.
type Row struct {
	A, B   string // country codes, A < B
	Period string // as the table gives it: "1990", "1990-03", "1990-Q1", ...; "" when undated
	Year   int    // the period's year; 0 when undated
	Value  float64
	Line   int // the row's line in its file
}

// Finer reports whether the row's period is finer than a year.
func (r Row) Finer() bool { return len(r.Period) > 4 }

// Table is a table read by [Read]: one row per pair and period that has a
// value.
type Table struct {
	File    string // the name given to Read
	Column  string // the value column
	Rows    []Row  // in file order
	Read    int    // data rows read (the header not counted)
	Missing int    // rows skipped: an empty, NA or NaN value
	Self    int    // rows skipped: a country paired with itself
	Repeats int    // rows skipped: a pair and period given before with the same value
}

// Read reads a CSV table with a header row, from r or, when r starts
// with the gzip magic bytes, from r decompressed; file names it in errors.
// Columns are found by their header name (a leading byte-order mark and
// spaces around names are ignored; the first of two columns of the same
// name is read), so extra columns and any order are fine.
//
// Cells are trimmed of spaces. Country codes must not be empty and are
// compared exactly; a pair is unordered (Row.A < Row.B). A period is empty
// (undated) or YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn or YYYY-Www. A value is a
// finite number; an empty cell, NA or NaN (in any case) is missing and the
// row is skipped and counted. A row that pairs a country with itself is
// skipped and counted. A pair and period given twice (in either order)
// keep the first row when the values are equal, and are an error
// wrapping [ErrConflict] when they differ.
//
// The first bad line stops the read with a *[ParseError]: a malformed CSV
// or a row with a different number of fields than the header
// ([ErrSyntax]), a column not in the header ([ErrColumn]), a bad code,
// period or value ([ErrValue]).
func Read(r io.Reader, file string, cols Columns) (*Table, error) {
	br := bufio.NewReader(r)
	var src io.Reader = br
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", file, err)
		}
		defer zr.Close()
		src = zr
	}
	cr := csv.NewReader(src)
	cr.ReuseRecord = true
	fail := func(line int, format string, args ...any) error {
		return &ParseError{File: file, Line: line, Err: fmt.Errorf(format, args...)}
	}
	head, err := cr.Read()
	if err == io.EOF {
		return nil, fail(1, "empty file, want a header row: %w", ErrColumn)
	}
	if err != nil {
		return nil, csvError(file, err)
	}
	index := map[string]int{}
	var names []string
	for i, h := range head {
		if i == 0 {
			h = strings.TrimPrefix(h, "\ufeff")
		}
		h = strings.TrimSpace(h)
		if _, ok := index[h]; !ok {
			index[h] = i
			names = append(names, strconv.Quote(h))
		}
	}
	var at [4]int // A, B, Period, Value
	for k, name := range []string{cols.A, cols.B, cols.Period, cols.Value} {
		i, ok := index[name]
		if !ok {
			return nil, fail(1, "no column %q (the header has %s): %w", name, strings.Join(names, ", "), ErrColumn)
		}
		at[k] = i
	}

	t := &Table{File: file, Column: cols.Value}
	type key struct{ a, b, period string }
	seen := map[key]int{}          // → index in t.Rows
	periods := map[string]string{} // interned periods
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return t, nil
		}
		if err != nil {
			return nil, csvError(file, err)
		}
		line, _ := cr.FieldPos(0)
		t.Read++
		cell := func(k int) string { return strings.TrimSpace(rec[at[k]]) }
		a, b, period, value := cell(0), cell(1), cell(2), cell(3)
		for k, code := range []string{a, b} {
			if code == "" {
				return nil, fail(line, "empty country code in column %q: %w", []string{cols.A, cols.B}[k], ErrValue)
			}
		}
		year, ok := periodYear(period)
		if !ok {
			return nil, fail(line, "period %q in column %q is not YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn or YYYY-Www: %w", period, cols.Period, ErrValue)
		}
		v, missing, err := parseValue(value)
		if err != nil {
			return nil, fail(line, "%q in column %q %v: %w", value, cols.Value, err, ErrValue)
		}
		if missing {
			t.Missing++
			continue
		}
		if a == b {
			t.Self++
			continue
		}
		if b < a {
			a, b = b, a
		}
		if p, ok := periods[period]; ok {
			period = p
		} else {
			period = strings.Clone(period)
			periods[period] = period
		}
		k := key{a, b, period}
		if i, dup := seen[k]; dup {
			first := t.Rows[i]
			if first.Value != v {
				return nil, fail(line, "%s-%s %s has %s %s here and %s on line %d: %w",
					a, b, periodName(period), cols.Value, value, fmtValue(first.Value), first.Line, ErrConflict)
			}
			t.Repeats++
			continue
		}
		a, b = strings.Clone(a), strings.Clone(b)
		seen[key{a, b, period}] = len(t.Rows)
		t.Rows = append(t.Rows, Row{A: a, B: b, Period: period, Year: year, Value: v, Line: line})
	}
}

// PeriodYear returns the year of a period as Read accepts it ("1990",
// "1990-03", "1990-Q1", "1990-W05", "1990-03-05"; 0 for ""), and false for
// another form: for a Table built from rows in memory.
func PeriodYear(period string) (int, bool) { return periodYear(period) }

// csvError turns an error of encoding/csv into a *ParseError.
func csvError(file string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &ParseError{File: file, Line: pe.Line, Err: fmt.Errorf("column %d: %v: %w", pe.Column, pe.Err, ErrSyntax)}
	}
	return fmt.Errorf("%s: %w", file, err) // reading failed (a broken gzip stream, an I/O error)
}

// parseValue parses a value cell: missing when it is empty, NA or NaN.
func parseValue(s string) (v float64, missing bool, err error) {
	if s == "" || strings.EqualFold(s, "NA") || strings.EqualFold(s, "NaN") {
		return 0, true, nil
	}
	v, err = strconv.ParseFloat(s, 64)
	switch {
	case err != nil:
		return 0, false, errors.New("is not a number")
	case math.IsNaN(v):
		return 0, true, nil
	case math.IsInf(v, 0):
		return 0, false, errors.New("is not finite")
	}
	return v, false, nil
}

// periodYear returns the year of a period: YYYY, YYYY-MM, YYYY-MM-DD,
// YYYY-Qn or YYYY-Www; 0 for the empty (undated) period.
func periodYear(p string) (year int, ok bool) {
	if p == "" {
		return 0, true
	}
	if len(p) < 4 || !digits(p[:4]) {
		return 0, false
	}
	year, _ = strconv.Atoi(p[:4])
	rest := p[4:]
	switch {
	case rest == "":
		return year, true
	case len(rest) == 3 && rest[0] == '-' && digits(rest[1:]): // -MM
		return year, inRange(rest[1:], 1, 12)
	case len(rest) == 6 && rest[0] == '-' && digits(rest[1:3]) && rest[3] == '-' && digits(rest[4:]): // -MM-DD
		return year, inRange(rest[1:3], 1, 12) && inRange(rest[4:], 1, 31)
	case len(rest) == 3 && rest[:2] == "-Q": // -Qn
		return year, rest[2] >= '1' && rest[2] <= '4'
	case len(rest) == 4 && rest[:2] == "-W" && digits(rest[2:]): // -Www
		return year, inRange(rest[2:], 1, 53)
	}
	return 0, false
}

func digits(s string) bool {
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func inRange(s string, lo, hi int) bool {
	n, err := strconv.Atoi(s)
	return err == nil && n >= lo && n <= hi
}

// periodName is the period as messages print it.
func periodName(p string) string {
	if p == "" {
		return "(undated)"
	}
	return p
}
