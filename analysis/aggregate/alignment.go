package aggregate

import (
	"math"
	"sort"
)

// AlignOptions configure [Alignments].
type AlignOptions struct {
	// MinShared is the minimum number of third countries both countries of
	// a pair must have addressed in a period for their similarity to count
	// (0 means 3).
	MinShared int
	// MutualWeight is the weight of the mutual stance in the index, the
	// similarity having 1 − MutualWeight (0 means 0.5).
	MutualWeight float64
}

func (o AlignOptions) defaults() AlignOptions {
	if o.MinShared <= 0 {
		o.MinShared = 3
	}
	if o.MutualWeight <= 0 || o.MutualWeight > 1 {
		o.MutualWeight = 0.5
	}
	return o
}

// Alignments computes the alignment index of every unordered country pair
// in every period from the dyads:
//
//   - mutual: the mean of the directed mean stances that exist, A→B and
//     B→A (NaN when neither addressed the other);
//   - similarity: an S-score (Signorino & Ritter) of their stances toward
//     the third countries both addressed: 1 − 2·d/d_max with d = Σ|a_t − b_t|
//     over the k shared targets and d_max = 2k (stances lie in [−1, 1]), so
//     1 − mean|a_t − b_t|; NaN when k < MinShared;
//   - score: the weighted mean of the two that exist (MutualWeight for the
//     mutual stance).
//
// A pair with neither has no row: too little evidence is absent, not zero.
// Rows are sorted by A, B and period; A < B. The result does not depend on
// the order of dyads.
func Alignments(dyads []Dyad, o AlignOptions) []Alignment {
	o = o.defaults()
	type dk struct{ s, t string }
	byPeriod := map[string]map[dk]Dyad{}
	for _, d := range dyads {
		if math.IsNaN(d.Mean) {
			continue
		}
		m := byPeriod[d.Period]
		if m == nil {
			m = map[dk]Dyad{}
			byPeriod[d.Period] = m
		}
		m[dk{d.Speaker, d.Target}] = d
	}
	var out []Alignment
	for period, m := range byPeriod {
		// Targets each speaker addressed, and all countries seen.
		targets := map[string][]string{}
		countries := map[string]bool{}
		for k := range m {
			targets[k.s] = append(targets[k.s], k.t)
			countries[k.s], countries[k.t] = true, true
		}
		names := make([]string, 0, len(countries))
		for c := range countries {
			names = append(names, c)
		}
		sort.Strings(names)
		for i, a := range names {
			for _, b := range names[i+1:] {
				al := Alignment{A: a, B: b, Period: period, Mutual: math.NaN(), Similarity: math.NaN()}
				var means []float64
				for _, k := range []dk{{a, b}, {b, a}} {
					if d, ok := m[k]; ok {
						means = append(means, d.Mean)
						al.N += d.N
					}
				}
				if len(means) > 0 {
					al.Mutual = mean(means)
				}
				var diff float64
				sharedStances := 0
				for _, t := range targets[a] {
					if t == b {
						continue
					}
					da, ok1 := m[dk{a, t}]
					db, ok2 := m[dk{b, t}]
					if !ok1 || !ok2 {
						continue
					}
					al.Shared++
					diff += math.Abs(da.Mean - db.Mean)
					sharedStances += da.N + db.N
				}
				if al.Shared >= o.MinShared {
					al.Similarity = 1 - 2*diff/(2*float64(al.Shared))
					al.N += sharedStances
				}
				switch {
				case !math.IsNaN(al.Mutual) && !math.IsNaN(al.Similarity):
					al.Score = o.MutualWeight*al.Mutual + (1-o.MutualWeight)*al.Similarity
				case !math.IsNaN(al.Mutual):
					al.Score = al.Mutual
				case !math.IsNaN(al.Similarity):
					al.Score = al.Similarity
				default:
					continue
				}
				out = append(out, al)
			}
		}
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

func mean(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}
