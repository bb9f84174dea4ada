package extract

import (
	"github.com/stance-project/stance/analysis/record"
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
	return i > 0 && annotate.IsBe(toks[i-1].Lower) || i > 1 && annotate.IsBe(toks[i-2].Lower) && strings.HasSuffix(toks[i-1].Lower, "ly")
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
	if !c.Evaluative || i+n >= len(toks) || toks[i+n].Lower != "by" {
		return found{}, 0, false
	}
	agent := a.subjectAfter(toks, i+n+1)
	if len(agent) == 0 {
		return found{}, 0, false
	}
	var k int
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
	text := st.doc.Text
	name, country, via, mem := a.resolve(st, agent, text)
	f := found{Stmt: record.Statement{Speaker: name, SpeakerCountry: country, Kind: record.Indirect, Cue: strings.Join(c.Words, " "), Field: record.TextField,
		SpeakerRule: via}, Rule: RulePassiveCue, CueTerm: c, Subj: agent, Mem: mem}
	a.setContent(&f, text, toks[k:])
	if f.Stmt.End > f.Stmt.Start {
		return f, len(toks), true
	}
	return found{}, 0, false
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
		if !t.Word || a.lex.CueAt(toks, j) != nil && !t.Poss {
			return k
		}
		if !t.Poss {
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
