package score

// grievanceSpan returns the words [from, to) of the reason a hostile term
// gives after "over" ("sanctioned X over its arms sales to Y", "cut ties
// with X over drone supplies to Y"): what the speaker holds against the
// one acted on, another's act, in which a term of cooperation is no
// stance of the speaker's. The reason follows within eight words of the
// term's end, in the same run of words, and runs to the next punctuation
// or a word that opens another clause. from is -1 when there is none.
func grievanceSpan(toks []token, after int) (from, to int) {
	for k := after; k < len(toks) && k < after+8; k++ {
		t := toks[k]
		if !t.Word || clauseOpener(t.Lower) {
			return -1, -1
		}
		if t.Lower != "over" {
			continue
		}
		to = k + 1
		for to < len(toks) && toks[to].Word && !clauseOpener(toks[to].Lower) {
			to++
		}
		return k + 1, to
	}
	return -1, -1
}

// clauseOpener reports whether w opens a clause of its own, which a
// grievance does not run into.
func clauseOpener(w string) bool {
	switch w {
	case "and", "but", "while", "whereas", "although", "though", "as", "after", "before", "because", "when", "which", "who", "that":
		return true
	}
	return false
}
