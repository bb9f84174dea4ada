package annotate

// Grammar: the small word classes and helpers that both extraction and
// scoring read (function words, auxiliaries, places), so that the two
// stages agree on what a determiner, a preposition or a place is.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// auxiliaries and adverbs that may stand between a subject and its cue.
var auxiliaries = map[string]bool{"has": true, "have": true, "had": true, "is": true, "was": true, "were": true,
	"are": true, "will": true, "would": true, "could": true, "should": true, "may": true, "might": true,
	"also": true, "did": true, "does": true, "do": true, "not": true, "never": true, "later": true,
	"previously": true, "again": true, "then": true, "once": true, "recently": true, "long": true,
	"already": true, "often": true, "still": true, "even": true, "just": true, "since": false, "been": true,
	"earlier": true, "further": true, "too": true, "reportedly": true, "publicly": true, "privately": true,
	"repeatedly": true, "first": true, "openly": true, "frequently": true, "only": true, "all": false}

// IsAuxiliary reports whether w is one of the auxiliaries and adverbs that
// may stand between a subject and its verb or cue ("has", "also").
func IsAuxiliary(w string) bool { return auxiliaries[w] }

// PastAuxiliaries returns the index of the first token from toks[i] on
// that is no auxiliary (IsAuxiliary): where a verb phrase's own verb
// starts ("has imposed", "will also send").
func PastAuxiliaries(toks []token, i int) int {
	for i < len(toks) && toks[i].Word && IsAuxiliary(toks[i].Lower) {
		i++
	}
	return i
}

// determiners start a subject ("the judge", "most voters").
var determiners = map[string]bool{"the": true, "a": true, "an": true, "this": true, "these": true,
	"those": true, "his": true, "her": true, "its": true, "their": true, "our": true, "my": true,
	"most": true, "some": true, "many": true, "several": true, "both": true, "other": true, "another": true,
	"few": true, "any": true, "each": true, "every": true, "no": true}

// IsDeterminer reports whether w is a determiner, which starts a subject
// ("the judge", "most voters").
func IsDeterminer(w string) bool { return determiners[w] }

// prepositions open a phrase that is no subject.
var prepositions = map[string]bool{"in": true, "on": true, "at": true, "of": true, "for": true, "with": true,
	"by": true, "from": true, "to": true, "about": true, "over": true, "after": true, "before": true,
	"during": true, "into": true, "against": true, "like": true, "unlike": true, "under": true, "since": true}

// IsPreposition reports whether w is a preposition.
func IsPreposition(w string) bool { return prepositions[w] }

// isModifier reports whether t may qualify the head of a noun phrase
// before it: a lower-case word and no determiner, preposition,
// conjunction or possessive ("interim", "new", "military").
func isModifier(t token) bool {
	return t.Word && !t.Cap && !t.Poss && !IsDeterminer(t.Lower) && !IsPreposition(t.Lower) && t.Lower != "and" && t.Lower != "or"
}

// PastModifiers returns the index of the first token from toks[i] on that
// is no modifier before a noun phrase's head (at most two: "the interim
// government in X", "the new Xian leadership"): a modifier is followed by
// a word that is no preposition.
func PastModifiers(toks []token, i int) int {
	for n := 0; n < 2 && i+1 < len(toks) && isModifier(toks[i]) && toks[i+1].Word && !IsPreposition(toks[i+1].Lower); n++ {
		i++
	}
	return i
}

// BeforeModifiers returns, for toks[k] that may be the last modifier
// before a noun phrase's head, the index of the token before the
// modifiers (at most two) that follow a determiner or another modifier;
// else k.
func BeforeModifiers(toks []token, k int) int {
	for n := 0; n < 2 && k >= 1 && isModifier(toks[k]) && (IsDeterminer(toks[k-1].Lower) || isModifier(toks[k-1])); n++ {
		k--
	}
	return k
}

// IsBe reports whether w is a form of "be" (or of "get", which makes a
// passive too).
func IsBe(w string) bool {
	switch w {
	case "is", "was", "were", "are", "been", "being", "be", "am", "'s", "get", "got", "gets":
		return true
	}
	return false
}

// timeWords can stand in a time adverbial between a subject and its verb
// ("Albania on Friday denounced", "Khomeini today rejected").
var timeWords = map[string]bool{"today": true, "yesterday": true, "tonight": true, "monday": true,
	"tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"week": true, "month": true, "year": true, "morning": true, "evening": true, "night": true,
	"afternoon": true, "weekend": true, "january": true, "february": true, "march": true, "april": true,
	"may": true, "june": true, "july": true, "august": true, "september": true, "october": true,
	"november": true, "december": true}

// IsTimeWord reports whether w can stand in a time adverbial between a
// subject and its verb ("today", "Friday", "week").
func IsTimeWord(w string) bool { return timeWords[w] }

// TimePhraseEnd returns the end of a phrase of time that starts at
// toks[k] ("in January 2012", "on Monday", "last week", "in 2019"), or k
// when none starts there.
func TimePhraseEnd(toks []token, k int) int {
	if k+1 >= len(toks) {
		return k
	}
	switch toks[k].Lower {
	case "in", "on", "last", "this", "earlier":
	default:
		return k
	}
	j := k + 1
	for j < len(toks) && j <= k+3 && (IsTimeWord(toks[j].Lower) || IsYear(toks[j].Text)) {
		j++
	}
	if j == k+1 {
		return k
	}
	return j
}

// SkipAdverbials steps back from toks[i] over auxiliaries, adverbs and time
// adverbials ("has also", "on Thursday", "last week", "flatly", "is now") and returns
// where the subject ends.
func SkipAdverbials(toks []token, i int) int {
	end := i
	for end > 0 {
		t := toks[end-1]
		switch {
		case !t.Word:
			if k := parenthetical(toks, end); k > 0 {
				end = k // "X, in a rare move, expelled …"
				continue
			}
			return end
		case t.Cap && end > 1 && (t.Lower == "will" || t.Lower == "may"):
			return end // a name: "Theresa May said", "which Will claims" (first in the sentence: Lexicon.ModalName)
		case t.Cap && end > 1 && len(t.Text) > 2 && strings.ToUpper(t.Text) == t.Text && toks[end-2].Cap:
			return end // a name in capitals: "USA TODAY reported"
		case IsAuxiliary(t.Lower) || LyAdverb(t.Lower) && !t.Cap:
			end--
		case IsTimeWord(t.Lower):
			end--
			if end > 0 && toks[end-1].Word {
				switch toks[end-1].Lower {
				case "on", "last", "this", "next", "early", "late", "on the", "every":
					end--
				}
			}
		case t.Lower == "earlier" || t.Lower == "later" || t.Lower == "now":
			end--
		case t.Lower == "since" && end > 1 && IsAuxiliary(toks[end-2].Lower):
			end-- // "she has since stressed": an adverb after an auxiliary
		case (t.Lower == "all" || t.Lower == "both" || t.Lower == "each") && end > 1 && floatsAfter(toks[end-2]):
			end-- // "have all attacked", "who both back": a quantifier of the subject
		case copulas[t.Lower] && end == i:
			end-- // "remain hopeful that": a copula right before an adjective cue
		default:
			if k := meansOfSaying(toks, end); k > 0 {
				end = k // "X in a letter to the UN accused …"
				continue
			}
			return end
		}
	}
	return end
}

// meansOfSaying returns the start of a phrase of the means or manner of
// saying or acting that ends at toks[end-1] ("in a letter to the UN", "in
// an interview with a daily", "during a televised address", "in a surprise
// move", "in retaliation"), after something before it (its speaker), or 0
// when none ends there: a preposition of means, a determiner, lower-case
// words, a noun of saying or of manner, and at most its addressee after
// "to" or "with".
func meansOfSaying(toks []token, end int) int {
	for k := end - 2; k >= 1 && k >= end-10; k-- {
		if meansPrepositions[toks[k].Lower] && k+2 == end && toks[k+1].Word && mannerNouns[toks[k+1].Lower] {
			return k // "X in retaliation expelled …"
		}
		if !meansPrepositions[toks[k].Lower] || !IsDeterminer(toks[k+1].Lower) && !possessivePronouns[toks[k+1].Lower] {
			continue
		}
		for p := k + 2; p < end; p++ {
			t := toks[p]
			if !t.Word || t.Cap {
				break
			}
			if !sayingNouns[t.Lower] && !mannerNouns[t.Lower] {
				continue
			}
			if p+1 == end {
				return k
			}
			if to := toks[p+1].Lower; (to == "to" || to == "with") && end-(p+2) <= 4 && end > p+2 {
				for _, u := range toks[p+2 : end] {
					if !u.Word {
						return 0
					}
				}
				return k
			}
			break
		}
	}
	return 0
}

// parenthetical returns the comma before a phrase of manner set off by
// commas whose closing comma is toks[end-1] ("X, in a rare move,
// expelled"), with something before it (its subject); else 0.
func parenthetical(toks []token, end int) int {
	if end < 4 || toks[end-1].Text != "," {
		return 0
	}
	if k := meansOfSaying(toks, end-1); k > 1 && toks[k-1].Text == "," {
		return k - 1
	}
	return 0
}

// mannerNouns name the manner of an act: "in a surprise move", "in
// retaliation".
var mannerNouns = map[string]bool{"move": true, "response": true, "retaliation": true, "reprisal": true, "bid": true,
	"effort": true, "attempt": true, "gesture": true, "step": true, "turn": true, "return": true, "protest": true,
	"shift": true, "reversal": true}

// meansPrepositions open a phrase of the means of saying.
var meansPrepositions = map[string]bool{"in": true, "during": true, "via": true, "through": true}

// possessivePronouns stand for an owner before what it owns, and for a
// determiner: "in his letter", "a threat to its borders".
var possessivePronouns = map[string]bool{"his": true, "her": true, "its": true, "their": true, "our": true}

// IsPossessivePronoun reports whether w is a possessive pronoun
// (possessivePronouns).
func IsPossessivePronoun(w string) bool { return possessivePronouns[w] }

// sayingNouns name a means of saying: "in a letter", "in an interview".
var sayingNouns = map[string]bool{"letter": true, "statement": true, "interview": true, "speech": true, "address": true,
	"message": true, "note": true, "remarks": true, "comments": true, "post": true, "tweet": true, "communique": true,
	"communiqué": true, "call": true, "op-ed": true, "article": true, "briefing": true, "broadcast": true, "conversation": true}

// floatsAfter reports whether a quantifier of the subject ("all", "both")
// may stand after t and before the verb: after an auxiliary, a relative
// pronoun, a plural pronoun or a name ("have all", "who both", "they
// each", "Soto and Vera both").
func floatsAfter(t token) bool {
	switch t.Lower {
	case "who", "they", "we", "you":
		return true
	}
	return IsAuxiliary(t.Lower) || t.Cap && t.Word // "Peru and Chile both"
}

// copulas link a subject to an adjective as "be" does: "the dockers
// remain hopeful that".
var copulas = map[string]bool{"remain": true, "remains": true, "remained": true, "seem": true, "seems": true, "seemed": true,
	"appear": true, "appears": true, "appeared": true, "become": true, "becomes": true, "became": true}

// documentNouns are documents that speak for whoever issued them.
var documentNouns = map[string]bool{"statement": true, "resolution": true, "motion": true, "communique": true, "communiqué": true,
	"declaration": true, "letter": true, "note": true}

// IsDocumentNoun reports whether w names a document that speaks for
// whoever issued it ("resolution", "statement").
func IsDocumentNoun(w string) bool { return documentNouns[w] }

// IsCopula reports whether w links a subject to what follows as "be"
// does ("remain", "seems", "became").
func IsCopula(w string) bool { return copulas[w] }

// PlaceBefore reports whether the country mention at toks[m] is a place: a
// locative preposition before it, over a determiner and words of
// direction ("in Syria", "across the north of Iraq", "in northern Syria").
func PlaceBefore(toks []token, m int) bool {
	k := BeforeDirection(toks, ListStart(toks, m))
	return k >= 0 && (IsLocative(toks[k].Lower) || acrossBorder(toks, k))
}

// ListStart returns where the list that the name at toks[m] ends or goes
// on starts ("in A, B and C": A's first token, for B and for C), or m when
// it is in no list. A list joins names with commas and ends with "and" or
// "or": in "in A, B's troops", B is none of it.
func ListStart(toks []token, m int) int {
	k := m - 1
	if k < 1 || !ListJoinAt(toks, k) {
		return m
	}
	last := toks[k].Lower == "and" || toks[k].Lower == "or"
	if !last {
		// A name right after a comma goes on the list only if the list
		// goes on after it: "A, B and C", "A, B, C".
		e := m
		for e < len(toks) && toks[e].Cap {
			e++
		}
		if e >= len(toks) || !ListJoinAt(toks, e) {
			return m
		}
	}
	start := m
	for range 6 {
		if k < 1 || !ListJoinAt(toks, k) {
			break
		}
		if toks[k].Lower != "," && toks[k-1].Lower == "," {
			k-- // ", and"
		}
		j := NameBefore(toks, k-1)
		if j == k-1 {
			break // no name before the comma or conjunction
		}
		start, k = j+1, j
	}
	return start
}

// NameBefore returns the index of the word before the name that ends at
// toks[k], over its capitalised words and a "the" before them ("by the
// United Kingdom": "by"), or k when toks[k] ends no name. A capitalised
// locative or preposition ("In" that opens a sentence) is no part of it.
func NameBefore(toks []token, k int) int {
	j := k
	for j >= 0 && toks[j].Word && toks[j].Cap && !IsLocative(toks[j].Lower) && !IsPreposition(toks[j].Lower) {
		j--
	}
	if j < k && j >= 0 && toks[j].Lower == "the" {
		j--
	}
	return j
}

// ListJoinAt reports whether toks[k] joins two names of a list.
func ListJoinAt(toks []token, k int) bool {
	switch toks[k].Lower {
	case ",", "and", "or":
		return true
	}
	return false
}

// acrossBorder reports whether toks[k] ends "across the border with",
// "along the borders of", "across the frontier from": the country after
// it places what crosses or lines its border ("relief convoys sent across
// the borders with X"), no party.
func acrossBorder(toks []token, k int) bool {
	switch toks[k].Lower {
	case "with", "from", "of":
	default:
		return false
	}
	j := k - 1
	if j < 1 || !borderWords[toks[j].Lower] {
		return false
	}
	j--
	if toks[j].Lower == "the" && j > 0 {
		j--
	}
	return toks[j].Lower == "across" || toks[j].Lower == "along"
}

// borderWords name a border.
var borderWords = map[string]bool{"border": true, "borders": true, "frontier": true, "frontiers": true}

// BeforeDirection returns the index of the word before toks[m] past at
// most three words of direction ("in northern X": "in"), or -1.
func BeforeDirection(toks []token, m int) int {
	k := m - 1
	for k >= 0 && k >= m-3 && IsDirectionWord(toks[k].Lower) {
		k--
	}
	return k
}

// directionWords stand between a locative and its place: "in northern
// Syria", "inside the eastern part of".
var directionWords = map[string]bool{"the": true, "northern": true, "southern": true, "eastern": true, "western": true,
	"central": true, "north": true, "south": true, "east": true, "west": true, "northeastern": true, "northwestern": true,
	"southeastern": true, "southwestern": true, "north-eastern": true, "north-western": true, "south-eastern": true, "south-western": true}

// IsDirectionWord reports whether w may stand between a locative and its
// place (directionWords).
func IsDirectionWord(w string) bool { return directionWords[w] }

// InMention reports whether toks[i] is inside one of the mentions ms.
func InMention(ms []Mention, i int) bool {
	for _, m := range ms {
		if i >= m.Tok && i < m.End {
			return true
		}
	}
	return false
}

// negators before a lexicon term negate it ("not", "never", "refused").
var negators = map[string]bool{"not": true, "no": true, "never": true, "n't": true, "cannot": true,
	"without": true, "neither": true, "nor": true, "nothing": true, "none": true, "lack": true, "absence": true, "longer": true,
	"failed": true, "fail": true, "fails": true, "refused": true, "refuses": true, "cut": true, "cuts": true, "slashed": true, "slashes": true, "withheld": true, "withholds": true, "withhold": true, "halted": true, "suspended": true,
	"ended": true, "withdrew": true, "withdraws": true, "withdrawn": true, "broke": true, "stalled": true, "rejected": true, "scrapped": true, "abandoned": true,
	"cancelled": true, "canceled": true, "cancels": true, "postponed": true,
	"halts": true, "suspends": true, "ends": true, "scraps": true, "abandons": true, "postpones": true,
	"freezes": true, "froze": true, "frozen": true, "lift": true, "lifts": true, "lifted": true, "lifting": true, "waived": true, "waives": true,
	"avoided": true, "avoids": true, "avoid": true, "refrained": true, "abstained": true, "abstains": true, "abstain": true, "abstaining": true, "declined": true, "declines": true,
	"downgrade": true, "downgrades": true, "downgraded": true, "downgrading": true,
	// Remedy: what is quelled or rebuilt was the harm, now ended.
	"quell": true, "quells": true, "quelled": true, "quelling": true,
	"reconstruction": true, "rebuild": true, "rebuilds": true, "rebuilt": true, "rebuilding": true}

// IsQuoteMark reports whether s is a double quotation mark, a guillemet or
// an opening single curly quote: a mark that opens or closes a quotation.
// A straight single quote and ’ are apostrophes too, and are not counted.
func IsQuoteMark(s string) bool {
	switch s {
	case "\"", "“", "”", "«", "»", "„", "‘":
		return true
	}
	return false
}

// IsNegator reports whether w is a negator: it negates a lexicon term
// after it. Every contraction in "n't" is one ("didn't", "won't").
func IsNegator(w string) bool { return negators[w] || strings.HasSuffix(w, "n't") }

// locative words before a country name mark it as a place, not a target.
var locatives = map[string]bool{"in": true, "inside": true, "within": true, "across": true, "throughout": true}

// IsLocative reports whether w is a locative: before a country name, it
// marks it as a place.
func IsLocative(w string) bool { return locatives[w] }

// subordinators open an adverbial clause ("while the talks went on, …").
var subordinators = map[string]bool{"after": true, "when": true, "as": true, "since": true, "while": true,
	"because": true, "although": true, "though": true, "before": true, "until": true, "if": true,
	"unless": true, "once": true, "whereas": true}

// collectives are quantities and groups of what follows "of": the phrase
// is what they count ("a group of Peruvian lawmakers", "thousands of X
// students").
var collectives = map[string]bool{"thousands": true, "hundreds": true, "dozens": true, "scores": true, "millions": true,
	"some": true, "many": true, "most": true, "all": true, "one": true, "two": true, "each": true, "both": true, "group": true,
	"groups": true, "band": true, "crowd": true, "crowds": true, "team": true, "delegation": true, "batch": true, "number": true,
	"convoy": true, "shipment": true, "contingent": true, "unit": true, "panel": true, "pair": true, "coalition": true}

// IsCollective reports whether w counts what follows its "of" (collectives).
func IsCollective(w string) bool { return collectives[w] }

// IsSubordinator reports whether w opens an adverbial clause.
func IsSubordinator(w string) bool { return subordinators[w] }

// infinitiveHeads govern an infinitive whose subject is theirs: "were
// quick to condemn", "moved to reassure".
var infinitiveHeads = map[string]bool{"quick": true, "swift": true, "ready": true, "eager": true, "keen": true,
	"moved": true, "rushed": true, "hastened": true, "sought": true, "vowed": true, "threatened": true,
	"decided": true, "continued": true, "continues": true, "tried": true, "began": true, "appeared": true,
	"wants": true, "wanted": true, "went": true, "used": true, "refused": true, "declined": true,
	"expected": true, "likely": true, "set": true, "poised": true, "plans": true, "planned": true, "intends": true, "intended": true,
	"promised": true, "pledged": true, "voted": true, "prepared": true, "willing": true}

// InfinitiveHead reports whether w governs an infinitive whose subject is
// its own ("vowed to", "expected to").
func InfinitiveHead(w string) bool { return infinitiveHeads[w] }

// sayHeads govern an infinitive cue of saying that was said: "went on to
// say", "was quick to add", "continued to insist" (not "refused to say",
// "wanted to say").
var sayHeads = map[string]bool{"went": true, "goes": true, "quick": true, "swift": true, "moved": true,
	"rushed": true, "hastened": true, "continued": true, "continues": true, "began": true, "begins": true, "proceeded": true,
	"expected": true, "likely": true, "set": true, "poised": true}

// SayHead reports whether w governs an infinitive cue of saying that was
// said ("went on to say", "was quick to add").
func SayHead(w string) bool { return sayHeads[w] }

// goesOn are the forms of "go" before "on to": "went on to say".
var goesOn = map[string]bool{"went": true, "goes": true, "go": true, "going": true}

// GoesOn reports whether w is a form of "go" before "on to".
func GoesOn(w string) bool { return goesOn[w] }

// AmountToken reports whether t is part of an amount: a number, a
// currency sign, a percent sign or a scale word ("25", "%", "$", "bn",
// "$500m"): "Peru's 25% tariffs", "signed a $500m deal".
func AmountToken(t token) bool {
	switch t.Lower {
	case "%", "$", "€", "£", "¥", "bn", "m", "billion", "million", "percent", "per", "cent":
		return true
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsDigit(r) || isMoney(t.Text)
}

// IsYear reports whether s is written as a year: four digits ("2019").
func IsYear(s string) bool {
	if len(s) != 4 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// timeLeads open a time adverbial before its time words ("in 2018", "on
// Monday", "last week").
var timeLeads = map[string]bool{"in": true, "on": true, "last": true, "this": true, "next": true, "early": true, "late": true}

// TimeBefore returns where a time adverbial that ends right before
// toks[p] starts ("in 2018", "in March 2019", "on Monday", "last week",
// "today"), or p when there is none.
func TimeBefore(toks []token, p int) int {
	k := p
	for k > 0 && k > p-3 && (IsTimeWord(toks[k-1].Lower) || IsYear(toks[k-1].Text)) {
		k--
	}
	if k == p || k == 0 {
		return p
	}
	if timeLeads[toks[k-1].Lower] {
		return k - 1
	}
	if IsTimeWord(toks[p-1].Lower) && k == p-1 {
		return k // "today", "yesterday"
	}
	return p
}

// TimeWordAt reports whether toks[k] may stand in a time adverbial: a
// lead ("in", "last"), a time word ("Monday", "March") or a year.
func TimeWordAt(toks []token, k int) bool {
	t := toks[k]
	return timeLeads[t.Lower] || IsTimeWord(t.Lower) || IsYear(t.Text)
}
