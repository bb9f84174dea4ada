package validate

import (
	"cmp"
	"slices"
	"strconv"
)

// Options says which rows [Compare] matches.
type Options struct {
	// ByYear matches an alignment row whose period is finer than a year
	// ("1990-03", "1990-Q1", "1990-W05", "1990-03-05") and has no partner
	// of the same period to the agreement row of its year ("1990"). Each
	// such row is compared on its own, so a pair's yearly agreement is
	// compared once for each of its months (or quarters ...) that has an
	// alignment score. Off, periods must be equal.
	ByYear bool
	// From and To keep only the rows whose period's year is within them
	// (inclusive; the year of an ISO week is the one its label gives). 0
	// is no bound. With a bound, undated rows are left out.
	From, To int
	// Years keeps only the rows of even or of odd years (AllYears: every
	// year): a fixed split of the years, one half to decide on, the other
	// to report, as stance eval splits documents. Undated rows are then
	// left out.
	Years YearHalf
}

// YearHalf is a half of the years: AllYears, EvenYears or OddYears.
type YearHalf uint8

// The halves of the years.
const (
	AllYears YearHalf = iota
	EvenYears
	OddYears
)

// String is the half's name as the -years flag takes it.
func (h YearHalf) String() string {
	switch h {
	case EvenYears:
		return "even"
	case OddYears:
		return "odd"
	}
	return "all"
}

// ParseYearHalf returns the half of the years named "all", "even" or
// "odd".
func ParseYearHalf(s string) (YearHalf, bool) {
	for _, h := range []YearHalf{AllYears, EvenYears, OddYears} {
		if h.String() == s {
			return h, true
		}
	}
	return AllYears, false
}

// keeps reports whether the half holds the year y (0: undated).
func (h YearHalf) keeps(y int) bool {
	switch h {
	case EvenYears:
		return y != 0 && y%2 == 0
	case OddYears:
		return y != 0 && y%2 == 1
	}
	return true
}

// Stats are the correlations of the alignment and agreement values of
// the pair-periods compared.
type Stats struct {
	Period   string  // the agreement period; "" for all periods together
	Pairs    int     // pair-periods compared
	Spearman float64 // Spearman's rho; NaN when undefined (fewer than 2 pairs, a constant variable)
	Pearson  float64 // Pearson's r; NaN when undefined
}

// Side counts the rows of one table and what became of them.
type Side struct {
	File, Column string
	Read         int // data rows
	Missing      int // skipped: no value
	Self         int // skipped: a country paired with itself
	Repeats      int // skipped: a repeated pair and period
	Outside      int // rows with a value left out by Options.From, To and Years
	Compared     int // rows matched to a row of the other table
	NoPartner    int // rows with a value, within the years asked, that matched none (undated rows among them)
	Uncovered    int // of NoPartner: rows of a year (or undated) that has no row of the other table
	Finer        int // of the alignment's NoPartner without Options.ByYear: periods finer than a year, which ByYear would match to their year
}

// Pair is one pair-period compared.
type Pair struct {
	A, B            string
	Period          string // the alignment row's period
	AgreementPeriod string // the agreement row's period: Period, or its year with Options.ByYear
	Alignment       float64
	Agreement       float64
}

// Result is what [Compare] found.
type Result struct {
	Alignment, Agreement Side
	Options              Options
	Overall              Stats
	Periods              []Stats // one per agreement period with a pair compared, in increasing order
	Pairs                []Pair  // ordered by agreement period, A, B, then alignment period
}

// Compare matches each row of the alignment table to the row of the
// agreement table with the same unordered pair and the same period (or,
// with opts.ByYear, the year of a finer period), and returns Spearman's
// rho and Pearson's r of their values over all the pairs matched and per
// agreement period. The pairs are put in a fixed order before any sum, so
// the figures do not depend on the order of the rows in the files.
func Compare(align, agree *Table, opts Options) *Result {
	res := &Result{
		Alignment: side(align),
		Agreement: side(agree),
		Options:   opts,
	}
	inRange := func(r Row) bool {
		if !opts.Years.keeps(r.Year) {
			return false
		}
		if opts.From == 0 && opts.To == 0 {
			return true
		}
		return r.Year != 0 && (opts.From == 0 || r.Year >= opts.From) && (opts.To == 0 || r.Year <= opts.To)
	}
	type key struct{ a, b, period string }
	agreeAt := map[key]int{}
	for i, r := range agree.Rows {
		if !inRange(r) {
			res.Agreement.Outside++
			continue
		}
		if r.Period != "" {
			agreeAt[key{r.A, r.B, r.Period}] = i
		}
	}
	alignYears, agreeYears := years(align), years(agree)
	used := make([]bool, len(agree.Rows))
	for _, r := range align.Rows {
		if !inRange(r) {
			res.Alignment.Outside++
			continue
		}
		i, ok := agreeAt[key{r.A, r.B, r.Period}]
		if !ok && opts.ByYear && r.Finer() {
			i, ok = agreeAt[key{r.A, r.B, r.Period[:4]}]
		}
		if !ok {
			res.Alignment.NoPartner++
			if !agreeYears[r.Year] {
				res.Alignment.Uncovered++
			}
			if r.Finer() && !opts.ByYear {
				res.Alignment.Finer++
			}
			continue
		}
		res.Alignment.Compared++
		used[i] = true
		g := agree.Rows[i]
		res.Pairs = append(res.Pairs, Pair{A: r.A, B: r.B, Period: r.Period, AgreementPeriod: g.Period, Alignment: r.Value, Agreement: g.Value})
	}
	for i, r := range agree.Rows {
		switch {
		case used[i]:
			res.Agreement.Compared++
		case inRange(r):
			res.Agreement.NoPartner++
			if !alignYears[r.Year] {
				res.Agreement.Uncovered++
			}
		}
	}

	slices.SortFunc(res.Pairs, func(p, q Pair) int {
		return cmp.Or(cmp.Compare(p.AgreementPeriod, q.AgreementPeriod),
			cmp.Compare(p.A, q.A), cmp.Compare(p.B, q.B), cmp.Compare(p.Period, q.Period))
	})
	res.Overall = stats("", res.Pairs)
	for i := 0; i < len(res.Pairs); {
		j := i + 1
		for j < len(res.Pairs) && res.Pairs[j].AgreementPeriod == res.Pairs[i].AgreementPeriod {
			j++
		}
		res.Periods = append(res.Periods, stats(res.Pairs[i].AgreementPeriod, res.Pairs[i:j]))
		i = j
	}
	return res
}

// years returns the years of t's dated rows.
func years(t *Table) map[int]bool {
	m := map[int]bool{}
	for _, r := range t.Rows {
		if r.Year != 0 {
			m[r.Year] = true
		}
	}
	return m
}

func side(t *Table) Side {
	return Side{File: t.File, Column: t.Column, Read: t.Read, Missing: t.Missing, Self: t.Self, Repeats: t.Repeats}
}

func stats(period string, pairs []Pair) Stats {
	x, y := make([]float64, len(pairs)), make([]float64, len(pairs))
	for i, p := range pairs {
		x[i], y[i] = p.Alignment, p.Agreement
	}
	return Stats{Period: period, Pairs: len(pairs), Spearman: Spearman(x, y), Pearson: Pearson(x, y)}
}

// fmtValue formats a value read from a table as briefly as it round-trips.
func fmtValue(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }
