package analysis

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/analysis/segment"
	"github.com/stance-project/stance/lexicons"
)

// newTestAnalyzer returns an analyzer with the built-in lexicons and no
// actor lexicon (see newActorAnalyzer for one with it).
func newTestAnalyzer(t testing.TB) *Analyzer { return buildAnalyzer(t, false) }

func buildAnalyzer(t testing.TB, actors bool) *Analyzer {
	t.Helper()
	return newAnalyzer(t, testOptions(t, actors))
}

// testOptions returns the options of a test analyzer: the default
// lexicons, and the actor lexicon when actors.
func testOptions(t testing.TB, actors bool) Options {
	t.Helper()
	set, err := lexicons.Load(lexicons.Default(), nil)
	if err != nil {
		t.Fatal(err)
	}
	o := Options{Lexicons: set}
	if actors {
		if o.Actors, _, err = lexicons.LoadActors(lexicons.Default(), nil); err != nil {
			t.Fatal(err)
		}
	}
	return o
}

// newAnalyzer returns New(o), failing t on an error.
func newAnalyzer(t testing.TB, o Options) *Analyzer {
	t.Helper()
	a, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestCountries(t *testing.T) {
	a := newTestAnalyzer(t)
	tests := []struct {
		in   string
		want string
	}{
		{"Iran and Russia’s cooperation", "IRN RUS"},
		{"the Zionist regime of Israel", "ISR ISR"},
		{"Moscow and the Kremlin", "RUS RUS"},
		{"trade with Latin America", ""},
		{"the South China Sea", ""},
		{"Papua New Guinea and Guinea-Bissau", "PNG GNB"},
		{"Michael Jordan visited Jordan.", "JOR"},
		{"Georgia Smith", ""},
		{"the United States of America", "USA"},
		{"the U.S. and the UK", "USA GBR"},
		{"South Sudan and Sudan", "SSD SDN"},
		{"turkey and china for dinner", ""},
		{"Türkiye", "TUR"},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range a.lex.Countries.Find(segment.Tokenize(tt.in)) {
			got = append(got, m.Code)
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("countries(%q) = %q, want %q", tt.in, g, tt.want)
		}
	}
}

// statementCase is an invented document and what must be found in it.
type statementCase struct {
	name    string
	doc     corpus.Document
	want    []string // "speaker|country|kind|cue|content"
	stances []string // "speaker→target sign"
}

func TestAnalyze(t *testing.T) {
	a := newTestAnalyzer(t)
	tests := []statementCase{
		{
			name: "reported speech with a title and a later surname",
			doc:  corpus.Document{ID: "d", Text: "Chilean Foreign Minister Rosa Ibarra arrived in Lima on Friday.\n\nIbarra said Chile firmly supports Peru in the border talks."},
			want: []string{"Rosa Ibarra|CHL|indirect|said|Chile firmly supports Peru in the border talks"},
			// Chile is the speaker's own country: not a target. ("arrive"
			// is a CAMEO verb of a block that spans many kinds of event: no
			// event alone.)
			stances: []string{"CHL→PER +"},
		},
		{
			name:    "direct quote, speaker after",
			doc:     corpus.Document{ID: "d", Text: "“We condemn the Kenyan raids on our villages,” Somali President Abdi Warsame said."},
			want:    []string{"Abdi Warsame|SOM|direct|said|We condemn the Kenyan raids on our villages"},
			stances: []string{"SOM→KEN -"},
		},
		{
			name:    "headline with a colon",
			doc:     corpus.Document{ID: "d", Title: "Norway: Danish offer \"welcome\""},
			want:    []string{"Norway|NOR|headline|:|Danish offer \"welcome\""},
			stances: []string{"NOR→DNK +"},
		},
		{
			name:    "pronoun resolves to the last speaker",
			doc:     corpus.Document{ID: "d", Text: "Egyptian envoy Omar Fathy met reporters in Cairo.\n\nFathy said the talks went well. He also denounced Ethiopia's unilateral dam filling."},
			want:    []string{"Omar Fathy|EGY|indirect|said|the talks went well", "Omar Fathy|EGY|indirect|denounced|Ethiopia's unilateral dam filling"},
			stances: []string{"EGY→ETH -"},
		},
		{
			name:    "a country's act",
			doc:     corpus.Document{ID: "d", Text: "Italy suspended air links with Serbia on Monday."},
			want:    []string{"Italy|ITA|indirect|suspended|suspended air links with Serbia on Monday"},
			stances: []string{"ITA→SRB -"},
		},
		{
			name:    "first-person speech",
			doc:     corpus.Document{ID: "d", SpeakerCountry: "FJI", Speaker: "Fiji", Text: "We thank Australia for its generous aid. The weather was fine."},
			want:    []string{"Fiji|FJI|speech||We thank Australia for its generous aid"},
			stances: []string{"FJI→AUS +", "AUS→FJI +"}, // the aid thanked for is Australia's act
		},
		{
			name:    "negation flips a term",
			doc:     corpus.Document{ID: "d", Text: "Ghana said it will not support Togo's candidacy."},
			want:    []string{"Ghana|GHA|indirect|said|it will not support Togo's candidacy"},
			stances: []string{"GHA→TGO -"},
		},
		{
			name:    "place is not a target",
			doc:     corpus.Document{ID: "d", Text: "Japan said US troops in Okinawa and in Korea were welcome."},
			want:    []string{"Japan|JPN|indirect|said|US troops in Okinawa and in Korea were welcome"},
			stances: []string{"JPN→USA +"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := a.Analyze(tt.doc)
			var got []string
			for _, s := range r.Statements {
				field := tt.doc.Text
				if s.Field == TitleField {
					field = tt.doc.Title
				}
				if field[s.Start:s.End] != s.Text {
					t.Errorf("statement %q: offsets %d-%d give %q", s.Text, s.Start, s.End, field[s.Start:s.End])
				}
				got = append(got, strings.Join([]string{s.Speaker, s.SpeakerCountry, s.Kind.String(), s.Cue, s.Text}, "|"))
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("statements:\n got %q\nwant %q", got, tt.want)
			}
			var st []string
			for _, s := range r.Stances {
				if s.Label == Neutral {
					continue
				}
				sign := "+"
				if s.Label == Negative {
					sign = "-"
				}
				st = append(st, s.SpeakerCountry+"→"+s.TargetCountry+" "+sign)
				if len(s.Evidence) == 0 {
					t.Errorf("stance %s→%s has no evidence", s.SpeakerCountry, s.TargetCountry)
				}
				if s.Confidence <= 0 || s.Confidence > 1 {
					t.Errorf("stance %s→%s confidence %v not in (0, 1]", s.SpeakerCountry, s.TargetCountry, s.Confidence)
				}
			}
			if fmt.Sprint(st) != fmt.Sprint(tt.stances) {
				t.Errorf("stances = %q, want %q", st, tt.stances)
			}
		})
	}
}

func BenchmarkAnalyze(b *testing.B) {
	a := newTestAnalyzer(b)
	doc := corpus.Document{ID: "bench", Title: "Norway: Danish offer welcome", Text: strings.Repeat(
		"Chilean Foreign Minister Rosa Ibarra arrived in Lima on Friday. Ibarra said Chile firmly supports Peru in the border talks. "+
			"“We condemn the Kenyan raids on our villages,” Somali President Abdi Warsame said. Italy suspended air links with Serbia on Monday.\n\n", 20)}
	b.SetBytes(int64(len(doc.Text)))
	for b.Loop() {
		a.Analyze(doc)
	}
}

func ExampleAnalyzer_Analyze() {
	set, _ := lexicons.Load(lexicons.Default(), nil)
	a, _ := New(Options{Lexicons: set})
	r := a.Analyze(corpus.Document{ID: "ex", Text: "Brasilia voices firm support for Bolivia against the new wave of Chilean sanctions."})
	for _, s := range r.Stances {
		fmt.Printf("%s→%s %s %.2f\n", s.SpeakerCountry, s.TargetCountry, s.Label, s.Score)
	}
	// Output:
	// BRA→BOL positive 0.67
	// BRA→CHL negative -0.71
}
