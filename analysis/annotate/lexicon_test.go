package annotate

import (
	"github.com/stance-project/stance/analysis/corpus"
	"slices"
	"testing"

	"github.com/stance-project/stance/analysis/segment"
	"github.com/stance-project/stance/lexicons"
)

// newTestLexicon compiles the default lexicons, without actors.
func newTestLexicon(t testing.TB) *Lexicon {
	t.Helper()
	set, err := lexicons.Load(lexicons.Default(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return NewLexicon(LexiconOptions{Lexicons: set})
}

func TestVerbUse(t *testing.T) {
	lx := newTestLexicon(t)
	tests := []struct {
		text string
		at   int
		form VerbForm
		want bool
	}{
		{"Peru slams Chile", 1, FormS, true},
		{"Military talks held", 1, FormS, false},
		{"Lithuanian forces entered", 1, FormS, false},
		{"over Chile arms sales", 2, FormS, false},
		{"the ministry warns", 2, FormS, true},
		{"we condemn", 1, FormBare, true},
		{"to expel", 1, FormBare, true},
		{"the approach", 1, FormBare, false},
		{"US, UK expel", 3, FormBare, true},
		{"officials meet", 1, FormBare, true},
		{"the accused", 1, FormPast, false},
		{"troops are expelling", 2, FormIng, true},
		{"a hearing", 1, FormIng, false},
		{"Peru, in a shift, backs", 6, FormS, true},
		{"Peru, citing costs, closes", 5, FormS, true},
		{"the tanks, the trucks, reports", 6, FormS, false},
		{"in Peru, in May, reports", 6, FormS, false},
		{"My Government welcomes", 2, FormS, true},
		{"The Ministry warns", 2, FormS, true},
		{"the Andes talks", 2, FormS, false},
		{"my country welcomes", 2, FormS, true},
		{"our nation supports", 2, FormS, true},
		{"our peace talks", 2, FormS, false},
	}
	for _, tt := range tests {
		toks := segment.Tokenize(tt.text)
		if got := lx.VerbUse(toks, tt.at, tt.form); got != tt.want {
			t.Errorf("verbUse(%q, %d) = %v, want %v", tt.text, tt.at, got, tt.want)
		}
	}
}

func TestIsNumeral(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"5", true},
		{"1,000", true},
		{"2.5", true},
		{",", false},
		{".", false},
		{"", false},
		{"5km", false},
	}
	for _, tt := range tests {
		if got := IsNumeral(tt.s); got != tt.want {
			t.Errorf("IsNumeral(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestWordForm(t *testing.T) {
	tests := []struct {
		tok, w string
		exact  bool
		want   bool
	}{
		{"sanctions", "sanction", false, true},
		{"involved", "involv", false, true},
		{"banned", "ban", false, true},
		{"several", "sever", false, false},
		{"cash", "cash", true, true},
		{"cashed", "cash", true, false},
		{"allies", "ally", false, true},
	}
	for _, tt := range tests {
		if got := wordForm(tt.tok, tt.w, tt.exact); got != tt.want {
			t.Errorf("wordForm(%q, %q, %v) = %v, want %v", tt.tok, tt.w, tt.exact, got, tt.want)
		}
	}
}

func TestVerbFormOf(t *testing.T) {
	tests := []struct {
		form, lemma string
		want        VerbForm
	}{
		{"expel", "expel", FormBare},
		{"expels", "expel", FormS},
		{"denies", "deny", FormS},
		{"expelled", "expel", FormPast},
		{"fought", "fight", FormPast},
		{"expelling", "expel", FormIng},
	}
	for _, tt := range tests {
		if got := VerbFormOf(tt.form, tt.lemma); got != tt.want {
			t.Errorf("verbFormOf(%q, %q) = %d, want %d", tt.form, tt.lemma, got, tt.want)
		}
	}
}

func TestReactionAt(t *testing.T) {
	lx := newTestLexicon(t)
	tests := []struct {
		text string
		word string
		want bool
	}{
		{"Peru signed the deal, angering Chile", "angering", true},
		{"Peru signed the deal, infuriating Chile", "infuriating", true},
		{"Peru signed the deal angering Chile", "angering", false}, // no comma
		{"Peru signed the deal, saying it was fair", "saying", false},
		{"Peru's anger, Chile said", "anger", false},
	}
	for _, tt := range tests {
		toks := segment.Tokenize(tt.text)
		k := wordIndex(toks, tt.word)
		if got := lx.Words.ReactionAt(toks, k); got != tt.want {
			t.Errorf("ReactionAt(%q, %q) = %v, want %v", tt.text, tt.word, got, tt.want)
		}
	}
}

// wordIndex returns the index of the first token of toks whose lower-case
// form is w, or -1.
func wordIndex(toks []segment.Token, w string) int {
	return slices.IndexFunc(toks, func(tok segment.Token) bool { return tok.Lower == w })
}

// TestOutcryOwner checks the country whose outcry is a reaction of its
// own: the owner of an outcry an act's participle draws (OutcryDrawnBy:
// before the noun or after "of", not a recipient of it), and a country's
// outcry in a clause of its own after "as" or "while" (ReactionAs: a verb
// of disapproval that ends the clause or takes words that name no party).
func TestOutcryOwner(t *testing.T) {
	lx := newTestLexicon(t)
	drawn := func(toks []segment.Token, m int) bool { return lx.Words.OutcryDrawnBy(toks, m) }
	as := func(toks []segment.Token, m int) bool {
		e := m + 1
		if toks[e].Lower == "government" {
			e++
		}
		return lx.ReactionAs(toks, m, e, corpus.Date{}) != nil
	}
	tests := []struct {
		name string // the reading
		read func(toks []segment.Token, m int) bool
		text string
		word string // the country's word
		want bool
	}{
		{"OutcryDrawnBy", drawn, "Zambia closed the border, drawing Malawian ire", "malawian", true},
		{"OutcryDrawnBy", drawn, "Zambia closed the border, sparking a sharp Malawian protest", "malawian", true},
		{"OutcryDrawnBy", drawn, "Zambia closed the border, drawing the ire of Malawi", "malawi", true},
		{"OutcryDrawnBy", drawn, "Zambia closed the border, drawing the anger of the Malawian government", "malawian", true},
		{"OutcryDrawnBy", drawn, "Zambia closed the border, earning Malawi the censure of rights groups", "malawi", false}, // Malawi receives the outcry
		{"OutcryDrawnBy", drawn, "Zambia closed the border, drawing Malawian trucks", "malawian", false},                   // no outcry
		{"OutcryDrawnBy", drawn, "Zambia closed the border drawing Malawian ire", "malawian", false},                       // no comma
		{"OutcryDrawnBy", drawn, "Zambia's border closure drew the ire of Malawi", "malawi", false},                        // a finite verb: the subject's clause
		{"ReactionAs", as, "Zambia held drills as Malawi protested", "malawi", true},
		{"ReactionAs", as, "Zambia held drills while Malawi condemned the move", "malawi", true},
		{"ReactionAs", as, "Zambia held drills as the Malawian government fumed over the timing", "malawian", true},
		{"ReactionAs", as, "Zambia held drills as Malawi condemned Namibia", "malawi", false},  // the cue's own object
		{"ReactionAs", as, "Zambia held drills as Malawi protests continued", "malawi", false}, // a noun
		{"ReactionAs", as, "Zambia held drills as Malawi praised the move", "malawi", false},   // no disapproval
		{"ReactionAs", as, "Zambia held drills after Malawi protested", "malawi", false},       // no "as" or "while"
		{"ReactionAs", as, "Zambia held drills as Malawi watched", "malawi", false},            // no cue
	}
	for _, tt := range tests {
		toks := segment.Tokenize(tt.text)
		if got := tt.read(toks, wordIndex(toks, tt.word)); got != tt.want {
			t.Errorf("%s(%q, %q) = %v, want %v", tt.name, tt.text, tt.word, got, tt.want)
		}
	}
}

// TestTermAt checks terms that need more than a row's own words: a sum of
// money or a good of aid sent, a count inside a row, a set phrase over a
// verb, and rows of the speeches' rhetoric (issue 13, twenty-first part).
func TestTermAt(t *testing.T) {
	lx := newTestLexicon(t)
	tests := []struct {
		text  string
		at    int
		label string // "" for no term
		n     int
	}{
		{"pledged $20m to the region", 0, "send/v … to (aid)", 4},
		{"gave 20 million dollars for the region", 0, "send/v … to (aid)", 5},
		{"spent $5m on roads", 0, "", 0},
		{"sent troops to the region", 0, "", 0},
		{"reopened several crossings along the frontier", 0, "reopen/v crossings", 3},
		{"the settler regime in the capital", 1, "settler regime", 2},
		{"the disputed island", 0, "the disputed", 2},
		{"pay a tribute to the people", 0, "pay/v a tribute to", 4},
	}
	for _, tt := range tests {
		toks := segment.Tokenize(tt.text)
		lt, n := lx.TermAt(toks, tt.at)
		got := ""
		if lt != nil {
			got = lt.Label
		}
		if got != tt.label || n != tt.n {
			t.Errorf("TermAt(%q, %d) = %q, %d; want %q, %d", tt.text, tt.at, got, n, tt.label, tt.n)
		}
	}
}

func TestAdjectiveAt(t *testing.T) {
	lx := newTestLexicon(t)
	tests := []struct {
		text string
		at   int
		want bool
	}{
		{"the Peruvian envoy", 1, true},
		{"the Sierra Leonean envoy", 1, true},
		{"the Sierra Leonean envoy", 2, true},
		{"the Costa Rican forces", 2, true},
		{"the Sierra Nevada range", 1, false},
		{"the Peru envoy", 1, false},
		{"the envoy", 1, false},
	}
	for _, tt := range tests {
		toks := segment.Tokenize(tt.text)
		if got := lx.AdjectiveAt(toks, tt.at); got != tt.want {
			t.Errorf("AdjectiveAt(%q, %d) = %v, want %v", tt.text, tt.at, got, tt.want)
		}
	}
}
