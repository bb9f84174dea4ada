package score

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cdipaolo/sentiment"

	"github.com/stance-project/stance/analysis/annotate"
	"github.com/stance-project/stance/analysis/extract"
	"github.com/stance-project/stance/analysis/record"
	"github.com/stance-project/stance/lexicons"
)

var intensifiers = map[string]bool{"strongly": true, "firmly": true, "fully": true, "unequivocal": true,
	"unequivocally": true, "deeply": true, "resolutely": true, "vehemently": true, "categorically": true,
	"totally": true, "completely": true, "absolutely": true, "very": true, "highly": true, "extremely": true,
	"utterly": true, "unwavering": true, "steadfast": true, "full": true, "strong": true, "firm": true}

// classPhrase is the class of stance.tsv's set phrases: weight 0, words
// that are no stance ("in this respect", "appreciate that").
const classPhrase = "PHRASE"

// agentAfterVictim returns the target an evaluative cue speaks to: the
// first, or, when the first is the object of "of" in a noun phrase whose
// agent follows "by" ("condemned the shelling of Bn villages by An
// artillery"), that agent. The victim of a hostile noun that ends at a
// token hostileEnd reports ("condemned the attack on X"), or of a noun
// of a deed before "of" (words.tsv deed: "condemned the invasion of X"),
// is no target of the cue: then it is that agent, or none (false).
func agentAfterVictim(words annotate.WordClasses, toks []token, targets []mention, hostileEnd func(int) bool) (mention, bool) {
	first := targets[0]
	of, victim := false, false
	for k := first.Tok - 1; k >= 0 && k >= first.Tok-3; k-- {
		if toks[k].Lower == "of" {
			// "condemned the invasion of X": X undergoes the deed.
			of, victim = true, k > 0 && words.Is(toks[k-1].Lower, lexicons.WordDeed) || deedOf(words, toks, first.Tok, 0)
			break
		}
	}
	k := first.Tok - 1 // the marker, over a determiner
	if k > 0 && annotate.IsDeterminer(toks[k].Lower) {
		k--
	}
	if k > 0 && victimPrepositions[toks[k].Lower] && hostileEnd(k-1) {
		of, victim = true, true
	}
	if !of {
		return first, true
	}
	for k := first.End; k < len(toks) && k <= first.End+3; k++ {
		if !toks[k].Word {
			break
		}
		if toks[k].Lower != "by" {
			continue
		}
		for _, m := range targets[1:] {
			if m.Tok == k+1 || m.Tok == k+2 && annotate.IsDeterminer(toks[k+1].Lower) {
				return m, true
			}
		}
		break
	}
	return first, !victim
}

// demandAfter reports whether an infinitive follows the verb of asking
// that ends at toks[j] in its clause, within eight words: "to" and a
// lower-case word ("calls upon X to withdraw", "appealed to X and Y to
// end"). The "to" right after the verb ("appeal to X") opens its object.
func demandAfter(toks []token, clause []int, j int) bool {
	for k := j + 1; k+1 < len(toks) && k <= j+8 && clause[k] == clause[j-1]; k++ {
		if !toks[k].Word && toks[k].Text != "," {
			return false
		}
		if toks[k].Lower == "to" && toks[k+1].Word && !toks[k+1].Cap && !annotate.IsDeterminer(toks[k+1].Lower) {
			return true
		}
	}
	return false
}

// grownTopic is the weight of a topic word after a growth word.
const grownTopic = 0.4

// rebuttal is the weight toward its author of a denial of a country's
// report ("denied Xian claims that …"): a cue of saying, it has no weight
// of its own, and the rebuttal weighs less than a rejection (cues.tsv
// reject/v, -0.4).
const rebuttal = -0.3

// hedges before a term weaken it: "may support".
var hedges = map[string]bool{"may": true, "might": true, "could": true, "perhaps": true, "possibly": true,
	"reportedly": true, "allegedly": true, "apparently": true, "seemingly": true}

// hit is a lexicon term found in a statement and what it attached to.
type hit struct {
	label  string
	weight float64    // after negation and intensifiers
	mod    string     // "negated", "intensified" or ""
	rule   attachRule // how it attached
	tok    int
	// relation marks a positive term that names a relation between
	// parties (words.tsv "relation": "cooperation", "close ties"): the
	// partners of a joint subject share it, though one subject's offer of
	// it ("seeks closer ties with X") is no contact of the other's.
	relation bool
	// both marks the act of "the two sides" (bothParties): it gives the
	// reverse stance whatever else the speaker did ("X welcomed Y, and
	// the two signed deals").
	both bool
	// mutual marks contact (a meeting, visit, call, talks, a signed
	// agreement) or an agreement: of each party toward the other, unless
	// oneSided (see reciprocal).
	mutual bool
	// oneSided marks contact that is one party's act (a meeting, a visit,
	// a call, hosting; not talks, words.tsv class talks, nor a signed
	// agreement): in a text the act of the one who makes it, event
	// data's one-way code; in a title of each toward the other (see
	// reciprocal).
	oneSided bool
	// fight marks hostility of two sides (words.tsv class reciprocal:
	// "clashed with X"): mutual, and the reverse stance too.
	fight bool
}

// membershipNouns follow the organisation a country seeks to join ("its
// NATO bid", "Y's EU membership"): the organisation names what is joined.
var membershipNouns = map[string]bool{"bid": true, "bids": true, "membership": true, "accession": true,
	"candidacy": true, "application": true, "applications": true}

// joinedOrganisation reports whether m is an organisation a country
// seeks to join ("Y's NATO bid", "its EU membership"): what is joined, no
// party.
func joinedOrganisation(toks []token, m mention) bool {
	return lexicons.IsOrganisation(m.Code) && m.End < len(toks) && membershipNouns[toks[m.End].Lower]
}

// bidOwner returns, for m an organisation joined (joinedOrganisation),
// the country whose possessive owns the bid right before it ("Y's NATO
// bid"): a term that reached the organisation speaks of the bid, and so
// of its owner.
func bidOwner(ms []mention, toks []token, m mention) (mention, bool) {
	if !joinedOrganisation(toks, m) {
		return mention{}, false
	}
	for _, o := range ms {
		if o.End == m.Tok && toks[o.End-1].Poss {
			return o, true
		}
	}
	return mention{}, false
}

// Score scores a statement toward each country its content names (and,
// for contact, the reverse stance of each party: see reciprocal).
func (sc *Scorer) Score(f *found) []record.Stance {
	toks := unquoteWords(f.Toks)
	if businessSubject(sc.lex.Words, f.Subj) {
		return nil // a firm's act or word is no stance of its country
	}
	ms := sc.lex.Mentions(toks, f.Stmt.Date)
	// "sign a Y-brokered deal": Y's good offices, no party to the deal,
	// which reaches past it to the parties.
	ms = slices.DeleteFunc(ms, func(m mention) bool {
		// In a speech, a name of several words that heads a hyphen
		// compound ("the United States-Soviet talks") stays unread, as
		// before such names were read: reading it lowered the UN
		// validation (even years 0.4664 → 0.4660).
		return brokerOf(sc.lex.Words, toks, m) || f.Stmt.Kind == record.Speech && m.Kind == annotate.ByName && m.End-m.Tok > 1 && sc.lex.Countries.TailOf(toks[m.End-1]) != ""
	})
	if len(ms) == 0 && len(f.Objects) == 0 && len(f.Partners) == 0 && len(f.About) == 0 {
		return nil // no country to take a stance toward
	}
	inTitle := f.Stmt.Field == record.TitleField
	// Targets: every country named, less the speaker's own and places.
	var targets []mention
	// protests: the cue demands or condemns ("demanded the release of …").
	protests := f.CueTerm != nil && (sc.lex.Words.CueIs(f.CueTerm, lexicons.WordDemand, lexicons.WordDirective) || f.CueTerm.Evaluative && f.CueTerm.Weight < 0)
	suffered := sc.sufferers(ms, toks, f.Stmt.SpeakerCountry)
	for _, m := range ms {
		if m.Code == f.Stmt.SpeakerCountry && !sc.keepSelf {
			continue
		}
		if m.Kind == annotate.ByPlace && !f.Act {
			// A city or region is what a country's act befalls
			// ("shelled Kharkiv"); a word on it ("the deplorable
			// shooting in X's second city") is none toward its state.
			continue
		}
		if sc.lex.Place(toks, m) && !f.Act && !sc.termPreposition(toks, m.Tok) && !slices.Contains(suffered, m.Tok) && !electionOf(sc.lex.Words, f.CueTerm, toks, m) && !(f.Stmt.Kind != record.Speech && protests && sc.detainedIn(toks, m)) && !secededFrom(sc.lex.Words, f.CueTerm, toks, m) {
			// A place, unless the statement is an act there, sympathy is
			// for it, or a report that demands or condemns says people
			// are held there (in a speech this lowered the UN
			// validation, 0.3960 → 0.3957; a report that only tells of
			// it, "officers arrested in X had been freed", takes no
			// side).
			continue
		}
		if venue(sc.lex.Words, toks, m, inTitle) {
			continue // "at the Cairo summit": where a gathering is held
		}
		if len(f.Partners) > 0 && heldAt(sc.lex.Words, toks, m) {
			// "A and B completed talks in C": where the partners of a
			// joint subject met, though CAMEO's pattern ("* talks in
			// +") makes the country of talks its subject holds there
			// the one visited.
			continue
		}
		if mediaOrigin(sc.lex.Words, toks, m) {
			continue // "suspends X broadcaster": where the outlet is from
		}
		if reacting(sc.lex.Words, toks, m.Tok) || inDespite(sc.lex.Words, toks, m) || sc.lex.ReactionAs(toks, m.Tok, m.End, f.Stmt.Date) != nil {
			continue // ", angering X", "despite X's protests", "as X fumes": X's reaction is a statement of its own
		}
		if requesterAt(toks, m) {
			continue // "at X's request": X asked for the act (requested)
		}
		if inSubject(f.Subj, toks, m) {
			continue // "the treaty was rejected by A and B": the agent speaks, each for itself
		}
		if joinedIn(sc.lex, toks, m) {
			continue // "joined X in condemning Y": X acts with the speaker, Y is the target
		}
		if joinedOrganisation(toks, m) {
			continue // "support for Y's NATO bid": what is joined, not whom the stance is toward
		}
		targets = append(targets, m)
	}
	requested := requesters(ms, toks, f.Stmt.SpeakerCountry)
	if len(targets) == 0 && len(f.Partners) == 0 && len(f.Objects) == 0 && len(f.About) == 0 && len(requested) == 0 {
		return nil
	}
	// Clause of each token: ';', ':' and contrastive words start a new one
	// ("nothing but" is no contrast).
	sx, _ := sc.scratch.Get().(*scratch)
	if sx == nil {
		sx = new(scratch)
	}
	defer sc.scratch.Put(sx)
	sx.reset(len(toks))
	clause := sx.clause
	c := 0
	for i, t := range toks {
		if t.Text == ";" || t.Lower == "but" && !(i > 0 && toks[i-1].Lower == "nothing") || t.Lower == "while" || t.Lower == "whereas" || t.Lower == "however" || t.Lower == "although" || t.Lower == "though" {
			c++
		}
		clause[i] = c
	}
	hits := map[string][]hit{} // by target code
	isTarget := sx.isTarget    // by mention start
	for _, m := range targets {
		isTarget[m.Tok] = true
	}
	question := f.Question || strings.HasSuffix(strings.TrimSpace(f.Stmt.Text), "?")
	// Where lexicon terms start (for attach: a term between another term
	// and a country takes the country).
	// The lexicon term at each token, looked up once.
	hitAt := sx.hitAt
	// A speech's sentence that opens with a joint subject of the
	// delegation's country and another (jointPartner): the other.
	var selfPartner mention
	selfJoint := false
	if f.Stmt.Kind == record.Speech {
		selfPartner, selfJoint = jointPartner(ms, toks, f.Stmt.SpeakerCountry)
	}
	for i := range toks {
		lt, n := sc.lex.TermAt(toks, i)
		if lt != nil && lt.Weight < 0 && n == 1 && heldAfterRedress(sc.lex, toks, i) {
			continue // "released detained X fishermen": who was held, no act of the sentence
		}
		if lt != nil && n == 1 && sc.lex.Words.PartyOutOfPower(toks, i) {
			continue // "a Xian opposition leader": a party, no attitude
		}
		hitAt[i] = termHit{lt, n}
	}
	if len(toks) > 0 && len(f.Subj) > 0 && annotate.ForcesNoun(f.Subj[len(f.Subj)-1].Lower) {
		// "X troops pulled out of Y", "X jets crossed into Y": the
		// subject is forces, and the verb that opens the act is their
		// move.
		if lt, n := sc.lex.SubjectForcesAt(toks, 0); n > hitAt[0].n {
			hitAt[0] = termHit{lt, n}
		}
	}
	starts := sx.starts
	for i := 0; i < len(toks); i++ {
		n := hitAt[i].n
		if n == 0 {
			continue
		}
		phrase := hitAt[i].lt.Class == classPhrase
		if phrase {
			// A set phrase ("in this respect", "the disputed") is no
			// term that governs the countries after it, and its words
			// are no terms either ("fire on the disputed island":
			// "disputed" is no act fought against).
			clear(hitAt[i+1 : i+n])
		}
		if phrase || !annotate.InMention(ms, i) {
			starts[i] = !phrase && !attributive(toks, i, hitAt[i].lt, n) && !reducedRelative(toks, i, n)
			i += n - 1
		}
	}
	// evaluatedAt is evaluatedBefore of the term at toks[k], read once:
	// hitAt no longer changes.
	evaluatedAt := func(k int) evaluation {
		e := &sx.evaluated[k]
		if !e.done {
			e.w, e.ok, e.near = sc.evaluatedBefore(toks, hitAt, k)
			e.done = true
		}
		return *e
	}
	for k, ok := range starts {
		if ok && hitAt[k].lt.Weight > 0 {
			if e := evaluatedAt(k); e.ok && e.near && e.w > 0 {
				// "we welcome the agreement between X and Y": what is
				// praised does not keep the praise from its parties.
				starts[k] = false
			}
		}
	}
	termStart := func(k int) bool { return starts[k] }
	for k, ok := range starts {
		if ok && hitAt[k].lt.Class == lexicons.ClassSport {
			return nil // a sports report: no diplomatic stance
		}
	}
	for _, m := range ms {
		if m.End < len(toks) && matchScore(toks[m.End].Text) {
			return nil // "beat X 2-0": a match, no diplomatic stance
		}
	}
	var loose []hit // terms that reached no country
	var about []hit // cooperation that reached no country, for f.About
	// A denial ("denied that it had attacked X", "dismissed reports of
	// X's interference"): the content's terms are not the speaker's, and
	// an evaluative cue speaks only to the report's author.
	denied, author, authored := denial(sc.lex.Words, f.CueTerm, ms, toks)
	// start and end bound the terms scored: a denial or a negated cue
	// leaves none of its content but a predicate of the speaker's own
	// after it (ownPredicate).
	start, end := 0, len(toks)
	verbTerm := func(k int) bool {
		lt := hitAt[k].lt
		return hitAt[k].n > 0 && (lt.Source == lexicons.SourceCAMEO || lexicons.VerbRow(lt.Label))
	}
	if denied {
		start = sc.ownPredicate(f.Stmt.Cue, toks, verbTerm)
	}
	if f.Rule == extract.RuleReaction {
		// "X was angered by Y's support for the rebels": the content is
		// the cause, Y's act; X's stance is the reaction alone.
		start = end
	}
	// A negated cue ("did not say", "has never accused X", "does not
	// believe"): the content is not asserted. After a cue of saying or an
	// evaluative cue its terms are no stance of the speaker's, as after a
	// denial, and an evaluative cue's own weight is negated ("did not
	// condemn X" is none, "did not praise X" hostile, as negatedWeight
	// says); a cue of belief or wish negates each term of its content
	// ("does not want X to join the bloc", "does not expect X to attack").
	// A cue of rejection not negated ("rejected an offer from X") governs
	// the noun phrase its content opens with (rejectedBefore).
	rejects := !f.Negated && !denied && f.CueTerm != nil && len(f.CueTerm.Words) == 1 &&
		(sc.lex.Words.Is(f.CueTerm.Words[0], lexicons.WordReject) || sc.lex.Words.Is(f.CueTerm.Words[0], lexicons.WordDeny) && requestOpens(toks))
	docRejected := rejectedDocument(toks, rejects)
	received := sc.lex.Words.Is(f.Stmt.Cue, lexicons.WordReceive) // "X gets Yian help": what X receives is the giver's act
	negThink := false
	cueWeight, cueMod := 0.0, ""
	if f.CueTerm != nil {
		cueWeight = f.CueTerm.Weight
		if f.Negated && !denied {
			cueWeight, cueMod = negatedWeight(sc.lex.Words, cueWeight, "not"), "negated"
			if f.CueTerm.Think {
				negThink = true
			} else {
				start = sc.ownPredicate(f.Stmt.Cue, toks, verbTerm)
			}
		}
	}
	// selfActs reports whether the speaker is the one acting at toks[k]: the
	// statement is the country's own act, or "we"/"I" or the speaker's own
	// country stands before it in its clause, or a directive cue asks for
	// it (requestedAct).
	enacts := sc.lex.Words.CueIs(f.CueTerm, lexicons.WordEnact, lexicons.WordCommit)
	// "Peru called | Chile a reliable partner": the content is the
	// object of a verb of regarding and its complement (attachSite.complement).
	cueWord := lastWordLower(f.Stmt.Cue)
	regardCue := sc.lex.Words.Is(cueWord, lexicons.WordRegard)
	// A directive cue asks for its content ("called for sanctions",
	// "her call for sanctions"); the same verb, past or in -ing, as one
	// of regarding ("called | the sanctions a mistake") asks for nothing.
	regards := regardCue && (strings.HasSuffix(cueWord, "ed") || strings.HasSuffix(cueWord, "ing"))
	asks := sc.lex.Words.CueIs(f.CueTerm, lexicons.WordDirective) && !regards
	// A country's act may open with auxiliaries and adverbs ("has
	// imposed tariffs on X", "will also send …"): its verb and object come
	// after them.
	lead := 0
	joinedGerund := -1 // "joined X in | imposing sanctions on Y": the act joined, the speaker's own
	if f.Act {
		lead = annotate.PastAuxiliaries(toks, 0)
		for _, m := range ms {
			if j, g := joinedAt(sc.lex, toks, m); g >= 0 && j <= lead {
				joinedGerund = g
				break
			}
		}
	}
	var selfSubject func(k int) bool   // the speaker is the subject of the verb at toks[k]
	var selfSubjectAt func(j int) bool // the speaker is the subject that ends at toks[j]
	selfActs := func(k int) bool {
		if f.OwnPredicate && k == 0 {
			return true // "A expels B's consul, says …": A's own verb
		}
		if f.Act && (k <= lead+1 || k == lead+2 && toks[lead+1].Lower == "to") {
			// "expelled …", "plotted to murder …": the act's verb,
			// or the infinitive right after it.
			return true
		}
		if f.Act && objectHead(toks, lead+1, k) {
			// "imposed new tariffs on X", "scrapped all its
			// curbs": the term heads the act's object.
			return true
		}
		if joinedGerund >= 0 && (k == joinedGerund || objectHead(toks, joinedGerund+1, k)) {
			// "joined X in imposing sanctions on Y": the act joined is
			// the speaker's own.
			return true
		}
		if f.Act && k > 1 && toks[k-1].Lower == "and" && !subjectBefore(ms, toks, k) {
			// "recalled its envoy to X and suspended …": a verb joined to
			// the act's own, with no subject of its own between.
			return true
		}
		if k == 1 && toks[0].Lower == "to" && f.CueTerm != nil && !f.CueTerm.Evaluative {
			// "vowed to retaliate against X", "plans to sanction X": the
			// infinitive right after the cue is the speaker's own act.
			return true
		}
		if enacts && (requestedAct(toks, k) || k > 1 && toks[0].Lower == "to" && requestedAct(toks[1:], k-1)) {
			// "announced new sanctions on X", "agreed to new sanctions
			// against X": the measure a cue of making or committing
			// takes as its object is the speaker's own.
			return true
		}
		if asks && (requestedAct(toks, k) || sc.addresseeThenTo(ms, toks, k)) {
			// "called for sanctions against X", "urged tougher
			// measures on X": the act asked for, with no agent of its
			// own, is the speaker's proposal.
			return true
		}
		if selfSubject(k) {
			return true
		}
		for v := k - 1; v >= 0 && v >= k-3 && objectAt(toks, v+1, k); v-- {
			// "it would tighten sanctions on X", "we will impose new
			// tariffs on X": the term heads the object of a verb whose
			// subject is the speaker.
			t := toks[v]
			if !t.Word || t.Cap || annotate.IsDeterminer(t.Lower) || annotate.IsAuxiliary(t.Lower) {
				continue
			}
			if thirdPersonSubjects[t.Lower] {
				return false // "we know it kidnapped …": the verb's own subject
			}
			if hitAt[v].n > 0 || sc.lex.Words.Is(t.Lower, lexicons.WordReject, lexicons.WordEasing, lexicons.WordDeny, lexicons.WordCease) {
				return false // "we oppose sanctions on X", "it lifted the sanctions": a verb of its own
			}
			// The subject is a pronoun, or stands before an auxiliary
			// ("X will tighten …"): a noun after a country's adjective
			// ("X forces fought") is no verb.
			if j := annotate.SkipAdverbials(toks, v) - 1; j >= 0 && (j < v-1 || toks[j].Lower == "we" || toks[j].Lower == "i" || toks[j].Lower == "it") && selfSubjectAt(j) {
				return true
			}
		}
		return false
	}
	selfSubject = func(k int) bool {
		// "we will sanction", "we must not attack": the subject right
		// before the verb, auxiliaries and adverbs aside.
		return selfSubjectAt(annotate.SkipAdverbials(toks, k) - 1)
	}
	selfSubjectAt = func(j int) bool {
		// The subject ends at toks[j].
		if j >= 0 {
			if toks[j].Lower == "we" || toks[j].Lower == "i" {
				return true
			}
			if thirdPersonSubjects[toks[j].Lower] && j == 0 && f.Stmt.Kind != record.Speech {
				// "Switzerland said it had expelled ...": the content's
				// subject pronoun is the speaker. A delegation speaks
				// of itself as "we": in a speech "it" is another.
				return true
			}
			for _, m := range ms {
				if m.End == j+1 && m.Code == f.Stmt.SpeakerCountry && !(m.Tok > 0 && obliqueBefore(toks, m.Tok)) {
					// Not the object of a preposition: "crossed into X
					// and seized …" is no act of X's.
					return true
				}
			}
		}
		return false
	}
	// hostileAt reports whether a hostile term starts at toks[k].
	hostileAt := func(k int) bool { return hitAt[k].n > 0 && hitAt[k].lt.Weight < 0 }
	hostileEnd := func(j int) bool { // a hostile term ends at toks[j]
		for k := j; k >= 0 && k >= j-3; k-- {
			if hitAt[k].n > 0 {
				return hitAt[k].lt.Weight < 0 && k+hitAt[k].n-1 == j
			}
		}
		return false
	}
	// hostileBefore reports whether a hostile term ends just before toks[k].
	// Its agent after "of" may stand between ("the aggression of the X
	// Federation against Y"), or a participle that tells how it was done
	// ("the cyberattack carried out against Y", "crimes committed
	// against Y").
	var hostileBefore func(k int) bool
	hostileBefore = func(k int) bool {
		for j := k - 1; j >= 0 && j >= k-2; j-- {
			if h := hitAt[j]; h.n > 0 && h.lt.Weight < 0 && j+h.n >= k-1 {
				return true
			}
		}
		p := k - 1 // the participle ("committed", "carried out")
		if p > 0 && (toks[p].Lower == "out" || toks[p].Lower == "up") {
			p--
		}
		q := p - 1 // the noun before it, over "being" ("the war being waged")
		if q > 0 && (toks[q].Lower == "being" || toks[q].Lower == "been") {
			q--
		}
		if p > 0 && q >= 0 && strings.HasSuffix(toks[p].Lower, "ed") && hitAt[p].n == 0 && hitAt[q].n == 1 && hitAt[q].lt.Weight < 0 {
			return true
		}
		for _, m := range ms {
			if m.End != k {
				continue
			}
			for _, c := range coordinated(ms, toks, m) {
				if c.Tok < m.Tok {
					m = c // "the aggression of A, B and C against …"
				}
			}
			j := beforeMention(toks, m)
			// "the aggression of X against …", "the aggression
			// directed by X against …": X acts, and the hostility is
			// the act's.
			if j >= 3 && toks[j].Lower == "of" && toks[j-1].Lower == "part" && toks[j-2].Lower == "the" && toks[j-3].Lower == "on" {
				return hostileBefore(j - 3) // "aggression on the part of X against …"
			}
			return j > 0 && (toks[j].Lower == "of" || toks[j].Lower == "by") && hostileBefore(j)
		}
		return false
	}
	// addTargets adds h to each country of got that is a target.
	addTargets := func(got []mention, h hit) {
		for _, m := range got {
			if o, ok := bidOwner(ms, toks, m); ok {
				m = o // "called Y's NATO bid a threat": the bid is Y's
			}
			if isTarget[m.Tok] {
				hits[m.Code] = append(hits[m.Code], h)
			}
		}
	}
	// A joint subject that vows, pledges or agrees ("A and B vow to work
	// for peace") commits itself together: its positive terms are of each
	// partner toward the others.
	// A pledge about a third country ("A, B vow to stand by C") is toward
	// that country, not of the partners toward each other.
	jointPledge := len(f.Partners) > 0 && sc.lex.Words.CueIs(f.CueTerm, lexicons.WordCommit) &&
		!slices.ContainsFunc(targets, func(m mention) bool { return m.Code != f.Stmt.SpeakerCountry && !slices.Contains(f.Partners, m.Code) })
	// addPartners adds h to each partner of a joint subject and reports
	// whether it reached one. Aid pledged together ("A, B pledge aid") is
	// for a third party, not for each other.
	addPartners := func(h hit, aid bool) bool {
		if !h.mutual && !h.relation && !(h.weight > 0 && jointPledge && !aid) && !f.Rule.PairRelation() {
			// "A and B condemned the attack", "A, B and C recognise D": a
			// joint subject acts toward what it names, not toward each
			// other; what is mutual (contact, agreement) or names their
			// relation ("vow closer cooperation") is of each toward the
			// others (a pair compound names a relation: "A-B tensions").
			return false
		}
		for _, code := range f.Partners {
			j := h
			j.rule = ruleJointSubject
			hits[code] = append(hits[code], j)
		}
		return len(f.Partners) > 0
	}
	// soleTarget is the back-off of a term of ours that reached no country
	// in a report whose speaker has a country ("US officials said the
	// sanctions on X stay"): when its clause names one other country and
	// not the speaker's own, the term colours that country at half weight
	// (ruleStatement), as a reader anchors a sentence's tone on the one
	// country it is about. Imported event verbs never back off: they count
	// only in their frame. A speech has rules of its own (speechOtherAct).
	soleTarget := func(h hit, n int) {
		if h.mutual {
			return // contact is between parties, not toward its topic
		}
		if namedSubjectAt(toks, ms, h.tok) {
			return // ", Red Hills Front rejects": a subject of its own
		}
		code := ""
		for _, m := range ms {
			if clause[m.Tok] != clause[h.tok] {
				continue
			}
			if m.Code == f.Stmt.SpeakerCountry && !sc.keepSelf {
				return // the speaker's own country may be the one meant
			}
			if !isTarget[m.Tok] || code != "" && code != m.Code {
				return // a place, or two countries: no sole target
			}
			code = m.Code
		}
		if code == "" || hitAtTok(hits[code], h.tok) {
			return
		}
		for _, m := range ms {
			if h.weight < 0 && m.Code == code && clause[m.Tok] == clause[h.tok] && passiveVictim(toks, m, hostileAt) {
				// "many X nationals were killed in the raid": those a
				// hostile act befell are its victims, no foe.
				return
			}
			if m.Code == code && m.End > h.tok-3 && m.Tok < h.tok+n+2 {
				// Right by the term, the country was in the attacher's
				// reach and left out by a rule of its own: the victim
				// of a hostile noun ("aggression against X"), the place
				// of a situation ("the X tensions"), the complement of
				// a noun ("the intentions of X are peaceful").
				return
			}
		}
		h.weight *= 0.5
		h.rule = ruleStatement
		hits[code] = append(hits[code], h)
	}
	// consumed is the end of the last CAMEO pattern matched, or of the
	// topic of contact. A term inside a pattern whose sign the pattern
	// turns ("lifted the sanctions on X" is easing, not sanctions) is the
	// pattern's and is not scored again; one of the pattern's own sign
	// ("stepped up criticism of X") keeps its place (consumedSign, the
	// pattern's weight). Every term in the topic of contact is left out
	// (consumedSign 0).
	// speechParty reports, once for the statement, whether the speaker of
	// a speech names itself in it (speakerParty).
	party := 0 // 0: not known yet, 1: a party, -1: none
	speechParty := func() bool {
		if party == 0 {
			party = -1
			if speakerParty(ms, toks, f.Stmt.SpeakerCountry) {
				party = 1
			}
		}
		return party > 0
	}
	// named tells a pattern whose target place names a country from one
	// whose place names no one (annotate.Lexicon.Frame).
	named := func(fm annotate.FrameMatch) bool { return len(frameTarget(ms, toks, fm)) > 0 }
	consumed, consumedSign := 0, 0.0
	mutualUntil := 0    // the end of the last pattern of contact or agreement matched
	symmetricUntil := 0 // the end of the last one of both parties (not oneSided)
	hypothetical := conditionalClause(toks)
	open := openQuestion(toks, cueWord)
	grievanceFrom, grievanceTo := -1, -1 // the reason a hostile term gives after "over" (grievanceSpan)
	othersFrom := -1                     // in a speech, where another's words begin (othersVerdict)
	for k := 0; k < start && f.Stmt.Kind == record.Speech; k++ {
		if toks[k].Text == "," {
			othersFrom = -1
		} else if othersFrom < 0 && sc.othersVerdict(toks, k) {
			othersFrom = k // the content starts after the cue
		}
	}
	for i := start; i < end; {
		if othersFrom >= 0 && (toks[i].Text == "," || clause[i] != clause[othersFrom]) {
			othersFrom = -1 // another's words run to a comma
		}
		if f.Stmt.Kind == record.Speech && othersFrom < 0 && sc.othersVerdict(toks, i) {
			othersFrom = i
		}
		if othersFrom >= 0 {
			// "many have criticized X", "they say that X is a threat":
			// in a speech, what others say is not the delegation's
			// stance.
			i++
			continue
		}
		_, despite := sc.lex.Words.OutcryDespite(toks, i)
		if e := max(amidEnd(toks, clause, i, end), despite); e > consumed {
			// "grants X access to bases amid Y tensions": a circumstance,
			// no stance of the speaker's; "despite Y's protests": Y's
			// outcry, a statement of its own (extract's outcryDespite).
			consumed, consumedSign = e, 0
		}
		lt, n := hitAt[i].lt, hitAt[i].n
		if i < consumed && n > 0 && !annotate.InMention(ms, i) && (consumedSign == 0 || lt.Weight*consumedSign < 0) {
			i += n
			continue
		}

		// A CAMEO pattern gives an imported verb its code and frame; a row
		// of ours keeps its own attach (ours wins).
		var fm annotate.FrameMatch
		framed := false
		switch {
		case annotate.InMention(ms, i):
			n = 0
		case n == 0:
			// A CAMEO verb that is an event only in some of its patterns
			// ("cut diplomatic ties with X", "sign an agreement with X").
			lt, n, fm = sc.lex.PatternVerbAt(toks, clause, i, named)
			if n == 0 && f.Act && i <= 2 {
				lt, n, fm = sc.subjectPatternVerbAt(f, toks, clause, i)
			}
			framed = n > 0
		case lt.Source == lexicons.SourceCAMEO:
			fm, framed = sc.lex.Frame(toks, clause, i, n, lt, named)
			if framed && fm.Before && f.Act && (fm.Target < 0 || selfTarget(ms, toks, fm, f.Stmt.SpeakerCountry)) {
				// "+ * $ &aircraft" reads "soldiers killed [by] enemy
				// aircraft"; of the speaker's own act ("Peruvian jets
				// shot down a Chilean drone", its content starting at
				// the verb) the subject before the verb is its agent,
				// not its victim: the verb reads as it does with no
				// pattern.
				fm, framed = annotate.FrameMatch{Target: -1}, false
			}
		}
		if n == 0 {
			i++
			continue
		}
		if elicitedBefore(sc.lex.Words, toks, i) {
			// "X's trip drew a sharp Y rebuke": the outcry is Y's (the
			// reaction rule), none of the speaker's.
			i += n
			continue
		}
		if lt.Class == classPhrase {
			// "in this respect", "appreciate that": a set phrase whose
			// words are no stance (see stance.tsv).
			i += n
			continue
		}
		if lt.Attach == lexicons.AttachPrep && lt.Weight < 0 && sc.perpetratedBefore(toks, i, !f.Act) {
			// "the aggression it is committing against X", "an act
			// directed against X", "the plots against X": X is the
			// victim of the act, no target of the speaker's (a
			// country's own act, "X launched a campaign against Y",
			// keeps its target).
			i += n
			continue
		}
		if lt.Attach == lexicons.AttachPrep && gerundAt(toks, i+n) {
			// "argued against isolating X": the preposition is against the
			// act that follows, not against X; it negates that act
			// (negatorBefore).
			i += n
			continue
		}
		imported := lt.Source == lexicons.SourceCAMEO
		w, mod, label := lt.Weight, "", lt.Label
		if framed && imported {
			if fm.Pattern.Code == "" {
				// The verb in this frame is no event ("- crew * ship [---]").
				i += n
				continue
			}
			w = fm.Pattern.Weight
			label = strings.Join(lt.Words, " ") + " [CAMEO " + fm.Pattern.Code + ": " + fm.Pattern.Text + "]"
		}
		if w > 0 {
			if e := evaluatedAt(i); e.ok && e.w < 0 {
				// "we deplore the close alliance between X and Y": the
				// cooperation is what is condemned, and its parties are
				// the targets of the condemnation.
				w, label = e.w, label+" (condemned)"
			}
		}
		if w > 0 && !framed && endDemandedAfter(toks, i+n) {
			// "X's support for the rebels must end": what a demand
			// wants ended is condemned.
			w, label = -w, label+" (to end)"
		}
		if w > 0 && sc.lex.Words.Is(toks[i].Lower, lexicons.WordTalks) && sc.founderAfter(toks, clause, i+n) {
			// "A-B talks collapse", "talks with X broke down": talks
			// that failed are a setback of the relation, of each party
			// toward the other.
			w, label = founderWeight, label+" (failed)"
		}
		if w > 0 && opposedAfter(toks, hitAt, i) {
			// "not serious about restoring ties": the cooperation is
			// what the hostile term before it is about, no cooperation
			// of the speaker's.
			i += n
			continue
		}
		if hypothetical != nil && hypothetical[i] && w > 0 {
			// "if X gives Y support": a condition, no cooperation.
			i += n
			continue
		}
		if open != nil && open[i] {
			// "doubted whether X carried out the raid": an open question.
			i += n
			continue
		}
		if w < 0 && (againstHostile(toks, i+n, hostileAt) || sc.countersEvil(toks, i, n, hostileAt) || sc.fightAgainstEvil(toks, i, n, hostileAt)) {
			// "its fight against terrorism", "the struggle against
			// aggression", "X has fought terrorism", "a joint fight
			// against extremists": hostility toward a hostile act or an
			// evil opposes it, and is no hostility of the one who
			// fights.
			i += n
			continue
		}
		if w < 0 && n == 1 && sc.lex.Words.Is(toks[i].Lower, lexicons.WordReject) && refusedHostility(toks, i+1, hostileAt) {
			// "refuses to join sanctions on X": a hostile act refused is
			// no hostility, and the refusal none toward its object
			// (refusing to extradite, or to release, is).
			i += n
			continue
		}
		if imported && !framed && w != 0 && sc.lex.Words.Is(toks[i].Lower, lexicons.WordUndergo) {
			// "hundreds of X nationals died in the camps": a verb of what
			// befalls its subject (DIE is CAMEO 190 in PETRARCH's
			// dictionary) is no act of the subject's, nor toward anyone;
			// only a pattern says who did it ("died in clashes with X").
			i += n
			continue
		}
		if imported && w != 0 && sc.lex.Words.Is(toks[i].Lower, lexicons.WordPurpose) && i+n < len(toks) && (toks[i+n].Lower == "at" || toks[i+n].Lower == "to") {
			// "efforts aimed at peace with X", "aims to end the
			// conflict": a purpose, no act; what follows keeps its terms.
			i += n
			continue
		}
		if framed && imported && w != 0 && strings.HasPrefix(fm.Pattern.Code, "02") && sc.lex.Words.Is(toks[i].Lower, lexicons.WordDirective) && demandAfter(toks, clause, i+n) {
			// "calls upon X to withdraw": an appeal that X act, a demand,
			// not support of X; the one asked does not act yet.
			consumed, consumedSign = max(consumed, fm.End), 0
			i += n
			continue
		}
		signed, renounced := false, false
		if w > 0 && w < topicWeight && !(i+n < len(toks) && sc.lex.Words.Is(toks[i+n].Lower, lexicons.WordQuarrel)) {
			// "boost bilateral ties": a topic word that grows is cooperation;
			// "signed a trade deal": an agreement, of each party. The verb
			// stands up to five words before ("signed a transit and trade
			// agreement"), a sum not counted ("signed $5bn in new
			// deals"). A topic that names a quarrel's matter ("end the
			// trade dispute with X") is none of these: the quarrel's verb
			// reads it (WordResolve).
			for k, lo := i-1, i-5; k >= 0 && k >= lo && (toks[k].Word || annotate.AmountToken(toks[k])); k-- {
				if annotate.AmountToken(toks[k]) || toks[k].Lower == "in" && k > 0 && annotate.AmountToken(toks[k-1]) {
					lo-- // "signed $2bn in new rail deals": a sum is no word of the reach
				}
				if sc.lex.Words.Is(toks[k].Lower, lexicons.WordGrowth, lexicons.WordRenewal, lexicons.WordSeal) {
					w, label = grownTopic, toks[k].Lower+" "+label
					// Signed or renewed ("restored ties"): of each party.
					signed = sc.lex.Words.Is(toks[k].Lower, lexicons.WordSeal, lexicons.WordRenewal)
					break
				}
				if sc.lex.Words.Is(toks[k].Lower, lexicons.WordRenounce, lexicons.WordDecline) && negatorBefore(toks, k) < 0 {
					// "scrapped its intelligence pact with X", "withdrew
					// from the deal with X": an agreement ended is
					// hostility toward the partner; the verb is the
					// negation, spent here. So are ties that worsen
					// ("the souring ties with X").
					w, label, renounced = -grownTopic, toks[k].Lower+" "+label, true
					break
				}
			}
			if w > 0 && w < topicWeight && sc.lex.Words.Is(toks[i].Lower, lexicons.WordRelation) {
				// "ties with X have improved", "ties with X sour", "…
				// have never been better": how the relation goes.
				if k, sign := relationTrend(sc.lex.Words, toks, i+n); sign != 0 {
					w, label, renounced = float64(sign)*grownTopic, label+" "+toks[k].Lower, true
				}
			}
			if w > 0 && w < topicWeight && lt.Class == lexicons.ClassAgree && f.Rule.PairRelation() && !sc.lex.Words.In(toks[i+n:min(len(toks), i+n+3)], lexicons.WordFounder) {
				// "condemned the A-B pipeline accord": an agreement the
				// pair compound names is one the two made ("the A-B deal
				// collapsed" is none).
				w, signed = grownTopic, true
			}
		}
		negated := false    // the term is negated (mod "negated")
		turnedDown := false // a cooperative term the speaker turns down (mod "rejected")
		if !renounced && !(framed && imported && annotate.NegatedPattern(fm.Pattern)) {
			if w < 0 && docRejected >= 0 && (i >= docRejected || i == 0 && toks[0].Lower == "against") {
				// "rejected a resolution condemning X", "voted against a
				// motion that would sanction X": what the document does
				// is turned down, no hostility of the speaker's; nor is
				// the "against" that turns it down.
				w, mod, negated = negatedWeight(sc.lex.Words, w, "not"), "rejected", true
			} else if k := negatorBefore(toks, i); k >= 0 && negatedRejection(sc.lex.Words, toks, k, i) {
				// "cannot deny X's right to exist": the two cancel.
			} else if k >= 0 && w < 0 && (refusedPermit(sc.lex.Words, toks, k, i) || refusedUndergoing(toks, k, i)) && (agentNamed(ms, toks, i, n) || len(ms) == 0 && len(f.Objects) > 0) {
				// "will not tolerate X's incursions": refusing to let a
				// hostile act be is hostility toward its agent, when the
				// act names one ("any attack on X" is refused for X), or
				// when the content names no country and the statement is
				// said of one ("“We will not accept any interference,” the
				// minister said, referring to X").
			} else if k >= 0 && w > 0 && lt.Class == lexicons.ClassConsult && refusedContact(sc.lex.Words, toks, k) {
				// "ruled out talks with X", "called off the visit to X",
				// "refused to meet X": contact turned down (CAMEO 12,
				// reject a proposal to meet) is hostility toward the
				// other party, not the half weight of contact undone.
				w, mod, negated = refusedContactWeight, "refused", true
			} else if k >= 0 {
				w, mod, negated = negatedWeight(sc.lex.Words, w, toks[k].Lower), "negated", true
			} else if i == 1 && toks[0].Lower == "to" && annotate.IsNegator(cueWord) {
				// "declined | to criticise X": the infinitive a cue of
				// refusal governs is not done.
				w, mod, negated = negatedWeight(sc.lex.Words, w, cueWord), "negated", true
			} else if k := endedAfterTo(toks, i); k >= 0 && w >= topicWeight {
				// "vowed to end cooperation with X": the cooperation is
				// to be ended (a quarrel to be ended is resolved:
				// resolvedBefore; a topic word, "end the trade
				// dispute", is the quarrel's matter).
				w, mod, negated = negatedWeight(sc.lex.Words, w, toks[k].Lower), "negated", true
			} else if k := easedBefore(sc.lex.Words, toks, i, w < 0); k >= 0 {
				// "lifted its embargo on arms sales to X": the sanction is
				// eased, and what it held back flows.
				if w < topicWeight || !easesSanction(hitAt, toks, ms, i, k) {
					w, mod, negated = negatedWeight(sc.lex.Words, w, toks[k].Lower), "negated", true
				}
			} else if k := sanctionedAt(hitAt, toks, ms, i); w >= topicWeight && k >= 0 {
				// "an embargo on arms sales to X", "blocked a loan to X":
				// what a sanction holds back is withheld from X, unless
				// the sanction is itself lifted or denied ("lifted its
				// embargo on arms sales to X").
				if easedBefore(sc.lex.Words, toks, k, true) < 0 && negatorBefore(toks, k) < 0 {
					w, mod, negated = -w, "sanctioned", true
				}
			} else if w > 0 {
				if k := rejectedBefore(sc.lex.Words, toks, i, rejects, hostileAt); k == len(toks) || k >= 0 && selfActs(k) {
					// "refused an offer of aid from X": what the speaker
					// turns down. Another's rejection ("X rejects respect
					// for Y's rights", in a speech) is no stance of the
					// speaker's against the rejected.
					w, mod, turnedDown = negatedWeight(sc.lex.Words, w, "not"), "rejected", true
				}
			}
		}
		if !negated && mod == "" && noneAfter(toks, i+n) {
			// "threatens no one", "harms nobody": a verb whose object is
			// no one is denied of everyone.
			w, mod, negated = negatedWeight(sc.lex.Words, w, "not"), "negated", true
		}
		if negated && i+n < len(toks) && toks[i+n].Lower == "against" && consumed <= i+n {
			// "has not joined sanctions against X": the term's own
			// preposition is negated with it.
			consumed, consumedSign = i+n+1, 0
		}
		if w != 0 && (mod == "" || negated || turnedDown) && sc.lex.Words.Is(toks[i].Lower, lexicons.WordRecognise) && secessionAfter(sc.lex.Words, toks, i+n) {
			// "recognised the breakaway regions of X": support of those
			// who break away, hostility toward X; "refused to recognise
			// the breakaway regions of X" upholds X.
			w, mod = -w, strings.TrimSpace(mod+" secession")
		}
		if negThink && mod == "" {
			w, mod, negated = negatedWeight(sc.lex.Words, w, "not"), "negated", true
		}
		if mod == "" && i > 0 && (intensifiers[toks[i-1].Lower] || i > 1 && intensifiers[toks[i-2].Lower]) {
			w, mod = 1.5*w, "intensified"
		}
		if mod == "" && i > 0 && hedges[toks[i-1].Lower] {
			w, mod = 0.5*w, "hedged"
		}
		if w > 0 && mod == "" && wordOverLower(toks, i, "so-called", 2) {
			// "its policy of so-called constructive engagement with X":
			// a cooperative word the speaker disowns says nothing good.
			w, mod = 0, "so-called"
		}
		if question {
			w *= 0.5
		}
		if w > 0 && lt.Class == lexicons.ClassConciliate && (demandedBefore(sc.lex.Words, toks, i) || demandedOfSubject(sc.lex.Words, ms, toks, i) || sc.lex.Words.CueIs(f.CueTerm, lexicons.WordDemand) && (requestedAct(toks, i) || subjectThenVerb(ms, toks, i))) {
			// "demanded an apology from X": redress asked of X is a
			// grievance against X, not conciliation.
			w, mod = -w, "demanded"
		}
		if w > 0 && i >= grievanceFrom && i < grievanceTo {
			// "sanctioned X over its arms sales to Y": the reason for a
			// hostile act is another's act, no cooperation of the
			// speaker's.
			i += n
			continue
		}
		if w < 0 && !negated && grievanceFrom < 0 {
			grievanceFrom, grievanceTo = grievanceSpan(toks, i+n)
		}
		contact := sc.lex.Contact(lt, fm, framed)
		if contact && (organisationGathering(sc.lex.Words, ms, toks, i) || travelToGathering(sc.lex.Words, ms, toks, clause, i)) {
			// "head to X for ASEAN meetings", "attend the G20 summit": a
			// gathering of an organisation is where its members meet,
			// no contact of the parties with each other or with it.
			i += n
			continue
		}
		resolved := false // a quarrel settled ("ended their border dispute")
		if lt.Weight < 0 && !imported && quarrelTerm(sc.lex.Words, lt, toks[i].Lower) && resolvedBefore(sc.lex.Words, toks, i) {
			w, mod, resolved = resolvedWeight, "resolved", true
		}
		// "clinched a trade deal with X": a verb that makes an
		// agreement, before one, is of each party whatever its pattern.
		sealed := w > 0 && sc.lex.Words.Is(toks[i].Lower, lexicons.WordSeal) && agreementAfter(hitAt, i+n)
		symmetric := resolved || signed || sealed || lt.Class == lexicons.ClassAgree || annotate.Symmetric(sc.lex.Words, lt, fm, framed, toks[i].Lower, w) || i < symmetricUntil
		inContact := contact || i < mutualUntil // a term of contact, or one inside a pattern of contact
		if w > 0 && (inContact || symmetric) && asks && askedParty(f, ms, toks) {
			// "urged X to hold talks with Y", "call on X to engage in
			// dialogue with Y": the contact asked for is the addressee's
			// with Y, no contact of the speaker's.
			i += n
			continue
		}
		h := hit{label: label, weight: w, mod: mod, tok: i, relation: resolved || w > 0 && relationTerm(sc.lex.Words, lt, toks[i].Lower), mutual: symmetric || inContact}
		h.oneSided = inContact && !symmetric
		// A topic renounced ("suspended all trade with X") is the
		// speaker's own act, though the topic's verb ("traded fire") is a
		// fight.
		h.fight = !renounced && sc.lex.Words.Fight(toks[i].Lower, w)
		h.mutual = h.mutual || h.fight
		if w > 0 && lt.Class != lexicons.ClassConciliate {
			if m, ok := soughtOwner(sc.lex.Words, f, ms, toks, i); ok {
				// "seeks X's support for its bid": support asked of X is
				// no act of X's; the asking is an appeal to X (CAMEO 02),
				// at half weight.
				h.weight, h.rule = w*0.5, ruleSought
				addTargets([]mention{m}, h)
				i += n
				continue
			}
		}
		if w > 0 && f.Stmt.Kind != record.Speech && len(f.Partners) == 0 && bothParties(sc.lex.Words, toks, i) {
			// "X hosted Y's envoy, and the two governments signed
			// deals": the two are the speaker and the one other party
			// the clause names; what both do is of each toward the other.
			if code, ok := soleParty(sc.lex, ms, toks, isTarget, i); ok {
				h.mutual, h.both, h.rule = true, true, ruleJointSubject
				hits[code] = append(hits[code], h)
				i += n
				continue
			}
		}
		if end := i + n; h.mutual && w > 0 && end < len(toks) && toks[end].Lower == "between" {
			// "hosts talks between X and Y", "brokered a deal between X
			// and Y": the parties are X and Y, the subject hosts or
			// mediates; it is no party of the contact. What the contact is
			// about is still its topic.
			if e := annotate.TopicEnd(toks, end); e > consumed {
				consumed, consumedSign = e, 0
			}
			i = end
			continue
		}
		if end := i + n; h.mutual && w > 0 && contact {
			if e, ok := sc.pairAfter(toks, end); ok {
				// "to host fresh A-B talks": the pair compound names the
				// parties; the subject hosts, no party of theirs.
				if e > consumed {
					consumed, consumedSign = e, 0
				}
				i = e
				continue
			}
		}
		if w > 0 && sc.lex.Words.Is(toks[i].Lower, lexicons.WordSympathy) {
			// "condolences to X over the terrorist attack": what sympathy
			// is about is its topic, not a stance of its own.
			if e := sympathyTopicEnd(sc.lex, ms, toks, f.Stmt.SpeakerCountry, i+n); e > consumed {
				consumed, consumedSign = e, 0
			}
		}
		if h.mutual && framed {
			// The words of a symmetric pattern are of each party too
			// ("resumed cooperation with X"); those of one party's
			// contact are contact of that party ("held a meeting with X").
			mutualUntil = max(mutualUntil, fm.End)
			if !h.oneSided {
				symmetricUntil = max(symmetricUntil, fm.End)
			}
		}
		if h.mutual {
			// "talks on the border dispute": what contact is about is its
			// topic, not a stance of its own.
			if e := annotate.TopicEnd(toks, i+n); e > consumed {
				consumed, consumedSign = e, 0
			}
			if e := objectTopicEnd(toks, i+n); contact && f.Stmt.Kind != record.Speech && e > consumed {
				// "met to discuss the fishing dispute": the object of
				// a verb of contact is its topic too (what a speech
				// discusses is the speaker's own subject).
				consumed, consumedSign = e, 0
			}
		}
		if w > 0 && f.Stmt.Kind == record.Speech && contact && (sessionMeeting(toks, i) || !speechParty()) {
			// "[1346th meeting]": a numbered session of a body, which the
			// words around it cite, is no contact; and a speech telling of
			// a contact the speaker is no party of ("X and Y held talks",
			// "the Z summit") states no stance of the speaker's.
			i += n
			continue
		}
		if w < 0 && hazardSubject(sc.lex.Words, ms, toks, clause, i) {
			// "Floods closed the border with X": a hazard's act is no
			// one's stance.
			if framed {
				consumed, consumedSign = max(consumed, fm.End), 0
			}
			i += n
			continue
		}
		if framed && w < 0 && fm.End > i+n && sc.lex.Words.In(toks[i+n:fm.End], lexicons.WordSend) {
			// "step up shipments of arms to X": weapons sent
			// are no attack with them; what is sent is read on.
			i += n
			continue
		}
		if framed && w < 0 && hazardAfter(sc.lex.Words, toks, fm.End) {
			// "faces the threat of floods": the harm is a hazard's, and
			// its victim no target of anyone's.
			consumed, consumedSign = max(consumed, fm.End), 0
			i += n
			continue
		}
		unmarked := framed && fm.Target < 0 && len(fm.Pattern.After) > 0 // a pattern with no target marker
		if unmarked && fm.End < len(toks) {
			// A pattern with no target marker ("* diplomatic ties"): its
			// object follows what it matched, or a preposition after it
			// ("cut diplomatic ties with X").
			fm.Target = fm.End
			if annotate.IsPreposition(toks[fm.End].Lower) {
				fm.Target++
			}
			if w > 0 && fm.Pattern.Class == lexicons.ClassConsult && topicPrepositions[toks[fm.End].Lower] {
				// "A, B hold talks on X": what a contact is about is no
				// party to it.
				fm.Target = -1
			}
			if fm.Pattern.SkipEnd || (annotate.IsLocative(toks[fm.End].Lower) || toks[fm.End].Lower == "at") && annotate.CompoundActor(fm.Pattern) {
				// "attended the conference in Bangkok": the parties of an
				// event of a compound actor are its subject; a country
				// after "in" is its place. A pattern that ends with a
				// skip ("% * talks in ^") passes over what follows.
				fm.Target = -1
			}
		}
		if unmarked && inTitle {
			if m, ok := modifierInFrame(ms, toks, i+n, fm.End); ok {
				// "US eases X sanctions": in a title's telegraphic
				// style a country's name before the pattern's noun is
				// what the act is about (running text writes
				// "sanctions on X"; its "X" before a noun is mostly a
				// place or a topic).
				fm.Target = m.Tok
			}
		}
		if framed && fm.Target >= 0 && !fm.Before && f.Stmt.Kind == record.Speech && otherActs(sc.lex.Words, ms, toks, f.Stmt.SpeakerCountry, i, n) {
			// A speech tells of another country's act ("Chile expelled
			// Peru's envoy", in a speech of Bolivia): its object is the
			// subject's target, not the speaker's; of a hostile act the
			// speaker's target is its agent, as of the acts of stance.tsv
			// (reported content keeps the reporter's stance toward the
			// object, see TestActs).
			if w < 0 {
				if m, ok := countrySubject(sc.lex.Words, ms, toks, i); ok {
					h.rule = ruleAgent
					addTargets(coordinated(ms, toks, m), h)
				}
			}
			// The words of the pattern are the subject's act too.
			consumed, consumedSign = max(consumed, fm.End), 0
			i += n
			continue
		}
		if framed && fm.Target >= 0 && fm.Before && w < 0 && f.Stmt.Kind == record.Speech {
			// "the independence of X has been taken hostage": in a
			// speech, what a hostile passive befalls is its victim, no
			// target of the speaker's; its agent after "by" is.
			if m, ok := passiveAgentAfter(ms, toks, i+n); ok {
				h.rule = ruleAgent
				addTargets(coordinated(ms, toks, m), h)
			}
			consumed, consumedSign = max(consumed, fm.End), 0
			i += n
			continue
		}
		var target []mention // the countries where the pattern says its target stands
		if framed && fm.Target >= 0 {
			target = frameTarget(ms, toks, fm)
		}
		if framed && fm.Before && annotate.CompoundActor(fm.Pattern) && len(target) > 1 && !slices.ContainsFunc(target, func(m mention) bool { return m.Code == f.Stmt.SpeakerCountry }) && !selfConjunct(toks, target[0].Tok) {
			// "X said A and B held talks", "guarded the hotel where A
			// and B held talks": the compound actor of the pattern
			// stands in the content, and the act is of its parties
			// toward each other (their own statements), not the
			// speaker's toward them.
			consumed, consumedSign = max(consumed, fm.End), 0
			i += n
			continue
		}
		if framed && fm.Target >= 0 && !(len(f.Partners) > 0 && (onlyPlaces(target) || placedAfter(toks, target))) {
			// The pattern says where its target stands (not a place of a
			// joint subject's act: "A and B troops exchanged fire near
			// an A temple" is of each toward the other; "A and B held
			// talks in C" meet in C, not with it).
			if len(target) > 0 && !slices.ContainsFunc(target, func(m mention) bool { return !placeOnly(sc.lex.Words, toks, m, w) }) {
				// The country only places what the pattern acts on: "deployed
				// troops to the X border" is no aid to X, "moved to crush the
				// Almaty unrest" no act against it.
				consumed, consumedSign = max(consumed, fm.End), 0
				i += n
				continue
			}
			if len(target) > 0 && w > 0 && fm.Pattern.Class == lexicons.ClassAid && entryInto(toks, target[0].Tok) {
				// "sent troops into X", "troops against X": forces sent
				// into a country, or against it, are an incursion, no
				// aid (CAMEO 192 weighs the same).
				h.weight, h.mod = -h.weight, "into"
			}
			if len(target) > 0 {
				h.rule = ruleFrame
				addTargets(target, h)
				if m, ok := reportedAgent(ms, toks, clause, target, i, f); ok && w < 0 && isTarget[m.Tok] {
					// "X's vessels fired rockets at a Y boat, Y's
					// coast guard said": the victim reports the act, and
					// its stance is toward the one who acted.
					a := h
					a.rule = ruleAgent
					hits[m.Code] = append(hits[m.Code], a)
				}
				// The pattern reached its target: the terms inside it are
				// its own; all of them, when it is negated ("has no plans
				// to impose sanctions on X"), unless its verb negates
				// too ("did not rule out sanctions against X" leaves
				// them in place).
				consumed, consumedSign = max(consumed, fm.End), fm.Pattern.Weight
				if negated && !ruleOut(toks, i+1) {
					consumedSign = 0
				}
				i += n
				continue
			}
		}
		if !f.Act && sc.lex.DetainedPassive(toks, i) {
			// "the release of A officers arrested in B": the people
			// before the participle are held; B holds them, and is what
			// the term speaks of.
			if m, ok := detainer(ms, toks, i); ok {
				h.rule = ruleAgent
				addTargets([]mention{m}, h)
			}
			i += n
			continue
		}
		partnered := false // the term is of each party of a joint subject toward the others
		if !thirdParty(sc.lex.Words, ms, toks, clause, i, i+n, f.Partners, f.Stmt.SpeakerCountry, inTitle) {
			partnered = addPartners(h, lt.Class == lexicons.ClassAid)
		}
		if imported {
			// An event verb of CAMEO counts only toward a country in its
			// frame: its object right after it, or its agent.
			span := n
			if framed && fm.Pattern.Code != "" && fm.End > i+n {
				// The pattern's words are its own ("stepped up criticism
				// of X"): it attaches from the end of its phrase.
				span = fm.End - i
				consumed, consumedSign = max(consumed, fm.End), fm.Pattern.Weight
			}
			attach := lt.Attach
			if framed && attach == lexicons.AttachObject && fm.Pattern.SubjectAssault() {
				// "a missile brought down the jet": a verb that is no
				// event alone is an act in a pattern of assault by its
				// subject, as cameo.tsv attaches such verbs.
				attach = lexicons.AttachAct
			}
			got, rule := sc.attach(attach, w, f.Stmt.SpeakerCountry, ms, toks, clause, i, span, termStart, hostileBefore, selfActs, regardCue)
			got = sc.dropNonAgents(got, rule, lt.Weight, toks, clause, i)
			if framed && fm.Pattern.SkipEnd && rule == ruleForward {
				got = nil // "% * talks in ^": the pattern passes over what follows it
			}
			if len(got) > 0 && rule.eventRule() && (rule != ruleForward || objectAt(toks, i+span, got[0].Tok) || appealTo(lt, fm, framed, toks, i+span, got[0].Tok)) {
				h.rule = rule
				addTargets(got, h)
			} else if subj := passiveSubject(f, ms, isTarget, clause, i); len(got) == 0 && subj != nil {
				// "a Chilean engineer was sentenced by a court in Peru":
				// the event is done to the passive's subject.
				h.rule = rulePassiveSubject
				addTargets(subj, h)
			} else if f.Act && len(f.Objects) > 0 && len(got) == 0 {
				// "A closes a border crossing after B warns …": an
				// act that reaches no country answers the one it names
				// outside its content.
				loose = append(loose, h)
			} else if len(f.About) > 0 && h.weight > 0 && len(got) == 0 {
				about = append(about, h)
			}
			i += n
			continue
		}
		if f.Stmt.Kind == record.Speech {
			// A speech tells of another country's act: its object is the
			// subject's target (see speechOtherAct).
			if got, other := speechOtherAct(sc.lex.Words, ms, toks, f.Stmt.SpeakerCountry, lt, w, clause, i, n); other {
				h.rule = ruleAgent
				addTargets(got, h)
				i += n
				continue
			}
		}
		if lt.Class == lexicons.ClassConsult && w > 0 && sc.contactByOther(f.Stmt.SpeakerCountry, ms, toks, i, n, f.Stmt.Kind != record.Speech) {
			i += n
			continue
		}
		attach, attachWeight := lt.Attach, lt.Weight
		if resolved {
			// A quarrel settled reaches its other party as a relation
			// does ("ended its dispute with X").
			attach, attachWeight = lexicons.AttachObject, w
		}
		got, rule := sc.attach(attach, attachWeight, f.Stmt.SpeakerCountry, ms, toks, clause, i, n, termStart, hostileBefore, selfActs, regardCue)
		if len(got) == 0 && lt.Weight > 0 && sc.lex.Words.Is(toks[i].Lower, lexicons.WordSympathy) {
			if m, ok := sufferer(sc.lex, ms, toks, f.Stmt.SpeakerCountry, i+n); ok {
				got, rule = coordinated(ms, toks, m), ruleSufferer
			}
		}
		if rule == ruleOthers || rule == ruleAdjacent && inTitle && sc.othersQuarrel(got, toks, i, f.Stmt.SpeakerCountry) {
			i += n
			continue
		}
		got = sc.dropNonAgents(got, rule, lt.Weight, toks, clause, i)
		if (w < 0 || received) && len(got) > 0 && !slices.ContainsFunc(got, func(m mention) bool { return m.Code != f.Stmt.SpeakerCountry }) {
			if subj := passiveSubject(f, ms, isTarget, clause, i); subj != nil {
				// "X hit by Y's import curbs": the act is the agent's
				// own, done to the passive's subject; so is what X
				// receives ("X gets Yian help").
				got, rule = subj, rulePassiveSubject
			}
		}
		if w < 0 && lt.Class == lexicons.ClassSanction && (rule == ruleAgent || rule == ruleAdjacent) {
			// "the sanctions imposed by the Security Council", "UN
			// sanctions": an organisation's measures are its members'
			// own, no hostile act the speaker holds against it (a cue
			// that condemns them still speaks to it).
			got = slices.DeleteFunc(got, func(m mention) bool { return lexicons.IsOrganisation(m.Code) })
		}
		if rule == ruleAdjacent && w > 0 && lt.Attach == lexicons.AttachObject && len(got) == 1 && toks[got[0].End-1].Poss && (hostileBefore(got[0].Tok) || got[0].Tok == 0 && f.CueTerm != nil && f.CueTerm.Evaluative && cueWeight < 0) {
			// "condemned X's support for Y", "bristled at X's aid to Y":
			// the owner's act is what the hostility is toward, no
			// cooperation of the speaker's with the owner. (What a
			// country owns, "X's sovereignty", is a noun of its own.)
			i += n
			continue
		}
		if contact && rule == ruleForward {
			got = slices.DeleteFunc(got, func(m mention) bool {
				// Contact is not with what it owns, nor with where it is
				// held ("met negotiators in X"), nor with a country's
				// people ("hosts X refugees").
				return sc.ownedThing(ms, toks, m) || sc.lex.Place(toks, m) || sc.peopleOf(toks, m)
			})
		}
		if len(got) > 0 && h.weight > 0 && len(f.Objects) > 0 && !slices.ContainsFunc(got, func(m mention) bool { return m.Code != f.Stmt.SpeakerCountry }) {
			// "urged Chile to work closely with Lima": cooperation with
			// the speaker asked of the addressee is toward the addressee.
			h.weight *= 0.5
			h.rule = ruleAddressee
			for _, code := range f.Objects {
				hits[code] = append(hits[code], h)
			}
		} else if len(got) > 0 {
			// Only targets count: a term that speaks about the speaker's own
			// country or about a place is spent on it.
			h.rule = rule
			addTargets(got, h)
		} else if lt.Attach == lexicons.AttachPrep && i+n < len(toks) && toks[i+n].Word && !toks[i+n].Cap && !annotate.IsDeterminer(toks[i+n].Lower) {
			// "cooperation against piracy": a preposition whose object
			// is a common noun speaks of it, of no country.
		} else if len(f.Objects) > 0 && !(f.Stmt.Kind != record.Speech && sc.namedObjectAt(ms, toks, i+n)) {
			// The addressee or the country the statement refers to
			// ("Asked about X, the minister said: \"They cannot be
			// trusted\""): toward it at half weight (spreadLoose); not
			// a term whose object is a name of no country ("told Y it
			// would fight Islamic State"), outside a speech, whose
			// house style capitalises common nouns ("the colonial
			// Power", "the occupied Territories").
			loose = append(loose, h)
		} else if len(f.About) > 0 && h.weight > 0 {
			// "Peru floods: Chile pledges aid": the title is about Peru.
			about = append(about, h)
		} else if subj := passiveSubject(f, ms, isTarget, clause, i); subj != nil {
			// "X receives a phone call from Y", "X was shelled by Y", "X
			// was welcomed to Lima by Y": what the agent does is done to
			// the subject.
			h.rule = rulePassiveSubject
			addTargets(subj, h)
		} else if selfJoint && w > 0 && (h.mutual || theirBefore(toks, i) || wordOverLower(toks, i, "our", 3)) {
			// "Bolivia and X signed a border agreement", "… have
			// deepened their cooperation along the border", "Bolivia
			// and X share a river, and our cooperation grows", said by
			// Bolivia: what the two made or share is with each other.
			h.rule = ruleJointSubject
			addTargets([]mention{selfPartner}, h)
		} else if !f.Act && !partnered && f.Stmt.Kind != record.Speech && f.Stmt.SpeakerCountry != "" {
			// A report of a country's side with no rule to attach the
			// term: see soleTarget. What the parties of a joint subject
			// agree with each other ("A and B agreed to deepen
			// cooperation, … a counterweight to C's influence") is not
			// toward a third country named beside it.
			soleTarget(h, n)
		} else if f.Act && i > 0 && sc.lex.Words.Is(toks[i-1].Lower, lexicons.WordNonState) {
			// "X's leader flees as protesters storm the palace": the
			// act of people who act for themselves (words.tsv
			// nonstate), no act of the speaker's toward anyone.
		} else if f.Act && !partnered && !(lt.Attach == lexicons.AttachPredicate && copulaOpens(toks)) && !namedSubjectAt(toks, ms, i) {
			// An adjective that a copula opening the act says of its
			// subject ("X | was irresponsible over Y") is said of the
			// speaker: it colours nothing else.
			// No country in reach: the term colours its clause of the
			// statement, at half weight ("X denies the charges; a war
			// rages in Y": the second clause is no act of X toward Y),
			// unless a name of no country is its subject
			// (namedSubjectAt).
			// What the parties of a joint subject do with each other
			// ("A, B swap prisoners in a C-brokered exchange") is not
			// toward a third country named beside it.
			h.weight *= 0.5
			h.rule = ruleStatement
			for _, m := range targets {
				if h.weight > 0 && sc.lex.Place(toks, m) {
					// "sign a peace deal in X": cooperation in a place is
					// not with it ("blockades in X" are toward X).
					continue
				}
				if lexicons.IsOrganisation(m.Code) && venueBefore(toks, m.Tok) {
					// "lodges complaint against X at UN": the body
					// where the act is done is its venue, no party.
					continue
				}
				if h.weight < 0 && passiveVictim(toks, m, hostileAt) {
					continue // "X nationals were killed in the raid": victims
				}
				if clause[m.Tok] == clause[i] && !hitAtTok(hits[m.Code], i) {
					hits[m.Code] = append(hits[m.Code], h)
				}
			}
		}
		i += n
	}
	// A demand made of a country (demand.go).
	var asked []string // the countries a demand is made of
	if !denied && !f.Negated {
		for _, d := range sc.demands(f, ms, toks[:end], hostileAt) {
			hits[d.code] = append(hits[d.code], d.hit)
			asked = append(asked, d.code)
		}
	}
	// An evaluative cue ("denounced X", "praised Tehran, Moscow and
	// Damascus") speaks to the first target after it and those listed with
	// it.
	for _, code := range f.Objects {
		// The addressee or the pronoun's country: the evaluative cue, and
		// the terms that reached no country, at half weight.
		if f.CueTerm != nil && f.CueTerm.Evaluative && cueWeight != 0 {
			hits[code] = append(hits[code], hit{label: strings.Join(f.CueTerm.Words, " "), weight: cueWeight, mod: cueMod, rule: ruleCueObject, tok: -1})
		} else if f.Rule == extract.RuleAppraisal && !f.Negated && sc.lex.Words.CueIs(f.CueTerm, lexicons.WordDeny) {
			// "A accused B of …, a charge B denied": a rebuttal of
			// the one who charged, as "denied A's claims" is.
			hits[code] = append(hits[code], hit{label: strings.Join(f.CueTerm.Words, " "), weight: rebuttal, rule: ruleCueObject, tok: -1})
		}
		hits[code] = spreadLoose(hits[code], loose, ruleAddressee)
	}
	for _, code := range f.About {
		// The country a title's topic label names: the cooperative cue
		// ("congratulates winner") and the cooperation that reached no
		// country, at half weight.
		if f.CueTerm != nil && f.CueTerm.Evaluative && cueWeight > 0 && len(targets) == 0 {
			hits[code] = append(hits[code], hit{label: strings.Join(f.CueTerm.Words, " "), weight: 0.5 * cueWeight, mod: cueMod, rule: ruleTopic, tok: -1})
		}
		hits[code] = spreadLoose(hits[code], about, ruleTopic)
	}
	if denied {
		if authored && isTarget[author.Tok] && f.CueTerm.Evaluative && f.CueTerm.Weight != 0 {
			hits[author.Code] = append(hits[author.Code], hit{label: strings.Join(f.CueTerm.Words, " "), weight: f.CueTerm.Weight, rule: ruleCue, tok: -1})
		} else if authored && isTarget[author.Tok] && f.CueTerm.Weight == 0 && sc.lex.Words.Is(f.CueTerm.Words[0], lexicons.WordDeny) {
			// "denied Xian claims that …": contradicting X's report
			// is a rebuttal of X.
			hits[author.Code] = append(hits[author.Code], hit{label: strings.Join(f.CueTerm.Words, " "), weight: rebuttal, rule: ruleCue, tok: -1})
		}
	} else if f.CueTerm != nil && f.CueTerm.Evaluative && cueWeight != 0 && len(targets) > 0 && len(f.Objects) == 0 {
		first, ok := agentAfterVictim(sc.lex.Words, toks, targets, hostileEnd)
		if ok && docRejected >= 0 && first.Tok >= docRejected {
			// "rejected a resolution condemning X": the cue turns down
			// the document, not X.
			ok = false
		}
		if ok && cueWeight > 0 && quarrelPartner(sc.lex.Words, toks, first) {
			// "hails the ruling in its dispute with X": what is praised
			// is no country's, and X is the other side of a quarrel.
			ok = false
		}
		if ok && cueWeight < 0 && conflictBetween(sc.lex.Words, toks, first, hostileEnd) {
			// "warned that a war between X and Y would …": the warning
			// is of the conflict, no hostility toward its sides.
			ok = false
		}
		h := hit{label: strings.Join(f.CueTerm.Words, " "), weight: cueWeight, mod: cueMod, rule: ruleCue, tok: -1}
		if cueMod == "" && sc.lex.GreetsVisitor(f.CueTerm, toks) {
			// "welcomed the Chilean president to the palace": a visit
			// hosted, the host's contact (in a title of each side too:
			// reciprocal).
			host := sc.lex.Host()
			h.label, h.weight, h.mutual, h.oneSided = host.Label, host.Weight, true, true
		}
		for _, m := range coordinated(ms, toks, first) {
			if ok && isTarget[m.Tok] {
				hits[m.Code] = append(hits[m.Code], h)
			}
		}
	} else if f.CueTerm != nil {
		// A communicative cue that is itself a stance term ("agreed",
		// "pledged") colours the whole statement.
		ct := make([]token, len(f.CueTerm.Words))
		for k, w := range f.CueTerm.Words {
			ct[k] = token{Text: w, Lower: w, Word: true}
		}
		if lt, n := sc.lex.TermAt(ct, 0); n > 0 {
			w, mod := lt.Weight, ""
			if f.Negated {
				w, mod = negatedWeight(sc.lex.Words, w, "not"), "negated"
			}
			if w != 0 && sc.lex.Words.Is(ct[0].Lower, lexicons.WordRecognise) && secessionAfter(sc.lex.Words, toks, 0) {
				// "recognises breakaway regions of X"; "will not
				// recognise" them upholds X.
				w, mod = -w, strings.TrimSpace(mod+" secession")
			}
			// A participle clause after a comma ("…, recalling its war
			// with X") is an act of the subject's own, not what the cue
			// takes: its countries get no colour of the cue.
			to := codes(mentionsBefore(targets, participleClause(toks)))
			contact := sc.lex.Contact(lt, annotate.FrameMatch{}, false)
			if jointPledge || lt.Class == lexicons.ClassAgree || contact || sc.lex.Words.Fight(ct[0].Lower, w) {
				// A joint subject shares what is mutual ("A and B
				// agreed"), not a one-way cue ("A and B condemned the
				// raid" is no stance of A toward B).
				if len(f.Partners) > 0 && lt.Class == lexicons.ClassAgree && w > 0 {
					// What a joint subject agrees on is between its
					// partners ("A, B agree on new C patrols"): a third
					// country gets the terms of its own, not the cue.
					to = to[:0]
				}
				to = append(to, f.Partners...)
			}
			for _, code := range to {
				if w > 0 && slices.ContainsFunc(hits[code], func(h hit) bool { return h.weight < 0 && h.rule == ruleObjectOfAct }) {
					// "agreed new sanctions on X": what is agreed is the
					// speaker's act against X, no agreement with X.
					continue
				}
				// A cue of contact ("discussed … with X") is mutual as its
				// term is: of each party in a title or for talks, the
				// speaker's act in a sentence (reciprocal).
				hits[code] = append(hits[code], hit{label: lt.Label, weight: w, mod: mod, rule: ruleCue, tok: -1, mutual: contact && w > 0,
					oneSided: contact && lt.Class != lexicons.ClassAgree})
			}
		}
	}
	var thankedFor *annotate.Term // the act of the one praised, toward the speaker (praisedAct)
	if f.CueTerm != nil && f.CueTerm.Evaluative && cueWeight > 0 && len(targets) > 0 {
		// "thanked X for sending police to restore order": the reason
		// of praise is X's act, praised; its hostile words are no
		// hostility of the speaker toward X.
		if r := reasonFor(toks, targets[0]); r > 0 {
			for _, m := range coordinated(ms, toks, targets[0]) {
				hits[m.Code] = slices.DeleteFunc(hits[m.Code], func(h hit) bool { return h.weight < 0 && h.tok > r })
			}
			thanks := f.Stmt.Kind != record.Speech && strings.HasPrefix(f.CueTerm.Words[0], "thank")
			thankedFor = praisedAct(sc.lex, ms, toks, hitAt, clause, r, targets[0], f.Stmt.SpeakerCountry, thanks)
		}
	}
	if thankedFor == nil && f.Stmt.Kind == record.Speech && len(targets) > 0 && thanksBefore(sc.lex.Words, toks, targets[0]) {
		// "We are grateful to X for its support in training our police",
		// "… to X and Y, which opened their hospitals to our wounded":
		// the act a delegation thanks countries for is theirs, toward
		// the delegation (praisedAct).
		r := reasonFor(toks, targets[0])
		if r < 0 {
			r = relativeAfter(toks, coordinated(ms, toks, targets[0]))
		}
		if r > 0 {
			thankedFor = praisedAct(sc.lex, ms, toks, hitAt, clause, r, targets[0], f.Stmt.SpeakerCountry, false)
		}
	}
	if f.Stmt.Kind == record.Speech && len(targets) > 0 && sc.praisedBefore(toks, targets[0]) {
		// "We commend X for its air strikes against the rebels": in a
		// speech, the reason of praise is X's act, praised; its hostile
		// words are no hostility of the delegation toward X (as a cue
		// of praise reads them: reasonFor above).
		if r := reasonFor(toks, targets[0]); r > 0 {
			for _, m := range coordinated(ms, toks, targets[0]) {
				hits[m.Code] = slices.DeleteFunc(hits[m.Code], func(h hit) bool { return h.weight < 0 && h.tok > r })
			}
		}
	}
	if f.Rule == extract.RuleTitleVisit {
		// "Boric in Lima, …": the visit is contact with the host (CAMEO
		// 042, as "visit" weighs in stance.tsv), of each toward the other.
		for _, m := range targets {
			hits[m.Code] = append(hits[m.Code], hit{label: "visit (in " + m.Code + ")", weight: visitWeight, rule: ruleHost, tok: m.Tok, mutual: true})
		}
	}
	for _, code := range requested {
		// "air strikes in X at X's request": the act is not against the
		// one who asked for it.
		hits[code] = slices.DeleteFunc(hits[code], func(h hit) bool { return h.weight < 0 })
	}
	{
		// "the embargo imposed against X must be lifted", "the blockade
		// of X": in a speech, the victim of a hostile act the delegation
		// tells of, with no word of the delegation's own toward it, has
		// its sympathy (ruleVictim). An act the speaker asks to be
		// imposed or kept ("sanctions against X must be maintained") has
		// its victim as the target, in any statement (ruleAdvocated).
		speech := f.Stmt.Kind == record.Speech
		for _, m := range targets {
			// Only a statement's colour reached it: the act asked for
			// may still decide ("said he supported sanctions against X").
			coloured := !speech && len(hits[m.Code]) > 0 && !slices.ContainsFunc(hits[m.Code], func(h hit) bool { return h.rule != ruleStatement })
			if len(hits[m.Code]) > 0 && !coloured || m.Code == f.Stmt.SpeakerCountry || !isTarget[m.Tok] || m.Kind == annotate.ByPlace {
				continue
			}
			j := hostileVictim(sc.lex.Words, toks, hitAt, m, hostileBefore, hostileEnd)
			if j < 0 {
				j = sc.undergoneAfter(toks, clause, hitAt, m) // "X is the victim of Y's aggression"
			}
			if j >= 0 && negatorBefore(toks, j) < 0 && !sc.lex.Words.Fight(toks[j].Lower, hitAt[j].lt.Weight) {
				// Not when the act is denied ("never any aggression
				// against X") or a fight of two ("fighting against X").
				if j < m.Tok && (sustainedAfter(sc.lex.Words, toks, m.End) || advocatedBefore(sc.lex.Words, toks, hitAt, j, speech)) {
					// "sanctions against X must be strengthened": the
					// delegation asks for the act.
					hits[m.Code] = append(hits[m.Code][:0], hit{label: hitAt[j].lt.Label, weight: hitAt[j].lt.Weight, rule: ruleAdvocated, tok: j})
					continue
				}
				if !speech || coloured {
					continue
				}
				hits[m.Code] = append(hits[m.Code], hit{label: "sympathy", weight: victimWeight, rule: ruleVictim, tok: m.Tok})
			}
		}
	}
	// A joint subject that makes or starts a work together (words.tsv
	// build: "A and B inaugurate a rail link", "A, B launch an economic
	// corridor") cooperates, each with the others, when no term of the
	// statement is hostile and no other term reached the partner.
	if cue := strings.ToLower(f.Stmt.Cue); len(f.Partners) > 0 && f.Act && sc.lex.Words.Is(cue, lexicons.WordBuild) {
		hostile := false
		for k := 0; k < len(toks) && !hostile; k++ {
			hostile = hostileAt(k)
		}
		for _, code := range f.Partners {
			if !hostile && len(hits[code]) == 0 {
				hits[code] = append(hits[code], hit{label: cue, weight: buildWeight, rule: ruleJointSubject, tok: -1})
			}
		}
	}
	var out []record.Stance
	all := codes(targets)
	// dropHits drops the hits drop reports from those of each code of
	// codes, and the code when none is left; not of a partner or the
	// addressee ("A and B soldiers exchanged fire near a B temple").
	dropHits := func(codes []string, drop func(hit) bool) {
		for _, code := range codes {
			if slices.Contains(f.Partners, code) || slices.Contains(f.Objects, code) {
				continue
			}
			if hits[code] = slices.DeleteFunc(hits[code], drop); len(hits[code]) == 0 {
				all = slices.DeleteFunc(all, func(c string) bool { return c == code })
			}
		}
	}
	// A country named by a city or region alone ("shelled Kharkiv"):
	// only a hostile act befalls it, as the act's object or scene. A
	// visit to a city or aid sent there is no contact with its state; a
	// city is no agent, and a word that reached it only through the
	// whole statement is none toward its state.
	dropHits(onlyWhere(targets, func(m mention) bool { return m.Kind == annotate.ByPlace }), func(h hit) bool { return h.weight >= 0 || !h.rule.befallsPlace() })
	// A country named only in what an act happens amid ("A, B sign a
	// pact amid X concerns") is no party to a cooperation; a hostile act
	// may be over it ("expels envoy amid X row").
	dropHits(onlyWhere(targets, func(m mention) bool { return inAmid(toks, clause, m) }), func(h hit) bool { return h.weight >= 0 })
	for _, p := range append(append(append([]string{}, f.Partners...), f.Objects...), asked...) {
		if !slices.Contains(all, p) {
			all = append(all, p)
		}
	}
	for _, p := range f.About {
		if len(hits[p]) > 0 && !slices.Contains(all, p) {
			all = append(all, p) // only with cooperation toward it
		}
	}
	sort.Strings(all)
	if len(all) == 0 && len(requested) == 0 {
		return nil // cdipaolo's model is run only for a statement with a stance
	}
	gs := sc.generalSentiment(f.Stmt.Text)
	for _, code := range all {
		hs := specific(hits[code])
		hits[code] = hs
		score, conf, ev := scoreHits(hs)
		if sc.blend != 0 && len(hs) > 0 && !math.IsNaN(gs) {
			score = math.Max(-1, math.Min(1, score+sc.blend*gs))
			ev = append(ev, fmt.Sprintf("general_sentiment%+.2f blend", sc.blend*gs))
		}
		// Four decimals, as stances.csv writes them: the run, its Parquet
		// tables and stance aggregate (from either) then count the same
		// numbers, and the label follows the number written.
		score, conf = record.RoundScore(score), record.RoundScore(conf)
		out = append(out, record.Stance{
			StatementID: f.Stmt.ID, DocID: f.Stmt.DocID, Date: f.Stmt.Date,
			Speaker: f.Stmt.Speaker, SpeakerCountry: f.Stmt.SpeakerCountry, TargetCountry: code,
			Score: score, Label: LabelOf(score), Confidence: conf, Evidence: ev, GeneralSentiment: record.RoundScore(gs),
		})
	}
	out = append(out, sc.compoundTails(out, targets, toks, f.Stmt.SpeakerCountry)...)
	partner := ""
	if selfJoint {
		partner = selfPartner.Code
	}
	out = append(out, reciprocal(sc.lex.Words, out, hits, f, toks, partner)...)
	if thankedFor != nil {
		// "A thanks B for sending aid": B's act, toward A.
		h := hit{label: strings.Join(thankedFor.Words, " ") + " (the act thanked for)", weight: thankedFor.Weight, rule: ruleAgent, tok: -1}
		score, conf, ev := scoreHits([]hit{h})
		score = record.RoundScore(score)
		thanked := []string{targets[0].Code}
		if f.Stmt.Kind == record.Speech {
			// "grateful to X and Y, which …": each did the act.
			thanked = codes(coordinated(ms, toks, targets[0]))
		}
		for _, code := range thanked {
			if code == f.Stmt.SpeakerCountry {
				continue
			}
			out = append(out, record.Stance{
				StatementID: f.Stmt.ID, DocID: f.Stmt.DocID, Date: f.Stmt.Date,
				Speaker: code, SpeakerCountry: code, TargetCountry: f.Stmt.SpeakerCountry,
				Score: score, Label: LabelOf(score), Confidence: record.RoundScore(conf),
				Evidence: ev, GeneralSentiment: record.RoundScore(gs),
			})
		}
	}
	for _, code := range requested {
		// "Peru sent troops to Bolivia at La Paz's request": the one who
		// asked for the act welcomes it.
		h := hit{label: "request", weight: requestWeight, rule: ruleAgent, tok: -1}
		score, conf, ev := scoreHits([]hit{h})
		score = record.RoundScore(score)
		out = append(out, record.Stance{
			StatementID: f.Stmt.ID, DocID: f.Stmt.DocID, Date: f.Stmt.Date,
			Speaker: code, SpeakerCountry: code, TargetCountry: f.Stmt.SpeakerCountry,
			Score: score, Label: LabelOf(score), Confidence: record.RoundScore(conf),
			Evidence: append([]string{"asked for the act of " + f.Stmt.SpeakerCountry}, ev...), GeneralSentiment: record.RoundScore(gs),
		})
	}
	return out
}

// pairAfter reports whether a hyphen compound of two countries ("A-B")
// stands at toks[j] or after at most two lower-case words ("fresh A-B
// talks"), and returns the index after it and after the talks it
// qualifies.
func (sc *Scorer) pairAfter(toks []token, j int) (int, bool) {
	for k := j; k < len(toks) && k <= j+2 && toks[k].Word; k++ {
		if sc.lex.Countries.HyphenTail(toks[k]) != "" {
			// The talks it qualifies are the pair's too ("A-B border
			// talks").
			for e := k + 1; e < len(toks) && e <= k+3 && toks[e].Word && !toks[e].Cap; e++ {
				if sc.lex.Words.Is(toks[e].Lower, lexicons.WordTalks) {
					return e + 1, true
				}
			}
			return k + 1, true
		}
		if toks[k].Cap {
			break
		}
	}
	return 0, false
}

// othersQuarrel reports whether the noun of a quarrel at toks[i]
// (words.tsv quarrel: "dispute", "row", "tensions") is qualified by a
// hyphen compound of two countries, got[0], neither the speaker's ("calls
// for calm in A-B dispute"): the quarrel is the pair's, and says nothing
// of the speaker's stance toward either. Titles only: in speeches,
// where a delegation that speaks of others' quarrel takes a side often
// enough, leaving it out lowered the UN validation (0.4606 → 0.4575), and
// in the statements they report, a little (even years 0.4655 → 0.4654).
func (sc *Scorer) othersQuarrel(got []mention, toks []token, i int, self string) bool {
	if len(got) == 0 || !sc.lex.Words.Is(toks[i].Lower, lexicons.WordQuarrel) {
		return false
	}
	m := got[0]
	if m.End != m.Tok+1 || m.Code == self {
		return false
	}
	y := sc.lex.Countries.HyphenTail(toks[m.Tok])
	return y != "" && y != self
}

// compoundTails returns, for each target named by a hyphen compound of
// two countries of one word each ("Ankara-Tripoli", "Saudi-Iran"), the
// stance toward the first given to the second too: the words before and
// after the compound attach to its first country's mention, and the
// compound names both ("slammed the Ankara-Tripoli deal"). None for a
// second country that is the speaker's or has a stance of its own.
func (sc *Scorer) compoundTails(out []record.Stance, targets []mention, toks []token, self string) []record.Stance {
	var add []record.Stance
	for _, m := range targets {
		var y string
		switch {
		case m.End == m.Tok+1:
			y = sc.lex.Countries.HyphenTail(toks[m.Tok])
		case strings.Contains(toks[m.End-1].Text, "-"):
			y = sc.lex.Countries.TailOf(toks[m.End-1]) // "South Korea-US"
		}
		has := func(s record.Stance) bool { return s.TargetCountry == y && s.SpeakerCountry == self }
		if y == "" || y == self || slices.ContainsFunc(out, has) || slices.ContainsFunc(add, has) {
			continue
		}
		for _, s := range out {
			if s.TargetCountry == m.Code && s.SpeakerCountry == self {
				s.TargetCountry = y
				s.Evidence = append(slices.Clip(s.Evidence), "as toward "+m.Code+", named with it in "+toks[m.End-1].Text)
				add = append(add, s)
				break
			}
		}
	}
	return add
}

// reasonFor returns the index of the "for" that gives the reason of an
// evaluative cue after its object m ("thanked X for sending …", "praised
// X for its role in …"): within three words after the object; -1 when
// there is none.
func reasonFor(toks []token, m mention) int {
	for k := m.End; k < len(toks) && k <= m.End+3; k++ {
		if toks[k].Lower == "for" && k+1 < len(toks) {
			return k
		}
		if !toks[k].Word {
			return -1
		}
	}
	return -1
}

// thanksBefore reports whether a word of thanks (words.tsv class thanks)
// stands right before the country mention m, over "to" and the words
// that name its government or people ("thank X", "grateful to the
// Government of X").
func thanksBefore(words annotate.WordClasses, toks []token, m mention) bool {
	return thankedAt(toks, m, func(k int) (bool, bool) {
		thanks := words.Is(toks[k].Lower, lexicons.WordThanks)
		return thanks, thanks
	})
}

// praisedBefore reports whether the delegation's own verb of praise (an
// evaluative cue of positive weight after "we" or "I", an adverb
// between: "we commend", "we warmly congratulate") or a word of thanks
// stands right before the country mention m, as for thanksBefore ("we
// commend the Government of X"). Another's praise is left out ("no
// delegation would defend X for …").
func (sc *Scorer) praisedBefore(toks []token, m mention) bool {
	return thankedAt(toks, m, func(k int) (bool, bool) {
		if sc.lex.Words.Is(toks[k].Lower, lexicons.WordThanks) {
			return true, true
		}
		if c := sc.lex.CueAt(toks, k); c != nil && c.Evaluative && c.Weight > 0 {
			s := annotate.SkipAdverbials(toks, k)
			return s > 0 && (toks[s-1].Lower == "we" || toks[s-1].Lower == "i"), true
		}
		return false, false
	})
}

// thankedAt walks back from the country mention m over "to", the words
// that name its government or people and determiners (thankedName),
// five words at most, and returns what at says of the first other word:
// at reports, for toks[k], the answer and whether it is found there.
func thankedAt(toks []token, m mention, at func(k int) (ok, found bool)) bool {
	for k := m.Tok - 1; k >= 0 && k >= m.Tok-5; k-- {
		if ok, found := at(k); found {
			return ok
		}
		if !thankedName[toks[k].Lower] && !annotate.IsDeterminer(toks[k].Lower) {
			return false
		}
	}
	return false
}

// thankedName are the words between thanks and the country thanked.
var thankedName = map[string]bool{"to": true, "of": true, "government": true, "people": true}

// relativeAfter returns where the relative clause that follows the
// countries ms (a list) starts, at its pronoun after a comma ("X and Y,
// which opened …"), or -1: in a speech the reason of thanks.
func relativeAfter(toks []token, ms []mention) int {
	end := 0
	for _, m := range ms {
		end = max(end, m.End)
	}
	if end+1 < len(toks) && toks[end].Text == "," && (toks[end+1].Lower == "which" || toks[end+1].Lower == "who") {
		return end + 1
	}
	return -1
}

// praisedAct returns the cooperative act that the reason of praise after
// toks[r] ("thanked X for sending troops", "praised X for opening its
// borders") names, when X, the one praised, did it toward the speaker's
// country: a term of positive weight in the reason's clause that takes
// an object (no adjective or noun said of the act), or a verb
// of sending (what one is thanked for sending is help), and no
// other country named after the reason but the speaker's own; nil when
// there is none. Thanks (thanks: the cue thanks, outside a speech) are
// for a deed done for the one who thanks, whatever its words: a verb in
// -ing right after "for" ("thanked X for opening its borders to our
// refugees") is help, as a verb of sending is, unless it names a meeting
// X held for others (hostingGerunds).
func praisedAct(lex *annotate.Lexicon, ms []mention, toks []token, hitAt []termHit, clause []int, r int, praised mention, self string, thanks bool) *annotate.Term {
	if self == "" || praised.Code == self {
		return nil
	}
	for _, m := range ms {
		if m.Tok > r && m.Code != self && m.Code != praised.Code {
			return nil // "thanked X for helping Y": toward Y
		}
	}
	for k := r + 1; k < len(toks) && k <= r+4 && clause[k] == clause[r]; k++ {
		if toks[k].Lower == "and" {
			break // "for their briefings and stand with them": the reason ends
		}
		if promiseWords[toks[k].Lower] {
			return nil // "thanked X for its promise of support": not done yet
		}
		if h := hitAt[k]; h.n > 0 && h.lt.Weight > 0 && h.lt.Attach != lexicons.AttachPredicate && h.lt.Attach != lexicons.AttachNoun && h.lt.Class != lexicons.ClassConsult {
			if servedCause(toks, k+h.n) {
				return nil // "for its support for a negotiated outcome": of a cause, not toward the speaker
			}
			return h.lt // an act, not a word said of one ("for holding peaceful elections"), nor contact or mediation between others
		}
		if lex.Words.Is(toks[k].Lower, lexicons.WordSend) {
			return lex.SendAid() // "for sending troops": what is thanked for is help
		}
		if lt, n, fm := lex.PatternVerbAt(toks, clause, k, nil); n > 0 && fm.Pattern.Weight > 0 {
			t := *lt // a CAMEO verb that is an act in its pattern: "which opened their hospitals to"
			t.Weight = fm.Pattern.Weight
			return &t
		}
	}
	if g := r + 1; thanks && g < len(toks) && toks[g].Word && !toks[g].Cap && strings.HasSuffix(toks[g].Lower, "ing") && len(toks[g].Lower) > 5 && !hostingGerunds[toks[g].Lower] {
		t := *lex.SendAid() // help, named by its own verb
		t.Words = []string{toks[g].Lower}
		return &t
	}
	return nil
}

// servedCause reports whether "for" or "of" at toks[k] opens the cause an
// act serves, a common noun phrase ("support for a negotiated outcome"),
// not the speaker ("support for our candidacy") nor a country named.
func servedCause(toks []token, k int) bool {
	if k+1 >= len(toks) || toks[k].Lower != "for" && toks[k].Lower != "of" {
		return false
	}
	next := toks[k+1]
	switch next.Lower {
	case "our", "us", "my", "me":
		return false
	}
	return next.Word && !next.Cap
}

// hostingGerunds name a meeting one holds for others: what a country is
// thanked for hosting or chairing is no deed toward the one who thanks.
var hostingGerunds = map[string]bool{"hosting": true, "organizing": true, "organising": true, "convening": true, "chairing": true,
	"presiding": true, "holding": true, "preparing": true, "arranging": true, "facilitating": true}

// promiseWords name an act to come, not one done: what one is thanked
// for promising is no act toward the one who thanks yet.
var promiseWords = map[string]bool{"promise": true, "promises": true, "promising": true, "pledge": true, "pledges": true,
	"offer": true, "offers": true, "commitment": true, "commitments": true, "readiness": true, "willingness": true}

// termHit is the lexicon term at a token and its length in tokens.
type termHit struct {
	lt *annotate.Term
	n  int
}

// scratch holds the per-token slices of one Score call, reused across
// statements (Scorer.scratch): nothing in them outlives the call.
type scratch struct {
	hitAt            []termHit
	clause           []int
	starts, isTarget []bool
	evaluated        []evaluation
}

// evaluation is what evaluatedBefore found for a term, once read.
type evaluation struct {
	done, ok, near bool
	w              float64
}

// reset sizes the slices for n tokens, zeroed.
func (sx *scratch) reset(n int) {
	sx.hitAt = slices.Grow(sx.hitAt[:0], n)[:n]
	clear(sx.hitAt)
	sx.clause = slices.Grow(sx.clause[:0], n)[:n]
	clear(sx.clause)
	sx.starts = slices.Grow(sx.starts[:0], n)[:n]
	clear(sx.starts)
	sx.isTarget = slices.Grow(sx.isTarget[:0], n)[:n]
	clear(sx.isTarget)
	sx.evaluated = slices.Grow(sx.evaluated[:0], n)[:n]
	clear(sx.evaluated)
}

// evaluatedBefore returns the weight of an evaluative verb (a cue of
// evaluation in cues.tsv that is a term of the same sign: condemn,
// deplore, welcome, commend) whose object the term at toks[i] heads, and
// whether there is one (ok). Over seven words and commas at most, the
// term may be last in a list ("condemn the sale, supply and transfer of
// arms to X"): a condemnation reaches it so. A praise reaches only a
// term it is near to: a determiner and two lower-case words at most
// between and no comma ("welcome the peace agreement"). (Lists of praised
// nouns, "support the unity, sovereignty and independence of X", lowered
// the UN validation, even years 0.4220 → 0.4215.) Terms that qualify the
// noun may stand between ("deplore the close alliance"), no negator.
func (sc *Scorer) evaluatedBefore(toks []token, hitAt []termHit, i int) (w float64, ok, near bool) {
	comma := false
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		if h := hitAt[j]; h.n > 0 {
			if j+h.n > i || h.lt.Weight == 0 {
				return 0, false, false
			}
			c := sc.lex.CueAt(toks, j)
			if c == nil && h.lt.Attach != lexicons.AttachObject && toks[j].Word && !toks[j].Cap {
				continue // a term that qualifies the noun: "the peace agreement"
			}
			ok := h.lt.Attach == lexicons.AttachObject && c != nil && c.Evaluative && c.Weight*h.lt.Weight > 0
			return h.lt.Weight, ok, ok && !comma && j >= i-4
		}
		t := toks[j]
		if t.Text == "," {
			comma = true
			continue
		}
		if !t.Word || t.Cap || annotate.IsNegator(t.Lower) || annotate.IsPreposition(t.Lower) {
			return 0, false, false
		}
	}
	return 0, false, false
}

// opposedAfter reports whether the term at toks[i] is the object of a
// hostile predicate term ending in a preposition before it, with at most
// two lower-case words between ("not serious about | restoring ties",
// "not committed to | better relations"): what the subject lacks, no
// cooperation. (With every hostile term, "a threat to | peace" too, the
// UN validation fell 0.4059 → 0.4052.)
func opposedAfter(toks []token, hitAt []termHit, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if annotate.IsPreposition(toks[j].Lower) || toks[j].Lower == "to" {
			for s := j; s >= 0 && s >= j-5; s-- {
				if h := hitAt[s]; h.n > 0 && s+h.n-1 == j {
					return h.lt.Weight < 0 && h.lt.Attach == lexicons.AttachPredicate
				}
			}
			return false
		}
		if !toks[j].Word || toks[j].Cap {
			return false
		}
	}
	return false
}

// attributive reports whether the predicate term lt at toks[i:i+n]
// modifies the noun after it, a determiner before it ("support the
// legitimate rights of the X people", "our brotherly ties"): it is part
// of the noun phrase, no term that governs the countries after it.
func attributive(toks []token, i int, lt *annotate.Term, n int) bool {
	if lt.Attach != lexicons.AttachPredicate || i == 0 || i+n >= len(toks) {
		return false
	}
	next := toks[i+n]
	return annotate.IsDeterminer(toks[i-1].Lower) && next.Word && !next.Cap && !annotate.IsPreposition(next.Lower)
}

// resolvedWeight is the weight of a quarrel settled: CAMEO 08 (yield,
// settle a dispute), weighed as stance.tsv's CONCILIATE rows.
const resolvedWeight = 0.4

// quarrelTerm reports whether the term lt, whose first word is first, is
// a quarrel (words.tsv class quarrel): by its first word, or for a term
// of several words by its last ("trade war"). A fight is no quarrel to
// settle ("ended the war in X" is no agreement of X's).
func quarrelTerm(words annotate.WordClasses, lt *annotate.Term, first string) bool {
	if len(lt.Words) > 1 {
		return words.Is(lt.Words[len(lt.Words)-1], lexicons.WordQuarrel)
	}
	return lt.Class != lexicons.ClassFight && words.Is(first, lexicons.WordQuarrel)
}

// resolvedBefore reports whether a verb of settling (words.tsv resolve)
// stands in the five words (or hyphens) before the quarrel noun at toks[i], over
// determiners, possessives and lower-case modifiers ("ended their
// long-running border dispute", "defused tensions"), not negated.
func resolvedBefore(words annotate.WordClasses, toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		t := toks[k]
		if !t.Word && t.Text != "-" {
			return false
		}
		if words.Is(t.Lower, lexicons.WordResolve) {
			return negatorBefore(toks, k) < 0
		}
		if t.Cap && !t.Poss {
			return false
		}
	}
	return false
}

// refusedContactWeight is the weight of contact turned down: CAMEO 12
// (reject), weighed as the REJECT rows of stance.tsv weigh a rejection.
const refusedContactWeight = -0.3

// refusedContact reports whether toks[k], the negator of a term of
// contact, turns it down: "out" of "rule out", "off" of "call off", or a
// verb of rejection (words.tsv reject: "refused talks", "rejected a
// meeting"). Other negators ("did not meet X", "has never visited X",
// "put off its visit") tell what did not happen or was delayed, at
// negatedWeight's half weight.
func refusedContact(words annotate.WordClasses, toks []token, k int) bool {
	switch neg := toks[k].Lower; neg {
	case "out":
		return true
	case "off":
		return k > 0 && strings.HasPrefix(toks[k-1].Lower, "call")
	default:
		return words.Is(neg, lexicons.WordReject)
	}
}

// reducedRelative reports whether the term at toks[i:i+n] is a participle
// in -ed of one word right after a lower-case noun and before "by" ("the
// assistance provided by X", "the aid delivered by X"): it says who did
// the noun's deed and governs no country after it, so that a term before
// the noun reaches the agent ("we are grateful for the assistance
// provided by X").
func reducedRelative(toks []token, i, n int) bool {
	return n == 1 && i > 0 && i+1 < len(toks) && toks[i+1].Lower == "by" && strings.HasSuffix(toks[i].Lower, "ed") &&
		toks[i-1].Word && !toks[i-1].Cap && !annotate.IsDeterminer(toks[i-1].Lower) && !annotate.IsBe(toks[i-1].Lower)
}

// heldAfterRedress reports whether toks[i], a participle in -ed, qualifies
// the object of a verb of redress right before it, or after a determiner
// or a count (words.tsv cease: "released detained fishermen", "freed the
// two captured soldiers"): it tells
// who was held, and the redress is the act. So does a verb of detaining
// in a relative clause on that object ("freed the X sailors it had
// seized", "released 12 fishermen who were arrested"): the clause says
// who they are, and so does one right after it ("released 14 X
// fishermen detained last month").
func heldAfterRedress(lex *annotate.Lexicon, toks []token, i int) bool {
	if i == 0 || !strings.HasSuffix(toks[i].Lower, "ed") || toks[i].Cap {
		return false
	}
	// "released detained fishermen", "freed the two jailed reporters":
	// a determiner or a count may stand between.
	j := i - 1
	for j > 0 && j >= i-3 && (annotate.IsDeterminer(toks[j].Lower) || annotate.IsCount(toks[j]) || toks[j].Lower == "all") {
		j--
	}
	if lex.Words.Is(toks[j].Lower, lexicons.WordCease) {
		return true
	}
	if !lex.Words.Is(toks[i].Lower, lexicons.WordDetain) {
		return false
	}
	k := i - 1
	for k > 0 && (annotate.IsAuxiliary(toks[k].Lower) || annotate.IsBe(toks[k].Lower)) {
		k--
	}
	if k == i-1 && toks[k].Word && !relativeLeads[toks[k].Lower] {
		// "released 14 X fishermen detained last month": a participle
		// right after the redressed object says who they are.
		for j := k - 1; j >= 0 && j >= k-6; j-- {
			if !toks[j].Word && !annotate.IsCount(toks[j]) {
				return false
			}
			if lex.Words.Is(toks[j].Lower, lexicons.WordCease) {
				return true
			}
		}
		return false
	}
	if !relativeLeads[toks[k].Lower] {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		if !toks[j].Word {
			return false
		}
		if lex.Words.Is(toks[j].Lower, lexicons.WordCease) {
			return j < k-1 // an object stands between
		}
	}
	return false
}

// relativeLeads open a relative clause on the noun before them, or its
// subject ("the sailors it had seized").
var relativeLeads = map[string]bool{"that": true, "who": true, "whom": true, "which": true, "it": true, "they": true}

// conditionalClause marks (nil: none) the tokens of a conditional clause, from "if"
// or "unless" to the next punctuation mark: "warned X of consequences if
// Y gives Z support" asserts no support. Its cooperative terms are no
// stance; its hostile ones stay, as the speaker's framing of what it
// warns of ("if X continues its military adventurism"); its countries stay
// targets of the terms before it.
func conditionalClause(toks []token) []bool { return clauseAfter(toks, "if", "unless") }

// openQuestion marks (nil: none) the tokens of a clause from "whether" to
// the next punctuation mark, after a word of doubt (in toks, or the
// statement's cue, the last word of cue, when the clause opens toks): "doubted whether X
// carried out the raid" asserts the raid no more than it denies it. None
// of its terms is a stance. Without a word of doubt the question may be
// the speaker's framing ("the question is whether X will end its
// occupation"), and its terms stay.
func openQuestion(toks []token, cue string) []bool {
	out := clauseAfter(toks, "whether")
	for i := range out {
		if out[i] && (i == 0 || !out[i-1]) && !doubtBefore(toks, i) && !(i == 0 && doubtWords[cue]) {
			for k := i; k < len(out) && out[k]; k++ {
				out[k] = false
			}
		}
	}
	return out
}

// doubtBefore reports whether a word of doubt stands in the three words
// before toks[i] ("doubted whether", "it is unclear whether").
func doubtBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if doubtWords[toks[k].Lower] {
			return true
		}
	}
	return false
}

// doubtWords leave what follows them open: doubt, question, uncertainty.
var doubtWords = map[string]bool{"doubt": true, "doubts": true, "doubted": true, "doubting": true, "question": true, "questions": true,
	"questioned": true, "questioning": true, "unclear": true, "uncertain": true, "unknown": true, "sceptical": true, "skeptical": true,
	"scepticism": true, "skepticism": true, "wondered": true, "wonder": true, "asked": true, "asking": true, "investigating": true,
	"considering": true, "weighing": true, "deciding": true, "debating": true, "discussing": true}

// clauseAfter marks (nil: none) the tokens from each of the words opening
// a clause to the next punctuation mark.
func clauseAfter(toks []token, opening ...string) []bool {
	var out []bool
	for i := 0; i < len(toks); i++ {
		if !slices.Contains(opening, toks[i].Lower) {
			continue
		}
		if out == nil {
			out = make([]bool, len(toks))
		}
		for ; i < len(toks) && (toks[i].Word || toks[i].Text == "-" || toks[i].Text == "'" || toks[i].Text == "’"); i++ {
			out[i] = true
		}
	}
	return out // nil when there is none
}

// visitWeight is the weight of a visit that a title tells by the
// visitor's presence (extract.RuleTitleVisit): contact, as stance.tsv
// weighs "visit" (CONSULT).
// buildWeight is the cooperation of a joint subject that makes a work
// together (words.tsv build): CAMEO 06 (material cooperation), as a
// signed agreement's topic grows.
const buildWeight = 0.3

const visitWeight = 0.1

// victimWeight is the weight of a delegation's sympathy with the victim of
// a hostile act it tells of: as a word of sympathy, below a stated stance.
const victimWeight = 0.3

// hostileVictim returns where the hostile term starts whose victim the
// country m (or the list it is in) is, or -1: after "against", "on" or "upon"
// right after the term ("the sanctions against X", "the embargo imposed
// against X": hostileBefore), or after "of" after a noun of a deed ("the
// blockade of X", "the occupation of the territory of X": deedOf).
func hostileVictim(words annotate.WordClasses, toks []token, hitAt []termHit, m mention, hostileBefore, hostileEnd func(int) bool) int {
	t := annotate.ListStart(toks, m.Tok)
	k := t - 1
	if k > 0 && annotate.IsDeterminer(toks[k].Lower) {
		k--
	}
	if k <= 0 || !(victimPrepositions[toks[k].Lower] && hostileBefore(k) || toks[k].Lower == "of" && deedOf(words, toks, t, 0) && hostileEnd(k-1)) {
		return -1
	}
	// The nearest hostile term before the marker: the act ("the
	// aggression of A against X", "the cyberattack carried out against
	// X").
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		if hitAt[j].n > 0 && hitAt[j].lt.Weight < 0 {
			return j
		}
	}
	return -1
}

// sustainedAfter reports whether the clause that goes on at toks[k] asks
// for its subject to be imposed, kept or strengthened (words.tsv class
// sustain): a modal within eight words, with no punctuation before it,
// then "be", "to" or adverbs and the verb ("(sanctions against X) must
// be further strengthened", "should remain in place", "need to be
// enforced").
func sustainedAfter(words annotate.WordClasses, toks []token, from int) bool {
	for k := from; k < len(toks) && k < from+8; k++ {
		t := toks[k]
		if !t.Word {
			return false
		}
		if !sustainModals[t.Lower] {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+4; j++ {
			switch l := toks[j].Lower; {
			case l == "be" || l == "to" || l == "further" || l == "also" || strings.HasSuffix(l, "ly"):
				continue
			default:
				return words.Is(l, lexicons.WordSustain)
			}
		}
		return false
	}
	return false
}

// advocatedBefore reports whether the hostile act at toks[j] is what a
// term of support or a call before it asks for, with only lower-case
// words between and no word of easing or ending ("we support the arms
// embargo against X", "called for the imposition of sanctions against
// X"; not "support the lifting of the embargo against X"). In a speech,
// not when "he", "she" or "they" asks: there they are others.
func advocatedBefore(words annotate.WordClasses, toks []token, hitAt []termHit, j int, speech bool) bool {
	for k := j - 1; k >= 0 && k >= j-5; k-- {
		t := toks[k]
		if !t.Word || t.Cap || t.Lower == "that" || t.Lower == "to" || words.Is(t.Lower, lexicons.WordEasing, lexicons.WordCease) {
			return false // "demand that the occupation of X end", "sought to place the blame"
		}
		if h := hitAt[k]; h.n > 0 && math.Abs(h.lt.Weight) >= advocacyWeight {
			// A topic or contact ("the trade embargo", "discussing the
			// invasion of X") asks for nothing.
			return h.lt.Weight > 0 && k+h.n <= j && !(speech && thirdPersonBefore(toks, k))
		}
		if words.Is(t.Lower, lexicons.WordDemand) || t.Lower == "for" && k > 0 && callForms[toks[k-1].Lower] {
			return true
		}
	}
	return false
}

// thirdPersonBefore reports whether "he", "she" or "they" is the subject
// of the verb at toks[k], auxiliaries and adverbs between ("he had
// advocated war against X" is another's call, not the speaker's).
func thirdPersonBefore(toks []token, k int) bool {
	j := k - 1
	for j >= 0 && toks[j].Word && (annotate.IsAuxiliary(toks[j].Lower) || strings.HasSuffix(toks[j].Lower, "ly")) {
		j--
	}
	if j < 0 {
		return false
	}
	switch toks[j].Lower {
	case "he", "she", "they":
		return true
	}
	return false
}

// advocacyWeight is the least weight of a term of support that asks for
// the act after it ("support" 0.6, "back" 0.4): topics (0.04) and contact
// (0.1) ask for nothing.
const advocacyWeight = 0.3

// callForms are the forms of "call" that ask for what follows "for".
var callForms = map[string]bool{"call": true, "calls": true, "called": true, "calling": true}

// sustainModals are the modals of what a speaker asks for: "must",
// "should", "shall", "ought (to)", "need (to)".
var sustainModals = map[string]bool{"must": true, "should": true, "shall": true, "ought": true, "need": true}

// requestWeight is the weight of a country's request for another's act
// ("at X's request"): CAMEO 02 (appeal), Goldstein +3, divided by 10.
const requestWeight = 0.3

// requestNouns name a request for an act: "at X's request", "at the
// invitation of X".
var requestNouns = map[string]bool{"request": true, "invitation": true, "behest": true, "urging": true}

// requesterAt reports whether the country m asks for the act it stands
// by: "at X's request", "at the invitation of X's government".
func requesterAt(toks []token, m mention) bool {
	if m.Tok > 0 && toks[m.Tok-1].Lower == "at" && toks[m.End-1].Poss && m.End < len(toks) && requestNouns[toks[m.End].Lower] {
		return true
	}
	k := beforeMention(toks, m)
	return k >= 3 && toks[k].Lower == "of" && requestNouns[toks[k-1].Lower] && toks[k-2].Lower == "the" && toks[k-3].Lower == "at"
}

// requesters returns the countries that asked for the act of a
// statement (requesterAt), other than the speaker's, once each.
func requesters(ms []mention, toks []token, self string) []string {
	var out []string
	for _, m := range ms {
		if self != "" && m.Code != self && requesterAt(toks, m) && !slices.Contains(out, m.Code) {
			out = append(out, m.Code)
		}
	}
	return out
}

// scoreHits returns the stance the hits toward a country give (their sum
// x squashed to x/√(x²+1)), its confidence (the certainty of the rules
// that attached them, weighted by their weights, times 1 − e^(−3|x|)) and
// their evidence, unrounded.
func scoreHits(hs []hit) (score, conf float64, ev []string) {
	var x, absSum, certain float64
	for _, h := range hs {
		x += h.weight
		absSum += math.Abs(h.weight)
		certain += math.Abs(h.weight) * h.rule.certainty()
		e := fmt.Sprintf("%s%+.2f %s", h.label, h.weight, h.rule)
		if h.mod != "" {
			e += " " + h.mod
		}
		ev = append(ev, e)
	}
	score = x / math.Sqrt(x*x+1)
	if absSum > 0 {
		conf = certain / absSum * (1 - math.Exp(-3*math.Abs(x)))
	}
	return score, conf, ev
}

// specific returns the hits toward a country without those that reached
// no country and colour the whole statement (ruleStatement), when a term
// of attitude reached the country itself (contact and topic words, which
// only tilt, do not count): what a statement says of a country outranks
// its mood ("sent condolences to X over the terrorist attack" is support
// of X, not hostility). It filters hs in place.
func specific(hs []hit) []hit {
	direct := false
	for _, h := range hs {
		if h.rule != ruleStatement && !h.mutual && math.Abs(h.weight) >= topicWeight {
			direct = true
			break
		}
	}
	if !direct {
		return hs
	}
	out := hs[:0]
	for _, h := range hs {
		if h.rule != ruleStatement {
			out = append(out, h)
		}
	}
	return out
}

// rejectedDocument returns where the phrase after a document noun starts
// when the content opens with the document (over a determiner and two
// plain words) and the cue rejects it (rejects) or "against" opens the
// content ("rejected a resolution condemning X", "voted against a draft
// motion"); -1 otherwise.
func rejectedDocument(toks []token, rejects bool) int {
	k := 0
	against := len(toks) > 0 && toks[0].Lower == "against"
	if against {
		k++
	}
	if !rejects && !against {
		return -1
	}
	if k < len(toks) && annotate.IsDeterminer(toks[k].Lower) {
		k++
	}
	for j := k; j < len(toks) && j <= k+2; j++ {
		switch t := toks[j]; {
		case !t.Word || t.Cap:
			return -1
		case annotate.IsDocumentNoun(t.Lower):
			return j + 1
		}
	}
	return -1
}

// spreadLoose appends to hs the terms that reached no country (loose), at
// half weight and by rule: what a statement says of no country in
// particular goes to the one it is addressed to or about.
func spreadLoose(hs, loose []hit, rule attachRule) []hit {
	for _, h := range loose {
		h.weight *= 0.5
		h.rule = rule
		hs = append(hs, h)
	}
	return hs
}

// namedObjectAt reports whether a capitalised name that is no country's
// and no role stands at toks[j], after "the" at most ("fight Islamic
// State", "condemned the Taliban"; not "the Government"): the object of
// the term before it, someone who is no party.
func (sc *Scorer) namedObjectAt(ms []mention, toks []token, j int) bool {
	if j < len(toks) && toks[j].Lower == "the" {
		j++
	}
	return j < len(toks) && toks[j].Word && toks[j].Cap && !annotate.InMention(ms, j) && sc.lex.Roles[toks[j].Lower] == ""
}

// hitAtTok reports whether hs holds the term at toks[i] already (a country
// named twice in a clause takes its terms once).
func hitAtTok(hs []hit, i int) bool {
	for _, h := range hs {
		if h.tok == i {
			return true
		}
	}
	return false
}

// ownedThing reports whether m names a country by its adjective before a
// noun that is no person, group or institution: "discussed a Russian
// proposal", "visited the Chilean pavilion". The countries listed with it
// share its noun ("Sudanese and Kenyan officials": coordinated). Contact
// is with a party; a thing of a country is its topic, and the country no
// party of it.
func (sc *Scorer) ownedThing(ms []mention, toks []token, m mention) bool {
	if m.Kind != annotate.ByAdjective {
		return false
	}
	k := m.End
	for _, n := range coordinated(ms, toks, m) {
		k = max(k, n.End)
	}
	if k >= len(toks) {
		return false
	}
	t := toks[k]
	return t.Word && !t.Cap && sc.lex.Roles[t.Lower] == ""
}

// topicWeight bounds the weight of topic words (trade, deal, ties), below
// the neutral threshold of LabelOf.
const topicWeight = 0.05

// reportedAgent returns, for a hostile pattern whose every target is the
// speaker's own country in a report (not an act of the speaker's), the
// country that acts: the last one named before the verb at toks[i] in its
// clause, not after a preposition nor set off by a comma.
func reportedAgent(ms []mention, toks []token, clause []int, got []mention, i int, f *found) (mention, bool) {
	if f.Act || f.Stmt.Kind == record.Speech || f.Stmt.SpeakerCountry == "" {
		return mention{}, false
	}
	for _, m := range got {
		if m.Code != f.Stmt.SpeakerCountry {
			return mention{}, false
		}
	}
	var agent mention
	ok := false
	for _, m := range ms {
		if m.End <= i && clause[m.Tok] == clause[i] && m.Code != f.Stmt.SpeakerCountry && !(m.Tok > 0 && obliqueBefore(toks, m.Tok)) {
			// Not a country in an appositive ("Hezbollah, the Lebanese
			// militant group, fired …"): no comma up to the verb.
			agent, ok = m, !slices.ContainsFunc(toks[m.End:i], func(t token) bool { return t.Text == "," })
		}
	}
	return agent, ok
}

// subjectPatternVerbAt is PatternVerbAt for the verb that opens the
// content of a country's act (f.Act), read with its subject before it: a
// pattern may name the subject ("&weapon hit": "X missiles hit a Y
// depot"). The subject is the speaker, so a target the pattern finds in it
// is none.
func (sc *Scorer) subjectPatternVerbAt(f *found, toks []token, clause []int, i int) (*annotate.Term, int, annotate.FrameMatch) {
	subj := f.Subj
	if len(subj) == 0 || len(toks) == 0 || subj[len(subj)-1].End > toks[0].Start || len(sc.lex.PatternVerbs(toks[i].Lower)) == 0 {
		return nil, 0, annotate.FrameMatch{} // no subject before it, or no verb of patterns
	}
	off := len(subj)
	ctx := append(slices.Clip(subj), toks...)
	cc := make([]int, len(ctx))
	copy(cc[off:], clause)
	for k := range off {
		cc[k] = clause[0]
	}
	lt, n, fm := sc.lex.PatternVerbAt(ctx, cc, i+off, nil)
	if n == 0 || len(fm.Pattern.Before) == 0 {
		return nil, 0, annotate.FrameMatch{} // only a pattern that reads the subject
	}
	fm.End -= off
	if fm.Before || fm.Target < off {
		fm.Target, fm.Before = -1, false
	} else {
		fm.Target -= off
	}
	return lt, n, fm
}

// thirdParty reports whether the term at toks[start:end] is a joint
// subject's dealing with a third country, a country that is neither the
// speaker's nor a partner's, and not of each partner toward the others:
// the third country owns it, right before it ("A and B met under C
// mediation"), or it takes, within four words and in its clause, "with"
// and then that country ("A, B sign grain deals with C"). A venue is none
// ("A, B hail fruitful C-capital talks": venue, inTitle as there).
func thirdParty(words annotate.WordClasses, ms []mention, toks []token, clause []int, start, end int, partners []string, speaker string, inTitle bool) bool {
	if len(partners) == 0 {
		return false
	}
	third := func(m mention) bool {
		return m.Code != speaker && !slices.Contains(partners, m.Code) && !venue(words, toks, m, inTitle)
	}
	if slices.ContainsFunc(ms, func(m mention) bool { return m.End == start && third(m) }) {
		return true
	}
	for k := end; k < len(toks) && k < end+4 && clause[k] == clause[end-1]; k++ {
		if annotate.CircumstanceWord(toks[k].Lower) {
			return false // "A, B sign pact amid tensions with C": what it happens amid
		}
		if toks[k].Lower != "with" {
			continue
		}
		for _, m := range ms {
			if m.Tok > k && m.Tok <= k+3 && third(m) {
				return true
			}
		}
		return false
	}
	return false
}

// reciprocal returns, for each positive stance that rests on contact of
// two parties or agreement (talks, a signed agreement; a meeting, a visit
// or a call in a title; topic words aside), the same seen from the other
// party: such contact is cooperation of each party toward the other. A
// meeting, a visit or a call a sentence tells of is the act of the one who
// makes it (hit.oneSided). Partners of a joint subject have their own
// statements and are left out.
//
// A speech states its speaker's own stances only: what the other party of
// a contact the speech tells of thinks of it is not said ("our talks with
// X", "the Assembly met in X"), and it gives no reverse stance, unless the
// sentence opens with the two as its joint subject ("Peru and X have
// signed …": partner, of jointPartner), which tells what both did.
func reciprocal(words annotate.WordClasses, out []record.Stance, hits map[string][]hit, f *found, toks []token, partner string) []record.Stance {
	// In a text, one party's contact (a meeting, a visit, a call,
	// hosting) is that party's act, as event data codes it (source to
	// target), unless the statement tells of talks ("received X's
	// minister for talks", or after a passive's agent: found.Talks):
	// talks take two parties. A title reports the
	// encounter itself, of each toward the other ("X, Y leaders meet").
	talks := 0 // 0: not looked for yet, 1: the statement tells of talks, -1: not
	oneSided := func() bool {
		if f.Stmt.Field == record.TitleField {
			return false
		}
		if talks == 0 {
			talks = -1
			if f.Talks || words.In(toks, lexicons.WordTalks) {
				talks = 1
			}
		}
		return talks < 0
	}
	var rev []record.Stance
	for _, s := range out {
		if s.Label == record.Neutral || s.SpeakerCountry == "" || slices.Contains(f.Partners, s.TargetCountry) {
			continue
		}
		// What a speech's joint subject of its own country and another
		// did together is the other's as well.
		joint := f.Stmt.Kind == record.Speech && partner != "" && s.SpeakerCountry == f.Stmt.SpeakerCountry && s.TargetCountry == partner
		if f.Stmt.Kind == record.Speech && !joint {
			continue
		}
		for _, h := range hits[s.TargetCountry] {
			if joint && h.weight > 0 && !h.mutual && h.rule != ruleSubject && h.rule != ruleFrame && h.rule != ruleJointSubject {
				joint = false // "A and B support X": toward a third, by position
			}
		}
		var both []hit // the acts of "the two sides"
		contact, oneWay, hostile, fight := false, false, false, false
		for _, h := range hits[s.TargetCountry] {
			if h.both {
				both = append(both, h)
			}
			hostile = hostile || h.weight < 0
			if math.Abs(h.weight) < topicWeight || h.rule == ruleStatement {
				// A topic word tilts, never decides; a term that reached
				// no country names no partner of the contact.
				continue
			}
			switch {
			case h.oneSided && oneSided():
				// "X hosted Y", "X's envoy met Y's president": the act of
				// the one who makes the contact; it neither gives nor bars
				// the reverse stance.
			case h.mutual && h.weight > 0:
				contact = true
			case h.fight:
				// "clashed with X": a hostility of two sides, unless it is
				// only in prospect ("on the brink of clashes with X").
				fight = !prospectBefore(words, toks, h.tok)
				oneWay = oneWay || !fight
			case h.mutual && h.weight < 0:
				// "suspends talks with X": the speaker's own act.
				oneWay = true
			default:
				oneWay = true
			}
		}
		r := s
		r.Speaker = s.TargetCountry
		r.SpeakerCountry, r.TargetCountry = s.TargetCountry, s.SpeakerCountry
		switch {
		case s.Label == record.Negative:
			if !fight || contact || oneWay {
				continue
			}
		case contact && !oneWay, joint && !hostile:
		case len(both) > 0 && !hostile:
			// What the two sides did is the other's too; the speaker's
			// own words are not.
			score, conf, ev := scoreHits(both)
			r.Score, r.Confidence, r.Evidence = record.RoundScore(score), record.RoundScore(conf), ev
			if r.Label = LabelOf(r.Score); r.Label != record.Positive {
				continue
			}
		default:
			continue
		}
		what := "reciprocal contact with "
		if s.Label == record.Negative {
			what = "reciprocal hostility with "
		}
		r.Evidence = append([]string{what + s.SpeakerCountry}, r.Evidence...)
		rev = append(rev, r)
	}
	return rev
}

// theirBefore reports whether "their" owns the term at toks[i], over two
// lower-case words at most ("their cooperation", "their close bilateral
// ties").
func theirBefore(toks []token, i int) bool { return wordOverLower(toks, i, "their", 3) }

// jointPartner returns the other country of a joint subject that opens
// the sentence with the speaker's country: two names joined by "and"
// before a lower-case word ("Peru and X have signed …", "Both X and Peru
// held talks"), or "Together with X, we …" (togetherWith), as a speech
// tells what its country and another did together.
func jointPartner(ms []mention, toks []token, self string) (mention, bool) {
	if len(ms) == 0 || self == "" {
		return mention{}, false
	}
	if p, ok := togetherWith(ms, toks, self); ok {
		return p, true
	}
	if len(ms) < 2 {
		return mention{}, false
	}
	m, n := ms[0], ms[1]
	if !(m.Tok == 0 || m.Tok == 1 && toks[0].Lower == "both") || m.End >= len(toks) || toks[m.End].Lower != "and" ||
		n.Tok != m.End+1 && !(n.Tok == m.End+2 && toks[m.End+1].Lower == "the") {
		return mention{}, false
	}
	if m.Kind == annotate.ByAdjective || n.Kind == annotate.ByAdjective || toks[m.End-1].Poss || toks[n.End-1].Poss {
		return mention{}, false // "Xian and Yian centres", "X and Y's"
	}
	if n.End >= len(toks) || !toks[n.End].Word || toks[n.End].Cap {
		return mention{}, false // a verb follows the subject
	}
	switch {
	case m.Code == self && n.Code != self:
		return n, true
	case n.Code == self && m.Code != self:
		return m, true
	}
	return mention{}, false
}

// togetherWith returns the country of a sentence that opens "Together
// with X," before the speaker's country or "we" ("Together with X, we
// signed …"): the other party of a joint subject.
func togetherWith(ms []mention, toks []token, self string) (mention, bool) {
	m := ms[0]
	if len(toks) < 4 || toks[0].Lower != "together" || toks[1].Lower != "with" || m.Tok > 3 || m.Code == self ||
		m.End+1 >= len(toks) || toks[m.End].Text != "," {
		return mention{}, false
	}
	next := m.End + 1
	if toks[next].Lower == "we" || len(ms) > 1 && ms[1].Tok == next && ms[1].Code == self {
		return m, true
	}
	return mention{}, false
}

// sanctionedAt returns where the term of sanction starts that holds back
// the cooperative term at toks[k], or -1: its object ("blocked a loan to X") or
// the phrase after its "on" or "of" ("an embargo on arms sales to X", "a
// suspension of aid"), over up to three plain lowercase words (hitAt the
// terms by token, ms the mentions). A topic word ("trade", "relations")
// is left to the rules of topics (a renounced or eased topic) by the
// caller.
func sanctionedAt(hitAt []termHit, toks []token, ms []mention, k int) int {
	if lt := hitAt[k].lt; hitAt[k].n == 0 || lt.Class != lexicons.ClassAid && lt.Class != lexicons.ClassCooperate || lt.Attach == lexicons.AttachPredicate {
		// Only what flows is held back: aid, trade, investment (not
		// "sanctions on the brotherly people of X", nor contact, read
		// by the rules of contact); a pattern verb holds no term here.
		return -1
	}
	j, det := k-1, false
	for words := 0; j >= 0 && words < 3 && toks[j].Word && !toks[j].Cap && hitAt[j].n == 0 && !annotate.InMention(ms, j) &&
		toks[j].Lower != "on" && toks[j].Lower != "of"; j-- {
		if annotate.IsPreposition(toks[j].Lower) || toks[j].Lower == "to" || relativeLeads[toks[j].Lower] || personalSubjects[toks[j].Lower] {
			// "sanctions with the support of X", "suspend the services
			// it provides to X": another phrase or clause.
			return -1
		}
		words++
		det = det || annotate.IsDeterminer(toks[j].Lower)
	}
	sanction := func(j int) int {
		for s := j; s >= 0 && s >= j-3; s-- {
			if h := hitAt[s]; h.n > 0 && s+h.n-1 == j {
				if h.lt.Weight < 0 && h.lt.Class == lexicons.ClassSanction {
					return s
				}
				return -1
			}
		}
		return -1
	}
	if j >= 1 && (toks[j].Lower == "on" || toks[j].Lower == "of") {
		if s := sanction(j); s >= 0 {
			return s // "a ban on"
		}
		return sanction(j - 1) // "an embargo" on
	}
	if j < 0 {
		return -1
	}
	if !det {
		// A verb's object opens with a determiner ("blocked a loan",
		// "froze all aid"): a sanction right before a term is often its
		// compound ("a test ban signed by X"), unless it is the verb
		// that opens the statement's content, or one after "to" or an
		// auxiliary ("blocks aid to X", "has frozen aid to X").
		if s := sanction(j); s == 0 || s > 0 && (toks[s-1].Lower == "to" || annotate.IsAuxiliary(toks[s-1].Lower)) {
			return s
		}
		return -1
	}
	return sanction(j)
}

// easesSanction reports whether the word of easing at toks[k] stands
// before the term of sanction that holds back the term at toks[i]
// (sanctionedAt): what it eases is the sanction, not the term.
func easesSanction(hitAt []termHit, toks []token, ms []mention, i, k int) bool {
	s := sanctionedAt(hitAt, toks, ms, i)
	return s >= 0 && k <= s
}

// personalSubjects are the personal pronouns that, with relativeLeads,
// open or subject a clause of its own inside a noun phrase ("the aid we
// provide", "the services it provides", "the aid that flows").
var personalSubjects = map[string]bool{"we": true, "he": true, "she": true, "you": true, "i": true}

// agreementAfter reports whether a term of agreement ("deal", "treaty")
// starts within five words from toks[j] (hitAt the terms by token).
func agreementAfter(hitAt []termHit, j int) bool {
	for k := j; k < len(hitAt) && k < j+5; k++ {
		if hitAt[k].n > 0 && hitAt[k].lt.Class == lexicons.ClassAgree {
			return true
		}
	}
	return false
}

// matchScore reports whether s is the score of a match: one or two
// digits, a hyphen or dash, one or two digits ("2-0", "3–1").
func matchScore(s string) bool {
	a, b, ok := strings.Cut(s, "-")
	if !ok {
		a, b, ok = strings.Cut(s, "–")
	}
	return ok && digits(a) && digits(b)
}

// digits reports whether s is one or two digits.
func digits(s string) bool {
	if len(s) == 0 || len(s) > 2 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// modifierInFrame returns the country named in toks[from:end], a
// matched pattern's words after its verb, that qualifies the noun right
// after it: a name or an adjective, not an owner ("X's"), where that noun
// heads its phrase ("eased X sanctions", not "pushed an X currency bill").
func modifierInFrame(ms []mention, toks []token, from, end int) (mention, bool) {
	for _, m := range ms {
		if m.Tok < from || m.End >= end || toks[m.End-1].Poss || !toks[m.End].Word || borderAfter(toks, m) {
			continue // "a fence on the X border" places the act
		}
		if h := m.End + 1; h < len(toks) && toks[h].Word && !annotate.IsPreposition(toks[h].Lower) && !clauseWords[toks[h].Lower] {
			continue
		}
		return m, true
	}
	return mention{}, false
}

// selfTarget reports whether the target a pattern places before its verb
// is the speaker's own country: the subject of the speaker's own act.
func selfTarget(ms []mention, toks []token, fm annotate.FrameMatch, self string) bool {
	got := frameTarget(ms, toks, fm)
	return len(got) > 0 && !slices.ContainsFunc(got, func(m mention) bool { return m.Code != self })
}

// amidEnd returns the end of the phrase that "amid" or "amidst" at
// toks[i] opens, up to punctuation or the end of its clause, when the
// phrase names no party ("with", "between") and no owner ("X's"): what
// the act happens amid is its circumstance ("amid X tensions", "amid
// fears of a X offensive"). It returns i when toks[i] opens no such
// phrase.
func amidEnd(toks []token, clause []int, i, end int) int {
	if !annotate.CircumstanceWord(toks[i].Lower) {
		return i
	}
	e := i + 1
	for e < end && toks[e].Word && clause[e] == clause[i] {
		if toks[e].Lower == "with" || toks[e].Lower == "between" || toks[e].Poss {
			return i // "amid a row with X", "amid X's hostile acts": a party, or an owner's act
		}
		e++
	}
	return e
}

// inAmid reports whether the mention m stands in a circumstance that
// "amid" opens (amidEnd) within the eight words before it.
func inAmid(toks []token, clause []int, m mention) bool {
	for k := m.Tok - 1; k >= 0 && k >= m.Tok-8 && toks[k].Word; k-- {
		if e := amidEnd(toks, clause, k, len(toks)); e > k {
			return e >= m.End
		}
	}
	return false
}

// inDespite reports whether the mention m stands in a phrase of an outcry
// after "despite" (annotate.WordClasses.OutcryDespite): the country whose
// outcry the act went against.
func inDespite(words annotate.WordClasses, toks []token, m mention) bool {
	for k := m.Tok - 1; k >= 0 && k >= m.Tok-8; k-- {
		if toks[k].Lower == "despite" {
			_, end := words.OutcryDespite(toks, k)
			return end >= m.End
		}
	}
	return false
}

// elicitedBefore reports whether the noun at toks[i] is an outcry (words.tsv
// class outcry) that a verb of drawing a reaction governs, up to five
// words before it with only words between, a capitalised one (the
// reacting country) among them ("drew a sharp Y rebuke", "sparked fresh
// Y anger").
func elicitedBefore(words annotate.WordClasses, toks []token, i int) bool {
	if !words.Is(toks[i].Lower, lexicons.WordOutcry) {
		return false
	}
	named := false // a country's name or adjective before the noun: "drew a sharp Y rebuke"
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if !toks[k].Word {
			return false
		}
		if words.Is(toks[k].Lower, lexicons.WordElicit) {
			return named
		}
		named = named || toks[k].Cap
	}
	return false
}

// selfConjunct reports whether the conjunct before the country at toks[k]
// is the speaker's own pronoun: "it and X", "we and X".
func selfConjunct(toks []token, k int) bool {
	if k < 2 || toks[k-1].Lower != "and" {
		return false
	}
	switch toks[k-2].Lower {
	case "it", "we", "i":
		return true
	}
	return false
}

// placedAfter reports whether the first of target stands after a
// locative ("in") or "at", "the" aside: the place of what the pattern
// tells of.
func placedAfter(toks []token, target []mention) bool {
	if len(target) == 0 {
		return false
	}
	p := wordBefore(toks, target[0].Tok)
	return annotate.IsLocative(p) || p == "at"
}

// wordBefore returns the lower-case word before toks[k], over a "the"
// between, or "" at the start.
func wordBefore(toks []token, k int) string {
	if k = indexBefore(toks, k); k < 0 {
		return ""
	}
	return toks[k].Lower
}

// indexBefore returns the index of the word before toks[k], over "the";
// -1 at the start.
func indexBefore(toks []token, k int) int {
	k--
	if k >= 0 && toks[k].Lower == "the" {
		k--
	}
	return k
}

// onlyPlaces reports whether ms holds mentions and all of them are places
// (annotate.ByPlace): cities and regions, no country named.
func onlyPlaces(ms []mention) bool {
	return len(ms) > 0 && !slices.ContainsFunc(ms, func(m mention) bool { return m.Kind != annotate.ByPlace })
}

// frameTarget returns the country a matched pattern names as its target:
// the first mention within a few words after the target's place, or, for
// a target before the verb, the mention that ends at its place.
func frameTarget(ms []mention, toks []token, fm annotate.FrameMatch) []mention {
	for _, m := range ms {
		if fm.Before {
			if m.End-1 <= fm.Target && m.End-1 >= fm.Target-1 {
				return coordinated(ms, toks, m)
			}
			continue
		}
		if m.Tok >= fm.Target && objectAt(toks, fm.Target, m.Tok) {
			return coordinated(ms, toks, m)
		}
	}
	return nil
}

// endDemandedAfter reports whether the noun phrase that runs from
// toks[k] is the subject of a demand that it end: a modal, then "end",
// "stop", "cease" or "halt" (or "be ended", "be stopped", "be halted"),
// within eight words and no mark, conjunction or relative word ("X's
// support for the rebels must end"; not "must not end", "must continue",
// "agree with X that the war should end").
func endDemandedAfter(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+8; j++ {
		if !toks[j].Word {
			return false
		}
		switch toks[j].Lower {
		case "must", "should":
		case "that", "which", "who", "whether", "and", "but":
			return false // "agree with X that the war should end": a clause of its own
		default:
			continue
		}
		v := j + 1
		if v < len(toks) && (toks[v].Lower == "immediately" || toks[v].Lower == "now") {
			v++
		}
		if v+1 < len(toks) && toks[v].Lower == "be" {
			v++
			switch toks[v].Lower {
			case "ended", "stopped", "halted", "terminated":
				return true
			}
			return false
		}
		if v < len(toks) {
			switch toks[v].Lower {
			case "end", "stop", "cease", "halt":
				return true
			}
		}
		return false
	}
	return false
}

// topicPrepositions open what a contact is about ("talks on X", "a
// conference about X"), not its party.
var topicPrepositions = map[string]bool{"on": true, "about": true, "over": true, "regarding": true, "concerning": true}

// thirdPersonSubjects are the pronouns that open a clause of a subject
// of their own.
var thirdPersonSubjects = map[string]bool{"it": true, "they": true, "he": true, "she": true}

// objectAt reports whether a country at toks[m] can head the object phrase
// that starts at toks[from]: at most frameGap words before it, none of them
// a preposition, a punctuation mark or "to" ("expelled two US diplomats",
// not "questioned over his Chilean links").
func objectAt(toks []token, from, m int) bool {
	if m < from || m-from > annotate.FrameGap {
		return false
	}
	for k := from; k < m; k++ {
		if !toks[k].Word || annotate.IsPreposition(toks[k].Lower) || toks[k].Lower == "to" {
			return false
		}
	}
	return true
}

// appealTo reports whether an imported verb of appeal or request (CAMEO
// 02) has its addressee after "to": "appealed to X to …" is made of X
// (objectAt passes over no preposition).
func appealTo(lt *annotate.Term, fm annotate.FrameMatch, framed bool, toks []token, from, m int) bool {
	code := lt.Code
	if framed && fm.Pattern.Code != "" {
		code = fm.Pattern.Code
	}
	if !strings.HasPrefix(code, "02") || from >= len(toks) || toks[from].Lower != "to" {
		return false
	}
	if from+1 < m && toks[from+1].Lower == "the" {
		return m == from+2
	}
	return m == from+1
}

// LabelOf gives the label of a score: |score| < 0.05 is neutral.
func LabelOf(s float64) record.Label {
	switch {
	case s >= 0.05:
		return record.Positive
	case s <= -0.05:
		return record.Negative
	}
	return record.Neutral
}

// coordinated returns m with the countries listed with it: "Iran and
// Russia's cooperation", "Tehran, Moscow and Damascus". A list ends with
// its conjunction: in "as the rebels left their bases in A and B, X fired",
// the country after the comma is none of the list (listEnd).
func coordinated(ms []mention, toks []token, m mention) []mention {
	idx := 0
	for k := range ms {
		if ms[k].Tok == m.Tok {
			idx = k
		}
	}
	lo, hi := idx, idx
	for lo > 0 && listJoin(toks, ms[lo-1].End, ms[lo].Tok) {
		lo--
	}
	for hi+1 < len(ms) && listJoin(toks, ms[hi].End, ms[hi+1].Tok) {
		hi++
	}
	lo, hi = listEnd(ms, toks, lo, hi, idx)
	if lo < idx && toks[m.End-1].Poss && obliqueBefore(toks, ms[lo].Tok) && joinHolds(toks, ms[idx-1].End, m.Tok, "and", "or", ",") {
		// "the occupation of A and B's attacks": B owns the attacks;
		// A is the object of "of", no co-owner ("A and B's
		// cooperation" is both's).
		lo = idx
	}
	out := []mention{m}
	for k := idx - 1; k >= lo; k-- {
		out = append(out, ms[k])
	}
	for k := idx + 1; k <= hi; k++ {
		out = append(out, ms[k])
	}
	return out
}

// listJoin reports whether the tokens from a to b only join two items of
// a list ("and", "or", a comma, "the", a preposition repeated after the
// join: "and of"), or the two are the parts of a
// hyphen compound, the second a name of several words ("US-South Korea").
func listJoin(toks []token, a, b int) bool {
	if b == a && a > 0 && toks[a-1].Cap {
		if _, tail, ok := strings.Cut(toks[a-1].Text, "-"); ok {
			if r, _ := utf8.DecodeRuneInString(tail); unicode.IsUpper(r) {
				return true // not "US-backed Israeli strikes"
			}
		}
	}
	if b <= a {
		return false
	}
	for k := a; k < b; k++ {
		if !annotate.ListJoinAt(toks, k) && toks[k].Lower != "the" && !(k > a && repeatedPrepositions[toks[k].Lower] && annotate.ListJoinAt(toks, k-1)) {
			return false
		}
	}
	return true
}

// repeatedPrepositions may open each item of a list after its join ("the
// efforts of the Union and of X", "to A and to B").
var repeatedPrepositions = map[string]bool{"of": true, "to": true, "with": true, "for": true}

// listEnd narrows the chain ms[lo..hi] around ms[idx] to a list: one
// with a conjunction ends at its last join with a conjunction, when the
// countries after it follow commas and the chain ends there (no comma or
// conjunction after its last country). A chain with no conjunction stays
// whole: titles join with commas ("A, B sign a deal").
func listEnd(ms []mention, toks []token, lo, hi, idx int) (int, int) {
	last := -1 // the item after the last conjunction
	for k := lo + 1; k <= hi; k++ {
		if joinHolds(toks, ms[k-1].End, ms[k].Tok, "and", "or") {
			last = k
		}
	}
	if last < 0 || last == hi {
		return lo, hi
	}
	for k := last + 1; k <= hi; k++ {
		if !joinHolds(toks, ms[k-1].End, ms[k].Tok, ",") {
			return lo, hi
		}
	}
	if e := ms[hi].End; e < len(toks) && (toks[e].Lower == "," || toks[e].Lower == "and" || toks[e].Lower == "or") {
		// The list goes on past a phrase that is no country: "A and
		// B, C, and the State of D".
		return lo, hi
	}
	if idx > last {
		return idx, idx
	}
	return lo, last
}

// joinHolds reports whether the join toks[a:b] between two items of a
// list holds one of words: a conjunction ("and", "or") or a comma.
func joinHolds(toks []token, a, b int, words ...string) bool {
	for k := a; k < b; k++ {
		if slices.Contains(words, toks[k].Lower) {
			return true
		}
	}
	return false
}

// onlyWhere returns the codes that ms names only by mentions for which
// in holds (a place alone: annotate.ByPlace; a circumstance: inAmid), in
// order.
func onlyWhere(ms []mention, in func(mention) bool) []string {
	var out []string
	for _, m := range ms {
		if in(m) && !slices.Contains(out, m.Code) && !slices.ContainsFunc(ms, func(o mention) bool { return o.Code == m.Code && !in(o) }) {
			out = append(out, m.Code)
		}
	}
	return out
}

// participleClause returns the index of the comma that opens a clause
// of a participle in -ing ("…, recalling …", "…, citing …"; not a
// preposition in -ing such as "including"), else len(toks).
func participleClause(toks []token) int {
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].Text == "," && gerundAt(toks, k+1) && !annotate.IsDeverbalPreposition(toks[k+1].Lower) {
			return k
		}
	}
	return len(toks)
}

// mentionsBefore returns the mentions of ms that open before toks[k].
func mentionsBefore(ms []mention, k int) []mention {
	var out []mention
	for _, m := range ms {
		if m.Tok < k {
			out = append(out, m)
		}
	}
	return out
}

// codes returns the distinct codes of ms, sorted.
func codes(ms []mention) []string {
	seen := map[string]bool{}
	var out []string
	for _, m := range ms {
		if !seen[m.Code] {
			seen[m.Code] = true
			out = append(out, m.Code)
		}
	}
	sort.Strings(out)
	return out
}

// generalSentiment is cdipaolo's score of text mapped to [-1, 1]: 2p − 1
// with p the model's probability of the positive class, or ±1 from its
// class when the probability underflows.
func (sc *Scorer) generalSentiment(text string) float64 {
	var probability func(string) (uint8, float64)
	var predict func(string) uint8
	if sc.bayes != nil {
		probability, predict = sc.bayes.probability, sc.bayes.predict
	} else if m := sc.sentiment[sentiment.English]; m != nil {
		probability, predict = m.Probability, m.Predict
	} else {
		return math.NaN()
	}
	class, p := probability(text)
	if math.IsNaN(p) || math.IsInf(p, 0) {
		if predict(text) == 1 {
			return 1
		}
		return -1
	}
	if class == 0 {
		p = 1 - p
	}
	return 2*p - 1
}

// objectHead reports whether toks[k] may head the object noun phrase that
// starts at toks[from], right after a verb: an object (objectAt) whose
// words before it are lower-case, no auxiliary and no conjunction
// ("imposed new tariffs", "scrapped all its curbs").
func objectHead(toks []token, from, k int) bool {
	if !objectAt(toks, from, k) {
		return false
	}
	for _, t := range toks[from:k] {
		if t.Cap || annotate.IsAuxiliary(t.Lower) {
			return false
		}
		switch t.Lower {
		case "and", "or", "but", "that", "which", "who", "as":
			return false
		}
	}
	return true
}

// requestedAct reports whether the term at toks[k] opens the content, after
// at most three lowercase words (determiners, adjectives: "new and tougher
// sanctions") or right after "to" ("urged X to sanction Y"): the act a
// directive cue asks for, which the speaker proposes.
func requestedAct(toks []token, k int) bool {
	if k > 3 {
		return false
	}
	if k == 1 && toks[0].Lower == "to" {
		return true
	}
	for _, t := range toks[:k] {
		if !t.Word || t.Cap || t.Lower == "to" {
			return false
		}
	}
	return true
}

// copulaOpens reports whether toks open with a copula, after an auxiliary
// at most ("was", "has been", "will be"): what follows is said of a
// subject before them.
func copulaOpens(toks []token) bool {
	k := 0
	if k+1 < len(toks) && annotate.IsAuxiliary(toks[k].Lower) && !annotate.IsBe(toks[k].Lower) {
		k++
	}
	return k < len(toks) && isCopula(toks[k].Lower)
}

// entryInto reports whether the country mentioned at toks[m] follows
// "into" or "against", over "the" and words of direction ("into northern
// X", "troops against X"): forces sent there go in as a foe.
func entryInto(toks []token, m int) bool {
	k := annotate.BeforeDirection(toks, m)
	return k >= 0 && (toks[k].Lower == "into" || toks[k].Lower == "against")
}

// quarrelPartner reports whether m follows "with" (over "the") after a
// noun of a quarrel (words.tsv quarrel: "dispute with X", "its border row
// with the X government"): the quarrel's opposing party.
func quarrelPartner(words annotate.WordClasses, toks []token, m mention) bool {
	k := beforeMention(toks, m)
	return k >= 1 && toks[k].Lower == "with" && words.Is(toks[k-1].Lower, lexicons.WordQuarrel)
}

// conflictBetween reports whether m follows "between" (over "the") after
// a hostile term or a noun of a quarrel ("a war between X and Y", "the
// tensions between X and Y"): a side of a conflict of others.
func conflictBetween(words annotate.WordClasses, toks []token, m mention, hostileEnd func(int) bool) bool {
	k := beforeMention(toks, m)
	return k >= 1 && toks[k].Lower == "between" && (words.Is(toks[k-1].Lower, lexicons.WordQuarrel) || hostileEnd(k-1))
}

// askedParty reports whether a directive's content is an act asked of
// a country: its addressee outside the content before "to" ("urged X |
// to hold talks"), or a country that opens the content before "to"
// ("call on | X to engage in dialogue").
func askedParty(f *found, ms []mention, toks []token) bool {
	if len(toks) == 0 {
		return false
	}
	if toks[0].Lower == "to" {
		return len(f.Objects) > 0
	}
	m, ok := openingMention(ms, toks)
	return ok && m.End < len(toks) && toks[m.End].Lower == "to"
}

// beforeMention returns the index of the word before the mention m, over
// a "the" that opens it ("dispute with | the X government"), or -1.
func beforeMention(toks []token, m mention) int {
	k := m.Tok - 1
	if k >= 0 && toks[k].Lower == "the" {
		k--
	}
	return k
}

// openingMention returns the country that opens toks, over "the".
func openingMention(ms []mention, toks []token) (mention, bool) {
	for _, m := range ms {
		if m.Tok == 0 || m.Tok == 1 && toks[0].Lower == "the" {
			return m, true
		}
	}
	return mention{}, false
}

// addresseeThenTo reports whether the term at toks[k] is the infinitive
// after the one a directive is addressed to, when the content opens with
// it, as a headline's does: a country ("urges | EU to sanction X banks"),
// or a noun of rulers, the speaker's own ("urge | government to expel
// X's envoy"). The act asked for is the speaker's proposal, and the
// addressee no agent the speaker accuses.
func (sc *Scorer) addresseeThenTo(ms []mention, toks []token, k int) bool {
	if k < 2 || toks[k-1].Lower != "to" {
		return false
	}
	if m, ok := openingMention(ms, toks); ok {
		return m.End == k-1
	}
	j := 0
	if toks[0].Lower == "the" {
		j = 1
	}
	return j == k-2 && sc.lex.Words.Is(toks[j].Lower, lexicons.WordRulers)
}

// subjectThenVerb reports whether the term at toks[k] is the verb of a
// content that opens with its subject, a country: "(demanded) that the
// Y government apologise", "(demanded) X apologise", "(demanded) in May
// that X apologise".
func subjectThenVerb(ms []mention, toks []token, k int) bool {
	j := 0
	for x := 0; x < len(toks) && x < 6; x++ {
		if toks[x].Lower == "that" {
			j = x + 1 // "in April that …": a time before it
			break
		}
	}
	if j < len(toks) && toks[j].Lower == "the" {
		j++
	}
	for _, m := range ms {
		if m.Tok == j {
			return m.End == k || m.End+1 == k && annotate.IsAuxiliary(toks[m.End].Lower)
		}
	}
	return false
}

// detainer returns the country that holds the people of a passive of
// detaining at toks[i] (annotate's DetainedPassive), where DetainerAt
// says it is named.
func detainer(ms []mention, toks []token, i int) (mention, bool) {
	q := annotate.DetainerAt(toks, i)
	if q < 0 {
		return mention{}, false
	}
	for _, m := range ms {
		if m.Tok == q {
			return m, true
		}
	}
	return mention{}, false
}

// detainedIn reports whether the country m is where people are held, after
// a passive of detaining ("soldiers detained in X": DetainedPassive): the
// country that holds them, a target.
func (sc *Scorer) detainedIn(toks []token, m mention) bool {
	for i := m.Tok - 3; i < m.Tok-1; i++ {
		if i >= 1 && sc.lex.DetainedPassive(toks, i) && annotate.DetainerAt(toks, i) == m.Tok {
			return true
		}
	}
	return false
}

// peopleOf reports whether the country m is an adjective of people
// (words.tsv class patient: "X refugees", "X migrants", "X nationals").
func (sc *Scorer) peopleOf(toks []token, m mention) bool {
	return m.Kind == annotate.ByAdjective && m.End < len(toks) && sc.lex.Words.Is(toks[m.End].Lower, lexicons.WordPatient)
}

// termPreposition reports whether the locative before the country at
// toks[m] ends a lexicon term ("investment in X"): X is the term's
// object, not a place.
func (sc *Scorer) termPreposition(toks []token, m int) bool {
	k := m - 1
	for k > 0 && annotate.IsDirectionWord(toks[k].Lower) {
		k--
	}
	for j := max(0, k-3); j < k; j++ {
		if _, n := sc.lex.TermAt(toks, j); n > 1 && j+n == k+1 {
			return true
		}
	}
	return false
}

// inSubject reports whether the mention m of toks stands inside subj, the
// statement's own subject, as a passive's agent does in its content ("…
// was rejected by A and B"): a speaker, no target.
func inSubject(subj, toks []token, m mention) bool {
	return len(subj) > 0 && toks[m.Tok].Start >= subj[0].Start && toks[m.End-1].End <= subj[len(subj)-1].End
}

// joinedIn reports whether m is the one a speaker joins in an act, the
// object of "join" before "in" and a gerund ("joined X in condemning
// Y", "joins the X and Y governments in imposing sanctions on Y"): a
// partner that does the act too, not its target; the act's own
// object is.
func joinedIn(lx *annotate.Lexicon, toks []token, m mention) bool {
	_, g := joinedAt(lx, toks, m)
	return g >= 0
}

// joinedAt returns, for m the object of "join" in "joined X in
// <gerund>" or "joins X in <term>" ("joins X in strikes on Y"), or of
// "follow" ("followed X's lead in <gerund>", "follow the X example
// in"), the indexes of the verb and of the gerund or term, else -1, -1.
func joinedAt(lx *annotate.Lexicon, toks []token, m mention) (join, gerund int) {
	j := beforeMention(toks, m)
	if j < 0 {
		return -1, -1
	}
	follow := false
	switch l := toks[j].Lower; {
	case joinForms[l]:
	case l == "follow" || l == "follows" || l == "followed" || l == "following":
		follow = true
	default:
		return -1, -1
	}
	for k := m.End; k+1 < len(toks) && k < m.End+8; k++ {
		t := toks[k]
		if t.Lower == "in" {
			if gerundAt(toks, k+1) {
				return j, k + 1
			}
			if lt, _ := lx.TermAt(toks, k+1); lt != nil {
				return j, k + 1 // "joins X in | strikes on Y": a term of the act (lower case)
			}
			return -1, -1
		}
		if !(t.Cap || t.Lower == "and" || t.Lower == "the" || t.Text == "," || t.Lower == "other" || t.Lower == "government" || t.Lower == "governments" ||
			follow && (t.Lower == "lead" || t.Lower == "example")) {
			return -1, -1
		}
	}
	return -1, -1
}

// joinForms are the forms of "join".
var joinForms = map[string]bool{"join": true, "joins": true, "joined": true, "joining": true}

// reacting reports whether the country at toks[m] is the one the act
// angered (", angering X", ", irking the X government", ", angering the
// government in X": ReactionAt) or drew a reaction from (", drawing a
// protest from X": OutcryFrom; ", drawing X ire": OutcryDrawnBy).
func reacting(words annotate.WordClasses, toks []token, m int) bool {
	k := m - 1
	if words.SeatOfRulers(toks, m) {
		// ", angering the government in X": the body before "in"
		for k >= 0 && toks[k].Lower != "in" {
			k--
		}
		k -= 2
	}
	f := k // where "from" may stand: over modifiers ("from the interim government in X") and a determiner
	if g := annotate.BeforeModifiers(toks, k); g < k && annotate.IsDeterminer(toks[g].Lower) {
		f = g
	}
	if k >= 0 && annotate.IsDeterminer(toks[k].Lower) {
		k--
	}
	if f >= 0 && annotate.IsDeterminer(toks[f].Lower) {
		f--
	}
	if f >= 0 && toks[f].Lower == "from" {
		// ", drawing a protest from X"
		for j := f - 2; j >= 1 && j >= f-5; j-- {
			if _, from := words.OutcryFrom(toks, j); from == f {
				return true
			}
		}
		return false
	}
	return words.ReactionAt(toks, k) || words.OutcryDrawnBy(toks, m)
}

// relationTerm reports whether lt, whose first word is first, names a
// relation between parties: its first or last word is of words.tsv class
// "relation" ("friendship", "close ties").
func relationTerm(words annotate.WordClasses, lt *annotate.Term, first string) bool {
	return words.Is(first, lexicons.WordRelation) || len(lt.Words) > 0 && words.Is(lt.Words[len(lt.Words)-1], lexicons.WordRelation)
}

// venue reports whether m, a country's or capital's name without a
// possessive, names where a gathering is held: after "at" or "in" (with
// "the" between) and before a noun of words.tsv class "gathering" ("talks
// at the Cairo summit", "agree at Moscow meet", "in the Doha talks"). A
// capital's name before such a noun inside a phrase, after a lower-case
// word ("a deal after marathon Cairo talks", "the Cairo summit"), is
// where it is held too (inPhrase: in a title, whose phrases are
// compressed so; in running text "the Cairo conference" is as often the
// host's initiative a speaker credits it with: there the reading lowered
// the UN validation, 0.4566 → 0.4560 in even years, 0.4562 outside
// speeches' own statements); after a comma, a conjunction or at the
// start it may be the subject of "talks" as a verb, and a country's name
// there tells what the talks are about ("Iran talks"). It is no party of
// what happens there.
func venue(words annotate.WordClasses, toks []token, m mention, inPhrase bool) bool {
	if m.Kind != annotate.ByName && m.Kind != annotate.ByCapital || toks[m.End-1].Poss || m.End >= len(toks) || !words.Is(toks[m.End].Lower, lexicons.WordGathering) {
		return false
	}
	p := wordBefore(toks, m.Tok)
	if p == "at" || p == "in" {
		return true
	}
	k := m.Tok - 1
	return inPhrase && m.Kind == annotate.ByCapital && k >= 0 && toks[k].Word && !toks[k].Cap && !toks[k].Poss && p != "and" && p != "or"
}

// noneAfter reports whether toks[j] opens an object that is no one:
// "nobody", "none", "no one", "no country", "no state", "no nation", "no
// other …".
func noneAfter(toks []token, j int) bool {
	if j >= len(toks) {
		return false
	}
	switch toks[j].Lower {
	case "nobody", "none":
		return true
	case "no":
		if j+1 < len(toks) {
			switch toks[j+1].Lower {
			case "one", "country", "state", "nation", "other":
				return true
			}
		}
	}
	return false
}

// heldAt reports whether m follows "in" or "at" (with "the" between) after
// a noun of words.tsv class "gathering": "talks in X", "a summit at X".
func heldAt(words annotate.WordClasses, toks []token, m mention) bool {
	k := indexBefore(toks, m.Tok)
	return k >= 1 && (toks[k].Lower == "in" || toks[k].Lower == "at") && words.Is(toks[k-1].Lower, lexicons.WordGathering)
}

// passiveAgentAfter returns the country right after "by" (over "the")
// within four words from toks[from], the words between lower case: the
// agent of a passive ("taken hostage by X").
func passiveAgentAfter(ms []mention, toks []token, from int) (mention, bool) {
	return passiveAgentWithin(ms, toks, from, 4)
}

// passiveAgentWithin is passiveAgentAfter with "by" looked for in the
// limit tokens from toks[from].
func passiveAgentWithin(ms []mention, toks []token, from, limit int) (mention, bool) {
	for k := from; k < len(toks) && k < from+limit; k++ {
		if toks[k].Lower == "by" {
			for _, m := range ms {
				if m.Tok == k+1 || m.Tok == k+2 && toks[k+1].Lower == "the" {
					return m, true
				}
			}
			return mention{}, false
		}
		if !toks[k].Word || toks[k].Cap {
			return mention{}, false
		}
	}
	return mention{}, false
}

// perpetratedBefore reports whether the preposition at toks[i] follows
// a verb of perpetrating (words.tsv perpetrate: committed, waged,
// launched) or "directed", "carried out", over an adverb at most, or,
// when scheme is set, a noun of a hostile scheme (words.tsv scheme:
// plots, campaign); an agent after "by" or a place after "from" may
// stand between ("the campaign waged by X against Y", "missiles
// launched from X against Y"). It names the victim of the act ("acts
// of aggression committed against X", "an attack directed against X",
// "the plots against X").
func (sc *Scorer) perpetratedBefore(toks []token, i int, scheme bool) bool {
	k := i - 1
	if j := annotate.NameBefore(toks, k); j < k && j > 0 && (toks[j].Lower == "by" || toks[j].Lower == "from") {
		k = j - 1
	}
	if k >= 0 && (strings.HasSuffix(toks[k].Lower, "ly") || annotate.IsTimeWord(toks[k].Lower)) {
		k--
		if k >= 0 && (toks[k].Lower == "last" || toks[k].Lower == "this") {
			k-- // "perpetrated last year against X"
		}
	}
	if k >= 1 && toks[k].Lower == "out" && toks[k-1].Lower == "carried" {
		return true
	}
	if k >= 0 && toks[k].Word && (toks[k].Lower == "directed" || sc.lex.Words.Is(toks[k].Lower, lexicons.WordPerpetrate) || scheme && sc.lex.Words.Is(toks[k].Lower, lexicons.WordScheme)) {
		return true
	}
	if k >= 0 && (toks[k].Lower == "and" || toks[k].Lower == "as" || toks[k].Lower == "also" || toks[k].Text == ",") {
		// "against X, as well as against Y": the victims listed with
		// the first.
		for j := k - 1; j >= 0 && j >= i-12; j-- {
			if toks[j].Lower == toks[i].Lower {
				return sc.perpetratedBefore(toks, j, scheme)
			}
			if toks[j].Text == ";" || toks[j].Text == "." {
				break
			}
		}
	}
	return false
}

// founderWeight is the weight of talks that failed: CAMEO 164 (halt
// negotiations) read as a setback of the relation, weighed as a protest.
const founderWeight = -0.4

// founderAfter reports whether the first verb in the eight words from
// toks[from], in the same clause, is one of failing (words.tsv founder;
// "break" with "down"): "talks | collapsed", "talks with X on the border
// | had broken down", "talks | have stalled". Another verb first ("talks
// that produced a deal soon stalled") ends the search.
func (sc *Scorer) founderAfter(toks []token, clause []int, from int) bool {
	for k := from; k < len(toks) && k < from+8 && clause[k] == clause[from-1]; k++ {
		t := toks[k]
		if !t.Word {
			return false
		}
		if sc.lex.Words.Is(t.Lower, lexicons.WordFounder) {
			if strings.HasPrefix(t.Lower, "br") {
				return k+1 < len(toks) && toks[k+1].Lower == "down"
			}
			return true
		}
		if !t.Cap && sc.lex.PastVerb(t) && !annotate.IsBe(t.Lower) && t.Lower != "had" {
			return false
		}
	}
	return false
}

// countersEvil reports whether the term at toks[i:i+n] is a verb of
// fighting an evil (words.tsv counter) whose object, over a particle
// ("wipe out"), a determiner and two lower-case words at most, is a
// hostile term, a hazard, a scourge or people who act for themselves
// (words.tsv nonstate): "fought terrorism", "to combat piracy", "wipe out
// these plagues", "fight jihadists together"; or a noun of class
// crackdown after a possessive or a determiner, with "on" or "against"
// ("X's war on drugs", "the crackdown on piracy").
func (sc *Scorer) countersEvil(toks []token, i, n int, hostileAt func(int) bool) bool {
	k := i + n
	switch {
	case n == 1 && k+1 < len(toks) && (toks[k].Lower == "on" || toks[k].Lower == "against") && i > 0 && (toks[i-1].Poss || annotate.IsDeterminer(toks[i-1].Lower)) &&
		sc.lex.Words.Is(toks[i].Lower, lexicons.WordCrackdown):
		k++ // a noun: "X's war on drugs", "the crackdown on piracy"
	case !sc.lex.Words.Is(toks[i].Lower, lexicons.WordCounter):
		return false
	case k < len(toks) && (toks[k].Lower == "out" || toks[k].Lower == "down"):
		k++
	}
	if k < len(toks) && annotate.IsDeterminer(toks[k].Lower) {
		k++
	}
	for j := k; j < len(toks) && j <= k+2; j++ {
		t := toks[j]
		if !t.Word || t.Cap || annotate.IsPreposition(t.Lower) {
			return false // "fighting against X" is fightAgainstEvil's
		}
		if sc.evilAt(toks, j, hostileAt) {
			return true // "fight terrorism", "combat jihadists"
		}
	}
	return false
}

// evilAt reports whether toks[j] names what a verb of fighting an evil
// (words.tsv counter) fights: a hostile term, a hazard, a scourge or people
// who act for themselves (words.tsv nonstate).
func (sc *Scorer) evilAt(toks []token, j int, hostileAt func(int) bool) bool {
	return hostileAt(j) || sc.lex.Words.Is(toks[j].Lower, lexicons.WordHazard, lexicons.WordScourge, lexicons.WordNonState)
}

// fightAgainstEvil reports whether the term at toks[i:i+n] is a verb of
// fighting an evil (words.tsv counter) whose object after "against" is a
// scourge, a hazard or people who act for themselves (words.tsv nonstate):
// "a joint fight against extremists", "battling against piracy". Other
// hostile terms keep such an object ("violence against protesters").
func (sc *Scorer) fightAgainstEvil(toks []token, i, n int, hostileAt func(int) bool) bool {
	if n != 1 || !sc.lex.Words.Is(toks[i].Lower, lexicons.WordCounter) {
		return false
	}
	return againstHostile(toks, i+n, func(j int) bool { return sc.evilAt(toks, j, hostileAt) })
}

// dropNonAgents removes from got, the countries a hostile term at
// toks[i] of weight w found as its agent (ruleAgent, ruleSubject,
// ruleBackward), those that do not act: the subject of a verb of what
// befalls it ("X continues to face aggression", "X is the victim of
// …": undergoneBetween), and a country before a phrase of time that the
// term heads ("suspended cooperation with X after the coup"), and a
// country before a participle whose subject a subordinator leaves out
// ("will stand by X if attacked": elidedPassive).
func (sc *Scorer) dropNonAgents(got []mention, rule attachRule, w float64, toks []token, clause []int, i int) []mention {
	if w >= 0 || rule != ruleAgent && rule != ruleSubject && rule != ruleBackward {
		return got
	}
	p := timePhraseAt(toks, i)
	return slices.DeleteFunc(got, func(m mention) bool {
		return sc.undergoneBetween(toks, clause, m.End, i) || p >= 0 && m.End <= p || m.End <= i && elidedPassive(toks, i)
	})
}

// elidedPassive reports whether the term at toks[i] is a participle in -ed
// right after a subordinator, a clause with its subject and "be" left out
// ("if attacked", "unless provoked"): the subject it leaves out suffers
// the act, and no country before it does it.
func elidedPassive(toks []token, i int) bool {
	if i == 0 || !strings.HasSuffix(toks[i].Lower, "ed") {
		return false
	}
	switch toks[i-1].Lower {
	case "if", "when", "unless", "once", "until", "though", "although", "whether":
		return true
	}
	return false
}

// othersVerdict reports whether toks[i] is a verb of saying or of
// evaluation (a cue of cues.tsv) whose subject is another, not the
// speaker: a third-person pronoun or an indefinite ("they", "many",
// "some", "critics"), "who" after one ("many who have criticized X"),
// or a plural after one ("some countries have condemned X"). "We" in
// the subject keeps the verb the speaker's ("we and other States"), and
// so does "it" after the speaker's own delegation or country named
// earlier in the sentence ("our delegation recalls …, and it thanks X").
func (sc *Scorer) othersVerdict(toks []token, i int) bool {
	if !toks[i].Word || toks[i].Cap || !sc.lex.StartsCue(toks[i].Lower) {
		return false
	}
	c := sc.lex.CueAt(toks, i)
	if c == nil || !c.Verb {
		return false
	}
	e := annotate.SkipAdverbials(toks, i)
	if e == 0 {
		return false
	}
	subj := toks[e-1].Lower
	if subj == "who" && e >= 2 {
		subj = toks[e-2].Lower
	}
	for k := e - 1; k >= 0 && k >= e-5; k-- {
		if toks[k].Lower == "we" {
			return false // "we and other States have condemned X"
		}
	}
	if subj == "it" && ownBodyBefore(toks, e-1) {
		return false // "our delegation recalls …, and it thanks X"
	}
	if e >= 2 && otherSubject(toks[e-2].Lower) && strings.HasSuffix(subj, "s") {
		return true // "some countries have condemned X", "certain Powers say"
	}
	return otherSubject(subj)
}

// otherSubject reports whether w, a subject in a delegation's speech,
// names others than the speaker: a third-person pronoun or an
// indefinite.
func otherSubject(w string) bool { return thirdPersonSubjects[w] || indefiniteSubjects[w] }

// ownBodyBefore reports whether the speaker's own delegation, country or
// government ("our delegation", "my Government") is named before
// toks[k]: "it" may then stand for it.
func ownBodyBefore(toks []token, k int) bool {
	for j := 0; j+1 < k; j++ {
		if (toks[j].Lower == "our" || toks[j].Lower == "my") && ownBodies[toks[j+1].Lower] {
			return true
		}
	}
	return false
}

// ownBodies are what a delegation calls itself or its country.
var ownBodies = map[string]bool{"delegation": true, "country": true, "government": true, "nation": true, "state": true}

// indefiniteSubjects name others than the speaker, or stand before a
// plural that does ("some countries").
var indefiniteSubjects = map[string]bool{"many": true, "some": true, "others": true, "critics": true, "those": true, "certain": true, "other": true, "several": true}

// timePhraseAt returns the index of the preposition of time (after,
// before, since, following, amid, during) whose phrase the term at
// toks[i] heads, over a determiner and two lower-case words at most
// ("after the military coup"), or -1.
func timePhraseAt(toks []token, i int) int {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		t := toks[k]
		if timePrepositions[t.Lower] {
			return k
		}
		if !t.Word || t.Cap || annotate.IsPreposition(t.Lower) {
			return -1
		}
	}
	return -1
}

// timePrepositions open a phrase of time.
var timePrepositions = map[string]bool{"after": true, "before": true, "since": true, "following": true, "amid": true, "during": true}

// undergoneBetween reports whether a verb of what befalls its subject
// (words.tsv undergo and endure: suffer, face, endure) or the noun
// "victim" (endure) stands in toks[from:to], in the clause of toks[to].
func (sc *Scorer) undergoneBetween(toks []token, clause []int, from, to int) bool {
	for k := from; k < to && k < len(toks); k++ {
		if clause[k] == clause[to] && toks[k].Word && !toks[k].Cap && sc.lex.Words.Is(toks[k].Lower, lexicons.WordUndergo, lexicons.WordEndure) {
			return true
		}
	}
	return false
}

// undergoneAfter returns where the first hostile term after the country m
// in its clause starts when a word of undergoing or enduring stands
// between ("X has suffered aggression", "X is the victim of Y's
// aggression": undergoneBetween), or -1.
func (sc *Scorer) undergoneAfter(toks []token, clause []int, hitAt []termHit, m mention) int {
	for j := m.End; j < len(toks) && clause[j] == clause[m.Tok]; j++ {
		if hitAt[j].n > 0 && hitAt[j].lt.Weight < 0 {
			if sc.undergoneBetween(toks, clause, m.End, j) && !hazardAfter(sc.lex.Words, toks, j+hitAt[j].n) {
				return j // not "faces the threat of floods": a hazard's
			}
			return -1
		}
	}
	return -1
}

// electionOf reports whether m names the country whose election a
// praising cue is about ("congratulated Ruiz on his victory in X's
// presidential election", "on the elections in X"), or whose election's
// result a word of recognising is about ("would never recognise the
// outcome of the vote in X"): X is no place there but the one congratulated,
// or whose vote is recognised or not.
func electionOf(words annotate.WordClasses, cue *annotate.Cue, toks []token, m mention) bool {
	if m.Tok >= 2 && toks[m.Tok-1].Lower == "in" && electionNouns[toks[m.Tok-2].Lower] {
		// "the elections in X"
		if cue != nil && cue.Evaluative && cue.Weight > 0 {
			return true
		}
		for k := m.Tok - 3; k >= 0 && k >= m.Tok-8 && toks[k].Word; k-- {
			if words.Is(toks[k].Lower, lexicons.WordRecognise) {
				return true
			}
		}
		return false
	}
	if cue == nil || !cue.Evaluative || cue.Weight <= 0 {
		return false
	}
	if !toks[m.End-1].Poss {
		return false
	}
	for k := m.End; k < len(toks) && k <= m.End+2; k++ {
		if electionNouns[toks[k].Lower] {
			return true // "X's presidential election"
		}
		if !toks[k].Word || toks[k].Cap {
			return false
		}
	}
	return false
}

// electionNouns name a vote a country holds.
var electionNouns = map[string]bool{"election": true, "elections": true, "vote": true, "poll": true, "polls": true,
	"run-off": true, "runoff": true, "referendum": true}

// mediaOrigin reports whether m, a country's adjective or name, tells
// where a news organisation is from (words.tsv media) with at most two
// lower-case words between ("a X broadcaster", "exiled X TV channel"):
// what is done to the outlet is not done to the country. A state's own
// ("X state broadcaster", "state-run") stays the state's.
func mediaOrigin(words annotate.WordClasses, toks []token, m mention) bool {
	if toks[m.End-1].Poss {
		return false
	}
	for k := m.End; k < len(toks) && k <= m.End+2; k++ {
		t := toks[k]
		if !t.Word || strings.HasPrefix(t.Lower, "state") || t.Lower == "official" || t.Lower == "government" || annotate.IsPreposition(t.Lower) {
			return false // "X over Channel crossings": a preposition ends the phrase
		}
		if words.Is(t.Lower, lexicons.WordMedia) {
			return true
		}
	}
	return false
}

// brokerOf reports whether m, a country's name or adjective, is the head
// of a hyphen compound whose tail is a participle of good offices
// (words.tsv broker: "a Y-brokered deal", "Z-mediated talks"), or the
// agent after "by" of such a participle ("a deal brokered by Y"): the
// country brokered the deal or talks and is no party to them.
func brokerOf(words annotate.WordClasses, toks []token, m mention) bool {
	if _, tail, ok := strings.Cut(toks[m.Tok].Lower, "-"); ok && m.End == m.Tok+1 && words.Is(tail, lexicons.WordBroker) {
		return true
	}
	// "a deal brokered by Y", "talks mediated by the Y government".
	k := indexBefore(toks, m.Tok)
	// A host is a party of what it hosts: "boycotted a summit hosted by
	// Y" is toward Y.
	if k >= 1 && toks[k].Lower == "by" && words.Is(toks[k-1].Lower, lexicons.WordBroker) && toks[k-1].Lower != "hosted" {
		return true
	}
	return intermediaryAfterWith(words, toks, m)
}

// intermediaryAfterWith reports whether m is named in a list after "with"
// that acts as a third party's good offices (words.tsv intermediary):
// "with Y acting as mediator", "with Y and Z as guarantors".
func intermediaryAfterWith(words annotate.WordClasses, toks []token, m mention) bool {
	inList := func(t token) bool { return t.Word && t.Cap || t.Lower == "and" || t.Lower == "the" || t.Text == "," }
	j := m.Tok - 1
	for j >= 0 && j >= m.Tok-6 && inList(toks[j]) {
		j--
	}
	if j < 0 || toks[j].Lower != "with" {
		return false
	}
	k := m.End
	for k < len(toks) && k <= m.End+6 && inList(toks[k]) {
		k++
	}
	if k < len(toks) && (toks[k].Lower == "acting" || toks[k].Lower == "serving") {
		k++
	}
	if k+1 >= len(toks) || toks[k].Lower != "as" {
		return false
	}
	if k++; annotate.IsDeterminer(toks[k].Lower) {
		k++
	}
	return k < len(toks) && words.Is(toks[k].Lower, lexicons.WordIntermediary)
}

// soughtOwner returns the country whose possessive stands right before
// the term at toks[i] when a verb of demanding (words.tsv demand) asks for
// it: within the three words before the owner, or as the statement's cue
// when the owner opens the content ("Peru seeks Chile's backing"). A
// listener that opens the content before "for" and the term, under a cue
// of asking, is asked so too ("Chile asks Peru for help").
func soughtOwner(words annotate.WordClasses, f *found, ms []mention, toks []token, i int) (mention, bool) {
	if i >= 2 && toks[i-1].Lower == "for" && words.CueIs(f.CueTerm, lexicons.WordDirective, lexicons.WordDemand) {
		// A title's listener opens the content: "Chile asks Peru for help".
		for _, m := range ms {
			if m.Tok == 0 && m.End == i-1 {
				return m, true
			}
		}
	}
	if i == 0 || !toks[i-1].Poss {
		return mention{}, false
	}
	for _, m := range ms {
		if m.End == i && (demandedBefore(words, toks, m.Tok) || m.Tok == 0 && words.CueIs(f.CueTerm, lexicons.WordDemand)) {
			return m, true
		}
	}
	return mention{}, false
}

// demandedBefore reports whether a verb of demanding (words.tsv class
// demand) stands within the three words before toks[i], with only
// lowercase words between ("demanded a formal apology", "seeks an
// apology"; the statement's own cue is outside its content, and Score
// asks of it apart).
func demandedBefore(words annotate.WordClasses, toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		t := toks[k]
		if !t.Word || t.Cap {
			return false
		}
		if words.Is(t.Lower, lexicons.WordDemand) {
			return true
		}
	}
	return false
}

// demandedOfSubject reports whether the term at toks[i] is the verb of a
// clause that a noun or verb of demanding asks of a country, its subject
// right before it: "the demand that X hand over the maps", "insisted on
// its demand that the Y government pay compensation" inside a content of
// its own.
func demandedOfSubject(words annotate.WordClasses, ms []mention, toks []token, i int) bool {
	for _, m := range ms {
		if m.End != i {
			continue
		}
		k := beforeMention(toks, m)
		return k >= 1 && toks[k].Lower == "that" && words.Is(toks[k-1].Lower, lexicons.WordDemand)
	}
	return false
}

// bothParties reports whether the term at toks[i] is the act of "the two
// sides", "the two" or "both sides" (WordClasses.TwoParties, not a bare
// "both"), right before it with at most
// two auxiliaries or adverbs between: "the two sides signed", "the two
// leaders also agreed".
func bothParties(words annotate.WordClasses, toks []token, i int) bool {
	k := i - 1
	for k >= 0 && i-k <= 2 && toks[k].Word && !toks[k].Cap && (annotate.IsAuxiliary(toks[k].Lower) || strings.HasSuffix(toks[k].Lower, "ly") || toks[k].Lower == "also") {
		k--
	}
	// The phrase ends at toks[k], of two words or three ("the two
	// agreed", "both sides signed", "the two leaders agreed"); a bare
	// "both" before the verb is not read so.
	return k >= 1 && words.TwoParties(toks[k-1:k+1]) || k >= 2 && words.TwoParties(toks[k-2:k+1])
}

// soleParty returns the one country of the sentence, before toks[i] in
// its clause, that is a target and no place: the other of "the two
// sides" besides the speaker. It reports false when there are none or
// several.
func soleParty(lex *annotate.Lexicon, ms []mention, toks []token, isTarget []bool, i int) (string, bool) {
	code := ""
	for _, m := range ms {
		if m.Tok >= i || !isTarget[m.Tok] || lex.Place(toks, m) {
			continue
		}
		if code != "" && code != m.Code {
			return "", false
		}
		code = m.Code
	}
	return code, code != ""
}

// prospectBefore reports whether the term at toks[i] is what a prospect
// names ("on the verge of clashes", "the risk of a clash"): "of" within
// two words before it, after a word of words.tsv class prospect.
func prospectBefore(words annotate.WordClasses, toks []token, i int) bool {
	for k := i - 1; k >= 1 && k >= i-3; k-- {
		if toks[k].Lower == "of" {
			return words.Is(toks[k-1].Lower, lexicons.WordProspect)
		}
	}
	return false
}

// passiveVictim reports whether the country mentioned at m heads the
// subject of a passive hostile act: up to two words of its noun phrase, a
// form of "be" (and "been"), an adverb at most, then the hostile term
// ("X nationals were killed", "X traders have been badly beaten"), with
// no agent after it.
func passiveVictim(toks []token, m mention, hostileAt func(int) bool) bool {
	k := m.End
	for n := 0; n < 2 && k < len(toks) && toks[k].Word && !annotate.IsBe(toks[k].Lower) && !annotate.IsAuxiliary(toks[k].Lower); n++ {
		k++
	}
	if k < len(toks) && (toks[k].Lower == "have" || toks[k].Lower == "has" || toks[k].Lower == "had") {
		k++
	}
	if k >= len(toks) || !annotate.IsBe(toks[k].Lower) {
		return false
	}
	k++
	if k < len(toks) && toks[k].Lower == "been" {
		k++
	}
	if k < len(toks) && strings.HasSuffix(toks[k].Lower, "ly") {
		k++
	}
	// With its agent named ("were killed by Y troops") the act is the
	// agent's, whose target the subject is.
	return k < len(toks) && hostileAt(k) && !(k+1 < len(toks) && toks[k+1].Lower == "by")
}

// passiveSubject returns, when f is a passive act (its content: the
// subject, then the verb, "X receives a phone call from"), the targets
// before the term at toks[i] in its clause; else nil.
func passiveSubject(f *found, ms []mention, isTarget []bool, clause []int, i int) []mention {
	if f.Rule != extract.RulePassiveAct {
		return nil
	}
	var out []mention
	for _, m := range ms {
		if m.Tok < i && isTarget[m.Tok] && clause[m.Tok] == clause[i] {
			out = append(out, m)
		}
	}
	return out
}

// travelToGathering reports whether the word of travel at toks[i]
// (words.tsv class travel) goes to an organisation's gathering named
// after it in its clause ("flies to Manila for ASEAN meetings").
func travelToGathering(words annotate.WordClasses, ms []mention, toks []token, clause []int, i int) bool {
	if !words.Is(toks[i].Lower, lexicons.WordTravel) {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+10 && clause[k] == clause[i]; k++ {
		if organisationGathering(words, ms, toks, k) {
			return true
		}
	}
	return false
}

// organisationGathering reports whether the gathering noun at toks[i]
// (words.tsv class gathering) is an organisation's, named right before
// it ("ASEAN meetings", "the G20 summit", "a NATO summit").
func organisationGathering(words annotate.WordClasses, ms []mention, toks []token, i int) bool {
	if !words.Is(toks[i].Lower, lexicons.WordGathering) {
		return false
	}
	for _, m := range ms {
		if m.End == i || m.End == i-1 && toks[i-1].Word && !toks[i-1].Cap {
			return lexicons.IsOrganisation(m.Code)
		}
	}
	return false
}

// venueBefore reports whether "at" or "before" stands right before
// toks[k], "the" aside (annotate.BeforeDirection): the body named there is where something is done
// ("a complaint at the UN", "before the WTO").
func venueBefore(toks []token, k int) bool {
	j := annotate.BeforeDirection(toks, k)
	return j >= 0 && (toks[j].Lower == "at" || toks[j].Lower == "before")
}

// objectTopicEnd returns the end of a noun phrase that opens with "the" at
// toks[j], after a word of contact ("discussed the border dispute"): at
// most four lowercase words, up to punctuation or a preposition; j when
// none starts there. A country in it stays a mention ("met the X
// president"): only terms are spent.
func objectTopicEnd(toks []token, j int) int {
	if j >= len(toks) || toks[j].Lower != "the" {
		return j
	}
	k := j + 1
	for k < len(toks) && k <= j+4 && toks[k].Word && !annotate.IsPreposition(toks[k].Lower) && toks[k].Lower != "to" && toks[k].Lower != "and" {
		k++
	}
	return k
}

// relationTrend returns the word after a relation's topic noun ("ties";
// toks[from] on) that tells how the relation goes, and its sign: a growth
// word ("ties with X improved", "… stronger than ever", "… never been
// better") +1, a word of decline ("ties with X soured", "… have
// deteriorated", "at their lowest") -1; 0 when none. Between them stand
// only the relation's complement (prepositions and names: "between X and
// Y"), auxiliaries, adverbs, determiners and hyphens ("all-time"); a
// negator other than "never" before "been" ("never been better")
// cancels.
func relationTrend(words annotate.WordClasses, toks []token, from int) (int, int) {
	negated := false
	for k := from; k < len(toks) && k < from+10; k++ {
		t := toks[k]
		switch {
		case annotate.IsQuoteToken(t.Text):
			// "ties at 'historic high'": the words quoted still tell it.
		case !t.Word && t.Text != "-":
			return -1, 0
		case words.Is(t.Lower, lexicons.WordGrowth) && !strings.HasSuffix(t.Lower, "ing"):
			if negated {
				return -1, 0
			}
			return k, 1
		case words.Is(t.Lower, lexicons.WordDecline):
			if negated {
				return -1, 0
			}
			return k, -1
		case t.Lower == "never" && k+1 < len(toks) && toks[k+1].Lower == "been":
			// "… never been better" says they are at their best.
		case annotate.IsNegator(t.Lower):
			negated = true
		case t.Cap, !t.Word, annotate.IsPreposition(t.Lower), annotate.IsDeterminer(t.Lower), annotate.IsAuxiliary(t.Lower), annotate.IsBe(t.Lower), annotate.IsCopula(t.Lower),
			t.Lower == "and" && k > from && toks[k-1].Cap, t.Lower == "all-time" || t.Lower == "historic" || t.Lower == "record" || t.Lower == "new" || t.Lower == "than", t.Lower == "between" || t.Lower == "among",
			strings.HasSuffix(t.Lower, "ly") && len(t.Lower) > 4:
		default:
			return -1, 0
		}
	}
	return -1, 0
}
