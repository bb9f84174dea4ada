package score

import (
	"strings"

	"github.com/stance-project/stance/analysis/annotate"
	"github.com/stance-project/stance/lexicons"
)

// Negation: which word before a lexicon term negates it, and what the
// negation leaves of the term's weight.

// notNegating words after a negator undo it: "not only", "nothing but",
// "not just".
var notNegating = map[string]bool{"only": true, "but": true, "just": true, "merely": true, "simply": true, "least": true}

// stopVerbs negate the act in -ing right after them ("stop providing").
var stopVerbs = map[string]bool{"stop": true, "stops": true, "stopped": true, "stopping": true, "cease": true, "ceases": true, "ceased": true}

// endInfinitives end the cooperation that follows them after "to"
// ("vowed to end cooperation with X", "threatened to cut ties", "urged Y
// to stop arms sales to X"): their finite forms are negators
// (annotate.IsNegator); the lemma, which may be a noun ("the end of the
// talks"), ends it only as an infinitive (endedAfterTo).
var endInfinitives = map[string]bool{"end": true, "stop": true, "halt": true, "cease": true, "suspend": true, "sever": true,
	"cut": true, "freeze": true, "scrap": true, "abandon": true, "terminate": true}

// endedAfterTo returns the infinitive of ending (endInfinitives, after
// "to") among the three words before toks[i], in its clause; -1 when
// there is none.
func endedAfterTo(toks []token, i int) int {
	for k := i - 1; k >= 1 && k >= i-3; k-- {
		if !toks[k].Word {
			return -1
		}
		if toks[k-1].Lower == "to" && endInfinitives[toks[k].Lower] {
			return k
		}
	}
	return -1
}

// negatorBefore returns the negator that governs the term at toks[i]: one
// of the three words before it, in its clause, or one that governs the
// verb whose infinitive it is; -1 when there is none.
func negatorBefore(toks []token, i int) int {
	if i >= 1 && stopVerbs[toks[i-1].Lower] && strings.HasSuffix(toks[i].Lower, "ing") {
		// "must stop providing X with arms": the act stopped is not
		// done; "will never stop supporting X" stops nothing.
		for k := i - 2; k >= 0 && k >= i-3; k-- {
			if annotate.IsNegator(toks[k].Lower) {
				return -1
			}
		}
		return i - 1
	}
	if k := abstainedBefore(toks, i); k >= 0 {
		return k
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if l := toks[k].Lower; annotate.IsNegator(l) || l == "yet" && k+1 < i && toks[k+1].Lower == "to" || l == "against" && gerundAt(toks, k+1) || alternativeAt(toks, k) || phrasalNegator(toks, k) {
			// "has yet to recognise X": not done.
			if k+1 < i && (notNegating[toks[k+1].Lower] || focusAt(toks, k, i)) {
				return -1 // "not only condemned X but ...", "nothing less than"
			}
			if endedWith(toks, k) {
				return -1 // "the visit ended with warm words"
			}
			return k
		}
		if toks[k].Text == "," || toks[k].Text == ";" || annotate.IsQuoteToken(toks[k].Text) {
			// A comma ends a negator's reach, and so does a quotation
			// mark, single quotes included: the negator of "a 'no
			// limits' partnership" is inside the quoted words.
			break
		}
	}
	if v := participationBefore(toks, i); v >= 0 {
		// "refused to take part in military action against X": the
		// negation of the verb of taking part reaches what it is in.
		return negatorBefore(toks, v)
	}
	if i >= 2 && toks[i-1].Lower == "to" {
		// "has not yet decided to condemn X", "did not want to attack
		// X": the negation of the verb an infinitive completes reaches
		// the infinitive, past a time between ("refused on Monday to
		// support").
		v := i - 2
		if v >= 1 && annotate.IsTimeWord(toks[v].Lower) {
			v--
			if v >= 1 && (toks[v].Lower == "on" || toks[v].Lower == "last" || toks[v].Lower == "this") {
				v--
			}
		}
		if toks[v].Word && !toks[v].Cap {
			if v < i-2 && annotate.IsNegator(toks[v].Lower) {
				return v // "refused on Monday to support"
			}
			return negatorBefore(toks, v)
		}
	}
	for p := i - 1; p >= 1 && p >= i-4; p-- {
		if toks[p].Lower != "as" {
			continue
		}
		// "refuses to recognise X as its legitimate leader", "does not
		// regard X as a partner": what the object is taken as is in the
		// negated verb's reach.
		for v := p - 1; v >= 1 && v >= p-5; v-- {
			if t := toks[v]; t.Word && !t.Cap && !annotate.IsDeterminer(t.Lower) && !t.Poss {
				if k := negatorBefore(toks, v); k >= 0 {
					return k
				}
				break
			}
		}
		break
	}
	return -1
}

// easedBefore returns the word of easing (words.tsv class easing:
// suspended, froze, halts; or the "off" of "called off") whose object
// holds the term at toks[i], past
// negatorBefore's three words: "suspended 20 million crowns in aid to X",
// "froze all of its military cooperation with X". Only the words of a noun
// phrase stand between (no punctuation, no verb's "to", no clause word);
// -1 when there is none. A word of easing that negates nothing else
// (ease, relax, loosen) eases only a hostile term (hostile true): "eased
// curbs on X", but not the cooperation that follows "the easing of
// tension and".
func easedBefore(words annotate.WordClasses, toks []token, i int, hostile bool) int {
	for k := i - 1; k >= 0 && k >= i-7; k-- {
		t := toks[k]
		if words.Is(t.Lower, lexicons.WordEasing) && (hostile || annotate.IsNegator(t.Lower)) || t.Lower == "off" && phrasalNegator(toks, k) {
			if endedWith(toks, k) {
				return -1 // "the visit ended with pledges of support": what it came to
			}
			if easingDenied(words, toks, k) {
				return -1 // "showed no sign of relaxing its repression": not eased
			}
			return k
		}
		if !t.Word && !annotate.IsNumeral(t.Text) || t.Lower == "to" || t.Lower == "and" || t.Lower == "that" || t.Lower == "which" || t.Lower == "against" {
			// "against" opens the target of what is eased ("eased
			// sanctions against the regime in X"), no part of it.
			return -1
		}
	}
	return -1
}

// easingDenied reports whether the word of easing at toks[k] is itself
// negated by a word up to four before it, within its clause and no word
// of easing itself: "has shown no sign of relaxing", "did not ease".
func easingDenied(words annotate.WordClasses, toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		l := toks[j].Lower
		if !toks[j].Word {
			return false
		}
		if annotate.IsNegator(l) && !words.Is(l, lexicons.WordEasing) {
			return true
		}
	}
	return false
}

// rejectedBefore returns the word of rejection (words.tsv class reject:
// rejected, refused, declined) whose object holds the cooperative term at
// toks[i], past negatorBefore's three words: "refused an offer of aid
// from X", "turned down a fresh invitation from X". Only the words
// of a noun phrase stand between, as for easedBefore. When the term's
// noun phrase opens toks and cueRejects says the statement's cue is such a
// word ("X rejected | an offer of talks from Y"), the cue governs it and
// rejectedBefore returns len(toks). It returns -1 when there is none.
//
// A hostile term between heads the phrase the term is in ("rejected the
// violation of X's sovereignty": the sovereignty is not rejected), and a
// relative pronoun or "by" opens a clause or an agent of its own.
func rejectedBefore(words annotate.WordClasses, toks []token, i int, cueRejects bool, hostile func(int) bool) int {
	// An infinitive may complement a proposal's noun ("an offer from X
	// to mediate"): its "to" is no break when such a noun (words.tsv
	// stated) stands before it in the phrase.
	proposal := false
	for k := i - 1; k >= 0 && k >= i-7; k-- {
		t := toks[k]
		if words.Is(t.Lower, lexicons.WordReject) || t.Lower == "down" && k > 0 && turnForms[toks[k-1].Lower] {
			if proposal {
				return -1
			}
			return k // "turned down an invitation from X"
		}
		if t.Lower == "to" && !proposal && k+1 < len(toks) && toks[k+1].Word && !toks[k+1].Cap {
			proposal = true // until a proposal's noun
			continue
		}
		if words.Is(t.Lower, lexicons.WordStated) || infinitiveNouns[t.Lower] {
			proposal = false // "rejects X's decision to resume exports": what is turned down
		}
		if !t.Word && !annotate.IsNumeral(t.Text) || hostile(k) || rejectBreaks[t.Lower] {
			return -1
		}
		if k == 0 && cueRejects && !proposal {
			return len(toks)
		}
	}
	if i == 0 && cueRejects {
		return len(toks)
	}
	return -1
}

// negatedRejection reports whether the negator at toks[k] (negatorBefore
// of the term at toks[i]) governs a word of rejection or denial
// (words.tsv reject, deny) before the term: "cannot deny X's right to
// exist", "did not reject the offer of aid from X". The two cancel: the
// term keeps its weight.
func negatedRejection(words annotate.WordClasses, toks []token, k, i int) bool {
	return negatedVerbOf(words, toks, k, i, lexicons.WordReject, lexicons.WordDeny)
}

// negatedVerbOf reports whether the negator at toks[k] is one that
// negates the verb after it ("not", "never", "cannot", "n't") and a word
// of any of the classes cs stands between it and the term at toks[i]. A
// verb of ending or refusing negates no other verb: "broke off and refuse
// to resume" are two verbs.
func negatedVerbOf(words annotate.WordClasses, toks []token, k, i int, cs ...lexicons.WordClass) bool {
	if !particleNegator(toks[k].Lower) {
		return false
	}
	for j := k + 1; j < i; j++ {
		if words.Is(toks[j].Lower, cs...) {
			return true
		}
	}
	return false
}

// refusedPermit reports whether the negator at toks[k] governs a verb of
// letting something be (words.tsv permit) before the term at toks[i]:
// "will not tolerate X's incursions", "would never allow Xian troops
// …", or of recognising it (words.tsv recognise: "will never recognise
// the annexation of our islands by X"). What is not let be is refused,
// not denied.
func refusedPermit(words annotate.WordClasses, toks []token, k, i int) bool {
	return negatedVerbOf(words, toks, k, i, lexicons.WordPermit, lexicons.WordRecognise)
}

// requestNounsDenied are the nouns of a request that a verb of denial
// refuses rather than disputes ("denied X's request for extradition",
// "denies an appeal for aid").
var requestNounsDenied = map[string]bool{"request": true, "requests": true, "appeal": true, "appeals": true, "plea": true,
	"pleas": true, "offer": true, "offers": true, "application": true, "applications": true}

// requestOpens reports whether the content toks opens with a noun of
// request (requestNounsDenied, openingNoun).
func requestOpens(toks []token) bool {
	return openingNoun(toks, func(w string) bool { return requestNounsDenied[w] }) >= 0
}

// openingNoun returns the index of the first of the five words that open
// a content for which is holds, after at most a determiner, its owner and
// two modifiers ("the latest US accusations", "X's request for"), or -1:
// a preposition, "that" or punctuation ends the search.
func openingNoun(toks []token, is func(string) bool) int {
	for k := 0; k < len(toks) && k < 5; k++ {
		if is(toks[k].Lower) {
			return k
		}
		if !toks[k].Word || annotate.IsPreposition(toks[k].Lower) || toks[k].Lower == "that" {
			return -1
		}
	}
	return -1
}

// refusedUndergoing reports whether the negator at toks[k] governs a
// passive of the term at toks[i] ("will not be intimidated by X", "would
// never be blackmailed"): what the subject refuses to undergo is defied,
// not denied.
func refusedUndergoing(toks []token, k, i int) bool {
	if !particleNegator(toks[k].Lower) || !strings.HasSuffix(toks[i].Lower, "ed") {
		return false
	}
	// A refusal is of what is yet to come ("will not be", "cannot be",
	// "won't be"); "has not been attacked" tells that nothing happened.
	if l := toks[k].Lower; l != "cannot" && l != "won't" && (k == 0 || !refusalModals[toks[k-1].Lower]) {
		return false
	}
	be := false
	for j := k + 1; j < i; j++ {
		if !annotate.IsBe(toks[j].Lower) {
			return false
		}
		be = true
	}
	return be
}

// refusalModals are the modals of a refusal to come.
var refusalModals = map[string]bool{"will": true, "would": true, "shall": true, "'ll": true}

// agentNamed reports whether the term toks[i:i+n] names its agent: a
// country right before it, or its owner before one word ("Xian
// incursions", "X's further incursions"), or one after "by" ("incursions
// by X").
func agentNamed(ms []mention, toks []token, i, n int) bool {
	for _, m := range ms {
		if m.End == i || m.End == i-1 && toks[m.End-1].Poss {
			return true
		}
	}
	// "X's incursions by Y", "the annexation of our islands by Y", "the
	// measures imposed by Y": the agent after "by" in the term's phrase,
	// past the country that suffers it ("the annexation of X by Y").
	from := i + n
	if from+1 < len(toks) && toks[from].Lower == "of" {
		for _, m := range ms {
			if m.Tok == from+1 || m.Tok == from+2 && toks[from+1].Lower == "the" {
				from = m.End
				break
			}
		}
	}
	_, ok := passiveAgentWithin(ms, toks, from, 6)
	return ok
}

// particleNegators negate the verb they stand before ("cannot deny"), as
// verbs of ending or refusing do not.
var particleNegators = map[string]bool{"not": true, "never": true, "cannot": true, "no": true, "nor": true, "neither": true}

// particleNegator reports whether w negates the verb after it: one of
// particleNegators or a contraction in "n't".
func particleNegator(w string) bool { return particleNegators[w] || strings.HasSuffix(w, "n't") }

// rejectBreaks end the reach of a word of rejection.
// infinitiveNouns are nouns of a resolve whose infinitive says what is
// resolved ("X's decision to resume exports", "its bid to join"): a
// rejection of the noun turns down the infinitive's act.
var infinitiveNouns = map[string]bool{"decision": true, "decisions": true, "move": true, "bid": true, "attempt": true,
	"attempts": true, "intention": true, "readiness": true, "willingness": true}

var rejectBreaks = map[string]bool{"to": true, "and": true, "but": true, "that": true, "which": true, "who": true, "whom": true, "whose": true, "by": true}

// unquoteWords returns toks without the quotation marks around a single
// word ("a 'provocation'", "US 'hegemonic' curbs"): scare quotes, which a
// headline puts around the very word that states the stance, keep it in
// its phrase. Quotes around two words or more ("a 'no limits'
// partnership") stay: they mark words that are not the writer's, and end
// a negator's reach (negatorBefore). toks is returned as it is when it has
// no such quotes.
func unquoteWords(toks []token) []token {
	var out []token
	for k := 0; k < len(toks); k++ {
		// The closing mark may lie past the content's end ("… is a
		// 'provocation'" ends its content at the word).
		closed := k+2 < len(toks) && annotate.IsQuoteToken(toks[k+2].Text) || k+2 == len(toks)
		if k+1 < len(toks) && annotate.IsQuoteToken(toks[k].Text) && toks[k+1].Word && closed &&
			(k == 0 || !toks[k-1].Word || toks[k].Start > toks[k-1].End) {
			if out == nil {
				out = append(make([]token, 0, len(toks)), toks[:k]...)
			}
			out = append(out, toks[k+1])
			k += 2
			continue
		}
		if out != nil {
			out = append(out, toks[k])
		}
	}
	if out == nil {
		return toks
	}
	return out
}

// turnForms are the forms of "turn", which with "down" rejects its object.
var turnForms = map[string]bool{"turn": true, "turns": true, "turned": true, "turning": true}

// endedWith reports whether toks[k] is "ended" or "ends" before "with" or
// "in": what something came to ("the visit ended with pledges"), no end
// of what follows.
func endedWith(toks []token, k int) bool {
	return (toks[k].Lower == "ended" || toks[k].Lower == "ends") && k+1 < len(toks) && (toks[k+1].Lower == "with" || toks[k+1].Lower == "in")
}

// alternativeAt reports whether toks[k] ends "instead of" or "rather
// than": what follows is the course not taken ("seek talks instead of
// attacking X", "rather than support X"), no stance of either sign.
func alternativeAt(toks []token, k int) bool {
	return k > 0 && (toks[k].Lower == "of" && toks[k-1].Lower == "instead" || toks[k].Lower == "than" && toks[k-1].Lower == "rather")
}

// negatedWeight is the weight of a term of weight w negated by the word
// neg. A negated cooperative term is hostile at half weight ("did not
// support X", "refused aid from X"). A hostile act or word that did not
// happen is no stance ("closed the border without warning", "will not
// condemn X", "has never threatened X"): as PETRARCH drops a negated
// event, it loses its weight; only words of easing turn it into
// de-escalation ("suspended the sanctions on X").
//
// After "instead of" or "rather than" (neg "of" or "than") a term of
// either sign is the course not taken, and no stance.
func negatedWeight(words annotate.WordClasses, w float64, neg string) float64 {
	if neg == "of" || neg == "than" {
		return 0
	}
	if w < 0 && !words.Is(neg, lexicons.WordEasing) {
		return 0
	}
	return -0.5 * w
}

// denial reports whether a statement denies what its content tells: its cue
// denies ("denied that it had attacked X", "denies any role in the
// blockade of X"), or rejects a report, which the content opens with
// ("dismissed reports of X's interference", "rejected Chilean accusations
// that ..."). The terms of denied content are no stance of the speaker's.
// author is the country that made the report, named right before its noun
// ("Chilean accusations", "Peru's claims") or after its "of" ("the claims
// of Peru"): the rejection is toward it;
// ok is false when none is named.
func denial(words annotate.WordClasses, cue *annotate.Cue, ms []mention, toks []token) (denied bool, author mention, ok bool) {
	if cue == nil || len(cue.Words) != 1 {
		return false, mention{}, false
	}
	denies := words.Is(cue.Words[0], lexicons.WordDeny)
	if !denies && !words.Is(cue.Words[0], lexicons.WordReject) {
		return false, mention{}, false
	}
	if denies && requestOpens(toks) {
		return false, mention{}, false // "denied X's request for …": a refusal, no claim denied
	}
	// The report noun: "the latest US accusations".
	r := openingNoun(toks, func(w string) bool { return words.Is(w, lexicons.WordReport) })
	if r < 0 {
		return denies, mention{}, false
	}
	for _, m := range ms {
		if m.End == r || m.End == r-1 && (toks[m.End-1].Poss || toks[r-1].Word && !toks[r-1].Cap && !words.Is(toks[r-1].Lower, lexicons.WordMedia)) {
			// "X's claims", "Xian reparation claims", "the Xian
			// embassy's claims"; not "Xian media reports"
			return true, m, true
		}
	}
	// After "of" or "by": "the claims of X", "the accusations of the
	// Xian government", "allegations by X that …"; not "reports of Xian
	// interference", where what is reported follows.
	if r+2 < len(toks) && (toks[r+1].Lower == "of" || toks[r+1].Lower == "by") {
		for _, m := range ms {
			if (m.Tok == r+2 || m.Tok == r+3 && toks[r+2].Lower == "the") &&
				(m.Kind != annotate.ByAdjective || m.End < len(toks) && words.Is(toks[m.End].Lower, lexicons.WordRulers)) {
				return true, m, true
			}
		}
	}
	return true, mention{}, false
}

// gerundAt reports whether toks[k] is a gerund: a lower-case word in -ing
// ("against isolating X"), not "neighbouring", an adjective ("aid to
// neighbouring X").
func gerundAt(toks []token, k int) bool {
	return k < len(toks) && toks[k].Word && !toks[k].Cap && len(toks[k].Lower) > 5 && strings.HasSuffix(toks[k].Lower, "ing") &&
		toks[k].Lower != "neighbouring" && toks[k].Lower != "neighboring"
}

// ownPredicate returns where a predicate of the speaker's own starts in
// the content of a denial or a negated cue, which the denial does not
// reach: a verb in the cue's tense right after "and" or a comma ("denied
// the claims and accused X of …", "denies role in raid, praises X"), or
// a participle after a comma ("denied the claims, accusing X of …"). The
// content before it is one phrase, the cue's object: a clause ("denied
// that its troops attacked and looted …") has its own verbs, which the
// denial keeps. It returns len(toks) when there is no such predicate.
func (sc *Scorer) ownPredicate(cue string, toks []token, verbTerm func(int) bool) int {
	// The cue's tense; a negated cue is a lemma ("did not condemn"), its
	// tense in the auxiliary: either then.
	past := sc.lex.PastVerb(token{Lower: cue})
	present := !past && strings.HasSuffix(cue, "s")
	if !past && !present {
		past, present = true, true
	}
	for k := 1; k < len(toks); k++ {
		t, p := toks[k], toks[k-1]
		switch {
		case t.Lower == "that" || sc.lex.PastVerb(t) && p.Lower != "and" && p.Text != ",":
			return len(toks) // a clause: its verbs are denied too
		case !t.Word || t.Cap || p.Lower != "and" && p.Text != ",":
			continue
		}
		form := past && sc.lex.PastVerb(t) || present && strings.HasSuffix(t.Lower, "s") || p.Text == "," && gerundAt(toks, k)
		if form && (sc.lex.CueAt(toks, k) != nil || verbTerm(k)) {
			return k
		}
	}
	return len(toks)
}

// secessionAfter reports whether a word of secession (words.tsv class
// secession: "breakaway", "separatist") stands in the object that starts
// at toks[i], up to six words on and before any punctuation but quotes
// ("recognising two 'independent' separatist republics"), unless a
// participle and "by" name their creator (createdBy).
func secessionAfter(words annotate.WordClasses, toks []token, i int) bool {
	for k := i; k < len(toks) && k < i+6; k++ {
		t := toks[k]
		if !t.Word && !annotate.IsQuoteToken(t.Text) && !annotate.IsNumeral(t.Text) {
			return false
		}
		if words.Is(t.Lower, lexicons.WordSecession) {
			return !createdBy(toks, k+1)
		}
		if !t.Cap && words.Is(t.Lower, lexicons.WordLand) && landIn(toks, k+1) {
			// "two 'independent republics' in eastern X"; a name's
			// word is no land ("the People's Republic of X").
			return true
		}
	}
	return false
}

// createdBy reports whether a participle in -ed and "by" follow within
// four words of toks[k] ("the so-called homelands created by X", "set
// up by X"): the entities are the creation of the one named after "by",
// no breakaway from it.
func createdBy(toks []token, k int) bool {
	for j := k; j+1 < len(toks) && j < k+4; j++ {
		if !toks[j].Word {
			return false
		}
		if toks[j+1].Lower == "by" && (strings.HasSuffix(toks[j].Lower, "ed") || toks[j].Lower == "up") {
			return true
		}
	}
	return false
}

// landIn reports whether toks[k] opens "in" or "of" and a name, past
// direction words: "in eastern X", "of the north of X".
func landIn(toks []token, k int) bool {
	if k < len(toks) && annotate.IsQuoteToken(toks[k].Text) {
		k++ // "'independent republics' in X"
	}
	if k >= len(toks) || toks[k].Lower != "in" && toks[k].Lower != "of" {
		return false
	}
	for k++; k < len(toks) && annotate.IsDirectionWord(toks[k].Lower); k++ {
	}
	return k < len(toks) && toks[k].Cap
}

// secededFrom reports whether the country mentioned at m is the one a
// recognised secession broke away from: a word of recognising stands up
// to eight words before it, and what it recognises is secession
// ("recognised two republics in eastern X"), or the statement's cue
// (cue) recognises and its content opens with a secession. X is then no
// place but the target.
func secededFrom(words annotate.WordClasses, cue *annotate.Cue, toks []token, m mention) bool {
	if cue != nil && len(cue.Words) == 1 && words.Is(cue.Words[0], lexicons.WordRecognise) && m.Tok <= 8 && secessionAfter(words, toks, 0) {
		return true
	}
	for r := m.Tok - 1; r >= 0 && r >= m.Tok-8; r-- {
		if words.Is(toks[r].Lower, lexicons.WordRecognise) && secessionAfter(words, toks, r+1) {
			return true
		}
	}
	return false
}

// abstainedBefore returns the form of "abstain" up to six words before the
// term at toks[i], with only words of a phrase between (no punctuation, no
// clause word): "abstained in a vote condemning X", "abstained on the
// resolution that condemned": a vote the subject did not cast for what
// the term says. -1 when there is none.
func abstainedBefore(toks []token, i int) int {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		t := toks[k]
		switch t.Lower {
		case "abstained", "abstains", "abstain", "abstaining":
			return k
		case "and", "but", "while", "after", "because":
			return -1
		}
		if !t.Word {
			return -1
		}
	}
	return -1
}

// phrasalNegator reports whether toks[k] ends a phrase that negates what
// follows it: "ruled out", "stopped short of", "fell short of".
func phrasalNegator(toks []token, k int) bool {
	if k == 0 {
		return false
	}
	switch toks[k].Lower {
	case "out":
		// Not when negated itself: "did not rule out sanctions" leaves
		// them possible.
		return ruleOut(toks, k) && !(k >= 2 && annotate.IsNegator(toks[k-2].Lower))
	case "of":
		return toks[k-1].Lower == "short"
	case "off":
		// "called off its visit", "put off the talks": what is called
		// off does not take place ("broke off" is "broke"'s own).
		return annotate.CalledOff(toks, k) && !(k >= 2 && annotate.IsNegator(toks[k-2].Lower))
	}
	return false
}

// ruleOut reports whether toks[k] is the "out" of "rule out".
func ruleOut(toks []token, k int) bool {
	if k == 0 || k >= len(toks) || toks[k].Lower != "out" {
		return false
	}
	p := toks[k-1].Lower
	return p == "ruled" || p == "rules" || p == "rule" || p == "ruling"
}

// refusedHostility reports whether toks[k] opens an infinitive ("to" and a
// lowercase word that is no determiner: "to join", not "to the talks")
// with a hostile term in its first four words ("to join sanctions on X"),
// or in what a verb of taking part right after it is in ("to take part
// in an attack on X"): what a refusal before it turns down is a hostile
// act.
func refusedHostility(toks []token, k int, hostileAt func(int) bool) bool {
	if k+1 >= len(toks) || toks[k].Lower != "to" || !toks[k+1].Word || toks[k+1].Cap || annotate.IsDeterminer(toks[k+1].Lower) {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+6; j++ {
		if hostileAt(j) && (j <= k+4 || participationBefore(toks, j) == k+1) {
			return true // "to take part in an attack on X"
		}
	}
	return false
}

// againstHostile reports whether "against" or "on" at toks[k] takes a
// hostile term as its object, a determiner or two lowercase words
// between ("against terrorism", "on the terrorist groups", "against
// foreign aggression").
func againstHostile(toks []token, k int, hostileAt func(int) bool) bool {
	if k >= len(toks) || toks[k].Lower != "against" && toks[k].Lower != "on" {
		return false
	}
	return hostileWithin(toks, k+1, 3, hostileAt)
}

// participationBefore returns the first word of a verb of taking part
// whose "in" opens the phrase of the term at toks[i], a determiner
// between ("take part in an attack", "participated in raids",
// "engage in hostilities"), else -1.
func participationBefore(toks []token, i int) int {
	k := i - 1
	if k >= 0 && annotate.IsDeterminer(toks[k].Lower) {
		k--
	}
	if k < 1 || toks[k].Lower != "in" {
		return -1
	}
	v := toks[k-1].Lower
	if participationVerbs[v] || joinForms[v] {
		return k - 1
	}
	if v == "part" && k >= 2 && takeForms[toks[k-2].Lower] {
		return k - 2
	}
	return -1
}

// participationVerbs take part in what follows their "in", as the forms
// of "join" do (joinForms).
var participationVerbs = map[string]bool{"participate": true, "participates": true, "participated": true, "participating": true,
	"engage": true, "engages": true, "engaged": true, "engaging": true}

// takeForms are the forms of "take" in "take part".
var takeForms = map[string]bool{"take": true, "takes": true, "took": true, "taking": true, "taken": true}
