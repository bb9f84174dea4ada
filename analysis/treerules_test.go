package analysis

import (
	"context"
	"errors"
	"slices"
	"sync/atomic"
	"testing"

	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/analysis/syntax"
)

// titleAnalyzer parses titles (Options.LoadSyntax), counting the loads.
func titleAnalyzer(t *testing.T, load func() (*syntax.Model, error)) *Analyzer {
	t.Helper()
	o := testOptions(t, false)
	o.LoadSyntax = load
	return newAnalyzer(t, o)
}

// TestTreeAct checks the tree's act on invented titles that the rules of
// word order do not read.
func TestTreeAct(t *testing.T) {
	a := titleAnalyzer(t, syntaxModel)
	tests := []struct {
		name, title string
		want        []string
	}{
		{"a joint subject of roles with a long complement",
			"Kenyan president, Ugandan counterpart of many years sign trade accord", []string{"KEN→UGA +", "UGA→KEN +"}},
		{"a country in a clause attached to the subject is no party",
			"Hundreds of Bolivian soldiers, backed by tanks, crossed into Paraguay and attacked a garrison", nil},
		{"a place in the subject's phrase is no party of the act",
			"Kenyan drone strike near Kampala kills Tanzanian commander", []string{"KEN→TZA -"}},
		// A subject naming a pair of countries is a relation, no party:
		// the tree leaves it to the pair compound, each of the other.
		{"a pair compound subject",
			"Latvian-Lithuanian tensions grow over grain transit fees", []string{"LTU→LVA -", "LVA→LTU -"}},
		// The verb's negation before it is part of the act.
		{"an act negated by a contraction",
			"Kenya won't join sanctions on Uganda", nil},
		{"an act negated by an adverb and an auxiliary",
			"Kenya has never imposed sanctions on Uganda", nil},
		{"an auxiliary with no negation",
			"Kenya will join sanctions on Uganda", []string{"KEN→UGA -"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := checkDyads(t, a, corpus.Document{ID: "d", Date: mar2022, Title: tt.title}, tt.want)
			for _, s := range r.Statements {
				if s.SpeakerCountry == "PRY" {
					t.Errorf("%q: statement of Paraguay %+v", tt.title, s)
				}
			}
		})
	}
}

// TestLoadSyntaxLazily: the model is loaded once, when a document with a
// title first comes, never for documents without one; a model that fails
// to load fails the documents that need it.
func TestLoadSyntaxLazily(t *testing.T) {
	var loads atomic.Int32
	a := titleAnalyzer(t, func() (*syntax.Model, error) {
		loads.Add(1)
		return syntaxModel()
	})
	speech := corpus.Document{ID: "s", SpeakerCountry: "PER", Text: "We thank Chile for its generous support."}
	for range 3 {
		a.Analyze(speech)
	}
	if n := loads.Load(); n != 0 {
		t.Fatalf("documents without a title loaded the model %d times, want 0", n)
	}
	for range 3 {
		a.Analyze(corpus.Document{ID: "t", Title: "Chile praises Peru"})
	}
	if n := loads.Load(); n != 1 {
		t.Errorf("documents with titles loaded the model %d times, want 1", n)
	}

	broken := errors.New("no model here")
	b := titleAnalyzer(t, func() (*syntax.Model, error) { return nil, broken })
	if _, err := b.AnalyzeContext(context.Background(), speech); err != nil {
		t.Errorf("a document without a title: %v, want no error", err)
	}
	if _, err := b.AnalyzeContext(context.Background(), corpus.Document{ID: "t", Title: "Chile praises Peru"}); !errors.Is(err, broken) {
		t.Errorf("a title with a model that fails to load: error %v, want %v", err, broken)
	}
}

// TestParsedBodyShapes: statements of a news body that need its parse
// (Options.ParseBody), from invented sentences. Each want is
// "speaker|country|kind|cue|content".
func TestParsedBodyShapes(t *testing.T) {
	o := testOptions(t, true)
	o.LoadSyntax, o.ParseBody = syntaxModel, true
	a := newAnalyzer(t, o)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a name before an appositive that holds a quoted title speaks, not the title",
			"Mwila, the author of \"River Towns,\" said the ferries to Mongu ran half empty.",
			[]string{"Mwila||indirect|said|the ferries to Mongu ran half empty"}},
		{"a quoted title's cue with a clause after it has no inverted speaker",
			"\"River Towns,\" said the ferries to Mongu ran half empty, is a long book.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := statementsOf(a, corpus.Document{ID: "d", Text: tt.text})
			if !slices.Equal(got, tt.want) {
				t.Errorf("%q:\n got  %q\n want %q", tt.text, got, tt.want)
			}
		})
	}
}
