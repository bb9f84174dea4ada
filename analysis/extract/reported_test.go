package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/stance-project/stance/analysis/annotate"
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

// TestSubjectNP: the subject's phrase before a cue stops at a finite
// verb: a form of "be", or an irregular past tense before the phrase's
// head or right before the cue ("officials saw | Kenya backing"), but not
// a past form after a hyphen or at the head ("the Kenyan left").
func TestSubjectNP(t *testing.T) {
	a := newTestExtractor(t, false)
	tests := []struct {
		text, cue, want string
	}{
		{"Tanzanian officials saw Kenya backing the plan", "backing", "Kenya"},
		{"Since then I am hoping for calm", "hoping", ""},
		{"The U.K.-led mission was backing the plan", "backing", "The U.K.-led mission"},
		{"Officials of the Kenyan left were backing the plan", "backing", "Officials of the Kenyan left"},
		{"The Kenyan envoy told reporters", "told", "The Kenyan envoy"},
	}
	for _, tt := range tests {
		toks := segment.Tokenize(tt.text)
		cue := slices.IndexFunc(toks, func(tok segment.Token) bool { return tok.Text == tt.cue })
		end := annotate.SkipAdverbials(toks, cue)
		var words []string
		for _, tok := range a.subjectNP(toks, end, false, cue) {
			words = append(words, tok.Text)
		}
		if got := strings.Join(words, " "); got != tt.want {
			t.Errorf("subjectNP(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
