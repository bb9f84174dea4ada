package analysis

import (
	"testing"

	"github.com/stance-project/stance/analysis/segment"
)

// TestRoles checks the roles of targets on invented sentences: a place of
// a situation, another country's act told in a speech, and the partner of
// a contact that reached no country.
func TestRoles(t *testing.T) {
	a := newTestAnalyzer(t)
	checkDyadCases(t, a, may2021, []dyadCase{
		// A situation noun: the country written before it is its place.
		{"a country's adjective before a crisis is its place", "",
			"The Peruvian minister said the Chilean crisis would be discussed at the summit.",
			nil},
		{"a country's name before tensions is their place", "",
			"The Peruvian minister said the Chile tensions were rising.",
			nil},
		{"the owner of a hostile noun stays its agent", "",
			"The Peruvian minister said Chile's aggression must stop.",
			[]string{"PER→CHL -"}},
		{"a situation in a speech", "BOL",
			"The Peruvian crisis must end through dialogue.",
			nil},
		// A speech tells of another country's act: of a hostile act the
		// agent is the speaker's target, and its object a victim.
		{"another country's hostile act in a speech", "BOL",
			"Chile has closed its border with Peru.",
			[]string{"BOL→CHL -"}},
		{"another country's refusal in a speech", "BOL",
			"Chile failed to respond to Peru's proposal.",
			[]string{"BOL→CHL -"}},
		{"another country's friendly act in a speech", "BOL",
			"Chile has extended condolences to Peru.",
			nil},
		{"the speaker's own act keeps its object", "BOL",
			"We have closed our border with Peru.",
			[]string{"BOL→PER -"}},
		{"a joint subject with the speaker keeps its object", "BOL",
			"Bolivia and Chile have closed their borders with Peru.",
			[]string{"BOL→PER -"}},
		// Contact of each party: only with a partner it reached.
		// The signature still colours the statement at half weight
		// (ruleStatement); only the reverse stance is gone.
		{"a signature that reached no country names no partner", "",
			"Peru signed two decrees on migration on Monday, moving ahead with plans for a fence along the border with Chile.",
			[]string{"PER→CHL +"}},
		{"a signed agreement with a partner is of each party", "",
			"Peru signed a fisheries agreement with Chile on Monday.",
			[]string{"CHL→PER +", "PER→CHL +"}},
	})
}

func TestPlaceOfSituation(t *testing.T) {
	a := newTestAnalyzer(t)
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
		ms := a.countries.Find(toks)
		if len(ms) != 1 {
			t.Fatalf("%q: mentions %v, want one", tt.text, ms)
		}
		if got := placeOfSituation(a.words, toks, ms[0], len(toks)-1); got != tt.want {
			t.Errorf("placeOfSituation(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestSubjectBefore(t *testing.T) {
	a := newTestAnalyzer(t)
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
		{"aid to the Chilean government arrived", ""},
		{"Chile and the ministry expelled", ""},
		{"Chile said that officials expelled", ""},
	}
	for _, tt := range tests {
		toks := segment.Tokenize(tt.text)
		m, ok := countrySubject(a.countries.Find(toks), toks, len(toks)-1)
		got := ""
		if ok {
			got = m.Code
		}
		if got != tt.want {
			t.Errorf("countrySubject(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
