package score

import (
	"slices"
	"strings"

	"github.com/stance-project/stance/analysis/annotate"
	"github.com/stance-project/stance/lexicons"
)

// Roles of targets: which part a country plays in what a lexicon term
// names. A term speaks about its target; an agent that does what the term
// names, a patient it is done to, a place where it happens and a victim it
// harms play other parts, and only some of them are the speaker's target.

// placeOfSituation reports whether the mention m, right before the term at
// toks[i], is the place of a situation noun rather than its agent.
func placeOfSituation(words annotate.WordClasses, toks []token, m mention, i int) bool {
	return i < len(toks) && words.Is(toks[i].Lower, lexicons.WordSituation) && m.End == i && !toks[m.End-1].Poss
}

// obliqueBefore reports whether the country mention at toks[m] is the
// object of a preposition ("talks with the Peruvian government", "aid to
// Chile", "troops in Peru"), over determiners and words of direction: an
// oblique, never the subject of a verb after it. "by" is left out (it
// names the agent of a passive), and so are the words that also open a
// clause ("since Chile annexed ...", "after Chile expelled ...").
func obliqueBefore(toks []token, m int) bool {
	k := annotate.BeforeDirection(toks, m)
	return k >= 0 && !subordinators[toks[k].Lower] && (annotate.IsPreposition(toks[k].Lower) || annotate.IsLocative(toks[k].Lower))
}

// prepositionalNoun reports whether the act at toks[i], a noun (no -ed
// form), heads the object of a preposition that follows the country
// ending at toks[end]: a preposition, a determiner, then lower-case words
// only ("warned X about a planned attack", "alerted X to an imminent
// strike"). The country is no subject of that act.
func prepositionalNoun(toks []token, end, i int) bool {
	if strings.HasSuffix(toks[i].Lower, "ed") {
		return false
	}
	for k := end; k+1 < i; k++ {
		if !annotate.IsPreposition(toks[k].Lower) && toks[k].Lower != "to" || subordinators[toks[k].Lower] || !annotate.IsDeterminer(toks[k+1].Lower) {
			continue
		}
		for j := k + 2; j < i; j++ {
			if !toks[j].Word || toks[j].Cap {
				return false
			}
		}
		return true
	}
	return false
}

// subordinators are prepositions that also open a clause (or, "by", name
// the agent of a passive): a country after one may be a subject.
var subordinators = map[string]bool{"by": true, "since": true, "after": true, "before": true, "like": true, "unlike": true}

// countrySubject returns the country that is the subject of the verb at
// toks[k]: a mention that ends right before it, over auxiliaries and
// adverbs ("Chile has repeatedly") and a verb before "to" ("Chile
// continues to"), or before one or two lower-case words
// that head the subject ("Chilean troops", "Chile's armed forces"). A
// possessor right before the word makes it a noun ("Chile's support"), and
// the object of a preposition is no subject ("talks with Chile ended"),
// unless it names the rulers that open the sentence ("The Government of
// Chile has refused": rulersOpen).
// The owner of a noun of resolve before "to" is the subject of the
// infinitive ("Chile's decision to sell": decisionOwner).
func countrySubject(words annotate.WordClasses, ms []mention, toks []token, k int) (mention, bool) {
	m, _, ok := subjectOf(words, ms, toks, k)
	return m, ok
}

// subjectOf is countrySubject, and reports whether the subject owns a
// noun of resolve whose infinitive's verb the word is (decisionOwner).
func subjectOf(words annotate.WordClasses, ms []mention, toks []token, k int) (subj mention, resolve, ok bool) {
	j := annotate.SkipAdverbials(toks, k)
	if j >= 2 && toks[j-1].Lower == "to" && catenatives[toks[j-2].Lower] {
		j = annotate.SkipAdverbials(toks, j-2) // "X continues to wage …"
	}
	if m, ok := decisionOwner(ms, toks, j); ok {
		return m, j == k, true // "X's decision to sell arms to Y"
	}
	for h := j; h >= 0 && h >= j-2; h-- {
		for _, m := range ms {
			if m.End != h {
				continue
			}
			if h == k && toks[h-1].Poss || m.Tok > 0 && obliqueBefore(toks, m.Tok) && !rulersOpen(words, toks, m) {
				return mention{}, false, false
			}
			return m, false, true
		}
		if h == 0 {
			break
		}
		if t := toks[h-1]; !t.Word || t.Cap || annotate.IsPreposition(t.Lower) || annotate.IsDeterminer(t.Lower) || clauseWords[t.Lower] {
			break
		}
	}
	return mention{}, false, false
}

// decisionOwner returns the country that owns a noun of decision
// (infinitiveNouns) whose infinitive's verb is at toks[j]: right before the
// noun ("X's decision to", "the X decision to"), or before a possessive
// noun of its own before it ("the X Government's decision to"), or after
// the noun's "of" ("the decision of X to").
func decisionOwner(ms []mention, toks []token, j int) (mention, bool) {
	if j < 3 || toks[j-1].Lower != "to" {
		return mention{}, false
	}
	d := j - 2
	before := infinitiveNouns[toks[d].Lower] // "X's decision | to"
	for _, m := range ms {
		if before && (m.End == d || m.End == d-1 && toks[d-1].Poss && toks[d-1].Word && !toks[m.End-1].Poss) {
			return m, true
		}
		if m.End == j-1 && m.Tok >= 2 {
			o := beforeMention(toks, m)
			if o >= 1 && toks[o].Lower == "of" && infinitiveNouns[toks[o-1].Lower] {
				return m, true
			}
		}
	}
	return mention{}, false
}

// catenatives are verbs whose subject does the act of the infinitive
// after them: "X continues to wage war", "X seeks to annex".
var catenatives = map[string]bool{"continue": true, "continues": true, "continued": true, "continuing": true,
	"try": true, "tries": true, "tried": true, "seek": true, "seeks": true, "sought": true, "attempt": true,
	"attempts": true, "attempted": true, "plan": true, "plans": true, "planned": true, "threaten": true,
	"threatens": true, "threatened": true, "intend": true, "intends": true, "intended": true, "persist": true}

// clauseWords join or open clauses: a country before one is no subject of
// the verb after it.
var clauseWords = map[string]bool{"and": true, "or": true, "that": true, "who": true, "which": true, "to": true, "if": true, "when": true, "as": true}

// otherActs reports whether the verb at toks[i:i+n] is the act of a
// country other than the speaker (self): its subject is a country, none of
// those listed with it is the speaker's, and the word reads as a verb (a
// form in -ed or -s, an auxiliary or adverb before it, or an infinitive
// after a catenative or a noun of resolve its subject owns). In a speech of
// Bolivia, "Chile expelled Peru's envoy" is Chile's act toward Peru, and
// Peru is its victim, not Bolivia's target.
func otherActs(words annotate.WordClasses, ms []mention, toks []token, self string, i, n int) bool {
	m, resolve, ok := subjectOf(words, ms, toks, i)
	if !ok {
		return false
	}
	for _, c := range coordinated(ms, toks, m) {
		if c.Code == self {
			return false
		}
	}
	w := toks[i].Lower
	if n > 1 && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "s") {
		w = toks[i+n-1].Lower
	}
	// "X continues to sell …", "X's decision to sell …": the
	// infinitive is X's act.
	catenative := resolve || i >= 2 && toks[i-1].Lower == "to" && catenatives[toks[i-2].Lower]
	return catenative || annotate.SkipAdverbials(toks, i) < i || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// victimMarkers open the phrase of a victim after a hostile noun: "a
// threat to X", "aggression against X", "attacks on X".
var victimMarkers = map[string]bool{"to": true, "against": true, "on": true}

// victimPhrase reports whether the phrase that starts at toks[j], after a
// hostile noun, names its victim: a victim marker before a country or a
// pronoun's possession ("threat to Chile", "threat to the Chilean
// people", "attacks on its territory").
func victimPhrase(ms []mention, toks []token, j int) bool {
	if j+1 >= len(toks) || !victimMarkers[toks[j].Lower] {
		return false
	}
	k := j + 1
	if annotate.IsPossessivePronoun(toks[k].Lower) {
		return true
	}
	if annotate.IsDeterminer(toks[k].Lower) && k+1 < len(toks) {
		k++
	}
	for _, m := range ms {
		if m.Tok == k {
			return true
		}
	}
	return false
}

// businessSubject reports whether a subject phrase names a business
// ("Chinese companies", "the Peruvian mining firm", "Chile's biggest
// lender"), not a state: what a firm does or says is no stance of its
// country, as event data codes a firm apart from its government. The
// phrase is read up to its first comma, "of" or relative pronoun; a
// central, state or development bank or fund is an organ of its state.
// A party out of power ("the main opposition party") is no state either,
// nor are people who act for themselves (words.tsv nonstate: "X
// militants", "X students").
func businessSubject(words annotate.WordClasses, subj []token) bool {
	for k, t := range subj {
		if t.Lower == "of" && k > 0 && annotate.IsCollective(subj[k-1].Lower) {
			continue // "thousands of X students": the head comes after "of"
		}
		if t.Text == "," || t.Lower == "of" || t.Lower == "who" || t.Lower == "which" {
			return false
		}
		if words.Is(t.Lower, lexicons.WordOpposition) || words.Is(t.Lower, lexicons.WordNonState) {
			return true // "Peru's main opposition party", "Peruvian militants": not the state
		}
		if !words.Is(t.Lower, lexicons.WordBusiness) && !strings.HasSuffix(t.Lower, "-based") {
			continue
		}
		if k > 0 && stateModifiers[subj[k-1].Lower] {
			return false
		}
		return true
	}
	return false
}

// stateModifiers make a bank or fund an organ of the state ("central bank").
var stateModifiers = map[string]bool{"central": true, "state": true, "state-owned": true, "national": true,
	"development": true, "monetary": true, "sovereign": true, "reserve": true, "world": true}

// speechOtherAct decides a term of attach kind object (a verb: "refused",
// "supported", "blamed") at toks[i:i+n] that, in a speech, is the act of a
// country other than the speaker (otherActs): its object is the subject's
// target, not the speaker's ("Chile supported Peru", "Chile refused Peru's
// offer", in a speech of Bolivia). It reports whether the term is such an
// act; then got is the country the speaker's stance reaches, if any: of a
// hostile act, the agent when the act obstructs (a verb of rejection:
// "Chile has rejected the proposal") or when it is done to the speaker's
// own country ("Chile blamed Bolivia": the speaker's complaint). An
// organisation's act and a passive ("X was refused") are none.
func speechOtherAct(words annotate.WordClasses, ms []mention, toks []token, self string, lt *annotate.Term, w float64, clause []int, i, n int) (got []mention, other bool) {
	if lt.Attach != lexicons.AttachObject || !otherActs(words, ms, toks, self, i, n) {
		return nil, false
	}
	subj, _ := countrySubject(words, ms, toks, i)
	if lexicons.IsOrganisation(subj.Code) {
		// "the General Assembly welcomed X": the speaker is one of the
		// organisation's members, and its act is not another's.
		return nil, false
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if annotate.IsBe(toks[k].Lower) && !(i+n < len(toks) && toks[i+n].Lower == "to") {
			// "X was refused its seat": the subject of a passive is
			// what the act is done to ("X is opposed to" is X's act).
			return nil, false
		}
	}
	if w >= 0 {
		if w > 0 && firstPersonObject(toks, i+n) {
			// "X has always supported us", "X helped our country":
			// what another does for the speaker is the speaker's
			// gratitude toward it.
			return coordinated(ms, toks, subj), true
		}
		return nil, true
	}
	toSelf := false
	for _, m := range ms {
		if m.Tok >= i+n && m.Tok-(i+n) <= 8 && clause[m.Tok] == clause[i] {
			toSelf = m.Code == self
			break
		}
	}
	if lt.Class != "REJECT" && !toSelf {
		return nil, true
	}
	return coordinated(ms, toks, subj), true
}

// firstPersonObject reports whether the speaker names itself right at
// toks[j] as a verb's object: "us", "me", or "our" or "my" before a noun
// of the speaker's country or people ("our country", "our people").
func firstPersonObject(toks []token, j int) bool {
	if j >= len(toks) {
		return false
	}
	switch toks[j].Lower {
	case "us", "me":
		return true
	case "our", "my":
		return j+1 < len(toks) && selfNouns[toks[j+1].Lower]
	}
	return false
}

// firstPersonBefore reports whether "us" or "me" stands right before the
// term at toks[i], over a determiner and one plain word: the indirect
// object of the verb before it ("has rendered us valuable assistance").
func firstPersonBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch t := toks[k]; {
		case t.Lower == "us" || t.Lower == "me":
			return k > 0 && toks[k-1].Word && !toks[k-1].Cap && !annotate.IsPreposition(toks[k-1].Lower)
		case !t.Word || t.Cap || annotate.IsPreposition(t.Lower):
			return false
		}
	}
	return false
}

// selfNouns name the speaker's own country after "our" or "my".
var selfNouns = map[string]bool{"country": true, "nation": true, "people": true, "government": true, "state": true, "republic": true}

// patientMention reports whether the country mention m, in the phrase that
// starts at toks[from], only qualifies a patient noun (words.tsv: people,
// what they own or what they are owed; a country that only qualifies one,
// "the Chilean people", "the will of Chile", is the one a hostile act
// harms, not its author: "crimes against the Chilean people", "against the
// will of Chile"): the noun
// follows it (over the countries listed with it and one lower-case word:
// "the Chilean and Peruvian peoples", "Chilean civilian population"; not
// "will", which there is an auxiliary), or
// the mention follows the noun and "of" ("the will of Chile").
func patientMention(words annotate.WordClasses, ms []mention, toks []token, from int, m mention) bool {
	for k := from; k+1 < m.Tok; k++ {
		if words.Is(toks[k].Lower, lexicons.WordPatient) && toks[k+1].Lower == "of" {
			return true
		}
	}
	end := m.End
	for _, c := range coordinated(ms, toks, m) {
		end = max(end, c.End)
	}
	for k := end; k < len(toks) && k <= end+1; k++ {
		t := toks[k]
		if !t.Word || t.Cap {
			return false
		}
		if words.Is(t.Lower, lexicons.WordPatient) && t.Lower != "will" {
			return true
		}
	}
	return false
}

// firstPerson are the words by which a speaker names itself.
var firstPerson = map[string]bool{"we": true, "our": true, "us": true, "ours": true, "i": true, "my": true, "me": true}

// speakerParty reports whether a sentence of a speech names the speaker,
// by a first-person word or its country (self): only then can a contact it
// tells of be the speaker's ("we held talks with X", "the ministers of X
// and of our country met").
func speakerParty(ms []mention, toks []token, self string) bool {
	for _, t := range toks {
		if firstPerson[t.Lower] {
			return true
		}
	}
	for _, m := range ms {
		if m.Code == self {
			return true
		}
	}
	return false
}

// sessionMeeting reports whether the word at toks[i] is a numbered or
// plenary meeting of a body ("[1346th meeting]", "the third plenary
// meeting"), as speeches cite the records: a reference to a session, not
// contact between those it names.
func sessionMeeting(toks []token, i int) bool {
	if !strings.HasPrefix(toks[i].Lower, "meeting") || i == 0 {
		return false
	}
	w := toks[i-1].Lower
	if w == "plenary" {
		return true
	}
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	return strings.HasSuffix(w, "st") || strings.HasSuffix(w, "nd") || strings.HasSuffix(w, "rd") || strings.HasSuffix(w, "th")
}

// subjectBefore reports whether a country before toks[k] can be a subject:
// named, not the object of a preposition nor a possessive ("recalled its
// envoy to X and suspended …" has none), nor an adjective whose noun
// stands before the "and" at toks[k-1] ("froze Xian assets and banned …").
func subjectBefore(ms []mention, toks []token, k int) bool {
	return slices.ContainsFunc(ms, func(m mention) bool {
		return m.Tok < k && !(m.Tok > 0 && obliqueBefore(toks, m.Tok)) && !toks[m.End-1].Poss && !(m.Kind == annotate.ByAdjective && m.End < k-1)
	})
}

// borderAfter reports whether the country m names the border right after
// it ("to the X border", "along the X frontier"): a place.
func borderAfter(toks []token, m mention) bool {
	if m.End >= len(toks) || toks[m.End-1].Poss {
		return false
	}
	switch toks[m.End].Lower {
	case "border", "borders", "frontier", "boundary":
		return true
	}
	return false
}

// placeOnly reports whether the target m of a CAMEO pattern of weight w
// only places what the pattern acts on: a border troops go to (borderAfter)
// is no recipient of aid, and a situation a hostile act is against
// (placeOfSituation: "the Almaty unrest") no target of it; aid to a
// situation is aid to its country.
func placeOnly(words annotate.WordClasses, toks []token, m mention, w float64) bool {
	return w > 0 && borderAfter(toks, m) || w < 0 && placeOfSituation(words, toks, m, m.End)
}

// rulersOpen reports whether m is the complement of a noun of rulers
// (words.tsv rulers) that opens toks, a determiner before it at most:
// "The Government of X", "the regime of the X".
func rulersOpen(words annotate.WordClasses, toks []token, m mention) bool {
	r := headOfBefore(toks, m)
	return r >= 0 && words.Is(toks[r].Lower, lexicons.WordRulers) && (r == 0 || r == 1 && annotate.IsDeterminer(toks[0].Lower))
}
