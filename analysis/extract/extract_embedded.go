package extract

import (
	"github.com/stance-project/stance/analysis/annotate"
	"github.com/stance-project/stance/analysis/record"
	"github.com/stance-project/stance/lexicons"
	"slices"
	"strings"
)

// embeddedNominalPass reads a stance stated as a noun phrase inside what a
// statement or an act says ("A condemned B's raids on C": B's raids on C;
// "B's embargo on C is unlawful, A said") as a statement of the country
// that owns the noun: the possessor of a term is its agent. The nominal
// rule reads such a phrase only in a sentence that holds no statement.
type embeddedNominalPass struct{}

func (embeddedNominalPass) rules() []Rule { return []Rule{RuleEmbeddedNominal, RuleEmbeddedPair} }

func (embeddedNominalPass) run(a *Extractor, pc *para) bool {
	for _, g := range a.embeddedNominals(pc.st, pc.text, record.TextField, pc.stmts) {
		pc.accept(g)
	}
	return false
}

// titleEmbeddedPass is embeddedNominalPass over a title's statements.
type titleEmbeddedPass struct{}

func (titleEmbeddedPass) rules() []Rule { return []Rule{RuleEmbeddedNominal, RuleEmbeddedPair} }

func (titleEmbeddedPass) fallback() bool { return false }

func (titleEmbeddedPass) run(a *Extractor, pt *titleRead) {
	for _, g := range a.embeddedNominals(pt.st, pt.title, record.TitleField, pt.st.found[pt.from:]) {
		pt.st.add(g)
	}
}

// embeddedNominals returns the noun-phrase stances inside the content of
// stmts (of field, read in text) whose owner is not the statement's
// speaker country. What a statement does not assert gives none: a negated
// or denying cue, a question. A stance its owner already states over the
// same span is not given twice. A first-person speech gives none: its
// statements are the delegation's own.
func (a *Extractor) embeddedNominals(st *docState, text string, field record.Field, stmts []found) []found {
	if st.doc.SpeakerCountry != "" {
		return nil
	}
	var out []found
	for _, f := range stmts {
		if f.Stmt.Field != field || f.Negated || f.Question || f.Silent || len(f.Toks) < 2 ||
			f.Rule == RuleNominal || f.Rule == RuleEmbeddedNominal || f.Rule == RulePairCompound || f.Rule == RuleEmbeddedPair || a.lex.Words.CueIs(f.CueTerm, lexicons.WordDeny) {
			continue
		}
		for _, g := range a.embeddedPair(st, text, field, f) {
			if !sameAct(stmts, g) && !sameAct(out, g) {
				out = append(out, g)
			}
		}
		if len(f.Toks) < 3 {
			continue
		}
		ms := a.lex.Mentions(f.Toks, st.doc.Date)
		if len(ms) == 0 || len(ms) == 1 && f.Stmt.SpeakerCountry == "" {
			continue // an owner and a target (the speaker's "its" may be one)
		}
		in := mentionMask(ms, len(f.Toks))
		for i := range f.Toks {
			if ev, ok := a.agentNominalAt(text, field, f.Toks, ms, in, i, f.Stmt.SpeakerCountry); ok {
				if ev.Stmt.SpeakerCountry != f.Stmt.SpeakerCountry && !a.hearsayBefore(f.Toks, i) && !sameAct(stmts, ev) && !sameAct(out, ev) {
					ev.Rule = RuleEmbeddedNominal
					ev.Act = true
					out = append(out, ev)
				}
				continue
			}
			if a.lex.DetainedPassive(f.Toks, i) {
				// "demanded the release of A officers arrested in B": B's act.
				demander := ""
				if a.lex.Words.CueIs(f.CueTerm, lexicons.WordDemand) {
					demander = f.Stmt.SpeakerCountry
				}
				if ev, ok := a.detention(st, text, field, f.Toks, i, demander); ok && ev.Stmt.SpeakerCountry != f.Stmt.SpeakerCountry && !sameAct(stmts, ev) && !sameAct(out, ev) {
					out = append(out, ev)
				}
				continue
			}
			ev, owner, ok := a.nominalAt(text, field, f.Toks, ms, in, i)
			if ok && owner.Tok == 0 && a.lex.Words.CueIs(f.CueTerm, lexicons.WordDemand) {
				continue // "Peru seeks Chile's support": support sought, none given
			}
			if !ok || ev.Stmt.SpeakerCountry == f.Stmt.SpeakerCountry || !agentOwner(f.Toks, owner, i) || !a.targetByPreposition(f.Toks, ms, i) && !infinitiveObject(f.Toks, ms, i) ||
				a.hearsayBefore(f.Toks, i) || sameAct(stmts, ev) || sameAct(out, ev) {
				continue
			}
			a.ownerCut(st, text, &ev)
			ev.Rule = RuleEmbeddedNominal
			ev.Act = true // the term opens the content: its owner's act
			out = append(out, ev)
		}
	}
	return out
}

// embeddedPair reads a pair compound inside the content of f whose two
// countries are not f's speaker country ("A condemns the B-C maritime
// deal", "A hosts B-C talks"): the relation of each of the two with the
// other, as pairCompound reads it in a title of its own. The stance of f
// toward the two is f's own.
func (a *Extractor) embeddedPair(st *docState, text string, field record.Field, f found) []found {
	c, ok := a.findPairCompound(f.Toks)
	if !ok || c.x == f.Stmt.SpeakerCountry || c.y == f.Stmt.SpeakerCountry || c.from != c.at {
		return nil
	}
	// The content is the compound's noun phrase: what follows is the
	// speaker's ("slams the A-B drills as a rehearsal for war").
	return a.pairStatements(c.read(RuleEmbeddedPair, text, f.Toks), text, field, f.Toks[c.at:c.termEnd])
}

// agentNominalAt reads a term at toks[i] that a determiner makes a noun
// and whose agent follows "by": "the killing of Bn traders by An
// soldiers", "the shelling of B's villages by A". The agent, a country
// within two words after "by", owns the term; the country between "of"
// and "by" is its target, or, for "its", the country speaker whose
// statement holds the phrase ("B opened an inquiry into the downing of
// its jet by A"). The content runs from the term to "by".
func (a *Extractor) agentNominalAt(text string, field record.Field, toks []token, ms []mention, in []bool, i int, speaker string) (found, bool) {
	if in[i] || i == 0 || !annotate.IsDeterminer(toks[i-1].Lower) {
		return found{}, false
	}
	lt, n := a.lex.TermAt(toks, i)
	if n > 1 && toks[i+n-1].Lower == "of" {
		n-- // a term that ends in "of" ("downing of")
	}
	if n == 0 || lt.Attach == lexicons.AttachPredicate || lt.Attach == lexicons.AttachAny || i+n >= len(toks) || toks[i+n].Lower != "of" {
		return found{}, false
	}
	by := -1
	for k := i + n + 1; k < len(toks) && k <= i+n+8; k++ {
		if !toks[k].Word || a.looksVerb(toks[k]) && !in[k] {
			break
		}
		if toks[k].Lower == "by" {
			by = k
			break
		}
	}
	if by < 0 || by-1 > i+n && a.lex.Participle(toks[by-1]) {
		// "the release of its nationals held by A": the agent of the
		// participle, no owner of the term.
		return found{}, false
	}
	var agent, target *mention
	for k := range ms {
		m := &ms[k]
		switch {
		case m.Tok > i+n && m.End <= by:
			target = m
		case agent == nil && m.Tok > by && m.Tok <= by+2 && (m.Tok == by+1 || annotate.IsDeterminer(toks[by+1].Lower)):
			agent = m
		}
	}
	var objects []string
	if target == nil && speaker != "" && agent != nil && agent.Code != speaker && slices.ContainsFunc(toks[i+n+1:by], func(t token) bool { return t.Lower == "its" }) {
		objects = []string{speaker} // "the downing of its jet by A"
	} else if agent == nil || target == nil || agent.Code == target.Code {
		return found{}, false
	}
	subj := toks[agent.Tok:agent.End]
	name := strings.TrimSuffix(strings.TrimSuffix(text[subj[0].Start:subj[len(subj)-1].End], "'s"), "’s")
	f := found{Stmt: record.Statement{Speaker: name, SpeakerCountry: agent.Code, Kind: record.Indirect, Cue: toks[i].Lower, Field: field,
		SpeakerRule: "the country that owns the term"}, Rule: RuleNominal, Objects: objects}
	a.setContent(&f, text, toks[i:by])
	return f, f.Stmt.End > f.Stmt.Start
}

// ownerCut ends the content of ev after the first possessive country in
// it other than at its start: what follows is that country's own phrase
// ("A's criticism of B's recognition of C" is A's toward B, and B's
// recognition its own nominal).
func (a *Extractor) ownerCut(st *docState, text string, ev *found) {
	for _, m := range a.lex.Mentions(ev.Toks, st.doc.Date) {
		if m.Tok > 0 && ev.Toks[m.End-1].Poss && m.End < len(ev.Toks) {
			a.setContent(ev, text, ev.Toks[:m.End])
			return
		}
	}
}

// hearsayBefore reports whether a word that names what someone said
// (words.tsv class report: "reports of", "claims of") stands in the four
// words before the term at toks[i] and its owner: the phrase is what is
// reported, not asserted ("dismissed reports of A's meddling in B").
func (a *Extractor) hearsayBefore(toks []token, i int) bool {
	for k := max(0, i-4); k < i; k++ {
		if a.lex.Words.Is(toks[k].Lower, lexicons.WordReport) {
			return true
		}
	}
	return false
}

// agentOwner reports whether owner, the country that owns the term at
// toks[i] (nominalOwner), is named as its agent: a possessive ("B's
// raids"), a demonym ("Bn raids") or an abbreviation ("US sanctions"),
// with no verb between ("A's decision was condemned"). A name as a noun
// modifier is more often the place or topic of the noun ("the B war",
// "B talks").
func agentOwner(toks []token, owner *mention, i int) bool {
	for _, t := range toks[owner.End:i] {
		if annotate.IsBe(t.Lower) || annotate.IsAuxiliary(t.Lower) {
			return false // "A's decision was condemned": a verb
		}
	}
	return toks[owner.End-1].Poss || owner.Kind == byAdjective || abbreviation(toks[owner.Tok:owner.End])
}

// targetByPreposition reports whether the term at toks[i] takes its
// target through a preposition: within four words after it, a
// preposition, then a country within three words ("raids on B", "aid to
// the people of B"). A country only near the term ("the A war during B's
// term") is no target of it.
func (a *Extractor) targetByPreposition(toks []token, ms []mention, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		if !annotate.IsPreposition(toks[k].Lower) {
			continue
		}
		if noTargetPrepositions[toks[k].Lower] {
			return false
		}
		for _, m := range ms {
			if m.Tok > k && m.Tok <= k+3 {
				// A name that qualifies a noun after it names no target
				// ("raid on the B aid convoy"); a demonym or an
				// abbreviation does ("tariffs on Bn wine", "on US goods").
				return m.Kind == byAdjective || abbreviation(toks[m.Tok:m.End]) || !a.qualifiesNoun(toks, m)
			}
		}
		return false
	}
	return false
}

// infinitiveObject reports whether the term at toks[i] is an infinitive
// after its owner's noun ("A's decision to expel B's envoy", "A's move to
// sanction B") whose object, within three words, names a country.
func infinitiveObject(toks []token, ms []mention, i int) bool {
	if i < 2 || toks[i-1].Lower != "to" || !toks[i-2].Word || toks[i-2].Cap {
		return false
	}
	for _, m := range ms {
		if m.Tok > i && m.Tok <= i+3 {
			return !slices.ContainsFunc(toks[i+1:m.Tok], func(t token) bool { return !t.Word || annotate.IsPreposition(t.Lower) })
		}
	}
	return false
}

// noTargetPrepositions open a phrase of time ("during", "after") or the
// agent of a passive ("by"), not a target.
var noTargetPrepositions = map[string]bool{"during": true, "after": true, "before": true, "since": true, "until": true, "amid": true, "by": true}

// abbreviation reports whether a country's name is one abbreviation
// ("US", "UK", "UAE").
func abbreviation(name []token) bool {
	return len(name) == 1 && len(name[0].Text) <= 4 && strings.ToUpper(name[0].Text) == name[0].Text
}

// qualifiesNoun reports whether the country m, named without a
// possessive, qualifies a noun right after it ("the B aid convoy"): a
// lowercase word that ends no noun phrase (npBreak) and is no
// conjunction, auxiliary, verb in -ed or noun for the country's own land
// (words.tsv class land: "the B region").
func (a *Extractor) qualifiesNoun(toks []token, m mention) bool {
	if m.End >= len(toks) || toks[m.End-1].Poss {
		return false
	}
	t := toks[m.End]
	return t.Word && !t.Cap && !a.lex.Words.Is(t.Lower, lexicons.WordLand) && !npBreak[t.Lower] && !annotate.IsPreposition(t.Lower) &&
		!annotate.IsAuxiliary(t.Lower) && !annotate.IsSubordinator(t.Lower) && !annotate.IsTimeWord(t.Lower) && !strings.HasSuffix(t.Lower, "ed") &&
		t.Lower != "and" && t.Lower != "or" && t.Lower != "nor"
}
