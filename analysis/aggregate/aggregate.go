package aggregate

import (
	"context"
	"fmt"
	"hash/fnv"
	"math"
	"math/rand/v2"
	"sort"

	"gonum.org/v1/gonum/stat"
	"gonum.org/v1/gonum/stat/distuv"

	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/analysis/record"
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

type dyadKey struct{ speaker, target, period string }

// Accumulator collects stances into dyads. The zero value is not usable:
// call [NewAccumulator]. It keeps only per-dyad-per-period state (and, with
// the bootstrap, the scores).
type Accumulator struct {
	opts Options
	m    map[dyadKey]*acc
	// Skipped counts stances left out of dyads, by reason.
	Skipped map[string]int
}

// NewAccumulator returns an empty accumulator.
func NewAccumulator(o Options) *Accumulator {
	return &Accumulator{opts: o, m: map[dyadKey]*acc{}, Skipped: map[string]int{}}
}

// Add counts one stance. A stance with no speaker country, toward the
// speaker's own country (after the successor mapping of Options.Successors:
// a delegation is never its own target), or outside the date bounds is not
// a dyad; it is counted in Skipped. An undated stance goes to the period "".
func (a *Accumulator) Add(s record.Stance) {
	speaker, target, distinct := a.opts.Successors.Pair(s.SpeakerCountry, s.TargetCountry)
	switch {
	case speaker == "":
		a.Skipped["no-speaker-country"]++
		return
	case !distinct:
		a.Skipped["self"]++
		return
	case !a.opts.Within(s.Date):
		a.Skipped["outside-since-until"]++
		return
	}
	k := dyadKey{speaker, target, a.opts.Period.Key(s.Date)}
	c := a.m[k]
	if c == nil {
		c = &acc{}
		a.m[k] = c
	}
	c.add(s, a.opts) // merge.go
}

// hasEvidence reports whether a stance rests on lexicon evidence (a term or
// a cue attached to its target), not a mere mention.
func hasEvidence(s record.Stance) bool { return len(s.Evidence) > 0 && s.Confidence > 0 }

// Constants of the dyad statistics (see Dyads).
const (
	// shrinkK is the weight, in stances, of the prior in Shrunk.
	shrinkK = 2
	// zClamp keeps atanh finite for scores of ±1.
	zClamp = 0.99
	// zSDFloor is the least standard deviation of the scores on the atanh
	// scale that the interval assumes: no set of stances, however alike,
	// pins a dyad's mean.
	zSDFloor = 0.25
)

// Dyads returns the dyads sorted by speaker, target and period:
//
//   - Mean: the mean of the stances with evidence (weighted by confidence
//     with Options.Weighted); a mention without evidence is no half-way
//     point between support and hostility. NaN when no stance has
//     evidence. MeanAll is the plain mean of all stances, as before.
//   - Shrunk: the mean drawn toward the target's prior, the mean of every
//     speaker's evidence stances toward that target in the period:
//     (n_evidence·Mean + k·prior) / (n_evidence + k) with k = 2 stances,
//     so that a dyad of one stance says little and one of fifty says what
//     it says.
//   - SD, CILow, CIHigh: the standard deviation of the evidence stances and
//     a 95 % interval for Mean, only from two stances with evidence on
//     (NaN below). The interval is Student's t on the atanh scale
//     (Fisher's transform: it stays inside (−1, 1)) with a standard
//     deviation of at least 0.25 there, widened when needed to contain
//     Mean; with Options.Bootstrap, the percentile bootstrap, likewise
//     widened.
func (a *Accumulator) Dyads() []Dyad {
	out, _ := a.DyadsContext(context.Background())
	return out
}

// DyadsContext is [Accumulator.Dyads] that stops when ctx is done: it
// returns nil and ctx.Err() then. It looks at ctx between two dyads and,
// with Options.Bootstrap, between two resamples of a dyad, so that it
// returns within milliseconds of a cancel.
func (a *Accumulator) DyadsContext(ctx context.Context) ([]Dyad, error) {
	out := make([]Dyad, 0, len(a.m))
	var tq TTable
	for k, c := range a.m {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		c.settle(a.opts.Weighted) // merge.go
		d := Dyad{Speaker: k.speaker, Target: k.target, Period: k.period, N: c.n, NEvidence: c.nEv,
			Mean: math.NaN(), MeanAll: c.sumAll / float64(c.n), Shrunk: math.NaN(),
			SD: math.NaN(), CILow: math.NaN(), CIHigh: math.NaN(), Smoothed: math.NaN(),
			Positive: c.positive, Negative: c.negative, Neutral: c.neutral, EvidenceMean: math.NaN()}
		if c.evW > 0 {
			d.EvidenceMean = c.evMean
		}
		if c.sumW > 0 {
			d.Mean = c.mean
		}
		neff := 0.0
		if c.sumW2 > 0 {
			neff = c.sumW * c.sumW / c.sumW2
		}
		if c.nEv >= 2 && neff > 1 {
			d.SD = math.Sqrt(c.m2 / (c.sumW - c.sumW2/c.sumW))
			switch {
			case a.opts.Bootstrap > 0:
				var err error
				if d.CILow, d.CIHigh, err = bootstrap(ctx, k, c, a.opts.Bootstrap); err != nil {
					return nil, err
				}
			default:
				d.CILow, d.CIHigh = zInterval(c, neff, &tq)
			}
			d.CILow, d.CIHigh = math.Min(d.CILow, d.Mean), math.Max(d.CIHigh, d.Mean)
		}
		out = append(out, d)
	}
	sort.Slice(out, func(i, j int) bool {
		x, y := out[i], out[j]
		return less3(x.Speaker, y.Speaker, x.Target, y.Target, x.Period, y.Period)
	})
	shrink(out)
	return out, nil
}

// shrink sets the Shrunk of the dyads with a Mean: each target's prior is
// its evidence mean per period over speakers, summed in the order of
// dyads (sorted), not of a map: a map's order changed the last bits of
// the sum, and so at times a rounded digit of shrunk, from one run to the
// next.
func shrink(dyads []Dyad) {
	type tp struct{ target, period string }
	priorSum, priorN := map[tp]float64{}, map[tp]float64{}
	for _, d := range dyads {
		if !math.IsNaN(d.Mean) {
			priorSum[tp{d.Target, d.Period}] += d.Mean * float64(d.NEvidence)
			priorN[tp{d.Target, d.Period}] += float64(d.NEvidence)
		}
	}
	for i := range dyads {
		d := &dyads[i]
		if !math.IsNaN(d.Mean) {
			prior := priorSum[tp{d.Target, d.Period}] / priorN[tp{d.Target, d.Period}]
			d.Shrunk = (float64(d.NEvidence)*d.Mean + shrinkK*prior) / (float64(d.NEvidence) + shrinkK)
		}
	}
}

// zInterval is the 95 % interval of a dyad's mean on the atanh scale:
// tanh(z̄ ± t·s/√n), with s at least zSDFloor and n the effective sample
// size.
func zInterval(c *acc, neff float64, tq *TTable) (float64, float64) {
	n := float64(c.nEv)
	zm := c.zSum / n
	v := (c.zSum2 - n*zm*zm) / (n - 1)
	sd := math.Max(zSDFloor, math.Sqrt(math.Max(0, v)))
	half := tq.Quantile975(neff-1) * sd / math.Sqrt(neff)
	return math.Tanh(zm - half), math.Tanh(zm + half)
}

// TTable gives Student's t 0.975 quantiles, the factor of a 95 % interval's
// half-width, caching them by degrees of freedom. The zero value is ready
// to use; it is not safe for concurrent use.
type TTable struct{ m map[float64]float64 }

// Quantile975 returns the 0.975 quantile of Student's t with nu degrees
// of freedom.
func (t *TTable) Quantile975(nu float64) float64 {
	q, ok := t.m[nu]
	if !ok {
		if t.m == nil {
			t.m = map[float64]float64{}
		}
		q = distuv.StudentsT{Mu: 0, Sigma: 1, Nu: nu}.Quantile(0.975)
		t.m[nu] = q
	}
	return q
}

// less3 orders by three keys: (a1, b1, c1) < (a2, b2, c2).
func less3(a1, a2, b1, b2, c1, c2 string) bool {
	if a1 != a2 {
		return a1 < a2
	}
	if b1 != b2 {
		return b1 < b2
	}
	return c1 < c2
}

// bootstrap returns the 2.5 % and 97.5 % percentiles of b resampled
// (weighted) means. The generator is seeded from the dyad, so the interval
// does not depend on the order of the input. It stops with ctx.Err() when
// ctx is done.
func bootstrap(ctx context.Context, k dyadKey, c *acc, b int) (lo, hi float64, err error) {
	h := fnv.New64a()
	h.Write([]byte(k.speaker + "\x00" + k.target + "\x00" + k.period))
	r := rand.New(rand.NewPCG(h.Sum64(), 1))
	// Resample from the scores in a fixed order.
	idx := make([]int, len(c.xs))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(i, j int) bool {
		if c.xs[idx[i]] != c.xs[idx[j]] {
			return c.xs[idx[i]] < c.xs[idx[j]]
		}
		return c.ws[idx[i]] < c.ws[idx[j]]
	})
	means := make([]float64, 0, b)
	for range b {
		// A resample draws len(idx) scores: a look at ctx (an atomic load)
		// costs nothing beside it.
		if err := ctx.Err(); err != nil {
			return 0, 0, err
		}
		var sw, swx float64
		for range idx {
			j := idx[r.IntN(len(idx))]
			sw += c.ws[j]
			swx += c.ws[j] * c.xs[j]
		}
		if sw > 0 {
			means = append(means, swx/sw)
		}
	}
	if len(means) == 0 {
		return math.NaN(), math.NaN(), nil
	}
	sort.Float64s(means)
	return stat.Quantile(0.025, stat.Empirical, means, nil), stat.Quantile(0.975, stat.Empirical, means, nil), nil
}
