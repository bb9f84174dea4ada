package analysis

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/analysis/syntax"
	"github.com/stance-project/stance/lexicons"
)

// syntaxModel is the embedded parser model, decoded once for the tests.
var syntaxModel = sync.OnceValues(syntax.Load)

// parsingAnalyzer returns an analyzer with the actor lexicon and the
// parser, parsing the body sentences (Options.ParseBody), keeping the
// parses when keep.
func parsingAnalyzer(t testing.TB, keep bool) *Analyzer {
	t.Helper()
	return modelAnalyzer(t, true, keep)
}

// modelAnalyzer returns an analyzer with the actor lexicon and the parser,
// with Options.ParseBody and KeepParses as given.
func modelAnalyzer(t testing.TB, parseBody, keep bool) *Analyzer {
	t.Helper()
	m, err := syntaxModel()
	if err != nil {
		t.Fatal(err)
	}
	o := testOptions(t, true)
	o.Syntax, o.ParseBody, o.KeepParses = m, parseBody, keep
	return newAnalyzer(t, o)
}

var syntaxDocs = []corpus.Document{
	benchDoc(),
	{ID: "title", Title: "  Kenya: Somali raids “unacceptable”  ", Text: "Nairobi, Monday.\n\nThe weather was fine. Chile praised Peru."},
	{ID: "speech", SpeakerCountry: "NZL", Text: "We thank Japan for its generous support. Japan is an island. The sea is wide.\n\nPutin said the talks were useful."},
	{ID: "empty"},
	{ID: "tree", Text: "Amid the latest rebel attacks, the Chilean envoy read the note twice and then said Peru had violated the border treaty."},
}

// TestParseBodyChangesNothing: Options.ParseBody parses more sentences,
// but Analyze gives the same statements and stances as with the model
// alone (which reads the trees of titles, and of the news sentences
// treeNeeds chooses). Without a model nothing is parsed.
func TestParseBodyChangesNothing(t *testing.T) {
	t.Parallel()
	plain := buildAnalyzer(t, true)
	model := modelAnalyzer(t, false, false)
	parsing := parsingAnalyzer(t, false)
	for _, doc := range syntaxDocs {
		if r := plain.Analyze(doc); r.Parsed != 0 || r.Parses != nil {
			t.Errorf("%s: without a model: parsed %d, parses %v; want none", doc.ID, r.Parsed, r.Parses)
		}
		want, got := model.Analyze(doc), parsing.Analyze(doc)
		if got.Parses != nil {
			t.Errorf("%s: parses returned without KeepParses", doc.ID)
		}
		want.Parsed, got.Parsed = 0, 0
		if w, g := fmt.Sprintf("%+v", want), fmt.Sprintf("%+v", got); w != g {
			t.Errorf("%s: with ParseBody\n got %s\nwant %s", doc.ID, g, w)
		}
	}
}

// TestWhatIsParsed: titles, the sentences that name a country or an actor
// and hold a cue or a lexicon term (ParseBody), and in news the sentences
// with a cue whose subject word order misses or a cue that may be a noun
// after a determiner, are parsed; the others are not.
func TestWhatIsParsed(t *testing.T) {
	t.Parallel()
	a := parsingAnalyzer(t, true)
	tests := []struct {
		doc    corpus.Document
		parsed []string // the sentences parsed, in order
	}{
		{syntaxDocs[1], []string{"Kenya: Somali raids “unacceptable”", "Chile praised Peru."}},
		{syntaxDocs[2], []string{"We thank Japan for its generous support.", "Putin said the talks were useful."}},
		{corpus.Document{ID: "no-term", Text: "Chilean diplomats slept in Lima on Friday."}, nil},
		{corpus.Document{ID: "no-country", Text: "The minister praised the talks."}, nil},
		{corpus.Document{ID: "no-subject", Text: "The minister read the note and then said the talks had failed."},
			[]string{"The minister read the note and then said the talks had failed."}},
		{corpus.Document{ID: "noun-cue", Text: "Amid the latest rebel attacks in the north, the mayor asked for help."},
			[]string{"Amid the latest rebel attacks in the north, the mayor asked for help."}},
	}
	for _, tt := range tests {
		r := a.Analyze(tt.doc)
		var got []string
		for _, p := range r.Parses {
			if p.Tree != nil {
				got = append(got, p.Tree.Text)
			}
		}
		if !slices.Equal(got, tt.parsed) {
			t.Errorf("%s: parsed %q, want %q", tt.doc.ID, got, tt.parsed)
		}
		if r.Parsed != len(tt.parsed) {
			t.Errorf("%s: Parsed = %d, want %d", tt.doc.ID, r.Parsed, len(tt.parsed))
		}
	}
}

// TestDocumentSentences: DocumentSentences yields the sentences Analyze
// reads (Result.Parses with KeepParses), with the tokens the parser was
// given: a tree's words cover its tokens.
func TestDocumentSentences(t *testing.T) {
	t.Parallel()
	a := parsingAnalyzer(t, true)
	for _, doc := range syntaxDocs {
		r := a.Analyze(doc)
		var got []Parse
		for s := range DocumentSentences(doc) {
			got = append(got, Parse{Field: s.Field, Start: s.Start, End: s.End})
			k := len(got) - 1
			if k >= len(r.Parses) {
				continue
			}
			tree := r.Parses[k].Tree
			if tree == nil {
				continue
			}
			if n := tree.Words[len(tree.Words)-1].Token + 1; n != len(s.Tokens) {
				t.Errorf("%s: sentence %d: the tree's words come from %d tokens, DocumentSentences gives %d", doc.ID, k+1, n, len(s.Tokens))
			}
			field := doc.Text
			if s.Field == TitleField {
				field = doc.Title
			}
			for _, tok := range s.Tokens {
				if field[tok.Start:tok.End] != tok.Text {
					t.Errorf("%s: token %q at [%d,%d) reads %q in its field", doc.ID, tok.Text, tok.Start, tok.End, field[tok.Start:tok.End])
				}
			}
		}
		if len(got) != r.Sentences {
			t.Errorf("%s: DocumentSentences gives %d sentences, Analyze read %d", doc.ID, len(got), r.Sentences)
		}
		for k := range r.Parses {
			r.Parses[k].Tree = nil
		}
		if !slices.Equal(got, r.Parses) {
			t.Errorf("%s: DocumentSentences gives\n%v\nAnalyze read\n%v", doc.ID, got, r.Parses)
		}
	}
}

// ExampleDocumentSentences prints the sentences of a document as the
// analysis reads them.
func ExampleDocumentSentences() {
	doc := corpus.Document{Title: "Chile praises Peru", Text: "Iran's envoy arrived. He said the U.S. was wrong."}
	for s := range DocumentSentences(doc) {
		var words []string
		for _, t := range s.Tokens {
			words = append(words, t.Text)
		}
		fmt.Printf("%s [%d,%d) %s\n", s.Field, s.Start, s.End, strings.Join(words, "|"))
	}
	// Output:
	// title [0,18) Chile|praises|Peru
	// text [0,21) Iran's|envoy|arrived|.
	// text [22,49) He|said|the|U.S.|was|wrong|.
}

// BenchmarkAnalyzeSyntax is BenchmarkAnalyze with the parser: the
// difference is the cost of parsing the sentences that need a tree (and of
// choosing them). The speech variant reads the same text as a first-person
// speech, as the UN corpus is read.
func BenchmarkAnalyzeSyntax(b *testing.B) {
	m, err := syntaxModel()
	if err != nil {
		b.Fatal(err)
	}
	set, err := lexicons.Load(lexicons.Default(), nil)
	if err != nil {
		b.Fatal(err)
	}
	speech := benchDoc()
	speech.SpeakerCountry = "NZL"
	for _, doc := range []corpus.Document{benchDoc(), speech} {
		name := "article"
		if doc.SpeakerCountry != "" {
			name = "speech"
		}
		for _, model := range []*syntax.Model{nil, m} {
			a, err := New(Options{Lexicons: set, Syntax: model, ParseBody: model != nil})
			if err != nil {
				b.Fatal(err)
			}
			sub := name + "/no-syntax"
			if model != nil {
				sub = name + "/syntax"
			}
			b.Run(sub, func(b *testing.B) {
				b.SetBytes(int64(len(doc.Text)))
				b.ReportAllocs()
				var r Result
				for b.Loop() {
					r = a.Analyze(doc)
				}
				b.ReportMetric(float64(r.Parsed)/float64(r.Sentences), "parsed/sentence")
			})
		}
	}
}

// TestNounCues: in a news body, a cue's form that the tree reads as a noun
// with its own determiner, adjective or possessor is no cue; the verb of
// the same form still is. Each want is "speaker|cue".
func TestNounCues(t *testing.T) {
	t.Parallel()
	a := parsingAnalyzer(t, false)
	tests := []struct {
		text string
		want []string
	}{
		{"Amid the latest rebel attacks in the north, Peru asked Ecuador for help.", []string{"Peru|asked"}},
		{"Following the Lima terrorist attacks, Rosa Tello believes the vote in Peru will move to the right.", []string{"Rosa Tello|believes"}},
		{"The minister saw the vote as a clear wake-up call for Bolivia and its allies.", nil},
		{"The Peruvian ministry attacks the plan that Ecuador proposed.", []string{"Peruvian ministry|attacks"}},
		{"The Chilean fund predicts that trade with Peru will grow.", []string{"Chilean fund|predicts"}},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range a.Analyze(corpus.Document{ID: "d", Date: mar2022, Text: tt.text}).Statements {
			got = append(got, s.Speaker+"|"+s.Cue)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestTreeSubject: in a news body, the tree gives the speaker of a cue
// whose subject word order does not find: after a long aside, or as the
// subject of the verb the cue is joined to. An inverted cue keeps its
// speaker after it, and a thing is no speaker. Each want is
// "speaker|country|cue".
func TestTreeSubject(t *testing.T) {
	t.Parallel()
	a := modelAnalyzer(t, false, false)
	tests := []struct {
		text string
		want []string
	}{
		{"The Chilean envoy, visibly tired after the long flight from the north, said the Peruvian claim was baseless.", []string{"Chilean envoy|CHL|said"}},
		{"The Chilean envoy read the note twice and then said Peru had violated the border treaty.", []string{"Chilean envoy|CHL|said"}},
		{"Peru had broken its word, said Ana Ruiz, a Chilean diplomat.", []string{"Ana Ruiz|CHL|said"}},
		{"On Monday the talks in Lima ended and said nothing.", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range a.Analyze(corpus.Document{ID: "d", Date: mar2022, Text: tt.text}).Statements {
			got = append(got, s.Speaker+"|"+s.SpeakerCountry+"|"+s.Cue)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
}
