package extract

import (
	"strings"

	"github.com/stance-project/stance/analysis/annotate"
	"github.com/stance-project/stance/analysis/record"
)

// infinitiveShape reads a cue after "to": an infinitive ("to express", "to
// say") is no statement, unless an evaluative verb follows "were quick
// to", "moved to", "vowed to" ..., or a verb of saying follows a verb that
// tells it was said ("went on to say", "was quick to point out",
// "continued to insist"): then the subject of that verb is the speaker.
// After the object of a causative participle (words.tsv class causative:
// "prompting X to warn", "forced the minister to admit") that object is the
// speaker (RuleCausedSpeaker).
type infinitiveShape struct{}

func (infinitiveShape) rules() []Rule { return []Rule{RuleEvaluativeVerb, RuleCausedSpeaker} }

func (infinitiveShape) claims(a *Extractor, s *cueSite) bool {
	toks, i := s.toks, s.i
	return s.c != nil && i > 0 && (toks[i-1].Lower == "to" || toks[i-1].Lower == "not" && i > 1 && toks[i-2].Lower == "to")
}

func (infinitiveShape) read(a *Extractor, s *cueSite) (found, int, bool) {
	toks, i, from, c, st := s.toks, s.i, s.from, s.c, s.st
	if i < 3 || i-2 <= from {
		return found{}, 0, false
	}
	h := i - 2
	if toks[h].Lower == "on" && h-1 > from && annotate.GoesOn(toks[h-1].Lower) {
		h-- // "went on to say"
	}
	var subj []token
	rule := RuleEvaluativeVerb
	switch {
	case c.Evaluative && annotate.InfinitiveHead(toks[h].Lower) || !c.Think && annotate.SayHead(toks[h].Lower):
		subj = a.subjectBefore(toks[from:], h-from)
	case !c.Think:
		// "…, prompting Uganda's envoy to protest …", "forced the
		// minister to admit …": the object of a verb that causes the
		// saying speaks.
		subj, rule = a.causedSpeaker(toks, from, i-1), RuleCausedSpeaker
	}
	if len(subj) == 0 {
		return found{}, 0, false
	}
	text := st.doc.Text
	name, country, via, mem := a.resolve(st, subj, text)
	start := i + s.n
	if start < len(toks) && toks[start].Lower == "that" {
		start++ // "went on to stress that ..."
	}
	end := a.clauseEnd(toks, start)
	f := found{Stmt: record.Statement{Speaker: name, SpeakerCountry: country, Kind: record.Indirect, Cue: strings.Join(c.Words, " "), Field: record.TextField,
		SpeakerRule: via}, Rule: rule, CueTerm: c, Subj: subj, Mem: mem}
	a.setContent(&f, text, toks[start:end])
	return f, end, f.Stmt.End > f.Stmt.Start
}

// causedSpeaker returns the object of a causative participle before the
// "to" at toks[to] ("prompting Uganda's envoy | to protest", "forced the
// minister | to admit"; causativeTo), or nil.
func (a *Extractor) causedSpeaker(toks []token, from, to int) []token {
	for p := to - 2; p > from && p >= to-8; p-- {
		if a.causativeTo(toks, p) == to {
			return toks[p+1 : to]
		}
	}
	return nil
}
