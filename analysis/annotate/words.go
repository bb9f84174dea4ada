package annotate

import (
	"slices"
	"strings"

	"github.com/stance-project/stance/lexicons"
)

// WordClasses are the classes of words.tsv (lexicons.WordClass), by word:
// the rules ask a word's class, never compare the word to a list of their
// own. The zero value has no word. A value is read-only and cheap to copy.
type WordClasses struct {
	byWord map[string]lexicons.ClassSet
	sig    *classSig // the classes of the words of each signature
}

// NewWordClasses returns the classes of byWord. It keeps byWord: the
// caller must not change it afterwards.
func NewWordClasses(byWord map[string]lexicons.ClassSet) WordClasses {
	sig := new(classSig)
	for w, c := range byWord {
		h := signature(w)
		sig[h] = sig[h].Union(c)
	}
	return WordClasses{byWord: byWord, sig: sig}
}

// Of returns the classes of word (empty for none).
func (w WordClasses) Of(word string) lexicons.ClassSet {
	if w.sig == nil || w.sig[signature(word)].Empty() {
		return lexicons.ClassSet{}
	}
	return w.byWord[word]
}

// Is reports whether word has any of the classes cs.
func (w WordClasses) Is(word string, cs ...lexicons.WordClass) bool {
	if w.sig == nil {
		return false
	}
	if !w.sig[signature(word)].HasAny(cs) {
		return false
	}
	return w.byWord[word].HasAny(cs)
}

// In reports whether a word of toks has any of the classes cs ("for
// talks", "sent tanks").
func (w WordClasses) In(toks []token, cs ...lexicons.WordClass) bool {
	return slices.ContainsFunc(toks, func(t token) bool { return w.Is(t.Lower, cs...) })
}

// TwoParties reports whether np is a phrase that stands for the two
// parties of an encounter: "both", "the two", or "both" or "the two"
// before a noun of words.tsv class parties ("both sides", "the two
// leaders").
func (w WordClasses) TwoParties(np []token) bool {
	switch n := len(np); {
	case n == 1:
		return np[0].Lower == "both"
	case n == 2 && np[0].Lower == "the":
		return np[1].Lower == "two"
	case n == 2:
		return np[0].Lower == "both" && w.Is(np[1].Lower, lexicons.WordParties)
	case n == 3:
		return np[0].Lower == "the" && np[1].Lower == "two" && w.Is(np[2].Lower, lexicons.WordParties)
	}
	return false
}

// CueIs reports whether the verb of cue c (nil for none) has any of the
// classes cs: "urged" of a directive cue, "denied" of a denial.
func (w WordClasses) CueIs(c *Cue, cs ...lexicons.WordClass) bool {
	return c != nil && len(c.Words) > 0 && w.Is(c.Words[0], cs...)
}

// Fight reports whether a term of weight w that starts with word is
// hostility that takes two sides (class reciprocal: "clashed",
// "exchanged fire", "traded accusations"): of each party toward the
// other.
func (w WordClasses) Fight(word string, weight float64) bool {
	return weight < 0 && w.Is(word, lexicons.WordReciprocal)
}

// ReactionAt reports whether toks[k] opens a reaction to the clause before
// it: a verb of stirring hostility (class provoke) in -ing, or in -s
// before a name, right after a comma (", angering X", ", irks X"), or in
// the past after "that" or "which" that
// follow a common noun ("remarks that angered X"; not "concerned", which
// also names what a matter is about). X is the one the act angered: its
// hostility is a statement of its own (extraction's reaction rule), and X
// no target of the act (scoring).
func (w WordClasses) ReactionAt(toks []token, k int) bool {
	if k < 1 || !w.Is(toks[k].Lower, lexicons.WordProvoke) {
		return false
	}
	if toks[k-1].Text == "," {
		// A title's second verb may take the -s form before a name
		// (", irks X"), as the participle does (", irking X").
		l := toks[k].Lower
		return strings.HasSuffix(l, "ing") || strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss") && k+1 < len(toks) && toks[k+1].Word && toks[k+1].Cap
	}
	return k >= 2 && (toks[k-1].Lower == "that" || toks[k-1].Lower == "which") && toks[k-2].Word && !toks[k-2].Cap &&
		strings.HasSuffix(toks[k].Lower, "ed") && toks[k].Lower != "concerned"
}

// OutcryFrom returns, for ", drawing a sharp protest from X" (or
// "threats of retaliation from X") with the participle at toks[k] (class
// elicit), the index of the noun (class outcry) and of "from": X's reaction is a statement of its own, toward
// the one who acted, and X no target of the act. Both are -1 when the
// words do not read so.
func (w WordClasses) OutcryFrom(toks []token, k int) (noun, from int) {
	if !w.ElicitParticiple(toks, k) {
		return -1, -1
	}
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		t := toks[j]
		if !t.Word || t.Cap {
			return -1, -1
		}
		if w.Is(t.Lower, lexicons.WordOutcry) {
			f := j + 1
			if f+1 < len(toks) && toks[f].Lower == "of" {
				// "threats of retaliation from X"
				for f++; f < len(toks) && f <= j+4 && toks[f].Word && !toks[f].Cap && toks[f].Lower != "from"; f++ {
				}
			}
			if f < len(toks) && toks[f].Lower == "from" {
				return j, f
			}
			return -1, -1
		}
	}
	return -1, -1
}

// OutcryDrawnBy reports whether the country at toks[m] owns an outcry that
// a participle of class elicit draws after a comma, the country before
// the noun (", drawing sharp X criticism") or after it and "of" (",
// sparking the ire of X"): X's reaction is a statement of its own
// (extraction), and X no target of the act (scoring).
func (w WordClasses) OutcryDrawnBy(toks []token, m int) bool {
	for k := m - 1; k >= 1 && k >= m-4 && toks[k].Word; k-- {
		if !w.ElicitParticiple(toks, k) {
			continue
		}
		for j := m + 1; j < len(toks) && j <= m+3 && toks[j].Word && !IsDeterminer(toks[j].Lower); j++ {
			if w.Is(toks[j].Lower, lexicons.WordOutcry) {
				return true
			}
		}
		break
	}
	k := m - 1
	if k >= 0 && toks[k].Lower == "the" {
		k--
	}
	if k < 2 || toks[k].Lower != "of" || !w.Is(toks[k-1].Lower, lexicons.WordOutcry) {
		return false
	}
	for j := k - 2; j >= 1 && j >= k-4 && toks[j].Word; j-- {
		if w.ElicitParticiple(toks, j) {
			return true
		}
	}
	return false
}

// ElicitParticiple reports whether toks[k] is the participle of a verb
// that draws another's reaction (words.tsv class elicit) right after a
// comma (", drawing …", ", sparking …"): what follows is the reaction to
// the clause before.
func (w WordClasses) ElicitParticiple(toks []token, k int) bool {
	return k >= 1 && toks[k-1].Text == "," && strings.HasSuffix(toks[k].Lower, "ing") && w.Is(toks[k].Lower, lexicons.WordElicit)
}

// OutcryDespite returns, for "despite" at toks[k] and an outcry within
// five words ("despite X's protests", "despite strong X objections",
// "despite warnings from X"), the index of the noun (class outcry) and the
// end of the phrase: after the noun, or over "from" or "by" and the words
// after it up to a mark or a preposition. The country whose outcry it is
// reacts to the one who acted: a statement of its own (extraction), and
// no target of the act (scoring). noun is -1 and end k when the words do
// not read so.
func (w WordClasses) OutcryDespite(toks []token, k int) (noun, end int) {
	if toks[k].Lower != "despite" {
		return -1, k
	}
	for j := k + 1; j < len(toks) && j <= k+5 && toks[j].Word; j++ {
		if !w.Is(toks[j].Lower, lexicons.WordOutcry) {
			continue
		}
		e := j + 1
		if e+1 < len(toks) && (toks[e].Lower == "from" || toks[e].Lower == "by") {
			e += 2 // "from X", "by the X government"
			for e < len(toks) && e <= j+6 && toks[e].Word && !IsPreposition(toks[e].Lower) {
				e++
			}
		}
		return j, e
	}
	return -1, k
}

// Place reports whether the country mentioned at toks[m] is a place: it
// follows a locative ("in X", "in northern X": PlaceBefore) and is not the
// seat of a country's rulers ("the regime in X": SeatOfRulers).
func (w WordClasses) Place(toks []token, m int) bool {
	return PlaceBefore(toks, m) && !w.SeatOfRulers(toks, m)
}

// SeatOfRulers reports whether the country mentioned at toks[m] follows
// "in" after a noun of rulers (class rulers) that no named country or
// possessor owns: "the regime in X", "the military authorities in X" are
// X's rulers, where "the Turkish authorities in X" and "Y's government in
// X" are not.
func (w WordClasses) SeatOfRulers(toks []token, m int) bool {
	k := ListStart(toks, m) - 1 // "the regimes in A, B and C"
	if k >= 0 && toks[k].Lower == "the" {
		k--
	}
	if k < 1 || toks[k].Lower != "in" || !w.Is(toks[k-1].Lower, lexicons.WordRulers) || toks[k-1].Poss {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-6; j-- {
		switch t := toks[j]; {
		case !t.Word || IsDeterminer(t.Lower) || IsPreposition(t.Lower):
			return true
		case t.Cap || t.Poss:
			return false
		}
	}
	return k-2 < 0
}

// ElicitFinite reports whether w is a finite form of a verb that draws
// another's reaction (words.tsv class elicit, not its participle: "drew",
// "sparked", "prompts"): with an outcry noun after it, the outcry is the
// reaction's, not the subject's.
func (w WordClasses) ElicitFinite(s string) bool {
	return w.Is(s, lexicons.WordElicit) && !strings.HasSuffix(s, "ing")
}

// PartyOutOfPower reports whether the word at toks[i] (words.tsv
// opposition) names a party out of power rather than an attitude: it
// qualifies a lower-case noun after it ("opposition leader", "the X
// opposition party"), no preposition ("opposition to X"), or it ends its
// phrase after a name ("talks with the X opposition"). Such a word is
// no stance term (score), no verb of a title and no owned noun of a
// nominal stance (extract).
func (w WordClasses) PartyOutOfPower(toks []token, i int) bool {
	if (i+1 >= len(toks) || !toks[i+1].Word) && i > 0 && toks[i-1].Word && toks[i-1].Cap && !toks[i-1].Poss {
		// "backs the Xian opposition.": a name before it and nothing
		// after: the party of that country.
		return w.Is(toks[i].Lower, lexicons.WordOpposition)
	}
	if i+1 >= len(toks) || !toks[i+1].Word || toks[i+1].Cap {
		return false // the word's own class is looked up only before a lower-case word
	}
	next := toks[i+1].Lower
	return !IsPreposition(next) && !IsAuxiliary(next) && !IsBe(next) && next != "and" && next != "that" && w.Is(toks[i].Lower, lexicons.WordOpposition)
}
