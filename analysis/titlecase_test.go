package analysis

import (
	"testing"

	"github.com/stance-project/stance/analysis/corpus"
)

// TestTitleCase checks, on invented headlines, that a headline in title
// case ("Gabon Slams Cameroon Over …") gives the dyads its sentence-case
// form gives: cues, lexicon terms and function words are read in lower
// case (annotate.Recase), names as they stand.
func TestTitleCase(t *testing.T) {
	tests := []stanceCase{
		{"a hostile cue in a title-case title",
			corpus.Document{Title: "Gabon Slams Cameroon Over River Crossing Closure"},
			[]string{"GAB→CMR -"}},
		{"the same title in sentence case",
			corpus.Document{Title: "Gabon slams Cameroon over river crossing closure"},
			[]string{"GAB→CMR -"}},
		{"a joint subject that agrees, in title case",
			corpus.Document{Title: "Mali And Niger Agree To Reopen Border Posts"},
			[]string{"MLI→NER +", "NER→MLI +"}},
		{"a speaker's cue in title case as the text's first line",
			corpus.Document{Text: "Guyana Praises Suriname For Help With Flood Relief\n\nThe rains began in May."},
			[]string{"GUY→SUR +"}},
	}
	checkStanceCases(t, tests)
}
