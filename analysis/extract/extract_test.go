package extract

import (
	"testing"

	"github.com/stance-project/stance/analysis/annotate"
	"github.com/stance-project/stance/lexicons"
)

// newTestExtractor returns an extractor of the built-in lexicons, with
// the actor lexicon when actors is set.
func newTestExtractor(t testing.TB, actors bool) *Extractor {
	t.Helper()
	set, err := lexicons.Load(lexicons.Default(), nil)
	if err != nil {
		t.Fatal(err)
	}
	o := annotate.LexiconOptions{Lexicons: set}
	if actors {
		if o.Actors, _, err = lexicons.LoadActors(lexicons.Default(), nil); err != nil {
			t.Fatal(err)
		}
	}
	return New(Options{Lexicon: annotate.NewLexicon(o)})
}

func TestDatelineCountry(t *testing.T) {
	a := newTestExtractor(t, false)
	tests := []struct {
		text, want string
	}{
		{"NAIROBI (Reuters) - Kenya said on Monday ...", "KEN"},
		{"ADDIS ABABA, June 3 (AFP) - Ethiopia said ...", "ETH"},
		{"KAMPALA — The government said ...", "UGA"},
		{"Nairobi (Reuters) - lower-case cities are no dateline", ""},
		{"MOMBASA, Kenya - not a capital", ""},
		{"UN — a body, no capital", ""},
		{"Madam Chair, allow me to begin.", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := a.datelineCountry(tt.text); got != tt.want {
			t.Errorf("datelineCountry(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
