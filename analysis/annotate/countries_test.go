package annotate

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stance-project/stance/analysis/segment"
	"github.com/stance-project/stance/lexicons"
)

// TestFindPlaces: a city or region is found where no country is named, as
// a place of its country; a one-word place read as a person's name, a
// place inside a country's name and a blocked phrase give none.
func TestFindPlaces(t *testing.T) {
	set := &lexicons.Set{
		Countries: []lexicons.Country{{Code: "UKR", Names: []string{"Ukraine"}}, {Code: "NZL", Names: []string{"New Zealand"}}},
		Places:    []lexicons.Place{{Code: "UKR", Names: []string{"Kharkiv", "Crimea"}}, {Code: "DNK", Names: []string{"Zealand"}}, {Code: "NER", Names: []string{"Delta"}}},
		Blocked:   []string{"Niger Delta"},
	}
	c := NewCountries(set)
	for _, tt := range []struct{ text, want string }{
		{"missiles struck Kharkiv and Crimea overnight", "UKR:place:2-3 UKR:place:4-5"},
		{"Kharkiv Petrenko said nothing", ""},                 // a person's name
		{"talks with New Zealand resumed", ""},                // inside a country's name
		{"oil spilled in the Niger Delta", ""},                // a blocked phrase
		{"Ukraine said Kharkiv was shelled", "UKR:place:2-3"}, // beside a country
	} {
		toks := segment.Tokenize(tt.text)
		var got []string
		for _, m := range c.FindPlaces(toks, c.Find(toks)) {
			got = append(got, fmt.Sprintf("%s:%s:%d-%d", m.Code, m.Kind, m.Tok, m.End))
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, g, tt.want)
		}
	}
	// Find itself never gives a place: a place is no speaker.
	if ms := c.Find(segment.Tokenize("Kharkiv officials said")); len(ms) != 0 {
		t.Errorf("Find gave places: %v", ms)
	}
}

// TestInstrumentNamedAfterCapital: a capital before the noun of an
// instrument named after the city it was made in ("the Lima Accord", "the
// Quito peace agreement") names a place, no mention of its country; the
// capital elsewhere is one.
func TestInstrumentNamedAfterCapital(t *testing.T) {
	set := &lexicons.Set{Countries: []lexicons.Country{{Code: "PER", Names: []string{"Peru"}, Capitals: []string{"Lima"}}, {Code: "ECU", Names: []string{"Ecuador"}, Capitals: []string{"Quito"}}}}
	c := NewCountries(set)
	for _, tt := range []struct{ text, want string }{
		{"Chile signed the Lima Accord on fishing", ""},
		{"the Quito peace agreement held", ""},
		{"the Lima Final Act was adopted", ""},
		{"Lima rejected the offer", "PER:capital:0-1"},
		{"talks in Quito ended", "ECU:capital:2-3"},
	} {
		var got []string
		for _, m := range c.Find(segment.Tokenize(tt.text)) {
			got = append(got, fmt.Sprintf("%s:%s:%d-%d", m.Code, m.Kind, m.Tok, m.End))
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, g, tt.want)
		}
	}
}

// TestHyphenTail: the part after the hyphen of a compound whose first
// part names a country is the second country when it names another of one
// word; a lowercase tail, a tail of no country, the same country twice and
// a compound of three parts give none.
func TestHyphenTail(t *testing.T) {
	set := &lexicons.Set{Countries: []lexicons.Country{
		{Code: "PER", Names: []string{"Peru"}, Adjectives: []string{"Peruvian"}, Capitals: []string{"Lima"}},
		{Code: "ECU", Names: []string{"Ecuador"}, Capitals: []string{"Quito"}},
		{Code: "CHL", Names: []string{"Chile"}},
	}}
	c := NewCountries(set)
	for _, tt := range []struct{ word, want string }{
		{"Lima-Quito", "ECU"},
		{"Peru-Ecuador", "ECU"},
		{"Peruvian-Chile", "CHL"},
		{"Peru-backed", ""},
		{"Peru-Peru", ""},
		{"Peru-Atlantis", ""},
		{"Peru-Ecuador-Chile", ""},
		{"Lima", ""},
	} {
		toks := segment.Tokenize(tt.word)
		if len(toks) != 1 {
			t.Fatalf("%q: %d tokens", tt.word, len(toks))
		}
		if got := c.HyphenTail(toks[0]); got != tt.want {
			t.Errorf("HyphenTail(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

// TestHyphenHead: a name of several words whose last word heads a hyphen
// compound is found ("South Korea-US"), its tail read by TailOf; a token
// that is a name of its own ("Guinea-Bissau") is no compound.
func TestHyphenHead(t *testing.T) {
	set := &lexicons.Set{Countries: []lexicons.Country{
		{Code: "KOR", Names: []string{"South Korea"}},
		{Code: "USA", Names: []string{"US"}},
		{Code: "GIN", Names: []string{"Republic of Guinea", "Guinea"}},
		{Code: "GNB", Names: []string{"Guinea-Bissau", "Republic of Guinea-Bissau"}, Capitals: []string{"Bissau"}},
	}}
	c := NewCountries(set)
	for _, tt := range []struct{ text, want, tail string }{
		{"South Korea-US drills", "KOR:0-2", "USA"},
		{"the Republic of Guinea-Bissau said", "GNB:1-4", ""},
		{"South Korea said", "KOR:0-2", ""},
	} {
		toks := segment.Tokenize(tt.text)
		var got []string
		var tail string
		for _, m := range c.Find(toks) {
			got = append(got, fmt.Sprintf("%s:%d-%d", m.Code, m.Tok, m.End))
			tail = c.TailOf(toks[m.End-1])
		}
		if g := strings.Join(got, " "); g != tt.want || tail != tt.tail {
			t.Errorf("%q: got %q tail %q, want %q tail %q", tt.text, g, tail, tt.want, tt.tail)
		}
	}
}
