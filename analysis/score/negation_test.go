package score

import (
	"strings"
	"testing"

	"github.com/stance-project/stance/analysis/segment"
)

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

// TestUnquoteWords: the quotation marks around one word go, those around
// a phrase stay.
func TestUnquoteWords(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Peru calls the drills a 'provocation' again", "Peru calls the drills a provocation again"},
		{"Peru calls the drills a 'provocation", "Peru calls the drills a provocation"},
		{"Peru's ‘hegemonic’ tariffs on Chile", "Peru's hegemonic tariffs on Chile"},
		{"a 'no limits' partnership", "a ' no limits ' partnership"},
		{"Peru's tariffs on Chile", "Peru's tariffs on Chile"},
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range unquoteWords(segment.Tokenize(tt.text)) {
			got = append(got, tok.Text)
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("unquoteWords(%q) = %q, want %q", tt.text, g, tt.want)
		}
	}
}
