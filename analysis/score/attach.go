package score

import (
	"slices"
	"strings"

	"github.com/stance-project/stance/analysis/annotate"
	"github.com/stance-project/stance/lexicons"
)

// Attachment: which countries a lexicon term speaks about. A term's attach
// kind (the attach column of stance.tsv and cameo.tsv) picks its attacher
// (one function a kind: attachAny, attachObject ...); an attacher tries the finders of the
// attachment rules (adjacent, forward, backward, agent, ...: methods of
// attachSite) in the order that kind reads, and the first that finds a
// country decides, with the rule (attachRule) that explain shows.

// attachSite is a term at toks[i:i+n] and what its attachment reads
// (passed by value: a term is attached without allocating).
type attachSite struct {
	weight float64
	self   string // the speaker's country
	ms     []mention
	toks   []token
	clause []int // the clause of each token
	i, n   int
	words  annotate.WordClasses
	lex    *annotate.Lexicon
	// blocks reports a term at a token that governs the countries after
	// it; victimAfter a hostile noun whose country after is its victim;
	// selfActs a term that is the speaker's own act (each may be nil).
	blocks, victimAfter, selfActs func(int) bool
	// regardCue: the statement's cue is a verb of regarding whose object
	// starts toks ("called" of "Peru called | Chile a partner").
	regardCue bool
}

// contactByOther reports whether the contact noun at toks[i:i+n] is
// another country's: in a report (not a speech, where another's visit to
// the delegation's country is its welcome: leaving it out lowered the UN
// validation, 0.4616 → 0.4615), after a possessive other than self's
// ("after Y's visit", "Y's Z visit"); or, after a determiner, with its
// agent after
// "by" ("a week after the trip to X by Y's minister"): the contact is the
// agent's, no stance of the speaker's.
func (sc *Scorer) contactByOther(self string, ms []mention, toks []token, i, n int, report bool) bool {
	if m, ok := contactOwner(ms, toks, i); ok && report {
		return m.Code != self // "after Y's Z visit": Y's contact with Z
	}
	if i == 0 || !annotate.IsDeterminer(toks[i-1].Lower) {
		return false
	}
	s := attachSite{self: self, ms: ms, toks: toks, i: i, n: n, words: sc.lex.Words, lex: sc.lex}
	m, ok := s.byAgent()
	return ok && m.Code != self
}

// contactOwner returns the country whose possessive stands right
// before toks[i], or before a place named between ("Y's visit", "Y's Z
// visit").
func contactOwner(ms []mention, toks []token, i int) (mention, bool) {
	at := i
	for _, m := range ms {
		if m.End == i && !toks[m.End-1].Poss {
			at = m.Tok // the place between
		}
	}
	for _, m := range ms {
		if m.End == at && at > 0 && toks[m.End-1].Poss {
			return m, true
		}
	}
	return mention{}, false
}

// attach finds the countries a term at toks[i:i+n] speaks about, by the
// term's attach kind (see stance.tsv), among all the countries named (the
// caller keeps only targets), with the countries listed with the one found
// ("Tehran, Moscow and Damascus"). It returns nil when none is in reach.
func (sc *Scorer) attach(kind lexicons.Attach, weight float64, self string, ms []mention, toks []token, clause []int, i, n int, blocks, victimAfter, selfActs func(int) bool, regardCue bool) ([]mention, attachRule) {
	s := attachSite{weight: weight, self: self, ms: ms, toks: toks, clause: clause, i: i, n: n, words: sc.lex.Words, lex: sc.lex, blocks: blocks, victimAfter: victimAfter, selfActs: selfActs, regardCue: regardCue}
	if m, ok := s.complement(); ok {
		return s.with(m, ruleComplement)
	}
	if m, ok := s.extraposed(); ok {
		return s.with(m, ruleSubject)
	}
	if m, ok := s.deserved(); ok {
		return s.with(m, ruleSubject)
	}
	// Direct calls, not a table of functions: the closures of s then
	// stay on the caller's stack.
	switch kind {
	case lexicons.AttachObject:
		return attachObject(s)
	case lexicons.AttachPrep:
		return attachPrep(s)
	case lexicons.AttachAct:
		return attachAct(s)
	case lexicons.AttachPredicate:
		return attachPredicate(s)
	case lexicons.AttachNoun:
		return attachNoun(s)
	}
	return attachAny(s)
}

// with returns m and the countries listed with it, found by rule.
func (s *attachSite) with(m mention, rule attachRule) ([]mention, attachRule) {
	return coordinated(s.ms, s.toks, m), rule
}

// next is the word after the term ("" at the end).
func (s *attachSite) next() string {
	if s.i+s.n < len(s.toks) {
		return s.toks[s.i+s.n].Lower
	}
	return ""
}

// adjacent finds the country right before the term, or its owner before
// one word ("Peru's support", "Chile's new sanctions") (ruleAdjacent; of
// an act, ruleAgent).
func (s *attachSite) adjacent() (mention, bool) {
	i, toks := s.i, s.toks
	for _, m := range s.ms {
		if m.End == i || m.End == i-1 && toks[m.End-1].Poss || m.End == i-2 && toks[m.End-1].Poss && toks[i-1].Word && !annotate.IsDeterminer(toks[i-1].Lower) && !gerundAt(toks, i-2) {
			// Not over a verb and its object: "X's joining the alliance"
			// is no alliance of X's.
			return m, true
		}
	}
	return mention{}, false
}

// ownPossessor reports whether the speaker's own country owns the term by
// a possessive right before it ("A's expulsion", "A's renewed blockade").
func (s *attachSite) ownPossessor() bool {
	m, ok := s.adjacent()
	return ok && m.Code == s.self && s.toks[m.End-1].Poss
}

// forward finds the first country after the term within limit tokens, in
// its clause, unless a term between governs it: in "backed the resistance
// to Ortega" only "resistance to" speaks of Ortega (ruleForward).
func (s *attachSite) forward(limit int) (mention, bool) {
	return s.forwardFrom(s.i+s.n, limit)
}

// forwardFrom is forward with the terms from toks[from] on governing
// (from is past the term when its own preposition, a term itself, does
// not: "sanctions against X").
func (s *attachSite) forwardFrom(from, limit int) (mention, bool) {
	i, n := s.i, s.n
	for k := i + n; k <= i+n+1 && k < len(s.toks); k++ {
		// "solidarity with the people and Government of X": the phrase
		// that names a country's people and rulers does not count
		// toward the reach.
		limit += peopleAndGovernment(s.toks, k)
	}
	// Nor, for a cooperative term, the nouns that name what of the
	// country right after them it speaks to ("support for the efforts
	// of the Government of X").
	var heads [2]int // the token after such nouns, from toks[i+n] and from the token after it
	for d := range heads {
		if k := i + n + d; s.weight > 0 && k < len(s.toks) {
			if extra := ownedHeads(s.toks, k); extra > 0 {
				heads[d] = k + extra
			}
		}
	}
	examples := -1 // the first country a group within reach is named by (exemplified), once looked for
	for _, m := range s.ms {
		reach := limit
		for _, h := range heads {
			if h > 0 && (m.Tok == h || m.Tok == h+1 && s.toks[h].Lower == "the") {
				reach = max(reach, m.Tok-(i+n))
			}
		}
		// A country's "the" ("the United States") is part of its name,
		// and a list's commas are no words: neither counts toward the
		// reach ("a ban on cocoa, coffee, timber and cotton from X").
		dist := m.Tok - (i + n)
		if dist > 0 && s.toks[m.Tok-1].Lower == "the" {
			dist--
		}
		if dist > reach && dist <= 2*reach+1 { // commas are at most every other token
			for k := i + n; k < m.Tok; k++ {
				if s.toks[k].Text == "," {
					dist--
				}
			}
		}
		if dist > reach {
			if examples < 0 {
				examples = exemplified(s.toks, i+n, limit) // only past the reach: most terms never look
			}
			if examples > 0 && (m.Tok == examples || m.Tok == examples+1 && s.toks[examples].Lower == "the") {
				reach = m.Tok - (i + n)
			}
		}
		if m.Tok >= i+n && dist <= reach && s.clause[m.Tok] == s.clause[i] {
			for k := from; k < m.Tok; k++ {
				if s.blocks != nil && s.blocks(k) {
					return mention{}, false
				}
				if relativePronouns[s.toks[k].Lower] && k > i+n && !s.authorInRelative(k, m) {
					return mention{}, false // "the fertiliser which X also imports"
				}
				if s.toks[k].Text == "," && k+1 < m.Tok && annotate.IsDeterminer(s.toks[k+1].Lower) && !s.roleAppositive(k+1) {
					// "because of the refusal of the larger States, the
					// X draft …": a new phrase after the comma, not
					// an appositive of a person ("met Ana Ruiz, the X
					// foreign minister,").
					return mention{}, false
				}
			}
			return m, true
		}
	}
	return mention{}, false
}

// exemplified returns the index of the first word after "including" or
// "such as" that follows, within limit tokens of toks[from], a noun of
// states (groupNouns: "the approach of many States, including X, Y and Z", "partners
// such as X"), with an "of" or "in" phrase of up to four words between
// ("many States of the region, including X"): the group the term reaches is named by its examples, the
// first of which the term then reaches; else 0.
func exemplified(toks []token, from, limit int) int {
	for k := from; k < len(toks)-2 && k <= from+limit; k++ {
		if !groupNouns[toks[k].Lower] {
			continue
		}
		j := k + 1
		if toks[j].Lower == "of" || toks[j].Lower == "in" {
			// "many States of the global South, including X"
			for e := j + 1; e < len(toks) && e <= j+4 && toks[e].Word; e++ {
				j = e + 1
			}
		}
		if j < len(toks) && toks[j].Text == "," {
			j++
		}
		switch {
		case j < len(toks)-1 && toks[j].Lower == "including" && !universalBefore(toks, k):
			return j + 1
		case j+1 < len(toks)-1 && toks[j].Lower == "such" && toks[j+1].Lower == "as":
			return j + 2
		}
	}
	return 0
}

// universalBefore reports whether "all", "every" or "any" stands in the
// three words before the group noun at toks[k]: "all States in the
// region, including X" holds every state, and the one it names is
// included in a rule for all, not an example of those the term is about.
func universalBefore(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch toks[j].Lower {
		case "all", "every", "any":
			return true
		}
	}
	return false
}

// peopleAndGovernment returns the length of "the people and Government
// of" (or "the Government and people of", "the Governments and peoples
// of") that starts at toks[k], or 0.
func peopleAndGovernment(toks []token, k int) int {
	j := k
	if j < len(toks) && toks[j].Lower == "the" {
		j++
	}
	if j+3 >= len(toks) || !peopleOrRulers[toks[j].Lower] || toks[j+1].Lower != "and" {
		return 0
	}
	j += 2
	if toks[j].Lower == "the" {
		j++
	}
	if j+1 >= len(toks) || !peopleOrRulers[toks[j].Lower] || toks[j+1].Lower != "of" {
		return 0
	}
	return j + 2 - k
}

// ownedHeads returns the length of up to two noun phrases that start at
// toks[k], each of "the", at most two lower-case words and a noun of
// ownedNouns before "of" ("the tireless efforts of the Government of"),
// or 0.
func ownedHeads(toks []token, k int) int {
	j := k
	for range 2 {
		h := j
		if h < len(toks) && toks[h].Lower == "the" {
			h++
		}
		for w := 0; w < 2 && h < len(toks) && !ownedNouns[toks[h].Lower] && toks[h].Word && !toks[h].Cap && !annotate.IsPreposition(toks[h].Lower) && !annotate.IsDeterminer(toks[h].Lower); w++ {
			if oppressedWords[toks[h].Lower] {
				return j - k // "the oppressed people of X": a people its rulers oppress
			}
			h++
		}
		if h+1 >= len(toks) || !ownedNouns[toks[h].Lower] || toks[h+1].Lower != "of" {
			break
		}
		j = h + 2
	}
	return j - k
}

// ownedNouns name what of a country a cooperative term may speak to: its
// people, rulers, envoys, or what they do. Not a "struggle" or "cause":
// solidarity with the struggle of a country's people is mostly with a
// people against its rulers.
var ownedNouns = map[string]bool{"people": true, "peoples": true, "government": true, "governments": true,
	"delegation": true, "delegations": true, "efforts": true, "effort": true,
	"initiative": true, "initiatives": true, "proposal": true, "proposals": true, "leadership": true,
	"role": true, "contribution": true, "contributions": true}

// oppressedWords say that a people is held down by its rulers: a term of
// solidarity with it is none with its state.
var oppressedWords = map[string]bool{"oppressed": true, "majority": true, "enslaved": true, "subjugated": true}

// peopleOrRulers name a country's people or its rulers.
var peopleOrRulers = map[string]bool{"people": true, "peoples": true, "government": true, "governments": true}

// backward finds the nearest country before the term within limit tokens,
// in its clause; with skipPlaces, not a place ("in X") nor a complement
// ("of X") (ruleBackward, ruleSubject).
func (s *attachSite) backward(limit int, skipPlaces bool) (mention, bool) {
	return s.nearestBefore(limit, skipPlaces, false)
}

// nearestBefore is backward; with skipVictims, also not a country a
// hostile act falls on ("the strikes on X", "the aggression against X":
// victimPrepositions).
func (s *attachSite) nearestBefore(limit int, skipPlaces, skipVictims bool) (mention, bool) {
	i, toks := s.i, s.toks
	if s.weight < 0 && underPhrase(toks, i) {
		// "X remains under colonial occupation": what X lives under
		// befalls it; X is its victim.
		return mention{}, false
	}
	for k := len(s.ms) - 1; k >= 0; k-- {
		m := s.ms[k]
		if m.End <= i && i-m.End <= limit && s.clause[m.Tok] == s.clause[i] {
			if m.Tok > 0 && (skipPlaces && (s.lex.Place(toks, m) || toks[m.Tok-1].Lower == "of" && !s.conductActor(m)) || skipVictims && victimPrepositions[toks[m.Tok-1].Lower]) {
				continue
			}
			return m, true
		}
	}
	return mention{}, false
}

// underPhrase reports whether the term at toks[i] is in a phrase that
// "under" opens, over lower-case words at most three ("under foreign
// colonial occupation", "under the yoke of").
func underPhrase(toks []token, i int) bool { return wordOverLower(toks, i, "under", 4) }

// wordOverLower reports whether the word w stands within limit tokens
// before toks[i] with only lower-case words between.
func wordOverLower(toks []token, i int, w string, limit int) bool {
	for k := i - 1; k >= 0 && k >= i-limit; k-- {
		if toks[k].Lower == w {
			return true
		}
		if !toks[k].Word || toks[k].Cap {
			return false
		}
	}
	return false
}

// agentBefore finds the nearest country before the term within limit
// tokens, in its clause, that can be the subject of its act: not the
// object of a preposition ("in X", "of X", "condolences to X over the
// attack", "stand with X against every threat"), which the act does not
// have as its agent, nor what an act falls upon (actedUpon); "by X" stays
// (ruleAgent).
func (s *attachSite) agentBefore(limit int) (mention, bool) {
	i := s.i
	for k := len(s.ms) - 1; k >= 0; k-- {
		m := s.ms[k]
		if m.End <= i && i-m.End <= limit && s.clause[m.Tok] == s.clause[i] {
			if m.Tok > 0 && obliqueBefore(s.toks, m.Tok) && !s.conductActor(m) || s.actedUpon(m) {
				continue
			}
			return m, true
		}
	}
	return mention{}, false
}

// actedUpon reports whether the country m follows "upon" (over "the")
// after a hostile term: "their attack upon X" befalls X. ("Call upon X"
// and "prevail upon X" keep X, the one asked.)
func (s *attachSite) actedUpon(m mention) bool {
	p := beforeMention(s.toks, m)
	return p > 0 && s.toks[p].Lower == "upon" && s.victimAfter != nil && s.victimAfter(p)
}

// pronounOwner finds, for a hostile act of weight −0.5 or less that
// "its" or "their" owns over two lower-case words at most ("X continues
// its brutal war against us"), or a refusal to act ("X persists in its
// refusal to withdraw"), the subject before it that the pronoun stands
// for (agentBefore), not the speaker's own. Weaker words are left alone:
// "their concerns" are theirs, no hostility of X's.
func (s *attachSite) pronounOwner() (mention, bool) {
	if s.weight > -0.5 && !(refusalNouns[s.toks[s.i].Lower] && s.next() == "to") {
		return mention{}, false
	}
	for k := s.i - 1; k >= 0 && k >= s.i-3; k-- {
		switch t := s.toks[k]; {
		case t.Lower == "its" || t.Lower == "their":
			if s.ownedParticiple(k) {
				return mention{}, false
			}
			m, ok := s.agentBefore(12)
			if !ok {
				m, ok = s.rulersBefore(k) // "the Government of X continues its occupation of Y"
			}
			if !ok || m.Code == s.self {
				return mention{}, false
			}
			// "X is pressing Y through its aggression": the pronoun
			// stands for the clause's subject; not after "for" ("we
			// condemn Y for its aggression and its …": the one judged)
			// or "to" ("X urged Y to end its occupation": the
			// infinitive's subject).
			if !slices.ContainsFunc(s.toks[m.End:k], func(t token) bool { return t.Lower == "for" || t.Lower == "to" }) {
				if subj, ok := s.subjectOver(m); ok {
					return subj, true
				}
			}
			return m, true
		case !t.Word || t.Cap || t.Lower == "against":
			// "its fight against terrorism": what "its" owns is the
			// fight, and the terrorism is fought ("its preparation for
			// aggression" is its own).
			return mention{}, false
		}
	}
	return mention{}, false
}

// ownedParticiple reports whether the term is a participle right after
// the possessive at toks[k] and before a noun ("their occupied lands",
// "its occupied valleys"): the owner is the one the act befell, not its
// agent.
func (s *attachSite) ownedParticiple(k int) bool {
	e := s.i + s.n
	return k == s.i-1 && s.n == 1 && strings.HasSuffix(s.toks[s.i].Lower, "ed") && e < len(s.toks) && s.toks[e].Word && !s.toks[e].Cap
}

// rulersBefore returns the country that the clause before toks[k] opens
// with after a noun of rulers and "of" ("the Government of X", "the
// regime of X"; words.tsv rulers): the subject a possessive pronoun at
// toks[k] stands for.
func (s *attachSite) rulersBefore(k int) (mention, bool) {
	for _, m := range s.ms {
		if m.End > k || s.clause[m.Tok] != s.clause[k] {
			continue
		}
		// The clause's first country only, after its opening noun.
		if rulersOpen(s.words, s.toks, m) {
			return m, true
		}
		return mention{}, false
	}
	return mention{}, false
}

// subjectOver returns the country that is the subject of the verb whose
// object m is ("X is pressing | Y", "X isolated the Y", "X is raiding
// northern and western Y"), when it is
// neither the speaker's nor m's own country.
func (s *attachSite) subjectOver(m mention) (mention, bool) {
	toks := s.toks
	p := m.Tok - 1
	// Over the object's determiner and words of direction ("the
	// northern and western Y").
	for p > 0 && m.Tok-p <= 4 && (toks[p].Lower == "the" || toks[p].Lower == "and" || annotate.IsDirectionWord(toks[p].Lower)) {
		p--
	}
	if p < 1 || !toks[p].Word || toks[p].Cap || !(strings.HasSuffix(toks[p].Lower, "ing") || strings.HasSuffix(toks[p].Lower, "ed") || s.lex.PastVerb(toks[p])) {
		return mention{}, false
	}
	end := annotate.SkipAdverbials(toks, p)
	for _, x := range s.ms {
		if x.End == end && s.clause[x.Tok] == s.clause[m.Tok] && x.Code != s.self && x.Code != m.Code {
			return x, true
		}
	}
	return mention{}, false
}

// refusalNouns name a refusal: before "to" and a verb, what is refused is
// an act of the owner's.
var refusalNouns = map[string]bool{"refusal": true, "refusals": true}

// conductAfter reports whether a noun of conduct (words.tsv) stands at
// toks[k] or after one or two lower-case modifiers ("X's nuclear
// activities", "X's policies").
func (s *attachSite) conductAfter(k int) bool {
	for j := k; j < len(s.toks) && j <= k+2; j++ {
		t := s.toks[j]
		if !t.Word || t.Cap {
			return false
		}
		if s.words.Is(t.Lower, lexicons.WordConduct) {
			return true
		}
	}
	return false
}

// conductActor reports whether the mention m is the country whose
// conduct or mission the noun before "of" names ("the presence of X
// troops", "the policies of the X government", "the representative of
// X"; words.tsv conduct, mission): the one who acts, no oblique.
func (s *attachSite) conductActor(m mention) bool {
	n := headOfBefore(s.toks, m)
	return n >= 0 && s.words.Is(s.toks[n].Lower, lexicons.WordConduct, lexicons.WordMission)
}

// headOfBefore returns the index of the noun before "of" (over "the")
// that the mention m complements ("the presence of | X", "the Government
// of the | X"), or -1.
func headOfBefore(toks []token, m mention) int {
	k := beforeMention(toks, m)
	if k >= 1 && toks[k].Lower == "of" {
		return k - 1
	}
	return -1
}

// byAgent finds the agent after "by" in the term's phrase: "seizure of
// the islands by Chile" (ruleAgent). The country must stand in the phrase
// "by" opens: not past a punctuation mark ("threatened by rising seas,
// such as X"), a hazard (hazardIn: "hit by floods in X"), whose act it
// is, nor a preposition other than "of" and "from" ("by the rebels in
// X" names where they act).
func (s *attachSite) byAgent() (mention, bool) {
	i, n, toks := s.i, s.n, s.toks
	for k := i + n; k < len(toks) && k < i+n+6; k++ {
		if toks[k].Lower == "by" {
			for _, m := range s.ms {
				if m.Tok > k && m.Tok <= k+6 {
					if hazardIn(s.words, toks, k+1, m.Tok) {
						return mention{}, false
					}
					for j := k + 1; j < m.Tok; j++ {
						if l := toks[j].Lower; !toks[j].Word || annotate.IsPreposition(l) && l != "of" && l != "from" {
							// "by the rebels in X": X is where they act.
							return mention{}, false
						}
					}
					return m, true
				}
			}
		}
		if toks[k].Text == "," || toks[k].Text == ";" {
			break
		}
	}
	return mention{}, false
}

// complement finds the object a verb of regarding (lexicons.WordRegard)
// says the term of: "sees X as a partner", "called X and Y reliable
// allies", "brands the US an aggressor" (ruleComplement). Between the
// object and the term stand "as", or a determiner or an opening
// quotation mark, and lower-case modifiers, or the speaker's own country
// as the term's owner; the object is a country, not its possessive
// ("called X's plan a threat" is said of the plan).
func (s *attachSite) complement() (mention, bool) {
	toks := s.toks
	k, marked := s.i, false
	for k > 0 && s.i-k < 5 {
		t := toks[k-1]
		if annotate.IsQuoteToken(t.Text) {
			// Scare quotes around the term mark it as said of the
			// object ("labels X 'a rogue state'", "calls X 'rogue state'").
			k, marked = k-1, true
			continue
		}
		if t.Poss && s.self != "" {
			if m, ok := s.mentionEndingAt(k); ok && m.Code == s.self {
				// The speaker's own country owns the term ("describes X
				// as Y's closest partner", Y the speaker's): a determiner.
				k, marked = m.Tok, true
				continue
			}
		}
		if !t.Word || t.Cap || t.Poss {
			break
		}
		if t.Lower == "as" {
			k, marked = k-1, true
			break
		}
		if annotate.IsDeterminer(t.Lower) {
			marked = true
		} else if marked || annotate.IsPreposition(t.Lower) || clauseWords[t.Lower] || isCopula(t.Lower) {
			break
		}
		k--
	}
	if !marked {
		return mention{}, false
	}
	owned := false
	if k > 1 && toks[k-1].Word && !toks[k-1].Cap && toks[k-2].Poss {
		// "called X's decision a provocation": the term is said of the
		// possessive country's act, and so of the country.
		if m, ok := s.mentionEndingAt(k - 1); ok {
			k, owned = m.End, true
		}
	}
	for x, m := range s.ms {
		if m.End != k || toks[m.End-1].Poss && !owned {
			continue
		}
		// The first of a list ("sees X, Y and Z as partners").
		j := m.Tok
		for y := x - 1; y >= 0 && j > 1; y-- {
			if p := s.ms[y]; p.End == j-1 && (toks[j-1].Lower == "and" || toks[j-1].Text == ",") {
				j = p.Tok
			}
		}
		if j > 0 && toks[j-1].Lower == "the" {
			j--
		}
		if j == 0 && s.regardCue || j > 0 && s.words.Is(toks[j-1].Lower, lexicons.WordRegard) {
			return m, true
		}
		return mention{}, false
	}
	return mention{}, false
}

// mentionEndingAt returns the country named right before toks[k].
func (s *attachSite) mentionEndingAt(k int) (mention, bool) {
	for _, m := range s.ms {
		if m.End == k {
			return m, true
		}
	}
	return mention{}, false
}

// attachAny: the country right before, else the first after, else the
// nearest before.
func attachAny(s attachSite) ([]mention, attachRule) {
	if m, ok := s.adjacent(); ok {
		return s.with(m, ruleAdjacent)
	}
	if m, ok := s.forward(8); ok {
		return s.with(m, ruleForward)
	}
	if m, ok := s.backward(8, false); ok {
		return s.with(m, ruleBackward)
	}
	return nil, ruleNone
}

// attachPrep: the country after the term's preposition ("against X");
// after a hostile noun the country may be its victim, not the speaker's
// target ("aggression against Ukraine", "crimes against X").
func attachPrep(s attachSite) ([]mention, attachRule) {
	if s.weight < 0 && s.victimAfter != nil && s.victimAfter(s.i) {
		return nil, ruleNone
	}
	if m, ok := s.forward(8); ok {
		if s.weight < 0 && patientMention(s.words, s.ms, s.toks, s.i+s.n, m) {
			// "against the will of X", "against X's civilians": X is
			// the one harmed.
			return nil, ruleNone
		}
		if s.weight < 0 && s.placeOfNoun(m) {
			// "warns Y against expansion into X": what the preposition
			// opposes is the act; X is where it falls.
			return nil, ruleNone
		}
		return s.with(m, ruleForward)
	}
	return nil, ruleNone
}

// placeOfNoun reports whether the country m after the term (a
// preposition) complements a lower-case noun that the term takes, one or
// two words after a determiner at most, through a preposition of place
// or direction ("against expansion into X", "against interference in
// X"; not "of", nor the nouns of rulers: "against the regime in X" is
// against X).
func (s *attachSite) placeOfNoun(m mention) bool {
	toks := s.toks
	p := beforeMention(toks, m)
	if p < 0 || !placePrepositions[toks[p].Lower] {
		return false
	}
	k := s.i + s.n
	if k < p && annotate.IsDeterminer(toks[k].Lower) {
		k++
	}
	if p-k < 1 || p-k > 2 {
		return false
	}
	for j := k; j < p; j++ {
		if !toks[j].Word || toks[j].Cap || s.words.Is(toks[j].Lower, lexicons.WordRulers) {
			return false
		}
	}
	return true
}

// placePrepositions open the place or direction of an act.
var placePrepositions = map[string]bool{"into": true, "in": true, "on": true, "upon": true, "toward": true, "towards": true}

// attachObject: the owner before a noun ("Moscow's support", "US
// sanctions"), else the object after a verb ("Tehran supported X" is about
// X, not Tehran).
func attachObject(s attachSite) ([]mention, attachRule) {
	verb := strings.HasSuffix(s.toks[s.i+s.n-1].Lower, "ed")
	if s.weight < 0 {
		if m, ok := s.perpetrator(); ok {
			return s.with(m, ruleAgent) // "X levelled its accusations"
		}
		if refusalNouns[s.toks[s.i].Lower] && s.next() == "to" {
			if m, ok := s.pronounOwner(); ok {
				return s.with(m, ruleAgent) // "X persists in its refusal to withdraw"
			}
		}
	}
	if m, ok := s.adjacent(); ok && m.Code != s.self && !verb {
		if r, ok := s.recipientAfter(); ok && s.weight > 0 && r.Code != s.self && r.Code != m.Code {
			// "A's sale of rifles to B": the owner's
			// cooperation with a third country (its own statement,
			// embedded-nominal) is no stance of the speaker's toward
			// either.
			return nil, ruleOthers
		}
		return s.with(m, ruleAdjacent)
	}
	if verb && s.weight < 0 {
		// "Chile blamed Peru", said by Peru: hostility toward the
		// speaker makes its author the target.
		if f, ok := s.forward(8); ok && f.Code == s.self {
			if m, ok := s.adjacent(); ok && m.Code != s.self {
				return s.with(m, ruleAgent)
			}
		}
	}
	if s.next() == "by" || verb && s.i > 0 && annotate.IsBe(s.toks[s.i-1].Lower) {
		// "supported by X": X is the agent, and what the speaker thinks of
		// it is not said; "condemned by X" likewise. A passive's object is
		// its subject, not the place after it ("was welcomed to Lima by
		// X": the subject of the passive, if any).
		return nil, ruleNone
	}
	if s.weight < 0 {
		if m, ok := s.byAgent(); ok {
			return s.with(m, ruleAgent)
		}
	}
	if s.weight > 0 && s.givenToSelf() {
		// "X has provided generous assistance to our country", "X has
		// rendered us valuable assistance": what another gives the
		// speaker is the speaker's gratitude toward the giver, the
		// clause's subject.
		if m, ok := s.clauseSubject(); ok && m.Code != s.self {
			return s.with(m, ruleSubject)
		}
	}
	if m, ok := s.forward(8); ok {
		if s.weight < 0 && s.deedVictim(m) {
			// "we condemn the invasion of X": X is its victim; the
			// invader after "by" is the target.
			if a, ok := passiveAgentAfter(s.ms, s.toks, m.End); ok {
				return s.with(a, ruleAgent)
			}
			return nil, ruleNone
		}
		if s.weight > 0 && s.topicOn(m) {
			// "support on X", "cooperate on X": X is what the
			// cooperation is about, no party to it.
			return nil, ruleNone
		}
		if a, ok := s.selfDeedAgent(m); ok {
			return s.with(a, ruleAgent)
		}
		return s.with(m, ruleForward)
	}
	// Used as a predicate, at the end of its clause: "troops were
	// welcome", "offer \"welcome\"".
	if s.i+s.n >= len(s.toks) || !s.toks[s.i+s.n].Word {
		if m, ok := s.clauseSubject(); ok {
			return s.with(m, ruleSubject)
		}
	}
	return nil, ruleNone
}

// givenToSelf reports whether the speaker is the one the term is given
// to: "to" or "for" and a first-person object after it ("to us", "to our
// country"), or "us" before it as the verb's indirect object (firstPersonBefore).
func (s *attachSite) givenToSelf() bool {
	k := s.i + s.n
	return k+1 < len(s.toks) && (s.toks[k].Lower == "to" || s.toks[k].Lower == "for") && firstPersonObject(s.toks, k+1) || firstPersonBefore(s.toks, s.i)
}

// deedVictim reports whether the country m follows "of" after a noun of
// a deed (words.tsv deed) that the term governs: "condemn the invasion of
// X", "reject the dismemberment of the State of X".
func (s *attachSite) deedVictim(m mention) bool {
	return deedOf(s.words, s.toks, m.Tok, s.i)
}

// deedOf reports whether toks[t] follows "of" (over "the") after a noun
// of a deed (words.tsv deed) after toks[lo]: "the invasion of X". One noun
// of what the deed befalls may stand between, with its own "of": "the
// dismemberment of the State of X", "the occupation of the territory of
// X".
func deedOf(words annotate.WordClasses, toks []token, t, lo int) bool {
	k := t - 1
	if k > lo && toks[k].Lower == "the" {
		k--
	}
	if k <= lo || toks[k].Lower != "of" {
		return false
	}
	if words.Is(toks[k-1].Lower, lexicons.WordDeed) {
		return true
	}
	j := k - 1 // the noun between: "State", "territory"
	if !toks[j].Word || annotate.IsPreposition(toks[j].Lower) || annotate.IsDeterminer(toks[j].Lower) {
		return false
	}
	j--
	if j > lo && toks[j].Lower == "the" {
		j--
	}
	return j > lo && toks[j].Lower == "of" && words.Is(toks[j-1].Lower, lexicons.WordDeed)
}

// topicOn reports whether the country m follows the term right after
// "on" (over "the"): the topic of the term, not its party ("support on
// X", "cooperate on X"; "rely on X" holds its "on").
func (s *attachSite) topicOn(m mention) bool {
	k := s.i + s.n
	if k >= len(s.toks) || s.toks[k].Lower != "on" {
		return false
	}
	return m.Tok == k+1 || m.Tok == k+2 && s.toks[k+1].Lower == "the"
}

// recipientAfter returns the country after "to" or "for" within four
// words after the term ("aid to X", "support for X"), with no comma or
// other country between.
func (s *attachSite) recipientAfter() (mention, bool) {
	for k := s.i + s.n; k < len(s.toks) && k <= s.i+s.n+4; k++ {
		t := s.toks[k]
		if !t.Word {
			return mention{}, false
		}
		if t.Lower != "to" && t.Lower != "for" {
			continue
		}
		for _, m := range s.ms {
			if m.Tok > k && m.Tok <= k+3 {
				return m, true
			}
		}
		return mention{}, false
	}
	return mention{}, false
}

// attachAct: the agent of an act (right before it, or after "by"); of the
// speaker's own act ("we will sanction X", or a country's act), its
// object, else its place.
func attachAct(s attachSite) ([]mention, attachRule) {
	if hazardAfter(s.words, s.toks, s.i+s.n) {
		// "the threat of floods", "attacks by locusts": the act is the
		// hazard's, and no country's.
		return nil, ruleNone
	}
	if s.words.Is(s.toks[s.i].Lower, lexicons.WordCause) && causeAfter(s.toks, s.i+s.n) {
		// "the people of X are fighting for their freedom": a fight
		// for a cause, no hostility of X's.
		return nil, ruleNone
	}
	if s.helpedAgent() {
		// "helped X fight the rebels": the act helped is X's own,
		// against its object; X is no agent of a hostile act.
		return nil, ruleNone
	}
	if m, ok := s.perpetrator(); ok && s.weight < 0 {
		return s.with(m, ruleAgent) // "X was behind the attack", "X launched attacks"
	}
	if m, ok := s.pronounOwner(); ok && !strings.HasSuffix(s.toks[s.i].Lower, "ed") {
		return s.with(m, ruleAgent) // "X persists in its policy of annexation"
	}
	// The speaker's own country as the subject right before its act
	// ("Latvia expelled two envoys", said by Latvia's ministry) is the
	// agent the statement speaks for: its object is the target
	// (selfActs). Its possessive ("Latvia's embargo") names the act, and
	// spends the term on it, unless a hostile noun reaches its object
	// through its own preposition ("A's expulsion of B's envoys"): "A's
	// embargo remains, and B must comply" names no object of the embargo.
	ownPoss := s.weight < 0 && s.ownPossessor() && annotate.IsPreposition(s.next())
	own := s.selfActs != nil && s.selfActs(s.i) || ownPoss
	if m, ok := s.adjacent(); ok && !(own && m.Code == s.self && (!s.toks[m.End-1].Poss || ownPoss)) && !hazardIn(s.words, s.toks, max(0, m.Tok-4), s.i) {
		return s.with(m, ruleAgent)
	}
	if m, ok := s.byAgent(); ok {
		return s.with(m, ruleAgent)
	}
	if own {
		from, limit := s.i+s.n, 8
		if from < len(s.toks) && annotate.IsPreposition(s.toks[from].Lower) {
			from++ // the act's own preposition: "sanctions against X"
		}
		if ownPoss {
			limit = 3
		}
		if s.foughtOver(from - 1) {
			from = len(s.toks)
		}
		if m, ok := s.forwardFrom(from, limit); ok && m.Code != s.self {
			if placeOfSituation(s.words, s.toks, m, m.End) {
				return nil, ruleNone // "to quell Almaty unrest": the place of what is acted on
			}
			return s.with(m, ruleObjectOfAct)
		}
		if m, ok := s.backward(8, false); ok && s.lex.Place(s.toks, m) {
			return s.with(m, rulePlaceOfAct)
		}
		return nil, ruleNone
	}
	// The subject just before is the agent, unless the verb is passive
	// ("were attacked": the subject is the victim).
	// A progressive is active: "is again terrorising".
	passive := false
	for k := s.i - 1; k >= 0 && k >= s.i-3 && !strings.HasSuffix(s.toks[s.i].Lower, "ing"); k-- {
		if annotate.IsBe(s.toks[k].Lower) {
			passive = true
		}
	}
	if passive && predicateNoun(s.toks, s.i) {
		passive = false // "X was a threat to Y": a noun after the copula, no passive
	}
	if victimPhrase(s.ms, s.toks, s.i+s.n) {
		// "stand with X against every threat to its borders": a hostile
		// noun with its victim after it is a noun phrase; a country before
		// it in a phrase of its own is none of its agent.
		if m, ok := s.agentBefore(4); ok && !passive && !hazardIn(s.words, s.toks, max(0, m.Tok-4), s.i) && !prepositionalNoun(s.toks, m.End, s.i) {
			return s.with(m, ruleAgent)
		}
		return nil, ruleNone
	}
	if s.i > 0 && strings.HasPrefix(s.toks[s.i-1].Lower, "help") {
		// "sent troops to X to help fight the rebels": the act helped is
		// against its own object, not against the country before.
		return nil, ruleNone
	}
	if predicateNoun(s.toks, s.i) {
		// "X's launches are a flagrant violation of …": a noun after a
		// copula is said of the subject, which acts.
		if m, ok := s.agentBefore(12); ok && m.Code != s.self {
			return s.with(m, ruleAgent)
		}
	}
	if s.i > 0 && strings.HasSuffix(s.toks[s.i].Lower, "ed") && annotate.IsDeterminer(s.toks[s.i-1].Lower) {
		// "our blockaded ports", "the occupied territories": a
		// participle that qualifies a noun; the country before is no
		// subject of it.
		return nil, ruleNone
	}
	m, ok := s.backward(4, true)
	if !ok && !passive {
		// "The Government of X continues to defy …": the rulers that
		// open the clause act.
		if r, found := s.rulersBefore(s.i); found && s.i-r.End <= 4 {
			m, ok = r, true
		}
	}
	if ok && s.contentClauseBetween(m, s.i) {
		ok = false // "the view of X that sanctions fail": X is no subject of the clause
	}
	if ok && subjectAfterSubordinator(s.toks, m.End, s.i) {
		ok = false // "X offers help if protests escalate": the clause has a subject of its own
	}
	if ok && prepositionalNoun(s.toks, m.End, s.i) {
		ok = false // "warned X about a planned attack": X is no subject of it
	}
	if ok && s.inNounComplement(m) {
		ok = false // "a fire in a Xian market killed …": X is no subject
	}
	joined := s.i > 0 && s.toks[s.i-1].Lower == "and" || s.i > 1 && s.toks[s.i-2].Lower == "and" && strings.HasSuffix(s.toks[s.i-1].Lower, "ly")
	if ok && joined && (obliqueBefore(s.toks, m.Tok) || s.toks[m.End-1].Poss || m.Kind == annotate.ByAdjective && m.End < s.i-1) {
		// "crossed into X and seized …", "raided X's reactor and
		// repeatedly invaded …", "froze Xian assets and banned …": X
		// is no subject.
		ok = false
	}
	if !ok && joined {
		// "X's troops crossed into Y and seized a post": a verb joined
		// to another shares the subject its clause opens with.
		if a, found := s.agentBefore(12); found && a.Tok <= 1 {
			m, ok = a, true
		}
	}
	if !ok && !passive {
		m, ok = s.intender()
	}
	if ok && !passive && !hazardIn(s.words, s.toks, max(0, m.Tok-4), s.i) {
		// Not when a hazard stands by: "the drought that struck X
		// killed thousands", "X's floods killed".
		return s.with(m, ruleAgent)
	}
	return nil, ruleNone
}

// causeAfter reports whether a cause follows toks[k]: "for" and a
// possessive pronoun or a noun of a cause ("for their independence",
// "for freedom"), or "to" and a verb of freeing ("to liberate their
// land"). "Fought for control of …" is no cause.
func causeAfter(toks []token, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	next := toks[k+1].Lower
	switch toks[k].Lower {
	case "for":
		return annotate.IsPossessivePronoun(next) || causeNouns[next]
	case "to":
		return freeingVerbs[next]
	}
	return false
}

// causeNouns name what a people fights for.
var causeNouns = map[string]bool{"freedom": true, "independence": true, "liberation": true, "peace": true, "justice": true,
	"dignity": true, "self-determination": true, "democracy": true, "survival": true, "emancipation": true, "rights": true,
	"sovereignty": true}

// freeingVerbs name what a people fights to do for itself.
var freeingVerbs = map[string]bool{"free": true, "liberate": true, "defend": true, "regain": true, "recover": true,
	"preserve": true, "achieve": true, "win": true}

// helpedAgent reports whether the act's agent is the object of a verb of
// helping right before it whose subject is the speaker's country or no
// country ("X helped Y fight", "we will help the Y army to combat"): the
// act is the helped one's, which the speaker joins. Another's help is
// not ("Z must stop helping Y kill").
func (s *attachSite) helpedAgent() bool {
	end := s.i
	if end > 0 && s.toks[end-1].Lower == "to" {
		end--
	}
	for _, m := range s.ms {
		if m.End != end && !(m.End < end && end-m.End <= 1 && s.toks[end-1].Word && !s.toks[end-1].Cap) {
			continue
		}
		k := m.Tok - 1
		if k > 0 && annotate.IsDeterminer(s.toks[k].Lower) {
			k--
		}
		if k < 0 || !strings.HasPrefix(s.toks[k].Lower, "help") {
			return false
		}
		subj, ok := s.subjectOf(k)
		return !ok || subj.Code == s.self
	}
	return false
}

// intender finds, for an act in the infinitive ("to sever"), the subject
// of a verb of intending before it (words.tsv intend: "the government of
// X chose last month to close its embassy"), with no other country between
// them: the one who acts.
func (s *attachSite) intender() (mention, bool) {
	if s.i < 2 || s.toks[s.i-1].Lower != "to" {
		return mention{}, false
	}
	for k := s.i - 2; k >= 0 && k >= s.i-5; k-- {
		if annotate.InMention(s.ms, k) || !s.toks[k].Word {
			return mention{}, false
		}
		if s.words.Is(s.toks[k].Lower, lexicons.WordIntend) {
			return s.subjectOf(k)
		}
	}
	return mention{}, false
}

// hazardIn reports whether a hazard (words.tsv: flood, drought, pandemic)
// is named in toks[from:to].
func hazardIn(words annotate.WordClasses, toks []token, from, to int) bool {
	for k := from; k < to && k < len(toks); k++ {
		if words.Is(toks[k].Lower, lexicons.WordHazard) {
			return true
		}
	}
	return false
}

// hazardSubject reports whether the term at toks[i] is a verb whose
// subject is a hazard: one stands in the four words before it, in its
// clause, with no country between ("heavy snow closed", "floods have
// cut off").
func hazardSubject(words annotate.WordClasses, ms []mention, toks []token, clause []int, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4 && clause[k] == clause[i] && toks[k].Word; k-- {
		if annotate.InMention(ms, k) {
			return false
		}
		if words.Is(toks[k].Lower, lexicons.WordHazard) {
			return k+1 == i || !slices.ContainsFunc(toks[k+1:i], func(t token) bool { return annotate.IsPreposition(t.Lower) })
		}
	}
	return false
}

// hazardAfter reports whether the phrase at toks[j], after a hostile
// term, names a hazard as its source: "of", "from" or "by" and a hazard
// within three words ("the threat of rising sea levels" is not; "the
// threat of floods", "harm from climate change" are).
func hazardAfter(words annotate.WordClasses, toks []token, j int) bool {
	if j >= len(toks) {
		return false
	}
	switch toks[j].Lower {
	case "of", "from", "by":
	default:
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+3 && toks[k].Word; k++ {
		if words.Is(toks[k].Lower, lexicons.WordHazard) {
			return true
		}
	}
	return false
}

// attachPredicate: the subject the term is said of ("X's presence in
// Syria is illegal", or a headline's last word: "US presence in Syria
// \"illegal\""), else a country right after.
func attachPredicate(s attachSite) ([]mention, attachRule) {
	i, toks := s.i, s.toks
	last := i+s.n >= len(toks) || !toks[i+s.n].Word
	if m, ok := s.adjacent(); ok {
		if !last || !s.headComplement(m) {
			return s.with(m, ruleAdjacent)
		}
		// "X presence in Y illegal", "sanctions on Y unjustified": a
		// predicate with no copula that ends its clause is said of the
		// phrase's head, which the country right before it complements:
		// of the head's owner, else of no country. Not a term before
		// its noun: "by Xian hostile acts" is X's.
		if o := s.subjectOwner(m); o.Tok != m.Tok {
			return s.with(o, ruleSubject)
		}
		return nil, ruleNone
	}
	if m, ok := s.conductOf(); ok {
		return s.with(m, ruleAgent)
	}
	if s.weight < 0 {
		if m, ok := s.perpetrator(); ok {
			return s.with(m, ruleAgent) // "X made groundless claims"
		}
		if m, ok := s.pronounOwner(); ok {
			return s.with(m, ruleAgent) // "X pursues its illegal settlement policy"
		}
	}
	if m, ok := s.apposition(); ok {
		return s.with(m, ruleApposition)
	}
	copula := false
	// The term's own first word may be the copula ("be trusted").
	for k, lo := i, i-4; k >= 0 && k >= lo; k-- {
		if f := focusBefore(toks, k); f < k {
			k, lo = f, f-3 // "is nothing short of criminal"
		}
		if k >= 0 && (annotate.IsBe(toks[k].Lower) || toks[k].Lower == "remains" || toks[k].Lower == "remain" || toks[k].Lower == "seems") {
			copula = true
		}
	}
	if copula && s.weight < 0 && strings.HasSuffix(toks[i].Lower, "ly") && i+s.n < len(toks) && strings.HasSuffix(toks[i+s.n].Lower, "ed") {
		// "X, which has been illegally occupied": the adverb says how
		// a passive act befell its subject, X its victim; the agent
		// after "by" is the one blamed.
		if m, ok := passiveAgentAfter(s.ms, toks, i+s.n+1); ok {
			return s.with(m, ruleAgent)
		}
		return nil, ruleNone
	}
	if copula || last {
		if m, ok := s.clauseSubject(); ok {
			return s.with(m, ruleSubject)
		}
	}
	if m, ok := s.forward(2); ok && (s.weight > 0 || !complementBetween(toks, i+s.n, m.Tok)) {
		// "illegal X settlements"; not "illegal control of X's
		// buildings", where a hostile adjective is said of a noun X is
		// the complement of, and X is harmed ("the friendly people of
		// X" is X's).
		return s.with(m, ruleForward)
	}
	return nil, ruleNone
}

// apposition finds the country an appositive phrase that opens with the
// term's determiner describes: "X, a brotherly country, has …", "X, our
// fraternal neighbour, …" (ruleApposition).
func (s *attachSite) apposition() (mention, bool) {
	i, toks := s.i, s.toks
	if i < 3 || toks[i-2].Text != "," {
		return mention{}, false
	}
	switch toks[i-1].Lower {
	case "a", "an", "our", "this":
	default:
		return mention{}, false
	}
	for _, m := range s.ms {
		if m.End == i-2 && !toks[m.End-1].Poss {
			return m, true
		}
	}
	return mention{}, false
}

// foughtOver reports whether toks[k] is the "over" after a term of
// hostility that takes two sides ("A and B clash over X", "trade barbs
// over X"): what they fight over, or where, is no party to the fight.
func (s attachSite) foughtOver(k int) bool {
	return k >= 0 && k < len(s.toks) && s.toks[k].Lower == "over" && s.words.Fight(s.toks[s.i].Lower, s.weight)
}

// attachNoun: the country the noun is of: right before it (not the place
// of a situation: placeOfSituation), or after "by" ("aggression by X"), or
// for relations after of, with, between, for or to ("allies of X", "ties
// with X").
func attachNoun(s attachSite) ([]mention, attachRule) {
	if m, ok := s.adjacent(); ok && m.Code != s.self && !placeOfSituation(s.words, s.toks, m, s.i) {
		return s.with(m, ruleAdjacent)
	}
	if m, ok := s.conductOf(); ok {
		return s.with(m, ruleAgent)
	}
	if m, ok := s.seatOf(s.i + s.n - 1); ok && m.Code != s.self {
		return s.with(m, ruleAgent) // "the regime in X"
	}
	next := s.next()
	if s.weight < 0 && (s.i == 0 && s.selfActs != nil && s.selfActs(s.i) || s.ownPossessor()) && annotate.IsPreposition(next) {
		// The speaker's own hostile deed that opens the statement ("X's
		// invasion of Y", a noun phrase X owns), or that the speaker's
		// country owns by a possessive ("A's ministry said A's
		// expulsion of B's envoys was lawful"): its object after the
		// preposition is the target, as of an act (attachAct).
		if m, ok := s.forwardFrom(s.i+s.n+1, 3); ok && m.Code != s.self && !s.foughtOver(s.i+s.n) {
			return s.with(m, ruleObjectOfAct)
		}
	}
	if s.weight < 0 {
		if m, ok := s.perpetrator(); ok {
			return s.with(m, ruleAgent)
		}
		if m, ok := s.pronounOwner(); ok {
			return s.with(m, ruleAgent) // "X continues its war against us"
		}
		if m, ok := s.byAgent(); ok && next != "by" {
			return s.with(m, ruleAgent) // "the occupation of our islands by X"
		}
		if last := s.i + s.n - 1; next == "of" && s.words.Is(s.toks[last].Lower, lexicons.WordConduct) {
			// "the repeated aggressions of X": a noun of conduct names
			// its agent after "of" (a deed names its victim there).
			if m, ok := s.complementOf(last); ok && !s.toks[m.End-1].Poss {
				return s.with(m, ruleAgent)
			}
		}
		if next == "of" {
			// "the aggression of X against Y": with its victim after
			// it, the country after "of" is the one who acts.
			if m, ok := s.forward(3); ok {
				end := m.End // over the countries listed with it
				for _, c := range coordinated(s.ms, s.toks, m) {
					end = max(end, c.End)
				}
				if end < len(s.toks) && victimPrepositions[s.toks[end].Lower] {
					return s.with(m, ruleAgent)
				}
			}
		}
	}
	if s.weight < 0 && (next == "about" || next == "over" || next == "at") {
		// "concern about X's nuclear programme", "anger over X's
		// decision": the owner of what the attitude is about does it.
		// What it owns must be conduct (words.tsv): "concern about
		// X's security" is sympathy, "concern about the situation in
		// X" names a place, no owner.
		if m, ok := s.forward(3); ok && s.toks[m.End-1].Poss && s.conductAfter(m.End) {
			return s.with(m, ruleForward)
		}
		if m, ok := s.agentOfTopic(); ok {
			// "concerned about the nuclear test carried out by X": the
			// agent of what the attitude is about.
			return s.with(m, ruleAgent)
		}
	}
	if next == "with" && s.words.Fight(s.toks[s.i].Lower, s.weight) {
		// Hostility of two sides: "clashed with the forces of X".
		if m, ok := s.forward(8); ok {
			return s.with(m, ruleForward)
		}
	}
	reach := 4
	if k := s.i + s.n; s.weight > 0 && k+1 < len(s.toks) && (annotate.IsBe(next) || next == "remains" || next == "remain") && s.toks[k+1].Lower == "with" {
		// "our solidarity is with the people of X": the copula
		// before "with" says whom the noun is with.
		next, reach = "with", 5
	}
	if next == "by" || s.weight > 0 && (next == "of" || next == "with" || next == "between" || next == "for" || next == "to") {
		if m, ok := s.forward(reach); ok {
			if m.Code == s.self && s.weight > 0 && predicateNoun(s.toks, s.i) {
				// "X is a true friend of Y", said by Y: the relation
				// with the speaker's own country is said of X.
				if c, ok := s.clauseSubject(); ok && c.Code != s.self {
					return s.with(c, ruleSubject)
				}
			}
			if a, ok := s.selfDeedAgent(m); ok {
				return s.with(a, ruleAgent)
			}
			return s.with(m, ruleForward)
		}
	}
	if predicateNoun(s.toks, s.i) {
		// "X has been a loyal friend", "X remains the aggressor": a noun
		// after a copula is said of the subject.
		if m, ok := s.clauseSubject(); ok {
			return s.with(m, ruleSubject)
		}
	}
	return nil, ruleNone
}

// selfDeedAgent returns the agent after "by" of a positive term whose
// first country after it, m, is the speaker's own ("welcome the release
// of the X sailors by Y", said by X): what is done to the speaker's
// people is the act of the one who does it.
func (s *attachSite) selfDeedAgent(m mention) (mention, bool) {
	if s.weight <= 0 || m.Code != s.self {
		return mention{}, false
	}
	if a, ok := passiveAgentAfter(s.ms, s.toks, m.End); ok && a.Code != s.self {
		return a, true
	}
	return mention{}, false
}

// conductOf finds the country that does what an adjective of stance
// qualifies: after the term, up to three lower-case words ending in a noun
// of conduct (words.tsv conduct), "of", a determiner at most and the
// country ("the aggressive military activities of X", "the balanced and
// constructive approach of the X government"), or a participle and "by"
// ("the constructive role played by X"), or a noun of rulers with its
// seat ("the illegal regime in X": seatOf) (ruleAgent).
func (s *attachSite) conductOf() (mention, bool) {
	toks, k := s.toks, s.i+s.n
	for j := k; j < len(toks) && j <= k+3; j++ {
		if t := toks[j]; !t.Word || t.Cap {
			return mention{}, false
		}
		if m, ok := s.seatOf(j); ok {
			return m, true
		}
		if !s.words.Is(toks[j].Lower, lexicons.WordConduct) || j+1 >= len(toks) {
			continue
		}
		if toks[j+1].Lower == "of" {
			return s.complementOf(j)
		}
		if by := participleBy(s.lex, toks, j+1); by >= 0 {
			return s.agentAfterBy(by) // "the constructive role played by X"
		}
	}
	return mention{}, false
}

// participleBy returns the index of the "by" that follows a participle at
// toks[p], over a particle ("played by", "put forward by", "carried out
// by"), or -1.
func participleBy(lx *annotate.Lexicon, toks []token, p int) int {
	if p >= len(toks) || toks[p].Cap || !lx.Participle(toks[p]) {
		return -1
	}
	by := p + 1
	if by < len(toks) && annotate.IsParticle(toks[by].Lower) {
		by++
	}
	if by < len(toks) && toks[by].Lower == "by" {
		return by
	}
	return -1
}

// agentAfterBy finds the country after "by" at toks[by], over a
// determiner and lower-case words ("by the new X government"), in the
// term's clause.
func (s *attachSite) agentAfterBy(by int) (mention, bool) {
	for _, m := range s.ms {
		if m.Tok <= by || m.Tok > by+4 || s.clause[m.Tok] != s.clause[s.i] {
			continue
		}
		for k := by + 1; k < m.Tok; k++ {
			if t := s.toks[k]; !t.Word || t.Cap && !annotate.IsDeterminer(t.Lower) {
				return mention{}, false
			}
		}
		return m, true
	}
	return mention{}, false
}

// complementOf finds the country right after toks[j+1] ("of X", "in the
// X"), in the term's clause, or the first of those a group there is
// named by ("of many States, including X and Y").
func (s *attachSite) complementOf(j int) (mention, bool) {
	for _, m := range s.ms {
		if (m.Tok == j+2 || m.Tok == j+3 && annotate.IsDeterminer(s.toks[j+2].Lower)) && s.clause[m.Tok] == s.clause[s.i] {
			return m, true
		}
	}
	// "of many African States, including X, Y and Z", "of the
	// neighbouring States, including X": the countries the group is named by.
	toks := s.toks
	group := false
	for k := j + 2; k+1 < len(toks) && k <= j+8; k++ {
		if !toks[k].Word {
			if toks[k].Text != "," || toks[k+1].Lower != "including" || !group {
				break
			}
			for _, m := range s.ms {
				if m.Tok == k+2 && s.clause[m.Tok] == s.clause[s.i] {
					return m, true
				}
			}
			break
		}
		group = group || groupNouns[toks[k].Lower]
	}
	return mention{}, false
}

// groupNouns name countries as a group ("many States, including X").
var groupNouns = map[string]bool{"states": true, "countries": true, "nations": true, "members": true, "partners": true, "neighbours": true, "neighbors": true}

// seatOf finds the country whose rulers the noun at toks[j] (words.tsv
// rulers) names: "the regime of X", "the racist regime in X"
// (annotate.WordClasses.SeatOfRulers), "the authorities in the X".
func (s *attachSite) seatOf(j int) (mention, bool) {
	toks := s.toks
	if j+1 >= len(toks) || !s.words.Is(toks[j].Lower, lexicons.WordRulers) || toks[j+1].Lower != "of" && toks[j+1].Lower != "in" {
		return mention{}, false
	}
	m, ok := s.complementOf(j)
	if ok && toks[j+1].Lower == "in" && !s.words.SeatOfRulers(toks, m.Tok) {
		return mention{}, false
	}
	return m, ok
}

// contentClauseBetween reports whether "that" stands between the country
// m and toks[to] and opens a clause with a subject of its own: a word
// that is no auxiliary follows it, or a noun of what someone holds or
// says (words.tsv report) stands before m ("the view of X that
// sanctions fail"); not a relative clause of what comes before ("forces
// that have shelled").
func (s *attachSite) contentClauseBetween(m mention, to int) bool {
	toks := s.toks
	for k := m.End; k < to; k++ {
		if toks[k].Lower != "that" {
			continue
		}
		for j := k + 1; j < to; j++ {
			if !annotate.IsAuxiliary(toks[j].Lower) && !annotate.IsBe(toks[j].Lower) {
				return true
			}
		}
		for j := m.Tok - 1; j >= 0 && j >= m.Tok-5; j-- {
			if s.words.Is(toks[j].Lower, lexicons.WordReport) {
				return true
			}
		}
		return false
	}
	return false
}

// subjectAfterSubordinator reports whether a conjunction that opens an
// adverbial clause ("if", "when", "unless", "until", "because"; not
// "once", as in "once more") stands in toks[from:to] with only
// lower-case words after it, at least one besides auxiliaries, before
// the verb at toks[to]: the clause's subject ("if protests escalate",
// "when the talks have failed"), not a country before it.
func subjectAfterSubordinator(toks []token, from, to int) bool {
	for k := from; k < to-1; k++ {
		if !adverbialOpeners[toks[k].Lower] {
			continue
		}
		words := 0
		for j := k + 1; j < to; j++ {
			if l := toks[j].Lower; !toks[j].Word || toks[j].Cap || thirdPersonSubjects[l] || l == "we" || l == "i" {
				return false // "when it invaded …": the pronoun stands for the country
			}
			if !annotate.IsAuxiliary(toks[j].Lower) && !annotate.IsBe(toks[j].Lower) {
				words++
			}
		}
		return words > 0
	}
	return false
}

// adverbialOpeners open an adverbial clause with a subject of its own.
var adverbialOpeners = map[string]bool{"if": true, "when": true, "unless": true, "until": true, "because": true, "whenever": true}

// clauseSubject finds the subject a predicate at the end of its clause
// or after a copula is said of: the nearest country before it that is no
// place nor complement (backward), and, for hostility, not the one a
// hostile act falls on: "the attacks by Y on X are a crime" is said of Y,
// "those who ordered the strikes on X must be held accountable" of no
// country.
func (s *attachSite) clauseSubject() (mention, bool) {
	if namedSubjectAt(s.toks, s.ms, s.i) {
		return mention{}, false
	}
	m, ok := s.nearestBefore(12, true, s.weight < 0)
	if ok {
		m = s.subjectOwner(m)
	}
	return m, ok
}

// namedSubjectAt reports whether the lower-case term at toks[i] follows a
// name that no mention of ms covers and that opens its clause after a
// comma: ", Red Hills Front rejects" has a subject of its own, no
// country's.
func namedSubjectAt(toks []token, ms []mention, i int) bool {
	j := i - 1
	if j < 0 || toks[i].Cap || !toks[j].Word || !toks[j].Cap || annotate.InMention(ms, j) {
		return false
	}
	for j > 0 && toks[j-1].Word && toks[j-1].Cap && !annotate.InMention(ms, j-1) {
		j--
	}
	return j > 0 && toks[j-1].Text == ","
}

// subjectOwner returns the owner of the subject's head when m, the
// country nearest before the term, is the complement of that head: "X's
// stance on Y is shameful", "X arms sales to Y were a provocation",
// "Xian military aid to Y was dangerous" are said of X's stance, sales and
// aid, not of Y. The owner is a possessive, or a name or adjective with at
// most one lower-case word between it and a preposition other than "of"
// ("the Xian people of Y are …" is said of Y); else m.
func (s *attachSite) subjectOwner(m mention) mention {
	toks := s.toks
	if o, ok := s.openingOwner(m); ok {
		return o
	}
	p := complementPreposition(toks, m, "by")
	if p <= 0 || p < m.Tok-1 {
		// "The detention of Xian sailors by Y is unacceptable": the
		// agent after "by" does what the subject names.
		return m
	}
	for _, o := range s.ms {
		if o.End >= p || o.End < p-2 {
			continue
		}
		if toks[o.End-1].Poss {
			return o
		}
		if toks[p].Lower == "of" {
			continue
		}
		plain := true
		for k := o.End; k < p; k++ {
			plain = plain && toks[k].Word && !toks[k].Cap
		}
		if plain && o.Code != m.Code && !s.lex.Place(toks, o) {
			return o
		}
	}
	return m
}

// openingOwner returns the possessive that opens the sentence ("X's
// decision to sell arms to Y is regrettable", "The X Government's
// decision …": a country and its rulers' noun), when m comes after it
// with only words between: the subject is the owner's act, said of the
// owner.
func (s *attachSite) openingOwner(m mention) (mention, bool) {
	toks := s.toks
	for _, o := range s.ms {
		if o.Tok > 2 || o.End > m.Tok || o.Code == m.Code {
			break
		}
		end := o.End
		if !toks[end-1].Poss && end < m.Tok && toks[end].Poss && s.words.Is(toks[end].Lower, lexicons.WordRulers) {
			end++ // "the X Government's"
		}
		if !toks[end-1].Poss || o.Tok > 0 && toks[0].Lower != "the" {
			continue
		}
		for k := end; k < m.Tok; k++ {
			if !toks[k].Word {
				return mention{}, false
			}
		}
		return o, true
	}
	return mention{}, false
}

// headComplement reports whether m is the complement of a preposition
// other than "of", right after it, after a lower-case word (or the first
// word), the head of its phrase ("presence in Y", "sanctions on Y"): a
// term said of the phrase is said of that head, not of m ("the
// government of Y" is Y's).
func (s *attachSite) headComplement(m mention) bool {
	p := complementPreposition(s.toks, m, "of")
	if p < 1 || p < m.Tok-1 || s.toks[m.End-1].Poss || m.Kind == annotate.ByAdjective {
		return false // "respond to Y's legitimate concerns", "against Yian apartheid": Y's term
	}
	h := s.toks[p-1]
	return h.Word && (!h.Cap || p == 1) // "Sanctions on Y unjustified, says X"
}

// complementPreposition returns the index of the preposition whose
// complement m is, right before it or before its determiner ("in Y", "in
// a Yian market"), or -1 when there is none or it is one of except.
func complementPreposition(toks []token, m mention, except ...string) int {
	p := m.Tok - 1
	if p >= 0 && annotate.IsDeterminer(toks[p].Lower) {
		p--
	}
	if p < 0 || !annotate.IsPreposition(toks[p].Lower) || slices.Contains(except, toks[p].Lower) {
		return -1
	}
	return p
}

// inNounComplement reports whether m qualifies the complement of a
// preposition other than "of", "from" or "by" after a lower-case noun
// that is no word of rulers ("a fire in a Xian market", "the blast near
// the X border"): it is part of that noun's phrase, no subject of the
// verb after it ("the regime in X" is X's, seatOf). After a verb the
// phrase is the verb's ("died in Xian drone strikes": X's strikes).
func (s *attachSite) inNounComplement(m mention) bool {
	toks := s.toks
	p := complementPreposition(toks, m, "of", "from", "by")
	if p < 1 {
		return false
	}
	h := toks[p-1]
	// Not after a verb: "died in Xian drone strikes", "given to X in
	// violation of".
	return h.Word && !h.Cap && !s.words.Is(h.Lower, lexicons.WordRulers) && !annotate.IsAuxiliary(h.Lower) && !annotate.IsBe(h.Lower) &&
		!s.lex.Participle(h) && !strings.HasSuffix(h.Lower, "ed") && !strings.HasSuffix(h.Lower, "ly")
}

// roleAppositive reports whether the phrase from toks[j] to the next
// comma, six words at most, holds a word for a person's or a body's role
// (roles.tsv): an appositive ("…, the X foreign minister, …").
func (s *attachSite) roleAppositive(j int) bool {
	for k := j; k < len(s.toks) && k < j+6 && s.toks[k].Text != ","; k++ {
		if s.lex.Roles[s.toks[k].Lower] != "" {
			return true
		}
	}
	return false
}

// authorInRelative reports whether the relative clause that opens at
// toks[k] names m as the author of what the term speaks of: m is the
// subject of a verb of making a text or a proposal (words.tsv class
// author: "the draft which X circulated", "the plan that the X
// government has put"; not "which X proposes to send", an intention),
// or its agent after "by" ("the draft which was tabled by X").
func (s *attachSite) authorInRelative(k int, m mention) bool {
	toks := s.toks
	j := k + 1
	if j < m.Tok && annotate.IsDeterminer(toks[j].Lower) {
		j++
	}
	if j == m.Tok {
		j = annotate.PastAuxiliaries(toks, m.End)
		// "the aid which X proposes to send": an intention, no text.
		return j < len(toks) && s.words.Is(toks[j].Lower, lexicons.WordAuthor) && (j+1 == len(toks) || toks[j+1].Lower != "to")
	}
	j = annotate.PastAuxiliaries(toks, j)
	if j+2 > m.Tok || !s.words.Is(toks[j].Lower, lexicons.WordAuthor) || toks[j+1].Lower != "by" {
		return false
	}
	j += 2
	if j < m.Tok && annotate.IsDeterminer(toks[j].Lower) {
		j++
	}
	return j == m.Tok
}

// extraposed finds the subject of the clause an evaluative word of an
// extraposed subject speaks of: "it is regrettable that X has …", "we
// find it deplorable that X …" (the term right after "it" and a form of
// "be", or after "it"; "that" right after the term). The subject is the
// first country within three words after "that", not after a
// preposition.
func (s *attachSite) extraposed() (mention, bool) {
	i, n, toks := s.i, s.n, s.toks
	if i < 2 || i+n >= len(toks) || toks[i+n].Lower != "that" {
		return mention{}, false
	}
	k := i - 1
	for k > 0 && strings.HasSuffix(toks[k].Lower, "ly") && toks[k].Word && !toks[k].Cap {
		k-- // "it is deeply regrettable"
	}
	if annotate.IsBe(toks[k].Lower) {
		k--
	}
	if k < 0 || toks[k].Lower != "it" {
		return mention{}, false
	}
	for _, m := range s.ms {
		if m.Tok > i+n && m.Tok <= i+n+3 {
			if annotate.IsPreposition(toks[m.Tok-1].Lower) {
				return mention{}, false
			}
			return m, true
		}
	}
	return mention{}, false
}

// deserved finds the subject of "deserve" when the term is its object,
// with at most two lower-case words between ("X deserves the support of
// all nations", "Y deserved our condemnation"): what a country deserves
// is said of it (ruleSubject), not of the country after the term.
func (s *attachSite) deserved() (mention, bool) {
	toks := s.toks
	for k := s.i - 1; k >= 0 && s.i-k <= 3; k-- {
		if !toks[k].Word || toks[k].Cap {
			return mention{}, false
		}
		if deserveForms[toks[k].Lower] {
			for _, m := range s.ms {
				if m.End <= k && m.End >= k-4 && s.clause[m.Tok] == s.clause[k] {
					return s.subjectOwner(m), true
				}
			}
			return mention{}, false
		}
	}
	return mention{}, false
}

// deserveForms are the forms of "deserve".
var deserveForms = map[string]bool{"deserve": true, "deserves": true, "deserved": true, "deserving": true}

// victimPrepositions mark the victim of a hostile act after its agent
// ("the attacks of X on Y", "the aggression of X against Y").
var victimPrepositions = map[string]bool{"against": true, "on": true, "upon": true}

// perpetrator finds the subject of a verb of perpetrating (words.tsv
// perpetrate) whose object the hostile noun at toks[i] heads or
// qualifies: between them only a determiner, lower-case modifiers and
// "of" ("waged a war of aggression", "launched an unprovoked
// invasion"); the subject is the nearest country before the verb in its
// clause, not a place, and not the speaker's own (ruleAgent).
func (s *attachSite) perpetrator() (mention, bool) {
	toks := s.toks
	for k := s.i - 1; k >= 0 && k >= s.i-5; k-- {
		t := toks[k]
		if s.words.Is(t.Lower, lexicons.WordPerpetrate) {
			if m, ok := s.subjectOf(k); ok && m.Code != s.self {
				return m, true
			}
			return mention{}, false
		}
		if k > 0 && t.Lower == "to" && s.words.Is(toks[k-1].Lower, lexicons.WordPerpetrate) {
			continue // "resorted to threats"
		}
		if !t.Word || t.Cap || t.Poss || annotate.IsPreposition(t.Lower) && t.Lower != "of" || clauseWords[t.Lower] {
			return mention{}, false
		}
	}
	return mention{}, false
}

// subjectOf finds the subject of the verb at toks[v]: the nearest country
// before it in its clause, within 12 tokens, that is no place ("in X");
// a complement with "of" only where it opens the clause and stands for
// its country ("the representative of X has repeated ...").
func (s *attachSite) subjectOf(v int) (mention, bool) {
	for k := len(s.ms) - 1; k >= 0; k-- {
		m := s.ms[k]
		if m.End > v || v-m.End > 12 || s.clause[m.Tok] != s.clause[v] {
			continue
		}
		if m.Tok > 0 && s.lex.Place(s.toks, m) {
			continue
		}
		if m.Tok > 0 && s.toks[m.Tok-1].Lower == "of" && !s.headOfSubject(m.Tok-2) {
			continue
		}
		return m, true
	}
	return mention{}, false
}

// headOfSubject reports whether toks[h] is the noun of a phrase that
// opens a clause with a determiner ("the representative", "that the
// government"), whose complement with "of" may stand for its country.
func (s *attachSite) headOfSubject(h int) bool {
	if h < 1 || !s.toks[h].Word || !annotate.IsDeterminer(s.toks[h-1].Lower) {
		return false
	}
	if p := h - 2; p >= 0 {
		switch t := s.toks[p]; {
		case !t.Word, t.Lower == "that", t.Lower == "and", t.Lower == "but", t.Lower == "while", t.Lower == "whereas":
		default:
			return false
		}
	}
	return true
}

// predicateNoun reports whether the noun at toks[i] is the complement of a
// copula: "is a friend", "has been a loyal friend", "remains the
// aggressor", "are allies", or of one a headline leaves out ("X a
// reliable partner"); only a determiner or an opening quotation mark
// and lower-case modifiers stand between. A noun is known by its
// determiner, quotation mark or plural: an
// adjective of the noun class ("intentions are peaceful") is none.
func predicateNoun(toks []token, i int) bool {
	w := toks[i].Lower
	noun := strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
	for k, lo := i-1, i-4; k >= 0 && k >= lo; k-- {
		if f := focusBefore(toks, k+1); f < k+1 {
			k, lo = f, f-4 // "is nothing but a war of aggression"
			noun = true
			if k < 0 {
				break
			}
		}
		t := toks[k]
		if isCopula(t.Lower) {
			return noun
		}
		if g, verb := groundBefore(toks, k+1); g < k+1 {
			// "relations with X are based on friendship", "rest on
			// mutual respect": what the subject rests on is said of it.
			if verb {
				return true
			}
			k, lo, noun = g+1, g-3, true
			continue
		}
		if k == 1 && (t.Lower == "a" || t.Lower == "an") && toks[0].Cap && toks[0].Word {
			// A headline leaves the copula out: "X a reliable partner".
			return true
		}
		if annotate.IsDeterminer(t.Lower) || annotate.IsQuoteToken(t.Text) {
			noun = true // "is a threat", "is 'existential threat'"
			if !t.Word {
				continue
			}
		}
		if !t.Word || t.Cap || annotate.IsPreposition(t.Lower) || t.Lower == "to" || clauseWords[t.Lower] || t.Poss {
			return false
		}
	}
	return false
}

// focusPhrases stand between a copula and what it says of the subject,
// and only stress it: "is nothing but aggression", "is nothing short of
// a crime", "amounts to an invasion".
var focusPhrases = [][]string{{"nothing", "but"}, {"nothing", "less", "than"}, {"nothing", "more", "than"},
	{"nothing", "short", "of"}, {"nothing", "other", "than"}, {"no", "less", "than"}, {"little", "more", "than"},
	{"tantamount", "to"}, {"akin", "to"}}

// focusBefore returns the index of the word before a focus phrase
// (focusPhrases) that ends right before toks[i], or i when none does.
func focusBefore(toks []token, i int) int {
	if i < 3 {
		return i
	}
	switch toks[i-1].Lower { // the last words of the focus phrases
	case "but", "than", "of", "to":
	default:
		return i
	}
	for _, p := range focusPhrases {
		if k := i - len(p); k >= 1 && annotate.WordsAt(toks, k, p) {
			return k - 1
		}
	}
	return i
}

// groundPhrases name what a subject rests on: "based on", "rest on".
// A phrase that is a verb of its own ("rests on") links the subject with
// no copula.
var groundPhrases = []struct {
	words []string
	verb  bool
}{
	{[]string{"based", "on"}, false}, {[]string{"founded", "on"}, false}, {[]string{"built", "on"}, false},
	{[]string{"grounded", "in"}, false}, {[]string{"rooted", "in"}, false}, {[]string{"characterized", "by"}, false},
	{[]string{"characterised", "by"}, false}, {[]string{"marked", "by"}, false}, {[]string{"guided", "by"}, false},
	{[]string{"inspired", "by"}, false}, {[]string{"rest", "on"}, true}, {[]string{"rests", "on"}, true}, {[]string{"rested", "on"}, true},
}

// groundBefore returns the index of the word before a ground phrase
// (groundPhrases) that ends right before toks[i], and whether the phrase
// is a verb of its own ("rests on"), or i when none ends there.
func groundBefore(toks []token, i int) (int, bool) {
	if i < 2 {
		return i, false
	}
	switch toks[i-1].Lower {
	case "on", "in", "by":
	default:
		return i, false
	}
	for _, p := range groundPhrases {
		if k := i - len(p.words); k >= 1 && annotate.WordsAt(toks, k, p.words) {
			return k - 1, p.verb
		}
	}
	return i, false
}

// focusAt reports whether a focus phrase (focusPhrases) starts at
// toks[k], after a word, and ends before toks[end]: "nothing" there
// stresses, it negates nothing.
func focusAt(toks []token, k, end int) bool {
	for _, p := range focusPhrases {
		if k >= 1 && k+len(p) <= end && annotate.WordsAt(toks, k, p) {
			return true
		}
	}
	return false
}

// isCopula reports whether w links a subject to what is said of it.
func isCopula(w string) bool {
	switch w {
	case "remains", "remain", "remained", "seems", "seemed", "became", "become", "becomes":
		return true
	case "get", "got", "gets", "being":
		return false
	}
	return annotate.IsBe(w)
}

// complementBetween reports whether a preposition that takes the
// complement of a noun ("of", "on", "over": "control of", "hold on")
// stands in toks[from:m].
func complementBetween(toks []token, from, m int) bool {
	for k := from; k < m; k++ {
		switch toks[k].Lower {
		case "of", "on", "over":
			return true
		}
	}
	return false
}

// lastWordLower is the last word of s in lower case ("called" of "has
// called").
func lastWordLower(s string) string {
	if k := strings.LastIndexByte(s, ' '); k >= 0 {
		s = s[k+1:]
	}
	return strings.ToLower(s)
}

// relativePronouns open a relative clause: a term's country is not looked
// for inside one after it ("banned the fertiliser which X also
// imports").
var relativePronouns = map[string]bool{"which": true, "who": true, "whom": true, "whose": true}

// agentOfTopic finds the agent after "by" of the act that the preposition
// after the term opens, a participle before "by" and only lower-case
// words between ("about the nuclear test carried out by X", "at the
// measures taken by X"); not of a verb of what befalls its subject
// (words.tsv endure, undergo: "the hardship experienced by X").
func (s *attachSite) agentOfTopic() (mention, bool) {
	toks, from := s.toks, s.i+s.n+1
	for j := from; j < len(toks) && j <= from+6; j++ {
		if t := toks[j]; !t.Word || t.Cap {
			return mention{}, false
		}
		if toks[j].Lower != "by" || j-1 <= from {
			continue
		}
		p := j - 1
		if annotate.IsParticle(toks[p].Lower) {
			p-- // "carried out by"
		}
		if p > from && participleBy(s.lex, toks, p) == j && !s.words.Is(toks[p].Lower, lexicons.WordEndure, lexicons.WordUndergo) {
			return s.agentAfterBy(j)
		}
		return mention{}, false // "the difficulties experienced by X": X suffers them
	}
	return mention{}, false
}
