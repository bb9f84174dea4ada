package validate

import (
	"cmp"
	"math"
	"slices"
)

// Pearson returns Pearson's product-moment correlation of x and y (of the
// same length): Σ(x−x̄)(y−ȳ) / √(Σ(x−x̄)² Σ(y−ȳ)²), summed in the order
// given, clamped to [−1, 1]. It is NaN when there are fewer than 2 values
// or either variable is constant. The values must be finite; any finite
// values will do (each variable is first scaled by a power of two, which
// changes no digit, so that no sum overflows).
func Pearson(x, y []float64) float64 {
	if len(x) != len(y) {
		panic("validate.Pearson: x and y differ in length")
	}
	if len(x) < 2 {
		return math.NaN()
	}
	x, y = scaled(x), scaled(y)
	mx, my := mean(x), mean(y)
	var sxy, sxx, syy float64
	for i := range x {
		dx, dy := x[i]-mx, y[i]-my
		sxy += dx * dy
		sxx += dx * dx
		syy += dy * dy
	}
	if sxx == 0 || syy == 0 {
		return math.NaN()
	}
	return max(-1, min(1, sxy/(math.Sqrt(sxx)*math.Sqrt(syy))))
}

// scaled returns x divided by a power of two that brings its largest
// absolute value into [0.5, 1).
func scaled(x []float64) []float64 {
	var m float64
	for _, v := range x {
		m = max(m, math.Abs(v))
	}
	if m == 0 {
		return x
	}
	_, exp := math.Frexp(m)
	out := make([]float64, len(x))
	for i, v := range x {
		out[i] = math.Ldexp(v, -exp)
	}
	return out
}

// Spearman returns Spearman's rank correlation of x and y: Pearson's r
// of their ranks, tied values taking the mean of the ranks they span
// (which is exact with ties, unlike 1 − 6Σd²/(n(n²−1))). It is NaN when
// there are fewer than 2 values or either variable is constant.
func Spearman(x, y []float64) float64 {
	if len(x) != len(y) {
		panic("validate.Spearman: x and y differ in length")
	}
	return Pearson(Ranks(x), Ranks(y))
}

// Ranks returns the rank of each value of x, from 1 for the smallest;
// equal values get the mean of the ranks they span ([3 1 3 2] → [3.5 1
// 3.5 2]).
func Ranks(x []float64) []float64 {
	order := make([]int, len(x))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int { return cmp.Compare(x[i], x[j]) })
	ranks := make([]float64, len(x))
	for i := 0; i < len(order); {
		j := i + 1
		for j < len(order) && x[order[j]] == x[order[i]] {
			j++
		}
		r := float64(i+1+j) / 2 // mean of the ranks i+1 ... j
		for _, k := range order[i:j] {
			ranks[k] = r
		}
		i = j
	}
	return ranks
}

func mean(x []float64) float64 {
	var s float64
	for _, v := range x {
		s += v
	}
	return s / float64(len(x))
}
