package annotate

import (
	"strings"

	"github.com/stance-project/stance/analysis/corpus"
)

// Title case. Many outlets capitalise every word of a headline ("Peru
// Slams Chile Over Border Fence", "Senator Says She Will Run Again").
// The matchers read a capitalised word after the first as part of a name:
// in such a line no cue, lexicon term or function word would be found.
// Recase reads a line in title case as sentence case: it clears Cap of
// the words that the lexicons know in lower case, so that the line is
// read as "Peru slams Chile over border fence". Names stay as they are.

// Recase clears Cap on the words of toks, a sentence or a title read on
// date d whose country mentions are countries (Countries.Find of toks),
// that are common words written in title case, and reports whether it
// cleared any. toks is in title case when it has three
// words of four letters or more, at most one in six of them in lower
// case, and, after its first word, a capitalised function word
// (a preposition, a conjunction, an auxiliary, a determiner or a pronoun:
// "Over", "And", "Will") outside a country's or an actor's name, or a
// known verb right after the countries' names it opens with ("Gabon Slams
// Cameroon", "Gabon, Cameroon Sign …": verbAfterNames). A
// common word is one that the lexicons hold in lower case (a cue, a
// lexicon term's or a CAMEO verb's first word, a word of words.tsv) or a
// function word; never the first word, a word of a name (a country, an
// actor of the actor lexicon), an abbreviation in capitals ("US") or a
// word of roles.tsv ("Senator", "President"), which heads or titles a
// name as it stands. The parser reads a recased word in lower case too
// (its token has Cap false while its text begins in upper case).
func (lx *Lexicon) Recase(toks []token, countries []Mention, d corpus.Date) bool {
	content, lower := 0, 0
	function := false
	for i, t := range toks {
		if !t.Word || !letters(t.Text) {
			continue
		}
		if len(t.Lower) >= 4 {
			content++
			if !t.Cap {
				lower++
			}
		}
		if i > 0 && t.Cap && functionWord(t.Lower) && !allCaps(t.Text) {
			function = true
		}
	}
	if content < 3 || lower*6 > content || !function && !lx.verbAfterNames(toks, countries) {
		return false
	}
	named := make([]bool, len(toks))
	for _, m := range countries {
		for k := m.Tok; k < m.End; k++ {
			named[k] = true
		}
	}
	if lx.Actors != nil {
		for _, m := range lx.Actors.Find(toks, d) {
			for k := m.Tok; k < m.End; k++ {
				named[k] = true
			}
		}
	}
	changed := false
	for i := 1; i < len(toks); i++ {
		t := &toks[i]
		if !t.Cap || named[i] || allCaps(t.Text) || lx.Roles[t.Lower] != "" || !lx.common(t.Lower) {
			continue
		}
		t.Cap = false
		changed = true
	}
	return changed
}

// verbAfterNames reports whether toks open with countries' names (one, or
// a list joined by commas or "and") and, right after them, a capitalised
// word in -s that the lexicons hold in lower case as a cue or a verb's
// first word: "Kenya Condemns …", "Kenya, Uganda Sign …" read as a title
// in title case when no function word says so.
func (lx *Lexicon) verbAfterNames(toks []token, countries []Mention) bool {
	k := 0
	for _, m := range countries {
		if m.Tok != k {
			break
		}
		k = m.End
		if k < len(toks) && toks[k].Poss {
			return false // "Kenya's …": a possessive, no subject
		}
		if k < len(toks) && (toks[k].Text == "," || toks[k].Lower == "and") {
			k++
		}
	}
	if k == 0 || k >= len(toks) {
		return false
	}
	t := toks[k]
	if !t.Word || !t.Cap || allCaps(t.Text) || lx.Roles[t.Lower] != "" {
		return false
	}
	w := t.Lower
	return len(lx.cues[w]) > 0 || len(lx.patternVerbs[w]) > 0 || len(lx.terms[w]) > 0 && (strings.HasSuffix(w, "s") || toks[k-1].Text == "," || toks[k-1].Lower == "and")
}

// common reports whether w, a lowercase word, is a word the lexicons hold
// in lower case (Recase).
func (lx *Lexicon) common(w string) bool {
	return functionWord(w) || len(lx.cues[w]) > 0 || len(lx.terms[w]) > 0 || len(lx.patternVerbs[w]) > 0 || !lx.Words.Of(w).Empty()
}

// functionWord reports whether w is a preposition, a conjunction, an
// auxiliary, a determiner, a subordinator or a personal pronoun.
func functionWord(w string) bool {
	switch w {
	case "and", "or", "but", "nor", "to", "as", "than", "amid", "over", "against", "he", "she", "it", "they", "we", "him", "them", "not":
		return true
	}
	return IsPreposition(w) || IsDeterminer(w) || IsAuxiliary(w) || IsSubordinator(w)
}

// letters reports whether s has a letter.
func letters(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r > 127 }) >= 0
}

// allCaps reports whether s, of two letters or more, has no lower-case
// letter: an abbreviation ("US", "NATO").
func allCaps(s string) bool {
	return len(s) >= 2 && strings.ToUpper(s) == s
}
