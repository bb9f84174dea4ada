package validate

import (
	"math"
	"slices"
	"testing"
)

// The figures were worked out by hand: the sums of products of deviations
// from the mean (of the values, or of their ranks) are in the comments.
var correlationTests = []struct {
	name              string
	x, y              []float64
	spearman, pearson float64
}{
	{"linear", []float64{1, 2, 3, 4, 5}, []float64{2, 4, 6, 8, 10}, 1, 1},
	{"reversed", []float64{1, 2, 3}, []float64{3, 2, 1}, -1, -1},
	{"two values", []float64{1, 2}, []float64{5, 3}, -1, -1},
	// r: sxy 6, sxx 10, syy 5.2. rho: y ranks 1 2 3.5 5 3.5; sxy 8, sxx 10, syy 9.5.
	{"tie in y", []float64{1, 2, 3, 4, 5}, []float64{5, 6, 7, 8, 7}, 8 / math.Sqrt(95), 6 / math.Sqrt(52)},
	// r: sxy 2, sxx 2.75, syy 2. rho: x ranks 1.5 1.5 3 4, y ranks 1 2.5 2.5 4; sxy 3.75, sxx 4.5, syy 4.5.
	{"ties in both", []float64{1, 1, 2, 3}, []float64{1, 2, 2, 3}, 3.75 / 4.5, 2 / math.Sqrt(5.5)},
	// Monotone but not linear: rho 1; r: sxy 151, sxx 5, syy 6849.
	{"monotone", []float64{1, 2, 3, 4}, []float64{1, 4, 9, 100}, 1, 151 / math.Sqrt(5*6849)},
	// The agreement file's 1990 rows of the example: r: sxy 0.525, sxx 1, syy 0.281875.
	// rho: x ranks 4 2 1 3, y ranks 4 2.5 1 2.5; sxy 4.5, sxx 5, syy 4.5.
	{"example 1990", []float64{0.9, 0.1, -0.5, 0.3}, []float64{0.95, 0.6, 0.2, 0.6}, 4.5 / math.Sqrt(22.5), 0.525 / math.Sqrt(0.281875)},
	// Scale does not matter, however large or small: "tie in y" again,
	// with sums that would overflow or underflow.
	{"huge and tiny", []float64{0.34e308, 0.68e308, 1.02e308, 1.36e308, 1.7e308}, []float64{5e-320, 6e-320, 7e-320, 8e-320, 7e-320}, 8 / math.Sqrt(95), 6 / math.Sqrt(52)},
	{"empty", nil, nil, math.NaN(), math.NaN()},
	{"one value", []float64{1}, []float64{2}, math.NaN(), math.NaN()},
	{"constant y", []float64{1, 2, 3}, []float64{4, 4, 4}, math.NaN(), math.NaN()},
	{"constant x", []float64{0, 0}, []float64{1, 2}, math.NaN(), math.NaN()},
}

func TestCorrelations(t *testing.T) {
	t.Parallel()
	for _, tt := range correlationTests {
		if got := Spearman(tt.x, tt.y); !close(got, tt.spearman) {
			t.Errorf("%s: Spearman(%v, %v) = %v, want %v", tt.name, tt.x, tt.y, got, tt.spearman)
		}
		if got := Pearson(tt.x, tt.y); !close(got, tt.pearson) {
			t.Errorf("%s: Pearson(%v, %v) = %v, want %v", tt.name, tt.x, tt.y, got, tt.pearson)
		}
		// Symmetric, and the same whatever the order of the pairs.
		if got, want := Pearson(tt.y, tt.x), Pearson(tt.x, tt.y); !close(got, want) {
			t.Errorf("%s: Pearson(y, x) = %v, want Pearson(x, y) = %v", tt.name, got, want)
		}
		rx, ry := slices.Clone(tt.x), slices.Clone(tt.y)
		slices.Reverse(rx)
		slices.Reverse(ry)
		if got, want := Spearman(rx, ry), Spearman(tt.x, tt.y); !close(got, want) {
			t.Errorf("%s: Spearman of the pairs reversed = %v, want %v", tt.name, got, want)
		}
	}
}

func close(got, want float64) bool {
	if math.IsNaN(want) {
		return math.IsNaN(got)
	}
	return math.Abs(got-want) <= 1e-12
}

func TestRanks(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		in, want []float64
	}{
		{nil, []float64{}},
		{[]float64{5}, []float64{1}},
		{[]float64{3, 1, 3, 2}, []float64{3.5, 1, 3.5, 2}},
		{[]float64{2, 2, 2}, []float64{2, 2, 2}},
		{[]float64{0.5, -1, 0.5, 0.5, 7}, []float64{3, 1, 3, 3, 5}},
		{[]float64{math.Copysign(0, -1), 0}, []float64{1.5, 1.5}},
	} {
		if got := Ranks(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("Ranks(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
