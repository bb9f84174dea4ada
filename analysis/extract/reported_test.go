package extract

import (
	"testing"

	"github.com/stance-project/stance/analysis/segment"
)

func TestCueNegated(t *testing.T) {
	tests := []struct {
		text string
		cue  string // the cue word
		want bool
	}{
		{"Chile did not say that", "say", true},
		{"Chile has never accused Peru", "accused", true},
		{"Chile doesn't believe it", "believe", true},
		{"Chile has not yet decided", "decided", true},
		{"Chile cannot accept it", "accept", true},
		{"Chile said that", "said", false},
		{"Not only Chile said that", "said", false}, // a name between
		{"No, Chile said", "said", false},
		{"Chile has strongly denied it", "denied", false},
	}
	for _, tt := range tests {
		toks := segment.Tokenize(tt.text)
		i := -1
		for k, tok := range toks {
			if tok.Lower == tt.cue {
				i = k
			}
		}
		if i < 0 {
			t.Fatalf("%q has no %q", tt.text, tt.cue)
		}
		if got := cueNegated(toks, i, 0); got != tt.want {
			t.Errorf("cueNegated(%q at %q) = %v, want %v", tt.text, tt.cue, got, tt.want)
		}
	}
}

func TestTitleCaseLine(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Mayor Says Harbour Will Reopen Next Spring.", true},
		{"Ines Duarte: The Harbour Will Reopen Next Spring.", true},
		{"The mayor said the harbour would reopen.", false},
		{"Harbour Reopens.", false}, // too short to tell
		{"NATO and the EU Meet in Oslo on Trade Talks.", true},
	}
	for _, tt := range tests {
		if got := titleCaseLine(segment.Tokenize(tt.text)); got != tt.want {
			t.Errorf("titleCaseLine(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestValidSubject(t *testing.T) {
	a := newTestExtractor(t, false)
	tests := []struct {
		np   string
		want bool
	}{
		{"Ana Ruiz", true},
		{"the Peruvian envoy", true},
		{"she", true},
		{"Citing last week's Lima", false}, // a participle clause
		{"Quoting the harbour report", false},
		{"Jennings", true},
		{"the days", false}, // a noun of time
	}
	for _, tt := range tests {
		if got := a.validSubject(segment.Tokenize(tt.np)); got != tt.want {
			t.Errorf("validSubject(%q) = %v, want %v", tt.np, got, tt.want)
		}
	}
}
