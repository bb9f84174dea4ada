package extract

import (
	"github.com/stance-project/stance/analysis/record"
	"slices"
	"strings"

	"github.com/stance-project/stance/analysis/annotate"
	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/analysis/discourse"
	"github.com/stance-project/stance/analysis/segment"
	"github.com/stance-project/stance/analysis/syntax"
	"github.com/stance-project/stance/lexicons"
)

// Extraction works paragraph by paragraph. First the direct quotes of a
// paragraph are found (they may span sentences) and attributed to a speaker
// named next to a cue just before or after them. Then each sentence is
// searched for cues outside the quotes (reported speech: "X said that ...",
// "..., X said", "according to X"), a sentence may hold several. Quotes with
// no cue of their own continue the speaker of the statement next to them.
// Headline lines ("X: ...", "X says ...") and, in a first-person speech, the
// sentences that name a country are statements too.

var pronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true}

// npBreak are words that end a subject when walking back from a cue.
var npBreak = map[string]bool{"that": true, "which": true, "who": true, "whom": true, "whose": true,
	"when": true, "while": true, "after": true, "before": true, "because": true, "since": true, "if": true,
	"as": true, "although": true, "though": true, "but": true, "so": true, "where": true, "what": true,
	"in": true, "on": true, "at": true, "during": true, "with": true, "from": true, "by": true, "to": true,
	"into": true, "than": true, "then": true, "until": true, "unless": true, "once": true, "why": true,
	"how": true, "whether": true, "about": true, "over": true, "against": true, "like": true, "is": true,
	"was": true, "were": true, "are": true, "be": true, "being": true, "said": true, "says": true,
	"having": true, "without": true, "also": true, "meanwhile": true, "however": true, "instead": true,
	"yet": true, "thus": true, "now": true, "here": true, "there": true, "today": true, "yesterday": true,
	"toward": true, "towards": true, "amid": true, "among": true, "near": true, "across": true}

// found is a statement found, as extraction hands it to scoring: a
// Found, under the short name the rules read it by.
type found = Found

// docState carries what one document has said so far (for coreference).
type docState struct {
	doc   corpus.Document
	found []found
	// dateline is the country of the capital a news text opens with
	// ("NAIROBI (Reuters) -": datelineCountry), "" for none.
	dateline string
	// the document's committed memory: the people met, the last person
	// who spoke, the last statement with a speaker (for continued quotes).
	discourse.Record[found]
	intro *found // "Cruz continued:" ending the previous paragraph
	// pending are the statements accepted so far in the paragraph being
	// read: their memory updates are committed when the paragraph's
	// statements are added, and resolve reads them before (memoryAt).
	pending []found
	// paraStmts and usedCue are reused by each paragraph for its
	// statements (para.stmts) and the cues they used (para.usedCue).
	paraStmts []found
	usedCue   map[int]bool
	// viewBuf, viewExtra, viewCountry and viewFormer are reused by memoryAt.
	viewBuf     []*found
	viewExtra   []*person
	viewCountry []discourse.PersonCountry
	viewFormer  []*person
	sent        []token          // the sentence being read (for pronouns)
	tree        *syntax.Sentence // its tree, when it was parsed (reportedPass)
	quoted      []qspan          // the quotations of sent, whose words are no antecedent (while attributing quotes)
	arena       []token          // backing store of the document's tokens (see tokens)
	// parser parses the sentences that need a tree (Input.Parser; nil
	// without a model); parses are the trees so far, title first, and
	// parsed counts them (see parseSentence).
	parser Parser
	parses []Parse
	parsed int
}

// add keeps f and commits what it tells the memory.
func (st *docState) add(f found) {
	st.commit(f.Mem)
	f.Stmt.Rule = f.Rule.String()
	if f.Negated {
		f.Stmt.Rule += "; the cue is negated: the content is not asserted"
	}
	st.found = append(st.found, f)
	st.LastSp = &st.found[len(st.found)-1]
}

// titleQuote reports whether s is a quotation mark at the edge of a
// headline's quote: a single quote too ("'Unacceptable': …"), which
// inside words is an apostrophe.
func titleQuote(s string) bool { return isQuote(s) || s == "'" || s == "’" }

// openingQuote returns the index after the quotation a headline opens
// with ("'We will respond': X warns Y"), or 0 when it opens otherwise.
func openingQuote(toks []token) int {
	if len(toks) == 0 || !titleQuote(toks[0].Text) {
		return 0
	}
	for k := 1; k < len(toks); k++ {
		if titleQuote(toks[k].Text) && k+1 < len(toks) && !toks[k+1].Word {
			return k + 1
		}
	}
	return 0
}

// wordsEnd reports whether no word stands in toks from j on.
func wordsEnd(toks []token, j int) bool {
	return !slices.ContainsFunc(toks[min(j, len(toks)):], func(t token) bool { return t.Word })
}

// headline recognises "Speaker: content" and "Speaker says content" in a
// line that is a headline (a title, or a line with no final period).
func (a *Extractor) headline(st *docState, text string, toks []token, field record.Field) (found, bool) {
	if len(toks) < 3 {
		return found{}, false
	}
	// "Interview with Peru's envoy: …": the one interviewed speaks.
	if i, k := interviewLabel(toks); i > 0 {
		subj := trimNP(toks[k:i])
		if len(subj) > 0 && a.validSubject(subj) {
			name, country, via, mem := a.resolve(st, subj, text)
			f := found{Stmt: record.Statement{Speaker: name, SpeakerCountry: country, Kind: record.Headline, Cue: ":", Field: field, SpeakerRule: via}, Rule: RuleHeadlineSpeakerColon, Mem: mem}
			a.setContent(&f, text, toks[i+1:])
			return f, f.Stmt.End > f.Stmt.Start
		}
	}
	// "Content: speaker", as agencies end a headline: "X ready to work
	// with Y: FM". A speaker with no country of its own ("FM") speaks
	// for the country the content opens with. Read before labels: a
	// content with no verb ("Strikes on X depots: Y ministry") is no
	// topic label when a source follows it.
	if field == record.TitleField {
		if f, ok := a.trailingSpeaker(st, text, toks, field); ok {
			return f, true
		}
	}
	// "Read more: Kerry condemns ...": a label before the headline.
	if rest := a.afterLabel(st, toks); len(rest) < len(toks) {
		return a.headline(st, text, rest, field)
	}
	// "Speaker: content"
	for i, t := range toks {
		if i > 6 {
			break
		}
		if t.Text == ":" && i > 0 && i+1 < len(toks) {
			head := toks[:i]
			if titleQuote(head[0].Text) && titleQuote(head[len(head)-1].Text) {
				break // "'We will respond': X warns Y": a quote, no speaker
			}
			// "Boric to Lula: …": the speaker, then the one addressed.
			var objects []string
			if k := slices.IndexFunc(head, func(t token) bool { return t.Lower == "to" }); k > 0 && k+1 < i && toks[k+1].Cap {
				// The one addressed never speaks, even when the speaker is
				// a name no lexicon knows ("Ruiz to Lula: …").
				listener := a.lex.Parties(toks[k+1:i], st.doc.Date)
				if len(listener) > 0 {
					for _, m := range listener {
						objects = append(objects, m.Code)
					}
					head = toks[:k]
				}
			}
			subj := trimNP(head)
			if len(subj) == 0 || !subj[0].Cap || !a.validSubject(subj) || a.cueWithin(toks[:i]) {
				break // "Peru warns Chile: …": the cue's statement, read below
			}
			name, country, via, mem := a.resolve(st, subj, text)
			f := found{Stmt: record.Statement{Speaker: name, SpeakerCountry: country, Kind: record.Headline, Cue: ":", Field: field, SpeakerRule: via}, Rule: RuleHeadlineSpeakerColon, Mem: mem, Objects: objects}
			a.setContent(&f, text, toks[i+1:])
			return f, f.Stmt.End > f.Stmt.Start
		}
	}
	// "Speaker says content", or any cue.
	opening := openingQuote(toks)
	for i := range toks {
		if i == 0 || i > 10 && !wordsEnd(toks, i+1) || i < opening {
			continue // a speaker opens a headline, after a quote that opens it; a trailing one ends it ("…, X says")
		}
		c := a.lex.CueAt(toks, i)
		if c == nil || passiveAt(toks, i) || a.reducedPassive(toks, i) || a.passiveWith(toks, i) > 0 {
			continue // "X has been praised by Y", "X told to leave by Y": not X's words
		}
		// "…, says Peru": the speaker after the cue, what it says before.
		if end := len(toks); toks[i-1].Text == "," && !c.Evaluative && !c.Think && i > 2 {
			for end > 0 && !toks[end-1].Word {
				end--
			}
			if subj := a.subjectAfter(toks, i+len(c.Words)); len(subj) > 0 && indexOf(toks, subj[len(subj)-1]) == end-1 {
				return a.speakerAfterContent(st, text, field, c, subj, toks[:i-1])
			}
		}
		at := i
		if titleFuture(toks, i-1) {
			at = i - 1 // "Ruiz to call for …": a headline's future
		}
		subj := a.subjectBefore(toks, at)
		from := i + len(c.Words) // where what is said starts
		own := false
		if field == record.TitleField && toks[i-1].Text == "," {
			if first, v := a.firstSubject(toks, i); len(first) > 0 {
				// The first predicate is said too, the speaker's own act.
				subj, from, own = first, v, true
			}
		}
		if len(subj) == 0 || thingHead(a, subj) || c.Think && whBefore(toks, indexOf(toks, subj[0])) {
			continue // "Harbour plan agreed ...": a thing says nothing
		}
		if k := indexOf(toks, subj[0]); k > 1 && toks[k-1].Text == "," && !slices.ContainsFunc(toks[from:], func(t token) bool { return t.Word }) {
			return a.speakerAfterContent(st, text, field, c, subj, toks[:k-1]) // "…, Chile says"
		}
		if field == record.TitleField {
			subj = titleSubject(toks, subj)
			if a.telegraphicVerbIn(subj) {
				// "A snubs B calls to …": the title's verb comes first;
				// the cue's form is a noun of its object.
				continue
			}
			if k := indexOf(toks, subj[0]); k > 0 && toks[k-1].Word && !toks[k-1].Cap && toks[k-1].Lower != "and" {
				// "A summons envoy to protest B call for …": a phrase
				// after a verb or a preposition is its object, no speaker.
				continue
			}
			if k := indexOf(toks, subj[0]); k > 0 && toks[k-1].Text == "," && len(subj) == 1 && !subj[0].Cap && c.Noun {
				// "A halts cooperation on climate, military talks": a
				// lower-case word after a comma before a form a noun
				// shares is the next item of a list, no speaker.
				continue
			}
		}
		name, country, via, mem := a.resolve(st, subj, text)
		if country == "" {
			name, country, via = a.jointSpeaker(st, subj, text, name, via)
		}
		f := found{Stmt: record.Statement{Speaker: name, SpeakerCountry: country, Kind: record.Headline, Cue: strings.Join(c.Words, " "), Field: field, SpeakerRule: via}, Rule: RuleHeadlineSpeakerCue, CueTerm: c, Subj: subj, Mem: mem, OwnPredicate: own}
		// "X does not think Y will …": the content is not asserted.
		f.Negated = cueNegated(toks, i, indexOf(toks, subj[len(subj)-1])+1)
		rest := toks[from:]
		if !c.Evaluative && !c.Think && a.personObject(rest) {
			continue // "A recalls its ambassador to B": an act, no speech
		}

		if len(rest) > 0 && rest[0].Lower == "that" {
			rest = rest[1:]
		}
		a.setContent(&f, text, rest)
		return f, f.Stmt.End > f.Stmt.Start
	}
	return found{}, false
}

// cueWithin reports whether the words before a headline's colon hold a
// cue after its subject ("Peru warns Chile:", "Minister tells envoys:"):
// they are a speaker, a cue and its listener, not a speaker's name, and
// "Lavrov says:" is no topic label. A form a noun shares ends a topic
// ("Peru vote:"), not a speaker's cue.
func (a *Extractor) cueWithin(toks []token) bool {
	for j := 1; j < len(toks); j++ {
		c := a.lex.CueAt(toks, j)
		if toks[j].Cap || c == nil || passiveAt(toks, j) || a.reducedPassive(toks, j) || c.Noun && j == len(toks)-1 {
			continue // "Peru vote:", "Iran talks:" are topics
		}
		if len(a.subjectBefore(toks, j)) > 0 {
			return true
		}
	}
	return false
}

// firstSubject returns the subject of a title's first predicate when the
// cue at toks[i] opens a second one after a comma: "A hosts B, C at the
// ranch, hails new era" (A hails). The first predicate starts at the
// title's first lowercase word, a cue or a lexicon verb; its subject is
// the words before. It returns the subject and where the first predicate
// starts, or nil when the title has no such shape (no verb of ours
// first, or a colon, quote or dash between).
func (a *Extractor) firstSubject(toks []token, i int) ([]token, int) {
	// Between the words of one part of a title stand only commas,
	// hyphens and apostrophes; a colon, a quote or a dash starts another.
	joins := func(t token) bool {
		return t.Word || t.Text == "," || t.Text == "-" || t.Text == "'" || t.Text == "’"
	}
	v := -1
	for j := 1; j < i-1 && v < 0; j++ {
		switch t := toks[j]; {
		case t.Word && !t.Cap && a.lex.Roles[t.Lower] == "" && !a.roleAhead(toks, j):
			// Not a role or a word of one: "A, B foreign ministers meet".
			v = j
		case t.Word && !t.Cap:
		case !joins(t):
			return nil, 0
		}
	}
	if v < 0 {
		return nil, 0
	}
	if _, n := a.lex.TermAt(toks, v); !a.looksVerb(toks[v]) && n == 0 && len(a.lex.PatternVerbs(toks[v].Lower)) == 0 {
		return nil, 0 // the first lowercase word is no verb of ours
	}
	for j := v + 1; j < i-1; j++ {
		if !joins(toks[j]) {
			return nil, 0
		}
	}
	return a.subjectBefore(toks, v), v
}

// trailingSpeaker recognises a title that ends in ": speaker".
func (a *Extractor) trailingSpeaker(st *docState, text string, toks []token, field record.Field) (found, bool) {
	c := -1
	for i := len(toks) - 2; i >= 3 && i >= len(toks)-7; i-- {
		if toks[i].Text == ":" || sourceDash(toks, i) {
			c = i
			break
		}
	}
	if c > 1 && titleQuote(toks[0].Text) && titleQuote(toks[c-1].Text) {
		return found{}, false // "'A trusted friend': X hails Y": the quote is no content of a speaker after it
	}
	if c < 0 || len(toks)-c-1 >= c {
		// No colon, or what follows it is the longer part: "Speaker:
		// content".
		return found{}, false
	}
	subj := trimNP(toks[c+1:])
	if len(subj) == 0 || len(subj) > 5 || !a.validSubject(subj) {
		return found{}, false
	}
	if a.cueWithin(subj) || slices.ContainsFunc(subj, func(t token) bool { return modals[t.Lower] }) {
		return found{}, false // "X's red line: Y must withdraw" is a clause, no source
	}
	name, country, via, mem := a.resolve(st, subj, text)
	if country == "" {
		// "…: FM", "…: gov't spokesman": the country the content opens
		// with.
		if country = a.contentOpens(st, toks[:c], subj); country == "" {
			return found{}, false
		}
		via = viaContentOpens
	}
	f := found{Stmt: record.Statement{Speaker: name, SpeakerCountry: country, Kind: record.Headline, Cue: ":", Field: field, SpeakerRule: via}, Rule: RuleHeadlineContentSpeaker, Mem: mem}
	a.setContent(&f, text, toks[:c])
	return f, f.Stmt.End > f.Stmt.Start
}

// speakerAfterContent is the headline statement of a speaker and cue that
// follow what is said ("…, says Peru", "…, Chile says"): a trailing
// role of no country speaks for the country the content of a title
// opens with (contentOpens).
func (a *Extractor) speakerAfterContent(st *docState, text string, field record.Field, c *annotate.Cue, subj, content []token) (found, bool) {
	name, country, via, mem := a.resolve(st, subj, text)
	if country == "" && field == record.TitleField {
		if country = a.contentOpens(st, content, subj); country != "" {
			via = viaContentOpens
		}
	}
	f := found{Stmt: record.Statement{Speaker: name, SpeakerCountry: country, Kind: record.Headline, Cue: strings.Join(c.Words, " "), Field: field, SpeakerRule: via}, Rule: RuleHeadlineContentSpeaker, CueTerm: c, Subj: subj, Mem: mem}
	a.setContent(&f, text, content)
	return f, f.Stmt.End > f.Stmt.Start
}

// contentOpens returns the country a title's content opens with when
// its trailing speaker is a speaker's word with no country of its own
// ("…, minister says", "…: FM"), or "".
func (a *Extractor) contentOpens(st *docState, content, subj []token) string {
	ms := a.lex.Mentions(content, st.doc.Date)
	if len(ms) == 0 || ms[0].Tok > 1 || !a.speakerWord(subj) {
		return ""
	}
	return ms[0].Code
}

// viaContentOpens is how a trailing speaker with no country of its own
// ("…: FM") gets the country its content opens with.
const viaContentOpens = "headline: the country its content opens with"

// speakerWord reports whether a phrase ends in a word for a person or a
// body that speaks ("FM", "spokesman", "ministry").
func (a *Extractor) speakerWord(np []token) bool {
	last := np[len(np)-1]
	if a.lex.Roles[last.Lower] != "" {
		return true
	}
	switch last.Text {
	case "FM", "PM", "FMs", "PMs":
		return true
	}
	return false
}

// setContent sets the statement's span and text from toks (trimmed of
// leading and trailing punctuation other than quotes).
func (a *Extractor) setContent(f *found, text string, toks []token) {
	for len(toks) > 0 && !toks[0].Word && !isQuote(toks[0].Text) && toks[0].Text != "(" {
		toks = toks[1:]
	}
	for len(toks) > 0 && !toks[len(toks)-1].Word && !isQuote(toks[len(toks)-1].Text) && toks[len(toks)-1].Text != ")" {
		toks = toks[:len(toks)-1]
	}
	// A lone quote mark at one end only is not part of the content.
	if len(toks) > 0 && isQuote(toks[0].Text) && !hasQuote(toks[1:]) {
		toks = toks[1:]
	}
	if len(toks) > 0 && isQuote(toks[len(toks)-1].Text) && !hasQuote(toks[:len(toks)-1]) {
		toks = toks[:len(toks)-1]
	}
	if len(toks) == 0 {
		return
	}
	f.Toks = toks
	f.Stmt.Start, f.Stmt.End = toks[0].Start, toks[len(toks)-1].End
	f.Stmt.Text = text[f.Stmt.Start:f.Stmt.End]
	rest := strings.TrimLeft(text[f.Stmt.End:], " \"”’'»")
	f.Question = strings.HasPrefix(rest, "?")
}

func hasQuote(toks []token) bool {
	for _, t := range toks {
		if isQuote(t.Text) {
			return true
		}
	}
	return false
}

func isQuote(s string) bool { return annotate.IsQuoteMark(s) }

// reserve makes room for n more tokens in the arena: when the chunk is
// full it starts a new one (the slices handed out so far keep the old).
func (st *docState) reserve(n int) {
	if cap(st.arena)-len(st.arena) < n {
		st.arena = make([]token, 0, max(2*cap(st.arena), n, 1024))
	}
}

// tokens tokenizes text[sp.Start:sp.End] with offsets in text. The tokens
// live in the document's arena: they are valid until Extract returns.
func (st *docState) tokens(text string, sp span) []token {
	s := text[sp.Start:sp.End]
	st.reserve(len(s)/5 + 1)
	n := len(st.arena)
	st.arena = segment.AppendTokens(st.arena, s, sp.Start)
	return st.arena[n:len(st.arena):len(st.arena)]
}

// readIntro reads "Cruz continued:", the last sentence of a paragraph that
// ends in a colon, as the speaker of the quote that opens the next
// paragraph (st.intro). The speaker is the last person who spoke from
// there on: the memory update is committed now.
func (a *Extractor) readIntro(st *docState, text string, ss []sentence) {
	toks := ss[len(ss)-1].toks
	st.sent = toks
	for i := len(toks) - 2; i >= 0; i-- {
		if c := a.lex.CueAt(toks, i); c != nil {
			subj := a.subjectBefore(toks, i)
			if len(subj) == 0 {
				subj = a.subjectAfter(toks, i+len(c.Words))
			}
			if len(subj) > 0 {
				name, country, via, mem := a.resolve(st, subj, text)
				st.intro = &found{Stmt: record.Statement{Speaker: name, SpeakerCountry: country, Kind: record.Direct, Cue: strings.Join(c.Words, " "), Field: record.TextField,
					SpeakerRule: via}, Rule: RuleIntroCue, CueTerm: c, Mem: mem}
			}
			break
		}
	}
	if st.intro == nil && len(toks) <= 4 && len(toks) >= 2 {
		// "Cruz continued:" with a verb the cue lexicon lacks.
		subj := trimNP(toks[:1])
		if len(subj) > 0 && subj[0].Cap && a.validSubject(subj) {
			name, country, via, mem := a.resolve(st, subj, text)
			st.intro = &found{Stmt: record.Statement{Speaker: name, SpeakerCountry: country, Kind: record.Direct, Cue: toks[1].Lower, Field: record.TextField,
				SpeakerRule: via}, Rule: RuleIntroColon, Mem: mem}
		}
	}
	if st.intro != nil {
		st.commit(st.intro.Mem)
		st.intro.Mem = memoryUpdate{}
	}
}

// addJoint adds f, or, when its subject names several countries ("Jordan
// and Britain have agreed ..."), a statement of each about the others.
func (a *Extractor) addJoint(st *docState, f found) {
	{
		joint := a.jointCountries(f.Subj, st.doc.Date)
		if !slices.ContainsFunc(joint, func(c string) bool { return c != joint[0] }) {
			// No joint subject, or one country named twice ("Kenyan
			// President Ruto"): one speaker.
			st.add(f)
			return
		}
		// The speaker of each is the subject as written ("Ruto, Museveni
		// meet …"), not the person the resolver named last, who is of
		// one country only.
		name := st.jointName(f)
		seen := map[string]bool{}
		for _, code := range joint {
			if seen[code] {
				continue
			}
			seen[code] = true
			g := f
			g.Stmt.Speaker = name
			g.Stmt.SpeakerCountry = code
			g.Stmt.SpeakerRule = "joint subject: one statement for each country named, about the others"
			g.Partners = nil
			for _, other := range joint {
				if other != code && !slices.Contains(g.Partners, other) {
					g.Partners = append(g.Partners, other)
				}
			}
			st.add(g)
		}
	}
}

// jointName returns the subject of f as written, without its determiner
// ("Kenyan and Ugandan presidents", "Ruto, Museveni"), or f's speaker when
// the span is not in the field.
func (st *docState) jointName(f found) string {
	text := st.doc.Text
	if f.Stmt.Field == record.TitleField {
		text = st.doc.Title
	}
	subj := f.Subj
	if len(subj) > 1 && annotate.IsDeterminer(subj[0].Lower) {
		subj = subj[1:]
	}
	if s, e := subj[0].Start, subj[len(subj)-1].End; s < e && e <= len(text) {
		return text[s:e]
	}
	return f.Stmt.Speaker
}

// trailingCue returns the index of a cue that ends the sentence after a
// comma (", a Jordanian official confirmed.", ", the agency said on
// Wednesday.", ", Ruiz told reporters in Juba, without giving details."),
// or -1. Only a listener, time and place adverbials, and an aside with no
// cue may follow the cue (trailingTail).
func (a *Extractor) trailingCue(toks []token, inQuote func(token) int) int {
	n := len(toks)
	for n > 0 && !toks[n-1].Word {
		n--
	}
	for i := n - 1; i >= n-24 && i > 1; i-- {
		if inQuote(toks[i]) >= 0 {
			return -1
		}
		c := a.lex.CueAt(toks, i)
		if c == nil {
			if t := toks[i].Text; !toks[i].Word && t != "," && t != "." && t != "-" && t != "'" && t != "’" {
				return -1 // a quote, a colon, a parenthesis: no tail of a cue
			}
			continue
		}
		if c.Think {
			return -1
		}
		if !c.Verb && a.lex.CueAt(toks, i-1) != nil {
			continue // "said in a statement": the verb before is the cue
		}
		subj := a.subjectBefore(toks, i)
		if len(subj) == 0 {
			return -1
		}
		if k := a.speakerStart(toks, subj); k > 1 && toks[k-1].Text == "," && (a.shortTail(toks, i, c, n) || a.trailingTail(toks, i, len(c.Words), c)) {
			return i
		}
		return -1
	}
	return -1
}

// shortTail reports whether only trailAdverbial words follow the cue at
// toks[i] up to n: "said on Wednesday", "said in a statement".
func (a *Extractor) shortTail(toks []token, i int, c *annotate.Cue, n int) bool {
	for _, t := range toks[i+len(c.Words) : n] {
		if !trailAdverbial(t) {
			return false
		}
	}
	return true
}

// trailAdverbial reports whether a word may follow a trailing cue: "said
// on Wednesday", "said here today", "said in a statement".
func trailAdverbial(t token) bool {
	if annotate.IsTimeWord(t.Lower) {
		return true
	}
	switch t.Lower {
	case "on", "in", "here", "late", "last", "this", "a", "an", "the", "statement", "comments", "published",
		"interview", "night", "early", "afternoon", "morning", "evening", "told", "reporters", "earlier":
		return true
	}
	return false
}

// pluralHead reports whether np is a plural that stands for the parties
// of a joint subject: determiners and numbers ("the two", "both"), then a
// plural noun of roles.tsv or jointHeads ("leaders", "countries").
func (a *Extractor) pluralHead(np []token) bool {
	head := np[len(np)-1]
	if head.Cap && len(np) > 1 || !a.pluralWord(head) {
		return false
	}
	for _, t := range np[:len(np)-1] {
		switch t.Lower {
		case "the", "two", "three", "both", "all", "their", "its":
		default:
			if a.lex.Roles[t.Lower] == "" && !jointHeads[t.Lower] {
				return false
			}
		}
	}
	return true
}

// pluralWord reports whether t is a plural noun of people or parties: a
// role of roles.tsv or one of jointHeads, in -s.
func (a *Extractor) pluralWord(t token) bool {
	return strings.HasSuffix(t.Lower, "s") && (a.lex.Roles[t.Lower] != "" || jointHeads[t.Lower])
}

// jointCountries returns the countries of a subject made only of country
// names joined by "and" ("Chile and Peru"), or nil.
func (a *Extractor) jointCountries(subj []token, d corpus.Date) []string {
	if len(subj) < 3 {
		return nil
	}
	// "The two leaders, A's X and B's Y" (jointAppositive): the names
	// after the plural that stands for them.
	if k := slices.IndexFunc(subj, func(t token) bool { return t.Text == "," }); k > 0 && k+3 <= len(subj) && a.pluralHead(subj[:k]) {
		subj = subj[k+1:]
	}
	// "Leaders of Sudan, Ethiopia", "senior officials of China and Oman":
	// the names after a head of role words and "of".
	for k, t := range subj {
		if t.Lower == "of" && k > 0 && k+3 <= len(subj) {
			head := true
			for _, h := range subj[:k] {
				if a.lex.Roles[h.Lower] == "" && h.Lower != "senior" && h.Lower != "top" && h.Lower != "the" {
					head = false
				}
			}
			if head {
				subj = subj[k+1:]
			}
			break
		}
	}
	subj = groupMembers(subj)
	ms := a.lex.Parties(subj, d)
	if slices.ContainsFunc(ms, func(m mention) bool { return lexicons.IsOrganisation(m.Code) && m.Kind != byLeader }) {
		// "Finland's NATO bid": an organisation is no party of a joint
		// subject of countries. Its head named as a person is one of
		// the people who act ("Erdogan, Guterres meet …").
		return nil
	}
	if len(ms) < 2 {
		return nil
	}
	for k := 1; k < len(ms); k++ {
		if ms[k].Tok == ms[k-1].End && subj[ms[k-1].End-1].Poss && ms[k].Code != ms[k-1].Code {
			return nil // "X's Nairobi envoy": the second qualifies what the first owns, no list
		}
	}
	chain := make([]bool, len(subj)) // role and name words after a country
	for i := 0; i < len(subj); i++ {
		t := subj[i]
		if annotate.InMention(ms, i) || t.Lower == "and" || t.Text == "," || t.Lower == "the" {
			continue
		}
		// "Ukrainian president, Romanian PM": a role after each name;
		// "Peruvian President Ana Soto and her Chilean counterpart Luis
		// Vera": role words, then a person's name; after "and", a
		// possessive pronoun before the next name, or before an
		// appositive ("B, his Y counterpart").
		role := a.roleWord(t)
		switch {
		case i > 0 && (subj[i-1].Lower == "and" || subj[i-1].Text == ",") && (t.Lower == "his" || t.Lower == "her" || t.Lower == "their"):
			chain[i] = true
			continue
		case t.Word && role && i > 0 && (annotate.InMention(ms, i-1) || chain[i-1]):
			chain[i] = true
			continue
		case t.Word && role && a.leadingRoles(subj[:i], ms) && len(ms) > 0 && ms[0].Kind == byLeader && ms[0].Tok > i:
			// "FM Lavrov, Wang Yi agree …": the role of the first
			// person named, before the name.
			continue
		case t.Word && t.Cap && i > 0 && chain[i-1] && (a.lex.Roles[subj[i-1].Lower] != "" || subj[i-1].Cap):
			chain[i] = true
			continue
		case t.Word && t.Cap && i > 0 && subj[i-1].Poss && annotate.InMention(ms, i-1):
			// "Peru's Ana Ruiz and Chile's Luis Vera": a name after
			// its country's possessive.
			chain[i] = true
			continue
		}
		// "Bolivian minister of defence", "Kenyan minister of trade": the rest
		// of a role, up to the next name.
		if t.Lower == "of" && i > 0 && a.lex.Roles[subj[i-1].Lower] != "" {
			for i+1 < len(subj) && subj[i+1].Text != "," && subj[i+1].Lower != "and" && !annotate.InMention(ms, i+1) {
				i++
			}
			continue
		}
		// "Zambian and Malawian gunboats", "Kenyan, Ugandan FMs": a head
		// noun after the names.
		if i == len(subj)-1 && t.Word && ms[len(ms)-1].End == i && (!t.Cap || a.lex.Roles[t.Lower] != "" || annotate.HeadlinePlural(t)) {
			continue
		}
		// "Gabonese and Cameroonian border guards": up to three
		// lower-case words after the last name, the last a role.
		if last := ms[len(ms)-1].End; i >= last && len(subj)-last <= 3 && lowerWords(subj[last:]) && a.lex.Roles[subj[len(subj)-1].Lower] != "" {
			continue
		}
		return nil
	}
	var out []string
	for _, m := range ms {
		out = append(out, m.Code)
	}
	return out
}

// groupMembers returns the members a subject lists after a plural head of
// lower-case words ("several Western countries, including X and Y", "Gulf
// states such as X and Y"): they are the ones who speak, each of them.
// Any other subject is returned as it is.
func groupMembers(subj []token) []token {
	for k := 1; k+1 < len(subj) && k <= 6; k++ {
		from := 0
		switch {
		case subj[k].Lower == "including":
			from = k + 1
		case subj[k].Lower == "such" && subj[k+1].Lower == "as":
			from = k + 2
		default:
			continue
		}
		h := k - 1
		if subj[h].Text == "," {
			h--
		}
		if h < 0 || !subj[h].Word || subj[h].Cap || !strings.HasSuffix(subj[h].Lower, "s") {
			return subj
		}
		to := len(subj)
		if subj[to-1].Text == "," {
			to--
		}
		if from >= to {
			return subj
		}
		return subj[from:to]
	}
	return subj
}

// leadingRoles reports whether toks, the words before a role word at the
// start of a subject, are all "the" or role words and name no country.
func (a *Extractor) leadingRoles(toks []token, ms []mention) bool {
	for k, t := range toks {
		if annotate.InMention(ms, k) || t.Lower != "the" && !a.roleWord(t) {
			return false
		}
	}
	return true
}

// roleWord reports whether t is a role word of roles.tsv or one of the
// abbreviations "PM" and "FM" (in capitals: "pm" is a time).
func (a *Extractor) roleWord(t token) bool {
	return a.lex.Roles[t.Lower] != "" || t.Text == "PM" || t.Text == "FM"
}

// lowerWords reports whether every token of toks is a lower-case word.
func lowerWords(toks []token) bool {
	for _, t := range toks {
		if !t.Word || t.Cap {
			return false
		}
	}
	return true
}

// topicLabel reports whether the words before a headline's colon name its
// topic rather than a speaker: a phrase that ends in a common noun that is
// no speaker's ("Ukraine war:", "Border tensions:", shouted "PUTIN
// FURY:"), not a name, a role or an institution ("Kremlin:", "Chinese
// FM:", "Foreign ministry:").
func (a *Extractor) topicLabel(toks []token) bool {
	last := toks[len(toks)-1]
	return len(toks) >= 2 && last.Word && (!last.Cap || shouted(toks)) && a.lex.Roles[last.Lower] == "" && len(a.lex.Countries.Find(toks[len(toks)-1:])) == 0 && !a.cueWithin(toks)
}

// shouted reports whether every word of toks is written in capitals, as a
// tabloid's kicker is ("MACRON FURY:"): its last word may then be a
// common noun though it is capitalised.
func shouted(toks []token) bool {
	for _, t := range toks {
		if t.Word && (len(t.Text) < 2 || t.Text != strings.ToUpper(t.Text) || t.Text == t.Lower) {
			return false
		}
	}
	return true
}

// thingHead reports whether a subject ends in a common noun that names no
// speaker: a lower-case word that is no role, no country ("plan" in
// "Harbour plan agreed").
func thingHead(a *Extractor, subj []token) bool {
	last := subj[len(subj)-1]
	return last.Word && !last.Cap && a.lex.Roles[last.Lower] == "" && !pronouns[last.Lower] && len(a.lex.Countries.Find(subj[len(subj)-1:])) == 0
}

// passiveAt reports whether the verb at toks[i] is passive: a form of "be"
// right before it, or with one adverb between ("has recently been
// praised").
func passiveAt(toks []token, i int) bool { return passiveBe(toks, i) >= 0 }

// passiveBe returns the index of the form of "be" of the passive whose
// verb is toks[i] (see passiveAt), or -1.
func passiveBe(toks []token, i int) int {
	switch {
	case i > 0 && annotate.IsBe(toks[i-1].Lower):
		return i - 1
	case i > 1 && annotate.IsBe(toks[i-2].Lower) && strings.HasSuffix(toks[i-1].Lower, "ly"):
		return i - 2
	}
	return -1
}

// wordCount counts the words of toks (no punctuation).
func wordCount(toks []token) int {
	n := 0
	for _, t := range toks {
		if t.Word {
			n++
		}
	}
	return n
}

// frontedOpeners are words besides the prepositions that open a phrase
// of circumstance set before a title's clause.
var frontedOpeners = map[string]bool{"amid": true, "despite": true, "following": true, "ahead": true, "as": true, "while": true}

// titleSubject extends subj, the subject found before a title's verb, to
// the names listed before it with commas, as headlines write "X and Y":
// "Ruto, Museveni vow ...", "Peru, Chile leaders meet". A title that
// opens with a preposition or a word of frontedOpeners ("In blow to X, Y
// signs …", "Amid row, Y …") sets a phrase of circumstance before its
// comma, no name.
func titleSubject(toks, subj []token) []token {
	if len(subj) == 0 {
		return subj
	}
	k := indexOf(toks, subj[0])
	if k < 2 || k > 6 || toks[k-1].Text != "," || !toks[0].Cap {
		return subj
	}
	if l := toks[0].Lower; annotate.IsPreposition(l) || frontedOpeners[l] {
		return subj // "In blow to X, Y signs …", "Amid row, Y …": a phrase of circumstance, no name listed
	}
	for _, t := range toks[:k-1] {
		if !t.Word && t.Text != "," {
			return subj
		}
	}
	return toks[:k+len(subj)]
}

// telegraphicVerbIn reports whether the subject phrase subj holds a
// headline's present-tense verb before a capitalised word: a lower-case
// word in -s that is a verb of the lexicons ("snubs" of "A snubs B
// calls"), which a subject's modifiers never are.
func (a *Extractor) telegraphicVerbIn(subj []token) bool {
	for k := 0; k+1 < len(subj); k++ {
		t := subj[k]
		if !t.Word || t.Cap || !strings.HasSuffix(t.Lower, "s") {
			continue
		}
		if !subj[k+1].Cap && !(k > 0 && subj[k-1].Cap && !subj[k-1].Poss && !a.personRole(subj[k+1:])) {
			// "A suspends military talks": after a name, before the
			// cue's modifier; not "US forces commander says".
			continue
		}
		if lt, n := a.lex.TermAt(subj, k); n > 0 && (lt.Source == lexicons.SourceCAMEO || lexicons.VerbRow(lt.Label)) {
			return true
		}
	}
	return false
}

// jointSpeaker names a subject of several countries that resolve found no
// single country for ("Xi, Macron"): the text of the subject, with the
// first country (addJoint then makes a statement of each).
func (a *Extractor) jointSpeaker(st *docState, subj []token, text, name, via string) (string, string, string) {
	joint := a.jointCountries(subj, st.doc.Date)
	if len(joint) < 2 {
		return name, "", via
	}
	return text[subj[0].Start:subj[len(subj)-1].End], joint[0], "joint subject"
}

// sentence is a sentence span with its tokens.
type sentence struct {
	sp   span
	toks []token
	ms   []mention        // the countries it names (countries.find)
	tree *syntax.Sentence // its parse, when it has one (parseSentence)
}

// ss2toks returns the tokens of the sentences that a quote from openAt to
// closeAt touches, in order. A quote within one sentence gets that
// sentence's own tokens: a copy for each quote would make a sentence of
// many quotes cost memory in the square of its length.
func (st *docState) ss2toks(ss []sentence, closeAt, openAt int) []token {
	n, touched, last := 0, 0, 0
	for k, s := range ss {
		if s.sp.End >= openAt && s.sp.Start <= closeAt+1 {
			n += len(s.toks)
			touched, last = touched+1, k
		}
	}
	if touched == 1 {
		return ss[last].toks
	}
	st.reserve(n)
	start := len(st.arena)
	for _, s := range ss {
		if s.sp.End >= openAt && s.sp.Start <= closeAt+1 {
			st.arena = append(st.arena, s.toks...)
		}
	}
	return st.arena[start:len(st.arena):len(st.arena)]
}

// openingCue returns the index of a cue among the first tokens of a
// sentence (before limit) whose subject opens the sentence, or -1.
func (a *Extractor) openingCue(toks []token, limit int) int {
	for j := 1; j < limit && j < 16; j++ {
		c := a.lex.CueAt(toks, j)
		if c == nil || c.Think {
			continue
		}
		if subj := a.subjectBefore(toks, j); len(subj) > 0 && indexOf(toks, subj[0]) <= 1 && !thingHead(a, subj) {
			return j
		}
		return -1
	}
	return -1
}

// namesCountryOutside reports whether a sentence names a country outside
// the direct quotes of other speakers.
func namesCountryOutside(toks []token, ms []mention, stmts []found) bool {
	for _, m := range ms {
		inside := false
		for k := range stmts {
			f := &stmts[k]
			if f.Stmt.Kind == record.Direct && (toks[m.Tok].Start >= f.Stmt.Start && toks[m.Tok].Start < f.Stmt.End ||
				m.Code == f.Stmt.SpeakerCountry && toks[m.Tok].Start < f.Stmt.Start && f.Stmt.Start < toks[len(toks)-1].End) {
				inside = true // in the quote, or naming the quoted speaker
			}
		}
		if !inside {
			return true
		}
	}
	return false
}

// nestedRepeat reports whether f lies inside the content of a statement
// already found and says nothing new about who speaks: the same speaker,
// or the same country ("Chile said Chile supports Peru").
func nestedRepeat(stmts []found, f found) bool {
	for k := range stmts {
		g := &stmts[k]
		if f.Stmt.Start >= g.Stmt.Start && f.Stmt.End <= g.Stmt.End &&
			(f.Stmt.Speaker == g.Stmt.Speaker || f.Stmt.SpeakerCountry == "" || f.Stmt.SpeakerCountry == g.Stmt.SpeakerCountry) {
			return true
		}
	}
	return false
}
