package extract

import (
	"slices"

	"github.com/stance-project/stance/analysis/record"
)

// quoteCuePass attributes the direct quotes of a paragraph (they may span
// sentences) to a speaker named next to a cue right after or right before
// them (quoteCue).
type quoteCuePass struct{}

func (quoteCuePass) rules() []Rule {
	return []Rule{RuleQuoteSpeakerCue, RuleQuoteCueSpeaker, RuleSpeakerCueQuote, RuleSpeakerVerbColonQuote}
}

func (quoteCuePass) run(a *Extractor, pc *para) bool {
	st := pc.st
	for k := range pc.quotes {
		q := &pc.quotes[k]
		if q.Words < 2 {
			continue
		}
		toks := st.ss2toks(pc.ss, q.Close, q.Open)
		st.sent, st.quoted = toks, pc.quotes // a pronoun's own sentence, not the last one read
		f, ok := a.quoteCue(st, toks, q, pc.quotes, pc.usedCue)
		if ok {
			q.used = true
			if f.Mem.Pronoun {
				if k := slices.IndexFunc(toks, func(t token) bool { return t.Start == f.Mem.At }); k >= 0 {
					pend := -1 // pc.accept keeps it pending only so (a speech's reported speech is not)
					if st.doc.SpeakerCountry == "" || f.Stmt.Kind == record.Direct {
						pend = len(st.pending)
					}
					pc.later = append(pc.later, laterQuote{len(pc.stmts), pend, toks[k], toks})
				}
			}
			pc.accept(f)
		}
	}
	st.quoted = nil
	return false
}

// pronounQuotePass resolves again the speaker of a quote that is a pronoun
// ("“...,” he said"), once the paragraph's reported speech is read: the
// statements before the quote are known then.
type pronounQuotePass struct{}

func (pronounQuotePass) rules() []Rule { return nil }

func (pronounQuotePass) run(a *Extractor, pc *para) bool {
	st := pc.st
	for _, l := range pc.later {
		st.sent, st.quoted = l.sent, pc.quotes
		f := &pc.stmts[l.k]
		name, country, via, mem := a.resolve(st, []token{l.pronoun}, pc.text)
		f.Stmt.Speaker, f.Stmt.SpeakerCountry, f.Stmt.SpeakerRule, f.Mem = name, country, via, mem
		if l.pend >= 0 {
			st.pending[l.pend] = *f
		}
	}
	st.quoted = nil
	return false
}
