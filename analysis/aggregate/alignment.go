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
// in every period from the dyads' evidence means (confidence-weighted:
// mentions without evidence do not pull the index toward 0; dyads with no
// evidence are left out):
//
//   - mutual: the mean of the directed mean stances that exist, A→B and
//     B→A (NaN when neither addressed the other);
//   - similarity: a chance-corrected S-score of their stances toward the
//     third countries both addressed. The S-score (Signorino & Ritter) is
//     S = 1 − 2·d/d_max with d = Σ|a_t − b_t| over the k shared targets and
//     d_max = 2k (stances lie in [−1, 1]). Because diplomatic speech is
//     mildly positive toward almost everyone, S is high for any two
//     countries; as Scott's π does for agreement, it is corrected for the
//     agreement expected by chance: (S − S_e)/(1 − S_e), with S_e = 1 −
//     mean|x − y| over all pairs of the 2k pooled positions. NaN when
//     k < MinShared or when the positions are too alike to tell
//     (1 − S_e < 0.05);
//   - score: the weighted mean of the two that exist (MutualWeight for the
//     mutual stance).
//
// A pair with neither has no row: too little evidence is absent, not zero.
// Rows are sorted by A, B and period; A < B. The result does not depend on
// the order of dyads.
func Alignments(dyads []Dyad, o AlignOptions) []Alignment {
	o = o.defaults()
	byPeriod := map[string][]int{} // indices into dyads
	for i, d := range dyads {
		if !math.IsNaN(d.EvidenceMean) {
			byPeriod[d.Period] = append(byPeriod[d.Period], i)
		}
	}
	var out []Alignment
	for period, idx := range byPeriod {
		out = append(out, periodAlignments(period, dyads, idx, o)...)
	}
	sort.Slice(out, func(i, j int) bool {
		x, y := out[i], out[j]
		return less3(x.A, y.A, x.B, y.B, x.Period, y.Period)
	})
	return out
}

// periodAlignments computes the rows of one period, the dyads at idx, on
// dense arrays indexed by country.
func periodAlignments(period string, dyads []Dyad, idx []int, o AlignOptions) []Alignment {
	set := map[string]bool{}
	for _, i := range idx {
		d := &dyads[i]
		set[d.Speaker], set[d.Target] = true, true
	}
	names := make([]string, 0, len(set))
	for c := range set {
		names = append(names, c)
	}
	sort.Strings(names)
	id := make(map[string]int, len(names))
	for i, c := range names {
		id[c] = i
	}
	k := len(names)
	means := make([]float64, k*k) // means[s*k+t]; NaN when s did not address t
	ns := make([]int, k*k)
	for i := range means {
		means[i] = math.NaN()
	}
	targets := make([][]int, k)
	for _, i := range idx {
		d := &dyads[i]
		s, t := id[d.Speaker], id[d.Target]
		if math.IsNaN(means[s*k+t]) {
			targets[s] = append(targets[s], t)
		}
		means[s*k+t], ns[s*k+t] = d.EvidenceMean, d.N
	}
	for _, ts := range targets {
		sort.Ints(ts)
	}
	var out []Alignment
	var pooled []float64
	for a := 0; a < k; a++ {
		for b := a + 1; b < k; b++ {
			al := Alignment{A: names[a], B: names[b], Period: period, Mutual: math.NaN(), Similarity: math.NaN()}
			var sum float64
			var cnt int
			for _, e := range [][2]int{{a, b}, {b, a}} {
				if m := means[e[0]*k+e[1]]; !math.IsNaN(m) {
					sum += m
					cnt++
					al.N += ns[e[0]*k+e[1]]
				}
			}
			if cnt > 0 {
				al.Mutual = sum / float64(cnt)
			}
			var diff float64
			sharedStances := 0
			pooled = pooled[:0]
			for _, t := range targets[a] {
				if t == b {
					continue
				}
				mb := means[b*k+t]
				if math.IsNaN(mb) {
					continue
				}
				al.Shared++
				diff += math.Abs(means[a*k+t] - mb)
				sharedStances += ns[a*k+t] + ns[b*k+t]
				pooled = append(pooled, means[a*k+t], mb)
			}
			if al.Shared >= o.MinShared {
				sObs := 1 - 2*diff/(2*float64(al.Shared))
				sExp := 1 - meanAbsDiff(pooled)
				if 1-sExp >= 0.05 {
					al.Similarity = math.Max(-1, math.Min(1, (sObs-sExp)/(1-sExp)))
					al.N += sharedStances
				}
			}
			switch {
			case cnt > 0 && !math.IsNaN(al.Similarity):
				al.Score = o.MutualWeight*al.Mutual + (1-o.MutualWeight)*al.Similarity
			case cnt > 0:
				al.Score = al.Mutual
			case !math.IsNaN(al.Similarity):
				al.Score = al.Similarity
			default:
				continue
			}
			out = append(out, al)
		}
	}
	return out
}

// meanAbsDiff returns the mean of |x_i − x_j| over all pairs i ≠ j of xs:
// the expected distance between two positions drawn from the pooled
// positions (as Scott's π pools the raters' marginals). It sorts xs.
func meanAbsDiff(xs []float64) float64 {
	n := len(xs)
	if n < 2 {
		return 0
	}
	sort.Float64s(xs)
	// Σ_{i<j} (x_j − x_i) = Σ_j x_j·j − Σ_{i<j} x_i, with a running prefix sum.
	var total, prefix float64
	for j, x := range xs {
		total += x*float64(j) - prefix
		prefix += x
	}
	return total / (float64(n) * float64(n-1) / 2)
}
