package annotate

import (
	"strings"

	"github.com/stance-project/stance/lexicons"
)

// VerbForm is which form of a verb a word is.
type VerbForm uint8

// Verb forms.
const (
	FormAny  VerbForm = iota // not an imported verb: any use counts
	FormBare                 // the lemma: "expel"
	FormS                    // third person singular: "expels"
	FormPast                 // past or participle: "expelled"
	FormIng                  // "expelling"
)

// VerbFormOf tells which form of lemma the word form is.
func VerbFormOf(form, lemma string) VerbForm {
	switch {
	case form == lemma:
		return FormBare
	case strings.HasSuffix(form, "ing") && !strings.HasSuffix(lemma, "ing"):
		return FormIng
	case strings.HasSuffix(form, "s") && !strings.HasSuffix(lemma, "s") && (strings.HasPrefix(form, lemma) || strings.HasPrefix(form, strings.TrimSuffix(lemma, "y"))):
		return FormS
	}
	return FormPast
}

// verbStarters are words after which a bare verb form is a verb: "to", the
// modals, "not", and the pronouns that take the plain present.
var verbStarters = map[string]bool{"to": true, "will": true, "would": true, "shall": true, "should": true, "can": true,
	"could": true, "may": true, "might": true, "must": true, "not": true, "n't": true, "did": true, "do": true,
	"does": true, "we": true, "they": true, "i": true, "you": true, "also": true, "and": true, "never": true}

// midAdverbs stand between a subject and its verb ("X still occupies",
// "we now condemn").
var midAdverbs = map[string]bool{"still": true, "now": true, "already": true}

// beForms are the forms of "be", after which an -ing form is a verb.
var beForms = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true, "am": true, "'s": true, "'re": true}

// VerbUse reports whether the imported verb form at toks[i] reads as a
// verb, for a matcher with no part-of-speech tags: many CAMEO verbs share
// their forms with nouns ("approach", "exchange", "hearing", "mine"). A
// past form counts unless a determiner, a possessive or a preposition
// stands before it ("the accused"); an -s form only after its subject
// (see below: "Turkish forces" is a noun, "China slams" a verb); the bare
// lemma counts only after "to", a modal, "not" or a plural pronoun ("to
// expel", "will expel", "we condemn"), or at the start of a title or
// clause after a name ("US, UK expel ..." reads as "expels"); an -ing form
// only after a form of "be" ("are expelling").
func (lx *Lexicon) VerbUse(toks []token, i int, form VerbForm) bool {
	if form == FormAny {
		return true
	}
	var prev token
	if i > 0 {
		prev = toks[i-1]
	}
	switch form {
	case FormPast:
		return i == 0 || !NounBefore(prev)
	case FormS:
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
			if i > 1 && (IsPreposition(toks[i-2].Lower) || IsDeterminer(toks[i-2].Lower)) {
				// A role's word written with a capital after its
				// determiner is the subject: "My Government welcomes",
				// "the Ministry warns".
				return IsDeterminer(toks[i-2].Lower) && lx.Roles[prev.Lower] != ""
			}
			if lx.AdjectiveAt(toks, i-1) {
				return false
			}
			// A capital that opens the sentence makes no name: "Military
			// talks" is a noun phrase, "China slams" a subject and verb.
			return i > 1 || len(lx.Countries.Find(toks[i-1:i])) == 1 || lx.KnownName(prev)
		case prev.Lower == "he" || prev.Lower == "she" || prev.Lower == "it" || prev.Lower == "who" || prev.Lower == "which" || prev.Lower == "also":
			return true
		case LyAdverb(prev.Lower) || midAdverbs[prev.Lower]:
			return true // "strongly condemns", "still occupies"
		case prev.Text == ",":
			return lx.asideAfterName(toks, i-1)
		}
		// "My country welcomes", "our nation supports": the word of a
		// country after a possessive pronoun is a subject.
		return lx.Roles[prev.Lower] != "" || (prev.Lower == "country" || prev.Lower == "nation") && i > 1 && (toks[i-2].Lower == "my" || IsPossessivePronoun(toks[i-2].Lower))
	case FormBare:
		if i == 0 {
			// A lemma that is its own past opens an act's content ("cut
			// ties with X", of "Peru cut ties with X").
			return lx.samePast[toks[i].Lower]
		}
		if verbStarters[prev.Lower] || midAdverbs[prev.Lower] && i > 1 && verbStarters[toks[i-2].Lower] {
			return true // "to expel", "we still condemn"
		}
		// A plural or joint subject just before, or before an adverb
		// that stands between a subject and its verb: "Russia and China
		// condemn", "US, UK expel", "officials meet", "FMs meet", "X
		// troops still occupy".
		subj := prev
		if midAdverbs[prev.Lower] && i > 1 {
			subj = toks[i-2]
		}
		if lx.Roles[subj.Lower] == "group" || HeadlinePlural(subj) {
			return true
		}
		if lx.samePast[toks[i].Lower] && (prev.Word && prev.Cap && !IsPreposition(toks[max(0, i-2)].Lower) || prev.Lower == "it" || prev.Lower == "he" || prev.Lower == "she") {
			// A lemma that is its own past after a name ("Peru cut
			// ties with X", "it hit"): the past tense.
			return true
		}
		return lx.listEndsBefore(toks, i)
	case FormIng:
		return i > 0 && (beForms[prev.Lower] || i > 1 && beForms[toks[i-2].Lower] && !prev.Cap)
	}
	return true
}

// PastVerb reports whether t is a past form of a verb: a word in -ed or
// an irregular past ("held"). A word that a noun and a verb share is the
// noun right after one: "held talks", "issued reports".
func (lx *Lexicon) PastVerb(t token) bool {
	return len(t.Lower) > 4 && strings.HasSuffix(t.Lower, "ed") || lx.pasts[t.Lower]
}

// SimplePast reports whether t is an irregular past tense of
// irregular.tsv that is no participle alone ("saw", "told", "took"; not
// "known", "spoken"): a finite verb, which no noun phrase holds.
func (lx *Lexicon) SimplePast(t token) bool {
	return lx.pasts[t.Lower] && !lx.partOnly[t.Lower]
}

// Participle reports whether t can be a past participle: a past form
// (PastVerb), or a lemma that is its own past ("hit", "cut").
func (lx *Lexicon) Participle(t token) bool {
	return lx.PastVerb(t) || lx.samePast[t.Lower]
}

// cueFormOf tells which form of its verb a noun-like cue is.
func cueFormOf(c lexicons.Cue) VerbForm {
	switch {
	case !c.Noun:
		return FormAny
	case c.Lemma:
		return FormBare
	}
	return FormS
}

// cueUse reports whether a cue form that a common noun shares reads as a
// report of speech: the -s form after its subject, as for VerbUse; the
// lemma only in the present tense after a plural subject ("we welcome",
// "officials report", "Russia and China condemn"), not after "to" or a
// modal, which make it an intention ("threatened to attack").
func (lx *Lexicon) cueUse(toks []token, i int, form VerbForm) bool {
	if form != FormBare {
		return lx.VerbUse(toks, i, form)
	}
	if i == 0 {
		return false
	}
	switch prev := toks[i-1]; {
	case subjectPronoun(prev.Lower):
		return true // "who back ...": a plural antecedent
	case pronounBeforeAdverbs(toks, i):
		return true // "we also welcome", "they strongly support", "we once again condemn"
	case (prev.Lower == "both" || prev.Lower == "all") && i >= 2 && (toks[i-2].Lower == "we" || toks[i-2].Lower == "they" || toks[i-2].Lower == "you" || toks[i-2].Lower == "who"):
		return true // "they both back", "who all support": a floating quantifier
	case prev.Lower == "did" || prev.Lower == "do" || prev.Lower == "does" || prev.Lower == "n't" || prev.Lower == "not" || prev.Lower == "never":
		return true // "did support", "wouldn't back", "does not endorse"
	case prev.Lower == "to" && i >= 2 && (InfinitiveHead(toks[i-2].Lower) || SayHead(toks[i-2].Lower) || toks[i-2].Lower == "on" && i >= 3 && GoesOn(toks[i-3].Lower)):
		// "is expected to back", "went on to stress": a verb after a head
		// that makes it said or done (not "an envoy to protest").
		return true
	case lx.Roles[prev.Lower] == "group" || HeadlinePlural(prev) || lx.groupBefore(toks, i):
		return true
	case lx.Roles[prev.Lower] == "institution" && (strings.HasSuffix(prev.Lower, "s") || prev.Lower == "data"):
		return true // "polls show", "records show", "data suggest": a plural source
	case (lx.samePast[toks[i].Lower] || lx.pasts[toks[i].Lower]) && (prev.Word && prev.Cap && !IsPreposition(toks[max(0, i-2)].Lower) && !IsDeterminer(toks[max(0, i-2)].Lower) || prev.Lower == "he" || prev.Lower == "she" || prev.Lower == "it"):
		return true // "Ruiz forecast that": a lemma that is its own past, after a name
	default:
		return lx.listEndsBefore(toks, i)
	}
}

// ModalName reports whether "Will" or "May" first in the sentence
// (toks[0]) is a name: a verb in the past or in -s follows it, which no
// modal takes ("May said", "Will urges"); later in a sentence a
// capitalised "Will" or "May" is one always (SkipAdverbials).
func (lx *Lexicon) ModalName(toks []token) bool {
	if len(toks) < 2 || !toks[0].Cap || toks[0].Lower != "will" && toks[0].Lower != "may" {
		return false
	}
	t := toks[1]
	if !t.Word || t.Cap {
		return false
	}
	l := t.Lower
	return lx.pasts[l] || lx.samePast[l] || len(l) > 3 && (strings.HasSuffix(l, "ed") || strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss"))
}

// perfectBefore reports whether a form of "have" stands before the
// participle at toks[i], past "not" and adverbs ("has long spoken", "had
// not known"): a participle that is no past tense ("known", "spoken",
// "written") is an active verb only in a perfect tense. After a noun it
// modifies it ("a group known as ..."), after "be" it is a passive ("is
// known for ...").
func perfectBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch w := toks[k].Lower; {
		case w == "has" || w == "have" || w == "had" || w == "'ve" || w == "having":
			return true
		case w == "not" || w == "n't" || w == "never" || w == "also" || w == "already" || w == "long" || w == "just" || w == "since" || w == "ever" || w == "often" || w == "repeatedly" ||
			LyAdverb(w):
		default:
			return false
		}
	}
	return false
}

// groupBefore reports whether a group of people heads the subject that
// ends before toks[i], behind a phrase of where or whose ("residents of
// the town fear", "officials in Lima say"): the plural subject of a
// present tense.
func (lx *Lexicon) groupBefore(toks []token, i int) bool {
	for k := i - 1; k >= 1 && k >= i-5; k-- {
		switch toks[k].Lower {
		case "of", "in", "at", "from":
			return lx.Roles[toks[k-1].Lower] == "group"
		}
		if !toks[k].Word || IsAuxiliary(toks[k].Lower) {
			return false
		}
	}
	return false
}

// KnownName reports whether t is the first word of a name of the actor
// lexicon ("Trump", "Vladimir").
func (lx *Lexicon) KnownName(t token) bool {
	return lx.Actors != nil && lx.Actors.Names(t)
}

// doSupport reports whether w is a past form that takes a verb's bare
// form, not a noun: "did say", "would add", "could warn" (unlike "held
// talks").
func doSupport(w string) bool {
	switch w {
	case "did", "would", "could", "should", "might":
		return true
	}
	return false
}

// NounBefore reports whether a word before a form that a verb and a noun
// share makes it the noun: a determiner, a possessive, a preposition or an
// adjective of time ("the report", "Russia's support", "in talks", "new
// claims").
func NounBefore(t token) bool {
	if t.Poss {
		return true
	}
	switch t.Lower {
	case "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your",
		"of", "for", "in", "on", "with", "by", "from", "into", "about", "after", "before", "under", "over",
		"no", "any", "some", "each", "every", "such", "another", "whose", "new", "first", "last", "latest",
		"recent", "annual", "final", "full", "official", "public", "media", "news", "press":
		return true
	}
	return false
}

// listEndsBefore reports whether a name that ends a list stands before
// toks[i], the plural subject of a bare verb ("Russia and China condemn",
// "US, UK expel"); a country's adjective is no subject ("…, Peruvian
// state television reported").
func (lx *Lexicon) listEndsBefore(toks []token, i int) bool {
	prev := toks[i-1]
	if !prev.Word || !prev.Cap || lx.AdjectiveAt(toks, i-1) {
		return false
	}
	// The last item may be a name of a few words, a possessive country
	// before it ("A's Ana Ruiz and B's Luis Vera pledge").
	k := i - 2
	for k >= 1 && k >= i-4 && toks[k].Word && toks[k].Cap {
		k--
	}
	return k >= 1 && (toks[k].Lower == "and" || toks[k].Text == ",")
}

// AdjectiveAt reports whether toks[j] names a country by its adjective,
// alone ("Peruvian") or as a word of an adjective of several ("Sierra
// Leonean", "Costa Rican").
func (lx *Lexicon) AdjectiveAt(toks []token, j int) bool {
	ms := lx.Countries.Find(toks[j : j+1])
	if len(ms) == 1 && ms[0].Kind == ByAdjective {
		return true
	}
	if !toks[j].Cap || !(j > 0 && toks[j-1].Cap || j+1 < len(toks) && toks[j+1].Cap) {
		return false // every word of an adjective of several is capitalised
	}
	from := max(0, j-3)
	for _, m := range lx.Countries.Find(toks[from:min(len(toks), j+4)]) {
		if m.Kind == ByAdjective && m.End-m.Tok > 1 && from+m.Tok <= j && j < from+m.End {
			return true
		}
	}
	return false
}

// HeadlinePlural reports whether t is a capitalised abbreviation in the
// plural, as headlines write "FMs", "PMs".
func HeadlinePlural(t token) bool {
	return len(t.Text) >= 3 && len(t.Text) <= 5 && strings.HasSuffix(t.Text, "s") && strings.ToUpper(t.Text[:len(t.Text)-1]) == t.Text[:len(t.Text)-1]
}

// particleBack reports whether "back" at toks[i] is the particle of a
// phrasal verb three words before at most (words.tsv class particle:
// "pull its troops back", "scaled them back", "look back"), or an
// adverb after a copula or a word of distance or time ("is back here",
// "as far back as 1945", "centuries back"), not the verb of support.
func (lx *Lexicon) particleBack(toks []token, i int) bool {
	if i > 0 {
		switch p := toks[i-1].Lower; {
		case p == "to":
			return false // "moved to back X's bid": the verb
		case IsBe(p) || backAdverbs[p]:
			return true
		}
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if lx.Words.Is(toks[k].Lower, lexicons.WordParticle) {
			return true
		}
		if !toks[k].Word {
			return false
		}
	}
	return false
}

// backAdverbs are words after which "back" is an adverb of distance or
// time: "as far back as", "way back", "years back".
var backAdverbs = map[string]bool{"far": true, "way": true, "years": true, "decades": true, "centuries": true, "months": true, "weeks": true, "days": true, "clock": true}

// asideAfterName reports whether the comma at toks[c] closes an aside
// set off after a name, its subject: "Kenya, in a shift, backs …",
// "Peru, citing security, closes …". The aside opens with a lower-case
// preposition, a word in -ing or an adverb in -ly, and holds at most five
// words and no other comma.
func (lx *Lexicon) asideAfterName(toks []token, c int) bool {
	for j := c - 2; j >= 1 && j >= c-6; j-- {
		if toks[j].Text != "," {
			continue
		}
		open, name := toks[j+1], toks[j-1]
		if open.Cap || !open.Word || !(IsPreposition(open.Lower) || strings.HasSuffix(open.Lower, "ing") || strings.HasSuffix(open.Lower, "ly")) {
			return false
		}
		return name.Word && name.Cap && !lx.AdjectiveAt(toks, j-1) && (j == 1 || !IsPreposition(toks[j-2].Lower))
	}
	return false
}

// pronounBeforeAdverbs reports whether one or two adverbs stand before
// toks[i] (a word in -ly, "also", "therefore", "again", "once",
// "further", or one of midAdverbs) and a plural or first-person pronoun
// before them: "we also welcome", "they strongly support", "we once again
// condemn".
func pronounBeforeAdverbs(toks []token, i int) bool {
	k := i - 1
	for k >= 0 && k >= i-2 && adverbBeforeVerb(toks[k].Lower) {
		k--
	}
	return k < i-1 && k >= 0 && subjectPronoun(toks[k].Lower)
}

// subjectPronoun reports whether w is a pronoun a bare verb form follows
// as its subject: a plural or first- or second-person one, or "who".
func subjectPronoun(w string) bool {
	switch w {
	case "we", "they", "i", "you", "who":
		return true
	}
	return false
}

// adverbBeforeVerb reports whether w is an adverb that stands between a
// subject and its verb.
func adverbBeforeVerb(w string) bool {
	switch w {
	case "also", "therefore", "again", "once", "further", "thus", "hence":
		return true
	}
	return midAdverbs[w] || LyAdverb(w)
}

// LyAdverb reports whether w reads as an adverb in -ly ("strongly",
// "firmly"): five letters or more, so that "ally" and "only" are none.
func LyAdverb(w string) bool { return strings.HasSuffix(w, "ly") && len(w) > 4 }
