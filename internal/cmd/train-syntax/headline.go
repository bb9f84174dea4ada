package main

import (
	"strings"

	"github.com/stance-project/stance/analysis/syntax"
)

// headlineStyle returns a copy of s written as a news title writes a
// sentence, and whether anything changed. UD English-EWT has few titles,
// and a title's grammar is its own ("Troops killed in border clash",
// "Minister to visit capital", "Army seizes town", "Talks unlikely"): a
// parser that has seen only full sentences reads a bare participle or a
// noun after a name as the verb of a clause. The copy
//   - drops the articles (a, an, the: det of no dependents),
//   - drops the auxiliaries of the passive and the copula ("were killed"
//     → "killed", "is ready" → "ready"),
//   - writes "will" as the infinitive marker ("will visit" → "to visit"),
//   - puts a verb in the past, the perfect or the progressive in the
//     present, as titles tell of what happened ("has signed", "signed",
//     "is meeting" → "signs", "sign", "meets"), and
//   - drops a final full stop.
//
// Only words without dependents are dropped, so the tree stays a tree,
// projective if it was. A sentence with a multiword token or of more than
// 30 words is left out (no copy).
func headlineStyle(s syntax.Sentence) (syntax.Sentence, bool) {
	n := len(s.Words)
	if n < 3 || n > 30 || len(s.Multiword) > 0 || !titleLike(s.Words) {
		return syntax.Sentence{}, false
	}
	deps := make([]int, n)
	for _, w := range s.Words {
		if w.Head >= 0 && w.Head < n {
			deps[w.Head]++
		}
	}
	words := make([]syntax.Word, n)
	copy(words, s.Words)
	drop := make([]bool, n)
	changed := false
	// present marks the verbs put in the present, once each.
	present := make([]bool, n)
	for i, w := range words {
		lemma := strings.ToLower(w.Lemma)
		switch {
		case w.Rel == syntax.Det && deps[i] == 0 && (lemma == "a" || lemma == "the"):
			drop[i] = true
		case (w.Rel == syntax.AuxPass || w.Rel == syntax.Cop) && lemma == "be" && deps[i] == 0 && w.Head >= 0 && !negatedHead(words, w.Head) && onlyAux(words, w.Head, i):
			drop[i] = true
		case w.Rel == syntax.Aux && lemma == "will" && deps[i] == 0 && w.Head >= 0 && words[w.Head].XPOS == syntax.XVB:
			words[i].Form, words[i].Lemma = "to", "to"
			words[i].UPOS, words[i].XPOS, words[i].Rel = syntax.PART, syntax.XTO, syntax.Mark
			words[i].Feats = ""
			changed = true
		case w.Rel == syntax.Aux && deps[i] == 0 && w.Head >= 0 && !negatedHead(words, w.Head) &&
			(lemma == "have" && words[w.Head].XPOS == syntax.XVBN || lemma == "be" && words[w.Head].XPOS == syntax.XVBG):
			if onlyAux(words, w.Head, i) {
				drop[i] = true
				present[w.Head] = true
			}
		}
	}
	for i, w := range words {
		if w.UPOS == syntax.VERB && w.XPOS == syntax.XVBD && subject(words, i) >= 0 && !hasAux(words, i) {
			present[i] = true
		}
	}
	for i := range words {
		if !present[i] || drop[i] {
			continue
		}
		if form, xpos, ok := presentForm(words, i); ok {
			words[i].Form, words[i].XPOS, words[i].Feats = form, xpos, ""
			changed = true
		} else {
			// No present form to give: keep the auxiliary.
			for j, w := range words {
				if w.Head == i && w.Rel == syntax.Aux {
					drop[j] = false
				}
			}
		}
	}
	if last := n - 1; words[last].Rel == syntax.Punct && words[last].Form == "." && deps[last] == 0 {
		drop[last] = true
	}
	for _, d := range drop {
		changed = changed || d
	}
	if !changed {
		return syntax.Sentence{}, false
	}
	index := make([]int, n)
	kept := 0
	for i := range words {
		index[i] = kept
		if !drop[i] {
			kept++
		}
	}
	if kept < 2 {
		return syntax.Sentence{}, false
	}
	out := syntax.Sentence{ID: s.ID + "-title", Line: s.Line, Words: make([]syntax.Word, 0, kept)}
	capFirst := len(words) > 0 && drop[0] && isUpperStart(words[0].Form)
	for i, w := range words {
		if drop[i] {
			continue
		}
		if w.Head >= 0 {
			w.Head = index[w.Head]
		}
		w.Start, w.End, w.Token = 0, 0, -1
		if capFirst && len(out.Words) == 0 && w.UPOS != syntax.PROPN {
			w.Form = strings.ToUpper(w.Form[:1]) + w.Form[1:]
		}
		out.Words = append(out.Words, w)
	}
	return out, true
}

// titleLike reports whether a sentence could be a title's: a statement in
// the third person (no "I", "you", "we"; no question or exclamation; a
// verb at its root has a subject), as news titles are and much of the
// treebank's web text is not.
func titleLike(words []syntax.Word) bool {
	for i, w := range words {
		switch {
		case w.UPOS == syntax.PRON:
			switch strings.ToLower(w.Form) {
			case "i", "me", "my", "mine", "myself", "you", "your", "yours", "yourself", "we", "us", "our", "ours", "ourselves", "u":
				return false
			}
		case w.Rel == syntax.Punct && (w.Form == "?" || w.Form == "!"):
			return false
		case w.Head < 0 && w.UPOS == syntax.VERB && subject(words, i) < 0 && dependent(words, i, syntax.NsubjPass) < 0:
			return false
		}
	}
	return true
}

// negatedHead reports whether the word at h has "not" or "n't" among its
// dependents: "was not killed" keeps its auxiliary.
func negatedHead(words []syntax.Word, h int) bool {
	for _, w := range words {
		if w.Head == h && w.Rel == syntax.Advmod && (strings.EqualFold(w.Form, "not") || strings.EqualFold(w.Form, "n't")) {
			return true
		}
	}
	return false
}

// onlyAux reports whether aux is the only auxiliary of the verb at h.
func onlyAux(words []syntax.Word, h, aux int) bool {
	for j, w := range words {
		if j != aux && w.Head == h && (w.Rel == syntax.Aux || w.Rel == syntax.AuxPass) {
			return false
		}
	}
	return true
}

// dependent returns the index of the first dependent of the word at h by
// relation rel, or -1.
func dependent(words []syntax.Word, h int, rel syntax.Rel) int {
	for j, w := range words {
		if w.Head == h && w.Rel == rel {
			return j
		}
	}
	return -1
}

// hasAux reports whether the verb at h has an auxiliary.
func hasAux(words []syntax.Word, h int) bool {
	return dependent(words, h, syntax.Aux) >= 0 || dependent(words, h, syntax.AuxPass) >= 0
}

// subject returns the index of the nominal subject of the verb at h, or
// -1; a verb coordinated with another shares its subject ("denied and
// pushed back").
func subject(words []syntax.Word, h int) int {
	if j := dependent(words, h, syntax.Nsubj); j >= 0 {
		return j
	}
	if words[h].Rel == syntax.Conj && words[h].Head >= 0 && words[h].Head != h {
		return subject(words, words[h].Head)
	}
	return -1
}

// presentForm returns the present form of the verb at i agreeing with its
// subject (VBZ for one, VBP for several), from its lemma by the regular
// rules; false for the verbs whose present is irregular or that have no
// subject to agree with.
func presentForm(words []syntax.Word, i int) (string, syntax.XPOS, bool) {
	lemma := strings.ToLower(words[i].Lemma)
	if lemma == "" || lemma == "be" || lemma == "have" || lemma == "do" || strings.ContainsAny(lemma, " -'") {
		return "", 0, false
	}
	subj := subject(words, i)
	if subj < 0 {
		return "", 0, false
	}
	if plural(words, subj) {
		return lemma, syntax.XVBP, true
	}
	switch {
	case strings.HasSuffix(lemma, "s") || strings.HasSuffix(lemma, "x") || strings.HasSuffix(lemma, "z") ||
		strings.HasSuffix(lemma, "ch") || strings.HasSuffix(lemma, "sh") || strings.HasSuffix(lemma, "o"):
		return lemma + "es", syntax.XVBZ, true
	case len(lemma) > 1 && lemma[len(lemma)-1] == 'y' && !strings.ContainsRune("aeiou", rune(lemma[len(lemma)-2])):
		return lemma[:len(lemma)-1] + "ies", syntax.XVBZ, true
	}
	return lemma + "s", syntax.XVBZ, true
}

// plural reports whether the subject at j takes a plural verb: a plural
// noun, a coordination, or a pronoun of several (or "I", "you").
func plural(words []syntax.Word, j int) bool {
	w := words[j]
	if w.XPOS == syntax.XNNS || w.XPOS == syntax.XNNPS {
		return true
	}
	switch strings.ToLower(w.Form) {
	case "we", "they", "i", "you":
		return true
	}
	for _, d := range words {
		if d.Head == j && d.Rel == syntax.Conj {
			return true
		}
	}
	return false
}

func isUpperStart(s string) bool {
	return s != "" && s[0] >= 'A' && s[0] <= 'Z'
}
