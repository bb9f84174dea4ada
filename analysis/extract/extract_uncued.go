package extract

import (
	"github.com/stance-project/stance/analysis/record"
	"strconv"
)

// uncuedQuotePass attributes the quotes with no cue of their own: to the
// speaker of "Cruz continued:" ending the previous paragraph when the quote
// opens the paragraph, else to the speaker of the nearest statement before
// it in the paragraph, else, when the quote opens the paragraph, to the
// document's last statement ("Lavrov said X. “Quote.”").
type uncuedQuotePass struct{}

func (uncuedQuotePass) rules() []Rule {
	return []Rule{RuleIntroCue, RuleIntroColon, RuleQuoteContinuing}
}

func (uncuedQuotePass) run(a *Extractor, pc *para) bool {
	st, text := pc.st, pc.text
	for k := range pc.quotes {
		q := &pc.quotes[k]
		if q.used || q.Words < 4 {
			continue
		}
		if pc.intro != nil && q.Open-pc.p.Start < 3 {
			f := *pc.intro
			a.setContent(&f, text, st.tokens(text, span{Start: q.Start, End: q.End}))
			if f.Stmt.End > f.Stmt.Start {
				q.used = true
				pc.accept(f)
			}
			continue
		}
		var near *found
		for j := range pc.stmts {
			if pc.stmts[j].Stmt.Start < q.Open && (near == nil || pc.stmts[j].Stmt.Start > near.Stmt.Start) && pc.stmts[j].Stmt.Kind != record.Headline {
				near = &pc.stmts[j]
			}
		}
		if near == nil && st.LastSp != nil && q.Open-pc.p.Start < 3 && st.LastSp.Stmt.Kind != record.Headline {
			near = st.LastSp
		}
		if near == nil {
			continue
		}
		f := found{Stmt: record.Statement{Speaker: near.Stmt.Speaker, SpeakerCountry: near.Stmt.SpeakerCountry, Kind: record.Direct, Field: record.TextField,
			SpeakerRule: "same speaker as the statement at " + strconv.Itoa(near.Stmt.Start)}, Rule: RuleQuoteContinuing}
		a.setContent(&f, text, st.tokens(text, span{Start: q.Start, End: q.End}))
		if f.Stmt.End > f.Stmt.Start {
			pc.accept(f)
		}
	}
	return false
}
