package reports

import (
	"encoding/csv"
	"io"
	"math"
	"strconv"
	"strings"
)

// csvEncoder writes a table as RFC 4180 CSV with CRLF line ends.
type csvEncoder struct {
	w     *csv.Writer
	types []Type
	raw   bool
	rec   []string
}

func newCSVEncoder(w io.Writer, schema *TableSchema, opts TableOptions) (*csvEncoder, error) {
	e := &csvEncoder{w: csv.NewWriter(w), raw: opts.RawCSV, rec: make([]string, 0, len(schema.Columns))}
	e.w.UseCRLF = true
	for _, c := range schema.Columns {
		e.types = append(e.types, c.Type)
	}
	if err := e.w.Write(schema.ColumnNames()); err != nil {
		return nil, err
	}
	return e, nil
}

func (e *csvEncoder) write(row []cell) error {
	e.rec = e.rec[:0]
	for i, c := range row {
		var s string
		switch e.types[i] {
		case Integer:
			s = strconv.Itoa(c.i)
		case Number:
			s = Num(c.x)
		default:
			s = c.s
			if !e.raw {
				s = NeutraliseCell(s)
			}
		}
		e.rec = append(e.rec, s)
	}
	return e.w.Write(e.rec)
}

func (e *csvEncoder) close() error {
	e.w.Flush()
	return e.w.Error()
}

// Num formats a number with four decimals, or "" when it is NaN.
func Num(x float64) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return ""
	}
	if x == 0 {
		x = 0 // no "-0.0000"
	}
	s := strconv.FormatFloat(x, 'f', 4, 64)
	if s == "-0.0000" {
		s = "0.0000"
	}
	return s
}

// formulaStart reports whether a spreadsheet may read a cell starting with
// c as a formula (OWASP, CSV injection): =, +, -, @, tab or carriage
// return.
func formulaStart(c byte) bool {
	switch c {
	case '=', '+', '-', '@', '\t', '\r':
		return true
	}
	return false
}

// guarded reports whether s, after any leading quotes, starts like a
// formula.
func guarded(s string) bool {
	s = strings.TrimLeft(s, "'")
	return s != "" && formulaStart(s[0])
}

// NeutraliseCell returns the text of a CSV cell as a spreadsheet will not
// run it: a cell that starts with =, +, -, @, a tab or a carriage return
// gets a ' in front ("=1+1" becomes "'=1+1"). So that [RestoreCell] gives
// back every text exactly, a cell whose leading quotes are followed by
// such a character also gets one more quote in front. Other text is
// returned as it is.
func NeutraliseCell(s string) string {
	if guarded(s) {
		return "'" + s
	}
	return s
}

// RestoreCell undoes [NeutraliseCell]: it drops the leading ' of a cell
// whose quotes are followed by =, +, -, @, a tab or a carriage return.
func RestoreCell(s string) string {
	if strings.HasPrefix(s, "'") && guarded(s) {
		return s[1:]
	}
	return s
}
