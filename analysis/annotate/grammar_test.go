package annotate

import (
	"slices"
	"strings"
	"testing"

	"github.com/stance-project/stance/analysis/segment"
)

// TestPlaceBefore: a country after a locative, or listed after one, is a
// place; a list ends with its conjunction.
func TestPlaceBefore(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool
	}{
		{"troops massed in Kenya", "Kenya", true},
		{"troops massed in Kenya and Uganda", "Uganda", true},
		{"troops massed in Kenya, Uganda and Tanzania", "Uganda", true},
		{"troops massed in Kenya, Uganda and Tanzania", "Tanzania", true},
		{"In Kenya and Uganda, the rains failed", "Uganda", true}, // a capitalised "In" opens the sentence
		{"convoys sent across the borders with Kenya and Uganda", "Uganda", true},
		{"a fence along the border with Kenya", "Kenya", true},
		{"after the damage in Kenya, Uganda's troops withdrew", "Uganda", false}, // no list: a comma ends the phrase
		{"Kenya and Uganda signed a pact", "Uganda", false},
		{"it closed its border with Kenya", "Kenya", false},
	}
	for _, tt := range tests {
		toks := segment.Tokenize(tt.text)
		m := -1
		for k, tok := range toks {
			if strings.TrimSuffix(tok.Text, "'s") == tt.name {
				m = k
			}
		}
		if m < 0 {
			t.Fatalf("%q: no token %q", tt.text, tt.name)
		}
		if got := PlaceBefore(toks, m); got != tt.want {
			t.Errorf("%q, %s: got %v, want %v", tt.text, tt.name, got, tt.want)
		}
	}
}

// TestSkipAdverbials: stepping back from a verb over auxiliaries and
// adverbs finds where its subject ends.
func TestSkipAdverbials(t *testing.T) {
	tests := []struct {
		text, verb string
		want       int // tokens of the subject
	}{
		{"Kenya says", "says", 1},
		{"Kenya has also said", "said", 1},
		{"Kenya now says", "says", 1},
		{"Kenya is now pressing", "pressing", 1},
		{"Kenya on Thursday said", "said", 1},
		{"Kenya flatly denied", "denied", 1},
		{"Kenya, in a rare move, expelled", "expelled", 1},
		{"Kenya and Uganda said", "said", 3},
	}
	for _, tt := range tests {
		toks := segment.Tokenize(tt.text)
		i := slices.IndexFunc(toks, func(tok segment.Token) bool { return tok.Text == tt.verb })
		if i < 0 {
			t.Fatalf("%q: no token %q", tt.text, tt.verb)
		}
		if got := SkipAdverbials(toks, i); got != tt.want {
			t.Errorf("SkipAdverbials(%q, %d) = %d, want %d", tt.text, i, got, tt.want)
		}
	}
}

// TestModifiers: the modifiers before a noun phrase's head are passed
// over from the determiner forward and back to it, at most two.
func TestModifiers(t *testing.T) {
	tests := []struct {
		text, from, last string
		past             string // the token PastModifiers reaches from `from`
		before           string // the token BeforeModifiers reaches from `last`
	}{
		{"from the interim government in Kampala", "interim", "interim", "government", "the"},
		{"from the new Ugandan leadership", "new", "new", "Ugandan", "the"},
		{"from the new interim Ugandan leadership", "new", "interim", "Ugandan", "the"},
		{"from the government in Kampala", "government", "the", "government", "the"},  // no modifier
		{"from the three new interim bodies", "three", "interim", "interim", "three"}, // at most two
		{"of that troubled province", "troubled", "troubled", "province", "that"},     // the caller asks for a determiner there
	}
	index := func(toks []segment.Token, w string) int {
		return slices.IndexFunc(toks, func(tok segment.Token) bool { return tok.Text == w })
	}
	for _, tt := range tests {
		toks := segment.Tokenize(tt.text)
		if got := toks[PastModifiers(toks, index(toks, tt.from))].Text; got != tt.past {
			t.Errorf("PastModifiers(%q, %q) = %q, want %q", tt.text, tt.from, got, tt.past)
		}
		if got := toks[BeforeModifiers(toks, index(toks, tt.last))].Text; got != tt.before {
			t.Errorf("BeforeModifiers(%q, %q) = %q, want %q", tt.text, tt.last, got, tt.before)
		}
	}
}

// TestTwoParties: the phrases that stand for the two parties of an
// encounter.
func TestTwoParties(t *testing.T) {
	w := newTestLexicon(t).Words
	tests := []struct {
		np   string
		want bool
	}{
		{"both", true},
		{"the two", true},
		{"both sides", true},
		{"the two leaders", true},
		{"the two governments", true},
		{"the leaders", false},
		{"both candidates", false}, // no noun of the parties
		{"the three leaders", false},
		{"two leaders", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := w.TwoParties(segment.Tokenize(tt.np)); got != tt.want {
			t.Errorf("TwoParties(%q) = %v, want %v", tt.np, got, tt.want)
		}
	}
}
