package score

import (
	"testing"

	"github.com/stance-project/stance/analysis/segment"
)

func TestPredicateNoun(t *testing.T) {
	tests := []struct {
		text string // the noun is the last word
		want bool
	}{
		{"Chile has been a loyal friend", true},
		{"Chile is the aggressor", true},
		{"Chile and Peru are allies", true},
		{"Chile remains a close partner", true},
		{"its intentions are peaceful", false},
		{"the talks were a sign of friendship", false},
		{"Chile praised its friend", false},
	}
	for _, tt := range tests {
		toks := segment.Tokenize(tt.text)
		if got := predicateNoun(toks, len(toks)-1); got != tt.want {
			t.Errorf("predicateNoun(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestVictimPhrase(t *testing.T) {
	lx := newTestLexicon(t)
	tests := []struct {
		text string // the phrase starts after the first word
		want bool
	}{
		{"threat to its borders", true},
		{"attacks on Chile", true},
		{"aggression against the Chilean people", true},
		{"threat to peace", false},
		{"violation of Chilean law", false},
	}
	for _, tt := range tests {
		toks := segment.Tokenize(tt.text)
		if got := victimPhrase(lx.Countries.Find(toks), toks, 1); got != tt.want {
			t.Errorf("victimPhrase(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
