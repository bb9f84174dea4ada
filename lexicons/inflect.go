package lexicons

import (
	"slices"
	"strings"
)

// Inflection markers of a lexicon term: a word written "praise/v" stands for
// the verb's forms (praise, praises, praised, praising), "ally/n" for the
// noun and its plural (ally, allies). A word without a marker matches only
// itself: stance's matchers compare whole words, never prefixes.
const (
	verbMarker = "/v"
	nounMarker = "/n"
)

// Irregular holds the forms of English verbs that the regular rules of
// [VerbForms] get wrong, by lemma: the third person singular, the past,
// the past participle and the -ing form, any of them with variants. The
// zero value knows no irregular verb.
type Irregular map[string][]string

// VerbRow reports whether a row's term, as its file writes it ("condemn/v",
// "hit/v back at"), is a verb: its first word carries the verb marker.
func VerbRow(term string) bool {
	first, _, _ := strings.Cut(term, " ")
	return strings.HasSuffix(first, verbMarker)
}

// VerbForms returns the lemma and its inflected forms, sorted and without
// repeats: the regular forms (-s/-es/-ies; -ed/-d/-ied; -ing, dropping a
// silent e; the final consonant doubled after one short vowel in a word of
// one syllable, and a final l doubled as in British spelling: cancelled),
// plus irr's forms of the lemma. A lemma of several words ("fight back",
// "lash out") inflects its first word.
func VerbForms(lemma string, irr Irregular) []string {
	head, tail, _ := strings.Cut(lemma, " ")
	if tail != "" {
		tail = " " + tail
	}
	forms := []string{head}
	if extra, ok := irr[head]; ok {
		// The listed forms, and the regular -s and -ing forms where none
		// of that kind is listed.
		forms = append(forms, extra...)
		hasS := slices.ContainsFunc(extra, func(e string) bool { return strings.HasSuffix(e, "s") && !strings.HasSuffix(e, "ss") })
		hasIng := slices.ContainsFunc(extra, func(e string) bool { return strings.HasSuffix(e, "ing") })
		if !hasS {
			forms = append(forms, thirdPerson(head))
		}
		if !hasIng {
			forms = append(forms, ingForms(head)...)
		}
	} else {
		forms = append(forms, thirdPerson(head))
		forms = append(forms, pastForms(head)...)
		forms = append(forms, ingForms(head)...)
	}
	out := make([]string, 0, len(forms))
	for _, f := range forms {
		out = append(out, f+tail)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// NounForms returns a noun and its plural (ally, allies; crisis, crises).
// The possessive is the tokenizer's business.
func NounForms(noun string) []string {
	head, tail := noun, ""
	if i := strings.LastIndexByte(noun, ' '); i >= 0 {
		// "strategic partnership": the last word takes the plural.
		head, tail = noun[i+1:], ""
		pre := noun[:i+1]
		out := []string{noun}
		for _, p := range NounForms(head) {
			if p != head {
				out = append(out, pre+p+tail)
			}
		}
		slices.Sort(out)
		return out
	}
	var pl string
	switch {
	case strings.HasSuffix(head, "is") && len(head) > 4:
		pl = head[:len(head)-2] + "es" // crisis, thesis
	case strings.HasSuffix(head, "man") && len(head) > 4:
		pl = head[:len(head)-3] + "men" // spokesman
	case sibilant(head):
		pl = head + "es"
	case consonantY(head):
		pl = head[:len(head)-1] + "ies"
	default:
		pl = head + "s"
	}
	out := []string{head, pl}
	slices.Sort(out)
	return out
}

// Expand returns the words a term stands for: a term with a word marked
// "/v" or "/n" gives one phrase per form of that word; a term with no
// marker gives itself. ok is false when the term holds more than one
// marker or a marker on nothing.
func Expand(term string, irr Irregular) (forms []string, ok bool) {
	words := strings.Fields(term)
	at := -1
	for i, w := range words {
		if strings.HasSuffix(w, verbMarker) || strings.HasSuffix(w, nounMarker) {
			if at >= 0 || len(w) == 2 {
				return nil, false
			}
			at = i
		}
	}
	if at < 0 {
		return []string{strings.Join(words, " ")}, true
	}
	w := words[at]
	stem := w[:len(w)-2]
	var fs []string
	if strings.HasSuffix(w, verbMarker) {
		fs = VerbForms(stem, irr)
	} else {
		fs = NounForms(stem)
	}
	pre := strings.Join(words[:at], " ")
	post := strings.Join(words[at+1:], " ")
	for _, f := range fs {
		p := f
		if pre != "" {
			p = pre + " " + p
		}
		if post != "" {
			p += " " + post
		}
		forms = append(forms, p)
	}
	return forms, true
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// sibilant reports whether a word takes -es: kiss, box, buzz, watch, wash.
func sibilant(w string) bool {
	for _, s := range []string{"s", "x", "z", "ch", "sh"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// consonantY reports whether w ends in a consonant and y (ally, deny).
func consonantY(w string) bool {
	return len(w) > 1 && w[len(w)-1] == 'y' && !isVowel(w[len(w)-2])
}

func thirdPerson(w string) string {
	switch {
	case sibilant(w) || strings.HasSuffix(w, "o") && len(w) > 1 && !isVowel(w[len(w)-2]):
		return w + "es"
	case consonantY(w):
		return w[:len(w)-1] + "ies"
	}
	return w + "s"
}

// doubles reports whether w doubles its final consonant before -ed and
// -ing: one syllable ending in one vowel and one consonant (ban, stop), not
// w, x or y.
func doubles(w string) bool {
	n := len(w)
	if n < 3 || isVowel(w[n-1]) || strings.IndexByte("wxy", w[n-1]) >= 0 || !isVowel(w[n-2]) || isVowel(w[n-3]) {
		return false
	}
	groups := 0
	for i := 0; i < n; i++ {
		if isVowel(w[i]) && (i == 0 || !isVowel(w[i-1])) {
			groups++
		}
	}
	return groups == 1
}

// britishL reports whether w, a word of several syllables ending in one
// vowel and l, doubles the l in British spelling (cancel, label, travel).
func britishL(w string) bool {
	n := len(w)
	return n > 4 && w[n-1] == 'l' && isVowel(w[n-2]) && !isVowel(w[n-3])
}

func pastForms(w string) []string {
	switch {
	case strings.HasSuffix(w, "e"):
		return []string{w + "d"}
	case consonantY(w):
		return []string{w[:len(w)-1] + "ied"}
	case doubles(w):
		return []string{w + w[len(w)-1:] + "ed"}
	case britishL(w):
		return []string{w + "ed", w + "led"}
	}
	return []string{w + "ed"}
}

func ingForms(w string) []string {
	switch {
	case strings.HasSuffix(w, "ie"):
		return []string{w[:len(w)-2] + "ying"}
	case strings.HasSuffix(w, "e") && !strings.HasSuffix(w, "ee") && !strings.HasSuffix(w, "ye") && !strings.HasSuffix(w, "oe") && len(w) > 2:
		return []string{w[:len(w)-1] + "ing"}
	case doubles(w):
		return []string{w + w[len(w)-1:] + "ing"}
	case britishL(w):
		return []string{w + "ing", w + "ling"}
	}
	return []string{w + "ing"}
}

// bareLemma returns a term with its /v marker taken off ("call/v for" →
// "call for") and whether it had one.
func bareLemma(term string) (string, bool) {
	words := strings.Fields(term)
	marked := false
	for i, w := range words {
		if strings.HasSuffix(w, verbMarker) && len(w) > 2 {
			words[i] = w[:len(w)-2]
			marked = true
		}
	}
	return strings.Join(words, " "), marked
}

// thirdPersonPhrase puts the first word of a verb phrase in the third
// person singular ("call for" → "calls for").
func thirdPersonPhrase(lemma string) string {
	head, tail, _ := strings.Cut(lemma, " ")
	if tail != "" {
		tail = " " + tail
	}
	return thirdPerson(head) + tail
}
