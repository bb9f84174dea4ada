package extract

import (
	"github.com/stance-project/stance/analysis/record"
	"github.com/stance-project/stance/lexicons"
	"slices"
	"strings"

	"github.com/stance-project/stance/analysis/annotate"
)

// namingShape rejects a cue that names ("a party called X", "a plan
// dubbed Y"): it is no statement.
type namingShape struct{}

func (namingShape) rules() []Rule { return nil }

func (namingShape) claims(a *Extractor, s *cueSite) bool {
	toks, i, c := s.toks, s.i, s.c
	naming := c.Words[0] == "called" || c.Words[0] == "named" || c.Words[0] == "dubbed"
	if (naming || c.Words[0] == "termed" || c.Words[0] == "described") && inWhat(toks, s.from, i) {
		// "…, in what analysts called a goodwill gesture": a name for
		// the act the clause tells, which is read as the act it is.
		return true
	}
	return naming && i+1 < len(toks) && (toks[i+1].Cap || isQuote(toks[i+1].Text)) && i > 0 && !annotate.IsAuxiliary(toks[i-1].Lower) && toks[i-1].Word && !toks[i-1].Cap
}

// inWhat reports whether "in what" opens the words before the cue at
// toks[i], at most four back and no further than toks[from].
func inWhat(toks []token, from, i int) bool {
	for j := i - 1; j > from && j >= i-5 && toks[j].Word; j-- {
		if toks[j].Lower == "what" && toks[j-1].Lower == "in" {
			return true
		}
	}
	return false
}

func (namingShape) read(a *Extractor, s *cueSite) (found, int, bool) { return found{}, 0, false }

// wordOrderShape reads reported speech by the order of its speaker, cue
// and content: "Subject cue (that) content" (and a participle clause of
// the speaker: "Hailing X, Y said ...", ", saying ..."), "content, Subject
// cue", "content, cue Subject".
type wordOrderShape struct{}

func (wordOrderShape) rules() []Rule {
	return []Rule{RuleSpeakerCueContent, RuleContentSpeakerCue, RuleParticipleContent, RuleParticipleCue, RuleCueSpeaker, RuleTreeSubject}
}

func (wordOrderShape) claims(a *Extractor, s *cueSite) bool { return true }

func (wordOrderShape) read(a *Extractor, s *cueSite) (found, int, bool) {
	toks, i, from, c, n, st, inQuote := s.toks, s.i, s.from, s.c, s.n, s.st, s.inQuote
	text := st.doc.Text
	rest := i + n
	// Words after the cue up to the end of the sentence, or of its clause
	// at a semicolon ("…, X noted; the ministry …"), but for the time and
	// place a trailing cue may have ("..., X said on Tuesday.").
	lim := len(toks)
	if k := slices.IndexFunc(toks[rest:], func(t token) bool { return t.Text == ";" }); k >= 0 {
		lim = rest + k
	}
	words := 0
	for _, t := range toks[rest:lim] {
		if t.Word && !trailAdverbial(t) {
			words++
		}
	}
	// "..., X told reporters after the vote.": words that say to whom,
	// when or where are no content either.
	adverbials := words > 0 && !c.Evaluative && !c.Think && a.adverbialsOnly(toks[rest:lim])
	if words > 0 && !adverbials && (c.Words[0] == "told" || c.Words[0] == "tells") {
		// "..., Ruiz told the Daily Courier on Monday.": the listener,
		// then when or where.
		if e := nameAfter(toks, rest); e > rest {
			adverbials = e >= len(toks) || !toks[e].Word && (e+1 >= len(toks) || toks[e].Text == ".") || a.adverbialsOnly(toks[e:])
		}
	}
	silent := false
	subj := a.subjectBefore(toks[from:], i-from)
	if c.Think && len(subj) > 0 && whBefore(toks, indexOf(toks, subj[0])) {
		return found{}, 0, false // "what the board knew about the storm"
	}
	if !c.Verb && (c.Think || c.Evaluative) && len(subj) > 0 {
		if k := indexOf(toks, subj[0]); k > 0 && a.lex.Words.Is(toks[k-1].Lower, lexicons.WordPredicative) {
			// "X kept the door open to talks", "left its envoy wary of
			// Y": the adjective says what the verb's object is; the
			// object does not speak.
			return found{}, 0, false
		}
	}
	// "…, the ministry in Quito said, raising …", "…, Ruiz told
	// reporters in Juba before flying home.": a trailing attribution.
	if len(subj) > 0 && words > 0 && !adverbials {
		if k := a.speakerStart(toks, subj); k > from+1 && toks[k-1].Text == "," && a.trailingTail(toks, i, n, c) {
			adverbials = true
		}
	}
	if adverbials {
		words = 0
	}
	participle, fromTree := false, false
	if len(subj) == 0 && from == 0 && len(st.sent) == len(toks) && i > 0 && (toks[i-1].Text != "," && !isQuote(toks[i-1].Text) || len(a.invertedSubject(toks, rest)) == 0) {
		if np := a.treeSubject(st.tree, toks, i); len(np) > 0 && a.validSubject(np) {
			subj, fromTree = np, true
		}
	}
	if comma := participleComma(toks, i); len(subj) == 0 && comma >= from && comma > 0 {
		// ", saying ...", ", while arguing ...": the speaker of the
		// attribution just before ("“…,” Ruiz said, citing …", "Ruiz
		// said in a statement, adding …", which an earlier statement may
		// hold), else the subject of the main clause.
		if subj = a.attributionBefore(toks, comma); len(subj) == 0 {
			subj = a.mainSubject(toks[:comma+1])
		}
		participle = len(subj) > 0
	}
	var content []token
	var end int
	var objects []string // countries addressed or referred to by a pronoun object
	rule := RuleSpeakerCueContent
	switch {
	case len(subj) > 0 && words == 0 && i > 0:
		// "content, Subject said." — the content is before the subject.
		k := a.speakerStart(toks, subj) // "…, the ministry in Oslo said."
		switch {
		case k > from && (toks[k-1].Text == "," || isQuote(toks[k-1].Text) || toks[k-1].Text == "—"):
			content = toks[from:k]
			rule = RuleContentSpeakerCue
		case adverbials && k == from:
			// "X spoke to reporters after the vote.": X speaks, says
			// nothing here.
			content, silent = toks[rest:], true
		default:
			return found{}, 0, false // "While not all the minister claims, ..."
		}
		end = lim // the clause after a semicolon is read on its own
		if silent && relativeSubject(toks, subj, i) {
			// "An official, who spoke on condition her name be withheld, said
			// ...": the main clause is still to be read.
			end = a.relativeEnd(toks, rest, end)
			content = toks[rest:end]
		}
	case len(subj) > 0:
		start := rest
		var listener []token
		if c.Words[0] == "told" || c.Words[0] == "tells" || c.Words[0] == "asked" || c.Words[0] == "urged" || c.Words[0] == "warned" || informCue(c) {
			// "told reporters (that)", "told CNN:" — skip the listener.
			for k := rest; k < len(toks) && k < rest+5; k++ {
				if toks[k].Text == "," && relativeSubject(toks, subj, i) {
					break // "who asked not to be named, said": the relative clause ends
				}
				if toks[k].Lower == "that" || toks[k].Text == ":" || toks[k].Text == "," {
					start = k + 1
					break
				}
			}
			if start == rest && start < len(toks) {
				if e := listenerEnd(toks, start, len(toks)); e > start {
					start = e // "told reporters the summit ..."
				} else if e := nameAfter(toks, start); e > start && e < len(toks) && toks[e].Word && !toks[e].Cap {
					start = e // "told CNN the ...", "told the Daily Courier the ..."
				}
			}
			listener = toks[rest:start]
		}
		// The addressee ("Abe told Xi that ...") is who the statement is
		// addressed to: its country is a target.
		for _, m := range a.lex.Parties(listener, st.doc.Date) {
			objects = append(objects, m.Code)
		}
		// "said today that ...", "said on Tuesday it ...": time first.
		for start < len(toks) && (annotate.IsTimeWord(toks[start].Lower) || toks[start].Lower == "here" ||
			toks[start].Lower == "on" && start+1 < len(toks) && annotate.IsTimeWord(toks[start+1].Lower)) {
			start++
		}
		// "said in an interview that ...", "said at a rally in Ohio that
		// ...": a phrase of where or how before "that" is no content.
		if start < len(toks) && !c.Evaluative && !c.Think && placePreposition(toks[start].Lower) {
			for k := start + 1; k < len(toks) && k <= start+7; k++ {
				if toks[k].Lower == "that" {
					start = k
					break
				}
				if !toks[k].Word || a.looksVerb(toks[k]) {
					break
				}
			}
		}
		// "said repeatedly that ...": an adverb before "that".
		if k := start; k+1 < len(toks) && toks[k].Word && !toks[k].Cap && strings.HasSuffix(toks[k].Lower, "ly") && len(toks[k].Lower) > 4 && toks[k+1].Lower == "that" {
			start = k + 1
		}
		if start < len(toks) && toks[start].Lower == "that" && !thatDeterminer(c, toks, start) {
			start++
		}
		end = a.clauseEnd(toks, start)
		if relativeSubject(toks, subj, i) {
			end = a.relativeEnd(toks, start, end)
		}
		content = toks[start:end]
		// "Macedonia, witnesses say, is accepting ...": a source set off
		// by commas inside what it says; the content runs from before
		// it to the end of the clause after it.
		if k := indexOf(toks, subj[0]); !c.Evaluative && !c.Think && len(listener) == 0 && k > from+1 && toks[k-1].Text == "," &&
			start < end && toks[start].Text == "," && !participle {
			content = toks[from:end]
			if start+1 < end && (annotate.IsDeterminer(toks[start+1].Lower) || toks[start+1].Lower == "which") && a.hasVerb(toks[from:k-1]) {
				// "..., sources said, a move that ...": what follows
				// describes the clause before; it is no part of the content.
				// Not after a fronted phrase with no verb ("Last year,
				// sources said, the boats were seized"): the clause is
				// still to come.
				content = toks[from : k-1]
			}
			rule = RuleContentSpeakerCue
		}
		// "X reopened its airspace, the ministry said in a notice to
		// airlines": after the cue only where or how it was said; what
		// was said is the clause before the speaker.
		if k := indexOf(toks, subj[0]); rule == RuleSpeakerCueContent && !c.Evaluative && !c.Think && k > from+1 && toks[k-1].Text == "," &&
			start < end && placePreposition(toks[start].Lower) && annotate.TimePhraseEnd(toks, start) <= start &&
			!slices.ContainsFunc(content, func(t token) bool { return t.Text == ":" || isQuote(t.Text) }) &&
			!strings.HasSuffix(toks[from].Lower, "ing") && a.hasVerb(toks[from:k-1]) {
			content = toks[from : k-1]
			rule = RuleContentSpeakerCue
		}
		// A speech verb whose object is a person ("recalled its
		// ambassador from X", "named a new envoy") reports no speech: it
		// is an act (actPass).
		if !c.Evaluative && !c.Think && a.personObject(content) {
			return found{}, 0, false
		}
		// A participle clause before the subject belongs to what was said:
		// "Hailing X, Lavrentiev said ...". "According to X, ..." names a
		// source, not what was said.
		if k := indexOf(toks, subj[0]); k > from+1 && strings.HasSuffix(toks[from].Lower, "ing") && toks[from].Lower != "according" && toks[k-1].Text == "," {
			content = append(append([]token{}, toks[from:k]...), content...)
			rule = RuleParticipleContent
		}
		if participle {
			rule = RuleParticipleCue
		}
	default:
		// ", said Subject" or "” said Subject" (inverted): only right after
		// a comma or a quote, never after "to" ("to express Moscow's
		// support") or at the start of a sentence ("Hailing Iran's role").
		if i == from || !(toks[i-1].Text == "," || isQuote(toks[i-1].Text)) || c.Evaluative || c.Think || listenerCue(c) || strings.HasSuffix(toks[i].Lower, "ing") {
			return found{}, 0, false
		}
		subj = a.invertedSubject(toks, rest)
		if len(subj) == 0 {
			return found{}, 0, false
		}
		k := indexOf(toks, subj[len(subj)-1]) + 1
		if i > from+2 {
			content = toks[from:i]
			end = k
		} else {
			end = a.clauseEnd(toks, k)
			content = toks[k:end]
		}
		rule = RuleCueSpeaker
	}
	if fromTree && rule == RuleSpeakerCueContent {
		rule = RuleTreeSubject
	}
	if len(subj) > 0 && invertedQuestion(toks) && indexOf(toks, subj[0]) <= 1 {
		return found{}, 0, false // "Did Peru condemn …?" asserts nothing
	}
	// Reported content that is a quote was taken by quoteCue; a statement
	// needs two words at least.
	name, country, via, mem := a.resolve(st, subj, text)
	former := a.formerAppositive(toks, subj)
	if former {
		// "Imran Ruiz, Peru's former prime minister, accused …": the
		// appositive says the office is held no more.
		country, via, mem = formerSpeaker(country, via, mem)
	}
	if country == "" && len(subj) > 0 && !former {
		if k := indexOf(toks, subj[len(subj)-1]) + 1; k < i && toks[k].Text == "," {
			if c := a.appositiveCountry(toks[k:i]); c != "" {
				country, via = c, via+"; country: in the appositive"
				if mem.Person != nil && mem.Person.Name == name {
					mem.Country = c // the person's country, once the statement is kept
				}
				if g := toks[indexOf(toks, subj[0]):i]; len(groupMembers(g)) < len(g) {
					// "Several countries, including X and Y, said":
					// the members listed speak, each of them (addJoint).
					subj = g
				}
			}
		}
	}
	if last := len(subj) - 1; country == "" && last >= 0 && last <= 1 && annotate.IsDocumentNoun(subj[last].Lower) && (last == 0 || annotate.IsDeterminer(subj[0].Lower)) {
		// "X's parliament passed a resolution condemning Y": the
		// document speaks for the one who issued it.
		if iss, ok := a.issuerOf(st, toks, indexOf(toks, subj[last])); ok {
			name, country, via = text[iss[0].Start:iss[len(iss)-1].End], a.lex.Mentions(iss, st.doc.Date)[0].Code, "the issuer of the document"
		}
	}
	f := found{Stmt: record.Statement{Speaker: name, SpeakerCountry: country, Kind: record.Indirect, Cue: strings.Join(c.Words, " "), Field: record.TextField, SpeakerRule: via}, Rule: rule, CueTerm: c, Subj: subj, Mem: mem, Silent: silent}
	a.setContent(&f, text, content)
	// "Lula, whom he has praised": the relative pronoun is the object.
	if len(subj) > 0 && c.Evaluative {
		if k := indexOf(toks, subj[0]); k > 1 && (toks[k-1].Lower == "whom" || toks[k-1].Lower == "which") {
			for _, m := range a.lex.Mentions(toks[:k-1], st.doc.Date) {
				if m.End >= k-2 {
					objects = append(objects, m.Code)
				}
			}
		}
	}
	// "accusing them of ...": a pronoun object stands for the last country
	// named before it in the sentence.
	if len(f.Toks) > 0 && c.Evaluative && objectPronoun(f.Toks[0].Lower) {
		k := indexOf(toks, f.Toks[0])
		ms := a.lex.Mentions(toks[:k], st.doc.Date)
		if len(ms) > 0 {
			objects = append(objects, ms[len(ms)-1].Code)
		}
	}
	for _, o := range objects {
		if o != country && !slices.Contains(f.Objects, o) {
			f.Objects = append(f.Objects, o)
		}
	}
	if f.Stmt.End <= f.Stmt.Start || len(f.Toks) < 2 && !loneObject(c, f.Toks) {
		return found{}, 0, false
	}
	if k := inQuote(f.Toks[0]); k >= 0 && inQuote(f.Toks[len(f.Toks)-1]) == k {
		f.Stmt.Kind = record.Direct
	}
	return f, end, true
}

// formerAppositive reports whether an appositive set off by a comma right
// after the subject subj names an office held before: "X, Peru's former
// prime minister, said", "…, said X, a former foreign minister".
func (a *Extractor) formerAppositive(toks []token, subj []token) bool {
	if len(subj) == 0 {
		return false
	}
	k := indexOf(toks, subj[len(subj)-1]) + 1
	if k <= 0 || k >= len(toks) || toks[k].Text != "," {
		return false
	}
	end := k + 1
	for end < len(toks) && end <= k+6 && toks[end].Text != "," {
		end++
	}
	return a.formerHolder(toks[k+1 : end])
}

// whWords open an embedded question ("what the board knew").
var whWords = map[string]bool{"what": true, "why": true, "how": true, "whether": true, "when": true, "where": true}

// whBefore reports whether a word of whWords opens the phrase that starts
// at toks[k], the subject of a verb of belief, within the three words
// before it ("what the harbour board knew", "why Ruiz believes"): a
// question about a belief states none.
func whBefore(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if !toks[j].Word {
			return false
		}
		if whWords[toks[j].Lower] {
			return true
		}
	}
	return false
}

// thatDeterminer reports whether "that" at toks[k], after the evaluative
// cue c, is the determiner of its object ("endorsed that estimate",
// "rejected that claim as baseless"), not the start of a clause: one
// lowercase word follows it, then the end, a mark or a preposition.
func thatDeterminer(c *annotate.Cue, toks []token, k int) bool {
	if !c.Evaluative || k+1 >= len(toks) || !toks[k+1].Word || toks[k+1].Cap {
		return false
	}
	return k+2 == len(toks) || !toks[k+2].Word || annotate.IsPreposition(toks[k+2].Lower) || toks[k+2].Lower == "as"
}

// loneObject reports whether content of one word is what the evaluative
// cue c says of its object: a name or a personal pronoun ("praised
// Ruiz", "endorsed her"). Any other one word is no statement.
func loneObject(c *annotate.Cue, content []token) bool {
	if len(content) != 1 || c == nil || !c.Evaluative {
		return false
	}
	t := content[0]
	switch t.Lower {
	case "him", "her", "them", "me", "us", "you":
		return true
	}
	return t.Cap && t.Word && !annotate.IsNameStop(t.Lower)
}

// invertedSubject returns the speaker after an inverted cue (", said Ana
// Ruiz", ", said a spokesman on Monday"): the noun phrase after the cue
// at toks[rest], when what follows it ends the speaker: punctuation, the
// end, a preposition, a time or a relative word. A phrase that runs on
// into a verb or a noun is the subject of what was said (", said the
// Peruvian claim was baseless"), not the speaker: nil.
func (a *Extractor) invertedSubject(toks []token, rest int) []token {
	subj := a.subjectAfter(toks, rest)
	if len(subj) == 0 {
		return nil
	}
	// The words after the phrase, up to four, until one ends the
	// speaker; a verb first means a clause.
	for k := indexOf(toks, subj[len(subj)-1]) + 1; k < len(toks); k++ {
		t := toks[k]
		if !t.Word {
			return subj
		}
		switch l := t.Lower; {
		case a.clauseAfterPhrase(toks, k):
			return nil // "… said the ferries to Mongu ran half empty": a clause
		case annotate.IsPreposition(l), annotate.IsTimeWord(l), t.Cap,
			l == "who", l == "which", l == "whose", l == "when", l == "as", l == "while", l == "after", l == "before",
			l == "and", l == "but", l == "here", l == "there":
			return subj
		case annotate.IsBe(l), annotate.IsAuxiliary(l), a.looksVerb(t), a.lex.PastVerb(t), k >= indexOf(toks, subj[len(subj)-1])+5:
			return nil
		}
	}
	return subj
}

// clauseAfterPhrase reports whether toks[k], right after a noun phrase,
// is a preposition whose object a finite verb follows (a form of "be", an
// auxiliary or an irregular simple past: "was", "had", "ran"), within four
// words and before any punctuation: the phrase is the subject of a
// clause, not a speaker ("said the ferries to Mongu ran").
func (a *Extractor) clauseAfterPhrase(toks []token, k int) bool {
	if k >= len(toks) || !annotate.IsPreposition(toks[k].Lower) {
		return false
	}
	k++
	for j := k; j < len(toks) && j < k+4; j++ {
		t := toks[j]
		if !t.Word {
			return false
		}
		if j > k && !t.Cap && (annotate.IsBe(t.Lower) || finiteAuxiliaries[t.Lower] || a.lex.SimplePast(t)) {
			return true
		}
	}
	return false
}

// nameAfter returns the end of the name at toks[k], a determiner and up to
// four capitalised words ("CNN", "the Daily Courier"), or k when there is
// none.
func nameAfter(toks []token, k int) int {
	j := k
	if j < len(toks) && annotate.IsDeterminer(toks[j].Lower) {
		j++
	}
	e := j
	for e < len(toks) && e < j+4 && toks[e].Word && toks[e].Cap {
		e++
	}
	if e == j {
		return k
	}
	return e
}

// listenerEnd returns the end of a usual listener of "told" at toks[k]
// ("reporters", "the parliament"), whose words end before limit, or k
// when there is none there.
func listenerEnd(toks []token, k, limit int) int {
	j := k
	if annotate.IsDeterminer(toks[j].Lower) && j+1 < limit {
		j++
	}
	if listeners[toks[j].Lower] {
		return j + 1
	}
	return k
}

// placePreposition opens a phrase of where, when or how something was
// said: "in a statement", "at a rally", "on Monday", "during the debate".
// Unlike placeTimePreps (the adverbials that end a trailing attribution),
// it takes "on", "from" and "with": a "that" after the phrase marks its
// end, so "on the drawdown" cannot be taken for the content.
func placePreposition(w string) bool {
	switch w {
	case "in", "at", "on", "during", "from", "after", "before", "with":
		return true
	}
	return false
}

// participleComma returns the index of the comma that sets off a
// participle cue at toks[i] (", saying", ", while arguing"), or of the
// preposition that takes it as a gerund of the main clause's subject
// ("won praise by rejecting", "was alone in criticizing"), or -1.
func participleComma(toks []token, i int) int {
	if !strings.HasSuffix(toks[i].Lower, "ing") || i < 1 {
		return -1
	}
	if toks[i-1].Text == "," {
		return i - 1
	}
	switch toks[i-1].Lower {
	case "by", "in", "for":
		if i > 2 && toks[i-2].Word {
			return i - 1
		}
	case "as":
		if i > 2 && (toks[i-2].Lower == "quoted" || toks[i-2].Lower == "cited") {
			return i - 1 // "was quoted as saying": the one quoted speaks
		}
	}
	if i > 1 && toks[i-2].Text == "," {
		switch toks[i-1].Lower {
		case "while", "after", "before", "when", "also":
			return i - 2
		}
	}
	return -1
}

// attributionBefore returns the speaker of an attribution that ends at
// the comma toks[comma]: a cue with its subject before it ("Ruiz said",
// "Ruiz says in the spot") or after it ("said Ana Ruiz, a former
// governor"), within the eight words before the comma. It returns nil when
// there is none.
func (a *Extractor) attributionBefore(toks []token, comma int) []token {
	for k := comma - 1; k >= 0 && k >= comma-8; k-- {
		t := toks[k]
		if !t.Word {
			if t.Text == "," || t.Text == "(" || t.Text == ")" || isDash(t.Text) {
				continue // an appositive of a trailing speaker
			}
			return nil
		}
		c := a.lex.CueAt(toks, k)
		if c == nil || c.Think || strings.HasSuffix(t.Lower, "ing") || annotate.IsPreposition(t.Lower) {
			continue // "said in a statement, adding": the verb is before the phrase
		}
		if subj := a.subjectBefore(toks, k); len(subj) > 0 {
			if s := indexOf(toks, subj[0]); s == 0 || isQuote(toks[s-1].Text) || toks[s-1].Text == "," {
				return subj
			}
		}
		if k > 0 && (isQuote(toks[k-1].Text) || toks[k-1].Text == ",") {
			if subj := a.subjectAfter(toks, k+len(c.Words)); len(subj) > 0 {
				return subj
			}
		}
		return nil
	}
	return nil
}

// personObject reports whether content is a noun phrase whose head is a
// person or group role ("its ambassador", "the Peruvian envoys"), with
// nothing after but prepositional phrases: the object of the verb, not a
// clause said.
func (a *Extractor) personObject(content []token) bool {
	k := 0
	if k < len(content) && annotate.IsDeterminer(content[k].Lower) { // "the", "his", "its"…
		k++
	}
	for k < len(content) && k < 3 && content[k].Cap && a.lex.Roles[content[k].Lower] == "" {
		k++ // "the Peruvian envoy"
	}
	if k >= len(content) || !content[k].Word {
		return false
	}
	switch a.lex.Roles[content[k].Lower] {
	case "person", "group":
	default:
		return false
	}
	if content[k].Poss {
		return false // "the leaders' meeting"
	}
	k++
	if k == len(content) {
		return true
	}
	switch content[k].Lower {
	case "to":
		if k+1 == len(content) || !content[k+1].Cap {
			return false // "asked the envoy to …": an infinitive
		}
		fallthrough // "recalled its ambassador to Peru": the post
	case "from", "over", "in", "on", "at", "for", "after", ".", ";":
		// Not "asked the envoy to ...", "called the envoy “...”"; and no
		// verb after: "said US troops in the south were welcome" is a
		// clause.
		for j, t := range content[k:] {
			if t.Lower == "and" && k+j+1 < len(content) && a.lex.PastVerb(content[k+j+1]) {
				break // "recalled its ambassador to X and suspended …": the subject's next act
			}
			// A preposition may open a cue ("in a statement") and a
			// month share a modal's form ("in May"): neither is a verb
			// ("recalled its ambassador from X in July").
			if a.looksVerb(t) && !annotate.IsPreposition(t.Lower) && t.Text != "May" {
				return false
			}
		}
		return true
	}
	return false
}

// adverbialsOnly reports whether content is only phrases that say to
// whom, when or where one spoke, with no clause: "to reporters after the
// vote", "with journalists in Geneva on Monday". Such content reports no
// speech. A listener must be one of the usual ones ("to reporters"): a
// named addressee or a topic ("responded to Lima", "focused on the
// drawdown") is what the speech was about.
func (a *Extractor) adverbialsOnly(content []token) bool {
	n := len(content)
	for n > 0 && (content[n-1].Text == "." || content[n-1].Text == ",") {
		n--
	}
	if n == 0 || n > 12 {
		return false
	}
	for k := 0; k < n; {
		t := content[k]
		switch {
		case annotate.IsTimeWord(t.Lower) || t.Lower == "earlier" || t.Lower == "later":
			k++ // "today", "Monday"
		case t.Lower == "on" && k+1 < n && (content[k+1].Lower == "condition" || content[k+1].Lower == "the" && k+2 < n && content[k+2].Lower == "condition"):
			return true // "spoke on condition her name be withheld": the terms of speaking, no content
		case t.Lower == "last" || t.Lower == "this" || t.Lower == "on":
			if k+1 >= n || !annotate.IsTimeWord(content[k+1].Lower) {
				return false // "on the drawdown": a topic
			}
			k += 2
		case t.Lower == "to" || t.Lower == "with":
			k++
			if k < n && annotate.IsDeterminer(content[k].Lower) {
				k++
			}
			if k >= n || !listeners[content[k].Lower] {
				return false
			}
			k++
		case (t.Lower == "before" || t.Lower == "after" || t.Lower == "while" || t.Lower == "when") && k+1 < n &&
			strings.HasSuffix(content[k+1].Lower, "ing") && a.lex.CueAt(content, k+1) == nil:
			// "before travelling north": what the speaker did next.
			return true
		case placeTimePreps[t.Lower]:
			// "after the vote", "at a news conference in Geneva": a noun
			// phrase to the next phrase.
			k++
			start := k
			for k < n && !placeTimePreps[content[k].Lower] && content[k].Lower != "on" && content[k].Lower != "to" && content[k].Lower != "with" {
				w := content[k]
				if a.modifierParticiple(content[:n], start, k) || w.Cap && annotate.IsTimeWord(w.Lower) {
					k++ // "in a communique released on Friday": the words' own details
					continue
				}
				if k > start && annotate.IsDeterminer(content[k-1].Lower) && k+1 < n && content[k+1].Word && a.lex.PastVerb(w) {
					k++ // "in a prepared note", "in a written reply": an adjective
					continue
				}
				if !w.Word || w.Lower == "that" || w.Lower == "about" || a.lex.PastVerb(w) || a.looksVerb(w) && a.lex.CueAt(content, k) != nil ||
					a.looksVerb(w) && !a.lex.StartsCue(w.Lower) {
					return false
				}
				k++
			}
			if k == start {
				return false
			}
		default:
			return false
		}
	}
	// "in talks with Peru": a country named is what was spoken of; "in
	// Oslo", "at the embassy in Lima": a place where one spoke.
	for _, m := range a.lex.Countries.Find(content[:n]) {
		p := m.Tok - 1
		if p >= 0 && annotate.IsDeterminer(content[p].Lower) {
			p--
		}
		if p < 0 || !placeWords[content[p].Lower] {
			return false
		}
	}
	return true
}

// modifierParticiple reports whether content[k], in the noun phrase that
// starts at content[start], is a past participle that modifies the noun
// before it and a preposition follows: "in a communique released on
// Friday", "in a radio address aired on Sunday", "in a clip posted by the
// group". It tells when or where the words were given, not what they said.
func (a *Extractor) modifierParticiple(content []token, start, k int) bool {
	if k <= start || k+1 >= len(content) || !a.lex.PastVerb(content[k]) {
		return false
	}
	prev := content[k-1]
	return prev.Word && !annotate.IsDeterminer(prev.Lower) && !annotate.IsPreposition(prev.Lower) && annotate.IsPreposition(content[k+1].Lower)
}

// placeTimePreps open a phrase of place or time after a speech verb.
var placeTimePreps = map[string]bool{"at": true, "in": true, "from": true, "during": true, "after": true, "before": true,
	"following": true, "outside": true}

// relativeSubject reports whether subj is the antecedent of a relative
// pronoun before the cue at toks[i]: "Ana Ruiz, who said ...".
func relativeSubject(toks []token, subj []token, i int) bool {
	k := indexOf(toks, subj[len(subj)-1]) + 1
	if k < i && (toks[k].Text == "," || isDash(toks[k].Text)) {
		k++
	}
	return k < i && (toks[k].Lower == "who" || toks[k].Lower == "which")
}

// relativeEnd returns where the content of a relative clause that starts
// at toks[start] ends, at most at end: before the comma that gives the
// main clause its verb back ("Ana Ruiz, who said X, left for Lima").
func (a *Extractor) relativeEnd(toks []token, start, end int) int {
	for k := start; k+1 < end; k++ {
		if toks[k].Text != "," && !isDash(toks[k].Text) {
			continue
		}
		j := k + 1
		for j < end && toks[j].Word && (annotate.IsAuxiliary(toks[j].Lower) || annotate.IsTimeWord(toks[j].Lower) ||
			strings.HasSuffix(toks[j].Lower, "ly") && len(toks[j].Lower) > 4) {
			j++
		}
		if j < end && toks[j].Word && !toks[j].Cap && (a.looksVerb(toks[j]) || a.verbLike(toks, j)) {
			return k
		}
	}
	return end
}

// informCue reports whether a cue is a verb that tells a listener, named
// right after it, what follows: "assured voters that", "reminded the
// hosts that", "informed Lima that".
func informCue(c *annotate.Cue) bool {
	w := c.Words[0]
	return strings.HasPrefix(w, "assur") || strings.HasPrefix(w, "reassur") || strings.HasPrefix(w, "remind") ||
		strings.HasPrefix(w, "inform") || strings.HasPrefix(w, "notif")
}

// issuerOf returns the subject phrase of the verb of issuing before the
// document noun at toks[k] ("X issued | a statement", "X's parliament
// passed | a resolution"), when it names a country: a past verb right
// before the noun's determiner, and before it a country, or a country's
// possessive or adjective and at most two lower-case words, and the verb
// no hostile term nor one of rejection. It reports false otherwise.
func (a *Extractor) issuerOf(st *docState, toks []token, k int) ([]token, bool) {
	if k < 3 || !annotate.IsDeterminer(toks[k-1].Lower) {
		return nil, false
	}
	v := k - 2
	if t := toks[v]; !t.Word || t.Cap || !a.lex.PastVerb(t) {
		return nil, false
	}
	if lt, n := a.lex.TermAt(toks, v); n > 0 && lt.Weight < 0 || a.lex.Words.Is(toks[v].Lower, lexicons.WordReject) {
		// "X vetoed | a resolution condemning Y", "X rejected | a
		// motion": a verb that turns the document down, or is hostile
		// to it, does not issue it.
		return nil, false
	}
	from := max(0, v-5)
	ms := a.lex.Mentions(toks[from:v], st.doc.Date)
	if len(ms) == 0 {
		return nil, false
	}
	m := ms[len(ms)-1]
	for j := from + m.End; j < v; j++ {
		if t := toks[j]; !t.Word || t.Cap || j-(from+m.End) >= 2 {
			return nil, false
		}
	}
	start := from + m.Tok
	if start > 0 && annotate.IsDeterminer(toks[start-1].Lower) {
		start--
	}
	return toks[start:v], true
}
