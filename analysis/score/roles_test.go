package score

import (
	"testing"

	"github.com/stance-project/stance/analysis/annotate"
	"github.com/stance-project/stance/analysis/segment"
	"github.com/stance-project/stance/lexicons"
)

func TestPlaceOfSituation(t *testing.T) {
	lx := newTestLexicon(t)
	tests := []struct {
		text string
		want bool
	}{
		{"the Chilean crisis", true},
		{"the Chile crisis", true},
		{"rising Peru tensions", true},
		{"Chile's crisis", false},
		{"Chilean aggression", false},
	}
	for _, tt := range tests {
		toks := segment.Tokenize(tt.text)
		ms := lx.Countries.Find(toks)
		if len(ms) != 1 {
			t.Fatalf("%q: mentions %v, want one", tt.text, ms)
		}
		if got := placeOfSituation(lx.Words, toks, ms[0], len(toks)-1); got != tt.want {
			t.Errorf("placeOfSituation(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestBusinessSubject(t *testing.T) {
	lx := newTestLexicon(t)
	tests := []struct {
		text string
		want bool
	}{
		{"Chilean companies", true},
		{"the Peruvian mining firm", true},
		{"Lima-based exporters", true},
		{"Peru's central bank", false},
		{"the head of the company", false},
		{"Chile's foreign ministry", false},
		{"Chilean troops", false},
	}
	for _, tt := range tests {
		if got := businessSubject(lx.Words, segment.Tokenize(tt.text)); got != tt.want {
			t.Errorf("businessSubject(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// newTestLexicon compiles the default lexicons, without actors.
func newTestLexicon(t testing.TB) *annotate.Lexicon {
	t.Helper()
	set, err := lexicons.Load(lexicons.Default(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return annotate.NewLexicon(annotate.LexiconOptions{Lexicons: set})
}

func TestSubjectBefore(t *testing.T) {
	lx := newTestLexicon(t)
	tests := []struct {
		text string // the verb is the last word
		want string // the subject's country, "" for none
	}{
		{"Chile expelled", "CHL"},
		{"Chile has repeatedly expelled", "CHL"},
		{"Chilean border guards seized", "CHL"},
		{"Chile's armed forces seized", "CHL"},
		{"Chile's support", ""},
		{"talks with Chile ended", ""},
		{"The Government of Chile has expelled", "CHL"},
		{"The Government of the Philippines has expelled", "PHL"},
		{"talks with the Government of Chile ended", ""},
		{"aid to the Chilean government arrived", ""},
		{"Chile and the ministry expelled", ""},
		{"Chile said that officials expelled", ""},
	}
	for _, tt := range tests {
		toks := segment.Tokenize(tt.text)
		m, ok := countrySubject(lx.Words, lx.Countries.Find(toks), toks, len(toks)-1)
		got := ""
		if ok {
			got = m.Code
		}
		if got != tt.want {
			t.Errorf("countrySubject(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
