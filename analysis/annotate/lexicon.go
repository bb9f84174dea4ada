package annotate

import (
	"slices"
	"sort"
	"strings"

	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/analysis/segment"

	"github.com/stance-project/stance/lexicons"
)

// Lexicon holds the compiled lexicons and matches them on a sentence's
// tokens: the lexicon terms (TermAt), the cues of reported speech (CueAt),
// the CAMEO verbs and their patterns (Frame, PatternVerbAt), and the
// countries and actors a phrase names (Mentions). Extraction and scoring
// read the same Lexicon. It is read-only after [NewLexicon]: safe for
// concurrent use.
type Lexicon struct {
	Countries *Countries        // country names, adjectives, capitals, institutions
	terms     map[string][]Term // first word → terms
	cues      map[string][]Cue
	events    *lexicons.Events // CAMEO verb blocks and patterns (nil: none)
	pasts     map[string]bool  // irregular past forms (held, began), from irregular.tsv
	samePast  map[string]bool  // lemmas whose past is the lemma (cut, hit), from irregular.tsv
	partOnly  map[string]bool  // past participles that are no past tense (known, spoken), from irregular.tsv
	// patternVerbs are the CAMEO verbs that are an event only in a pattern,
	// by first word.
	patternVerbs map[string][]Term
	synsets      map[string][][]string  // the CAMEO synonym sets, each word split
	blocks       map[string]*blockIndex // the CAMEO blocks' patterns, by anchor
	Roles        map[string]string      // word → title, person, group or institution
	Words        WordClasses            // words.tsv
	Actors       *Actors                // the actor lexicon's people (nil: none)
	sendAid      Term                   // the term of aid sent ("sent doctors to X": sentAid)
	borderForce  Term                   // the term of forces sent to a border ("moved tanks to the border with X": forcesToBorder)
	withdrawal   Term                   // the term of forces withdrawn from a country ("pulled its troops out of X": withdrawalAt)
	intrusion    Term                   // the term of entering another's airspace or waters ("entered X's airspace": intrusionAt)
	host         Term                   // the term of a visitor received ("received Modi": receivedVisitor)
	// The signatures of the keys of terms, cues and patternVerbs: most
	// words are no key of any, and need no lookup (see signature).
	termSig, cueSig, patternSig wordSet
}

// LexiconOptions configure a [Lexicon].
type LexiconOptions struct {
	// Lexicons are the loaded word lists (lexicons.Load).
	Lexicons *lexicons.Set
	// Actors are the rows of the actor lexicon (lexicons.LoadActors).
	Actors []lexicons.Actor
	// NeutralContact scores contact (lexicon class CONSULT, CAMEO 04 and
	// 057) 0.
	NeutralContact bool
}

// Term is a row of the stance lexicon (stance.tsv) or an imported CAMEO
// verb (cameo.tsv), compiled.
type Term struct {
	Words  []string
	Weight float64
	Label  string // the row as written in the lexicon, for evidence
	Attach lexicons.Attach
	Class  string // the lexicon's class (SUPPORT, SPORT ...)
	Code   string // CAMEO code of an imported row
	Source string // lexicons.SourceOurs or SourceCAMEO
	// Blocks are the CAMEO verb blocks the form belongs to: their patterns
	// may give the verb a frame (and, for an imported row, a code).
	Blocks []string
	// Form is, for an imported verb, which form of it the row is: the
	// matcher takes it only where that form reads as a verb (VerbUse).
	Form VerbForm
}

// Cue is a cue of reported speech (cues.tsv), compiled: "said",
// "accused", "according to".
type Cue struct {
	Words      []string
	Evaluative bool
	Think      bool
	Weight     float64
	Bare       bool     // a form a noun can share: no cue after a determiner or a verb
	Noun       bool     // a form of a verb that is a common noun: a cue only after its subject
	Form       VerbForm // of a noun form: the lemma or the -s form
	Verb       bool     // a form of a "word/v" row; "critical of" is none, and no passive after "be"
}

// NewLexicon compiles the lexicons of o.
func NewLexicon(o LexiconOptions) *Lexicon {
	lx := &Lexicon{
		Countries: NewCountries(o.Lexicons),
		terms:     map[string][]Term{},
		cues:      map[string][]Cue{},
		Roles:     o.Lexicons.Roles,
		Words:     NewWordClasses(o.Lexicons.Words),
		Actors:    NewActors(o.Actors),
	}
	lx.sendAid = Term{Words: []string{"send"}, Weight: sendAidWeight, Label: "send/v … to (aid)", Attach: lexicons.AttachPrep, Class: lexicons.ClassAid, Source: lexicons.SourceOurs}
	lx.borderForce = Term{Words: []string{"send"}, Weight: borderForceWeight, Label: "send/v forces … border (posture)", Attach: lexicons.AttachAct, Class: "MOBILIZE", Source: lexicons.SourceOurs}
	lx.withdrawal = Term{Words: []string{"withdraw"}, Weight: withdrawalWeight, Label: "withdraw/v forces from (retreat)", Attach: lexicons.AttachPrep, Class: "RETREAT", Source: lexicons.SourceOurs}
	lx.intrusion = Term{Words: []string{"enter"}, Weight: intrusionWeight, Label: "enter/v … airspace, waters (intrusion)", Attach: lexicons.AttachAct, Class: "THREATEN", Source: lexicons.SourceOurs}
	lx.host = Term{Words: []string{"receive"}, Weight: hostWeight, Label: "receive/v (a visitor)", Attach: lexicons.AttachObject, Class: lexicons.ClassConsult, Source: lexicons.SourceOurs}
	if o.NeutralContact {
		lx.host.Weight = 0
	}
	lx.events = o.Lexicons.Events
	lx.pasts = map[string]bool{}
	lx.samePast = map[string]bool{}
	lx.partOnly = map[string]bool{}
	for lemma, forms := range o.Lexicons.Irregular {
		var pasts []string
		for _, f := range forms {
			if !strings.HasSuffix(f, "s") && !strings.HasSuffix(f, "ing") {
				lx.pasts[f] = true
				pasts = append(pasts, f)
			}
		}
		switch {
		case len(pasts) == 0:
			lx.samePast[lemma] = true // "cut", "hit": the past is the lemma
		case len(pasts) == 2 && pasts[1] != pasts[0] && strings.HasSuffix(pasts[1], "n"):
			// "knew known", "spoke spoken": the second is the participle
			// alone ("learnt learned" are both pasts).
			lx.partOnly[pasts[1]] = true
		}
	}
	for _, t := range o.Lexicons.Terms {
		lt := Term{Words: t.Words, Weight: t.Weight, Label: t.Label, Attach: t.Attach, Class: t.Class, Code: t.Code, Source: t.Source}
		if lt.Label == "" {
			lt.Label = strings.Join(t.Words, " ")
		}
		if t.Source == lexicons.SourceCAMEO {
			lt.Label += " [CAMEO " + t.Code + "]"
			lt.Form = VerbFormOf(t.Words[0], strings.Fields(t.Label)[0])
		}
		if lx.events != nil {
			lt.Blocks = lx.events.FormBlocks[strings.Join(t.Words, " ")]
		}
		if o.NeutralContact && (t.Class == lexicons.ClassConsult || isContactCode(t.Code)) {
			lt.Weight = 0
		}
		lx.terms[t.Words[0]] = append(lx.terms[t.Words[0]], lt)
	}
	if ev := o.Lexicons.Events; ev != nil {
		lx.synsets = map[string][][]string{}
		for name, words := range ev.Synsets {
			for _, w := range words {
				if ws := strings.Fields(w); len(ws) > 0 {
					lx.synsets[name] = append(lx.synsets[name], ws)
				}
			}
		}
		lx.blocks = map[string]*blockIndex{}
		for b, ps := range ev.Blocks {
			lx.blocks[b] = newBlockIndex(ps, lx.synsets)
		}
	}
	// CAMEO verbs that are no event alone, and whose forms are not ours:
	// they count only in a pattern that gives them a code.
	if ev := o.Lexicons.Events; ev != nil {
		lx.patternVerbs = map[string][]Term{}
		for _, t := range ev.PatternOnly {
			lt := Term{Words: t.Words, Label: t.Label, Attach: t.Attach, Class: t.Class, Source: t.Source,
				Blocks: ev.FormBlocks[strings.Join(t.Words, " ")], Form: VerbFormOf(t.Words[0], strings.Fields(t.Label)[0])}
			lx.patternVerbs[t.Words[0]] = append(lx.patternVerbs[t.Words[0]], lt)
		}
	}
	for _, c := range o.Lexicons.Cues {
		lx.cues[c.Words[0]] = append(lx.cues[c.Words[0]], Cue{Words: c.Words, Evaluative: c.Evaluative, Think: c.Think, Weight: c.Weight, Bare: c.Bare, Noun: c.Noun, Form: cueFormOf(c), Verb: c.Verb})
	}
	// The longest cue first: "called for" before "called".
	for w, cs := range lx.cues {
		slices.SortStableFunc(cs, func(x, y Cue) int { return len(y.Words) - len(x.Words) })
		lx.cueSig.add(w)
	}
	for w := range lx.terms {
		lx.termSig.add(w)
	}
	for w := range lx.patternVerbs {
		lx.patternSig.add(w)
	}
	return lx
}

// StartsCue reports whether a cue of the lexicon starts with the word w
// (lower case).
func (lx *Lexicon) StartsCue(w string) bool {
	_, ok := lx.cues[w]
	return ok
}

// PatternVerbs returns the CAMEO verbs that are an event only in a
// pattern (see PatternVerbAt) whose first word is w (lower case). The
// slice is the lexicon's: read it, never change it.
func (lx *Lexicon) PatternVerbs(w string) []Term { return lx.patternVerbs[w] }

// TermAt returns the lexicon term that starts at toks[i], longest first.
func (lx *Lexicon) TermAt(toks []token, i int) (*Term, int) {
	t := toks[i]
	if !t.Word || t.Cap && i > 0 {
		return nil, 0
	}
	var best *Term
	n, words := 0, 0 // the span of the best term, and its words
	var terms []Term
	if lx.termSig.may(t.Lower) {
		terms = lx.terms[t.Lower]
	}
	for k := range terms {
		lt := &terms[k]
		if len(lt.Words) <= words || len(lt.Words) == 1 && i+1 < len(toks) && IsPreposition(toks[i+1].Lower) && toks[i+1].Lower != "about" && (IsParticle(t.Lower) || lx.Words.Is(t.Lower, lexicons.WordLocate)) {
			// "strikes back at": a particle before a preposition is no
			// verb of support; "the answer lies with X" tells where.
			continue
		}
		if len(lt.Words) == 1 && t.Lower == "back" && lx.particleBack(toks, i) {
			continue // "pull its troops back", "as far back as": a particle
		}
		if len(lt.Words) == 1 && (i+1 == len(toks) || !toks[i+1].Word) && lx.Words.Is(t.Lower, lexicons.WordLocate) && whereBefore(toks, i) {
			continue // "that is where its future lies"
		}
		if len(lt.Words) == 1 && lx.Words.Is(t.Lower, lexicons.WordLocate) && locatedRelative(toks, i) {
			continue // "the plant, which lies 50 km from the capital"
		}
		if len(lt.Words) > 1 && i > 0 && attributiveParticiple(toks[i-1], t, lt) {
			continue // "a shared responsibility": no verb "share responsibility"
		}
		if len(lt.Words) == 1 && lt.Weight < 0 && lt.Attach == lexicons.AttachAct && i > 0 && i+1 < len(toks) && toks[i+1].Word && !toks[i+1].Cap &&
			attributiveParticiple(toks[i-1], t, lt) {
			continue // "returned the seized vessel": the noun's adjective, no act of the subject's
		}
		if len(lt.Words) == 1 && i > 0 && i+1 < len(toks) && toks[i+1].Word && !toks[i+1].Cap && !IsPreposition(toks[i+1].Lower) && !IsDeterminer(toks[i+1].Lower) &&
			(IsPreposition(toks[i-1].Lower) || deverbalPrepositions[toks[i-1].Lower]) && verbRowParticiple(t, lt) {
			continue // "reports of alleged arms transfers": the noun's adjective, no verb
		}
		span := len(lt.Words)
		if !WordsAt(toks, i, lt.Words) {
			span = max(quotedSpan(toks, i, lt.Words), countedSpan(toks, i, lt.Words))
		}
		if span > 0 && (lx.VerbUse(toks, i, lt.Form) || lx.actNoun(toks, i, lt)) {
			best, n, words = lt, span, len(lt.Words)
		}
	}
	if m := lx.sentAid(toks, i); m > n {
		best, n = &lx.sendAid, m
	}
	if m := lx.forcesToBorder(toks, i); m > n {
		best, n = &lx.borderForce, m
	}
	if m := lx.withdrawalAt(toks, i); m > n {
		best, n = &lx.withdrawal, m
	}
	if m := max(lx.intrusionAt(toks, i), crossingAt(toks, i)); m > n {
		best, n = &lx.intrusion, m
	}
	if n <= 1 && lx.receivedVisitor(toks, i, n == 1 && best.Source != lexicons.SourceCAMEO) {
		// CAMEO's "receive" is an event only in its patterns (a call,
		// aid); a person welcomed is a visitor, no support (strict: a
		// row of ours, welcome, holds the word).
		best, n = &lx.host, 1
	}
	return best, n
}

// locatedRelative reports whether the form of "lie" at toks[i] is the
// verb of a relative clause that tells where its noun is: right after
// "which" or "that", with no "about" or "to" after it ("the plant, which
// lies 50 km from the capital"; "a government that lies about its
// losses" and "which lies to its people" tell falsehoods).
func locatedRelative(toks []token, i int) bool {
	if i == 0 || toks[i-1].Lower != "which" && toks[i-1].Lower != "that" {
		return false
	}
	return i+1 == len(toks) || toks[i+1].Lower != "about" && toks[i+1].Lower != "to"
}

// whereBefore reports whether "where" stands within ten words before
// toks[i], with no punctuation between.
func whereBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		if toks[k].Lower == "where" {
			return true
		}
		if !toks[k].Word {
			return false
		}
	}
	return false
}

// deverbalPrepositions are prepositions in -ing that IsPreposition leaves
// out, since they read as verbs elsewhere: before a participle and a noun
// ("regarding alleged transfers") they open a phrase.
var deverbalPrepositions = map[string]bool{"regarding": true, "concerning": true, "including": true, "following": true}

// IsDeverbalPreposition reports whether w (lower case) is a preposition
// in -ing ("regarding", "including", "during", "according"): no
// participle that opens a clause.
func IsDeverbalPreposition(w string) bool {
	return deverbalPrepositions[w] || w == "during" || w == "according"
}

// attributiveParticiple reports whether t, the first word of the
// several-word row lt of a verb (written "share/v …"), is its participle
// in -ed after a determiner or a possessive pronoun: it qualifies the
// noun after it ("a shared responsibility", "our shared goals"), no verb.
func attributiveParticiple(prev, t token, lt *Term) bool {
	return (IsDeterminer(prev.Lower) || IsPossessivePronoun(prev.Lower)) && verbRowParticiple(t, lt)
}

// verbRowParticiple reports whether t, the first word of lt, a row of
// ours for a verb (written "share/v …"), is its participle in -ed.
func verbRowParticiple(t token, lt *Term) bool {
	if lt.Source == lexicons.SourceCAMEO || !strings.HasSuffix(t.Lower, "ed") {
		return false
	}
	head, _, _ := strings.Cut(lt.Label, " ")
	return strings.HasSuffix(head, "/v")
}

// Place reports whether the country mentioned at m is a place (a
// locative before it: WordClasses.Place) and not the agent of a hostile act
// it qualifies (ActAgent): "killed in X" is a place, "killed in Xian
// shelling" is not.
func (lx *Lexicon) Place(toks []token, m Mention) bool {
	return lx.Words.Place(toks, m.Tok) && !lx.ActAgent(toks, m)
}

// ActAgent reports whether the mention m is a country's adjective before a
// hostile act (a term of attach act), next to it or one plain word apart:
// "killed in Russian shelling", "died in Israeli air strikes", "Russian
// missile strikes". The adjective names the act's agent.
func (lx *Lexicon) ActAgent(toks []token, m Mention) bool {
	if m.Kind != ByAdjective {
		return false
	}
	for k := m.End; k < len(toks) && k <= m.End+1; k++ {
		if lt, _ := lx.TermAt(toks, k); lt != nil {
			return lt.Weight < 0 && lt.Attach == lexicons.AttachAct
		}
		if t := toks[k]; !t.Word || t.Cap || IsPreposition(t.Lower) || IsDeterminer(t.Lower) {
			return false
		}
	}
	return false
}

// actNoun reports whether an imported act of violence's lemma or -s form
// at toks[i] is its noun, after a country's adjective or a possessive:
// "Kenyan fire", "Uganda's blasts". The country names the act's agent.
// Coercion is left out: a country's "tax" or "curb" is often no act
// against anyone.
func (lx *Lexicon) actNoun(toks []token, i int, lt *Term) bool {
	if i == 0 || lt.Source != lexicons.SourceCAMEO || lt.Attach != lexicons.AttachAct || lt.Weight >= 0 || len(lt.Words) != 1 || !violent(lt.Code) {
		return false
	}
	if lt.Form != FormBare && lt.Form != FormS || lx.Words.Is(toks[i].Lower, lexicons.WordThing) {
		return false // "X targets in Y", "X's defeat": no act
	}
	return toks[i-1].Poss || lx.AdjectiveAt(toks, i-1)
}

// violent reports whether a CAMEO code is of material conflict: an
// assault, a fight or mass violence (18, 19, 20).
func violent(code string) bool {
	return strings.HasPrefix(code, "18") || strings.HasPrefix(code, "19") || strings.HasPrefix(code, "20")
}

// Host is the term of a visitor received ("received Modi",
// "welcomed the Chilean president"): contact, of each side.
func (lx *Lexicon) Host() *Term { return &lx.host }

// GreetsVisitor reports whether a cue of one verb of receiving a visitor
// (words.tsv class greet) has a person as the object its content opens
// with: "X welcomed | the Chilean president to the palace" is a visit
// hosted, no support of the visitor's country.
func (lx *Lexicon) GreetsVisitor(cue *Cue, content []token) bool {
	if cue == nil || len(cue.Words) != 1 || !lx.Words.Is(cue.Words[0], lexicons.WordGreet) {
		return false
	}
	toks := make([]token, 0, len(content)+1)
	toks = append(toks, token{Text: cue.Words[0], Lower: cue.Words[0], Word: true})
	return lx.receivedVisitor(append(toks, content...), 0, true)
}

// SendAid is the term of aid sent ("sent doctors to X").
func (lx *Lexicon) SendAid() *Term { return &lx.sendAid }

// Withdrawal is the term of forces withdrawn from a country (withdrawalAt).
func (lx *Lexicon) Withdrawal() *Term { return &lx.withdrawal }

// hostWeight is the weight of a visitor received: contact, as stance.tsv
// weighs "host" (CONSULT, CAMEO 043).
const hostWeight = 0.1

// receivedVisitor reports whether toks[i] is a verb of receiving a
// visitor (words.tsv class greet: receive, welcome) whose
// object is a person: a name ("received Modi"), or a country's adjective
// and a title ("receives Indian Prime Minister …"); of a passive, its
// agent is ("was received by the Chilean president"). Received aid, calls
// or letters are not visitors.
//
// A verb that is a stance term of its own (welcome: support) is strict:
// its object must be a country's person, a title or a person noun after
// the country ("welcomed Chile's president", "was welcomed …" with such
// a subject), and no "as" between ("welcome X as a member" admits a
// country). A name alone or a role alone ("welcomed the members") is
// not enough.
func (lx *Lexicon) receivedVisitor(toks []token, i int, strict bool) bool {
	if i+1 >= len(toks) || !toks[i].Word || !lx.Words.Is(toks[i].Lower, lexicons.WordGreet) {
		return false
	}
	j := i + 1
	if strings.HasSuffix(toks[i].Lower, "ed") && i > 1 && IsBe(toks[i-1].Lower) {
		// "the minister was received by the Chilean president", "was
		// welcomed to the palace by …": a passive of a person (a role or
		// a name before "be"), whose agent is the host. The agent may be
		// cut off as the speaker of the passive's statement.
		s := toks[i-2]
		if strict {
			return lx.countryPerson(toks, i-2)
		}
		return s.Word && (lx.Roles[s.Lower] != "" || s.Cap && !IsDeterminer(s.Lower) && len(lx.Countries.Find(toks[i-2:i-1])) == 0)
	}
	switch toks[j].Lower {
	case "the", "visiting", "a", "his", "her", "their":
		j++ // "welcomed his Chilean counterpart"
	}
	if j+1 < len(toks) && (toks[j].Lower == "delegation" || toks[j].Lower == "delegations") && toks[j+1].Lower == "of" {
		j += 2 // "received a delegation of Chilean ministers"
	}
	if j >= len(toks) || !toks[j].Word || !toks[j].Cap {
		return false
	}
	country := len(lx.Countries.Find(toks[j:j+1])) == 1
	if toks[j].Poss && !country {
		return false // "received Boric's letter"
	}
	// The adjective may be of several words: "the Sierra Leonean foreign
	// minister".
	adjective, after := lx.AdjectiveAt(toks, j), j+1
	if ms := lx.Countries.Find(toks[j:min(len(toks), j+4)]); adjective && len(ms) > 0 && ms[0].Tok == 0 && ms[0].Kind == ByAdjective {
		after = j + ms[0].End
	}
	if adjective || country {
		// "receives Indian Prime Minister …", "received the Chinese
		// foreign minister", "welcomed Chile's president": a title must
		// follow the country.
		for k := after; k < len(toks) && k <= after+2; k++ {
			if strict && !lx.personRole(toks[k].Lower) && lx.Roles[toks[k].Lower] != "" {
				return false
			}
			if lx.Roles[toks[k].Lower] != "" {
				return !toks[k].Poss // "the Chilean president's letter" is no visitor
			}
			if !toks[k].Word || strict && toks[k].Lower == "as" {
				break
			}
		}
		return false
	}
	if strict {
		return false
	}
	if e := j + 1; e < len(toks) && toks[e].Poss || toks[j].Poss {
		return false // "received Boric's letter"
	}
	return lx.Roles[toks[j].Lower] != "" || lx.KnownName(toks[j])
}

// countryPerson reports whether the noun phrase that ends at toks[e] is a
// country's person: a country's adjective or possessive, a title or a
// person noun (one lower-case word may stand before it), and up to three
// words of a name after it ("Kenya's president", "the Chilean foreign
// minister", "Peruvian President Ana Soto").
func (lx *Lexicon) countryPerson(toks []token, e int) bool {
	k := e
	for n := 0; k >= 0 && n < 3 && toks[k].Cap && !lx.personRole(toks[k].Lower); n++ {
		k--
	}
	if k < 0 || !lx.personRole(toks[k].Lower) {
		return false
	}
	k--
	if k >= 0 && toks[k].Word && !toks[k].Cap {
		k-- // "foreign minister"
	}
	return k >= 0 && (toks[k].Poss && len(lx.Countries.Find(toks[k:k+1])) == 1 || lx.AdjectiveAt(toks, k))
}

// personRole reports whether w is a title or a noun for one person
// (roles.tsv), the visitor a verb of greeting receives.
func (lx *Lexicon) personRole(w string) bool {
	r := lx.Roles[w]
	return r == "person" || r == "title"
}

// quotedSpan returns the number of tokens from toks[i] that hold words in
// order with quotation marks between them, as titles quote a word of a
// phrase ("vows 'consequences' for X"); 0 when they do not, or when no
// mark stands between.
func quotedSpan(toks []token, i int, words []string) int {
	if len(words) < 2 || !slices.ContainsFunc(toks[i+1:min(len(toks), i+len(words))], func(t token) bool { return IsQuoteToken(t.Text) }) {
		return 0 // no mark after any word of the phrase but its last
	}
	k, marks := i, 0
	for j, w := range words {
		for j > 0 && k < len(toks) && IsQuoteToken(toks[k].Text) {
			k, marks = k+1, marks+1
		}
		if k >= len(toks) || toks[k].Lower != w {
			return 0
		}
		k++
	}
	if marks == 0 {
		return 0
	}
	return k - i
}

// countedSpan returns the number of tokens from toks[i] that hold words
// with a count after the first word ("swapped 215 prisoners", "exchanged
// two prisoners"), as a count never changes what a phrase means; 0 when
// they do not.
func countedSpan(toks []token, i int, words []string) int {
	if len(words) < 2 || i+1 >= len(toks) || toks[i].Lower != words[0] || !IsCount(toks[i+1]) {
		return 0
	}
	if !WordsAt(toks, i+2, words[1:]) {
		return 0
	}
	return len(words) + 1
}

// IsCount reports whether t is a count: a number in digits ("215",
// "1,000") or a number word from two to twenty, or tens to hundreds, or
// "several".
func IsCount(t token) bool {
	return countWords[t.Lower] || t.Text != "" && t.Text[0] >= '0' && t.Text[0] <= '9' && IsNumeral(t.Text)
}

// IsNumeral reports whether s is written with digits, commas and points
// only, a digit among them ("5", "1,000", "2.5"): a comma or a full stop
// alone is punctuation.
func IsNumeral(s string) bool {
	digit := false
	for _, r := range s {
		if r >= '0' && r <= '9' {
			digit = true
		} else if r != ',' && r != '.' {
			return false
		}
	}
	return digit
}

var countWords = map[string]bool{"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true,
	"nine": true, "ten": true, "eleven": true, "twelve": true, "fifteen": true, "twenty": true, "thirty": true, "forty": true,
	"fifty": true, "hundred": true, "dozens": true, "hundreds": true, "several": true}

// IsQuoteToken reports whether s is a quotation mark, single ones
// included (IsQuoteMark leaves them out: they are apostrophes too).
func IsQuoteToken(s string) bool {
	return IsQuoteMark(s) || s == "'" || s == "’"
}

// sendAidWeight is the weight of aid sent: CAMEO 07 (provide aid),
// Goldstein +7, divided by 10 and halved as an act rather than a word of
// attitude, as the AID rows of stance.tsv.
const sendAidWeight = 0.5

// sentAid returns, when toks[i] is a verb of sending (words.tsv "send")
// with a good of aid ("aidgood") or a sum of money after it in its
// clause and then "to" or "for" ("shipped two planeloads of tents and a
// team of medics to X", "pledged $1bn for X"), the length of the term
// from the verb through "to" or "for", whose preposition then reaches
// the receiver; else 0. What is sent without a good of aid (a
// letter, a warning, troops) is no aid.
func (lx *Lexicon) sentAid(toks []token, i int) int {
	if !lx.Words.Is(toks[i].Lower, lexicons.WordSend) {
		return 0
	}
	good := false
	for k := i + 1; k < len(toks) && k <= i+16; k++ {
		t := toks[k]
		switch {
		case isMoney(t.Text):
			good = true // "pledged $1bn to X"
		case !t.Word && t.Text != "," && t.Text != "-":
			return 0
		case t.Lower == "to" || t.Lower == "for":
			if !good {
				return 0 // "send a message to", "sent troops to"
			}
			return k + 1 - i
		case t.Lower == "as" && toks[k-1].Lower != "such":
			return 0 // "flew jets over the lake as a show of force for X"
		case lx.Words.Is(t.Lower, lexicons.WordAidGood) || weaponModel(t.Text):
			good = true
		}
	}
	return 0
}

// weaponModel reports whether s is written as a weapon's model is: a
// capitalised prefix, a hyphen and digits, maybe a plural ("MiG-29s",
// "Su-25", "T-72"): materiel sent is aid.
func weaponModel(s string) bool {
	p, n, ok := strings.Cut(s, "-")
	if !ok || p == "" || p[0] < 'A' || p[0] > 'Z' || len(p) > 3 || n == "" || n[0] < '0' || n[0] > '9' {
		return false
	}
	n = strings.TrimLeft(n, "0123456789")
	return n == "" || n == "s" || len(n) == 1 && n[0] >= 'A' && n[0] <= 'Z'
}

// borderForceWeight is the weight of forces moved to another country's
// border: CAMEO 154 (mobilize or increase armed forces), Goldstein −7.2
// (a show of force, 15), as stance.tsv's THREATEN rows weigh drills near
// a country.
const borderForceWeight = -0.4

// forcesToBorder returns, when toks[i] is a verb of sending or moving
// (words.tsv "send", or move, deploy, order, rush, station, mass) with
// forces after it in its clause (forceNouns: troops, soldiers, tanks,
// warships) and then "to", "along", "near", "on" or "at" a border
// named as another country's ("the border with X", "X's border", "the X
// border") or as the reporter's ("near its border"), the length of the
// term from the verb up to that country's name or "its"; else 0. It is
// attached as an act: the one whose forces move is the target of a
// report of it, the border's country of the act itself.
func (lx *Lexicon) forcesToBorder(toks []token, i int) int {
	if !lx.Words.Is(toks[i].Lower, lexicons.WordSend) && !forceMovers[toks[i].Lower] {
		return 0
	}
	forces := false
	for k := i + 1; k < len(toks) && k <= i+10; k++ {
		t := toks[k]
		switch {
		case !t.Word && t.Text != "," && t.Text != "-":
			return 0
		case forceNouns[t.Lower]:
			forces = true
		case forces && borderPrepositions[t.Lower]:
			j := k + 1
			if j+1 < len(toks) && (toks[j].Lower == "its" || toks[j].Lower == "their") && (toks[j+1].Lower == "border" || toks[j+1].Lower == "borders" || toks[j+1].Lower == "frontier") && (j+2 >= len(toks) || toks[j+2].Lower != "with") {
				return j - i // "massed troops near | its border": the reporter's
			}
			if j < len(toks) && (toks[j].Lower == "the" || toks[j].Lower == "its" || toks[j].Lower == "their") {
				j++
			}
			if j+2 < len(toks) && (toks[j].Lower == "border" || toks[j].Lower == "frontier") && toks[j+1].Lower == "with" {
				return j + 2 - i // "to the border with | X"
			}
			if j+1 < len(toks) && toks[j].Cap && (toks[j+1].Lower == "border" || toks[j+1].Lower == "frontier") {
				return j - i // "to the | X border", "near | X's border"
			}
			return 0
		}
	}
	return 0
}

// withdrawalWeight is the weight of forces withdrawn from a country:
// PLOVER's RETREAT, CAMEO 0874 (de-escalate military engagement, Goldstein
// +4 … +7) read as a stance toward the country left.
const withdrawalWeight = 0.4

// withdrawalAt returns, when toks[i] is a verb or noun of withdrawing
// (withdraw, pull out or back, the withdrawal or pullout of) whose phrase
// names armed forces (forceNouns) and then "from" or "out of" within ten
// words ("withdrew the remaining soldiers from X", "the withdrawal of 3,000
// soldiers from X", "pulled its forces out of X"), the length of the term
// up to the preposition, whose country the term then reaches; else 0. An
// ambassador withdrawn is no retreat: no force noun.
func (lx *Lexicon) withdrawalAt(toks []token, i int) int {
	if !lx.Words.Is(toks[i].Lower, lexicons.WordWithdraw) {
		return 0
	}
	forces := false
	for k := i + 1; k < len(toks) && k <= i+10; k++ {
		t := toks[k]
		switch {
		case !t.Word && t.Text != ",":
			return 0
		case forceNouns[t.Lower]:
			forces = true
		case forces && fromOrOutOf(toks, k) > 0:
			return fromOrOutOf(toks, k) - i
		case forces && t.Word && !t.Cap && lx.PastVerb(t) && t.Lower != "stationed":
			return 0 // "withdrew the troops it had sent to X": a clause of its own
		}
	}
	return 0
}

// intrusionWeight is the weight of entering another country's airspace,
// waters or zone unbidden: a show of force (CAMEO 15), weighed as
// forcesToBorder's.
const intrusionWeight = -0.4

// intrusionAt returns, when toks[i] is a verb of entering (entered,
// intruded, sails, flew; "into" may follow; the plain form only after
// forces: intrusionLemmas) and a phrase of another's airspace, waters or
// zone comes within six words ("entered its airspace", "intruded into
// Estonian airspace", "sailed into X's territorial waters"), the length
// of the term from the verb up to the phrase's owner (a name, an
// adjective or "its"), which the preposition of the term then reaches;
// else 0.
func (lx *Lexicon) intrusionAt(toks []token, i int) int {
	if !intrusionVerbs[toks[i].Lower] && !(intrusionLemmas[toks[i].Lower] && i > 0 && ForcesNoun(toks[i-1].Lower)) {
		return 0
	}
	return intrusionSpan(toks, i)
}

// intrusionSpan is intrusionAt's length of the term from the verb of
// entering at toks[i], whichever its form, or 0.
func intrusionSpan(toks []token, i int) int {
	k := i + 1
	if k < len(toks) && (toks[k].Lower == "into" || toks[k].Lower == "in") {
		k++
	}
	for j := k; j < len(toks) && j <= k+6; j++ {
		if !toks[j].Word {
			return 0
		}
		if zoneNouns[toks[j].Lower] {
			for o := k; o < j; o++ {
				if toks[o].Cap || toks[o].Lower == "its" || toks[o].Lower == "their" {
					return o - i // up to the owner
				}
			}
			return 0
		}
	}
	return 0
}

// crossingAt returns, when toks[i] is a form of "cross" whose subject, in
// the three words before it, is armed forces (forceNouns, or aircraft:
// "X troops crossed into Y", "X jets crossed the border"), the length of
// the term from the verb through "into" ("crossed into | Y", "crossed
// the border into | Y") or through "border" or "frontier" when no
// "into" follows ("crossed the border": the act's agent is what a
// report of it blames); else 0. People who cross (refugees, migrants)
// are no intrusion.
func crossingAt(toks []token, i int) int {
	if !crossVerbs[toks[i].Lower] {
		return 0
	}
	forces := false
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if forceNouns[toks[k].Lower] || aircraftNouns[toks[k].Lower] {
			forces = true
			break
		}
		if !toks[k].Word {
			break
		}
	}
	if !forces {
		return 0
	}
	return crossedSpan(toks, i, true)
}

// crossedSpan returns the length of a crossing from its verb at toks[i]
// through "into" ("crossed into | Y", "crossed the border into | Y"), or,
// when bareBorder, through "border" or "frontier" with no "into" after
// ("crossed the border"); else 0.
func crossedSpan(toks []token, i int, bareBorder bool) int {
	k := i + 1
	if k < len(toks) && toks[k].Lower == "into" {
		return k + 1 - i
	}
	if k < len(toks) && (toks[k].Lower == "the" || bareBorder && toks[k].Lower == "a") {
		k++
	}
	if k < len(toks) && (toks[k].Lower == "border" || toks[k].Lower == "frontier") {
		if k+1 < len(toks) && toks[k+1].Lower == "into" {
			return k + 2 - i
		}
		if bareBorder {
			return k + 1 - i
		}
	}
	return 0
}

// ForcesNoun reports whether w (lower case) names armed forces or armed
// aircraft ("troops", "warships", "jets"): a subject whose moves
// SubjectForcesAt reads.
func ForcesNoun(w string) bool { return forceNouns[w] || aircraftNouns[w] }

// SubjectForcesAt returns the term of a move of forces that are the
// subject of the verb at toks[i], which opens an act's content ("X troops
// | pulled out of Y", "X forces | withdrew from Y", "X jets | crossed into
// Y", "X warships | enter Y waters"): the retreat of withdrawalAt through
// "from" or "out of", the intrusion of crossingAt through "into" or
// "border", or of intrusionAt in the plain form; else nil, 0. The
// caller knows the subject: SubjectForcesAt does not look for it.
func (lx *Lexicon) SubjectForcesAt(toks []token, i int) (*Term, int) {
	t := toks[i]
	switch {
	case lx.Words.Is(t.Lower, lexicons.WordWithdraw):
		k := i + 1
		if k < len(toks) && (toks[k].Lower == "back" || toks[k].Lower == "out" && fromOrOutOf(toks, k) == 0) {
			k++ // "pulled back from", "pulled out from"; "out of" is the preposition
		}
		if e := fromOrOutOf(toks, k); e > 0 {
			return &lx.withdrawal, e - i
		}
	case crossVerbs[t.Lower]:
		if n := crossedSpan(toks, i, false); n > 0 {
			return &lx.intrusion, n
		}
	case intrusionLemmas[t.Lower]:
		if n := intrusionSpan(toks, i); n > 0 {
			return &lx.intrusion, n // "X warships | enter Y waters"
		}
	}
	return nil, 0
}

// fromOrOutOf returns the index after "from" or "out of" at toks[k], or
// 0: the preposition of a withdrawal, whose country follows it.
func fromOrOutOf(toks []token, k int) int {
	switch {
	case k < len(toks) && toks[k].Lower == "from":
		return k + 1
	case k+1 < len(toks) && toks[k].Lower == "out" && toks[k+1].Lower == "of":
		return k + 2
	}
	return 0
}

// crossVerbs are the forms of "cross".
var crossVerbs = map[string]bool{"cross": true, "crossed": true, "crosses": true, "crossing": true}

// aircraftNouns are armed aircraft that cross a border or enter airspace.
var aircraftNouns = map[string]bool{"jets": true, "warplanes": true, "aircraft": true, "drones": true, "helicopters": true, "bombers": true}

// intrusionVerbs are forms of verbs of entering another's space.
var intrusionVerbs = map[string]bool{"entered": true, "enters": true, "entering": true, "intruded": true, "intrudes": true,
	"intruding": true, "strays": true, "strayed": true, "sails": true, "sailed": true, "flies": true, "flew": true, "breached": true,
	"breaches": true, "penetrates": true, "penetrated": true}

// intrusionLemmas are the plain forms of intrusionVerbs: a verb of
// entering only after plural forces or aircraft, its subject, as
// headlines tell an act in the present ("X warships enter Y waters"),
// not after "to" or "let" ("let Y ships enter its waters").
var intrusionLemmas = map[string]bool{"enter": true, "intrude": true, "stray": true, "sail": true, "fly": true, "breach": true, "penetrate": true}

// zoneNouns end the phrase of a country's airspace, waters or zone.
var zoneNouns = map[string]bool{"airspace": true, "zone": true, "waters": true}

// forceMovers are verbs of moving forces that words.tsv's "send" lacks.
var forceMovers = map[string]bool{"moved": true, "moves": true, "move": true, "moving": true, "deployed": true, "deploys": true,
	"deploy": true, "deploying": true, "ordered": true, "orders": true, "rushed": true, "rushes": true, "stationed": true,
	"massed": true, "masses": true, "amassed": true, "massing": true, "amassing": true, "positioned": true, "concentrated": true}

// forceNouns are armed forces sent or massed, one word each: the people
// of CAMEO's &military that news moves to a border, and their arms.
var forceNouns = map[string]bool{"troops": true, "soldiers": true, "forces": true, "tanks": true, "warships": true,
	"battalions": true, "brigades": true, "units": true, "artillery": true, "armour": true, "armor": true, "reinforcements": true}

// borderPrepositions put forces at a border.
var borderPrepositions = map[string]bool{"to": true, "along": true, "near": true, "on": true, "at": true, "towards": true, "toward": true}

// isMoney reports whether s is a currency sign or a sum of money written
// with one ("$", "$1bn", "€500m", "£2", "¥"; words such as "dollars" are
// aidgood in words.tsv). AmountToken and sentAid read sums so.
func isMoney(s string) bool {
	for _, sign := range [...]string{"$", "€", "£", "¥"} {
		if strings.HasPrefix(s, sign) {
			return true
		}
	}
	return false
}

// Mentions returns the countries a phrase names: by name, adjective,
// capital or institution (not of a state that had ceased to exist by the
// year of d), through the people of the actor lexicon (valid on date d),
// and by their cities and regions where no country is named (ByPlace:
// what an act befalls, never a party of a statement), in order, without
// overlaps.
func (lx *Lexicon) Mentions(toks []token, d corpus.Date) []Mention {
	ms := lx.Parties(toks, d)
	if places := lx.Countries.FindPlaces(toks, ms); len(places) > 0 {
		ms = append(ms, places...)
		sort.SliceStable(ms, func(i, j int) bool { return ms[i].Tok < ms[j].Tok })
	}
	return ms
}

// Parties returns Mentions less the places: the countries that may be a
// party of a statement (its speaker, the one addressed, a partner).
func (lx *Lexicon) Parties(toks []token, d corpus.Date) []Mention {
	ms := lx.Countries.Find(toks)
	if len(lx.Countries.until) > 0 && !d.IsZero() {
		// A state that had ceased to exist by the text's year is
		// history, no party (Countries.Ended).
		ms = slices.DeleteFunc(ms, func(m Mention) bool { return lx.Countries.Ended(m.Code, d) })
	}
	// "former Zambian foreign minister X", "Zambia's former envoy": the
	// country of an office held before is no party.
	ms = slices.DeleteFunc(ms, func(m Mention) bool { return lx.formerOffice(toks, m) })
	if lx.Actors != nil {
		ms = lx.withActors(ms, toks, d)
		// "former US President X": one who held the office is of no
		// state, though the actor lexicon's term covers the date.
		ms = slices.DeleteFunc(ms, func(m Mention) bool { return m.Kind == ByLeader && lx.formerTitle(toks, m.Tok) })
	}
	return ms
}

// formerTitle reports whether the name at toks[i] follows, within five
// words, "former" or "ex" and then a person's role of roles.tsv ("former
// US President X", "the ex-premier X").
func (lx *Lexicon) formerTitle(toks []token, i int) bool {
	role := false
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		t := toks[k]
		if !t.Word {
			return false
		}
		switch {
		case t.Lower == "former" || t.Lower == "ex":
			return role // ("former" is a title word of roles.tsv too)
		case strings.HasPrefix(t.Lower, "ex-") && lx.Roles[t.Lower[3:]] != "":
			return true
		case lx.Roles[t.Lower] == "person" || lx.Roles[t.Lower] == "title":
			role = true
		}
	}
	return false
}

// formerOffice reports whether the country mention m qualifies an office
// held before: "former" or "ex" right before it ("former Zambian
// minister") or right after its possessive ("Zambia's former envoy"), and
// a person's role of roles.tsv within three words after it.
func (lx *Lexicon) formerOffice(toks []token, m Mention) bool {
	var from int
	switch {
	case m.Tok > 0 && (toks[m.Tok-1].Lower == "former" || toks[m.Tok-1].Lower == "ex"):
		from = m.End
	case toks[m.End-1].Poss && m.End < len(toks) && toks[m.End].Lower == "former":
		from = m.End + 1
	default:
		return false
	}
	for j := from; j < len(toks) && j < from+3; j++ {
		if !toks[j].Word {
			return false
		}
		if lx.Roles[toks[j].Lower] == "person" {
			return true
		}
	}
	return false
}

// withActors adds to ms the people of the actor lexicon toks names (valid
// on date d) where no country is named.
func (lx *Lexicon) withActors(ms []Mention, toks []token, d corpus.Date) []Mention {
	for _, m := range lx.Actors.find(toks, d, lx.officeBefore) {
		overlap := false
		for _, c := range ms {
			if m.Tok < c.End && c.Tok < m.End {
				overlap = true
				break
			}
		}
		if !overlap && !lx.titledOther(toks, ms, m) && !lx.otherFirstName(toks, ms, m) {
			ms = append(ms, m)
		}
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Tok < ms[j].Tok })
	return ms
}

// officeBefore reports whether the name at toks[i] follows the capitalised
// word of an office ("President Barack Obama", "Prime Minister X"; a
// person or title word of roles.tsv), not of one held before ("former
// President X", "the late King X"), nor a courtesy title ("Mr", "Dr").
func (lx *Lexicon) officeBefore(toks []token, i int) bool {
	if i == 0 || !toks[i-1].Cap || lx.Roles[toks[i-1].Lower] != "person" {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-3; k-- {
		if l := toks[k].Lower; l == "former" || l == "late" || l == "ex" || l == "then" {
			return false
		}
	}
	return true
}

// otherFirstName reports whether the one-word name m (an actor's surname
// or alias) follows a capitalised word that is no title, possessive,
// country nor shouted word (nor a common word opening the sentence):
// "Hamad Saleh" is not the Saleh of the actor lexicon, while "President
// Saleh", "Mr Saleh" and "Yemen's Saleh" are.
func (lx *Lexicon) otherFirstName(toks []token, countries []Mention, m Mention) bool {
	if m.End-m.Tok != 1 || m.Tok == 0 {
		return false
	}
	p := toks[m.Tok-1]
	if !p.Word || !p.Cap || p.Poss || allCaps(p.Text) || slices.ContainsFunc(countries, func(c Mention) bool { return c.End == m.Tok && c.Kind != ByLeader }) {
		return false
	}
	// A title of several words ends the run: "Secretary of State Kerry",
	// "Minister of Foreign Affairs Lavrov".
	for k := m.Tok - 1; k >= 0 && toks[k].Word && (toks[k].Cap || toks[k].Lower == "of"); k-- {
		if lx.Roles[toks[k].Lower] != "" {
			return false
		}
	}
	// A sentence's first word is capitalised whatever it is: "Since
	// Duterte took office" is Duterte.
	return m.Tok > 1 || !lx.common(p.Lower)
}

// titledOther reports whether the person m names is introduced by a title
// of another country ("Qatari special envoy Hamad Saleh", "Chile's
// President …"): the title tells the person's country, and the actor
// lexicon's namesake is someone else. The country is an adjective or a
// possessive; between it and the name stand only role words (roles.tsv)
// and modifiers the lexicons do not hold, the last of them a role.
func (lx *Lexicon) titledOther(toks []token, ms []Mention, m Mention) bool {
	if m.Tok == 0 || lx.Roles[toks[m.Tok-1].Lower] == "" {
		return false
	}
	for _, c := range ms {
		if c.End > m.Tok || m.Tok-c.End > 4 || c.Code == m.Code || c.Kind == ByLeader || c.Kind != ByAdjective && !toks[c.End-1].Poss {
			continue
		}
		ok := true
		for k := c.End; k < m.Tok; k++ {
			// Role words and modifiers, no verb ("Qatari officials
			// welcomed envoy …" introduces no one).
			if t := toks[k]; !t.Word || lx.Roles[t.Lower] == "" && !t.Cap && lx.common(t.Lower) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// chargePrepositions open the wrong a verb of charging names ("accused
// of", "charged with", "blamed for").
var chargePrepositions = map[string]bool{"of": true, "with": true, "for": true}

// ChargedPassive reports whether toks[i] is a verb of charging (words.tsv
// class charge) right before the wrong it names, with no "be" before it:
// a passive without "be" ("two nationals suspected of smuggling", "Peru
// accused of abuses"), whose subject is charged and neither speaks nor
// acts.
func (lx *Lexicon) ChargedPassive(toks []token, i int) bool {
	return i > 0 && i+1 < len(toks) && lx.Words.Is(toks[i].Lower, lexicons.WordCharge) && chargePrepositions[toks[i+1].Lower] && !IsBe(toks[i-1].Lower)
}

// DetainedPassive reports whether toks[i] is the participle of a verb of
// detaining (words.tsv class detain) right after a lower-case noun and
// before a preposition: a passive without "be" ("two X journalists
// detained in Y", "officers arrested by Y"), whose noun is held, not the
// one who holds.
func (lx *Lexicon) DetainedPassive(toks []token, i int) bool {
	if i < 1 || i+1 >= len(toks) || !lx.Words.Is(toks[i].Lower, lexicons.WordDetain) || !lx.Participle(toks[i]) || !detainPrepositions[toks[i+1].Lower] {
		return false
	}
	b := toks[i-1]
	return b.Word && !b.Cap && !IsBe(b.Lower) && !IsAuxiliary(b.Lower) && !IsDeterminer(b.Lower)
}

// DetainerAt returns where the one that holds the people of a passive of
// detaining at toks[i] (DetainedPassive) is named: right after "by", or
// the place right after "in", "at", "inside" or "from", "the" skipped
// ("officers arrested in B", "held in the B capital", "envoys expelled
// from B"); -1 when no such phrase follows.
func DetainerAt(toks []token, i int) int {
	if i+1 >= len(toks) {
		return -1
	}
	switch toks[i+1].Lower {
	case "by", "in", "at", "inside", "from":
	default:
		return -1
	}
	q := i + 2
	if q < len(toks) && toks[q].Lower == "the" {
		q++
	}
	if q >= len(toks) {
		return -1
	}
	return q
}

// detainPrepositions may follow a passive participle of detaining: where,
// by whom, when or why.
var detainPrepositions = map[string]bool{"in": true, "at": true, "by": true, "from": true, "on": true, "near": true, "inside": true,
	"over": true, "for": true, "after": true, "during": true, "since": true, "last": true}

// ReactionAs returns the cue of a country's outcry in a clause of its own
// after "as" or "while" ("A signs a pact with B as C fumes", "… while C
// protested"), the country's words at toks[m:e]: a verb of disapproval
// (an evaluative cue of negative weight) that ends its clause, or that
// only a phrase naming no party follows, a preposition's or an object's
// ("as C fumes over the deal", "while C condemned the move"). C
// reacts to the one who acted before: a statement of its own
// (extraction), and C no target of the act (scoring). It returns nil when
// the words do not read so.
func (lx *Lexicon) ReactionAs(toks []token, m, e int, date corpus.Date) *Cue {
	k := m - 1
	if k >= 0 && toks[k].Lower == "the" {
		k--
	}
	if k < 2 || toks[k].Lower != "as" && toks[k].Lower != "while" || e >= len(toks) {
		return nil
	}
	c := lx.CueAt(toks, e)
	if c == nil || !c.Evaluative || c.Weight >= 0 || toks[e].Cap {
		return nil
	}
	rest := e + len(c.Words)
	if rest < len(toks) && toks[rest].Word {
		switch toks[rest].Lower {
		case "over", "at", "about", "against", "the", "this", "that", "its":
		default:
			return nil // "as C protests B's …", "as C protests grow": the cue's own object, or a noun
		}
		end := rest
		for end < len(toks) && toks[end].Word {
			end++
		}
		if len(lx.Parties(toks[rest:end], date)) > 0 {
			return nil
		}
	}
	return c
}

// MayCue reports whether a cue may start at toks[i]: false when CueAt
// surely returns nil (no word, a capital inside the sentence, a noun, no
// cue's first word). The cheap test of a loop over every token.
func (lx *Lexicon) MayCue(toks []token, i int) bool {
	return toks[i].Word && !(toks[i].Cap && i > 0) && !toks[i].Noun && lx.cueSig.may(toks[i].Lower)
}

// CueAt returns the cue that starts at toks[i], if any.
func (lx *Lexicon) CueAt(toks []token, i int) *Cue {
	if !lx.MayCue(toks, i) {
		return nil
	}
	cs := lx.cues[toks[i].Lower]
	for k := range cs {
		c := &cs[k]
		if i+len(c.Words) > len(toks) {
			continue
		}
		ok := true
		for j := 1; j < len(c.Words); j++ {
			if toks[i+j].Lower != c.Words[j] {
				ok = false
				break
			}
		}
		if ok && toks[i].Lower == "back" && lx.particleBack(toks, i) {
			continue // "pull its troops back": a particle
		}
		if ok && len(c.Words) == 1 && i+1 < len(toks) && toks[i+1].Lower == "off" {
			continue // "called off the visit", "warned off": a phrasal verb, no speech
		}
		if ok && len(c.Words) == 1 && strings.HasSuffix(toks[i].Lower, "ing") && i+1 < len(toks) && lx.Roles[toks[i+1].Lower] == "institution" {
			continue // "the planning ministry": a modifier of an institution's noun ("saying Mr. X", "backing former …" stay cues)
		}
		if ok && len(c.Words) == 1 && lx.ChargedPassive(toks, i) {
			continue // "two nationals suspected of smuggling": no one speaks
		}
		if ok && c.Bare && i > 0 && (NounBefore(toks[i-1]) && (c.Noun || !subjectNoun(toks[i-1])) || lx.PastVerb(toks[i-1]) && !doSupport(toks[i-1].Lower) || ingObject(toks[i-1])) {
			continue // "the report", "held talks", "inspectors visiting suspect sites": a noun or adjective
		}
		if ok && c.Noun && !lx.cueUse(toks, i, c.Form) {
			continue // "attacks", "support": a cue only after its subject
		}
		if ok && lx.partOnly[toks[i].Lower] && !perfectBefore(toks, i) {
			continue // "a group known as X", "is known for": no one speaks
		}
		if _, n := lx.TermAt(toks, i); ok && n > len(c.Words) {
			continue // a longer stance term: "recalls ambassador"
		}
		if ok {
			return c
		}
	}
	return nil
}

// subjectNoun reports whether t, a word NounBefore lists, is a noun that
// may be the subject of a verb no noun shares ("state media says", "the
// press warns"), as it modifies one that does ("media reports").
func subjectNoun(t token) bool {
	return t.Lower == "media" || t.Lower == "news" || t.Lower == "press"
}

// ingObject reports whether prev, the word before a cue's bare form, is a
// lower-case -ing form, whose object the bare form opens ("inspectors
// visiting suspect sites"): no subject takes a bare verb right after it.
func ingObject(prev token) bool {
	return prev.Word && !prev.Cap && len(prev.Lower) > 4 && strings.HasSuffix(prev.Lower, "ing")
}

// NounCue returns the one-word cue whose form the noun w shares ("call",
// "claims", "pledge"), for a stance the noun names ("his call for …"), or
// nil.
func (lx *Lexicon) NounCue(w string) *Cue {
	for k := range lx.cues[w] {
		if c := &lx.cues[w][k]; c.Noun && len(c.Words) == 1 {
			return c
		}
	}
	return nil
}

// token is the tokenizer's token (package segment), under the short name
// the matchers read it by.
type token = segment.Token
