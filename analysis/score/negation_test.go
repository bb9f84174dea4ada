package score

import "testing"

func TestNegation(t *testing.T) {
	lx := newTestLexicon(t)
	tests := []struct {
		w    float64
		neg  string
		want float64
	}{
		{-0.6, "not", 0},
		{-0.6, "without", 0},
		{-0.6, "refused", 0},
		{-0.6, "suspended", 0.3},
		{-0.6, "of", 0},  // instead of
		{0.6, "than", 0}, // rather than
		{0.6, "not", -0.3},
		{0.6, "halted", -0.3},
	}
	for _, tt := range tests {
		if got := negatedWeight(lx.Words, tt.w, tt.neg); got != tt.want {
			t.Errorf("negatedWeight(%v, %q) = %v, want %v", tt.w, tt.neg, got, tt.want)
		}
	}
}
