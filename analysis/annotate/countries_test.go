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
