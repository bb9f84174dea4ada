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
