package extract

import (
	"slices"

	"github.com/stance-project/stance/analysis/annotate"
	"github.com/stance-project/stance/analysis/corpus"
)

// Country mentions come from package annotate; extraction reads them under
// short names.
type mention = annotate.Mention

// How a country is named.
const (
	byName      = annotate.ByName
	byAdjective = annotate.ByAdjective
	byCapital   = annotate.ByCapital
	byLeader    = annotate.ByLeader
	byPlace     = annotate.ByPlace
)

// parties returns the countries toks names that may be a party of a
// statement (its speaker, the one addressed, a partner of a joint
// subject, the one who reacts): the mentions less places. A city or a
// region ("Kharkiv") names its country only as what an act befalls.
func (a *Extractor) parties(toks []token, d corpus.Date) []mention {
	return slices.DeleteFunc(a.lex.Mentions(toks, d), func(m mention) bool { return m.Kind == byPlace })
}
