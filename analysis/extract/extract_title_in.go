package extract

import (
	"github.com/stance-project/stance/analysis/annotate"
	"github.com/stance-project/stance/analysis/record"
	"github.com/stance-project/stance/lexicons"
)

// titleInPass reads a title with no verb whose countries are "in" a
// relation named by a noun: "A, B troops in border firefight", "A and B
// in talks on trade", "A in row with B over fishing". The relation (a
// lexicon term that attaches as a noun: talks, a row, a clash, a deal) is
// of each of the two countries toward the other.
type titleInPass struct{}

func (titleInPass) rules() []Rule { return []Rule{RuleTitleIn} }

func (titleInPass) fallback() bool { return true }

func (titleInPass) run(a *Extractor, pt *titleRead) {
	toks := a.afterLabels(pt.st, pt.toks)
	p, from, ok := a.titleIn(pt.st, pt.title, toks)
	if !ok {
		return
	}
	for _, f := range a.pairStatements(p, pt.title, record.TitleField, toks[from:pairEnd(toks, from)]) {
		pt.st.add(f)
	}
}

// titleIn finds the shape of titleInPass in toks: the subject before
// "in" names two countries and no verb, or one and the relation names the
// other after "with"; the relation's term follows "in" within three words.
// It returns the pair and the index of the term; text is the title.
func (a *Extractor) titleIn(st *docState, text string, toks []token) (pairRead, int, bool) {
	j := -1
	for k := 1; k < len(toks) && k <= 7; k++ {
		if toks[k].Lower == "in" || toks[k].Lower == "at" || toks[k].Lower == "on" {
			j = k
			break
		}
	}
	if j < 0 {
		return pairRead{}, 0, false
	}
	term := -1
	if lt, n := a.lex.TermAt(toks, j); n > 0 {
		if lt.Weight == 0 || lt.Attach != lexicons.AttachNoun {
			return pairRead{}, 0, false // a set phrase: "in a row"
		}
		term = j // a relation that opens with its preposition: "A, B at odds"
	}
	subj := a.lex.Parties(toks[:j], st.doc.Date)
	if len(subj) == 0 {
		return pairRead{}, 0, false
	}
	// The subject is its countries, joined by commas or "and", and at
	// most two lower-case nouns after the last ("A, B troops"): a verb or
	// a preposition makes the title a clause the other passes read.
	last := subj[len(subj)-1].End
	for k, t := range toks[:j] {
		switch {
		case !t.Word && t.Text != ",":
			return pairRead{}, 0, false
		case !t.Word || t.Cap || t.Lower == "and":
		case k == j-1 && k >= last && (annotate.IsBe(t.Lower) || annotate.IsCopula(t.Lower) || a.lex.Words.Is(t.Lower, lexicons.WordEmbroil)):
			// "A, B remain at odds", "A, B locked in dispute": a word
			// that links the subject to the relation.
		case k < last || k >= last+2 || a.looksVerb(t) || a.lex.PastVerb(t) || annotate.IsPreposition(t.Lower):
			return pairRead{}, 0, false
		default:
			if _, n := a.lex.TermAt(toks, k); n > 0 {
				return pairRead{}, 0, false // "A, B swap prisoners in deal": a term of the subject's own, a clause
			}
		}
	}
	for k := j + 1; term < 0 && k < len(toks) && k <= j+3 && toks[k].Word && !toks[k].Cap; k++ {
		if lt, n := a.lex.TermAt(toks, k); n > 0 {
			if lt.Attach == lexicons.AttachNoun && lt.Weight != 0 {
				term = k
			}
			break
		}
	}
	if term < 0 {
		return pairRead{}, 0, false
	}
	var x, y, nameY string
	switch {
	case len(subj) == 2:
		x, y = subj[0].Code, subj[1].Code
	case len(subj) == 1:
		x = subj[0].Code
		for k := term + 1; k+1 < len(toks) && k <= term+2; k++ {
			if toks[k].Lower != "with" {
				continue
			}
			if ms := a.lex.Parties(toks[k+1:min(len(toks), k+5)], st.doc.Date); len(ms) > 0 && ms[0].Tok <= 1 {
				y = ms[0].Code
				nameY = text[toks[k+1+ms[0].Tok].Start:toks[k+ms[0].End].End]
			}
			break
		}
	}
	if x == "" || y == "" || x == y || len(x) != 3 || len(y) != 3 {
		return pairRead{}, 0, false
	}
	return pairRead{rule: RuleTitleIn, speaker: text[toks[0].Start:toks[j-1].End], speakerY: nameY, cue: toks[term].Text, via: "a title's countries in a relation: each of the other", x: x, y: y}, term, true
}
