package analysis

import (
	"strings"

	"github.com/stance-project/stance/lexicons"
)

// verbForm is which form of a verb a word is.
type verbForm uint8

const (
	formAny  verbForm = iota // not an imported verb: any use counts
	formBare                 // the lemma: "expel"
	formS                    // third person singular: "expels"
	formPast                 // past or participle: "expelled"
	formIng                  // "expelling"
)

// verbFormOf tells which form of lemma the word form is.
func verbFormOf(form, lemma string) verbForm {
	switch {
	case form == lemma:
		return formBare
	case strings.HasSuffix(form, "ing") && !strings.HasSuffix(lemma, "ing"):
		return formIng
	case strings.HasSuffix(form, "s") && !strings.HasSuffix(lemma, "s") && (strings.HasPrefix(form, lemma) || strings.HasPrefix(form, strings.TrimSuffix(lemma, "y"))):
		return formS
	}
	return formPast
}

// verbStarters are words after which a bare verb form is a verb: "to", the
// modals, "not", and the pronouns that take the plain present.
var verbStarters = map[string]bool{"to": true, "will": true, "would": true, "shall": true, "should": true, "can": true,
	"could": true, "may": true, "might": true, "must": true, "not": true, "n't": true, "did": true, "do": true,
	"does": true, "we": true, "they": true, "i": true, "you": true, "also": true, "and": true, "never": true}

// beForms are the forms of "be", after which an -ing form is a verb.
var beForms = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true, "am": true, "'s": true, "'re": true}

// verbUse reports whether the imported verb form at toks[i] reads as a
// verb, for a matcher with no part-of-speech tags: many CAMEO verbs share
// their forms with nouns ("approach", "exchange", "hearing", "mine"). A
// past form counts unless a determiner, a possessive or a preposition
// stands before it ("the accused"); an -s form only after its subject
// (see below: "Turkish forces" is a noun, "China slams" a verb); the bare
// lemma counts only after "to", a modal, "not" or a plural pronoun ("to
// expel", "will expel", "we condemn"), or at the start of a title or
// clause after a name ("US, UK expel ..." reads as "expels"); an -ing form
// only after a form of "be" ("are expelling").
func (a *Analyzer) verbUse(toks []token, i int, form verbForm) bool {
	if form == formAny {
		return true
	}
	var prev token
	if i > 0 {
		prev = toks[i-1]
	}
	switch form {
	case formPast:
		return i == 0 || !nounBefore(prev)
	case formS:
		// After its subject: a name ("China slams"), not a country's
		// adjective ("Turkish forces"); a pronoun; a role ("the ministry
		// warns"); an adverb ("strongly condemns").
		if i == 0 {
			return true
		}
		switch {
		case prev.Cap && prev.Word:
			// Not a name after a preposition, which is no subject
			// ("over Taiwan arms"), nor a country's adjective.
			if i > 1 && (prepositions[toks[i-2].Lower] || determiners[toks[i-2].Lower]) {
				return false
			}
			ms := a.countries.Find(toks[i-1 : i])
			if len(ms) == 1 && ms[0].Kind == byAdjective {
				return false
			}
			// A capital that opens the sentence makes no name: "Military
			// talks" is a noun phrase, "China slams" a subject and verb.
			return i > 1 || len(ms) == 1 || a.knownName(prev)
		case prev.Lower == "he" || prev.Lower == "she" || prev.Lower == "it" || prev.Lower == "who" || prev.Lower == "which" || prev.Lower == "also":
			return true
		case strings.HasSuffix(prev.Lower, "ly") && len(prev.Lower) > 4:
			return true
		}
		return a.roles[prev.Lower] != ""
	case formBare:
		if i == 0 {
			return false
		}
		if verbStarters[prev.Lower] {
			return true
		}
		// A plural or joint subject just before: "Russia and China
		// condemn", "US, UK expel", "officials meet", "FMs meet".
		if a.roles[prev.Lower] == "group" || headlinePlural(prev) {
			return true
		}
		return prev.Word && prev.Cap && i >= 3 && (toks[i-2].Lower == "and" || toks[i-2].Text == ",")
	case formIng:
		return i > 0 && (beForms[prev.Lower] || i > 1 && beForms[toks[i-2].Lower] && !prev.Cap)
	}
	return true
}

// pastVerb reports whether t is a past form of a verb: a word in -ed or
// an irregular past ("held"). A word that a noun and a verb share is the
// noun right after one: "held talks", "issued reports".
func (a *Analyzer) pastVerb(t token) bool {
	return len(t.Lower) > 4 && strings.HasSuffix(t.Lower, "ed") || a.pasts[t.Lower]
}

// cueFormOf tells which form of its verb a noun-like cue is.
func cueFormOf(c lexicons.Cue) verbForm {
	switch {
	case !c.Noun:
		return formAny
	case c.Lemma:
		return formBare
	}
	return formS
}

// cueUse reports whether a cue form that a common noun shares reads as a
// report of speech: the -s form after its subject, as for verbUse; the
// lemma only in the present tense after a plural subject ("we welcome",
// "officials report", "Russia and China condemn"), not after "to" or a
// modal, which make it an intention ("threatened to attack").
func (a *Analyzer) cueUse(toks []token, i int, form verbForm) bool {
	if form != formBare {
		return a.verbUse(toks, i, form)
	}
	if i == 0 {
		return false
	}
	switch prev := toks[i-1]; {
	case prev.Lower == "we" || prev.Lower == "they" || prev.Lower == "i" || prev.Lower == "you":
		return true
	case a.roles[prev.Lower] == "group" || headlinePlural(prev):
		return true
	default:
		return prev.Word && prev.Cap && i >= 3 && (toks[i-2].Lower == "and" || toks[i-2].Text == ",")
	}
}

// knownName reports whether t is the first word of a name of the actor
// lexicon ("Trump", "Vladimir").
func (a *Analyzer) knownName(t token) bool {
	return a.actors != nil && a.actors.Names(t)
}
