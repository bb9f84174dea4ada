package extract

import (
	"github.com/stance-project/stance/analysis/record"
	"slices"
	"strings"

	"github.com/stance-project/stance/analysis/annotate"
	"github.com/stance-project/stance/analysis/segment"
	"github.com/stance-project/stance/lexicons"
)

// Headline grammar: the shapes of a title that tell a topic from a
// speaker, and a speaker from what it speaks about.

// topicPhrase reports whether the words before a headline's colon name a
// topic that holds a country rather than a speaker of it: a head word
// followed by a preposition and the country ("War in Sudan:", "Talks
// with Iran:"), where the head is no role ("Minister of Defence:"), no
// country, capital or institution ("Kremlin on Ukraine:") and no person
// of the actor lexicon ("Blinken on China:"). The head is a noun of three
// words at most, no participle.
func (a *Extractor) topicPhrase(st *docState, toks []token) bool {
	k := -1
	for i, t := range toks {
		if i > 0 && annotate.IsPreposition(t.Lower) {
			k = i
			break
		}
	}
	if k < 1 || k+1 >= len(toks) {
		return false
	}
	head := toks[:k]
	last := head[len(head)-1]
	if !last.Word || a.lex.Roles[last.Lower] != "" || len(a.lex.Countries.Find(head)) > 0 {
		return false
	}
	if len(head) > 3 || !last.Cap && len(last.Lower) > 4 && strings.HasSuffix(last.Lower, "ed") {
		// A clause, not a topic: "Two guards killed by X fire: Y army"
		// reports an act, in the passive headlines write, and its source.
		return false
	}
	switch last.Text {
	case "FM", "PM", "FMs", "PMs":
		return false
	}
	if a.lex.Actors != nil && len(a.lex.Actors.Find(head, st.doc.Date)) > 0 {
		return false
	}
	return len(a.lex.Countries.Find(toks[k+1:])) > 0
}

// reducedPassive reports whether the word at toks[j] is a past participle
// with its agent right after it and no "be" before it, as headlines write
// the passive ("Poland condemned by Hungary", "Peru hit by Chilean
// tariffs"): a lower-case participle (in -ed, or of irregular.tsv)
// followed by "by", and no means after it ("consulted by telephone" is
// active).
func (a *Extractor) reducedPassive(toks []token, j int) bool {
	return j+2 < len(toks) && toks[j].Word && !toks[j].Cap && (strings.HasSuffix(toks[j].Lower, "ed") || a.lex.Participle(toks[j])) && toks[j+1].Lower == "by" && !meansAt(toks, j+2)
}

// meansAt reports whether toks[k], after "by", names how something is
// done, not who does it: "by telephone", "by video link", "by a wide
// margin", or a gerund ("retaliated by expelling").
func meansAt(toks []token, k int) bool {
	if k < len(toks) && toks[k].Word && !toks[k].Cap && strings.HasSuffix(toks[k].Lower, "ing") && len(toks[k].Lower) > 5 {
		return true
	}
	if k < len(toks) && (toks[k].Lower == "a" || toks[k].Lower == "the") {
		k++
	}
	return k < len(toks) && meansNouns[toks[k].Lower]
}

// pairEnd returns the end of a pair compound's phrase that starts at
// toks[i]: a dash, a semicolon or a colon, or a clause of time or cause
// with a subject of its own ("A-B war — C's rockets land …", "A-B
// ties sour as C's leader …"), else the end of toks.
func pairEnd(toks []token, i int) int {
	for k := i + 1; k < len(toks); k++ {
		t := toks[k]
		if isDash(t.Text) || t.Text == ";" || t.Text == ":" {
			return k
		}
		if ownSubordinate(toks, k) {
			return k
		}
	}
	return len(toks)
}

// meansNouns name how something is done after "by".
var meansNouns = map[string]bool{"telephone": true, "phone": true, "video": true, "videoconference": true, "videolink": true,
	"letter": true, "email": true, "e-mail": true, "mail": true, "post": true, "fax": true, "cable": true, "satellite": true,
	"land": true, "sea": true, "air": true, "road": true, "rail": true, "train": true, "plane": true, "car": true, "helicopter": true,
	"decree": true, "margin": true, "default": true, "force": true, "mistake": true, "chance": true, "hand": true, "law": true}

// pairCompound finds a compound of two countries joined by a hyphen
// before a lexicon term ("Spain-Morocco ties improve", "Turkish-Greek
// talks resume"): the relation of each with the other. It returns a
// statement of each country about the other, the content running from the
// compound to the end of its phrase (pairEnd).
func (a *Extractor) pairCompound(st *docState, text string, field record.Field, toks []token) []found {
	c, ok := a.findPairCompound(toks)
	if !ok {
		return nil
	}
	return a.pairStatements(c.read(RulePairCompound, text, toks), text, field, toks[c.from:pairEnd(toks, c.at)])
}

// read is the pair the compound c of toks names, found by rule: the
// compound as written speaks for each country.
func (c pairAt) read(rule Rule, text string, toks []token) pairRead {
	return pairRead{rule: rule, speaker: text[toks[c.at].Start:toks[c.after-1].End], cue: toks[c.hyphen].Text, via: "pair compound: each country of it", x: c.x, y: c.y}
}

// pairAt is a pair compound found in a phrase: the countries x and y, the
// index of the compound and of the word after it, the start of what it says (the compound, or a
// term of fighting before it) and the end of the first lexicon term
// after it.
type pairAt struct {
	x, y                     string
	at, after, from, termEnd int
	hyphen                   int // the token of the hyphen ("South Korea-US": at is "South")
}

// findPairCompound returns the first compound of two countries joined by
// a hyphen in toks with a lexicon term within three words after it, or a
// term of fighting before it (fightBefore).
func (a *Extractor) findPairCompound(toks []token) (pairAt, bool) {
	for i, t := range toks {
		if !t.Word || !strings.Contains(t.Text, "-") {
			continue
		}
		x, y, after, ok := a.countryPairAt(toks, i)
		start := i
		if !ok {
			// "South Korea-US drills": a name of several words before
			// the hyphen.
			if x, y, start, ok = a.longHeadPair(toks, i); !ok {
				continue
			}
			after = i + 1
		}
		termEnd := -1
		for k := after; k < len(toks) && k <= after+2 && toks[k].Word; k++ {
			if _, n := a.lex.TermAt(toks, k); n > 0 {
				termEnd = k + n
				break
			}
		}
		from := start
		if k := a.fightBefore(toks, start); termEnd < 0 && k >= 0 {
			// "Deadly clashes erupt on A-B border": fighting at the
			// pair's border is between the two.
			termEnd, from = after, k
		}
		if termEnd < 0 {
			continue
		}
		return pairAt{x: x, y: y, at: start, hyphen: i, after: after, from: from, termEnd: termEnd}, true
	}
	return pairAt{}, false
}

// pairRead is what a rule of a pair of countries found: the two, and the
// words that name them.
type pairRead struct {
	rule         Rule
	speaker, cue string
	speakerY     string // the words that name y alone, when speaker names x alone
	via          string // the speaker rule's explain text
	x, y         string
}

// pairStatements returns a statement of each country of a pair about the
// other, with the content, for a relation the two share.
func (a *Extractor) pairStatements(p pairRead, text string, field record.Field, content []token) []found {
	var out []found
	for k, c := range [2][2]string{{p.x, p.y}, {p.y, p.x}} {
		speaker := p.speaker
		if k == 1 && p.speakerY != "" {
			speaker = p.speakerY
		}
		f := found{Stmt: record.Statement{Speaker: speaker, SpeakerCountry: c[0], Kind: record.Indirect, Cue: p.cue, Field: field,
			SpeakerRule: p.via}, Rule: p.rule, Partners: []string{c[1]}, Act: true}
		a.setContent(&f, text, content)
		if f.Stmt.End > f.Stmt.Start {
			out = append(out, f)
		}
	}
	return out
}

// pairBetween finds a relation named between two countries, a lexicon
// term right before "between" ("tensions between A and B", "talks between
// the A and B governments", "clashes between A and B"): the relation of
// each with the other, as a pair compound names it. It returns a statement
// of each country about the other, the content running from the term to
// the end of its phrase (pairEnd).
func (a *Extractor) pairBetween(st *docState, text string, field record.Field, toks []token) []found {
	for j, t := range toks {
		if t.Lower != "between" || j == 0 {
			continue
		}
		x, y, end, ok := a.betweenPair(st, toks, j)
		if !ok {
			continue
		}
		from := -1 // the term that ends right before "between"
		for k := j - 1; k >= 0 && k >= j-3 && toks[k].Word; k-- {
			if _, n := a.lex.TermAt(toks, k); n > 0 && k+n == j {
				from = k
				break
			}
		}
		if from < 0 {
			continue
		}
		p := pairRead{rule: RulePairBetween, speaker: text[toks[x.Tok].Start:toks[end-1].End], cue: t.Text, via: "a pair after between: each country of it", x: x.Code, y: y.Code}
		return a.pairStatements(p, text, field, toks[from:pairEnd(toks, j)])
	}
	return nil
}

// betweenPair returns the two countries named right after "between" at
// toks[j] ("between A and B", "between the A and B governments"), and the
// end of the second; ok only when both are countries of their own (no
// organisation) and differ.
func (a *Extractor) betweenPair(st *docState, toks []token, j int) (x, y mention, end int, ok bool) {
	lo := j + 1
	if lo < len(toks) && toks[lo].Lower == "the" {
		lo++
	}
	hi := min(len(toks), lo+6)
	ms := a.lex.Parties(toks[lo:hi], st.doc.Date)
	if len(ms) < 2 || ms[0].Tok != 0 || ms[1].Tok != ms[0].End+1 || toks[lo+ms[0].End].Lower != "and" {
		return mention{}, mention{}, 0, false
	}
	x, y = ms[0], ms[1]
	if x.Code == y.Code || len(x.Code) != 3 || len(y.Code) != 3 {
		return mention{}, mention{}, 0, false
	}
	x.Tok, x.End, y.Tok, y.End = x.Tok+lo, x.End+lo, y.Tok+lo, y.End+lo
	return x, y, y.End, true
}

// fightBefore returns the index of a term of fighting (words.tsv
// reciprocal: "clashes", "fighting") within five words before the pair
// compound at toks[i], with only words between and the compound the
// object of a preposition of place ("clashes erupt on the A-B border"),
// or -1.
func (a *Extractor) fightBefore(toks []token, i int) int {
	j := i - 1
	if j >= 0 && toks[j].Lower == "the" {
		j--
	}
	if j < 0 || !placePrepositions[toks[j].Lower] {
		return -1
	}
	for k := j - 1; k >= 0 && k >= i-6 && toks[k].Word; k-- {
		if lt, n := a.lex.TermAt(toks, k); n > 0 && a.lex.Words.Fight(toks[k].Lower, lt.Weight) {
			return k
		}
	}
	return -1
}

// placePrepositions put a fight where it is: "on", "along", "at", "near"
// the border.
var placePrepositions = map[string]bool{"on": true, "along": true, "at": true, "near": true, "across": true}

// countryPair returns the countries of a word of two parts joined by a
// hyphen when each part is a country's name or adjective on its own
// ("US-China", "Turkish-Greek").
func (a *Extractor) countryPair(t token) (string, string, bool) {
	left, right, ok := strings.Cut(t.Text, "-")
	if !ok || strings.Contains(right, "-") || left == "" || right == "" {
		return "", "", false
	}
	one := func(part string) string {
		toks := segment.Tokenize(part)
		ms := a.lex.Countries.Find(toks)
		if len(toks) != 1 || len(ms) != 1 || ms[0].Tok != 0 || ms[0].End != 1 {
			return ""
		}
		return ms[0].Code
	}
	x, y := one(left), one(right)
	if x == "" || y == "" || x == y {
		return "", "", false
	}
	return x, y, true
}

// countryPairAt is countryPair of toks[i], or of toks[i] and the words
// after it when the part after the hyphen opens a name of several words
// ("US-South Korea games", "Japan-North Korea talks"). after is the index
// of the first token past the compound.
func (a *Extractor) countryPairAt(toks []token, i int) (x, y string, after int, ok bool) {
	if x, y, ok := a.countryPair(toks[i]); ok {
		return x, y, i + 1, true
	}
	left, right, cut := strings.Cut(toks[i].Text, "-")
	if !cut || left == "" || right == "" || strings.Contains(right, "-") {
		return "", "", 0, false
	}
	x = a.countryOf(segment.Tokenize(left))
	for n := 1; n <= 2 && i+n < len(toks) && toks[i+n].Word && toks[i+n].Cap; n++ {
		words := []string{right}
		for _, t := range toks[i+1 : i+n+1] {
			words = append(words, t.Text)
		}
		if y = a.countryOf(segment.Tokenize(strings.Join(words, " "))); y != "" {
			if x == "" || x == y {
				return "", "", 0, false
			}
			return x, y, i + n + 1, true
		}
	}
	return "", "", 0, false
}

// longHeadPair reads a compound whose hyphen token toks[i] ends a
// country's name of two or three words and whose part after the hyphen
// names another country ("South Korea-US", "Saudi Arabia-Iran"): the two
// countries and where the name starts.
func (a *Extractor) longHeadPair(toks []token, i int) (x, y string, start int, ok bool) {
	left, right, cut := strings.Cut(toks[i].Text, "-")
	if !cut || left == "" || right == "" || strings.Contains(right, "-") || !toks[i].Cap {
		return "", "", 0, false
	}
	y = a.countryOf(segment.Tokenize(right))
	if y == "" {
		return "", "", 0, false
	}
	for n := 1; n <= 2 && i-n >= 0 && toks[i-n].Word && toks[i-n].Cap; n++ {
		words := make([]string, 0, n+1)
		for _, t := range toks[i-n : i] {
			words = append(words, t.Text)
		}
		if x = a.countryOf(segment.Tokenize(strings.Join(append(words, left), " "))); x != "" {
			if x == y {
				return "", "", 0, false
			}
			return x, y, i - n, true
		}
	}
	return "", "", 0, false
}

// countryOf returns the country that toks name whole, as one name or
// adjective, or "".
func (a *Extractor) countryOf(toks []token) string {
	ms := a.lex.Countries.Find(toks)
	if len(ms) != 1 || ms[0].Tok != 0 || ms[0].End != len(toks) {
		return ""
	}
	return ms[0].Code
}

// titleFuture reports whether toks[j] is the "to" of a headline's future
// ("Peru to host talks", "Ministers to visit Chile"): "to" after a
// word and before a lower-case word.
func titleFuture(toks []token, j int) bool {
	return toks[j].Lower == "to" && j > 0 && toks[j-1].Word && j+1 < len(toks) && toks[j+1].Word && !toks[j+1].Cap
}

// receivedFrom returns, when toks[j] is a verb of receiving ("receives",
// "obtained", "accepts") with "from" after it in its clause, where the
// giver starts: "Laos accepts flood relief from Thailand" is Thailand's act
// toward Laos, as a passive is its agent's. It returns -1 otherwise.
func receivedFrom(words annotate.WordClasses, toks []token, j int) int {
	if !words.Is(toks[j].Lower, lexicons.WordReceive) {
		return -1
	}
	consent := words.Is(toks[j].Lower, lexicons.WordConsent)
	for k := j + 1; k < len(toks) && k <= j+8; k++ {
		if !toks[k].Word && toks[k].Text != "," { // a list: "tents, blankets and loans from"
			return -1
		}
		if consent && words.Is(toks[k].Lower, lexicons.WordStated) {
			return -1 // "X accepts an offer of talks from Y": X's own act (WordConsent)
		}
		if toks[k].Lower == "from" {
			return k + 1
		}
	}
	return -1
}

// afterLabel returns the words of a title after a label or topic before a
// colon ("Read more:", "Border tensions:", "Floods in Malawi:"), or toks
// when there is none.
func (a *Extractor) afterLabel(st *docState, toks []token) []token {
	for i := 0; i+1 < len(toks) && i < 6; i++ {
		if toks[i+1].Text == ":" && (i < 3 && (headlineLabel(toks[:i+1]) || a.topicLabel(toks[:i+1]) || a.placeLabel(toks[:i+1]) || dateLabel(toks[:i+1])) || a.topicPhrase(st, toks[:i+1])) && i+2 < len(toks) {
			return toks[i+2:]
		}
	}
	return toks
}

// placeLabel reports whether the words before a headline's colon are a
// city or region of places-phoenix.tsv and nothing else ("Goma:",
// "Kharkiv:"): the scene of the news, no speaker. A capital is a country
// term, its government's voice ("Kyiv:"), and no place.
func (a *Extractor) placeLabel(toks []token) bool {
	ps := a.lex.Countries.FindPlaces(toks, nil)
	return len(ps) == 1 && ps[0].Tok == 0 && ps[0].End == len(toks)
}

// sportsLabel reports whether a label before a colon in the first four
// words of a title holds a sports term of stance.tsv (class SPORT:
// "Volleyball:", "World Cup final:"): the title is a sports report, which
// gives no stance, as a statement with such a term in its content does.
func (a *Extractor) sportsLabel(toks []token) bool {
	for i := 1; i < len(toks) && i <= 4; i++ {
		if toks[i].Text != ":" {
			continue
		}
		for k := range i {
			if lt, n := a.lex.TermAt(toks[:i], k); n > 0 && lt.Class == lexicons.ClassSport {
				return true
			}
		}
		return false
	}
	return false
}

// dateLabel reports whether the words before a headline's colon open with
// a month and a number ("July 7 Incident:", "September 11:"): an
// anniversary or an event named by its date, no speaker.
func dateLabel(toks []token) bool {
	return len(toks) >= 2 && toks[0].Cap && annotate.IsTimeWord(toks[0].Lower) && toks[0].Lower != "may" && annotate.IsNumeral(toks[1].Text)
}

// afterLabels is afterLabel until no label is left ("Update: Border
// tensions: …").
func (a *Extractor) afterLabels(st *docState, toks []token) []token {
	for {
		rest := a.afterLabel(st, toks)
		if len(rest) == len(toks) {
			return toks
		}
		toks = rest
	}
}

// innerActs returns the acts inside what a headline's speaker says
// ("Ministry: A and B signed a pact", "Envoy recalls A's long backing
// of B"): a country's act, else a stance stated as a noun phrase, when it is
// not the speaker's country's own and the content states it rather than
// asks for it ("A and B must settle their quarrel" is the speaker's wish)
// under a cue that is not negated ("A does not think B will …" asserts
// nothing).
func (a *Extractor) innerActs(st *docState, title string, s found) []found {
	if s.Negated {
		return nil
	}
	for _, t := range s.Toks {
		if modals[t.Lower] {
			return nil
		}
	}
	if a.lex.Words.CueIs(s.CueTerm, lexicons.WordDirective, lexicons.WordDemand) {
		// "A urges B to …", "A seeks B's support": what B is asked to
		// do or give, not B's act.
		return nil
	}
	ev, ok := a.eventIn(st, title, record.TitleField, s.Toks)
	if !ok && !a.objectBeforePreposition(st, s.Toks) {
		ev, ok = a.nominalIn(st, title, record.TitleField, s.Toks)
	}
	if !ok || ev.Stmt.SpeakerCountry == s.Stmt.SpeakerCountry {
		return nil
	}
	return []found{ev}
}

// objectBeforePreposition reports whether the content toks opens with a
// country and then a preposition ("A warns | B against arming C", "A
// cautions | B over …"): the country is the cue's object, no owner of a
// stance the preposition would state.
func (a *Extractor) objectBeforePreposition(st *docState, toks []token) bool {
	ms := a.lex.Mentions(toks, st.doc.Date)
	return len(ms) > 0 && ms[0].Tok == 0 && ms[0].End < len(toks) && annotate.IsPreposition(toks[ms[0].End].Lower)
}

// modals make a clause a wish or a possibility, not an act.
var modals = map[string]bool{"should": true, "must": true, "ought": true, "could": true, "would": true, "might": true, "may": true, "need": true, "needs": true}

// sourceDash reports whether toks[i] is a dash set apart by spaces, as
// agencies end a headline with its source ("… - ministry", "… — state media").
func sourceDash(toks []token, i int) bool {
	switch toks[i].Text {
	case "-", "–", "—":
		return i > 0 && toks[i-1].End < toks[i].Start && i+1 < len(toks) && toks[i].End < toks[i+1].Start
	}
	return false
}

// holdsEvent reports whether toks[from:to] hold a lexicon term (within
// them), or a CAMEO verb that is an event only in some of its patterns and
// one of them matches there (read in all of toks: "demolished homes",
// "sent troops into"): what makes a country's act.
func (a *Extractor) holdsEvent(toks []token, from, to int) bool {
	var clause []int // one clause: patterns read across the sentence
	for k := from; k < to; k++ {
		if _, n := a.lex.TermAt(toks[from:to], k-from); n > 0 {
			return true
		}
		if k == from {
			if _, n := a.lex.TermAt(toks[:to], k); n > 0 {
				// A term that needs the words before the verb in view:
				// "X troops crossed into Y" (crossingAt: its subject).
				return true
			}
		}
		if len(a.lex.PatternVerbs(toks[k].Lower)) == 0 {
			continue
		}
		if clause == nil {
			clause = make([]int, len(toks))
		}
		if _, n, _ := a.lex.PatternVerbAt(toks, clause, k, nil); n > 0 {
			return true
		}
	}
	return false
}

// reportedActs returns the acts of a country inside the content of
// reported statements ("the minister confirmed that Peru had closed the
// border with Bolivia"): an act of its subject, besides the reporter's
// statement. Quotes and acts are left alone, and so is an act of the
// reporter's own country or of a pronoun (its country is the reporter's
// to say).
func (a *Extractor) reportedActs(st *docState, stmts []found) []found {
	return a.reportedActsIn(st, st.doc.Text, record.TextField, stmts)
}

// reportedActsIn is reportedActs over the statements of field, read in
// text: in the text, reported speech (indirect); in a title, a headline's
// content ("Ministry: A and B held drills"). An act of a joint subject
// ("A and B held drills") is read even when the speaker's country is one
// of its parties.
func (a *Extractor) reportedActsIn(st *docState, text string, field record.Field, stmts []found) []found {
	kind := record.Indirect
	if field == record.TitleField {
		kind = record.Headline
	}
	var out []found
	for k, f := range stmts {
		if f.Stmt.Kind != kind || f.Act || len(f.Toks) < 3 || f.Stmt.Field != field || f.Negated || field == record.TitleField && f.Question {
			continue
		}
		// A hostile act that names no country besides its agent befalls
		// the one who reports it ("Y said X's missiles struck an energy
		// facility overnight"): the reporter answers for its victim. Not
		// a grievance an evaluative cue names ("Y blamed X for the
		// attack", "Y warns X over raids"): that act is alleged.
		answers := ""
		if f.CueTerm != nil && !f.CueTerm.Evaluative && f.CueTerm.Weight == 0 {
			answers = f.Stmt.SpeakerCountry
		}
		ev, ok := a.eventOf(st, text, field, f.Toks, f.Stmt.SpeakerCountry, answers)
		if !ok || ev.Stmt.SpeakerCountry == f.Stmt.SpeakerCountry && (field == record.TextField || len(a.jointCountries(ev.Subj, st.doc.Date)) < 2) ||
			len(ev.Subj) == 1 && pronouns[ev.Subj[0].Lower] || modalAct(ev) || field == record.TitleField && a.infinitiveAct(f, ev) {
			continue
		}
		if objectOfJudgement(f, ev) {
			continue
		}
		if answers != "" && slices.Equal(ev.Objects, []string{answers}) && !a.actVerbAt(ev.Toks) {
			// "said the X tensions were rising": only a verb of a
			// hostile act befalls the reporter.
			continue
		}
		skip := -1 // in a title the headline's own statement spans the act
		if field == record.TitleField {
			skip = k
		}
		if sameActExcept(stmts, skip, ev) {
			continue // another statement over it has it already
		}
		ev.Rule = RuleReportedAct
		out = append(out, ev)
	}
	return out
}

// objectOfJudgement reports whether the subject of ev opens the content
// of f, an evaluative cue's, and a preposition follows it with no verb in
// -ing after it: the country is the one judged ("thanked X for decades of
// support and ruled out …", "praised X for years of friendship"), no
// subject of a clause of its own. ("condemned X for attacking Y" keeps
// X's act.)
func objectOfJudgement(f, ev found) bool {
	if f.CueTerm == nil || !f.CueTerm.Evaluative || len(ev.Subj) == 0 || len(f.Toks) == 0 || ev.Subj[0].Start != f.Toks[0].Start {
		return false
	}
	k := slices.IndexFunc(f.Toks, func(t token) bool { return t.Start >= ev.Subj[len(ev.Subj)-1].End })
	if k < 0 || k+1 >= len(f.Toks) || !annotate.IsPreposition(f.Toks[k].Lower) {
		return false
	}
	next := f.Toks[k+1].Lower
	return !strings.HasSuffix(next, "ing")
}

// actVerbAt reports whether toks opens, over auxiliaries, with the verb of
// a hostile act or a verb and its object one ("had shelled", "struck",
// "launched attacks": a term of attach act).
func (a *Extractor) actVerbAt(toks []token) bool {
	// "had shelled", "launched attacks"
	k := annotate.PastAuxiliaries(toks, 0)
	for j := k; j < len(toks) && j <= k+1; j++ {
		if lt, n := a.lex.TermAt(toks, j); n > 0 && lt.Weight < 0 && lt.Attach == lexicons.AttachAct {
			return true
		}
	}
	return false
}

// infinitiveAct reports whether ev's verb is an infinitive in the content
// of f ("Ghana asks Togo to open its border to traders", "urges X to
// sign the accord"): after a verb of asking or demanding it is what is
// asked, no act done (after a verb of saying, "X to V" is a headline's
// future: "A says B to send troops").
func (a *Extractor) infinitiveAct(f, ev found) bool {
	if len(ev.Toks) == 0 {
		return false
	}
	if ev.Toks[0].Lower == "to" {
		return a.lex.Words.CueIs(f.CueTerm, lexicons.WordDirective, lexicons.WordDemand)
	}
	for k := 1; k < len(f.Toks); k++ {
		if f.Toks[k].Start == ev.Toks[0].Start {
			return f.Toks[k-1].Lower == "to"
		}
	}
	return false
}

// modalAct reports whether an act's verb follows a modal ("said Peru must
// end its raids", "Peru could close the border"): a wish or a
// possibility, no act of the subject.
func modalAct(ev found) bool {
	for k, t := range ev.Toks {
		if k > 2 || !t.Word {
			break
		}
		if modals[t.Lower] {
			return true
		}
	}
	return false
}

// sameAct reports whether a statement of stmts already gives ev: the same
// speaker country over an overlapping span ("Chile said Peru was attacked
// by Bolivia": the passive rule has Bolivia's act already).
func sameAct(stmts []found, ev found) bool { return sameActExcept(stmts, -1, ev) }

// sameActExcept is sameAct over the statements of stmts but stmts[skip].
func sameActExcept(stmts []found, skip int, ev found) bool {
	for k, g := range stmts {
		if k != skip && g.Stmt.SpeakerCountry == ev.Stmt.SpeakerCountry && g.Stmt.Start < ev.Stmt.End && ev.Stmt.Start < g.Stmt.End {
			return true
		}
	}
	return false
}

// verbAfterActor reports whether toks[j] is a headline's present tense
// after a person of the actor lexicon ("Macron mulls closer ties with …",
// "Modi courts …"): a lower-case word in -s right after the name.
func (a *Extractor) verbAfterActor(st *docState, toks []token, j int) bool {
	t := toks[j]
	if a.lex.Actors == nil || j == 0 || !toks[j-1].Word || !toks[j-1].Cap || toks[j-1].Poss ||
		len(t.Lower) < 3 || !strings.HasSuffix(t.Lower, "s") || nounEnding(t.Lower) {
		return false
	}
	return len(a.lex.Actors.Find(toks[j-1:j], st.doc.Date)) > 0
}

// pairPartner adds to a statement's partners the other country of a pair
// compound in its content that holds the speaker's own country ("A's
// minister stresses cooperation to promote A-B relations": the relation
// is the speaker's with B). The compound is no mention of either country
// (countryPair), so B is no target otherwise.
func (a *Extractor) pairPartner(f *found) {
	if f.Stmt.SpeakerCountry == "" {
		return
	}
	for _, t := range f.Toks {
		if !t.Word || !strings.Contains(t.Text, "-") {
			continue
		}
		x, y, ok := a.countryPair(t)
		if !ok {
			continue
		}
		other := ""
		switch f.Stmt.SpeakerCountry {
		case x:
			other = y
		case y:
			other = x
		}
		if other != "" && !slices.Contains(f.Partners, other) {
			f.Partners = append(f.Partners, other)
		}
	}
}

// interviewLabel returns, for a title that opens with an interview's label
// ("Interview with …:", "Exclusive with …:", "In conversation with …:"),
// the index of its colon and of the first word of the one interviewed
// (after "with"); 0, 0 when it opens with none.
func interviewLabel(toks []token) (colon, from int) {
	k := 0
	for k < len(toks) && k < 3 && toks[k].Word && toks[k].Lower != "with" {
		if !interviewWords[toks[k].Lower] && !(k == 0 && toks[k].Lower == "in") {
			return 0, 0
		}
		k++
	}
	if k == 0 || k >= len(toks) || toks[k].Lower != "with" || !interviewWords[toks[k-1].Lower] {
		return 0, 0
	}
	for i := k + 2; i < len(toks) && i <= k+8; i++ {
		if toks[i].Text == ":" {
			if i+1 < len(toks) {
				return i, k + 1
			}
			break
		}
	}
	return 0, 0
}

// interviewWords head an interview's label.
var interviewWords = map[string]bool{"interview": true, "exclusive": true, "conversation": true, "q&a": true, "talk": true, "chat": true, "dialogue": true}

// ownAct returns, for a headline whose trailing speaker has no country of
// its own and speaks for the country its content opens with ("A to host
// talks with B: FM", "A officials to visit B: report"), the headline read
// as that country's act: the speaker's name and rule, the act's content
// (from its verb) and frame (contact, joint acts), as the act pass would
// read the title without its speaker.
func (a *Extractor) ownAct(st *docState, title string, s found) (found, bool) {
	if s.Rule != RuleHeadlineContentSpeaker || s.Stmt.SpeakerRule != viaContentOpens {
		return found{}, false
	}
	for _, t := range s.Toks {
		if modals[t.Lower] {
			return found{}, false
		}
	}
	ev, ok := a.eventIn(st, title, record.TitleField, s.Toks)
	if !ok || ev.Stmt.SpeakerCountry != s.Stmt.SpeakerCountry {
		return found{}, false
	}
	ev.Stmt.Speaker, ev.Stmt.Kind, ev.Stmt.Cue, ev.Stmt.SpeakerRule = s.Stmt.Speaker, s.Stmt.Kind, s.Stmt.Cue, s.Stmt.SpeakerRule
	ev.Rule, ev.Mem = s.Rule, s.Mem
	return ev, true
}
