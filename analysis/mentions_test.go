package analysis

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/lexicons"
)

func TestMentions(t *testing.T) {
	t.Parallel()
	a := newTestActorsAnalyzer(t)
	on := corpus.Date{Year: 2016, Month: time.March, Day: 4, Precision: corpus.Day}
	tests := []struct {
		text string
		date corpus.Date
		want string // code:text of each mention, in order
	}{
		{"Peru thanked Chile for the bridge.", on, "PER:Peru CHL:Chile"},
		// Adjectives, capitals and possessives ("'s" left out).
		{"The Chilean envoy flew to Lima after Peru’s vote.", on, "CHL:Chilean PER:Lima PER:Peru"},
		{"Iran's offer", on, "IRN:Iran"},
		// Several words; a blocked phrase names no country.
		{"The United States and Latin America", on, "USA:United States"},
		// People of the actor lexicon, on the dates of their terms.
		{"Ilse Varga praised Norway.", on, "HUN:Ilse Varga NOR:Norway"},
		{"Tomas Reyes spoke of Bolivia.", corpus.Date{Year: 2008, Precision: corpus.Year}, "BOL:Bolivia"},
		// A one-word name after another first name is someone else's; a
		// title, a possessive or a common opening word leaves it the
		// actor's.
		{"Karin Novak wrote to Peru.", on, "PER:Peru"},
		{"Mr Novak wrote to Peru.", on, "CZE:Novak PER:Peru"},
		{"Minister of Trade Novak wrote.", on, "CZE:Novak"},
		{"Since Novak wrote, Peru has waited.", on, "CZE:Novak PER:Peru"},
		// A title of another country introduces someone else.
		{"Hungarian special envoy Novak wrote.", on, "HUN:Hungarian"},
		{"Hungary's envoy Novak wrote.", on, "HUN:Hungary"},
		{"Hungarian officials welcomed envoy Novak.", on, "HUN:Hungarian CZE:Novak"},
		// An ambiguous term read as a name.
		{"Jordan Peterson spoke.", on, ""},
		{"", on, ""},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range a.Mentions(tt.text, tt.date) {
			got = append(got, m.Code+":"+tt.text[m.Start:m.End])
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("Mentions(%q, %v) = %q, want %q", tt.text, tt.date, g, tt.want)
		}
	}
}

func ExampleAnalyzer_Mentions() {
	set, _ := lexicons.Load(lexicons.Default(), nil)
	a, _ := New(Options{Lexicons: set})
	text := "Oslo welcomed the Kenyan proposal and Brazil's reply."
	for _, m := range a.Mentions(text, corpus.Date{}) {
		fmt.Printf("%s %d-%d %q\n", m.Code, m.Start, m.End, text[m.Start:m.End])
	}
	// Output:
	// NOR 0-4 "Oslo"
	// KEN 18-24 "Kenyan"
	// BRA 38-44 "Brazil"
}

// TestEndedStates: a state that had ceased to exist by a text's year
// (countries.tsv, fifth column) is history in it, no party; in a text of
// its own time, or of no date, it is a party.
func TestEndedStates(t *testing.T) {
	a := newTestAnalyzer(t)
	const text = "Kenya said the Soviet Union had spread falsehoods about the raid."
	tests := []struct {
		name string
		date corpus.Date
		want []string
	}{
		{"in its time", corpus.Date{Year: 1985, Precision: corpus.Year}, []string{"KEN→SUN -"}},
		{"the year it ended", corpus.Date{Year: 1991, Precision: corpus.Year}, []string{"KEN→SUN -"}},
		{"after it ended", corpus.Date{Year: 2014, Month: 3, Day: 1, Precision: corpus.Day}, nil},
		{"no date", corpus.Date{}, []string{"KEN→SUN -"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkDyads(t, a, corpus.Document{ID: "d", Date: tt.date, Text: text}, tt.want)
		})
	}
}
