package score

import (
	"strings"

	"github.com/stance-project/stance/analysis/annotate"
)

// Sympathy: condolences and sympathy are support of the
// country that suffered, and the misfortune they are about ("over the
// terrorist attack", "after the earthquake") is their topic, not a stance
// of the speaker toward anyone.

// sympathyWord reports whether w offers sympathy: condolences, sympathy.
// Solidarity is left out: "solidarity with X against Y's aggression" is
// also a stance toward Y.
func sympathyWord(w string) bool {
	return strings.HasPrefix(w, "condol") || strings.HasPrefix(w, "sympath")
}

// causePrepositions introduce what sympathy is about.
var causePrepositions = map[string]bool{"over": true, "after": true, "following": true, "for": true, "on": true, "at": true, "in": true}

// sympathyTopicEnd returns the end of the misfortune a word of sympathy
// ending at toks[j] is about: its addressee may come first ("condolences
// to X over the attack"), then a preposition of cause and the words after
// it, up to punctuation or a conjunction. It returns j when there is none,
// or when the topic names a country other than as a place: "over Chilean
// strikes" says who is to blame, and its terms are read as usual.
func sympathyTopicEnd(ms []mention, toks []token, j int) int {
	k := j
	for ; k < len(toks) && k < j+6 && toks[k].Word && !causePrepositions[toks[k].Lower]; k++ {
	}
	if k >= len(toks) || !causePrepositions[toks[k].Lower] {
		return j
	}
	e := k + 1
	for e < len(toks) && e <= k+10 && toks[e].Word && toks[e].Lower != "and" && toks[e].Lower != "but" {
		e++
	}
	for _, m := range ms {
		if m.Tok > k && m.Tok < e && !annotate.PlaceBefore(toks, m.Tok) {
			return j
		}
	}
	return e
}
