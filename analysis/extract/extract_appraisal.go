package extract

import (
	"slices"
	"strings"

	"github.com/stance-project/stance/analysis/annotate"
	"github.com/stance-project/stance/analysis/record"
	"github.com/stance-project/stance/lexicons"
)

// appraisalPass reads an appositive after a country's act that tells how
// another country judged it: "A banned B's wine, a move B described as
// unfair", "…, a claim Berlin rejected". It is a statement of the country
// that judges (the subject of the appositive's cue), about the country
// that acted.
type appraisalPass struct{}

func (appraisalPass) rules() []Rule { return []Rule{RuleAppraisal} }

func (appraisalPass) run(a *Extractor, pc *para) bool {
	for _, s := range pc.ss {
		for _, f := range a.appraisals(pc.st, pc.text, record.TextField, s.toks, pc.stmts) {
			// ", a verdict protested by X", ", a move X's minister called a
			// provocation": the appraisal takes the place of the passive
			// cue's reading of the same words, and of the reported
			// speech read inside them.
			same := func(g found) bool {
				if g.Stmt.SpeakerCountry != f.Stmt.SpeakerCountry || g.Stmt.Field != f.Stmt.Field {
					return false
				}
				return g.Rule == RulePassiveCue && g.Stmt.Start <= f.Stmt.Start && f.Stmt.End <= g.Stmt.End ||
					g.Rule == RuleSpeakerCueContent && f.Stmt.Start <= g.Stmt.Start && g.Stmt.End <= f.Stmt.End
			}
			pc.stmts = slices.DeleteFunc(pc.stmts, same)
			pc.st.pending = slices.DeleteFunc(pc.st.pending, same)
			pc.accept(f)
		}
	}
	return false
}

// appraisals finds in toks ", a N (that|which) X CUE …", N a noun for an
// act (words.tsv class appraised: move, decision, claim) and X a subject
// with a country of its own, right before a cue, when a statement of
// stmts names the country that acted before the comma. Its content runs
// from the cue to the end of the clause; the country that acted is its
// object.
func (a *Extractor) appraisals(st *docState, text string, field record.Field, toks []token, stmts []found) []found {
	var out []found
	for i := 2; i+3 < len(toks); i++ {
		if !a.appraisalAt(toks, i) {
			continue
		}
		actor := actorBefore(stmts, field, toks[0].Start, toks[i].Start)
		if actor == "" && statelessOpener(stmts, field, toks[0].Start, toks[i].Start) {
			continue // "X, Peru's former premier, accused Y …, a claim Y dismissed": X speaks for no state
		}
		if actor == "" {
			// "Peru moved two battalions north, a move …": the country
			// that opens the sentence is the one that acted, though its
			// act has no term of the lexicons.
			actor = a.openingCountry(st, toks[:i])
		}
		if actor == "" {
			continue
		}
		j := a.appraisedNoun(toks, i) + 1
		if j < len(toks) && (toks[j].Lower == "that" || toks[j].Lower == "which") {
			j++
		}
		if f, ok := a.appraisalFrom(st, text, field, toks, j, actor); ok {
			out = append(out, f) // ", a move that drew criticism from X"
			continue
		}
		if f, ok := a.appraisalBy(st, text, field, toks, i, j, actor); ok {
			out = append(out, f) // ", a verdict protested by X"
			continue
		}
		var c *annotate.Cue // the cue of the one who judges, within six words
		k := j
		for ; k < len(toks) && k < j+6 && toks[k].Word; k++ {
			if c = a.lex.CueAt(toks, k); c != nil {
				break
			}
		}
		if c == nil || k == j || slices.ContainsFunc(toks[j:k], func(t token) bool { return annotate.IsNegator(t.Lower) }) {
			continue // "a charge B has not denied": no judgement made
		}
		e := max(j+1, annotate.SkipAdverbials(toks, k)) // "a claim B has repeatedly rejected": B
		if f, ok := a.appraiser(st, text, field, toks[j:e], toks[k], c, actor, toks[k:a.clauseEnd(toks, k)]); ok {
			out = append(out, f)
		}
	}
	return out
}

// statelessOpener reports whether a statement of stmts in field, before
// offset comma, has a speaker of no country whose subject opens the
// sentence at offset from: what it says or does is no country's act.
func statelessOpener(stmts []found, field record.Field, from, comma int) bool {
	for k := range stmts {
		f := &stmts[k]
		if f.Stmt.Field == field && f.Stmt.SpeakerCountry == "" && f.Stmt.Start < comma && f.Stmt.End > from && len(f.Subj) > 0 && f.Subj[0].Start == from {
			return true
		}
	}
	return false
}

// openingCountry returns the country of the subject that opens toks (a
// name, adjective or capital at its first word, after "the"; not a
// possessive), or "".
func (a *Extractor) openingCountry(st *docState, toks []token) string {
	ms := a.openingMentions(st, toks)
	if len(ms) == 0 || toks[ms[0].End-1].Poss {
		return ""
	}
	return ms[0].Code
}

// appraiser is the appraisal statement of subj, who judges the act of
// actor with the cue word cue (c its cue, or nil), its content content.
// ok is false when subj has no country of its own, or the actor's, or
// the content is empty.
func (a *Extractor) appraiser(st *docState, text string, field record.Field, subj []token, cue token, c *annotate.Cue, actor string, content []token) (found, bool) {
	name, country, via, mem := a.resolve(st, subj, text)
	if country == "" || country == actor || len(country) != 3 {
		return found{}, false
	}
	f := found{Stmt: record.Statement{Speaker: name, SpeakerCountry: country, Kind: record.Indirect, Cue: cue.Lower, Field: field,
		SpeakerRule: via}, Rule: RuleAppraisal, CueTerm: c, Subj: subj, Objects: []string{actor}, Mem: mem}
	a.setContent(&f, text, content)
	return f, f.Stmt.End > f.Stmt.Start
}

// appraisalFrom reads ", a step that drew harsh rebukes from X" (a
// verb of receiving, words.tsv class receive, at toks[j], then "from" and
// a subject with a country of its own within six words): a statement of
// X about the country that acted, its content from the verb to "from".
func (a *Extractor) appraisalFrom(st *docState, text string, field record.Field, toks []token, j int, actor string) (found, bool) {
	if j >= len(toks) || !a.lex.Words.Is(toks[j].Lower, lexicons.WordReceive) {
		return found{}, false
	}
	for k := j + 1; k+1 < len(toks) && k <= j+6 && toks[k].Word; k++ {
		if toks[k].Lower != "from" {
			continue
		}
		subj := a.subjectAfter(toks, k+1)
		if len(subj) == 0 {
			return found{}, false
		}
		return a.appraiser(st, text, field, subj, toks[j], nil, actor, toks[j:k])
	}
	return found{}, false
}

// appraisalBy reads ", a verdict (swiftly) protested by X": a cue in a
// past form at toks[j], after at most one adverb, then "by" and a subject
// with a country of its own. It is X's statement about the country that
// acted, its content the act it names ("a verdict"); the comma is at
// toks[i].
func (a *Extractor) appraisalBy(st *docState, text string, field record.Field, toks []token, i, j int, actor string) (found, bool) {
	if j < len(toks) && strings.HasSuffix(toks[j].Lower, "ly") {
		j++
	}
	if j+2 >= len(toks) || toks[j+1].Lower != "by" || !a.lex.PastVerb(toks[j]) {
		return found{}, false
	}
	c := a.lex.CueAt(toks, j)
	if c == nil {
		return found{}, false
	}
	subj := a.subjectAfter(toks, j+2)
	if len(subj) == 0 {
		return found{}, false
	}
	n := a.appraisedNoun(toks, i)
	return a.appraiser(st, text, field, subj, toks[j], c, actor, toks[n-1:n+1])
}
