package analysis

import "strings"

// Negation: which word before a lexicon term negates it, and what the
// negation leaves of the term's weight.

// easing words end or hold back what follows them. Of a hostile act that
// is de-escalation ("suspended its strikes", "ended the blockade": CAMEO
// 08, yield), which is cooperative; of a cooperative one it is hostile
// ("halted cooperation with X").
var easing = map[string]bool{"halted": true, "halts": true, "suspended": true, "suspends": true,
	"ended": true, "ends": true, "scrapped": true, "scraps": true, "abandoned": true, "abandons": true,
	"cancelled": true, "canceled": true, "cancels": true, "postponed": true, "postpones": true,
	"freezes": true, "froze": true, "frozen": true}

// notNegating words after a negator undo it: "not only", "nothing but",
// "not just".
var notNegating = map[string]bool{"only": true, "but": true, "just": true, "merely": true, "simply": true, "least": true}

// negatorBefore returns the negator that governs the term at toks[i]: one
// of the three words before it, in its clause; -1 when there is none.
func negatorBefore(toks []token, i int) int {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if l := toks[k].Lower; negators[l] || strings.HasSuffix(l, "n't") {
			if k+1 < i && notNegating[toks[k+1].Lower] {
				return -1 // "not only condemned X but ..."
			}
			return k
		}
		if toks[k].Text == "," || toks[k].Text == ";" {
			break
		}
	}
	return -1
}

// negatedWeight is the weight of a term of weight w negated by the word
// neg. A negated cooperative term is hostile at half weight ("did not
// support X", "refused aid from X"). A hostile act or word that did not
// happen is no stance ("closed the border without warning", "will not
// condemn X", "has never threatened X"): as PETRARCH drops a negated
// event, it loses its weight; only words of easing turn it into
// de-escalation ("suspended the sanctions on X").
func negatedWeight(w float64, neg string) float64 {
	if w < 0 && !easing[neg] {
		return 0
	}
	return -0.5 * w
}
