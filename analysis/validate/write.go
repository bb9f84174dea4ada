package validate

import (
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

// WriteText writes the result as text: a line for each table with its
// counts, a blank line, then the table of correlations: a header, the
// overall line and one line per period. Correlations print with four
// decimals, or "n/a" when undefined.
//
//	alignment: alignment.csv, column score: 11 rows, 1 without a value; 8 compared, 2 without a partner (1 of them finer than a year)
//	agreement: agreement.csv, column agreement: 11 rows, 1 self-pair, 1 repeated; 8 compared, 1 without a partner
//
//	period   pairs  spearman  pearson
//	overall      8    0.8402   0.8765
//	1990         4    0.9487   0.9889
func (r *Result) WriteText(w io.Writer) error {
	var b strings.Builder
	outside := r.Options.outsideText()
	for _, s := range []struct {
		name string
		side Side
	}{{"alignment", r.Alignment}, {"agreement", r.Agreement}} {
		fmt.Fprintf(&b, "%s: %s, column %s: %s", s.name, s.side.File, s.side.Column, plural(s.side.Read, "row", "rows"))
		for _, c := range []struct {
			n    int
			what string
		}{{s.side.Missing, "without a value"}, {s.side.Self, "self-pairs"}, {s.side.Repeats, "repeated"}, {s.side.Outside, outside}} {
			if c.n > 0 {
				what := c.what
				if c.n == 1 && what == "self-pairs" {
					what = "self-pair"
				}
				fmt.Fprintf(&b, ", %d %s", c.n, what)
			}
		}
		fmt.Fprintf(&b, "; %d compared, %d without a partner", s.side.Compared, s.side.NoPartner)
		var why []string
		if s.side.Uncovered > 0 {
			why = append(why, fmt.Sprintf("%d in years the other table lacks", s.side.Uncovered))
		}
		if s.side.Finer > 0 {
			why = append(why, fmt.Sprintf("%d finer than a year", s.side.Finer))
		}
		if len(why) > 0 {
			fmt.Fprintf(&b, " (%s)", strings.Join(why, ", "))
		}
		b.WriteString("\n")
	}
	b.WriteString("\n")

	pw, nw := len("overall"), len("pairs")
	for _, s := range r.Periods {
		pw = max(pw, len(s.Period))
	}
	nw = max(nw, len(strconv.Itoa(r.Overall.Pairs)))
	line := func(period, pairs, rho, pr string) {
		fmt.Fprintf(&b, "%-*s  %*s  %8s  %7s\n", pw, period, nw, pairs, rho, pr)
	}
	line("period", "pairs", "spearman", "pearson")
	for i, s := range append([]Stats{r.Overall}, r.Periods...) {
		p := s.Period
		if i == 0 {
			p = "overall"
		}
		line(p, strconv.Itoa(s.Pairs), fmtStat(s.Spearman, "n/a"), fmtStat(s.Pearson, "n/a"))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteCSV writes the per-period table as CSV (RFC 4180, CRLF line ends):
// a header period, pairs, spearman, pearson, then one row per period in
// increasing order, correlations with four decimals or an empty cell when
// undefined. The overall figures are not in it.
func (r *Result) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	cw.Write([]string{"period", "pairs", "spearman", "pearson"})
	for _, s := range r.Periods {
		cw.Write([]string{s.Period, strconv.Itoa(s.Pairs), fmtStat(s.Spearman, ""), fmtStat(s.Pearson, "")})
	}
	cw.Flush()
	return cw.Error()
}

// fmtStat formats a correlation with four decimals (never "-0.0000"), or
// gives undefined for NaN.
func fmtStat(v float64, undefined string) string {
	if math.IsNaN(v) {
		return undefined
	}
	s := strconv.FormatFloat(v, 'f', 4, 64)
	if s == "-0.0000" {
		s = "0.0000"
	}
	return s
}

// outsideText describes the rows that o.From, o.To and o.Years leave out
// (undated rows among them).
func (o Options) outsideText() string {
	var s string
	switch {
	case o.From != 0 && o.To != 0:
		s = fmt.Sprintf("outside years %d to %d", o.From, o.To)
	case o.From != 0:
		s = fmt.Sprintf("outside years from %d", o.From)
	case o.To != 0:
		s = fmt.Sprintf("outside years to %d", o.To)
	}
	if o.Years == AllYears {
		return s
	}
	if s == "" {
		return "outside the " + o.Years.String() + " years"
	}
	return s + " or the " + o.Years.String() + " ones"
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
