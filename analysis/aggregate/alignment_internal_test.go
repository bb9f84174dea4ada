package aggregate

import (
	"math"
	"testing"
)

func TestJackknifeInterval(t *testing.T) {
	nan := math.NaN()
	tests := []struct {
		name         string
		x, y         []float64 // profiles; entries 0 and 1 are the pair's own
		wantLo, want float64
	}{
		// Leaving out t3 gives 1, t4 or t5 gives 0: mean 1/3, SE 2/3.
		{"spread", []float64{0, 0, 1, 1, 1}, []float64{0, 0, -1, 1, 1}, 1.0/3 - 1.96*2.0/3, 1},
		{"alike", []float64{0, 0, 0.5, -0.25, 0.5}, []float64{0, 0, 0.5, -0.25, 0.5}, 1, 1},
		{"two targets", []float64{0, 0, 1, 1, 0}, []float64{0, 0, 1, -1, 0}, nan, nan},
		{"one target carries a profile", []float64{0, 0, 1, 0, 0}, []float64{0, 0, 1, 1, 1}, nan, nan},
		{"the pair's own entries ignored", []float64{9, 9, 1, 1, 1}, []float64{-9, 9, 1, 1, 1}, 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var dot, na, nb float64
			for i := 2; i < len(tt.x); i++ {
				dot += tt.x[i] * tt.y[i]
				na += tt.x[i] * tt.x[i]
				nb += tt.y[i] * tt.y[i]
			}
			score := dot / math.Sqrt(na*nb)
			var buf []float64
			lo, hi := jackknifeInterval(tt.x, tt.y, 0, 1, dot, na, nb, score, &buf)
			same := func(a, b float64) bool { return math.IsNaN(a) && math.IsNaN(b) || math.Abs(a-b) < 1e-9 }
			if !same(lo, math.Max(-1, tt.wantLo)) || !same(hi, tt.want) {
				t.Errorf("got [%v, %v], want [%v, %v]", lo, hi, math.Max(-1, tt.wantLo), tt.want)
			}
			if !math.IsNaN(lo) && (lo > score || hi < score) {
				t.Errorf("interval [%v, %v] misses the score %v", lo, hi, score)
			}
		})
	}
}
