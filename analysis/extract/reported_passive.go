package extract

import (
	"github.com/stance-project/stance/analysis/record"
	"github.com/stance-project/stance/lexicons"
	"strings"

	"github.com/stance-project/stance/analysis/annotate"
)

// passiveCueShape reads a cue after a form of "be". A passive ("Moreno was
// asked", "as the plan is known") names the listener or the thing, not
// the speaker: no statement, but for an evaluative cue with its agent
// ("X has been praised by Y"): the agent after "by" speaks about the
// subject.
type passiveCueShape struct{}

func (passiveCueShape) rules() []Rule { return []Rule{RulePassiveCue} }

func (passiveCueShape) claims(a *Extractor, s *cueSite) bool {
	toks, i := s.toks, s.i
	if s.c != nil && !s.c.Verb || a.progressive(s) {
		return false // "is critical of": an adjective, no passive
	}
	return passiveAt(toks, i) || a.reducedPassiveCue(s)
}

// reducedPassiveCue reports whether the evaluative cue of s is a past
// participle after the noun it describes, with its agent after "by" ("a
// practice criticized by unions", "the strike, condemned by Peru, ..."):
// a passive without "be", whose agent speaks.
func (a *Extractor) reducedPassiveCue(s *cueSite) bool {
	toks, i, n := s.toks, s.i, s.n
	if s.c == nil || !s.c.Evaluative || i == 0 || i+n+1 >= len(toks) || toks[i+n].Lower != "by" || !a.lex.PastVerb(toks[i]) {
		return false
	}
	if next := toks[i+n+1]; !next.Word || strings.HasSuffix(next.Lower, "ing") && !next.Cap {
		return false // "responded by settling": a gerund, no agent
	}
	k := i - 1
	for k > 0 && strings.HasSuffix(toks[k].Lower, "ly") && toks[k].Word && !toks[k].Cap {
		k-- // "has been sharply criticised by": the passive with "be"
	}
	prev := toks[k]
	return prev.Text == "," || prev.Word && !annotate.IsAuxiliary(prev.Lower) && !annotate.IsBe(prev.Lower) && !pronouns[prev.Lower]
}

// progressive reports whether the cue of s is an -ing form after "be"
// that opens a clause of what is said ("was warning that", "is claiming
// that"), is a cue of several words ("is calling for talks", "was
// calling on Peru to") or has an object that names no country ("was
// criticizing the governor"): the active voice, which word order reads.
// With a country in the rest of the sentence instead ("is backing Peru")
// it is left to the act pass, and an -ing form with nothing after it is
// an adjective ("the tone was threatening").
func (a *Extractor) progressive(s *cueSite) bool {
	toks, i, n := s.toks, s.i, s.n
	if s.c == nil || !strings.HasSuffix(toks[i].Lower, "ing") || i+n >= len(toks) || !toks[i+n].Word {
		return false
	}
	return toks[i+n].Lower == "that" || n > 1 || s.st.doc.SpeakerCountry == "" && toks[i+n].Lower != "by" && len(a.lex.Countries.Find(toks[i+n:])) == 0
}

func (passiveCueShape) read(a *Extractor, s *cueSite) (found, int, bool) {
	toks, i, from, c, n, st := s.toks, s.i, s.from, s.c, s.n, s.st
	if !c.Evaluative && !a.lex.Words.CueIs(c, lexicons.WordDirective) || i+n >= len(toks) || toks[i+n].Lower != "by" {
		return found{}, 0, false
	}
	agent := a.subjectAfter(toks, i+n+1)
	if len(agent) == 0 {
		return found{}, 0, false
	}
	agent = a.agentList(toks, agent)
	if !c.Evaluative && !infinitiveAfter(toks, indexOf(toks, agent[len(agent)-1])+1) {
		// "X was told by Y" speaks of no act asked for; "X was told by
		// Y in May to free …" asks X to act, as "urged" does.
		return found{}, 0, false
	}
	var k int
	if a.reducedPassiveCue(s) {
		// "the Kenyan seizure of the cargo, condemned by X, ...": the
		// noun phrase before the participle, up to the agent's end.
		e := i
		if toks[e-1].Text == "," {
			e--
		}
		patient := a.subjectNP(toks, e, true, -1)
		if len(patient) == 0 || indexOf(toks, patient[0]) < from {
			return found{}, 0, false
		}
		k = a.ownerBefore(toks, indexOf(toks, patient[0]), st)
		end := indexOf(toks, agent[len(agent)-1]) + 1
		f, ok := a.passiveFound(st, c, agent, toks[k:end])
		return f, end, ok
	}
	if patient := a.subjectBefore(toks[from:], i-from); len(patient) > 0 {
		k = a.ownerBefore(toks, indexOf(toks, patient[0]), st)
	} else {
		// No subject phrase ("Kenya's seizure of the cargo was
		// condemned by X" ends in a common noun): only a country's act
		// before the verb is spoken of.
		be := i - 1
		for be > from && !annotate.IsBe(toks[be].Lower) {
			be--
		}
		if k = a.ownerBefore(toks, be, st); k == be {
			return found{}, 0, false
		}
	}
	end := len(toks)
	if be := passiveBe(toks, i); be > from+1 && (toks[be-1].Lower == "who" || toks[be-1].Lower == "which") && toks[be-2].Text == "," {
		// "X's envoy, who was praised by Y, later opened a clinic with
		// Z's support": the passive is a relative clause; the main
		// clause, its verb back after the comma, is no part of what Y
		// speaks of.
		end = a.relativeEnd(toks, indexOf(toks, agent[len(agent)-1])+1, end)
	}
	f, ok := a.passiveFound(st, c, agent, toks[k:end])
	return f, end, ok
}

// agentList extends a passive's agent, when it is a country, over the
// countries listed after it ("criticised by A and B", "by A, B and C"):
// the agent is each of them (addJoint makes a statement of each).
func (a *Extractor) agentList(toks []token, agent []token) []token {
	first := indexOf(toks, agent[0])
	end := indexOf(toks, agent[len(agent)-1]) + 1
	if ms := a.lex.Countries.Find(agent); len(ms) != 1 || ms[0].Tok != 0 || ms[0].End != len(agent) {
		return agent // a person or a body: their own name
	}
	for end+1 < len(toks) && (toks[end].Text == "," || toks[end].Lower == "and") {
		j := end + 1
		if toks[end].Text == "," && toks[j].Lower == "and" {
			j++
		}
		if j >= len(toks) || !toks[j].Cap {
			break
		}
		ms := a.lex.Countries.Find(toks[j:min(len(toks), j+4)])
		if len(ms) == 0 || ms[0].Tok != 0 {
			break
		}
		end = j + ms[0].End
	}
	return toks[first:end]
}

// infinitiveAfter reports whether "to" and a lower-case word follow
// toks[k], past a time of up to four words ("in March 2019").
func infinitiveAfter(toks []token, k int) bool {
	for j := k; j < len(toks) && j <= k+4; j++ {
		if toks[j].Lower == "to" {
			return j+1 < len(toks) && toks[j+1].Word && !toks[j+1].Cap
		}
		if !annotate.TimeWordAt(toks, j) {
			return false
		}
	}
	return false
}

// passiveFound is the statement of a passive's agent about content.
func (a *Extractor) passiveFound(st *docState, c *annotate.Cue, agent, content []token) (found, bool) {
	text := st.doc.Text
	name, country, via, mem := a.resolve(st, agent, text)
	f := found{Stmt: record.Statement{Speaker: name, SpeakerCountry: country, Kind: record.Indirect, Cue: strings.Join(c.Words, " "), Field: record.TextField,
		SpeakerRule: via}, Rule: RulePassiveCue, CueTerm: c, Subj: agent, Mem: mem}
	a.setContent(&f, text, content)
	return f, f.Stmt.End > f.Stmt.Start
}

// ownerBefore returns where the subject of a passive starts when the noun
// phrase before the cue (toks[k:]) completes a country's act: "Ghana's
// decision to expel the envoy was criticised by X", "Kenya's seizure of
// the cargo in May was condemned by X". The possessor is the agent of the
// act, and what the passive's agent speaks of. It returns k when no
// country owns a noun within the words before k, with no punctuation mark
// or cue between.
func (a *Extractor) ownerBefore(toks []token, k int, st *docState) int {
	for j := k - 1; j >= 0 && j >= k-16; j-- {
		t := toks[j]
		if !t.Word || a.lex.CueAt(toks, j) != nil && !t.Poss && !(j > 0 && toks[j-1].Poss) {
			return k // a cue, unless a possessive owns it as a noun ("Uganda's support for …")
		}
		if t.Lower == "by" && j >= 2 && j+1 < k && toks[j-1].Word && !toks[j-1].Cap {
			// "the decision by X to expel the envoy was condemned by
			// Y": the agent after the noun, which its determiner opens.
			if ms := a.lex.Mentions(toks[j+1:k], st.doc.Date); len(ms) > 0 && ms[0].Tok == 0 && annotate.IsDeterminer(toks[j-2].Lower) {
				return j - 2
			}
		}
		if !t.Poss {
			if a.adjectiveAt(toks, j) && j+1 < k && toks[j+1].Word && !toks[j+1].Cap {
				// "the Israeli strike on the depot was condemned by X":
				// a country's adjective before the act.
				if j > 0 && annotate.IsDeterminer(toks[j-1].Lower) {
					return j - 1
				}
				return j
			}
			continue
		}
		lo := max(0, j-3)
		for _, m := range a.lex.Mentions(toks[lo:j+1], st.doc.Date) {
			if lo+m.End == j+1 {
				return lo + m.Tok
			}
		}
		return k
	}
	return k
}
