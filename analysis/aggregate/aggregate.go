package aggregate

import (
	"fmt"
	"math"
	"sort"

	"gonum.org/v1/gonum/stat/distuv"

	"github.com/stance-project/stance/analysis"
	"github.com/stance-project/stance/analysis/corpus"
)

// Period is the length of the time bins of dyads.csv.
type Period int

// Periods.
const (
	Day Period = iota
	Week
	Month
	Quarter
	Year
)

var periodNames = [...]string{Day: "day", Week: "week", Month: "month", Quarter: "quarter", Year: "year"}

func (p Period) String() string {
	if p >= 0 && int(p) < len(periodNames) {
		return periodNames[p]
	}
	return fmt.Sprintf("Period(%d)", int(p))
}

// ParsePeriod parses "day", "week", "month", "quarter" or "year".
func ParsePeriod(s string) (Period, error) {
	for i, n := range periodNames {
		if n == s {
			return Period(i), nil
		}
	}
	return 0, fmt.Errorf("unknown period %q (want day, week, month, quarter or year)", s)
}

// Key returns the label of the period d falls in: "2018-11-05" (day),
// "2018-W45" (ISO week), "2018-11" (month), "2018-Q4" (quarter) or "2018"
// (year). A date coarser than the period is labelled at its own precision
// ("2018" in a monthly run): no day or month is invented. An unknown date
// gives "".
func (p Period) Key(d corpus.Date) string {
	switch {
	case d.Precision == corpus.NoDate:
		return ""
	case p == Year || d.Precision == corpus.Year:
		return fmt.Sprintf("%04d", d.Year)
	case p == Quarter:
		return fmt.Sprintf("%04d-Q%d", d.Year, (int(d.Month)-1)/3+1)
	case p == Month || d.Precision == corpus.Month:
		return fmt.Sprintf("%04d-%02d", d.Year, int(d.Month))
	case p == Week:
		t := civil(d)
		y, w := t.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w)
	}
	return d.String()
}

// Coarse reports whether d is less precise than the period, so that Key
// labels it at its own precision.
func (p Period) Coarse(d corpus.Date) bool {
	switch d.Precision {
	case corpus.Year:
		return p != Year
	case corpus.Month:
		return p == Day || p == Week
	}
	return false
}

// acc accumulates one dyad in one period (Welford's algorithm).
type acc struct {
	n                           int
	mean, m2                    float64
	positive, negative, neutral int
}

type dyadKey struct{ speaker, target, period string }

// Accumulator collects stances into dyads. The zero value is not usable:
// call [NewAccumulator]. It keeps only per-dyad-per-period state.
type Accumulator struct {
	period Period
	m      map[dyadKey]*acc
	// Skipped counts stances left out of dyads, by reason.
	Skipped map[string]int
}

// NewAccumulator returns an empty accumulator for period p.
func NewAccumulator(p Period) *Accumulator {
	return &Accumulator{period: p, m: map[dyadKey]*acc{}, Skipped: map[string]int{}}
}

// Add counts one stance. A stance with no speaker country or toward the
// speaker's own country is not a dyad; it is counted in Skipped. An undated
// stance goes to the period "".
func (a *Accumulator) Add(s analysis.Stance) {
	switch {
	case s.SpeakerCountry == "":
		a.Skipped["no-speaker-country"]++
		return
	case s.SpeakerCountry == s.TargetCountry:
		a.Skipped["self"]++
		return
	}
	k := dyadKey{s.SpeakerCountry, s.TargetCountry, a.period.Key(s.Date)}
	c := a.m[k]
	if c == nil {
		c = &acc{}
		a.m[k] = c
	}
	c.n++
	d := s.Score - c.mean
	c.mean += d / float64(c.n)
	c.m2 += d * (s.Score - c.mean)
	switch s.Label {
	case analysis.Positive:
		c.positive++
	case analysis.Negative:
		c.negative++
	default:
		c.neutral++
	}
}

// Dyads returns the dyads sorted by speaker, target and period, with mean,
// sample standard deviation and a 95 % Student's t interval for the mean
// (NaN where n < 2).
func (a *Accumulator) Dyads() []Dyad {
	out := make([]Dyad, 0, len(a.m))
	for k, c := range a.m {
		d := Dyad{Speaker: k.speaker, Target: k.target, Period: k.period, N: c.n, Mean: c.mean,
			SD: math.NaN(), CILow: math.NaN(), CIHigh: math.NaN(),
			Positive: c.positive, Negative: c.negative, Neutral: c.neutral}
		if c.n >= 2 {
			d.SD = math.Sqrt(c.m2 / float64(c.n-1))
			t := distuv.StudentsT{Mu: 0, Sigma: 1, Nu: float64(c.n - 1)}.Quantile(0.975)
			half := t * d.SD / math.Sqrt(float64(c.n))
			d.CILow, d.CIHigh = d.Mean-half, d.Mean+half
		}
		out = append(out, d)
	}
	sort.Slice(out, func(i, j int) bool {
		x, y := out[i], out[j]
		if x.Speaker != y.Speaker {
			return x.Speaker < y.Speaker
		}
		if x.Target != y.Target {
			return x.Target < y.Target
		}
		return x.Period < y.Period
	})
	return out
}

// Alignments computes the provisional alignment index of every unordered
// country pair in every period where at least one of them addressed the
// other: the mean of the directed mean stances that exist (A→B, B→A), with
// n the number of stances under them. A pair with no stance either way has
// no row.
func Alignments(dyads []Dyad) []Alignment {
	type pk struct{ a, b, period string }
	type sum struct {
		means []float64
		n     int
	}
	m := map[pk]*sum{}
	for _, d := range dyads {
		a, b := d.Speaker, d.Target
		if a > b {
			a, b = b, a
		}
		k := pk{a, b, d.Period}
		s := m[k]
		if s == nil {
			s = &sum{}
			m[k] = s
		}
		s.means = append(s.means, d.Mean)
		s.n += d.N
	}
	out := make([]Alignment, 0, len(m))
	for k, s := range m {
		total := 0.0
		for _, x := range s.means {
			total += x
		}
		out = append(out, Alignment{A: k.a, B: k.b, Period: k.period, Score: total / float64(len(s.means)), N: s.n})
	}
	sort.Slice(out, func(i, j int) bool {
		x, y := out[i], out[j]
		if x.A != y.A {
			return x.A < y.A
		}
		if x.B != y.B {
			return x.B < y.B
		}
		return x.Period < y.Period
	})
	return out
}
