package extract

import (
	"github.com/stance-project/stance/analysis/record"
	"slices"
	"strings"
	"unicode"

	"github.com/stance-project/stance/analysis/annotate"
	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/lexicons"
)

// quoteCue attributes a quote by a cue just after it (", Lavrov said",
// ", said Lavrov") or just before it ("Lavrov said: “...”"). toks are the
// tokens of the sentences the quote touches. A second quote right after the
// cue ("“A,” he said, “B.”") joins the first.
func (a *Extractor) quoteCue(st *docState, toks []token, q *qspan, quotes []qspan, usedCue map[int]bool) (found, bool) {
	text := st.doc.Text
	// Index of the first token after the closing mark and of the opening mark.
	after, before := len(toks), -1
	for i, t := range toks {
		if t.Start > q.Close && after == len(toks) {
			after = i
		}
		if t.Start == q.Open {
			before = i
		}
	}
	try := func(i int) (*annotate.Cue, []token, Rule) {
		c := a.lex.CueAt(toks, i)
		if c == nil || usedCue[toks[i].Start] {
			return nil, nil, RuleNone
		}
		if subj := a.subjectBefore(toks[after:], i-after); len(subj) > 0 && i > after {
			return c, subj, RuleQuoteSpeakerCue
		}
		if listenerCue(c) {
			return nil, nil, RuleNone // "told People": People is the listener
		}
		if subj := a.subjectAfter(toks, i+len(c.Words)); len(subj) > 0 {
			if a.clauseAfterPhrase(toks, indexOf(toks, subj[len(subj)-1])+1) {
				// "“River Towns,” said the ferries to Mongu ran …": the
				// phrase after the cue is a clause's subject.
				return nil, nil, RuleNone
			}
			return c, subj, RuleQuoteCueSpeaker
		}
		return nil, nil, RuleNone
	}
	var cue *annotate.Cue
	var subj []token
	var rule Rule
	cueAt := -1
	// After: within 16 tokens (a speaker with an appositive: "the
	// economist X, a former adviser at the central bank, wrote"), before
	// any full stop or a new quote.
	for i := after; i < len(toks) && i < after+16; i++ {
		if toks[i].Text == "." || toks[i].Text == "!" || toks[i].Text == "?" || isQuote(toks[i].Text) {
			break
		}
		if c, s, r := try(i); c != nil {
			cue, subj, rule, cueAt = c, s, r, i
			break
		}
	}
	// Before: "X said:" / "X said," / "X told reporters" just before the mark.
	if cue == nil && before > 0 {
		lo := before - 12
		if lo < 0 {
			lo = 0
		}
		for i := before - 1; i >= lo; i-- {
			if toks[i].Text == "." || toks[i].Text == "!" || toks[i].Text == "?" || isQuote(toks[i].Text) {
				break
			}
			c := a.lex.CueAt(toks, i)
			if c == nil || usedCue[toks[i].Start] {
				continue
			}
			start := 0
			for k := i - 1; k >= 0; k-- {
				if isQuote(toks[k].Text) || toks[k].Text == "." {
					start = k + 1
					break
				}
			}
			if s := a.subjectBefore(toks[start:], i-start); len(s) > 0 {
				cue, subj, rule, cueAt = c, s, RuleSpeakerCueQuote, i
				break
			}
		}
	}
	if cue == nil {
		if before >= 3 && toks[before-1].Text == ":" {
			if s := a.verbColonSpeaker(toks, before-2); len(s) > 0 {
				return a.colonQuote(st, text, toks, s, before-2, q), true
			}
		}
		return found{}, false
	}
	usedCue[toks[cueAt].Start] = true
	name, country, via, mem := a.resolve(st, subj, text)
	if a.formerAppositive(toks, subj) {
		country, via, mem = formerSpeaker(country, via, mem) // "“…,” said X, Peru's former premier"
	}
	f := found{Stmt: record.Statement{Speaker: name, SpeakerCountry: country, Kind: record.Direct, Cue: strings.Join(cue.Words, " "), Field: record.TextField, SpeakerRule: via}, Rule: rule, CueTerm: cue, Mem: mem}
	if st.doc.SpeakerCountry == "" {
		// The quote's subject, as a report keeps it: a joint subject
		// speaks for each of its countries ("A's and B's leaders vowed
		// a “fresh start”"), and a role speaks on in "he said"
		// after it. A speech quotes others for its own argument, and
		// its quotes keep their speaker's phrase only.
		f.Subj = subj
	}
	end := q.End
	// "“A,” he said, “B.”": the second quote continues the first.
	for k := range quotes {
		n := &quotes[k]
		if n.Open > q.Close && !n.used && cueAt < len(toks) && n.Open > toks[cueAt].Start && n.Open-toks[cueAt].End < 40 &&
			!strings.ContainsAny(text[q.Close:n.Open], ".!?") && continuesAfter(text[toks[cueAt].End:n.Open]) {
			end = n.End
			n.used = true
			break
		}
	}
	start := q.Start
	if rule == RuleQuoteSpeakerCue && st.doc.SpeakerCountry == "" {
		// "Peru expelled two envoys for “hostile acts”, the ministry
		// said.": a fragment quoted inside a clause; what was said is the
		// clause from its start.
		if k := a.fragmentStart(toks, before); k >= 0 {
			start = toks[k].Start
			f.Stmt.Kind = record.Indirect // reported speech with a quoted fragment
		}
	}
	if rule == RuleSpeakerCueQuote {
		// "hailed Lula as a “true partner”": the words between the cue
		// and the quote belong to what was said.
		between := st.tokens(text, span{Start: toks[cueAt].End, End: q.Open})
		words := 0
		for _, t := range between {
			if t.Word && t.Lower != "that" && !listeners[t.Lower] {
				words++
			}
		}
		if tellCue(cue) {
			// "told reporters that X was a “brotherly nation”": what
			// was said opens after "that", past the listener.
			words = 0
			if k := slices.IndexFunc(between, func(t token) bool { return t.Lower == "that" }); k >= 0 {
				if words = wordCount(between[k+1:]); words > 0 {
					start = between[k].End
				}
			}
		} else if words > 0 {
			start = toks[cueAt].End
		}
		if words > 0 {
			// "said the talks had been “very useful” for both sides and praised Y":
			// a fragment inside reported speech, which runs on to the
			// end of its clause.
			if after < len(toks) && !isQuote(toks[after].Text) {
				if e := a.clauseEnd(toks, after); e > after && toks[e-1].End > end {
					end = toks[e-1].End
					f.Stmt.Kind = record.Indirect
				}
			}
		}
	}
	a.setContent(&f, text, st.tokens(text, span{Start: start, End: end}))
	return f, f.Stmt.End > f.Stmt.Start
}

// fragmentStart returns the first token of the clause in which the quote
// that opens at toks[open] is a fragment ("expelled two envoys for
// “hostile acts”"), or -1: the quote opens after a word that is no cue,
// and the words before it, from the start of the sentence, hold no other
// quote, no cue and no colon.
func (a *Extractor) fragmentStart(toks []token, open int) int {
	if open < 3 || !toks[open-1].Word {
		return -1
	}
	for k := open - 1; k >= 0; k-- {
		t := toks[k]
		if t.Text == "." || t.Text == "!" || t.Text == "?" {
			if k+3 > open {
				return -1
			}
			return k + 1
		}
		if isQuote(t.Text) || t.Text == ":" || t.Text == ";" || t.Word && a.lex.CueAt(toks, k) != nil {
			return -1
		}
	}
	return 0
}

// continuesAfter reports whether the words between a cue and a second
// quote set it off as the continuation of the first ("he said, “B.”",
// "he said on Monday: “B.”"), not as the cue's object or a title ("told
// “Morning Harbour”", "in the video titled “Harbour”").
func continuesAfter(between string) bool {
	t := strings.TrimSpace(between)
	return strings.HasSuffix(t, ",") || strings.HasSuffix(t, ":") || strings.HasSuffix(t, "—")
}

// clauseEnd returns where reported content that starts at toks[start] ends:
// the end of the sentence, or a semicolon, or the start of another
// attribution (", according to", ", X said").
func (a *Extractor) clauseEnd(toks []token, start int) int {
	for k := start; k < len(toks); k++ {
		if toks[k].Text == ";" {
			return k
		}
		if toks[k].Text == "," && k+2 < len(toks) && toks[k+1].Lower == "according" && toks[k+2].Lower == "to" {
			return k
		}
		// ", while Ecuador said ...": another speaker's clause.
		if toks[k].Text == "," || toks[k].Lower == "while" || toks[k].Lower == "whereas" || toks[k].Lower == "but" {
			for j := k + 2; j < len(toks) && j < k+8; j++ {
				if c := a.lex.CueAt(toks, j); c != nil && !c.Think {
					if subj := a.subjectBefore(toks, j); len(subj) > 0 && indexOf(toks, subj[0]) > k && indexOf(toks, subj[0]) <= k+2 {
						return k
					}
					break
				}
			}
		}
	}
	return len(toks)
}

// subjectBefore returns the subject of the cue at toks[i]: the noun phrase
// just before it (auxiliaries and adverbs skipped, an appositive between
// commas passed over: "Ana Ruiz, a veteran trade negotiator, said"), or nil
// when there is none that can be a speaker.
func (a *Extractor) subjectBefore(toks []token, i int) []token {
	if i <= 0 || i > len(toks) {
		return nil
	}
	end := annotate.SkipAdverbials(toks, i)
	if end == 0 && i >= 1 && a.lex.ModalName(toks) {
		end = 1 // "May said ...": a name first in the sentence
	}
	// A relative pronoun: "Ana Ruiz, who said ...", "a candidate who
	// hopes ...": its antecedent speaks.
	if end > 1 && (toks[end-1].Lower == "who" || toks[end-1].Lower == "which") && !toks[end-1].Cap && noneCap(toks[end:i]) {
		return a.antecedentNP(toks, end-1)
	}
	np := a.listSubject(toks, a.subjectNP(toks, end, false, i))
	if w := whoBefore(toks, np); w > 1 {
		// "Kenyan officials who escaped to Tanzania said": the name
		// ends a restrictive relative clause; its antecedent speaks.
		if ante := a.antecedentNP(toks, w); len(ante) > 0 {
			return ante
		}
	}
	if len(np) > 0 && invertedQuestion(toks) && indexOf(toks, np[0]) <= 1 && !a.lex.ModalName(toks) {
		// "Will Chile retaliate …?", "Can Peru win back …?": the subject
		// after the opening auxiliary asserts nothing.
		return nil
	}
	return np
}

// invertedQuestion reports whether toks are a question that opens with
// an auxiliary or a modal before its subject ("Will Chile retaliate …?",
// "Does Peru back …?").
func invertedQuestion(toks []token) bool {
	return len(toks) > 2 && toks[0].Cap && finiteAuxiliaries[toks[0].Lower] && toks[len(toks)-1].Text == "?"
}

// finiteAuxiliaries are the finite auxiliaries and modals: they open a
// question before its subject ("Will Chile …?"), and after a noun
// phrase they start the predicate of its clause ("their criticism of
// the plan has grown": stated).
var finiteAuxiliaries = map[string]bool{"will": true, "would": true, "can": true, "could": true, "should": true,
	"shall": true, "may": true, "might": true, "must": true, "do": true, "does": true, "did": true, "is": true,
	"are": true, "was": true, "were": true, "has": true, "have": true, "had": true}

// listSubject extends a subject that joins country names with "and"
// ("Peru and Chile") to the names listed before it with commas ("Bolivia,
// Peru and Chile"), and then to a head of role words before "of" ("the
// defence ministers of Bolivia, Peru and Chile"): a subject stops at a
// comma, and a list of three or more would lose its first names.
func (a *Extractor) listSubject(toks, np []token) []token {
	if len(np) == 0 {
		return np
	}
	k := indexOf(toks, np[0])
	sep := 1 // the comma before the next name
	if slices.ContainsFunc(np, func(t token) bool { return t.Lower == "and" }) {
		if k >= 2 && toks[k-1].Text == "," && joinedNames(np) && len(a.jointCountries(np, corpus.Date{})) < 2 {
			return a.nameList(toks, np)
		}
		if k < 2 || toks[k-1].Text != "," || len(a.jointCountries(np, corpus.Date{})) < 2 {
			return np
		}
	} else {
		// "Bolivia, Peru, and Chile": the subject is the last name.
		if k < 3 || toks[k-1].Lower != "and" || toks[k-2].Text != "," {
			return np
		}
		if ms := a.lex.Countries.Find(np); len(ms) != 1 || ms[0].Tok != 0 || ms[0].End != len(np) {
			return np
		}
		sep = 2
	}
	start := k
	for start > sep && toks[start-sep].Text == "," {
		from := max(0, start-sep-4)
		ms := a.lex.Countries.Find(toks[from : start-sep])
		if len(ms) == 0 || from+ms[len(ms)-1].End != start-sep {
			break
		}
		s := from + ms[len(ms)-1].Tok
		if s > 0 && toks[s-1].Lower == "the" {
			s-- // "the Netherlands"
		}
		if s > 0 && toks[s-1].Text != "," && toks[s-1].Lower != "of" {
			break // "clashes with Bolivia, Peru and Chile": an object
		}
		start, sep = s, 1
	}
	if start == k {
		return np
	}
	if start > 1 && toks[start-1].Lower == "of" {
		h, role := start-1, false
		for h > 0 && (a.lex.Roles[toks[h-1].Lower] != "" || toks[h-1].Lower == "senior" || toks[h-1].Lower == "top" || toks[h-1].Lower == "the") {
			h--
			role = role || a.lex.Roles[toks[h].Lower] != ""
			if toks[h].Lower == "the" {
				break
			}
		}
		if role {
			start = h
		}
	}
	return toks[start : k+len(np)]
}

// joinedNames reports whether np is names joined by "and" ("Ted Cruz
// and Rand Paul"): capitalised words and their abbreviations' points.
func joinedNames(np []token) bool {
	and := false
	for k, t := range np {
		switch {
		case t.Lower == "and" && k > 0 && k < len(np)-1:
			and = true
		case t.Word && t.Cap, t.Text == "." && k > 0 && np[k-1].Word, t.Text == "-" || t.Text == "’" || t.Text == "'":
		default:
			return false
		}
	}
	return and && np[0].Word && np[0].Cap
}

// nameList extends names joined by "and" to the names listed before them
// with commas, from the start of the clause ("Ana Soto, Luis Vera and Eva
// Lind said"): each of the names of two words or more, or a name of the
// actor lexicon. Else it returns np.
func (a *Extractor) nameList(toks, np []token) []token {
	k := indexOf(toks, np[0])
	comma := k - 1
	for n := 0; n < 6; n++ {
		j := comma
		for j > 0 && (toks[j-1].Word && toks[j-1].Cap || toks[j-1].Text == "." && j > 1 && toks[j-2].Word || toks[j-1].Text == "-") {
			j--
		}
		words := wordCount(toks[j:comma])
		if words == 0 || annotate.IsPreposition(toks[j].Lower) || annotate.IsDeterminer(toks[j].Lower) || annotate.IsTimeWord(toks[j].Lower) ||
			words == 1 && !a.lex.KnownName(toks[j]) {
			return np // "In Iowa, ...", "Meanwhile, ..."
		}
		switch {
		case j == 0:
			return toks[:k+len(np)]
		case toks[j-1].Text != ",":
			return np // "clashes with Ana Soto, Luis Vera and ..."
		}
		comma = j - 1
	}
	return np
}

// antecedentNP returns the noun phrase that a relative pronoun at toks[k]
// stands for: the noun phrase just before it (its comma passed over),
// which may be a verb's object or a preposition's ("praised by Ana Ruiz,
// who said"), or nil.
func (a *Extractor) antecedentNP(toks []token, k int) []token {
	if toks[k-1].Text == "," || isDash(toks[k-1].Text) {
		k-- // "Ana Ruiz, who said", "Ana Ruiz - who said"
	}
	if k == 0 || !toks[k-1].Word && toks[k-1].Text != ")" {
		return nil
	}
	np := a.subjectNP(toks, k, true, -1)
	// "uniting liberals who ...": a participle before the noun is no part
	// of it.
	if len(np) > 1 && !np[0].Cap && strings.HasSuffix(np[0].Lower, "ing") && !annotate.IsDeterminer(np[0].Lower) && a.lex.Roles[np[0].Lower] == "" {
		np = np[1:]
	}
	return np
}

// whoBefore returns the index of "who" that opens a restrictive relative
// clause ending with np, at most six words before it, with no
// punctuation between and a word before "who" ("officials who escaped
// to Tanzania"); else -1.
func whoBefore(toks, np []token) int {
	if len(np) == 0 {
		return -1
	}
	k := indexOf(toks, np[0])
	for j := k - 1; j > 0 && j >= k-6; j-- {
		if !toks[j].Word {
			return -1
		}
		if toks[j].Lower == "who" {
			if toks[j-1].Word && !toks[j-1].Cap {
				return j
			}
			return -1
		}
	}
	return -1
}

// noneCap reports whether no word of toks is capitalised: the words
// skipped between a relative pronoun and its verb are adverbs and
// auxiliaries, not a name ("which Will claims").
func noneCap(toks []token) bool {
	for _, t := range toks {
		if t.Cap {
			return false
		}
	}
	return true
}

// countryOfThe reports whether "the" at toks[at], after "of", is inside
// a country's name that runs from the capitalised words before "of" into
// toks[:end] ("the Democratic Republic of the Congo", "the Republic of
// the Gambia"); not in other names ("the Court of the Andes").
func (a *Extractor) countryOfThe(toks []token, at, end int) bool {
	if at < 2 || toks[at-1].Lower != "of" || at+1 >= end || !toks[at+1].Cap {
		return false
	}
	j := at - 1
	for j > 0 && toks[j-1].Word && toks[j-1].Cap {
		j--
	}
	if j == at-1 {
		return false
	}
	for _, m := range a.lex.Countries.Find(toks[j:end]) {
		if m.Kind == byName && j+m.Tok < at-1 && j+m.End > at+1 {
			return true
		}
	}
	return false
}

// subjectNP returns the noun phrase that ends at toks[end] (an appositive
// or a parenthesis before it passed over) when it can be a speaker, or nil.
// Unless object, a noun phrase after a preposition or in a noun phrase
// whose head is a thing is no subject. cue is the index of the verb the
// phrase is the subject of (-1 for none): only a cue's subject may stand
// before an adverbial aside ("Clinton, after the vote, said"); an act's
// subject is read as before.
func (a *Extractor) subjectNP(toks []token, end int, object bool, cue int) []token {
	// An appositive or a parenthesis just before the cue.
	if end > 0 && (toks[end-1].Text == "," || toks[end-1].Text == ")" || isDash(toks[end-1].Text)) {
		closer := toks[end-1].Text
		found := false
		relOnly := false // past a comma inside the appositive: only a relative clause opens it
		for k := end - 2; k > 0 && k > end-30; k-- {
			t := toks[k]
			if closer == ")" {
				if t.Text == "(" {
					end, found = k, true
					break
				}
				continue
			}
			if t.Text == ")" {
				k = openParen(toks, k) // "Sen. Tom Hall (R-Tenn.)" inside the appositive
				continue
			}
			if t.Text == "." || isQuote(t.Text) {
				break
			}
			if closer == "," && t.Text == "," || closer != "," && isDash(t.Text) {
				between := toks[k+1 : end-1]
				switch {
				case relOnly:
					if len(between) > 0 && (between[0].Lower == "who" || between[0].Lower == "which" || between[0].Lower == "whose") {
						end, found = k, true
					}
				case a.appositive(between):
					end, found = k, true
				case closer == ",":
					// "Her campaign manager, Ana Ruiz, said": the name
					// names the role before it.
					if np := a.roleBeforeName(toks, k, between); np != nil {
						return np
					}
					// "The two leaders, A's X and B's Y, pledged": the
					// parties the plural names, a joint subject.
					if np := a.jointAppositive(toks, k, between); np != nil {
						return np
					}
					// "Clinton, after the vote in March, said": an
					// adverbial between the subject and its verb.
					if cue >= 0 && a.lex.CueAt(toks, cue) != nil && a.adverbialAside(toks, k, between) {
						end, found = k, true
					}
				}
				if found {
					break
				}
				if closer != "," {
					break
				}
				relOnly = true
			}
		}
		if !found {
			return nil
		}
		// More appositives before it: "Ana Ruiz, chief executive of
		// Andina Mining, a Lima company, said"; "Sen. Maria Lopez,
		// D-Ore., a presidential candidate, said". Not before a
		// parenthesis that no comma closes: "In a speech, Sen. Tom Hall
		// (D-Ore.) said" has no appositive.
		for n := 0; n < 3 && closer != ")"; n++ {
			moved := false
			for k := end - 1; k > 0 && k > end-20; k-- {
				if toks[k].Text == ")" {
					k = openParen(toks, k)
					continue
				}
				if toks[k].Text == "," {
					if a.appositive(toks[k+1 : end]) {
						end, moved = k, true
					}
					break
				}
				if toks[k].Text == "." || isQuote(toks[k].Text) {
					break
				}
			}
			if !moved {
				break
			}
		}
	}
	// A parenthesis right after a name: "Sen. Chris Murphy (D-Conn.)".
	if end > 0 && toks[end-1].Text == ")" {
		for k := end - 2; k >= 0 && k > end-8; k-- {
			if toks[k].Text == "(" {
				end = k
				break
			}
		}
	}
	start := end
	for start > 0 && end-start < 12 {
		t := toks[start-1]
		if !t.Word {
			if t.Text == "-" || t.Text == "'" || t.Text == "’" || t.Text == "." && start-1 > 0 && toks[start-2].Word {
				start--
				continue
			}
			break
		}
		if t.Lower == "and" || t.Lower == "&" {
			// "Trump and Clinton said": keep a conjunction of names.
			if start-2 >= 0 && toks[start-2].Cap && start < end && toks[start].Cap {
				start--
				continue
			}
			// "Sen. Ana Soto (Ore.) and former governor Eva Lind said":
			// a name with its parenthesis, then a name after its role.
			if start-2 > 0 && toks[start-2].Text == ")" && start < end && (toks[start].Cap || toks[start].Lower == "former") && toks[end-1].Cap {
				if k := openParen(toks, start-2); k < start-2 && k > 0 && toks[k-1].Cap && toks[k-1].Word {
					start = k
					continue
				}
			}
			// "The regional candidate and former minister of transport
			// said": two roles of one speaker, the first with its
			// determiner.
			if start-2 >= 0 && a.lex.Roles[toks[start-2].Lower] == "person" && !toks[start-2].Cap && start < end && !toks[start].Cap && determinedRole(a, toks, start-2) {
				start--
				continue
			}
			break
		}
		if t.Lower == "in" && a.institutionInCapital(toks, start-1, end) {
			start--
			continue // "the National Transport Authority in Nairobi said"
		}
		if npBreak[t.Lower] && (!t.Cap || start-1 == 0) || t.Lower == "of" && !(start < end && (toks[start].Cap || toks[start].Lower == "the") || start >= 2 && a.lex.Roles[toks[start-2].Lower] != "") {
			break // not "of" after a role: "secretary of state", "minister of defence"
		}
		if !t.Cap && !annotate.IsDeterminer(t.Lower) && (a.looksVerb(t) || a.pastEndsPhrase(toks, start-1, end, cue) || a.pastBetweenNames(toks, start-1, end)) && !(start == end && pluralAfterDeterminer(toks, start-1)) {
			break
		}
		start--
		if annotate.IsDeterminer(t.Lower) || t.Lower == "his" || t.Lower == "her" {
			if start >= 2 && toks[start-1].Lower == "and" && toks[start-2].Cap && start+1 < end && toks[start+1].Cap {
				// "Kenya and the Philippines", "the president and her
				// Chilean counterpart": the second of two parties.
				start--
				continue
			}
			if t.Lower == "the" && a.countryOfThe(toks, start, end) {
				// "The Democratic Republic of the Congo said": "of the"
				// inside a country's name.
				continue
			}
			if start >= 3 && toks[start-1].Lower == "of" && toks[start-2].Word && !toks[start-2].Cap && annotate.IsDeterminer(toks[start-3].Lower) &&
				!a.looksVerb(toks[start-2]) && (a.lex.Roles[toks[start-2].Lower] == "" || a.lex.Roles[toks[start-2].Lower] == "title") && !annotate.IsTimeWord(toks[start-2].Lower) {
				// "the head of the talks said": the noun before "of"
				// heads the phrase.
				start -= 3
				break
			}
			break
		}
	}
	start = a.roleBeforePhrase(toks, start)
	np := trimNP(toks[start:end])
	// "In 2012 Obama said": a year or a time word is not part of the subject.
	for len(np) > 1 && (unicode.IsDigit(firstRune(np[0].Text)) || annotate.IsTimeWord(np[0].Lower)) {
		np = np[1:]
	}
	if len(np) == 0 || np[len(np)-1].Poss || !a.validSubject(np) {
		return nil // "Jeb Bush's" modifies a noun after it: not a subject
	}
	if object {
		return np
	}
	if k := indexOf(toks, np[0]); k > 0 && annotate.IsPreposition(toks[k-1].Lower) && !np[0].Cap && !a.plainHead(toks[:k-1]) && !absolute(toks, k-1, cue) {
		return nil // "in recent years has argued": the object of a preposition
	}
	if k := indexOf(toks, np[0]); k > 1 && np[0].Cap && nounPreposition(toks[k-1]) && (a.thingNoun(toks[k-2]) || k > 2 && a.ingNoun(toks[k-3], toks[k-2])) {
		// "The long debate in Geneva showed", "growing hostility toward
		// Chile worries": a name in a noun phrase whose head is a thing
		// is no subject ("officials in Lima said" keeps it: a role).
		return nil
	}
	if k := indexOf(toks, np[0]); k >= 2 && toks[k-1].Lower == "in" && a.lex.Words.Is(toks[k-2].Lower, lexicons.WordNonState) {
		// "Analysts in Kyiv said": people of a place, who speak for no
		// state; the phrase is theirs (resolve gives it no country).
		if own := a.subjectNP(toks, k-1, object, -1); own != nil {
			return toks[indexOf(toks, own[0]) : k+len(np)]
		}
	}
	if k := indexOf(toks, np[0]); k >= 2 && toks[k-1].Lower == "in" && a.lex.Words.Is(toks[k-2].Lower, lexicons.WordMission) {
		// "Peru's embassy in Quito said": a mission speaks for the
		// country that sends it, not for the place it sits in.
		if own := a.subjectNP(toks, k-1, object, -1); own != nil {
			return toks[indexOf(toks, own[0]) : k+len(np)]
		}
	}
	return np
}

// roleBeforePhrase returns where a subject phrase that starts at
// toks[start] starts with the role before it: "a spokesman for the
// ministry", "a senior official at the agency", "the head of the
// commission" (a role word, "for", "at" or "of", then the phrase), with
// the role's determiner and modifiers; else start.
func (a *Extractor) roleBeforePhrase(toks []token, start int) int {
	if start < 2 || start >= len(toks) || !annotate.IsDeterminer(toks[start].Lower) && !toks[start].Cap {
		return start
	}
	switch toks[start-1].Lower {
	case "for", "at", "of":
		if !annotate.IsDeterminer(toks[start].Lower) {
			return start
		}
	case "to", "with", "on":
		// "sources close to Ruiz", "officials familiar with the
		// talks", "two people briefed on the plan": the role, then an
		// adjective or participle of whose side it is or what it knows.
		if start < 3 || !closeness[toks[start-2].Lower] {
			return start
		}
		start--
	default:
		return start
	}
	// The role may open the sentence: "Experts at the institute warn".
	if r := a.lex.Roles[toks[start-2].Lower]; r == "" || r == "title" || toks[start-2].Cap && start-2 > 0 {
		return start
	}
	s := start - 2
	for k := s - 1; k >= 0 && k >= s-3; k-- {
		t := toks[k]
		if annotate.IsDeterminer(t.Lower) {
			return k
		}
		if !t.Word || t.Cap || npBreak[t.Lower] || a.looksVerb(t) {
			break
		}
	}
	return s
}

// pluralAfterDeterminer reports whether toks[k], a word in -s, follows a
// determiner (over one modifier): a plural noun, not a verb ("the talks
// said" cannot be; "familiar with the peace talks said").
func pluralAfterDeterminer(toks []token, k int) bool {
	if !strings.HasSuffix(toks[k].Lower, "s") || strings.HasSuffix(toks[k].Lower, "ss") {
		return false
	}
	return k >= 1 && annotate.IsDeterminer(toks[k-1].Lower) || k >= 2 && annotate.IsDeterminer(toks[k-2].Lower) && toks[k-1].Word && !toks[k-1].Cap
}

// wherePhrase reports whether the mention at toks[m] is in a phrase of
// where ("near the Chilean border", "over Chile", "off the coast of X"):
// a preposition of place before it, over direction words and "the".
func wherePhrase(toks []token, m int) bool {
	k := m - 1
	for k >= 0 && k >= m-3 && annotate.IsDirectionWord(toks[k].Lower) {
		k--
	}
	if k < 0 {
		return false
	}
	switch toks[k].Lower {
	case "near", "over", "along", "off", "outside", "around", "at":
		return true
	}
	return annotate.IsLocative(toks[k].Lower)
}

// speakerFrom reports whether "from" at toks[j] opens a name or a body
// that a role is from: a capitalised word, or a determiner and, within
// three words, a name or a role ("from Chad", "from the harbour board").
func (a *Extractor) speakerFrom(toks []token, j int) bool {
	if j+1 >= len(toks) {
		return false
	}
	if toks[j+1].Cap {
		return true
	}
	if !annotate.IsDeterminer(toks[j+1].Lower) {
		return false
	}
	for k := j + 2; k < len(toks) && k <= j+4; k++ {
		if !toks[k].Word {
			return false
		}
		if toks[k].Cap || a.lex.Roles[toks[k].Lower] != "" {
			return true
		}
	}
	return false
}

// closeness are the words between a speaker's role and the person or
// matter it is close to: "sources close to", "officials familiar with".
var closeness = map[string]bool{"close": true, "familiar": true, "loyal": true, "linked": true, "allied": true,
	"briefed": true, "aligned": true, "connected": true, "near": true}

// determinedRole reports whether the role word at toks[r] has a
// determiner or a possessive within the three words before it, with only
// modifiers between ("the Democratic candidate", "her campaign's chief").
func determinedRole(a *Extractor, toks []token, r int) bool {
	for k := r - 1; k >= 0 && k >= r-3; k-- {
		t := toks[k]
		if annotate.IsDeterminer(t.Lower) || t.Poss { // "the", "his", "Peru's"
			return true
		}
		if !t.Word || npBreak[t.Lower] || a.looksVerb(t) {
			return false
		}
	}
	return false
}

// absolute reports whether the preposition at toks[p] opens an absolute
// construction whose participle is the cue at toks[cue]: "with the former
// governor calling it a fraud". Its noun phrase is the participle's
// subject, not an object.
func absolute(toks []token, p, cue int) bool {
	return toks[p].Lower == "with" && cue > p && cue < len(toks) && strings.HasSuffix(toks[cue].Lower, "ing")
}

// ingNoun reports whether t, a word in -ing after prev, is a noun: after
// a determiner, a possessive or an adjective ("the long hearing"), not
// after a conjunction or an auxiliary ("while speaking").
func (a *Extractor) ingNoun(prev, t token) bool {
	if !strings.HasSuffix(t.Lower, "ing") || t.Cap || a.lex.Roles[t.Lower] != "" || annotate.IsTimeWord(t.Lower) || !prev.Word {
		return false
	}
	return annotate.IsDeterminer(prev.Lower) || prev.Poss || !prev.Cap && !npBreak[prev.Lower] && !annotate.IsAuxiliary(prev.Lower) && !a.looksVerb(prev) && !annotate.IsBe(prev.Lower)
}

// nounPreposition reports whether t is a preposition that takes a noun
// phrase only: "after", "before", "since" and "until" may open a clause
// whose subject follows ("days after Lima said"). "from" is left out: a
// thing from someone is what they sent ("an email from the envoy says").
func nounPreposition(t token) bool {
	switch t.Lower {
	case "after", "before", "since", "until", "like", "unlike", "from":
		return false
	case "amid", "among", "amongst":
		return !t.Cap
	}
	return !t.Cap && (annotate.IsPreposition(t.Lower) || placeWords[t.Lower])
}

// thingNoun reports whether t, a word before a preposition, is a common
// noun that names no speaker: lowercase, not a role, not a function word,
// an adverb or a verb form.
func (a *Extractor) thingNoun(t token) bool {
	if !t.Word || t.Cap || t.Poss || len(t.Lower) < 3 || a.lex.Roles[t.Lower] != "" || pronouns[t.Lower] || annotate.IsDeterminer(t.Lower) ||
		annotate.IsAuxiliary(t.Lower) || npBreak[t.Lower] || annotate.IsPreposition(t.Lower) || annotate.IsTimeWord(t.Lower) || a.lex.PastVerb(t) || a.looksVerb(t) {
		return false
	}
	return !strings.HasSuffix(t.Lower, "ly") && !strings.HasSuffix(t.Lower, "ing") && !unicode.IsDigit(firstRune(t.Text))
}

// appositive reports whether toks (between two commas) describe the noun
// before them: "a Democratic pollster", "the head of X", "35", "who ...".
func (a *Extractor) appositive(toks []token) bool {
	if len(toks) == 0 || len(toks) > 25 {
		return false
	}
	f := toks[0]
	if len(toks) <= 3 && parentheticals[strings.ToLower(joinText(toks))] {
		return true // "The Saudis, of course, blame ..."
	}
	if annotate.IsDeterminer(f.Lower) || f.Lower == "who" || f.Lower == "which" || f.Lower == "whose" || f.Lower == "one" || f.Lower == "now" || f.Lower == "including" || f.Lower == "himself" || f.Lower == "herself" || f.Lower == "former" {
		return true
	}
	if len(toks) <= 2 && f.Word && unicode.IsDigit(firstRune(f.Text)) {
		return true // an age: "Clinton, 35, said"
	}
	if len(toks) <= 4 && strings.ToUpper(f.Text) == f.Text && strings.Contains(joinText(toks), "-") {
		return true // a party and state: "Lopez, D-Ore., said"
	}
	// A noun and its complement: "pastor of the Lima church", "professor
	// at the university", "spokeswoman for the campaign".
	if len(toks) >= 3 && f.Word && !f.Cap && !strings.HasSuffix(f.Lower, "ing") && !strings.HasSuffix(f.Lower, "ed") && !a.looksVerb(f) &&
		(toks[1].Lower == "of" || toks[1].Lower == "at" || toks[1].Lower == "for") {
		return true
	}
	// A role phrase: "chairman of the Senate Finance Committee".
	for _, t := range toks[:min(3, len(toks))] {
		if _, ok := a.lex.Roles[t.Lower]; ok {
			return true
		}
	}
	return false
}

// subjectAfter returns the speaker named after a cue: ", said Lavrov",
// "according to the ministry". It stops at punctuation and at the start of
// an appositive.
func (a *Extractor) subjectAfter(toks []token, i int) []token {
	j := i
	for j < len(toks) && j < i+12 {
		t := toks[j]
		if t.Word && (t.Cap || annotate.IsDeterminer(t.Lower) || a.lex.Roles[t.Lower] != "" || t.Lower == "of" || t.Lower == "for" || t.Poss) {
			j++
			continue
		}
		if !t.Word && (t.Text == "-" || t.Text == "'" || t.Text == "/" || t.Text == "&") && j+1 < len(toks) && toks[j+1].Word {
			j++
			continue
		}
		if t.Word && !t.Cap && !a.looksVerb(t) && !npBreak[t.Lower] && (j > i && toks[j-1].Word && (annotate.IsDeterminer(toks[j-1].Lower) || a.lex.Roles[t.Lower] != "") || a.roleAhead(toks, j)) {
			j++ // "the state's top diplomat", "a senior official", "law enforcement officials"
			continue
		}
		if t.Word && !t.Cap && !a.looksVerb(t) && !npBreak[t.Lower] && t.Lower != "and" && capAhead(toks, j) {
			j++ // "USA TODAY contributor and historian David Marsh", "CBS moderator Nancy Cordes"
			continue
		}
		if t.Lower == "from" && j > i && !toks[j-1].Cap && a.lex.Roles[toks[j-1].Lower] != "" && a.speakerFrom(toks, j) {
			j++ // "troops from Chad", "an official from the Chilean ministry", "a statement from the harbour board"
			continue
		}
		break
	}
	j = a.seatAfter(toks, i, j)
	// "criticised by Chile for the new dam": a phrase after "for" or
	// "of" with neither a name nor a role is no part of the speaker ("the
	// Minister for Foreign Affairs", "a spokesman for the ministry" are).
	for k := j - 1; k > i; k-- {
		if l := toks[k].Lower; l == "for" || l == "of" {
			if !a.namesSpeaker(toks[k+1 : j]) {
				j = k
			}
			break
		}
	}
	np := trimNP(toks[i:j])
	if len(np) == 0 || !a.validSubject(np) {
		return nil
	}
	return np
}

// seatAfter returns the end of a speaker's phrase toks[i:j] whose head is a
// body or a group of no named country, extended over the capital or
// country where it sits ("condemned by the government in Kampala", "the
// authorities in Rabat"): that place names whose it is (headCountry). A
// post abroad (words.tsv class post: an embassy in X) is no body of X,
// and is not extended.
func (a *Extractor) seatAfter(toks []token, i, j int) int {
	if j <= i || j+1 >= len(toks) || toks[j].Lower != "in" || a.lex.Words.Is(toks[j-1].Lower, lexicons.WordPost) {
		return j
	}
	if r := a.lex.Roles[toks[j-1].Lower]; r != "institution" && r != "group" || len(a.lex.Countries.Find(toks[i:j])) > 0 {
		return j
	}
	for _, t := range toks[i : j-1] {
		if t.Poss {
			return j // "the rebels' liaison office in X": the owner's
		}
	}
	ms := a.lex.Countries.Find(toks[j+1 : min(len(toks), j+5)])
	if len(ms) == 0 || ms[0].Tok != 0 {
		return j
	}
	if e := j + 1 + ms[0].End; e >= len(toks) || toks[e].Lower != "and" && toks[e].Text != "," {
		return e
	}
	return j // "officials in Lima and La Paz": of two countries
}

// roleAhead reports whether the lowercase noun at toks[j] modifies a role
// word one or two words on: "city officials", "law enforcement officials".
func (a *Extractor) roleAhead(toks []token, j int) bool {
	for k := j + 1; k < len(toks) && k <= j+2; k++ {
		t := toks[k]
		if !t.Word || t.Cap {
			return false
		}
		if a.lex.Roles[t.Lower] != "" {
			return true
		}
		if a.looksVerb(t) || npBreak[t.Lower] {
			return false
		}
	}
	return false
}

// namesSpeaker reports whether toks hold a capitalised word or a role.
func (a *Extractor) namesSpeaker(toks []token) bool {
	for _, t := range toks {
		if t.Word && (t.Cap || a.lex.Roles[t.Lower] != "") {
			return true
		}
	}
	return false
}

// mainSubject returns the subject at the start of a clause (for ", saying").
func (a *Extractor) mainSubject(toks []token) []token {
	for i := len(toks) - 1; i > 0; i-- {
		t := toks[i]
		if t.Word && !t.Cap && (a.looksVerb(t) || a.verbLike(toks, i)) {
			if s := a.subjectBefore(toks, i); len(s) > 0 {
				if k := indexOf(toks, s[0]); k <= clauseStart(toks) || toks[k-1].Text == "," {
					return s // "But the candidate took a softer line, saying …"
				}
			}
		}
	}
	return nil
}

// clauseStart returns where the subject of the sentence toks may start:
// after an opening "But", "And", "Yet", "So" or "Still", and after a
// determiner, which subjectBefore leaves out ("The other candidate, Ruth
// Banda, drew …").
func clauseStart(toks []token) int {
	j := 0
	if len(toks) > 0 {
		switch toks[0].Lower {
		case "but", "and", "yet", "so", "still":
			j++
		}
	}
	if j < len(toks) && annotate.IsDeterminer(toks[j].Lower) {
		j++
	}
	return j
}

// hasVerb reports whether the phrase toks holds a word that reads as a
// verb (looksVerb, a past form in -ed or of irregular.tsv): a
// clause, not a fronted phrase of time or place ("Last year", "In many
// cases") nor a bare noun phrase.
func (a *Extractor) hasVerb(toks []token) bool {
	for _, t := range toks {
		if t.Word && !t.Cap && (a.looksVerb(t) || a.lex.PastVerb(t)) {
			return true
		}
	}
	return false
}

// looksVerb reports whether a lowercase word is a verb that ends a subject.
func (a *Extractor) looksVerb(t token) bool {
	if a.lex.Roles[t.Lower] != "" {
		return false
	}
	if a.lex.StartsCue(t.Lower) {
		return true
	}
	switch t.Lower {
	case "is", "am", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "did", "does", "do", "should", "must", "may", "might":
		return true
	}
	return false
}

// pastEndsPhrase reports whether toks[k], an irregular past tense
// (Lexicon.SimplePast), is a finite verb that ends the phrase of the
// subject that ends at end, before the cue at toks[cue]: before the
// phrase's head ("officials saw | X backing Y") or right before the cue
// ("X rang | promising"). Not after a hyphen or a determiner ("U.K.-led",
// "the left"), nor as the phrase's head before an auxiliary ("the Xian
// left were backing").
func (a *Extractor) pastEndsPhrase(toks []token, k, end, cue int) bool {
	if !a.lex.SimplePast(toks[k]) || k+1 == end && end != cue {
		return false
	}
	return k == 0 || toks[k-1].Text != "-" && !annotate.IsDeterminer(toks[k-1].Lower)
}

// pastBetweenNames reports whether toks[k], a lower-case past form
// (Lexicon.PastVerb), stands between a name and a capitalised word of the
// phrase that ends at end: the finite verb of a clause whose object the
// phrase is ("Peru hosted | Chilean President Ruiz, who said"), not a
// participle that modifies it after a possessive ("Peru's ousted
// President") or a country's adjective ("Chilean exiled writer").
func (a *Extractor) pastBetweenNames(toks []token, k, end int) bool {
	if k < 1 || k+1 >= end || !toks[k+1].Cap || !a.lex.PastVerb(toks[k]) {
		return false
	}
	p := toks[k-1]
	if !p.Word || !p.Cap || p.Poss {
		return false
	}
	ms := a.lex.Countries.Find(toks[k-1 : k])
	return len(ms) == 0 || ms[0].Kind != annotate.ByAdjective
}

// institutionInCapital reports whether the "in" at toks[k] joins a word
// of words.tsv class body ("the National Transport Authority", "the
// defence department") to a capital that ends the phrase at end: the body speaks
// for the government, as the capital alone does. (A word of roles.tsv
// before "in", "the health ministry in X", is read as before: the
// capital is the speaker, of the same country.)
func (a *Extractor) institutionInCapital(toks []token, k, end int) bool {
	if k < 1 || k+1 >= end || end-(k+1) > 2 || !toks[k-1].Word || !a.lex.Words.Is(toks[k-1].Lower, lexicons.WordBody) {
		return false
	}
	ms := a.lex.Countries.Find(toks[k+1 : end])
	return len(ms) == 1 && ms[0].Kind == annotate.ByCapital && ms[0].Tok == 0 && ms[0].End == end-(k+1)
}

// trimNP drops leading and trailing tokens that cannot be part of a subject.
func trimNP(np []token) []token {
	for len(np) > 0 && (!np[0].Word || np[0].Lower == "and" || np[0].Lower == "but" || np[0].Lower == "or") {
		np = np[1:]
	}
	for len(np) > 0 {
		t := np[len(np)-1]
		if !t.Word && t.Text != ")" || t.Word && !t.Cap && (t.Lower == "for" || t.Lower == "of" || t.Lower == "and" || t.Lower == "the" || t.Lower == "to" || t.Lower == "by" || t.Lower == "a") {
			np = np[:len(np)-1]
			continue
		}
		break
	}
	return np
}

// quantifierSubjects stand for people as a subject on their own: "Some
// have argued", "Others say", "Many believe".
var quantifierSubjects = map[string]bool{"some": true, "many": true, "others": true, "several": true, "most": true,
	"few": true, "both": true, "everyone": true, "everybody": true, "nobody": true, "none": true}

// participleOpening reports whether np opens with an -ing verb and its
// object ("Citing last week's Paris", "Quoting the report"): a participle
// clause, no noun phrase.
func participleOpening(np []token) bool {
	if len(np) < 2 || !strings.HasSuffix(np[0].Lower, "ing") || len(np[0].Lower) < 6 {
		return false
	}
	n := np[1].Lower
	return annotate.IsDeterminer(n) || n == "last" || n == "next" // "the", "his", "this"
}

// contraction reports whether a word is a pronoun with a verb ("They're",
// "I'm", "we've"): not a subject.
func contraction(t token) bool {
	l := t.Lower
	return strings.HasSuffix(l, "'re") || strings.HasSuffix(l, "'m") || strings.HasSuffix(l, "'ve") || strings.HasSuffix(l, "'ll") || strings.HasSuffix(l, "'d") || strings.HasSuffix(l, "n't")
}

// validSubject reports whether a noun phrase can name a speaker: a pronoun,
// a capitalised word (not only a sentence-initial function word), or a head
// noun that the roles lexicon lists.
func (a *Extractor) validSubject(np []token) bool {
	if len(np) == 1 && pronouns[np[0].Lower] {
		return true
	}
	if participleOpening(np) {
		return false // "Citing last week's attack, …": a participle clause
	}
	if len(np) == 1 && quantifierSubjects[np[0].Lower] {
		return true // "Some have suggested …", "Others say …"
	}
	for _, t := range np {
		if contraction(t) {
			return false
		}
	}
	if len(np) >= 2 && annotate.IsDeterminer(np[0].Lower) && np[len(np)-1].Word && (!a.looksVerb(np[len(np)-1]) || pluralAfterDeterminer(np, len(np)-1)) &&
		!annotate.IsTimeWord(np[len(np)-1].Lower) && !timeNouns[np[len(np)-1].Lower] {
		return true // a description: "the billionaire business mogul", "several unions"
	}
	head := np[len(np)-1]
	if a.lex.Roles[head.Lower] != "" && a.lex.Roles[head.Lower] != "title" {
		return true
	}
	for k, t := range np {
		if t.Cap && !(k == 0 && (npBreak[t.Lower] || annotate.IsDeterminer(t.Lower) || annotate.IsAuxiliary(t.Lower) && !modalName(np) || annotate.IsNameStop(t.Lower))) {
			return true
		}
	}
	return len(a.lex.Countries.Find(np)) > 0
}

// afterPreposition reports whether the word t of toks follows a
// preposition.
func afterPreposition(toks []token, t token) bool {
	k := indexOf(toks, t)
	return k > 0 && (annotate.IsPreposition(toks[k-1].Lower) || placeWords[toks[k-1].Lower] || toks[k-1].Lower == "along" || toks[k-1].Lower == "off")
}

// passiveOfCountry reports whether the verb group at toks[j] is a passive
// whose agent names a country and whose clause from its subject at
// toks[k] names another before the agent: "A note of protest went to
// Chile's envoy by Peru", "Readiness to expand trade with Chile was
// voiced by Peru". The agent speaks of what the clause tells, though its
// subject names no country.
func (a *Extractor) passiveOfCountry(st *docState, toks []token, k, j int) bool {
	p, agentAt := a.passiveAgent(toks, j)
	if !p || agentAt < 0 {
		return false
	}
	agent := a.subjectAfter(toks, agentAt)
	return len(agent) > 0 && len(a.lex.Mentions(agent, st.doc.Date)) > 0 && len(a.lex.Mentions(toks[k:agentAt], st.doc.Date)) > 0
}

// thingAgent reports whether the agent of a passive, read in toks, is a
// thing, not an actor: the phrase, with the common nouns that go on
// after its names ("the Lima blast victims"), ends in a noun that is no
// role, and no country's adjective stands in it ("saddened by the Lima
// blast victims"; "shelled by Peruvian artillery" keeps its actor).
func (a *Extractor) thingAgent(toks, agent []token) bool {
	for k, t := range agent {
		if k > 0 && (t.Lower == "of" || t.Lower == "for") {
			agent = agent[:k] // its head: "Chile for its handling of …"
			break
		}
	}
	e := indexOf(toks, agent[len(agent)-1]) + 1
	for e < len(toks) && toks[e].Word && !toks[e].Cap && !annotate.IsPreposition(toks[e].Lower) && !annotate.IsTimeWord(toks[e].Lower) &&
		!npBreak[toks[e].Lower] && toks[e].Lower != "and" && toks[e].Lower != "or" && !a.lex.PastVerb(toks[e]) && a.lex.CueAt(toks, e) == nil && !strings.HasSuffix(toks[e].Lower, "ly") {
		e++
	}
	np := toks[indexOf(toks, agent[0]):e]
	if !thingHead(a, np) {
		return false
	}
	if s := indexOf(toks, agent[0]); toks[s].Poss && a.holdsEvent(toks, s+1, e) {
		return false // "receives X's support": the owner of the act gives it
	}
	for k := range np {
		if a.adjectiveAt(np, k) {
			return false
		}
	}
	return true
}

// passiveAhead reports whether the noun phrase that toks[j] is in is the
// subject of a passive with its agent: "the Israeli strike on the depot
// was condemned by Iran", "the Israeli strike, condemned by Iran, ...".
// Its act ("Israeli strike") is then what the agent speaks of, not a
// statement of its own.
func (a *Extractor) passiveAhead(toks []token, j int) bool {
	for k := j + 1; k+2 < len(toks) && k <= j+10; k++ {
		t := toks[k]
		if t.Text == "," || annotate.IsBe(t.Lower) {
			m := k + 1
			for m+1 < len(toks) && strings.HasSuffix(toks[m].Lower, "ly") && toks[m].Word {
				m++
			}
			return m+1 < len(toks) && a.lex.PastVerb(toks[m]) && toks[m+1].Lower == "by"
		}
		if !t.Word || a.looksVerb(t) {
			return false
		}
	}
	return false
}

// modalName reports whether np is "Will" or "May" alone: a name where a
// subject stands (annotate.SkipAdverbials has told it from the modal).
func modalName(np []token) bool {
	return len(np) == 1 && (np[0].Text == "Will" || np[0].Text == "May")
}

// timeNouns name a stretch of time, never a speaker: "the days when …".
var timeNouns = map[string]bool{"time": true, "times": true, "day": true, "days": true, "years": true,
	"decades": true, "era": true, "moment": true, "period": true}

func indexOf(toks []token, t token) int {
	for i := range toks {
		if toks[i].Start == t.Start {
			return i
		}
	}
	return 0
}

// event finds a country actor's act or attitude: a sentence whose subject
// names a country or one of its leaders ("Italy", "Russia's foreign
// ministry", "Donald Trump") followed by its verb ("suspended", "has
// praised", "will confront"), about another country. Sentences that hold a
// statement already are not searched.
func (a *Extractor) event(st *docState, toks []token) (found, bool) {
	return a.eventIn(st, st.doc.Text, record.TextField, toks)
}

// eventIn is event over toks of text, the document's field.
func (a *Extractor) eventIn(st *docState, text string, field record.Field, toks []token) (found, bool) {
	return a.eventOf(st, text, field, toks, "", "")
}

// detention reads a passive of detaining without "be" at toks[j]
// (DetainedPassive): "two A journalists detained in B" is B's act toward
// A, "A officers arrested by B police" B's. The held people's country is a
// name or adjective at most five words before the participle, with only
// lower-case words after it; the agent is the country right after "by",
// or the place right after "in", "at" or "inside" (a capital, a name or
// an adjective: "in B custody"). It reports false when either is missing
// or both are the same.
func (a *Extractor) detention(st *docState, text string, field record.Field, toks []token, j int, demander string) (found, bool) {
	lo := max(0, j-5)
	var held *mention
	ms := a.lex.Mentions(toks[lo:j], st.doc.Date)
	for k := range ms {
		ok := true
		for x := lo + ms[k].End; x < j; x++ {
			if !toks[x].Word || toks[x].Cap {
				ok = false
			}
		}
		if ok {
			held = &ms[k]
		}
	}
	if held == nil && len(demander) == 3 && len(ms) == 0 && releaseOf(toks, j) {
		// "Ghana demands the release of 12 soldiers detained in
		// Togo": people of no country named, whose release a country
		// demands, are its own.
		held = &mention{Code: demander}
	}
	if held == nil || len(held.Code) != 3 {
		return found{}, false
	}
	q := annotate.DetainerAt(toks, j)
	if q < 0 {
		return found{}, false
	}
	after := a.lex.Mentions(toks[q:min(len(toks), q+4)], st.doc.Date)
	if len(after) == 0 || after[0].Tok != 0 || len(after[0].Code) != 3 || after[0].Code == held.Code {
		return found{}, false
	}
	agent := after[0]
	name := text[toks[q].Start:toks[q+agent.End-1].End]
	f := found{Stmt: record.Statement{Speaker: trimPossessive(name), SpeakerCountry: agent.Code, Kind: record.Indirect, Cue: toks[j].Lower, Field: field,
		SpeakerRule: "the country where people are held, or that holds them"}, Rule: RulePassiveAct, Act: true, Objects: []string{held.Code}}
	a.setContent(&f, text, toks[j:j+1]) // the act alone: its agent is the speaker, its object outside
	return f, f.Stmt.End > f.Stmt.Start
}

// supposing reports whether w, before an act's subject or owner, makes
// the act one supposed, not done ("any X raid on Y", "every X incursion").
func supposing(w string) bool { return w == "any" || w == "every" }

// hostedPassive reads a passive with no agent of a verb that a host does
// to a foreign mission (words.tsv class host: summoned, expelled) at
// toks[j], whose subject is the mission of one country to or in another:
// "X's ambassador to Y was summoned", "Xian envoy in Y expelled" (a title
// needs no "was"). The host, the country after "to" or "in" that ends
// the subject, does the act toward the mission's country, named up to two
// lower-case words before the mission's noun (words.tsv class mission, or
// diplomats: a mission's staff, who speak for no one). It reports false for any
// other shape, for an agent ("by") after the verb, and when the two
// countries are one.
func (a *Extractor) hostedPassive(st *docState, text string, field record.Field, toks []token, j int) (found, bool) {
	if !a.lex.Words.Is(toks[j].Lower, lexicons.WordHost) || !strings.HasSuffix(toks[j].Lower, "ed") || j+1 < len(toks) && toks[j+1].Lower == "by" {
		return found{}, false
	}
	k, be := j-1, false
	for k > 0 && (annotate.IsBe(toks[k].Lower) || annotate.IsAuxiliary(toks[k].Lower)) {
		be = be || annotate.IsBe(toks[k].Lower)
		k--
	}
	if !be && field != record.TitleField {
		return found{}, false
	}
	lo := max(0, k-8)
	ms := a.lex.Mentions(toks[lo:k+1], st.doc.Date)
	var host, sender *mention
	for x := range ms {
		m := &ms[x]
		if lo+m.End != k+1 {
			continue
		}
		p := lo + m.Tok - 1 // "to" or "in", over "the"
		if p > 0 && toks[p].Lower == "the" {
			p--
		}
		if p < 1 || toks[p].Lower != "to" && toks[p].Lower != "in" || !a.lex.Words.Is(toks[p-1].Lower, lexicons.WordMission) && toks[p-1].Lower != "diplomat" && toks[p-1].Lower != "diplomats" {
			continue
		}
		host = m
		for y := range ms {
			s := &ms[y]
			if e := lo + s.End; e < p && p-1-e <= 2 && lowerWords(toks[e:p-1]) {
				sender = s
			}
		}
	}
	if host == nil || sender == nil || host.Code == sender.Code || len(host.Code) != 3 || len(sender.Code) != 3 {
		return found{}, false
	}
	name := text[toks[lo+host.Tok].Start:toks[lo+host.End-1].End]
	f := found{Stmt: record.Statement{Speaker: trimPossessive(name), SpeakerCountry: host.Code, Kind: record.Indirect, Cue: toks[j].Lower, Field: field,
		SpeakerRule: "the country that hosts the mission"}, Rule: RulePassiveAct, Act: true, Objects: []string{sender.Code}}
	a.setContent(&f, text, toks[j:j+1])
	return f, f.Stmt.End > f.Stmt.Start
}

// releaseOf reports whether "release of" (or "freeing of") and a number
// stand in the six words before the participle of detention at toks[j],
// with only words between: "the release of 12 soldiers detained in B"
// (the count of a country's own people it demands back; "the release of
// the sailors detained in B" says not whose they are).
func releaseOf(toks []token, j int) bool {
	for k := j - 1; k >= 1 && k >= j-6; k-- {
		if !toks[k].Word {
			return false
		}
		if toks[k].Lower == "of" && (toks[k-1].Lower == "release" || toks[k-1].Lower == "freeing") {
			return k+1 < j && (annotate.AmountToken(toks[k+1]) || numberWords[toks[k+1].Lower])
		}
	}
	return false
}

// numberWords are the counts written as words.
var numberWords = map[string]bool{"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "dozens": true, "hundreds": true, "thousands": true}

// pluralHead reports whether the phrase subj ends in a lower-case plural
// noun ("Zambian troops", "the army's jets").
func pluralHead(subj []token) bool {
	h := subj[len(subj)-1]
	return h.Word && !h.Cap && len(h.Lower) > 3 && strings.HasSuffix(h.Lower, "s") && !strings.HasSuffix(h.Lower, "ss")
}

// hostileIn reports whether a term of negative weight starts in
// toks[from:to].
func (a *Extractor) hostileIn(toks []token, from, to int) bool {
	for k := from; k < to; k++ {
		if lt, n := a.lex.TermAt(toks[from:to], k-from); n > 0 && lt.Weight < 0 {
			return true
		}
	}
	return false
}

// copula reports whether w is a finite form of "be".
func copula(w string) bool { return w == "is" || w == "are" || w == "was" || w == "were" }

// nounBeforeCopula returns the index of the finite form of "be" that
// follows the word at toks[j], read as a present verb after a name, in the
// same clause: the word is then a noun of the subject, and the copula the
// sentence's verb ("X arms sales to Y were a provocation", "Xian military
// aid to Y was …"). A comma or a word that opens a clause ends the search
// ("X arms rebels who are …"). It returns -1 when there is none.
func nounBeforeCopula(toks []token, j int) int {
	if strings.HasSuffix(toks[j].Lower, "ed") || copula(toks[j].Lower) {
		return -1 // a past: "the aid X promised was …" holds X's act
	}
	for k := j + 1; k < len(toks) && k <= j+8; k++ {
		l := toks[k].Lower
		if !toks[k].Word || clauseOpeners[l] {
			return -1
		}
		if copula(l) {
			return k
		}
	}
	return -1
}

// objectComplement reports whether the participle at toks[j] completes
// the object of a verb of words.tsv class predicative before it ("keep its
// ports shut", "left the border crossings shut"): an adjective of the
// object, no verb of the sentence, when that verb is an infinitive or a
// gerund inside the subject. Between them stand a determiner or
// possessive and at most three lower-case words.
func (a *Extractor) objectComplement(toks []token, j int) bool {
	if !a.lex.Participle(toks[j]) {
		return false
	}
	for k := j - 1; k >= 1 && k >= j-4; k-- {
		t := toks[k]
		if !t.Word || t.Cap {
			return false
		}
		if a.lex.Words.Is(t.Lower, lexicons.WordPredicative) {
			// Only a verb that is no finite one ("to keep", "keeping"):
			// in "X kept its border closed to Y" the complement carries
			// X's act.
			return k < j-1 && (strings.HasSuffix(t.Lower, "ing") || toks[k-1].Lower == "to")
		}
	}
	return false
}

// clauseOpeners open a clause of their own after a verb's object.
var clauseOpeners = map[string]bool{"that": true, "which": true, "who": true, "whom": true, "whose": true, "when": true, "where": true,
	"after": true, "before": true, "as": true, "because": true, "while": true, "if": true, "since": true, "and": true, "but": true, "or": true, "until": true, "unless": true}

// possessiveIts reports whether the predicate toks holds "its" that is not
// "its own" (the subject's).
func possessiveIts(toks []token) bool {
	for k, t := range toks {
		if t.Lower == "its" && !(k+1 < len(toks) && toks[k+1].Lower == "own") {
			return true
		}
	}
	return false
}

// eventOf is eventIn with its, the country a possessive "its" in the act
// stands for, when the act is reported by that country ("Malawi said
// Zambian troops shelled its posts": Malawi's posts), or "".
func (a *Extractor) eventOf(st *docState, text string, field record.Field, toks []token, its, answers string) (found, bool) {
	for j := 1; j < len(toks) && j < 25; j++ {
		t := toks[j]
		if annotate.IsBe(t.Lower) || annotate.IsAuxiliary(t.Lower) {
			v := j + 1
			for v < len(toks) && (annotate.IsBe(toks[v].Lower) || annotate.IsAuxiliary(toks[v].Lower)) {
				v++
			}
			if v < len(toks) {
				if f, ok := a.hostedPassive(st, text, field, toks, v); ok {
					return f, true // "X's ambassador to Y was summoned": the host's act
				}
			}
		}
		if !t.Word || t.Cap || !a.verbLike(toks, j) && !(field == record.TitleField && (titleFuture(toks, j) || a.verbAfterActor(st, toks, j))) {
			continue
		}
		if a.lex.Words.PartyOutOfPower(toks, j) {
			continue // "X opposition leader arrested": a party out of power, no verb
		}
		if c := nounBeforeCopula(toks, j); c > 0 {
			// "X arms sales to Y were …": a noun of the subject; the
			// verb is the copula (the noun phrase is a stance of its
			// own, nominal).
			j = c - 1
			continue
		}
		if a.lex.ChargedPassive(toks, j) {
			break // "Peru accused of abuses by Chile": Peru does nothing
		}
		if a.objectComplement(toks, j) {
			continue // "Peru's decision to keep its border closed was …"
		}
		if a.lex.DetainedPassive(toks, j) {
			// "Two Peruvian engineers detained in Chile …": Chile's act,
			// not the engineers'.
			if f, ok := a.detention(st, text, field, toks, j, ""); ok {
				return f, true
			}
			break
		}
		if field == record.TitleField {
			// "X envoy to Y expelled": the host's act (with "was", read
			// at the auxiliary above).
			if f, ok := a.hostedPassive(st, text, field, toks, j); ok {
				return f, true
			}
		}
		if field == record.TitleField && a.titlePassive(toks, j) {
			break // "X ship attacked near Y": what befalls the subject, by no one named
		}
		subj := a.subjectBefore(toks, j)
		if len(subj) == 0 || afterPreposition(toks, subj[0]) {
			// "A note of protest went to Chile's envoy by Peru",
			// "Peru's decision to recall its envoy from Chile was
			// announced by …": the passive's subject is the phrase that
			// opens the sentence, not a name inside it.
			if !slices.ContainsFunc(toks[:j], func(t token) bool { return !t.Word && t.Text != "'" && t.Text != "’" && t.Text != "-" }) && a.passiveOfCountry(st, toks, 0, j) {
				subj = toks[:annotate.SkipAdverbials(toks, j)]
			}
		}
		if len(subj) == 0 && a.lex.Words.Is(t.Lower, lexicons.WordProvoke) && a.ownerBefore(toks, j, st) == 0 {
			// "Y's support for the rebels angered X": the owned noun
			// phrase that opens the sentence is the cause.
			subj = toks[:annotate.SkipAdverbials(toks, j)]
		}
		if len(subj) == 0 || j >= 2 && (toks[j-1].Lower == "which" || toks[j-1].Lower == "who") && toks[j-2].Text == "," {
			continue // "X's occupation of Y, which began in May, was …": a relative clause's verb (relativeActs)
		}
		if field == record.TitleField {
			subj = titleSubject(toks, subj)
		} else {
			subj = a.appositiveJoint(toks, subj, st.doc.Date)
		}
		k := indexOf(toks, subj[0])
		if k > 0 && annotate.IsCount(toks[k-1]) && (k == 1 || toks[k-2].Text == ",") {
			// "16 Ugandan planes violated …": the count opens the subject.
			subj, k = toks[k-1:k+len(subj)], k-1
		}
		if k > 0 && annotate.IsPreposition(toks[k-1].Lower) && a.plainHead(toks[:k-1]) {
			// "Nurses from three Chilean charities delivered ...": the
			// subject runs from the start of the sentence.
			subj, k = trimNP(toks[:annotate.SkipAdverbials(toks, j)]), 0
		}
		if k > 0 && len(a.lex.Mentions(subj, st.doc.Date)) == 0 {
			// "Peru's decision to close the border angered Chile": the
			// country's act that the noun phrase completes is the subject.
			if o := a.ownerBefore(toks, k, st); o < k && (o == 0 || toks[o-1].Text == ",") {
				subj, k = toks[o:annotate.SkipAdverbials(toks, j)], o
			}
		}
		if k > 0 && toks[k-1].Text != "," && toks[k-1].Lower != "or" && toks[k-1].Lower != "and" && toks[k-1].Lower != "but" {
			// The subject of a subordinate clause ("Since Boric took
			// office, he has been blunt about ..."): look further.
			j = skipClause(toks, j)
			continue
		}
		if a.lex.Words.Is(t.Lower, lexicons.WordUndergo) {
			// "Two fishermen drowned ...": the subject is a victim, not
			// an actor.
			return found{}, false
		}
		if supposing(subj[0].Lower) || k > 0 && supposing(toks[k-1].Lower) {
			// "Any X raid on Y will be repulsed": an act
			// supposed, none done.
			return found{}, false
		}
		sm := a.lex.Mentions(subj, st.doc.Date)
		if s, e := governmentLeader(subj, sm); len(sm) == 0 && !(len(subj) == 1 && pronouns[subj[0].Lower]) && s == e && !a.passiveOfCountry(st, toks, k, j) {
			// No country, no pronoun, no leader's government ("the Ruiz
			// government" once the text has named Ruiz).
			return found{}, false
		}
		if len(subj) == 1 && subj[0].Lower == "it" && expletiveThat(toks, j) {
			// "it emerged that ...", "it is clear that ...": an
			// expletive subject names no actor.
			return found{}, false
		}
		start := annotate.SkipAdverbials(toks, j)
		if start < j && toks[start].Text == "," {
			// A phrase set off by commas ("X, in a rare move,
			// expelled"): the content starts after it.
			start = indexAfterLast(toks[:j], start, ",")
		}
		for start < j && !toks[start].Word {
			start++
		}
		// A passive ("Putin has been praised by Trump", "Germany has come
		// under criticism from Trump advisers"): the agent speaks of the
		// subject; with no agent there is no statement.
		if p, agentAt := a.passiveAgent(toks, j); p {
			if agentAt < 0 {
				return found{}, false
			}
			clause := a.clauseEnd(toks, agentAt) // the agent's phrase and what follows it in the clause
			for v := j; v < agentAt; v++ {
				if a.lex.Words.Is(toks[v].Lower, lexicons.WordProvoke) {
					// "Chile is alarmed by Peru's build-up", "… by the
					// shelling of its towns by Peruvian troops": the
					// subject's hostility toward the cause, not the
					// agent's act; the cause may name its country
					// further on.
					cause := toks[agentAt:clause]
					if len(a.lex.Mentions(cause, st.doc.Date)) == 0 {
						return found{}, false
					}
					return a.reactionBy(st, text, field, subj, toks[v], cause)
				}
			}
			agent := a.subjectAfter(toks, agentAt)
			if len(agent) == 0 || len(a.lex.Mentions(agent, st.doc.Date)) == 0 {
				return found{}, false
			}
			if a.thingAgent(toks, agent) {
				return found{}, false // "shaken by the Lima flood victims"
			}
			name, country, via, mem := a.resolve(st, agent, text)
			if country == "" {
				return found{}, false
			}
			f := found{Stmt: record.Statement{Speaker: name, SpeakerCountry: country, Kind: record.Indirect, Cue: t.Lower, Field: field,
				SpeakerRule: via}, Rule: RulePassiveAct, Subj: agent, Act: true, Mem: mem,
				Talks: a.lex.Words.In(toks[agentAt:clause], lexicons.WordTalks)}
			end := agentAt
			agentEnd := indexOf(toks, agent[len(agent)-1]) + 1
			if toks[agentAt-1].Lower == "with" || !a.holdsEvent(toks, j, agentAt) || agentEnd < clause && a.holdsEvent(toks, agentEnd, min(clause, agentEnd+2)) {
				// "Peru hit by Chilean tariffs", "was rocked by X
				// sanctions", "slapped with X tariffs": a verb that is
				// no act, or that inflicts what follows, leaves the act
				// to the agent's noun, done to the subject; so does a
				// verb whose agent's noun, one of its next two words, is
				// a term ("hit by X sanctions", "by an X import ban").
				for e := agentAt + 1; e <= clause && e <= agentAt+4; e++ {
					if a.holdsEvent(toks, agentAt, e) {
						end = max(e, agentEnd)
						break
					}
				}
			}
			a.setContent(&f, text, toks[k:end])
			return f, f.Stmt.End > f.Stmt.Start
		}
		// "Peru's move angered Chile": the one angered is hostile to
		// the cause, the subject.
		if a.lex.Words.Is(t.Lower, lexicons.WordProvoke) && a.lex.PastVerb(t) || a.lex.Words.Is(t.Lower, lexicons.WordProvoke) && strings.HasSuffix(t.Lower, "s") {
			if obj := a.subjectAfter(toks, j+1); len(obj) > 0 && len(a.lex.Mentions(obj, st.doc.Date)) > 0 {
				return a.reactionBy(st, text, field, obj, t, toks[k:j])
			}
		}
		if a.pairSubject(subj) {
			return found{}, false // "South Korea-US drills begin": the pair's relation (pairCompound)
		}
		name, country, via, mem := a.resolve(st, subj, text)
		if country == "" {
			name, country, via = a.jointSpeaker(st, subj, text, name, via)
		}
		if country == "" {
			return found{}, false
		}
		// The act must be about another country.
		joint := len(a.jointCountries(subj, st.doc.Date)) > 1 // the partners of a joint subject
		other := joint
		pred := toks[j:]
		place := false
		for _, m := range a.lex.Mentions(pred, st.doc.Date) {
			if m.Code == country {
				continue
			}
			if m.Tok > 0 && placeWords[pred[m.Tok-1].Lower] {
				place = true
			} else {
				other = true
			}
		}
		// An act in a place is about it ("retook a village in Cambodia").
		// Either way the act must carry a stance term: "arrived in Lima"
		// is no statement.
		other = other || place
		if !a.holdsEvent(toks, j, len(toks)) && !(joint && a.lex.Words.Is(t.Lower, lexicons.WordBuild)) {
			// A joint subject's work made together ("A and B inaugurate
			// a rail link") is an act with no term: score reads it.
			return found{}, false
		}
		if !other && (its == "" || its == country) && (answers == "" || answers == country) {
			return found{}, false
		}
		end := a.actEnd(toks, start)
		// "its" is the reporter's when the subject cannot be its
		// antecedent, a plural ("Zambian troops fired on its posts"), or
		// when the act is hostile ("Zambia violated its airspace"); a
		// country's own act of another kind is of its own ("Uruguay will
		// reopen its consulate").
		owner := !other && possessiveIts(toks[j:end]) && (pluralHead(subj) || a.hostileIn(toks, j, end))
		// A hostile act that names no other country in a title's clause
		// of time or cause answers the main clause's actor: "A recalls
		// envoy after B refuses to extradite suspect". Its verb is the
		// hostile term ("as B's minister visits disputed islets" is no
		// act toward A).
		answer := !other && !owner && answers != "" && answers != country && a.hostileIn(toks, j, j+1)
		if !other && !owner && !answer {
			return found{}, false
		}
		f := found{Stmt: record.Statement{Speaker: name, SpeakerCountry: country, Kind: record.Indirect, Cue: t.Lower, Field: field, SpeakerRule: via}, Rule: RuleAct, Subj: subj, Act: true, Mem: mem}
		if owner {
			f.Objects = []string{its}
		}
		if answer {
			f.Objects = []string{answers}
		}
		a.setContent(&f, text, toks[start:end])
		if end < len(toks) && a.subordinateClause(toks, end) {
			// "A lodges a protest as B's leader visits the shrine": an
			// act that names no other country answers the one whose
			// clause follows; a joint subject names its partners ("A, B
			// sign pact as C condemns deal" is no act toward C).
			if other := a.subordinateSubject(st, toks, end, country); other != "" && !joint && !a.namesOther(st, toks[start:end], country) {
				f.Objects = append(f.Objects, other)
			}
		}
		return f, f.Stmt.End > f.Stmt.Start
	}
	return found{}, false
}

// actEnd returns where an act that starts at toks[start] ends: at an
// appositive that judges it (", a move X condemned": appraisals), which
// is another's statement, or at a subordinate clause with a subject of
// its own ("… after Moscow recognised the regions", read by
// subordinateEvents), or at another speaker's clause after a comma
// ("…, the ministry said": clauseEnd); else at the end of toks.
func (a *Extractor) actEnd(toks []token, start int) int {
	for k := start + 1; k < len(toks); k++ {
		if a.appraisalAt(toks, k) || a.subordinateClause(toks, k) {
			return k
		}
		if toks[k].Text == "," && a.clauseEnd(toks, k) == k {
			return k // "…, Peru's military said": the source's clause
		}
	}
	return len(toks)
}

// subordinateSubject returns the country of the subject of the
// subordinate clause at toks[k] (ownSubordinate), other than self, or "".
func (a *Extractor) subordinateSubject(st *docState, toks []token, k int, self string) string {
	ms := a.lex.Mentions(toks[k+1:min(len(toks), k+5)], st.doc.Date)
	if len(ms) == 0 || ms[0].Tok > 1 || ms[0].Code == self || len(ms[0].Code) != 3 {
		return ""
	}
	return ms[0].Code
}

// namesOther reports whether toks name a country other than self.
func (a *Extractor) namesOther(st *docState, toks []token, self string) bool {
	for _, m := range a.lex.Mentions(toks, st.doc.Date) {
		if m.Code != self {
			return true
		}
	}
	return false
}

// subordinateClause is ownSubordinate, but for a name and a noun of a
// gathering that end the title or its clause ("… after Vienna talks", "…
// as Cairo summit ends" is a clause): "talks" there is the noun of the
// phrase "Vienna talks", not the verb of its name.
func (a *Extractor) subordinateClause(toks []token, k int) bool {
	if !ownSubordinate(toks, k) {
		return false
	}
	j := k + 1
	if j < len(toks) && toks[j].Lower == "the" {
		j++
	}
	for j < len(toks) && toks[j].Word && toks[j].Cap {
		j++
	}
	return j >= len(toks) || !a.lex.Words.Is(toks[j].Lower, lexicons.WordGathering) || j+1 < len(toks) && toks[j+1].Word
}

// ownSubordinate reports whether toks[k] opens a subordinate clause of
// time or cause whose subject is a name right after it ("after Moscow
// recognised …", "as Lima and La Paz …").
func ownSubordinate(toks []token, k int) bool {
	if !eventSubordinators[toks[k].Lower] {
		return false
	}
	j := k + 1
	if j < len(toks) && toks[j].Lower == "the" {
		j++
	}
	if j+1 >= len(toks) || !toks[j].Word || !toks[j].Cap {
		return false
	}
	// A verb within the four words after the name: a clause, not "as
	// Chile's envoy" or "after Monday". An -s verb stands right after the
	// name's capitalised words ("as UN Security Council condemns"), or
	// after their head nouns ("as African Union summit condemns", "as
	// Togo's foreign minister tours").
	e := j + 1
	for e < len(toks) && e <= j+4 && toks[e].Word && toks[e].Cap {
		e++
	}
	// The head nouns after the name: lower-case words not in -s
	// ("summit", "foreign minister").
	h := e
	for h < len(toks) && h < e+2 && toks[h].Word && !toks[h].Cap && !strings.HasSuffix(toks[h].Lower, "s") && !strings.HasSuffix(toks[h].Lower, "ed") {
		h++
	}
	for v := j + 1; v < len(toks) && v <= max(j+4, h); v++ {
		if t := toks[v]; t.Word && !t.Cap && (strings.HasSuffix(t.Lower, "ed") || strings.HasSuffix(t.Lower, "s") && v >= e && v <= h) {
			return true
		}
	}
	return false
}

// verbLike reports whether toks[j] reads as the finite verb of a clause: an
// auxiliary, a cue, or a lexicon term or word with a verb ending after a
// capitalised or possessive subject.
func (a *Extractor) verbLike(toks []token, j int) bool {
	t := toks[j]
	switch t.Lower {
	case "has", "have", "had", "will", "would", "is", "are", "was", "were", "did", "does", "do", "can", "could", "must", "should", "may", "might", "plans", "wants", "seeks", "sees",
		"beat", "hit", "shot", "met", "held", "gave", "sent", "took", "made", "struck", "fought", "sought", "led", "won", "lost", "left", "put", "set", "began", "broke", "brought", "bought", "sold", "drew", "froze", "overran", "withdrew", "threw", "rode", "spoke", "stood", "kept", "paid", "ran":
		return true
	}
	if a.lex.CueAt(toks, j) != nil {
		return true
	}
	// A stance verb right after a name: "Russia and Iran support Assad";
	// or after a role: "officials meet", "the president meets".
	p := j - 1 // the word before, over one adverb ("A, B jointly open …")
	if p > 0 && toks[p].Word && !toks[p].Cap && annotate.LyAdverb(toks[p].Lower) && annotate.SkipAdverbials(toks, j) == p {
		p--
	}
	if p >= 0 && toks[p].Word && (toks[p].Cap || a.lex.Roles[toks[p].Lower] != "") {
		// Not after a country's adjective when a passive with its agent
		// follows ("the Israeli strike on the depot was condemned by
		// Iran"): asked only of a verb found.
		nounOfPassive := func() bool {
			return a.lex.Roles[toks[p].Lower] == "" && a.adjectiveAt(toks, p) && a.passiveAhead(toks, j)
		}
		verb := false
		if lt, n := a.lex.TermAt(toks, j); n > 0 && (lt.Attach == lexicons.AttachObject || lt.Attach == lexicons.AttachAct || lt == a.lex.SendAid() || a.lex.Words.Fight(t.Lower, lt.Weight)) {
			verb = true
		} else {
			// A CAMEO verb that is an event in its patterns: "Israel, UAE
			// sign MoU".
			pvs := a.lex.PatternVerbs(t.Lower)
			for k := range pvs {
				if lt := &pvs[k]; annotate.WordsAt(toks, j, lt.Words) && a.lex.VerbUse(toks, j, lt.Form) {
					verb = true
					break
				}
			}
		}
		if !verb && a.lex.Words.Is(t.Lower, lexicons.WordBuild) {
			verb = true // "A, B launch economic corridor": a work made (score: jointly)
		}
		if !verb && a.lex.Words.Is(t.Lower, lexicons.WordGrowth) {
			// "Peru, Chile seal fisheries deal": a word that concludes or
			// grows an agreement named right after it.
			for k := j + 1; k < len(toks) && k <= j+3 && toks[k].Word && !toks[k].Cap; k++ {
				if lt, n := a.lex.TermAt(toks, k); n > 0 && lt.Class == lexicons.ClassAgree {
					verb = true
					break
				}
			}
		}
		// Nor a word in its bare form after a determiner and a country's
		// adjective, with no preposition of its object after it ("called
		// the Xian raid unacceptable"): the head of a noun phrase that
		// names no one it befalls ("the Xian raid on Y" names its
		// victim, an act; "the Xian raided …" keeps its past).
		nounAfterDeterminer := func() bool {
			return a.lex.Roles[toks[p].Lower] == "" && p > 0 && annotate.IsDeterminer(toks[p-1].Lower) && a.adjectiveAt(toks, p) &&
				!a.lex.PastVerb(t) && !a.lex.SimplePast(t) && !(j+1 < len(toks) && annotate.IsPreposition(toks[j+1].Lower))
		}
		if verb && !nounOfPassive() && !nounAfterDeterminer() {
			return true
		}
	}
	if a.lex.Roles[t.Lower] != "" {
		return false
	}
	// "Israel uses ...": a word in -s right after a name.
	if j > 0 && toks[j-1].Word && toks[j-1].Cap && !toks[j-1].Poss && strings.HasSuffix(t.Lower, "s") && !nounEnding(t.Lower) && len(t.Lower) >= 3 {
		// Only after a country's name, not its adjective ("Greek banks").
		if ms := a.lex.Countries.Find(toks[j-1 : j]); len(ms) == 1 && ms[0].Kind != byAdjective {
			return true
		}
	}
	if strings.HasSuffix(t.Lower, "ed") {
		return true
	}
	// A word in -es after a country's adjective or a count is a plural
	// noun: "Chadian villages", "Peruvian fisheries", "the two countries".
	return strings.HasSuffix(t.Lower, "es") && len(t.Lower) > 4 && !(j > 0 && (a.adjectiveAt(toks, j-1) || annotate.IsCount(toks[j-1])))
}

// nounEnding reports whether w, a word in -s, ends as a noun and no verb
// does: "-ss" (press), "-is" (crisis, basis), "-us" (status, consensus).
func nounEnding(w string) bool {
	return strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "is") || strings.HasSuffix(w, "us")
}

// adjectiveAt reports whether toks[i] is a country's adjective ("Malian").
func (a *Extractor) adjectiveAt(toks []token, i int) bool {
	return toks[i].Word && toks[i].Cap && !toks[i].Poss && a.lex.AdjectiveAt(toks, i)
}

// speechSpeaker names the speaker of a first-person speech: the person
// delivering it, else the country code.
func speechSpeaker(d corpus.Document) string {
	if d.Speaker != "" {
		return d.Speaker
	}
	return d.SpeakerCountry
}

// isHeadlineLine reports whether a sentence is a line of its own with no
// final period (closing quotes aside): a headline.
func isHeadlineLine(raw string) bool {
	if strings.Contains(raw, "\n") || len(raw) >= 200 {
		return false
	}
	t := strings.TrimRightFunc(raw, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("\"”’'»)", r) })
	return t != "" && !strings.ContainsAny(t[len(t)-1:], ".!?")
}

// capAhead reports whether a capitalised word follows toks[j] within a few
// plain lowercase words: the lowercase words are then a title before a name.
func capAhead(toks []token, j int) bool {
	for k := j + 1; k < len(toks) && k < j+4; k++ {
		t := toks[k]
		if !t.Word {
			return false
		}
		if t.Cap {
			return true
		}
	}
	return false
}

// listenerCue reports whether the noun after the cue is the listener, not
// the speaker ("told reporters", "asked the minister").
func listenerCue(c *annotate.Cue) bool {
	switch c.Words[0] {
	case "told", "tells", "tell", "telling", "asked", "asks", "asking", "urged", "urges", "warned", "warns", "thanked", "accused", "called", "praised", "criticized", "criticised":
		return true
	}
	return informCue(c)
}

// listeners are the usual listeners of "told": "told reporters ...".
var listeners = map[string]bool{"reporters": true, "journalists": true, "press": true, "media": true,
	"parliament": true, "lawmakers": true, "legislators": true, "delegates": true, "audience": true,
	"supporters": true, "crowd": true, "students": true, "officials": true, "us": true, "me": true,
	"him": true, "her": true, "them": true, "diplomats": true, "correspondents": true}

// placeWords before a country name make it a place: "arrived in Lima".
var placeWords = map[string]bool{"in": true, "at": true, "from": true, "into": true, "inside": true,
	"near": true, "toward": true, "towards": true, "via": true, "through": true, "across": true, "within": true,
	"throughout": true, "around": true}

// plainHead reports whether toks (the start of a sentence, before a
// preposition) is a plain noun phrase: words with no verb and no comma.
func (a *Extractor) plainHead(toks []token) bool {
	if len(toks) == 0 || len(toks) > 6 || annotate.IsPreposition(toks[0].Lower) {
		return false // "In the wake of the Paris attacks": an adverbial
	}
	for j, t := range toks {
		if !t.Word || a.verbLike(toks, j) && !t.Cap {
			return false
		}
	}
	return true
}

// parentheticals are adverbials set off by commas between a subject and
// its verb.
var parentheticals = map[string]bool{"however": true, "of course": true, "meanwhile": true, "in turn": true,
	"too": true, "also": true, "for its part": true, "for his part": true, "for her part": true,
	"for their part": true, "in response": true, "in a statement": true, "in particular": true,
	"though": true, "instead": true, "moreover": true, "nevertheless": true, "for example": true}

func joinText(toks []token) string {
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t.Text
	}
	return strings.Join(parts, " ")
}

// headlineLabel reports whether words before a colon are a site's label,
// not a speaker: "Read more", "Related News", "Watch", "Update".
func headlineLabel(toks []token) bool {
	switch strings.ToLower(joinText(toks)) {
	case "read more", "related", "related news", "see also", "watch", "update", "updated", "breaking",
		"breaking news", "exclusive", "opinion", "analysis", "video", "photos", "more", "also read", "editorial",
		"revealed", "explained", "explainer", "factbox", "fact check", "timeline", "live", "listen", "poll", "podcast":
		return true
	}
	return false
}

// appositiveCountry returns the country an appositive between a subject
// and its cue names ("Ana Ruiz, the head of Peru's largest copper miner,
// said"), or "".
func (a *Extractor) appositiveCountry(toks []token) string {
	for _, m := range a.lex.Countries.Find(toks) {
		if m.Kind != byCapital {
			return m.Code
		}
	}
	return ""
}

// nominal finds a stance stated as a noun phrase in a sentence that holds
// no statement: a country that owns or does the term ("Brazilian military
// support for Paraguay", "Lima's anger over Chile's reliance on ...",
// "Peruvian sanctions against Bolivia") and a country after it. The owner is the
// speaker; the content runs from the term to the end of its clause.
func (a *Extractor) nominal(st *docState, toks []token) (found, bool) {
	return a.nominalIn(st, st.doc.Text, record.TextField, toks)
}

// nominalIn is nominal over toks of text, the document's field.
func (a *Extractor) nominalIn(st *docState, text string, field record.Field, toks []token) (found, bool) {
	ms := a.lex.Mentions(toks, st.doc.Date)
	in := mentionMask(ms, len(toks))
	for i := range toks {
		if f, _, ok := a.nominalAt(text, field, toks, ms, in, i); ok {
			return f, true
		}
	}
	for i := range toks {
		// "The expulsion of X diplomats by Y drew a response": the
		// agent after "by" owns the act.
		if f, ok := a.agentNominalAt(text, field, toks, ms, in, i, ""); ok {
			f.Act = true
			return f, true
		}
	}
	return found{}, false
}

// mentionMask reports, for each of n tokens, whether a mention of ms
// holds it.
func mentionMask(ms []mention, n int) []bool {
	in := make([]bool, n)
	for _, m := range ms {
		for k := m.Tok; k < m.End && k < n; k++ {
			in[k] = true
		}
	}
	return in
}

// nominalAt is nominalIn at the term that starts at toks[i], ms the
// country mentions of toks and in their mask (mentionMask). It returns
// the owner too.
func (a *Extractor) nominalAt(text string, field record.Field, toks []token, ms []mention, in []bool, i int) (found, *mention, bool) {
	if in[i] {
		return found{}, nil, false
	}
	lt, n := a.lex.TermAt(toks, i)
	if n == 0 || lt.Attach == lexicons.AttachPredicate || lt.Attach == lexicons.AttachAny || a.lex.DetainedPassive(toks, i) {
		return found{}, nil, false // "X officers arrested in Y": X's people are held, they hold no one
	}
	if a.lex.Words.PartyOutOfPower(toks, i) {
		return found{}, nil, false // "the X opposition leader": a party out of power, no attitude
	}
	if field == record.TitleField && i > 0 && toks[i-1].Word && !toks[i-1].Cap && a.titlePassive(toks, i) {
		return found{}, nil, false // "X ship attacked near Y": the owner's ship undergoes the act
	}
	owner := nominalOwner(toks, ms, i)
	if owner != nil && lt.Attach == lexicons.AttachPrep && owner.End != i && !(owner.End+1 == i && pluralApostrophe(toks, owner.End)) {
		owner = nil // "the X dollar slipped against": a preposition's owner stands right before it ("X's release of")
	}
	if owner != nil && owner.Tok > 0 && supposing(toks[owner.Tok-1].Lower) {
		owner = nil // "any X raid on Y will be repulsed": an act supposed
	}
	if owner != nil && owner.Tok > 0 && a.lex.Words.Is(toks[owner.Tok-1].Lower, lexicons.WordDemand) {
		owner = nil // "sought X's support for Y": support sought, none given
	}
	if owner != nil && invertedQuestion(toks) {
		owner = nil // "Will Peru's leader back …?", "Will X mend Peru's broken ties with Y?" assert nothing
	}
	if owner == nil {
		return found{}, nil, false
	}
	end := i + n
	for end < len(toks) && toks[end].Text != ";" && toks[end].Text != "," && toks[end].Text != ":" && !sourceDash(toks, end) && end < i+n+10 && !copula(toks[end].Lower) {
		end++ // "X's arms sales to Y were a provocation": what the phrase is called is another's word
	}
	// "Peruvian troops were attacked near the Chilean border": after a
	// passive with no agent, a place names no target (the owner is the
	// victim).
	passive := i > 0 && annotate.IsBe(toks[i-1].Lower) && a.lex.PastVerb(toks[i])
	target := false
	for _, m := range ms {
		if m.Tok >= i+n && m.Tok < end && m.Code != owner.Code && !(passive && wherePhrase(toks, m.Tok)) {
			target = true
		}
	}
	if !target {
		return found{}, nil, false
	}
	subj := toks[owner.Tok:owner.End]
	name := text[subj[0].Start:subj[len(subj)-1].End]
	name = strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
	f := found{Stmt: record.Statement{Speaker: name, SpeakerCountry: owner.Code, Kind: record.Indirect, Cue: toks[i].Lower, Field: field,
		SpeakerRule: "the country that owns the term"}, Rule: RuleNominal,
		// "X's attack on Y continued", "X sanctions on Y": a hostile
		// act its owner holds (a possessive, or a country right before
		// it) is the owner's act, whose object is its target.
		Act: (lt.Attach == lexicons.AttachAct || lt.Attach == lexicons.AttachNoun) && lt.Weight < 0 && (toks[owner.End-1].Poss || owner.End == i)}
	if owner.End < i && i-owner.End <= 2 && annotate.ForcesNoun(toks[i-1].Lower) {
		// "X troops crossed into Y": the owner's forces are the
		// subject of the term's verb (score reads their move), and
		// their act is the owner's.
		f.Subj, f.Act = toks[owner.Tok:i], true
	}
	a.setContent(&f, text, toks[i:end])
	return f, owner, f.Stmt.End > f.Stmt.Start
}

// nominalOwner returns the country that owns the term at toks[i]: right
// before it, or a possessive, an adjective or an abbreviation used as one
// up to two words (amounts aside) before it ("Russian military support",
// "Peru's 25% tariffs", "US chip curbs");
// nil when none.
func nominalOwner(toks []token, ms []mention, i int) *mention {
	var owner *mention
	for k := range ms {
		m := ms[k]
		if m.End > i || i-m.End > 4 || !(m.End == i || toks[m.End-1].Poss || m.Kind == byAdjective || abbreviation(toks[m.Tok:m.End])) {
			continue
		}
		if m.End < i-1 && toks[i-1].Lower == "and" && strings.HasSuffix(toks[i].Lower, "ed") {
			continue // "froze X's assets and banned …": a verb joined to the one whose object X's noun is
		}
		ok, words := true, 0
		for j := m.End; j < i; j++ {
			if annotate.AmountToken(toks[j]) {
				continue // "Peru's 25% tariffs", "Japan's $2bn aid"
			}
			if j == m.End && pluralApostrophe(toks, j) {
				continue // "the Philippines' blockade"
			}
			words++
			if !toks[j].Word || toks[j].Cap || words > 2 {
				ok = false
			}
		}
		if ok {
			owner = &ms[k]
		}
	}
	if owner == nil {
		owner = personOwner(toks, ms, i)
	}
	return owner
}

// personOwner returns the country of a person whose possessive owns the
// term at toks[i] ("Kenyan President William Ruto's two-day visit"): the
// possessive name up to two lower-case words before the term, and before
// it capitalised words (names, titles) that a country's adjective opens;
// nil when there is none.
func personOwner(toks []token, ms []mention, i int) *mention {
	p := i - 1
	for p >= 0 && p >= i-3 && toks[p].Word && !toks[p].Cap {
		p--
	}
	if p < 1 || !toks[p].Poss || !toks[p].Cap {
		return nil
	}
	for k := range ms {
		m := ms[k]
		if m.Kind != byAdjective || m.End > p || p-m.End > 4 {
			continue
		}
		ok := true
		for _, t := range toks[m.End:p] {
			if !t.Word || !t.Cap {
				ok = false
			}
		}
		if ok {
			return &ms[k]
		}
	}
	return nil
}

// skipClause returns the index of the comma that ends the clause holding
// toks[j] (or j when there is none), so that a search goes on after it.
func skipClause(toks []token, j int) int {
	for k := j; k < len(toks); k++ {
		if toks[k].Text == "," {
			return k
		}
	}
	return len(toks)
}

// receivedOwned returns, when toks[j] is a verb of receiving that is no
// verb of consent ("wins", "gets"; not "welcomes") and its object opens
// with a country's possessive or adjective before a term, over a
// determiner and one plain word ("wins X's backing", "gets strong Xian
// support"), where that country starts: the giver, as after "from"
// (receivedFrom). It returns -1 otherwise.
func (a *Extractor) receivedOwned(toks []token, j int) int {
	if !a.lex.Words.Is(toks[j].Lower, lexicons.WordReceive) || a.lex.Words.Is(toks[j].Lower, lexicons.WordConsent) {
		return -1
	}
	k := j + 1
	if k < len(toks) && annotate.IsDeterminer(toks[k].Lower) {
		k++
	}
	if k+1 < len(toks) && toks[k].Word && !toks[k].Cap && toks[k+1].Cap {
		k++ // "strong Xian support"
	}
	for _, m := range a.lex.Countries.Find(toks[k:min(len(toks), k+5)]) {
		if m.Tok != 0 {
			break
		}
		if e := k + m.End; (toks[e-1].Poss || m.Kind == annotate.ByAdjective) && e < len(toks) && a.holdsEvent(toks, e, min(len(toks), e+2)) {
			return k
		}
	}
	return -1
}

// passiveAgent reports whether the verb group at toks[j] is passive ("has
// been praised", "was attacked", "came under criticism") and where its
// agent starts (after "by" or "from"), or -1 when none is named.
func (a *Extractor) passiveAgent(toks []token, j int) (bool, int) {
	if a.reducedPassive(toks, j) {
		return true, j + 2
	}
	if a.inflictedWith(toks, j) {
		return true, j + 2
	}
	if k := a.passiveWith(toks, j); k > 0 {
		return true, k
	}
	if k := receivedFrom(a.lex.Words, toks, j); k >= 0 {
		return true, k
	}
	if k := a.receivedOwned(toks, j); k >= 0 {
		return true, k
	}
	passive := false
	k := j
	for ; k < len(toks) && k < j+5; k++ {
		t := toks[k]
		if !t.Word {
			break
		}
		if annotate.IsBe(t.Lower) && k+1 < len(toks) {
			// "was praised", "was warmly praised": adverbs in -ly between.
			m := k + 1
			for m+1 < len(toks) && m < k+3 && strings.HasSuffix(toks[m].Lower, "ly") && toks[m].Word && !toks[m].Cap {
				m++
			}
			n := toks[m]
			if n.Word && !n.Cap && (strings.HasSuffix(n.Lower, "ed") || a.lex.PastVerb(n) || a.lex.Participle(n) && byAfter(toks, m+1) || a.lex.CueAt(toks, m) != nil) && !strings.HasSuffix(n.Lower, "ing") {
				if a.inflictedWith(toks, m) {
					return true, m + 2 // "was slapped with X tariffs"
				}
				passive = true
				k = m + 1
				break
			}
		}
		if (t.Lower == "come" || t.Lower == "came" || t.Lower == "comes" || t.Lower == "coming") && k+1 < len(toks) && toks[k+1].Lower == "under" {
			passive = true
			k += 2
			break
		}
		if !annotate.IsAuxiliary(t.Lower) && !strings.HasSuffix(t.Lower, "ly") {
			break
		}
	}
	if !passive {
		return false, -1
	}
	for ; k < len(toks) && k < j+14; k++ {
		if toks[k].Text == "," || toks[k].Text == ";" {
			break
		}
		if toks[k].Lower == "by" && !meansAt(toks, k+1) || toks[k].Lower == "from" {
			return true, k + 1
		}
	}
	return true, -1
}

// passiveWith returns where the agent starts when the past participle at
// toks[j], with no "be" before it, takes a short complement and then "by"
// and its agent, as titles write a passive: "Peru hit with sanctions by
// Chile", "Chilean envoy named persona non grata by Lima", "Peruvian
// diplomats told to leave by Santiago", "… ordered out by …"; 0
// otherwise. The complement is at most four lower-case words with no
// determiner, pronoun, auxiliary or other participle in it: those start a
// clause or a noun phrase of their own ("Peru said it was hit by …",
// "Peru signed the deal brokered by …"). A complement other than "with"
// takes a name after "by".
func (a *Extractor) passiveWith(toks []token, j int) int {
	if j == 0 || j+3 >= len(toks) || !toks[j].Word || toks[j].Cap || !a.lex.Participle(toks[j]) {
		return 0
	}
	for k := j + 1; k < len(toks)-1 && k <= j+5; k++ {
		switch t := toks[k]; {
		case t.Lower == "by":
			if k == j+1 || meansAt(toks, k+1) || toks[j+1].Lower != "with" && !toks[k+1].Cap {
				// reducedPassive's, "by telephone", or a place ("traded
				// fire by the road"): other complements take a name.
				return 0
			}
			return k + 1
		case !t.Word || t.Cap || annotate.IsDeterminer(t.Lower) || pronouns[t.Lower] || annotate.IsAuxiliary(t.Lower) || annotate.IsBe(t.Lower) ||
			t.Lower == "that" || a.lex.Participle(t) && k > j+1 && toks[k-1].Lower != "to":
			return 0
		}
	}
	return 0
}

// inflictedWith reports whether toks[j] is a participle of words.tsv
// class inflict with "with" after it and a country named within the next
// three words ("slapped with Ugandan tariffs", "hit with the EU's
// sanctions"): what is inflicted is the act of that country.
func (a *Extractor) inflictedWith(toks []token, j int) bool {
	if j+2 >= len(toks) || toks[j+1].Lower != "with" || !toks[j].Word || toks[j].Cap || !a.lex.Words.Is(toks[j].Lower, lexicons.WordInflict) ||
		!(strings.HasSuffix(toks[j].Lower, "ed") || a.lex.Participle(toks[j])) {
		return false
	}
	ms := a.lex.Countries.Find(toks[j+2 : min(len(toks), j+5)])
	return len(ms) > 0 && ms[0].Tok <= 1
}

// byAfter reports whether "by" stands at toks[k] or after one word there
// ("hit hard by"): a participle that is also a present form ("hit", "set")
// is passive only with its agent ("was hit by X"; "is set to" is none).
func byAfter(toks []token, k int) bool {
	return k < len(toks) && toks[k].Lower == "by" || k+1 < len(toks) && toks[k].Word && !toks[k].Cap && toks[k+1].Lower == "by"
}

// tellCue reports whether a cue takes its listener as object: "told Xi".
func tellCue(c *annotate.Cue) bool {
	switch c.Words[0] {
	case "told", "tells", "tell", "telling", "asked", "asks", "asking":
		return true
	}
	return informCue(c)
}

func objectPronoun(w string) bool {
	switch w {
	case "them", "it", "him", "her":
		return true
	}
	return false
}

// subordinateEvents finds countries' acts in subordinate clauses ("After
// Trump's pick made strong statements about China's actions, ..."), which
// event passes over for the main clause.
func (a *Extractor) subordinateEvents(st *docState, toks []token) []found {
	return a.subordinateEventsIn(st, st.doc.Text, record.TextField, toks)
}

// subordinateEventsIn is subordinateEvents over toks of text, the
// document's field.
func (a *Extractor) subordinateEventsIn(st *docState, text string, field record.Field, toks []token) []found {
	var out []found
	for i := 0; i+2 < len(toks); i++ {
		if f, ok := a.causedAct(st, text, field, toks, i); ok {
			out = append(out, f)
			continue
		}
		if !eventSubordinators[toks[i].Lower] {
			continue
		}
		if i > 0 && toks[i-1].Text != "," && field != record.TitleField && !a.countrySubjectAt(toks, i+1) && !a.leaderSubjectAt(st, toks, i+1) {
			continue // titles leave the comma out, and so does a clause with a country or its leader as its subject
		}
		end := skipClause(toks, i+1)
		if field == record.TitleField {
			end = len(toks) // a title's commas join names: "as Peru, Chile leaders meet"
		}
		if end-(i+1) < 3 {
			continue
		}
		answers := ""
		if field == record.TitleField {
			if main := a.openingCountries(st, toks[:i]); len(main) == 1 {
				answers = main[0] // "A recalls envoy after B refuses …"
			}
		}
		if f, ok := a.eventOf(st, text, field, toks[i+1:end], "", answers); ok {
			out = append(out, f)
		}
		i = end
	}
	return out
}

// leaderSubjectAt reports whether toks[k:] opens, after at most two words
// of a title, with a person of the actor lexicon in office ("after
// President X likened …", "after X refused …").
func (a *Extractor) leaderSubjectAt(st *docState, toks []token, k int) bool {
	for _, m := range a.lex.Parties(toks[k:min(len(toks), k+6)], st.doc.Date) {
		if m.Kind == byLeader && m.Tok <= 2 && (m.Tok == 0 || toks[k].Cap && a.lex.Roles[toks[k].Lower] != "") {
			return true
		}
	}
	return false
}

// countrySubjectAt reports whether toks[k:] opens with a country's name
// or adjective and a plural noun ("Chinese vessels blocked …", "Peru
// expelled …"), or an adjective and a noun its past verb follows ("a
// Chinese drone strike killed …"), as the subject of a clause.
func (a *Extractor) countrySubjectAt(toks []token, k int) bool {
	if k < len(toks) && (toks[k].Lower == "the" || toks[k].Lower == "a" || toks[k].Lower == "an") {
		k++
	}
	ms := a.lex.Countries.Find(toks[k:min(len(toks), k+4)])
	if len(ms) == 0 || ms[0].Tok != 0 || toks[k+ms[0].End-1].Poss {
		return false
	}
	e := k + ms[0].End
	if ms[0].Kind == byAdjective {
		if e+1 < len(toks) && toks[e].Word && !toks[e].Cap && strings.HasSuffix(toks[e].Lower, "s") {
			return true
		}
		// A noun of one or two words, then its verb in the past: "a
		// Kenyan patrol boat rammed …".
		for j := e; j < len(toks) && j < e+2 && toks[j].Word && !toks[j].Cap; j++ {
			if v := j + 1; v < len(toks) && v > e && toks[v].Word && !toks[v].Cap && len(toks[v].Lower) > 4 && strings.HasSuffix(toks[v].Lower, "ed") {
				return true
			}
		}
		return false
	}
	return e < len(toks) && toks[e].Word && !toks[e].Cap
}

// eventSubordinators open a clause of time, cause or concession whose
// act is read apart from the main clause's (subordinateEvents, actEnd).
var eventSubordinators = map[string]bool{"after": true, "when": true, "as": true, "since": true, "while": true,
	"because": true, "although": true, "though": true, "before": true, "until": true}

// causedAct reads the act a clause brought about, after a comma and a
// causative participle (words.tsv class causative): "…, prompting X to
// recall its envoy" is X's act, read as "X recall its envoy", toward the
// country that opens the sentence when it names none.
func (a *Extractor) causedAct(st *docState, text string, field record.Field, toks []token, i int) (found, bool) {
	if i == 0 || toks[i-1].Text != "," && !strings.HasSuffix(toks[i].Lower, "ed") {
		return found{}, false // ", prompting X to …"; "… prompted X to …" as the main verb
	}
	to := a.causativeTo(toks, i)
	if to < 0 {
		return found{}, false
	}
	clause := append(append(make([]token, 0, len(toks)), toks[i+1:to]...), toks[to+1:skipClause(toks, to+1)]...)
	// A hostile act that names no other country answers the country
	// that opens the sentence: "A seized the island, prompting B to
	// recall its envoy".
	return a.eventOf(st, text, field, clause, "", a.openingCountry(st, toks[:i]))
}

// causativeTo returns the index of the "to" that ends the object of the
// causative participle (words.tsv class causative) at toks[i]: "prompting
// X's envoy | to", the object a run of at most seven words. It returns -1
// when toks[i] is no causative or no such "to" follows.
func (a *Extractor) causativeTo(toks []token, i int) int {
	if !a.lex.Words.Is(toks[i].Lower, lexicons.WordCausative) {
		return -1
	}
	for to := i + 2; to+1 < len(toks) && to <= i+8; to++ {
		if !toks[to].Word {
			return -1
		}
		if toks[to].Lower == "to" {
			return to
		}
	}
	return -1
}

// expletiveThat reports whether the verb at toks[j] of a subject "it" is
// followed, over at most two words, by "that" opening its real subject:
// "it emerged that", "it is clear that", "it was widely reported that".
func expletiveThat(toks []token, j int) bool {
	for k := j + 1; k < len(toks) && k <= j+3; k++ {
		if toks[k].Lower == "that" {
			return true
		}
		if !toks[k].Word || toks[k].Cap {
			return false
		}
	}
	return false
}

func isDash(s string) bool { return s == "-" || s == "—" || s == "–" || s == "--" }

// openParen returns the index of the "(" that the ")" at toks[k] closes
// (k itself when there is none within a few tokens).
func openParen(toks []token, k int) int {
	for j := k - 1; j >= 0 && j > k-10; j-- {
		if toks[j].Text == "(" {
			return j
		}
	}
	return k
}

// roleBeforeName reads "Her campaign manager, Ana Ruiz, said": between the
// commas (the second at end-1 of between's slice) a name of capitalised
// words only, before the first comma at toks[k] a noun phrase whose head
// is a role. It returns the phrase from the role to the name, or nil.
func (a *Extractor) roleBeforeName(toks []token, k int, between []token) []token {
	words := 0
	for _, t := range between {
		switch {
		case t.Word && t.Cap && !t.Poss && a.lex.Roles[t.Lower] == "":
			words++
		case t.Text == ".":
		default:
			return nil
		}
	}
	if words == 0 || words > 4 {
		return nil
	}
	np := a.subjectNP(toks, k, false, -1)
	if len(np) == 0 {
		return nil
	}
	// The head noun: the last word, or the one before "of" ("the head
	// of the water board, Ana Ruiz,"), where a title is a person noun.
	head, title := np[len(np)-1], false
	if p := slices.IndexFunc(np, func(t token) bool { return t.Lower == "of" }); p > 0 {
		head, title = np[p-1], true // the phrase holds its "of" already
	} else if s := indexOf(toks, np[0]); s > 1 && toks[s-1].Lower == "of" {
		if of := a.subjectNP(toks, s-1, false, -1); len(of) > 0 {
			np, head, title = toks[indexOf(toks, of[0]):s+len(np)], of[len(of)-1], true
		}
	}
	if head.Cap || a.lex.Roles[head.Lower] == "" || a.lex.Roles[head.Lower] == "title" && !title {
		return nil
	}
	j := indexOf(toks, between[len(between)-1]) + 1
	return toks[indexOf(toks, np[0]):j]
}

// jointAppositive returns the noun phrase that ends at toks[k] with the
// appositive between after it, when the phrase is a plural of people or
// parties ("the two leaders", "both countries": pluralHead) and between
// names two countries or more joined by "and" ("Kenya's Ruto and
// Uganda's Museveni"): the appositive names the parties of a joint
// subject. nil otherwise.
func (a *Extractor) jointAppositive(toks []token, k int, between []token) []token {
	if k < 1 || !a.pluralWord(toks[k-1]) || !slices.ContainsFunc(between, func(t token) bool { return t.Lower == "and" }) {
		return nil // the cheap tests first: subjectNP asks this of every comma before a cue
	}
	codes := map[string]bool{}
	for _, m := range a.lex.Countries.Find(between) {
		codes[m.Code] = true
	}
	if len(codes) < 2 {
		return nil
	}
	np := a.subjectNP(toks, k, false, -1)
	if len(np) == 0 || !a.pluralHead(np) {
		return nil
	}
	j := indexOf(toks, between[len(between)-1]) + 1
	return toks[indexOf(toks, np[0]):j]
}

// appositiveJoint extends subj, a name found before a verb, to the
// subject that opens the sentence when the two are joined by ", and" and
// each has its appositive ("A, X's president, and B, his Y counterpart,
// signed …"): the subject of both, when it names two countries
// (jointCountries). Else it returns subj.
func (a *Extractor) appositiveJoint(toks, subj []token, d corpus.Date) []token {
	k := indexOf(toks, subj[0])
	if k < 6 || toks[k-1].Lower != "and" || toks[k-2].Text != "," || !subj[0].Cap {
		return subj
	}
	// The first name opens the sentence and ends at the first comma,
	// whose appositive ends at ", and".
	p := slices.IndexFunc(toks[:k-2], func(t token) bool { return t.Text == "," })
	if p < 1 || p+2 > k-2 || !toks[0].Cap || slices.ContainsFunc(toks[:p], func(t token) bool { return !t.Word || !t.Cap }) ||
		slices.ContainsFunc(toks[p+1:k-2], func(t token) bool { return !t.Word && !t.Poss && t.Text != "'" && t.Text != "’" }) {
		return subj
	}
	ext := toks[:indexOf(toks, subj[len(subj)-1])+1]
	if len(a.jointCountries(ext, d)) < 2 {
		return subj
	}
	return ext
}

// jointHeads are plural nouns for the parties of a joint act that
// roles.tsv does not list as people.
var jointHeads = map[string]bool{"countries": true, "sides": true, "nations": true, "states": true, "governments": true,
	"neighbors": true, "allies": true, "rivals": true, "partners": true, "ministers": true, "presidents": true}

// adverbialAside reports whether between, set off by commas after the
// noun phrase that ends at toks[k], is an adverbial of its clause ("after
// the vote in March", "in response to the ad", "concerned about the
// polls", "speaking on Monday", "citing the report"), with that noun phrase opening the clause: the noun phrase is the
// subject of the verb after.
func (a *Extractor) adverbialAside(toks []token, k int, between []token) bool {
	if len(between) < 2 || between[0].Cap {
		return false
	}
	f := between[0].Lower
	if (f == "along" || f == "together") && between[1].Lower == "with" {
		f = "with" // "A, along with B, condemned …": B accompanies the subject
	}
	if !(annotate.IsPreposition(f) || f == "despite" || f == "following" || f == "when" || f == "while" || f == "as" || f == "though" || f == "although" ||
		strings.HasSuffix(f, "ed") && annotate.IsPreposition(between[1].Lower) ||
		strings.HasSuffix(f, "ing") && len(f) > 5 && a.lex.Roles[f] == "" && (annotate.IsPreposition(between[1].Lower) || annotate.IsDeterminer(between[1].Lower) || annotate.IsTimeWord(between[1].Lower))) {
		// "speaking on Monday", "citing the report": a participle phrase
		return false
	}
	np := a.subjectNP(toks, k, false, -1)
	if len(np) == 0 {
		return false
	}
	j := indexOf(toks, np[0])
	return j == 0 || toks[j-1].Text == "," || toks[j-1].Lower == "but" || toks[j-1].Lower == "and" || isQuote(toks[j-1].Text) || toks[j-1].Text == ":"
}

// indexAfterLast returns the index after the last token of toks from
// toks[from] on whose text is text, or from when there is none.
func indexAfterLast(toks []token, from int, text string) int {
	for k := len(toks) - 1; k >= from; k-- {
		if toks[k].Text == text {
			return k + 1
		}
	}
	return from
}

// verbColonSpeaker returns the speaker of "X continued: “…”", "the note
// read: “…”": toks[v] is a lowercase verb the cue lexicon lacks (a past
// in -ed or of irregular.tsv, or a present in -s) right before the colon
// that opens a quote, and its subject, found by word order, is a name, a
// person's role or a pronoun, and starts the sentence or follows a comma,
// "and" or "then". nil otherwise.
func (a *Extractor) verbColonSpeaker(toks []token, v int) []token {
	t := toks[v]
	if !t.Word || t.Cap || a.lex.CueAt(toks, v) != nil || annotate.IsBe(t.Lower) || annotate.IsAuxiliary(t.Lower) {
		return nil
	}
	if !a.lex.PastVerb(t) && !a.lex.SimplePast(t) && !(strings.HasSuffix(t.Lower, "s") && !strings.HasSuffix(t.Lower, "ss")) {
		return nil
	}
	subj := a.subjectBefore(toks, v)
	if len(subj) == 0 || !a.validSubject(subj) {
		return nil
	}
	// Someone who speaks: a name, a person's role or a pronoun ("The
	// port stays closed: …" has none).
	if h := subj[len(subj)-1]; !h.Cap && a.lex.Roles[h.Lower] == "" && !pronouns[h.Lower] {
		return nil
	}
	k := indexOf(toks, subj[0])
	if k > 0 {
		switch p := toks[k-1]; {
		case p.Text == ",", p.Lower == "and", p.Lower == "then", !p.Word && !isQuote(p.Text):
		default:
			return nil
		}
	}
	return subj
}

// colonQuote is the statement of the quote q whose speaker subj and verb
// toks[v] come before it with a colon (verbColonSpeaker).
func (a *Extractor) colonQuote(st *docState, text string, toks []token, subj []token, v int, q *qspan) found {
	name, country, via, mem := a.resolve(st, subj, text)
	f := found{Stmt: record.Statement{Speaker: name, SpeakerCountry: country, Kind: record.Direct, Cue: toks[v].Lower, Field: record.TextField, SpeakerRule: via},
		Rule: RuleSpeakerVerbColonQuote, Mem: mem}
	a.setContent(&f, text, st.tokens(text, span{Start: q.Start, End: q.End}))
	return f
}

// titlePassive reports whether the verb at toks[j] of a title is a
// participle with no object, right before a preposition of place ("X
// trawler seized off Y coast", "X ship attacked near Y"): a title's
// passive without "was", whose subject undergoes the act. An active verb
// of a title takes its object first ("X seizes Y trawler").
func (a *Extractor) titlePassive(toks []token, j int) bool {
	if j+1 >= len(toks) || !a.lex.Participle(toks[j]) || a.lex.SimplePast(toks[j]) {
		return false
	}
	switch toks[j+1].Lower {
	case "off", "near", "in", "at", "outside", "inside", "over":
		return true
	}
	return false
}
