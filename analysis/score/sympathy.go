package score

import (
	"slices"

	"github.com/stance-project/stance/analysis/annotate"
	"github.com/stance-project/stance/lexicons"
)

// Sympathy: condolences and sympathy are support of the
// country that suffered, and the misfortune they are about ("over the
// terrorist attack", "after the earthquake") is their topic, not a stance
// of the speaker toward anyone.

// causePrepositions introduce what sympathy is about (words.tsv class
// sympathy: condolences, saddened, mourn; solidarity is left out:
// "solidarity with X against Y's aggression" is also a stance toward
// Y).
var causePrepositions = map[string]bool{"over": true, "after": true, "following": true, "for": true, "on": true, "at": true, "in": true, "by": true}

// sufferer finds, for a word of sympathy ending at toks[j] that reached no
// country, the country its topic names as the one harmed: after a
// preposition ("saddened by the deaths in X", "condolences over the
// shelling of X's towns"), or before a hazard ("mourns the victims of the
// X earthquake"; words.tsv hazard) (ruleSufferer). The last such
// country of the topic, not the speaker's own; a country that only
// qualifies an act ("over the X shelling", "killed in an X ambush") is its
// agent, no sufferer.
func sufferer(lex *annotate.Lexicon, ms []mention, toks []token, self string, j int) (mention, bool) {
	k := causeAt(toks, j)
	if k < 0 {
		return mention{}, false
	}
	var got mention
	found := false
	for _, m := range ms {
		if m.Tok >= j && m.Tok < k {
			return mention{}, false // an addressee: "condolences to X over"
		}
		if m.Tok <= k || m.Tok > k+10 {
			continue
		}
		for e := k + 1; e < m.Tok; e++ {
			if !toks[e].Word || toks[e].Lower == "and" || toks[e].Lower == "but" {
				return got, found
			}
		}
		head := m.End >= len(toks) || !toks[m.End].Word || toks[m.End].Cap // a noun, not a modifier
		harmed := annotate.IsPreposition(toks[m.Tok-1].Lower) || head && m.Tok >= 2 && toks[m.Tok-1].Lower == "the" && annotate.IsPreposition(toks[m.Tok-2].Lower)
		for e := m.End; e < len(toks) && e <= m.End+1 && !harmed; e++ {
			harmed = lex.Words.Is(toks[e].Lower, lexicons.WordHazard)
		}
		if harmed && m.Code != self && !lex.ActAgent(toks, m) {
			got, found = m, true
		}
	}
	return got, found
}

// sympathyTopicEnd returns the end of the misfortune a word of sympathy
// ending at toks[j] is about: its addressee may come first ("condolences
// to X over the attack"), then a preposition of cause and the words after
// it, up to punctuation or a conjunction. It returns j when there is none,
// or when the topic names a country other than as a place: "over Chilean
// strikes" says who is to blame, and its terms are read as usual.
func sympathyTopicEnd(lex *annotate.Lexicon, ms []mention, toks []token, self string, j int) int {
	k := causeAt(toks, j)
	if k < 0 {
		return j
	}
	e := k + 1
	for e < len(toks) && e <= k+14 && toks[e].Word && toks[e].Lower != "and" && toks[e].Lower != "but" {
		e++
	}
	// The addressee, between the word and its cause ("apologised to X
	// for …"), and the speaker's own country are no one to blame.
	party := func(m mention) bool {
		return m.Code == self || slices.ContainsFunc(ms, func(a mention) bool { return a.Code == m.Code && a.Tok >= j && a.Tok < k })
	}
	for _, m := range ms {
		if m.Tok > k && m.Tok < e && !lex.Place(toks, m) && !party(m) {
			return j
		}
	}
	return e
}

// causeAt returns the index of the preposition of cause that opens what
// a word of sympathy ending at toks[j] is about, after at most six words
// ("condolences to X over", "saddened by"); -1 when there is none.
func causeAt(toks []token, j int) int {
	for k := j; k < len(toks); k++ {
		if causePrepositions[toks[k].Lower] && annotate.TimePhraseEnd(toks, k) == k { // "in February 2022" is a time, no cause
			return k
		}
		if k >= j+6 || !toks[k].Word {
			return -1
		}
	}
	return -1
}

// sufferers returns the first tokens of the countries that sympathy in
// toks is for (sufferer): "condolences over the deaths in X" is for X,
// though X is named as a place.
func (sc *Scorer) sufferers(ms []mention, toks []token, self string) []int {
	var out []int
	for i, t := range toks {
		if sc.lex.Words.Is(t.Lower, lexicons.WordSympathy) {
			if m, ok := sufferer(sc.lex, ms, toks, self, i+1); ok {
				out = append(out, m.Tok)
			}
		}
	}
	return out
}
