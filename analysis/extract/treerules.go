package extract

import (
	"slices"
	"strings"

	"github.com/stance-project/stance/analysis/annotate"
	"github.com/stance-project/stance/analysis/record"
	"github.com/stance-project/stance/analysis/syntax"
)

// Rules read from the dependency tree. They run where the rules of word
// order found nothing (the title passes' fallback, extract_registry.go:
// word order first, then the tree), and only on sentences parsed
// (Input.Parser).

// treeAct reads a country's act from a parsed title: the first verb with
// a subject that names countries ("Kenyan president, Ugandan
// counterpart sign accord", "Officials of Peru and Chile hold talks"), with a
// lexicon term in what the verb governs. The subject's countries act, each
// about the others and about the countries the predicate names; with a
// passive and its agent ("… condemned by X"), the agent acts on the
// subject.
func (a *Extractor) treeAct(st *docState, text string, field record.Field, toks []token, tree *syntax.Sentence) []found {
	if tree == nil || len(tree.Words) == 0 || len(tree.Words) > 64 {
		return nil
	}
	ws := tree.Words
	kids := make([][]int, len(ws))
	for i, w := range ws {
		if w.Head >= 0 && w.Head < len(ws) {
			kids[w.Head] = append(kids[w.Head], i)
		}
	}
	ms := a.lex.Mentions(toks, st.doc.Date)
	if len(ms) == 0 {
		return nil
	}
	// countriesUnder returns the countries named in the noun phrase of
	// word w: itself and its nominal dependents, not its conjuncts (each is
	// its own party) nor the clauses attached to it.
	// pair is set when a noun phrase walked names a pair of countries
	// ("A-B tensions"): a relation, no party (titlePairPass reads it).
	pair := false
	// nonMemberCase reports whether the noun w is governed by a
	// preposition that makes it no member of the phrase it modifies: a
	// place ("in", "at", "near Kampala") or what an act reaches ("on",
	// "against"); "of" and "from" name members ("leaders of A and B",
	// "officials from A").
	nonMemberCase := func(w int) bool {
		for _, c := range kids[w] {
			if ws[c].Rel != syntax.Case {
				continue
			}
			switch ws[c].Lemma {
			case "of", "from", "'s", "’s", "'", "’":
			default:
				return true
			}
		}
		return false
	}
	// named reports whether word w is in a mention.
	named := func(w int) bool {
		t := ws[w].Token
		return t >= 0 && slices.ContainsFunc(ms, func(m mention) bool { return t >= m.Tok && t < m.End })
	}
	countriesUnder := func(w int) []string {
		var out []string
		var walk func(int)
		walk = func(k int) {
			if t := ws[k].Token; t >= 0 {
				if t < len(toks) && strings.Contains(toks[t].Text, "-") {
					if _, _, ok := a.countryPair(toks[t]); ok {
						pair = true
					} else if _, _, _, ok := a.longHeadPair(toks, t); ok {
						pair = true // "South Korea-US"
					}
				}
				for _, m := range ms {
					if t >= m.Tok && t < m.End && !slices.Contains(out, m.Code) {
						out = append(out, m.Code)
					}
				}
			}
			// A noun a named party owns ("Ruto's Kampala trip") is the
			// owner's: a country in a compound before it is its place or
			// topic, no party.
			owned := slices.ContainsFunc(kids[k], func(c int) bool { return ws[c].Rel == syntax.NmodPoss && named(c) })
			for _, c := range kids[k] {
				if owned && ws[c].Rel == syntax.Compound {
					continue
				}
				// A conjunct of a modifier modifies too: "Jordanian and
				// Iraqi ministers". A place is no party: "the Peruvian
				// president in Santiago".
				if r := ws[c].Rel.Base(); (nominalRels[r] || r == syntax.Conj && ws[k].Rel.Base() == syntax.Amod && k != w) && !(r == syntax.Nmod && nonMemberCase(c)) {
					walk(c)
				}
			}
		}
		walk(w)
		return out
	}
	for v, w := range ws {
		if w.UPOS != syntax.VERB {
			continue
		}
		if t := ws[v].Token; t >= 0 && t < len(toks) && a.lex.ChargedPassive(toks, t) {
			continue // "Peru accused of abuses by Chile": a passive without "be"
		}
		if t := ws[v].Token; t >= 0 && t < len(toks) && a.receivedOwned(toks, t) >= 0 {
			continue // "Peru receives Chile's support": the giver acts, as after "from" (passiveAgent)
		}
		if t := ws[v].Token; t >= 0 && t+1 < len(toks) && toks[t+1].Text == ":" {
			// "Peru quake: …", "Border strikes: …": a noun read as a
			// verb right before a colon heads a topic label; it governs
			// nothing after the colon.
			continue
		}
		subj, passive, agent := -1, false, -1
		var listed []int // "Japan, South Korea hold …": a title's list parsed as subjects of their own
		for _, c := range kids[v] {
			switch ws[c].Rel {
			case syntax.Nsubj:
				if subj >= 0 && ws[subj].Rel == syntax.Nsubj {
					listed = append(listed, subj)
				}
				subj = c
			case syntax.NsubjPass:
				subj, passive = c, true
			case syntax.OblAgent, syntax.Obl:
				for _, cc := range kids[c] {
					if ws[cc].Rel == syntax.Case && ws[cc].Lemma == "by" {
						agent = c
					}
				}
			}
		}
		if subj < 0 || invertedQuestion(toks) && slices.ContainsFunc(kids[v], func(c int) bool { return ws[c].Rel == syntax.Aux && ws[c].Token == 0 }) {
			continue // "Can Peru win back …?": a question asserts nothing
		}
		// The subject and its conjuncts: the parties.
		parties := append([]int{subj}, listed...)
		for k := 0; k < len(parties); k++ {
			for _, c := range kids[parties[k]] {
				if r := ws[c].Rel.Base(); r == syntax.Conj || r == syntax.Appos {
					parties = append(parties, c)
				}
			}
		}
		var speakers []string
		pair = false
		for _, p := range parties {
			for _, c := range countriesUnder(p) {
				if !slices.Contains(speakers, c) {
					speakers = append(speakers, c)
				}
			}
		}
		if pair {
			continue
		}
		if t := ws[v].Token; field == record.TitleField && agent < 0 && t > 0 && t < len(toks) && a.titlePassive(toks, t) {
			continue // "X trawler seized off Y coast": a title's passive without "was"
		}
		if ws[v].XPOS == syntax.XVBN && agent < 0 && !slices.ContainsFunc(kids[v], func(c int) bool { r := ws[c].Rel.Base(); return r == syntax.Aux || r == syntax.Cop }) {
			continue // "X opposition leader arrested in Y": a participle with no agent, of what befalls the subject
		}
		var targets []string
		if (passive || ws[v].XPOS == syntax.XVBN) && agent >= 0 {
			// "X condemned by Y": Y acts on X.
			targets, speakers = speakers, countriesUnder(agent)
		}
		if len(speakers) == 0 {
			continue
		}
		// What the verb governs: from the verb to the end of its subtree.
		start, end := ws[v].Token, ws[v].Token
		var span func(int)
		span = func(k int) {
			if t := ws[k].Token; t >= 0 && t > end {
				end = t
			}
			for _, c := range kids[k] {
				if c != subj && !(agent >= 0 && c == agent && len(targets) > 0) {
					span(c)
				}
			}
		}
		span(v)
		if start < 0 || end >= len(toks) {
			continue
		}
		cue := toks[start].Lower
		// "X won't join sanctions on Y", "X has never recognised Y": the
		// verb's negation and the auxiliaries before it are part of
		// what it says.
		if from := negatedFrom(ws, kids[v], subj, start, toks); from < start {
			start = from
		}
		pred := toks[start : end+1]
		if !a.holdsEvent(toks, start, end+1) {
			continue
		}
		others := func(code string) []string {
			var out []string
			for _, c := range append(slices.Clone(speakers), targets...) {
				if c != code && !slices.Contains(out, c) {
					out = append(out, c)
				}
			}
			return out
		}
		// The speaker as written: the subject's noun phrase and its
		// conjuncts.
		lo, hi := len(toks), -1
		var extent func(int)
		extent = func(k int) {
			if t := ws[k].Token; t >= 0 && t < len(toks) {
				lo, hi = min(lo, t), max(hi, t)
			}
			for _, c := range kids[k] {
				if r := ws[c].Rel.Base(); nominalRels[r] || r == syntax.Conj || r == syntax.Appos || r == syntax.Cc || r == syntax.Punct && c > subj {
					extent(c)
				}
			}
		}
		speakerAt := subj
		if len(targets) > 0 {
			speakerAt = agent
		}
		extent(speakerAt)
		if hi < lo {
			continue
		}
		// "Peruvian navy, on patrol since dawn,": a phrase set off by a
		// comma after a single party's head is no part of its name.
		if len(parties) == 1 && len(targets) == 0 {
			if h := ws[speakerAt].Token; h >= lo && h <= hi {
				for k := h + 1; k <= hi; k++ {
					if toks[k].Text == "," {
						hi = k - 1
						break
					}
				}
			}
		}
		for hi > lo && !toks[hi].Word && toks[hi].Text != ")" {
			hi--
		}
		name := text[toks[lo].Start:toks[hi].End]
		var out []found
		for _, code := range speakers {
			f := found{Stmt: record.Statement{Speaker: name, SpeakerCountry: code, Kind: record.Indirect, Cue: cue, Field: field,
				SpeakerRule: "the subject of the verb in the tree"}, Rule: RuleTreeAct, Act: true, Partners: others(code)}
			if len(speakers) == 1 && len(targets) == 0 {
				f.Partners = nil
				f.Subj = toks[lo : hi+1] // (score: a business or a party out of power is no state)
			}
			a.setContent(&f, text, pred)
			if f.Stmt.End > f.Stmt.Start {
				out = append(out, f)
			}
		}
		return out
	}
	return nil
}

// negatedFrom returns the first token of the auxiliaries and adverbs that
// stand between the subject and the verb whose dependents are deps, when
// one of them is a negator ("won't", "did not", "never"); the verb's own
// token, at, otherwise.
func negatedFrom(ws []syntax.Word, deps []int, subj, at int, toks []token) int {
	from, negated := at, false
	for _, c := range deps {
		t := ws[c].Token
		if c == subj || t < 0 || t >= at || t < ws[subj].Token {
			continue
		}
		if r := ws[c].Rel.Base(); r != syntax.Aux && r != syntax.Advmod {
			continue
		}
		from = min(from, t)
		if annotate.IsNegator(toks[t].Lower) || ws[c].Lemma == "not" || ws[c].Lemma == "never" {
			negated = true
		}
	}
	if !negated {
		return at
	}
	return from
}

// nominalRels are the relations inside a noun phrase: the countries under
// them are the phrase's ("the Bolivian army's chief", "officials of
// Peru"), where a clause attached to it ("soldiers who crossed into X")
// names others.
var nominalRels = map[syntax.Rel]bool{syntax.Amod: true, syntax.Compound: true, syntax.Nmod: true, syntax.Flat: true, syntax.Case: true, syntax.Det: true}
