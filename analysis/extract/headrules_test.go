package extract

import (
	"slices"
	"testing"

	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/analysis/segment"
)

func TestCountryPair(t *testing.T) {
	a := newTestExtractor(t, false)
	tests := []struct {
		word   string
		x, y   string
		wantOK bool
	}{
		{"Spain-Morocco", "ESP", "MAR", true},
		{"Turkish-Greek", "TUR", "GRC", true},
		{"pro-Russian", "", "", false},
		{"France-France", "", "", false},
		{"Al-Sisi", "", "", false},
		{"US-China-Japan", "", "", false},
	}
	for _, tt := range tests {
		x, y, ok := a.countryPair(token{Text: tt.word, Lower: tt.word, Word: true})
		if x != tt.x || y != tt.y || ok != tt.wantOK {
			t.Errorf("countryPair(%q) = %q, %q, %v; want %q, %q, %v", tt.word, x, y, ok, tt.x, tt.y, tt.wantOK)
		}
	}
}

func TestJointCountriesRoles(t *testing.T) {
	a := newTestExtractor(t, false)
	tests := []struct {
		subj string
		want []string
	}{
		{"Bolivian minister of defence, Paraguayan secretary of state", []string{"BOL", "PRY"}},
		{"Peruvian minister of trade and Chilean president", []string{"PER", "CHL"}},
		{"Peruvian minister and the plan of Chile", nil},
	}
	for _, tt := range tests {
		if got := a.jointCountries(segment.Tokenize(tt.subj), corpus.Date{}); !slices.Equal(got, tt.want) {
			t.Errorf("jointCountries(%q) = %v, want %v", tt.subj, got, tt.want)
		}
	}
}

func TestPairEnd(t *testing.T) {
	tests := []struct {
		title, want string
	}{
		{"Chile-Peru ties improve", "Chile-Peru ties improve"},
		{"Chile-Peru war — Lima launches fresh rockets", "Chile-Peru war"},
		{"Chile-Peru row deepens; Bolivia urges calm", "Chile-Peru row deepens"},
		{"Chile-Peru tensions rise as Bolivia mulls sanctions", "Chile-Peru tensions rise"},
		{"Chile-Peru talks resume as planned", "Chile-Peru talks resume as planned"},
	}
	for _, tt := range tests {
		toks := segment.Tokenize(tt.title)
		end := pairEnd(toks, 0)
		got := tt.title[toks[0].Start:toks[end-1].End]
		if got != tt.want {
			t.Errorf("pairEnd(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}
