package aggregate

import (
	"context"
	"maps"
	"math"
	"slices"

	"gonum.org/v1/gonum/mat"
)

// MapOptions configure [Map]. The zero value is the default.
type MapOptions struct {
	// MinPairs is the number of alignment rows (distinct partners) a
	// country needs in a period to be placed on that period's map
	// (0 or less means 2). Rows with a partner that is not placed count
	// too: the count is taken once, before any country is left out.
	MinPairs int
}

func (o MapOptions) defaults() MapOptions {
	if o.MinPairs <= 0 {
		o.MinPairs = 2
	}
	return o
}

// Map places the countries of each period on a plane by classical
// (Torgerson) multidimensional scaling of their alignment, keeping the
// first two dimensions:
//
//   - the distance between two countries is d = (1 − Score)/2, in [0, 1]:
//     0 for fully aligned, 1 for fully opposed (scores are clamped to
//     [−1, 1]);
//   - a pair of placed countries without a row gets d = 0.5, the distance
//     of a zero score: no evidence is read as neutral, so such pairs pull
//     neither together nor apart;
//   - rows with a NaN score or the same country on both sides are ignored;
//     duplicate rows for a pair in a period are averaged.
//
// A period with fewer than 3 placeable countries (see
// [MapOptions.MinPairs]) gives no points. The undated period "" is mapped
// like any other. A dimension whose eigenvalue is not positive (or is below
// 1e-10 of the largest, numerical noise) gives 0 for every country: when
// the distances fit on a line, all points have y = 0.
//
// The signs of the axes are fixed so that the map does not flip between
// periods. Periods are taken in sorted order. In the first period with
// points, each axis is oriented so that the first country alphabetically
// whose coordinate on that axis is not zero has a positive coordinate
// (usually the first country: it then has x ≥ 0 and y ≥ 0). Each later
// period flips x and/or y to maximise the agreement (sum of products of
// coordinates) with the last period that had points, over the countries
// both place; an axis where the agreement is zero (no shared country, or
// none off that axis) falls back to the first-period rule. Axes are only
// flipped, never swapped or rotated, so two dimensions of nearly equal
// eigenvalue may still trade places between periods.
//
// Points are sorted by period, then country. There is no randomness: the
// same rows, in any order, give the same points.
func Map(align []Alignment, o MapOptions) []MapPoint {
	out, _ := MapContext(context.Background(), align, o)
	return out
}

// MapContext is [Map] that stops when ctx is done: it returns nil and
// ctx.Err() then. It looks at ctx for each period.
func MapContext(ctx context.Context, align []Alignment, o MapOptions) ([]MapPoint, error) {
	o = o.defaults()
	periods, rows, err := periodRows(ctx, align)
	if err != nil {
		return nil, err
	}
	// The scaling of each period on its own (side by side), then the
	// orientation of each after the one before.
	type placed struct {
		names []string
		xy    [][2]float64
	}
	scaled := make([]placed, len(periods))
	if err := eachPeriod(ctx, len(periods), func(i int) {
		names, xy := mapPeriod(pairScores(align, rows[i]), o.MinPairs)
		scaled[i] = placed{names, xy}
	}); err != nil {
		return nil, err
	}
	var out []MapPoint
	var prev map[string][2]float64
	for i, period := range periods {
		names, xy := scaled[i].names, scaled[i].xy
		if names == nil {
			continue
		}
		orientMap(names, xy, prev)
		prev = make(map[string][2]float64, len(names))
		for i, c := range names {
			prev[c] = xy[i]
			out = append(out, MapPoint{Country: c, Period: period, X: xy[i][0], Y: xy[i][1]})
		}
	}
	return out, nil
}

// countryPair is an unordered pair of countries, a < b.
type countryPair struct{ a, b string }

// checkEvery is how many rows of a long loop pass between two looks at
// the context.
const checkEvery = 4096

// mapPeriod places the countries of one period with at least minPairs
// rows. It returns their sorted names and coordinates, or nil when fewer
// than 3 countries can be placed or the scaling fails.
func mapPeriod(pairs map[countryPair]float64, minPairs int) ([]string, [][2]float64) {
	rows := map[string]int{}
	for p := range pairs {
		rows[p.a]++
		rows[p.b]++
	}
	var names []string
	for _, c := range slices.Sorted(maps.Keys(rows)) {
		if rows[c] >= minPairs {
			names = append(names, c)
		}
	}
	n := len(names)
	if n < 3 {
		return nil, nil
	}
	idx := make(map[string]int, n)
	for i, c := range names {
		idx[c] = i
	}
	dis := mat.NewSymDense(n, nil)
	for i := range n {
		for j := i + 1; j < n; j++ {
			dis.SetSym(i, j, 0.5)
		}
	}
	for p, s := range pairs {
		i, ok := idx[p.a]
		j, ok2 := idx[p.b]
		if !ok || !ok2 {
			continue
		}
		dis.SetSym(i, j, (1-math.Max(-1, math.Min(1, s)))/2)
	}

	xy, ok := classicalScaling(dis)
	if !ok {
		return nil, nil
	}
	return names, xy
}

// classicalScaling is Torgerson's classical multidimensional scaling to
// two dimensions: the double-centred matrix B = −½·J·D²·J (J the centring
// matrix) is decomposed with gonum's EigenSym, and each point's
// coordinate on axis d is v_d·√λ_d for the two largest eigenvalues λ.
// It gives the same answer as gonum's mds.TorgersonScaling, which forms
// J·D²·J by two general matrix products; here the centring is done with
// row means in O(n²). An axis whose eigenvalue is not positive (beyond
// rounding) is left at 0, so identical countries all sit at the origin.
// It reports false when the decomposition fails or every eigenvalue is
// negative.
func classicalScaling(dis *mat.SymDense) ([][2]float64, bool) {
	n := dis.SymmetricDim()
	sq := make([]float64, n*n)
	row := make([]float64, n)
	grand := 0.0
	for i := range n {
		for j := range n {
			v := dis.At(i, j)
			sq[i*n+j] = v * v
			row[i] += v * v
		}
		grand += row[i]
		row[i] /= float64(n)
	}
	grand /= float64(n * n)
	b := mat.NewSymDense(n, nil)
	for i := range n {
		for j := i; j < n; j++ {
			b.SetSym(i, j, -0.5*(sq[i*n+j]-row[i]-row[j]+grand))
		}
	}
	var ed mat.EigenSym
	if !ed.Factorize(b, true) {
		return nil, false
	}
	vals := ed.Values(nil) // ascending
	var vecs mat.Dense
	ed.VectorsTo(&vecs)
	top := vals[n-1]
	if !(top >= 0) {
		return nil, false // no eigenvalue is non-negative (or NaN)
	}
	tol := 1e-10 * top
	xy := make([][2]float64, n)
	for d := range 2 {
		lambda := vals[n-1-d]
		if lambda <= tol {
			continue
		}
		scale := math.Sqrt(lambda)
		for i := range n {
			xy[i][d] = vecs.At(i, n-1-d) * scale
		}
	}
	return xy, true
}

// orientMap flips the axes of xy (the coordinates of the sorted names) in
// place to agree with prev, or by the first-country rule; see [Map].
func orientMap(names []string, xy [][2]float64, prev map[string][2]float64) {
	for d := range 2 {
		var dot, cur, old float64
		for i, c := range names {
			if p, ok := prev[c]; ok {
				dot += xy[i][d] * p[d]
				cur += xy[i][d] * xy[i][d]
				old += p[d] * p[d]
			}
		}
		sign := 0.0
		if noise := 1e-9 * math.Sqrt(cur*old); math.Abs(dot) > noise {
			sign = math.Copysign(1, dot)
		} else {
			var most float64
			for i := range xy {
				most = math.Max(most, math.Abs(xy[i][d]))
			}
			for i := range xy {
				if math.Abs(xy[i][d]) > 1e-9*most {
					sign = math.Copysign(1, xy[i][d])
					break
				}
			}
		}
		for i := range xy {
			v := xy[i][d]
			if sign < 0 {
				v = -v
			}
			if v == 0 {
				v = 0 // no negative zero
			}
			xy[i][d] = v
		}
	}
}
