package extract

import (
	"slices"
	"strings"

	"github.com/stance-project/stance/analysis/annotate"
	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/analysis/segment"
	"github.com/stance-project/stance/lexicons"
)

// resolve names the speaker of a subject phrase and finds their country,
// using, in order, the words of the phrase (nationality adjectives, "Iran's",
// capitals), what the document said before (surnames, pronouns,
// descriptions) and the actor lexicon. It returns the speaker, the country
// ("" when unknown: a wrong country is worse than none), how they were
// resolved and what the statement would tell the document's memory (the
// person it names, met now or before, becomes the last person who spoke).
//
// resolve reads the memory as the subject's place in the text sees it
// (docState.memoryAt) and changes nothing: a candidate statement may yet be
// rejected. The update is committed when the statement is kept
// (docState.add).
func (a *Extractor) resolve(st *docState, subj []token, text string) (name, country, via string, mem memoryUpdate) {
	name, country, via, mem = a.resolveSubject(st, subj, text)
	if a.formerHolder(subj) {
		// "former US President X", "the ex-premier": one who held an
		// office speaks for no state (event data and the golds code no
		// country's stance from them), nor when named again ("X said",
		// "she said": the memory keeps it).
		country, via, mem = formerSpeaker(country, via, mem)
	}
	return name, country, via, mem
}

// formerSpeaker returns what resolve gives a speaker who held an office
// before (formerHolder, formerAppositive): no country, the reason added to
// via, and the memory told so that the person keeps none (Update.Former).
func formerSpeaker(country, via string, mem memoryUpdate) (string, string, memoryUpdate) {
	if country != "" {
		country, via = "", via+"; a former office holder speaks for no state"
	}
	mem.Former = mem.Person != nil
	return country, via, mem
}

// formerHolder reports whether the subject phrase names one who held an
// office: "former" or "ex" before a person's role within four words
// ("former US President", "the former foreign minister", "ex-premier";
// not "the former Soviet republic").
func (a *Extractor) formerHolder(subj []token) bool {
	for k, t := range subj {
		if t.Lower != "former" && t.Lower != "ex" && !strings.HasPrefix(t.Lower, "ex-") {
			continue
		}
		if strings.HasPrefix(t.Lower, "ex-") && a.lex.Roles[t.Lower[3:]] == "person" {
			return true
		}
		for j := k + 1; j < len(subj) && j <= k+4; j++ {
			if a.lex.Roles[subj[j].Lower] == "person" {
				return true
			}
		}
	}
	return false
}

// resolveSubject is resolve before the office holder's test.
func (a *Extractor) resolveSubject(st *docState, subj []token, text string) (name, country, via string, mem memoryUpdate) {
	if len(subj) == 0 {
		return "", "", "", memoryUpdate{}
	}
	m := st.memoryAt(subj[0].Start)
	mem = memoryUpdate{Named: true, At: subj[0].Start}
	// A pronoun: the last person who spoke (he, she), or the last speaker.
	if len(subj) == 1 && pronouns[subj[0].Lower] {
		if name, country, ok := a.antecedent(st, subj[0]); ok {
			return name, country, "pronoun → " + name + " earlier in the sentence", mem
		}
		switch subj[0].Lower {
		case "he", "she":
			if m.Last != nil {
				mem.Person, mem.Pronoun = m.Last, true
				return m.Last.Name, m.CountryOf(m.Last), "pronoun → the last person who spoke", mem
			}
			// No one has spoken yet: the last person the text introduced
			// ("Peru's foreign minister Ana Ruiz met ... She told
			// reporters:").
			if p := m.Latest(func(*person) bool { return true }); p != nil {
				mem.Person, mem.Pronoun = p, true
				return p.Name, m.CountryOf(p), "pronoun → the last person introduced", mem
			}
			// No person is named: the last speaker, when a person's role
			// names it ("The Peruvian envoy did not say when, but he
			// said ...").
			if m.LastSp != nil && a.personRole(m.LastSp.Subj) {
				mem.Pronoun = true
				return m.LastSp.Stmt.Speaker, m.LastSp.Stmt.SpeakerCountry, "pronoun → the last speaker, a person's role", mem
			}
		case "i", "we":
			if st.doc.SpeakerCountry != "" {
				return speechSpeaker(st.doc), st.doc.SpeakerCountry, "first person of the speech", mem
			}
			fallthrough
		default:
			if m.LastSp != nil {
				mem.Pronoun = true
				return m.LastSp.Stmt.Speaker, m.LastSp.Stmt.SpeakerCountry, "pronoun → the last speaker", mem
			}
		}
		mem.Pronoun = true // resolved again once the paragraph is read (pronounQuotePass)
		return subj[0].Text, "", "pronoun, unresolved", mem
	}
	ms := a.lex.Countries.Find(subj)
	how := ""
	if k := slices.IndexFunc(ms, func(m mention) bool { return affairsBody(subj, m) }); k >= 0 {
		// "the Somalia Affairs Office": a body for a country's affairs is
		// not that country's, and whose it is only the actor lexicon knows.
		ms = slices.DeleteFunc(slices.Clone(ms), func(m mention) bool { return affairsBody(subj, m) })
		s := 0
		if annotate.IsDeterminer(subj[0].Lower) && len(subj) > 1 {
			s = 1
		}
		if c, w := a.actorCountry(st, text[subj[s].Start:subj[len(subj)-1].End], ""); c != "" {
			country, how = c, w
		}
	}
	if k := slices.IndexFunc(ms, func(m mention) bool { return a.headCountry(subj, m) }); k >= 0 && country == "" {
		country, how = ms[k].Code, "country word in the phrase ("+text[subj[ms[k].Tok].Start:subj[ms[k].End-1].End]+")"
	}
	// A leader in the phrase: "the Trump administration", "Putin's
	// spokesman".
	if country == "" && a.lex.Actors != nil {
		for _, am := range a.lex.Actors.Find(subj, st.doc.Date) {
			// Not a name of a list ("Boric, Petro", "Boric and
			// Petro": jointSpeaker's).
			if subj[am.End-1].Poss || am.End < len(subj) && subj[am.End].Word && subj[am.End].Lower != "and" && subj[am.End].Lower != "or" {
				country, how = am.Code, "leader in the phrase ("+text[subj[am.Tok].Start:subj[am.End-1].End]+")"
				break
			}
		}
	}
	// "the Obama administration", "Ruiz's government": a leader's
	// government is the leader's country, whenever they held office, and a
	// leader the document named before gives theirs.
	if country == "" {
		if s, e := governmentLeader(subj, ms); s < e {
			full := trimPossessive(text[subj[s].Start:subj[e-1].End])
			sur := trimPossessive(subj[e-1].Text)
			if p := m.Known(full, sur); p != nil && m.CountryOf(p) != "" {
				country, how = m.CountryOf(p), "the government of "+p.Name
			} else if a.lex.Actors != nil {
				if c, _ := a.lex.Actors.Lookup(corpus.Date{}, full, sur); c != "" {
					country, how = c, "the government of "+full+" (actor lexicon, any date)"
				}
			}
		}
	}
	// "its foreign ministry", "its embassy": the country "it" stands for
	// earlier in the sentence ("X will not reopen the border, its foreign
	// ministry said"), else the last speaker's.
	if country == "" && len(subj) > 1 && subj[0].Lower == "its" && a.lex.Roles[subj[len(subj)-1].Lower] != "" {
		it := subj[0]
		it.Lower = "it"
		if name, c, ok := a.antecedent(st, it); ok {
			country, how = c, "its → "+name+" earlier in the sentence"
		} else if m.LastSp != nil && len(m.LastSp.Stmt.SpeakerCountry) == 3 {
			country, how = m.LastSp.Stmt.SpeakerCountry, "its → the last speaker's country"
		}
	}
	// "The ministry said", "a ministry spokesperson said": a description
	// whose head, or a word before its head, is the head of the last
	// speaker's phrase ("Kenya's trade ministry") stands for that speaker's
	// body, and has its country.
	if country == "" && m.LastSp != nil && len(m.LastSp.Stmt.SpeakerCountry) == 3 {
		if sameBody(subj, m.LastSp.Subj) {
			country, how = m.LastSp.Stmt.SpeakerCountry, "the "+subj[len(subj)-1].Lower+" → the last speaker's body ("+m.LastSp.Stmt.Speaker+")"
		}
	}
	// A possessor who is a known person: "Putin's spokesman".
	if country == "" {
		for _, t := range subj {
			if t.Poss && t.Cap {
				if c, w := a.personCountry(st, &m, t.Lower, text[t.Start:t.End]); c != "" {
					country, how = c, "possessor "+w
					break
				}
			}
		}
	}
	// A person's name: the trailing run of capitalised words that are not
	// titles or country words.
	end := len(subj)
	for end > 0 && (subj[end-1].Text == ")" || !subj[end-1].Word) {
		// "Chris Murphy (D-Conn.)"
		k := end - 1
		for k > 0 && subj[k].Text != "(" {
			k--
		}
		if k == 0 {
			break
		}
		end = k
	}
	// A name of the actor lexicon whose last word is also a title ("Hun
	// Sen"; "Sen." is a senator's) is a name.
	named := a.lexiconNameStart(text, subj, end)
	start := end
	for start > 0 {
		t := subj[start-1]
		if !t.Word || !t.Cap || a.lex.Roles[t.Lower] != "" && start-1 < named || annotate.InMention(ms, start-1) && !capsName(subj[start-1:end]) || annotate.IsDeterminer(t.Lower) {
			break
		}
		start--
		if t.Poss && start < end-1 {
			start++
			break
		}
	}
	if start >= 2 && start < end && closeness[subj[start-2].Lower] && (subj[start-1].Lower == "to" || subj[start-1].Lower == "with") {
		// "sources close to Ruiz": they speak, not Ruiz; his country is
		// theirs.
		full, sur := text[subj[start].Start:subj[end-1].End], subj[end-1].Text
		if country == "" {
			if p := m.Known(full, sur); p != nil {
				country, how = m.CountryOf(p), "as at the first mention of "+p.Name
			} else {
				country, how = a.actorCountry(st, full, sur)
			}
		}
		s := 0
		if annotate.IsDeterminer(subj[0].Lower) && len(subj) > 1 {
			s = 1
		}
		return text[subj[s].Start:subj[end-1].End], country, "description of those close to a person" + join(how), mem
	}
	if start < end && !subj[end-1].Poss && (a.lex.Roles[subj[end-1].Lower] == "" || named < end) {
		full := text[subj[start].Start:subj[end-1].End]
		sur := subj[end-1].Text
		// "Ines Duarte and Rui Sol", "Ana Soto, Luis Vera and Eva Lind":
		// the speaker is all the persons named; the last one is
		// remembered, and gives the country.
		joint := ""
		if start >= 2 && subj[0].Cap {
			if k := slices.IndexFunc(subj[1:start], func(t token) bool { return t.Lower == "and" }) + 1; k > 0 && (subj[k-1].Cap || subj[k-1].Text == ")") {
				joint = text[subj[0].Start:subj[end-1].End]
			}
		}
		if p := m.Known(full, sur); p != nil {
			pc := m.CountryOf(p)
			switch {
			case country != "":
			case m.IsFormer(p):
				how = "held an office before: of no state"
			default:
				country, how = pc, "as at the first mention of "+p.Name
			}
			mem.Person = p
			if pc == "" && country != "" {
				mem.Country = country
			}
			if joint != "" {
				return joint, country, "names joined by and, the last known as " + p.Name + join(how), mem
			}
			if full != p.Name {
				return p.Name, country, "surname → " + p.Name + join(how), mem
			}
			return p.Name, country, "name" + join(how), mem
		}
		if country == "" && start > 0 && subj[start-1].Cap && a.lex.Roles[subj[start-1].Lower] != "" {
			// "King Salman", "Emir Tamim": a title the actor lexicon
			// writes as part of the name.
			country, how = a.actorCountry(st, text[subj[start-1].Start:subj[end-1].End], "")
		}
		if country == "" {
			country, how = a.actorCountry(st, full, sur)
		}
		mem.Person, mem.IsNew = &person{Name: full, Surname: sur, Country: country, Roles: a.personRoles(subj)}, true
		if joint != "" {
			return joint, country, "names joined by and" + join(how), mem
		}
		return full, country, "name" + join(how), mem
	}
	// A description: "The Russian envoy", "the visiting envoy" → a person
	// met before with the same role (and country, when it is given).
	rs := a.personRoles(subj)
	if len(rs) > 0 && !subj[len(subj)-1].Cap {
		if p := m.Latest(func(p *person) bool {
			pc := m.CountryOf(p)
			return shareRole(p.Roles, rs) && (country == "" || pc == "" || country == pc)
		}); p != nil {
			if country == "" {
				country, how = m.CountryOf(p), "as at the first mention of "+p.Name
			}
			mem.Person = p
			return p.Name, country, "description → " + p.Name + join(how), mem
		}
	}
	// An institution, a capital or a group as written.
	s, e := 0, len(subj)
	if annotate.IsDeterminer(subj[0].Lower) && len(subj) > 1 {
		s = 1
	}
	if country == "" && st.dateline != "" && len(ms) == 0 && (m.LastSp == nil || m.LastSp.Stmt.SpeakerCountry == st.dateline) &&
		slices.ContainsFunc(subj, func(t token) bool { return stateBodies[t.Lower] }) {
		// "NAIROBI (Reuters) - A spokeswoman for the ministry told": a
		// body of state named without its country is the dateline's,
		// unless another country's has spoken before ("The ministry
		// said" may be that one's).
		country, how = st.dateline, "the dateline's country"
	}
	return text[subj[s].Start:subj[e-1].End], country, "institution or description as written" + join(how), mem
}

// stateBodies are the bodies of a state a news text may name without
// their country ("the foreign ministry", "the government"), which are
// then the dateline's (no embassy: one in the dateline's city is
// another's).
var stateBodies = map[string]bool{"government": true, "ministry": true, "cabinet": true, "presidency": true, "parliament": true,
	"army": true, "military": true, "police": true}

// datelineCountry returns the country whose capital a news text's
// dateline names: the text opens with a capital in upper case, one to
// three words, before a comma, a parenthesis or a dash ("NAIROBI
// (Reuters) -", "ADDIS ABABA, June 3 -"). It returns "" for none.
func (a *Extractor) datelineCountry(text string) string {
	if len(text) < 8 || text[0] < 'A' || text[0] > 'Z' {
		return ""
	}
	toks := segment.Tokenize(text[:min(len(text), 60)])
	k := 0
	for k < len(toks) && k < 4 && toks[k].Word && toks[k].Text == strings.ToUpper(toks[k].Text) && len(toks[k].Text) > 1 {
		k++
	}
	if k == 0 || k > 3 || k >= len(toks) {
		return ""
	}
	switch toks[k].Text {
	case ",", "(", "-", "—", "–":
	default:
		return ""
	}
	city := make([]token, k)
	for j, t := range toks[:k] {
		w := t.Lower
		t.Text = strings.ToUpper(w[:1]) + w[1:]
		city[j] = t
	}
	ms := a.lex.Countries.Find(city)
	if len(ms) != 1 || ms[0].Tok != 0 || ms[0].End != k || ms[0].Kind != annotate.ByCapital || len(ms[0].Code) != 3 {
		return ""
	}
	return ms[0].Code
}

// governmentLeader returns the span of the leader's name in a phrase
// whose head is their government ("the Obama administration", "Ruiz's
// government"): capitalised words that are no country, right before the
// head or possessive. It returns 0, 0 for none.
func governmentLeader(subj []token, ms []mention) (int, int) {
	n := len(subj)
	if n < 2 || !governmentHeads[subj[n-1].Lower] || subj[n-1].Cap {
		return 0, 0
	}
	e := n - 1
	s := e
	for s > 0 && subj[s-1].Word && subj[s-1].Cap && !annotate.IsDeterminer(subj[s-1].Lower) && !annotate.InMention(ms, s-1) && (s == e || !subj[s-1].Poss) {
		s--
	}
	if s == e || s > 0 && !annotate.IsDeterminer(subj[s-1].Lower) && !subj[e-1].Poss {
		return 0, 0
	}
	return s, e
}

var governmentHeads = map[string]bool{"administration": true, "government": true, "regime": true, "cabinet": true}

// headCountry reports whether the country mention m of subj gives the
// speaker's country: it modifies or possesses the head ("Peru's
// president", "the Peruvian envoy"), or it stands behind "of", "in",
// "for", "at" after a speaker's role ("the president of Peru", "officials
// in Lima", "a group of Peruvian lawmakers"). A country behind "of", "in"
// or "through" after a thing or a place names neither ("the end of Peru's
// scandal", "police in the state of Georgia", "oil sold through Peru").
// Other prepositions are left as they were.
func (a *Extractor) headCountry(subj []token, m mention) bool {
	if strings.Contains(subj[m.Tok].Text, "-") {
		return true // "China-donated", "Saudi-led": the country acts
	}
	if m.Tok > 0 && subj[m.Tok-1].Poss && subj[m.Tok-1].Cap && !subj[m.End-1].Poss && m.End < len(subj) && subj[m.End].Word && !subj[m.End].Cap {
		return false // "Ruto's Kampala trip": the country qualifies the possessor's noun
	}
	for k := m.Tok - 1; k > 0; k-- {
		t := subj[k]
		if !t.Word || t.Cap || !annotate.IsPreposition(t.Lower) && t.Lower != "through" {
			continue
		}
		h := subj[k-1].Lower
		switch t.Lower {
		case "of", "in", "for", "at":
			if a.lex.Words.Is(h, lexicons.WordNonState) {
				return false // "analysts in Kyiv", "the owners in Oslo": people of the place, no state
			}
			return a.lex.Roles[h] != "" && h != "state" || t.Lower == "in" && a.lex.Words.Is(h, lexicons.WordBody) || t.Lower == "of" && (annotate.IsCollective(h) || a.titledName(subj, k-1))
		case "through":
			return false
		}
		return true
	}
	return true
}

// titledName reports whether subj[e] ends a person's name after a title
// (up to three capitalised words after a role word: "President Ana
// Okello", "Foreign Minister Okello"), whose country may follow "of"
// ("President Okello of Peru").
func (a *Extractor) titledName(subj []token, e int) bool {
	for k := e; k >= 1 && k > e-3 && subj[k].Cap && subj[k].Word && a.lex.Roles[subj[k].Lower] == ""; k-- {
		if a.lex.Roles[subj[k-1].Lower] != "" {
			return true
		}
	}
	return false
}

// affairsBody reports whether the country mention m of subj names the
// subject of a body, not its owner: "the Somalia Affairs Office", "the
// Somalia Work Office", "the Office for Somalia Affairs".
func affairsBody(subj []token, m mention) bool {
	e := m.End
	if e+1 < len(subj) && (subj[e].Lower == "affairs" && affairsHeads[subj[e+1].Lower] || subj[e].Lower == "work" && subj[e+1].Lower == "office") {
		return !subj[e-1].Poss
	}
	if e < len(subj) && subj[e].Lower == "affairs" && m.Tok >= 2 && affairsHeads[subj[m.Tok-2].Lower] {
		switch subj[m.Tok-1].Lower {
		case "for", "of", "on":
			return true
		}
	}
	return false
}

var affairsHeads = map[string]bool{"office": true, "council": true, "bureau": true, "department": true, "commission": true, "committee": true}

func join(how string) string {
	if how == "" {
		return ""
	}
	return "; country: " + how
}

// personCountry returns the country of a person the document or the actor
// lexicon knows by this surname.
func (a *Extractor) personCountry(st *docState, m *memory, lower, written string) (string, string) {
	for _, ps := range [2][]*person{m.People, m.Extra} {
		for _, p := range ps {
			if c := m.CountryOf(p); strings.EqualFold(p.Surname, written) && c != "" {
				return c, p.Name
			}
		}
	}
	c, how := a.actorCountry(st, written, written)
	return c, how
}

// actorCountry looks a name up in the actor lexicon, valid on the
// document's date. A document with no date matches no dated actor.
func (a *Extractor) actorCountry(st *docState, full, surname string) (string, string) {
	if a.lex.Actors == nil {
		return "", ""
	}
	return a.lex.Actors.Lookup(st.doc.Date, full, surname)
}

// lexiconNameStart returns where a run of two or more capitalised words
// that ends at subj[end-1] and that the actor lexicon holds as a name
// starts, the longest such run; end when there is none.
func (a *Extractor) lexiconNameStart(text string, subj []token, end int) int {
	if a.lex.Actors == nil || end < 2 {
		return end
	}
	named := end
	for k := end - 1; k >= 0 && subj[k].Word && subj[k].Cap && (k == end-1 || !subj[k].Poss); k-- {
		if k <= end-2 && a.lex.Actors.Has(text[subj[k].Start:subj[end-1].End]) {
			named = k
		}
	}
	return named
}

// personRoles returns the person-role words of a phrase ("envoy").
func (a *Extractor) personRoles(toks []token) []string {
	var out []string
	for _, t := range toks {
		if c := a.lex.Roles[t.Lower]; c == "person" || c == "title" && !annotate.IsDeterminer(t.Lower) {
			switch t.Lower {
			case "former", "acting", "interim", "top", "senior", "junior", "assistant", "executive", "foreign", "defence", "defense", "prime", "supreme", "national", "security", "special", "visiting", "presidential", "state", "affairs", "ministry", "crown", "deputy", "chief", "head":
				continue
			}
			out = append(out, t.Lower)
		}
	}
	return out
}

func shareRole(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

// placeBeforeName are the prepositions before a name that is a place, no
// person ("in Santa Cruz, the minister said").
var placeBeforeName = map[string]bool{"in": true, "at": true, "near": true, "outside": true, "inside": true}

// meet registers the people a sentence introduces with a title or an
// appositive ("Russian President's special envoy Alexander Lavrentiev",
// "Ana Ruiz, a veteran trade negotiator,"), with the country the words around
// the first mention give, so that later mentions resolve to them.
func (a *Extractor) meet(st *docState, toks []token, ms []mention) {
	for i := 0; i < len(toks); i++ {
		if !toks[i].Word || !toks[i].Cap || a.lex.Roles[toks[i].Lower] != "" || annotate.InMention(ms, i) {
			continue
		}
		k := i
		for k < len(toks) && toks[k].Word && toks[k].Cap && a.lex.Roles[toks[k].Lower] == "" && !annotate.InMention(ms, k) {
			k++
			if toks[k-1].Poss {
				break
			}
		}
		if k-i < 2 || toks[k-1].Poss {
			i = k
			continue
		}
		if annotate.IsPreposition(toks[i].Lower) || slices.ContainsFunc(toks[i:k], func(t token) bool { return annotate.IsTimeWord(t.Lower) }) ||
			i > 0 && placeBeforeName[toks[i-1].Lower] {
			// "On Wednesday, X's president said": a phrase of time
			// opens the sentence, no person; "At a rally in Santa
			// Cruz, the minister said": a place.
			i = k
			continue
		}
		// Evidence that the run is a person: a title or role word before it,
		// or an appositive role after it.
		lo := i - 6
		if lo < 0 {
			lo = 0
		}
		for b := i - 1; b >= lo; b-- {
			if t := toks[b]; !t.Word && t.Text != "'" && t.Text != "-" {
				lo = b + 1 // "Danish diplomats, Prime Minister Ana Holm": not her title
				break
			}
		}
		// Her title stands right before her name: "Chile's president
		// congratulated Ana Torres" makes her no president.
		roleLo := lo
		for b := i - 1; b >= lo; b-- {
			if t := toks[b]; t.Word && !t.Cap && a.lex.Roles[t.Lower] == "" && !annotate.IsDeterminer(t.Lower) && t.Lower != "of" && !annotate.InMention(ms, b) {
				roleLo = b + 1
				break
			}
		}
		before := toks[roleLo:i]
		rs := a.personRoles(before)
		// "his Ugandan counterpart, Samuel Okello," "Uganda's foreign
		// minister, Samuel Okello": a singular role before a comma right
		// before the name is the name's appositive.
		prior := -1 // where that role phrase starts
		if len(rs) == 0 && i >= 2 && toks[i-1].Text == "," && a.personRole(toks[i-2:i-1]) {
			prior = i - 2
			for prior > 0 && prior > i-7 {
				t := toks[prior-1]
				if !t.Word || t.Cap && !annotate.InMention(ms, prior-1) && a.lex.Roles[t.Lower] == "" || a.verbWord(t) || !t.Cap && annotate.IsPreposition(t.Lower) {
					break
				}
				prior--
				if annotate.IsDeterminer(t.Lower) {
					break // "his Ugandan counterpart", "a Ugandan envoy"
				}
			}
			rs = a.personRoles(toks[prior : i-1])
			if !slices.ContainsFunc(ms, func(m mention) bool { return m.Tok >= prior && m.End < i }) {
				rs = nil // no country to learn: "the Secretary-General, Ana Holm,"
			}
		}
		appEnd := -1 // the end of an appositive role after the name
		if k+2 < len(toks) && toks[k].Text == "," && (annotate.IsDeterminer(toks[k+1].Lower) || a.lex.Roles[toks[k+1].Lower] != "" || annotate.InMention(ms, k+1) && toks[k+1].Cap) {
			appEnd = min(k+8, len(toks))
			for b := k + 1; b < appEnd; b++ {
				if t := toks[b]; !t.Word || a.verbWord(t) {
					appEnd = b
					break
				}
			}
			if app := a.personRoles(toks[k+1 : appEnd]); len(app) > 0 {
				rs = append(rs, app...)
			} else {
				appEnd = -1
			}
		}
		if len(rs) == 0 {
			i = k
			continue
		}
		full := strings.TrimSpace(st.doc.Text[toks[i].Start:toks[k-1].End])
		sur := toks[k-1].Text
		known := false
		for _, p := range st.People {
			if p.Surname == sur {
				known = true
				break
			}
		}
		if !known {
			country := ""
			if j := slices.IndexFunc(ms, func(m mention) bool {
				return m.Tok > k && m.End <= appEnd && (m.Kind == byAdjective || m.Kind == byName && toks[m.End-1].Poss)
			}); j >= 0 {
				// "Ines Moreau, a French diplomat,", "Ana Holm, Denmark's
				// envoy,": the appositive, hers alone.
				country = ms[j].Code
			} else if prior >= 0 {
				// "his Ugandan counterpart, Samuel Okello"
				if j := slices.IndexFunc(ms, func(m mention) bool { return m.Tok >= prior && m.End < i }); j >= 0 {
					country = ms[j].Code
				}
			} else {
				// The last country of her title, with no verb between.
				for _, m := range ms {
					if m.End <= i && m.Tok >= lo && m.Kind != byCapital && !a.verbBetween(toks, m.End, i) {
						country = m.Code
					}
				}
			}
			if country == "" {
				country, _ = a.actorCountry(st, full, sur)
			}
			// "former minister Ana Holm", "Ana Holm, a former envoy,":
			// of no state.
			former := a.formerHolder(before) || appEnd > 0 && a.formerHolder(toks[k+1:appEnd])
			if former {
				country = ""
			}
			st.People = append(st.People, &person{Name: full, Surname: sur, Country: country, Roles: rs, Former: former})
		}
		i = k
	}
}

// sameBody reports whether subj, a description that opens with an article
// and has only lower-case words after it ("the ministry", "a ministry
// spokesperson"), names the body the phrase prev ends in ("Kenya's trade
// ministry"): its head or a word before its head is prev's head.
func sameBody(subj, prev []token) bool {
	if len(subj) < 2 || len(prev) < 2 || subj[0].Lower != "the" && subj[0].Lower != "a" && subj[0].Lower != "an" {
		return false
	}
	for _, t := range subj[1:] {
		if !t.Word || t.Cap {
			return false
		}
	}
	head := prev[len(prev)-1]
	if !head.Word || head.Cap {
		return false
	}
	for _, t := range subj[1:] {
		if t.Lower == head.Lower {
			return true
		}
	}
	return false
}

// verbBetween reports whether a verb stands in toks[from:to], between a
// country and a name: "The Kenyan minister met Ana Holm" makes her no
// Kenyan.
func (a *Extractor) verbBetween(toks []token, from, to int) bool {
	return slices.ContainsFunc(toks[from:to], a.verbWord)
}

// verbWord reports whether t is a lower-case past form or the first word
// of a cue: a verb, where a name's title or appositive ends.
func (a *Extractor) verbWord(t token) bool {
	return t.Word && !t.Cap && (a.lex.PastVerb(t) || a.lex.StartsCue(t.Lower))
}

// personRole reports whether a speaker's phrase is a person's role: its
// last word is a title or a person of roles.tsv ("the Peruvian envoy",
// "a senior minister"), not a group or an institution.
func (a *Extractor) personRole(subj []token) bool {
	if len(subj) == 0 {
		return false
	}
	switch a.lex.Roles[subj[len(subj)-1].Lower] {
	case "title", "person":
		return true
	}
	return false
}

// antecedent finds what a pronoun stands for earlier in its own sentence:
// the last leader named before it (he, she) or the last country or leader
// (it, they). A speaker who spoke in an earlier sentence is left to the
// caller.
func (a *Extractor) antecedent(st *docState, p token) (string, string, bool) {
	var before []token
	for _, t := range st.sent {
		if t.Start >= p.Start {
			break
		}
		if inQuotes(t, st.quoted) {
			continue // a quote's own words: "“Putin will not decide,” he said"
		}
		before = append(before, t)
	}
	if len(before) == 0 {
		return "", "", false
	}
	ms := a.lex.Parties(before, st.doc.Date)
	// The sentence's subject first ("Petro has since called Lula,
	// whom he has praised": he is Petro), then the nearest.
	if len(ms) > 0 && ms[0].Tok <= 2 {
		ms = append(ms, ms[0])
	}
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		person := m.Kind == byLeader
		switch p.Lower {
		case "he", "she":
			if !person {
				continue
			}
		case "it", "they":
			if person || !a.nominalMention(before, m) {
				continue
			}
		default:
			return "", "", false
		}
		name := st.doc.Text[before[m.Tok].Start:before[m.End-1].End]
		name = strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
		return name, m.Code, true
	}
	return "", "", false
}

// nominalMention reports whether the country mention m of toks can be
// what "it" or "they" stands for: a noun phrase of its own, not an
// adjective ("Peruvian banks"), not a modifier of the noun after it ("the
// Lima attacks") and not the object of a preposition ("in Brazil").
func (a *Extractor) nominalMention(toks []token, m mention) bool {
	if m.Kind == byAdjective {
		return false
	}
	k := m.Tok
	if k > 0 && annotate.IsDeterminer(toks[k-1].Lower) {
		k--
	}
	if m.End < len(toks) && !toks[m.End-1].Poss {
		// A lower-case noun after it: "the Lima attacks", not "Lima
		// said", "Peru later imposed", "Peru and Chile".
		n := toks[m.End]
		switch {
		case !n.Word || n.Cap || npBreak[n.Lower] || annotate.IsAuxiliary(n.Lower) || annotate.IsTimeWord(n.Lower) || strings.HasSuffix(n.Lower, "ly"):
		case n.Lower == "and" || n.Lower == "or" || n.Lower == "nor" || n.Lower == "later" || n.Lower == "again" || n.Lower == "still":
		case !a.verbLike(toks, m.End) || k < m.Tok && !a.lex.PastVerb(n):
			return false
		}
	}
	return k == 0 || !annotate.IsPreposition(toks[k-1].Lower)
}

// inQuotes reports whether t lies in one of quotes (sorted by offset).
func inQuotes(t token, quotes []qspan) bool {
	k, _ := slices.BinarySearchFunc(quotes, t.Start, func(q qspan, off int) int { return q.Close - off })
	return k < len(quotes) && quotes[k].Open <= t.Start
}

// capsName reports whether toks are words in capitals, two or more: a
// name such as "USA TODAY", whose country word is part of it.
func capsName(toks []token) bool {
	if len(toks) < 2 {
		return false
	}
	for _, t := range toks {
		if !t.Word || len(t.Text) < 2 || strings.ToUpper(t.Text) != t.Text {
			return false
		}
	}
	return true
}
