package analysis

import (
	"strings"
	"unicode"

	"github.com/stance-project/stance/analysis/corpus"
)

var pronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true}

// roleWords are titles and institution words: they describe a speaker but
// are not part of a person's name.
var roleWords = map[string]bool{
	"president": true, "minister": true, "secretary": true, "envoy": true, "ambassador": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "official": true, "officials": true, "ministry": true,
	"government": true, "diplomat": true, "diplomats": true, "leader": true, "leaders": true, "chancellor": true,
	"premier": true, "king": true, "prince": true, "emir": true, "sheikh": true, "general": true, "council": true,
	"foreign": true, "defence": true, "defense": true, "prime": true, "supreme": true, "national": true,
	"security": true, "deputy": true, "vice": true, "senator": true, "office": true, "agency": true,
	"committee": true, "representative": true, "delegate": true, "delegation": true, "commander": true,
	"army": true, "military": true, "parliament": true, "speaker": true, "chief": true, "head": true,
	"special": true, "visiting": true, "mr": true, "mrs": true, "ms": true, "dr": true, "sen": true, "gen": true,
	"ayatollah": true, "state": true, "affairs": true, "news": true, "press": true, "embassy": true,
	"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true, "for": true,
	"part": true, "of": true, "and": true, "who": true, "also": true, "has": true, "have": true, "had": true,
}

// headline recognises "Speaker: content" and "Speaker says content" in a
// line that is a headline (a title, or a line with no final period).
func (a *Analyzer) headline(st *docState, text string, toks []token, field Field) (found, bool) {
	if len(toks) < 3 {
		return found{}, false
	}
	// "Speaker: content"
	for i, t := range toks {
		if i > 6 {
			break
		}
		if t.Text == ":" && i > 0 && i+1 < len(toks) {
			if !toks[0].Cap {
				return found{}, false
			}
			name, country := a.resolve(st, toks[:i], text)
			f := found{stmt: Statement{Speaker: name, SpeakerCountry: country, Kind: Headline, Cue: ":", Field: field}}
			a.setContent(&f, text, toks[i+1:])
			return f, f.stmt.End > f.stmt.Start
		}
	}
	// "Speaker says content"
	for i, t := range toks {
		if i == 0 || i > 8 || !t.Word {
			continue
		}
		if t.Lower == "says" || t.Lower == "say" || t.Lower == "said" {
			name, country := a.resolve(st, toks[:i], text)
			f := found{stmt: Statement{Speaker: name, SpeakerCountry: country, Kind: Headline, Cue: t.Text, Field: field}}
			rest := toks[i+1:]
			if len(rest) > 0 && rest[0].Lower == "that" {
				rest = rest[1:]
			}
			a.setContent(&f, text, rest)
			return f, f.stmt.End > f.stmt.Start
		}
	}
	return found{}, false
}

// setContent sets the statement's span and text from toks (trimmed of
// leading and trailing punctuation other than quotes).
func (a *Analyzer) setContent(f *found, text string, toks []token) {
	for len(toks) > 0 && !toks[0].Word && !isQuote(toks[0].Text) {
		toks = toks[1:]
	}
	for len(toks) > 0 && !toks[len(toks)-1].Word && !isQuote(toks[len(toks)-1].Text) && toks[len(toks)-1].Text != ")" {
		toks = toks[:len(toks)-1]
	}
	if len(toks) == 0 {
		return
	}
	f.toks = toks
	f.stmt.Start, f.stmt.End = toks[0].Start, toks[len(toks)-1].End
	f.stmt.Text = text[f.stmt.Start:f.stmt.End]
}

func isQuote(s string) bool { return strings.Contains("\"“”«»'‘", s) && s != "" }

// sentence finds the statements of one sentence of the body.
func (a *Analyzer) sentence(st *docState, sp span) {
	text := st.doc.Text
	raw := text[sp.Start:sp.End]
	toks := tokenize(raw)
	for i := range toks {
		toks[i].Start += sp.Start
		toks[i].End += sp.Start
	}
	if len(toks) == 0 {
		return
	}
	a.meet(st, toks)
	// A line with no final punctuation is a headline ("Related News" items).
	if isHeadlineLine(raw) {
		if f, ok := a.headline(st, text, toks, TextField); ok {
			st.add(f)
		}
		return
	}
	if a.quotes(st, sp, toks) {
		return
	}
	if st.isCovered(sp) {
		return
	}
	if f, ok := a.reported(st, toks); ok && !a.ownVoice(st, f) {
		st.add(f)
		return
	}
	if f, ok := a.event(st, toks); ok {
		st.add(f)
		return
	}
	if st.doc.SpeakerCountry != "" {
		f := found{stmt: Statement{Speaker: speechSpeaker(st.doc), SpeakerCountry: st.doc.SpeakerCountry, Kind: Speech, Field: TextField}}
		a.setContent(&f, text, toks)
		if f.stmt.End > f.stmt.Start && len(a.countries.find(f.toks)) > 0 {
			st.add(f)
		}
	}
}

// speechSpeaker names the speaker of a first-person speech: the person
// delivering it, else the country code.
func speechSpeaker(d corpus.Document) string {
	if d.Speaker != "" {
		return d.Speaker
	}
	return d.SpeakerCountry
}

// quotes finds direct quotes in the sentence and attributes them to a
// speaker named next to a cue outside the quotes. It reports whether the
// sentence was taken.
func (a *Analyzer) quotes(st *docState, sp span, toks []token) bool {
	open := -1
	var spans [][2]int // token indexes of quote marks
	for i, t := range toks {
		switch t.Text {
		case "“", "«":
			open = i
		case "”", "»":
			if open >= 0 {
				spans = append(spans, [2]int{open, i})
				open = -1
			}
		case "\"":
			if open >= 0 && toks[open].Text == "\"" {
				spans = append(spans, [2]int{open, i})
				open = -1
			} else if open < 0 {
				open = i
			}
		}
	}
	taken := false
	for _, q := range spans {
		inner := toks[q[0]+1 : q[1]]
		words := 0
		for _, t := range inner {
			if t.Word {
				words++
			}
		}
		if words < 4 { // scare quotes: "illegal"
			continue
		}
		// Look for a cue after the quote (", Lavrov said") or before it.
		var subj []token
		var cue *token
		after := toks[q[1]+1:]
		for i, t := range after {
			if c := a.cueAt(after, i); c != nil {
				cue = &after[i]
				subj = nounPhraseBefore(after, i)
				if len(subj) == 0 { // ", said Lavrov"
					subj = nounPhraseAfter(after, i+len(c.words))
				}
				break
			}
			if t.Text == "“" || t.Text == "\"" {
				break
			}
		}
		if cue == nil {
			before := toks[:q[0]]
			for i := len(before) - 1; i >= 0; i-- {
				if c := a.cueAt(before, i); c != nil {
					cue = &before[i]
					subj = nounPhraseBefore(before, i)
					break
				}
			}
		}
		if cue == nil || len(subj) == 0 {
			continue
		}
		name, country := a.resolve(st, subj, st.doc.Text)
		f := found{stmt: Statement{Speaker: name, SpeakerCountry: country, Kind: Direct, Cue: cue.Lower, Field: TextField}}
		a.setContent(&f, st.doc.Text, inner)
		if f.stmt.End > f.stmt.Start {
			st.add(f)
			st.covered = append(st.covered, span{toks[q[0]].Start, toks[q[1]].End})
			taken = true
		}
	}
	return taken
}

// cueAt returns the cue that starts at toks[i], if any.
func (a *Analyzer) cueAt(toks []token, i int) *lexCue {
	if !toks[i].Word || toks[i].Cap && i > 0 {
		return nil
	}
	for k, c := range a.cues[toks[i].Lower] {
		if i+len(c.words) > len(toks) {
			continue
		}
		ok := true
		for j := 1; j < len(c.words); j++ {
			if toks[i+j].Lower != c.words[j] {
				ok = false
				break
			}
		}
		if ok {
			return &a.cues[toks[i].Lower][k]
		}
	}
	return nil
}

// nounPhraseBefore returns the subject before toks[i]: the tokens back to
// the previous comma, colon, quote or clause word, at most 14 tokens, with
// auxiliaries and adverbs next to the cue dropped.
func nounPhraseBefore(toks []token, i int) []token {
	end := i
	for end > 0 && (toks[end-1].Lower == "also" || toks[end-1].Lower == "has" || toks[end-1].Lower == "have" ||
		toks[end-1].Lower == "had" || strings.HasSuffix(toks[end-1].Lower, "ly") && !toks[end-1].Cap) {
		end--
	}
	start := end
	for start > 0 && end-start < 14 {
		t := toks[start-1]
		if !t.Word && t.Text != "'" && t.Text != "-" || t.Lower == "that" || t.Lower == "which" || t.Lower == "who" || t.Lower == "as" {
			break
		}
		start--
	}
	if start == end {
		return nil
	}
	np := toks[start:end]
	// A subject must name someone: a capitalised word, a pronoun or a role.
	for _, t := range np {
		if t.Cap || pronouns[t.Lower] || roleWords[t.Lower] && t.Lower != "the" && t.Lower != "a" {
			return np
		}
	}
	return nil
}

// nounPhraseAfter returns the capitalised run after a cue (", said Lavrov").
func nounPhraseAfter(toks []token, i int) []token {
	j := i
	for j < len(toks) && toks[j].Word && (toks[j].Cap || roleWords[toks[j].Lower]) {
		j++
	}
	return toks[i:j]
}

// reported finds reported speech: "Subject cue (that) content" and
// "content, Subject cue." in a sentence.
func (a *Analyzer) reported(st *docState, toks []token) (found, bool) {
	text := st.doc.Text
	for i := range toks {
		c := a.cueAt(toks, i)
		if c == nil {
			continue
		}
		after := toks[i+len(c.words):]
		words := 0
		for _, t := range after {
			if t.Word {
				words++
			}
		}
		var subj, content []token
		if words <= 1 { // "content, Subject said."
			subj = nounPhraseBefore(toks, i)
			if len(subj) == 0 {
				continue
			}
			k := indexOf(toks, subj[0])
			content = toks[:k]
		} else {
			subj = nounPhraseBefore(toks, i)
			if len(subj) == 0 {
				subj = nounPhraseAfter(toks, i+len(c.words))
				if len(subj) == 0 {
					continue
				}
				after = toks[indexOf(toks, subj[len(subj)-1])+1:]
			}
			content = after
			if len(content) > 0 && content[0].Lower == "that" {
				content = content[1:]
			}
			// A participle clause before the subject belongs to what was
			// said: "Hailing X, Lavrentiev said ...".
			if k := indexOf(toks, subj[0]); k > 1 && strings.HasSuffix(toks[0].Lower, "ing") {
				content = append(append([]token{}, toks[:k]...), content...)
			}
		}
		name, country := a.resolve(st, subj, text)
		f := found{stmt: Statement{Speaker: name, SpeakerCountry: country, Kind: Indirect, Cue: strings.Join(c.words, " "), Field: TextField}, cueTerm: c}
		a.setContent(&f, text, content)
		if f.stmt.End > f.stmt.Start {
			return f, true
		}
	}
	// "according to Subject"
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].Lower == "according" && toks[i+1].Lower == "to" {
			subj := nounPhraseAfter(toks, i+2)
			if len(subj) == 0 {
				continue
			}
			name, country := a.resolve(st, subj, text)
			f := found{stmt: Statement{Speaker: name, SpeakerCountry: country, Kind: Indirect, Cue: "according to", Field: TextField}}
			content := toks[:i]
			if i == 0 {
				content = toks[i+2+len(subj):]
			}
			a.setContent(&f, text, content)
			if f.stmt.End > f.stmt.Start {
				return f, true
			}
		}
	}
	return found{}, false
}

func indexOf(toks []token, t token) int {
	for i := range toks {
		if toks[i].Start == t.Start {
			return i
		}
	}
	return 0
}

// event finds a country actor's act: a sentence whose subject names a
// country ("Italy", "Russia's foreign ministry") followed by a verb of the
// stance lexicon ("suspended", "accused").
func (a *Analyzer) event(st *docState, toks []token) (found, bool) {
	ms := a.countries.find(toks)
	if len(ms) == 0 || ms[0].Tok > 2 {
		return found{}, false
	}
	j := ms[0].End
	for j < len(toks) && j < ms[0].End+4 && toks[j].Word && (roleWords[toks[j].Lower] || toks[j].Cap) {
		j++
	}
	for j < len(toks) && (toks[j].Lower == "has" || toks[j].Lower == "have" || toks[j].Lower == "had" || toks[j].Lower == "will" || toks[j].Lower == "would" || toks[j].Lower == "also" || toks[j].Lower == "again") {
		j++
	}
	if j >= len(toks) || !toks[j].Word || toks[j].Cap {
		return found{}, false
	}
	if _, n := a.termAt(toks, j); n == 0 {
		return found{}, false
	}
	name, country := a.resolve(st, toks[:j], st.doc.Text)
	f := found{stmt: Statement{Speaker: name, SpeakerCountry: country, Kind: Indirect, Cue: toks[j].Lower, Field: TextField}}
	a.setContent(&f, st.doc.Text, toks[j:])
	return f, f.stmt.End > f.stmt.Start
}

// resolve names the speaker of a subject phrase and finds their country,
// using what the document said before (surnames, pronouns, descriptions).
func (a *Analyzer) resolve(st *docState, subj []token, text string) (name, country string) {
	if len(subj) == 0 {
		return "", ""
	}
	ms := a.countries.find(subj)
	if len(ms) > 0 {
		country = ms[0].Code
	}
	// A pronoun: the last person who spoke.
	if len(subj) == 1 && pronouns[subj[0].Lower] {
		if st.last != nil {
			return st.last.name, st.last.country
		}
		return subj[0].Text, ""
	}
	// A person's name: the trailing run of capitalised words that are not
	// titles or country words.
	end := len(subj)
	start := end
	for start > 0 {
		t := subj[start-1]
		if !t.Word || !t.Cap || roleWords[t.Lower] || inMention(ms, start-1) {
			break
		}
		start--
		if t.Poss && start < end-1 {
			break
		}
	}
	if start < end && !subj[end-1].Poss {
		full := text[subj[start].Start:subj[end-1].End]
		sur := subj[end-1].Text
		for _, p := range st.people {
			if p.surname == sur || p.name == full {
				if country == "" {
					country = p.country
				}
				st.last = p
				return p.name, country
			}
		}
		p := &person{name: full, surname: sur, country: country, roles: roles(subj)}
		st.people = append(st.people, p)
		st.last = p
		return full, country
	}
	// A description: "The Russian envoy", "the visiting envoy" → a person
	// met before with the same role (and country, when it is given).
	rs := roles(subj)
	for k := len(st.people) - 1; k >= 0; k-- {
		p := st.people[k]
		if shareRole(p.roles, rs) && (country == "" || p.country == "" || country == p.country) {
			if country == "" {
				country = p.country
			}
			st.last = p
			return p.name, country
		}
	}
	// An institution or capital as written.
	s, e := 0, len(subj)
	if subj[0].Lower == "the" {
		s = 1
	}
	if s >= e {
		return "", country
	}
	return text[subj[s].Start:subj[e-1].End], country
}

func inMention(ms []mention, i int) bool {
	for _, m := range ms {
		if i >= m.Tok && i < m.End {
			return true
		}
	}
	return false
}

var personRoles = map[string]bool{"president": true, "minister": true, "secretary": true, "envoy": true,
	"ambassador": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "diplomat": true,
	"leader": true, "chancellor": true, "premier": true, "king": true, "prince": true, "emir": true,
	"commander": true, "representative": true, "delegate": true, "official": true, "general": true,
	"counterpart": true}

func roles(toks []token) []string {
	var out []string
	for _, t := range toks {
		if personRoles[t.Lower] {
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

// isHeadlineLine reports whether a sentence is a line of its own with no
// final period (closing quotes aside): a headline.
func isHeadlineLine(raw string) bool {
	if strings.Contains(raw, "\n") || len(raw) >= 200 {
		return false
	}
	t := strings.TrimRightFunc(raw, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("\"”’'", r) })
	return t != "" && !strings.ContainsAny(t[len(t)-1:], ".!?")
}

// meet registers the people a sentence introduces with a title
// ("Russian President's special envoy Alexander Lavrentiev", "Secretary of
// Iran's Supreme National Security Council Ali Shamkhani"), with the country
// the words before the title give, so that later mentions resolve to them.
func (a *Analyzer) meet(st *docState, toks []token) {
	ms := a.countries.find(toks)
	for i := 0; i < len(toks); i++ {
		if !personRoles[toks[i].Lower] {
			continue
		}
		j := i + 1
		for j < len(toks) && toks[j].Word && toks[j].Cap && (roleWords[toks[j].Lower] || inMention(ms, j) || toks[j].Poss || toks[j].Lower == "of") {
			j++
		}
		k := j
		for k < len(toks) && toks[k].Word && toks[k].Cap && !roleWords[toks[k].Lower] && !inMention(ms, k) {
			k++
			if toks[k-1].Poss {
				break
			}
		}
		if k-j < 2 || toks[k-1].Poss { // a full name has two words at least
			continue
		}
		full := st.doc.Text[toks[j].Start:toks[k-1].End]
		sur := toks[k-1].Text
		known := false
		for _, p := range st.people {
			if p.surname == sur {
				known = true
				break
			}
		}
		if known {
			i = k - 1
			continue
		}
		country := ""
		for _, m := range ms {
			if m.End <= j && m.Tok >= i-6 && m.Kind != byCapital {
				country = m.Code
			}
		}
		lo := i - 6
		if lo < 0 {
			lo = 0
		}
		st.people = append(st.people, &person{name: full, surname: sur, country: country, roles: roles(toks[lo:j])})
		i = k - 1
	}
}

// ownVoice reports whether a reported statement found in a first-person
// speech is the speaking country's own voice ("Brazil welcomes ...", "we
// condemn ..."), which the speech rule takes whole.
func (a *Analyzer) ownVoice(st *docState, f found) bool {
	return st.doc.SpeakerCountry != "" && (f.stmt.SpeakerCountry == "" || f.stmt.SpeakerCountry == st.doc.SpeakerCountry)
}
