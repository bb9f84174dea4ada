package extract

import (
	"github.com/stance-project/stance/analysis/record"
	"github.com/stance-project/stance/lexicons"
)

// titlePairListPass reads a title that opens with two countries listed,
// "A, B" or "A and B", right before a noun of their relation: "A, B row
// deepens", "A and B ties sour", "A, B trade talks resume". The relation
// is of each country toward the other, as a pair compound ("A-B row")
// names it. It runs when nothing else read the title: a list that is the
// subject of a verb ("A, B sign deal") is a joint subject, read before.
type titlePairListPass struct{}

func (titlePairListPass) rules() []Rule { return []Rule{RulePairList} }

func (titlePairListPass) fallback() bool { return true }

func (titlePairListPass) run(a *Extractor, pt *titleRead) {
	for _, f := range a.pairList(pt.st, pt.title, record.TitleField, pt.toks) {
		pt.st.add(f)
	}
}

// pairList finds the shape of titlePairListPass in toks (text is the
// title): the two countries, joined by a comma or "and", no third after
// them, then a noun of words.tsv class quarrel, relation or talks within
// two lower-case words. The content runs from the first country to the
// end of the phrase (pairEnd).
func (a *Extractor) pairList(st *docState, text string, field record.Field, toks []token) []found {
	ms := a.lex.Parties(toks[:min(len(toks), 8)], st.doc.Date)
	if len(ms) < 2 || ms[0].Tok != 0 || ms[1].Tok != ms[0].End+1 || len(ms) > 2 && ms[2].Tok <= ms[1].End+1 {
		return nil
	}
	x, y := ms[0], ms[1]
	if sep := toks[x.End]; sep.Text != "," && sep.Lower != "and" || x.Code == y.Code || len(x.Code) != 3 || len(y.Code) != 3 || toks[y.End-1].Poss {
		return nil
	}
	for k := y.End; k < len(toks) && k <= y.End+1 && toks[k].Word && !toks[k].Cap; k++ {
		if a.lex.Words.Is(toks[k].Lower, lexicons.WordQuarrel, lexicons.WordRelation, lexicons.WordTalks) {
			p := pairRead{rule: RulePairList, speaker: text[toks[x.Tok].Start:toks[y.End-1].End], cue: toks[k].Text,
				via: "two countries listed before their relation: each of the other", x: x.Code, y: y.Code}
			return a.pairStatements(p, text, field, toks[:pairEnd(toks, k)])
		}
	}
	return nil
}
