package analysis

import (
	"strings"

	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/analysis/segment"
)

// Mention is a country named in a text: its code and the byte range
// [Start, End) of the words that name it. A possessive's "'s" is not part
// of the range ("Iran" in "Iran's").
type Mention struct {
	Code       string
	Start, End int
}

// Mentions returns the countries text names, in order and without
// overlaps, as scoring finds the targets of a statement: by name,
// adjective, capital or institution ("Iran", "Iranian", "Tehran", "the
// Kremlin"), through the people of the actor lexicon who speak for a
// country on date d ("Putin"), and by its cities and regions
// (places-phoenix.tsv: "Kharkiv"). Blocked phrases ("Latin America") and
// ambiguous terms read as a person's name ("Jordan Peterson") give none.
// Unlike the targets of a stance, it keeps the speaker's own country and
// places ("in Iran"): the caller picks the codes it wants.
func (a *Analyzer) Mentions(text string, d corpus.Date) []Mention {
	toks := segment.Tokenize(text)
	ms := a.lex.Mentions(toks, d)
	if len(ms) == 0 {
		return nil
	}
	out := make([]Mention, len(ms))
	for i, m := range ms {
		last := toks[m.End-1]
		end := last.End
		if last.Poss {
			for _, s := range []string{"'s", "’s", "'S", "’S"} {
				if strings.HasSuffix(text[last.Start:end], s) && end-len(s) > last.Start {
					end -= len(s)
					break
				}
			}
		}
		out[i] = Mention{Code: m.Code, Start: toks[m.Tok].Start, End: end}
	}
	return out
}
