package analysis

import (
	"testing"

	"github.com/stance-project/stance/analysis/corpus"
)

// TestTitleCase checks, on invented headlines, that a headline in title
// case ("Gabon Slams Cameroon Over …") gives the dyads its sentence-case
// form gives: cues, lexicon terms and function words are read in lower
// case (annotate.Recase), names as they stand. And that an adjective of
// attitude after "be" ("is critical of") is a cue of its subject, and one
// of thanks with no copula ("X grateful for …") too.
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
			[]string{"GUY→SUR +", "SUR→GUY +"}},
		{"an adjective of attitude after be, toward a country",
			corpus.Document{Text: "Gabon is critical of Cameroon's decision to close the river crossing."},
			[]string{"GAB→CMR -"}},
		{"a supportive adjective of attitude",
			corpus.Document{Text: "Mali remains supportive of Niger's bid to host the summit."},
			[]string{"MLI→NER +"}},
		// An adjective of thanks with no copula, as titles write it,
		// takes the country after it as "thankful" does.
		{"thanks in a title with no copula",
			corpus.Document{Title: "Kenya grateful for Ugandan help after floods"},
			[]string{"KEN→UGA +"}},
		{"thanks to a country in a title",
			corpus.Document{Title: "Kenya grateful to Uganda for flood relief"},
			[]string{"KEN→UGA +"}},
		// A title's "to" of the future stands where "will" does: a
		// pattern of a joint act reads the subject before it.
		{"a joint act's pattern after a title's future",
			corpus.Document{Title: "Kenya to reopen border with Uganda after long closure"},
			[]string{"KEN→UGA +", "UGA→KEN +"}},
		{"the same act with will",
			corpus.Document{Title: "Kenya will reopen border with Uganda after long closure"},
			[]string{"KEN→UGA +", "UGA→KEN +"}},
	}
	checkStanceCases(t, tests)
}
