package extract

import (
	"slices"
	"strings"

	"github.com/stance-project/stance/analysis/annotate"
	"github.com/stance-project/stance/analysis/record"
	"github.com/stance-project/stance/lexicons"
)

// statedPass reads a stance that a noun names after its possessor: "his
// recent call to ban imports", "Ruiz's support for the treaty", "their
// criticism of the plan", "the mayor's claim that …". The possessor
// speaks; what follows the noun's preposition (or its "to" or "that")
// to the end of the clause is what it said or holds. A span another
// statement holds already is left to it.
type statedPass struct{}

func (statedPass) rules() []Rule { return []Rule{RuleStated} }

func (statedPass) run(a *Extractor, pc *para) bool {
	pc.acceptEach(a.stated)
	return false
}

// stated finds in toks a possessor (a possessive pronoun, or a name or
// description in 's), at most one word, a noun of words.tsv class stated
// and then "for", "to", "of", "on" or "that".
func (a *Extractor) stated(st *docState, text string, field record.Field, toks []token, stmts []found) []found {
	var out []found
	for i := 1; i+2 < len(toks); i++ {
		if !toks[i].Word || toks[i].Cap || !a.lex.Words.Is(toks[i].Lower, lexicons.WordStated) {
			continue
		}
		at := i + 1
		if e := annotate.TimePhraseEnd(toks, at); e > at && e+1 < len(toks) && toks[e].Lower != "on" {
			at = e // "B's fresh call in May 2019 for a border survey": the time, then the link
		}
		link := toks[at].Lower
		if link != "for" && link != "to" && link != "of" && link != "on" && link != "that" {
			continue
		}
		p := i - 1
		if p > 0 && pluralApostrophe(toks, p) {
			p-- // "the Philippines' demand": the apostrophe is a token of its own
		}
		if !possessor(toks[p]) && p > 0 && toks[p].Word && !toks[p].Cap && (possessor(toks[p-1]) || pluralApostrophe(toks, p-1)) {
			p-- // one word between: "his recent call"
			if pluralApostrophe(toks, p) {
				p--
			}
		}
		if !possessor(toks[p]) {
			continue
		}
		subj := []token{toks[p]}
		if pr, ok := subjectPronoun[toks[p].Lower]; ok {
			// "her call": read as "she" would be, the last one who spoke.
			subj[0].Lower = pr
		}
		if toks[p].Poss {
			subj = a.possessorNP(toks, p)
			// The name without its 's: "Senator Ana Ruiz's" is Ana Ruiz.
			dropPossessive(text, &subj[len(subj)-1])
		}
		from := at + 1
		if link == "to" {
			from = at // "to ban imports": the infinitive is what is said
		}
		end := a.clauseEnd(toks, from)
		first := from + 1
		if link == "that" {
			// "their claims that the port was closed are false": the
			// that-clause's own verb comes first; the noun phrase's
			// clause goes on after it.
			for k := from + 1; k < end; k++ {
				if t := toks[k]; t.Word && !t.Cap && (finiteAuxiliaries[t.Lower] || a.looksVerb(t) || a.lex.PastVerb(t)) {
					first = k + 1
					break
				}
			}
		}
		for k := first; k < end; k++ {
			if link == "that" && toks[k].Text == "," {
				end = k // "questioned on her claim that the bridge was unsafe, added …": an aside ends
				break
			}
			if finiteAuxiliaries[toks[k].Lower] || a.lex.Words.Is(toks[k].Lower, lexicons.WordProvoke) && a.lex.PastVerb(toks[k]) {
				end = k // "their criticism of the treaty has grown", "…'s support for the rebels angered X": the noun phrase's own clause goes on
				break
			}
		}
		if end-from < 1 {
			continue
		}
		answered := a.answeredBy(stmts, toks, p)
		if answered == nil && covered(stmts, toks[from].Start, toks[end-1].End) {
			continue
		}
		name, country, via, mem := a.resolve(st, subj, text)
		f := found{Stmt: record.Statement{Speaker: name, SpeakerCountry: country, Kind: record.Indirect, Cue: toks[i].Lower, Field: field,
			SpeakerRule: via}, Rule: RuleStated, CueTerm: a.lex.NounCue(toks[i].Lower), Subj: subj, Mem: mem}
		if answered != nil {
			if country == "" || country == answered.Stmt.SpeakerCountry {
				continue
			}
			// "A rejected B's demand for …": B's demand was made of A.
			f.Objects = []string{answered.Stmt.SpeakerCountry}
		}
		a.setContent(&f, text, toks[from:end])
		if f.Stmt.End > f.Stmt.Start {
			out = append(out, f)
		}
	}
	return out
}

// answeredBy returns the statement of stmts whose cue rejects or answers
// (words.tsv classes reject, answer) the possessor at toks[p], its object
// ("A rejected B's demand", "A dismissed B's claims"), or nil.
func (a *Extractor) answeredBy(stmts []found, toks []token, p int) *found {
	for k := range stmts {
		s := &stmts[k]
		if s.CueTerm == nil || len(s.CueTerm.Words) != 1 || s.Stmt.SpeakerCountry == "" || len(s.Toks) == 0 {
			continue
		}
		w := s.CueTerm.Words[0]
		if !a.lex.Words.Is(w, lexicons.WordReject) && !a.lex.Words.Is(w, lexicons.WordAnswer) {
			continue
		}
		// The possessor opens the content, after at most "the".
		start := s.Toks[0].Start
		if s.Toks[0].Lower == "the" && len(s.Toks) > 1 {
			start = s.Toks[1].Start
		}
		for j := p; j >= 0 && j >= p-3; j-- {
			if toks[j].Start == start {
				return s
			}
		}
	}
	return nil
}

// dropPossessive takes the 's off the possessor's last word t, its
// offsets from the text as written (a token's text may spell "’s" as
// "'s").
func dropPossessive(text string, t *token) {
	if raw, name := text[t.Start:t.End], trimPossessive(text[t.Start:t.End]); name != raw {
		t.End = t.Start + len(name)
		w := trimPossessive(t.Text)
		t.Text, t.Lower, t.Poss = w, strings.ToLower(w), false
	}
}

// pluralApostrophe reports whether toks[p] is the apostrophe of a plural
// possessive ("the Philippines'", "Buenos Aires’"), a token of its own
// after the word in s it ends.
func pluralApostrophe(toks []token, p int) bool {
	return p > 0 && !toks[p].Word && (toks[p].Text == "'" || toks[p].Text == "’") && toks[p-1].Poss && toks[p-1].End == toks[p].Start
}

// subjectPronoun is the subject pronoun of each possessive one.
var subjectPronoun = map[string]string{"his": "he", "her": "she", "its": "it", "their": "they"}

// possessor reports whether t owns the noun after it: a possessive
// pronoun, or a word in 's.
func possessor(t token) bool {
	_, pronoun := subjectPronoun[t.Lower]
	return pronoun || t.Poss
}

// possessorNP returns the name or description that ends in the word in
// 's at toks[p] ("Trump's", "the mayor's", "George Ruiz's").
func (a *Extractor) possessorNP(toks []token, p int) []token {
	k := p
	for k > 0 && toks[k-1].Word && !toks[k-1].Poss && (toks[k-1].Cap || toks[k].Cap && toks[k-1].Lower == "the") && k > p-4 {
		k--
	}
	if k > 0 && toks[k-1].Lower == "the" {
		k--
	}
	return slices.Clone(toks[k : p+1]) // the caller trims its 's
}

// covered reports whether a statement of stmts holds at least half of the
// span [start, end).
func covered(stmts []found, start, end int) bool {
	for k := range stmts {
		s := &stmts[k]
		if o := min(end, s.Stmt.End) - max(start, s.Stmt.Start); o > 0 && 2*o >= end-start {
			return true
		}
	}
	return false
}
