package validate

import (
	"bytes"
	"compress/gzip"
	"errors"
	"math"
	"strings"
	"testing"
)

// FuzzRead checks what holds for any input: no panic; an error that says
// where (a *ParseError within the input's lines, wrapping one of the
// package's errors) unless a gzip stream is broken; and, on success, rows
// that are consistent with the counts, ordered pairs, valid periods,
// finite values, no pair and period twice, and a table that, compared with
// itself, matches every row.
func FuzzRead(f *testing.F) {
	f.Add([]byte(testAlignment), false)
	f.Add([]byte(testAgreement), true)
	for _, tt := range readTests {
		f.Add([]byte(tt.in), tt.cols == AgreementColumns())
	}
	for _, tt := range readErrorTests {
		f.Add([]byte(tt.in), true)
	}
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	zw.Write([]byte(testAgreement))
	zw.Close()
	f.Add(z.Bytes(), true)
	f.Fuzz(func(t *testing.T, data []byte, agreement bool) {
		cols := AlignmentColumns("")
		if agreement {
			cols = AgreementColumns()
		}
		tab, err := Read(bytes.NewReader(data), "f.csv", cols)
		gz := bytes.HasPrefix(data, []byte{0x1f, 0x8b})
		if err != nil {
			var pe *ParseError
			switch {
			case errors.As(err, &pe):
				if pe.File != "f.csv" || pe.Line < 1 || !gz && pe.Line > bytes.Count(data, []byte("\n"))+1 {
					t.Errorf("error %v: line %d out of the input's %d lines", err, pe.Line, bytes.Count(data, []byte("\n"))+1)
				}
				if !errors.Is(err, ErrSyntax) && !errors.Is(err, ErrColumn) && !errors.Is(err, ErrValue) && !errors.Is(err, ErrConflict) {
					t.Errorf("error %v wraps none of the package's errors", err)
				}
			case !gz:
				t.Errorf("error %v is not a *ParseError", err)
			case !strings.HasPrefix(err.Error(), "f.csv: "):
				t.Errorf("error %v does not name the file", err)
			}
			if tab != nil {
				t.Errorf("Read returned a table with error %v", err)
			}
			return
		}
		if tab.Read != len(tab.Rows)+tab.Missing+tab.Self+tab.Repeats {
			t.Errorf("read %d rows, but %d kept, %d missing, %d self, %d repeats", tab.Read, len(tab.Rows), tab.Missing, tab.Self, tab.Repeats)
		}
		type key struct{ a, b, p string }
		seen := map[key]bool{}
		line := 1
		for _, r := range tab.Rows {
			if r.A == "" || r.A >= r.B {
				t.Errorf("row %+v: want A < B, both not empty", r)
			}
			if y, ok := periodYear(r.Period); !ok || y != r.Year {
				t.Errorf("row %+v: period's year %d, %v", r, y, ok)
			}
			if math.IsNaN(r.Value) || math.IsInf(r.Value, 0) {
				t.Errorf("row %+v: value not finite", r)
			}
			if seen[key{r.A, r.B, r.Period}] {
				t.Errorf("row %+v: pair and period twice", r)
			}
			seen[key{r.A, r.B, r.Period}] = true
			if r.Line <= line {
				t.Errorf("row %+v: line not after %d", r, line)
			}
			line = r.Line
		}
		res := Compare(tab, tab, Options{})
		dated := 0
		for _, r := range tab.Rows {
			if r.Period != "" {
				dated++
			}
		}
		if res.Alignment.Compared != dated || res.Agreement.Compared != dated {
			t.Errorf("compared with itself: %d and %d rows compared, want the %d dated ones", res.Alignment.Compared, res.Agreement.Compared, dated)
		}
		for _, v := range []float64{res.Overall.Pearson, res.Overall.Spearman} {
			if !math.IsNaN(v) && math.Abs(v-1) > 1e-9 {
				t.Errorf("compared with itself: correlation %v, want 1 or NaN", v)
			}
		}
	})
}
