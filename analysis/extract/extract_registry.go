package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/stance-project/stance/analysis/annotate"
	"github.com/stance-project/stance/analysis/record"
	"github.com/stance-project/stance/analysis/syntax"
	"github.com/stance-project/stance/lexicons"
)

// Extraction is a registry of passes. A document's title is read by the
// title passes (titlePasses), each paragraph of its text by the body passes
// (bodyPasses), in the order of their lists. A pass reads what the earlier
// passes of its paragraph accepted (para.stmts, and the memory updates of
// para.st.pending through memoryAt) and accepts statements of its own; one
// arbitration step then decides what is kept (arbitrate for the body, the
// fallback rule for titles). Adding a statement rule is a file with its
// pass (or a shape inside one), a line in a list below, a Rule with
// its text and id (rule.go) and a test file
// analysis/testdata/rules/<id>.txtar.

// bodyPass reads a paragraph for statements.
type bodyPass interface {
	// rules are the statement rules the pass may give (for docs and tests).
	rules() []Rule
	// run reads pc and accepts its statements (pc.accept). done ends the
	// paragraph: the pass took it whole, and no other pass reads it.
	run(a *Extractor, pc *para) (done bool)
}

// bodyPasses are the passes over a paragraph, in order.
var bodyPasses = [...]bodyPass{
	introLinePass{},       // extract_intro.go: "Cruz continued:" alone in its paragraph
	headlineLinePass{},    // extract_headline.go: a one-line paragraph that is a headline
	quoteCuePass{},        // extract_quote.go: direct quotes and the cue next to them
	reportedPass{},        // extract_reported.go: reported speech outside the quotes
	pronounQuotePass{},    // extract_quote.go: "“…,” he said" resolved again
	uncuedQuotePass{},     // extract_uncued.go: quotes with no cue of their own
	speechPass{},          // extract_speech.go: sentences of a first-person speech
	actPass{},             // extract_act.go: a country's act or stance in a sentence no statement covers
	reportedActPass{},     // extract_act.go: an act inside reported content
	embeddedNominalPass{}, // extract_embedded.go: a noun-phrase stance inside a statement
	appraisalPass{},       // extract_appraisal.go: ", a move X condemned" after a country's act
	reactionPass{},        // extract_reaction.go: ", angering X" after a country's act
	statedPass{},          // extract_stated.go: "his call for …", a stance named by a noun
}

// titlePass reads a document's title for statements.
type titlePass interface {
	rules() []Rule
	// fallback passes run only when no pass before them read the title.
	fallback() bool
	run(a *Extractor, pt *titleRead)
}

// titlePasses are the passes over a title, in order.
var titlePasses = [...]titlePass{
	titleVisitPass{},       // extract_visit.go: "Boric in Lima, …": a visit
	titleHeadlinePass{},    // extract_headline.go: a speaker and what they say
	titleReportedActPass{}, // extract_act.go: an act inside what a headline reports
	titleInPass{},          // extract_title_in.go: "A, B in border clash", "A in row with B" (fallback)
	titleActPass{},         // extract_title.go: a country's act (fallback)
	titleSubordinatePass{}, // extract_title.go: an act in a subordinate clause
	titleTreePass{},        // treerules.go: the tree's act (fallback)
	titlePairPass{},        // headrules.go: a pair compound, "A-B ties" (fallback)
	titlePairListPass{},    // extract_pair_list.go: "A, B row deepens" (fallback)
	titleNominalPass{},     // extract_title.go: a noun-phrase stance, "A's tariffs on B" (fallback)
	titleReactionPass{},    // extract_reaction.go: ", angering X" after a country's act
	titleEmbeddedPass{},    // extract_embedded.go: a noun-phrase stance inside a statement
}

// titleRead is what the title passes share.
type titleRead struct {
	st    *docState
	title string
	toks  []token
	tree  *syntax.Sentence
	from  int // the index in st.found of the title's first statement
	// visits counts the statements of a visit the title opens with
	// (titleVisitPass), which leave the rest of the title to the
	// fallback passes.
	visits int
}

// readTitle runs the title passes over title.
func (a *Extractor) readTitle(st *docState, title string, toks []token, tree *syntax.Sentence) {
	if a.sportsLabel(toks) {
		return // "Volleyball: A beat B in the final": a sports report
	}
	before := len(st.found)
	pt := &titleRead{st: st, title: title, toks: toks, tree: tree, from: before}
	for _, p := range titlePasses {
		if p.fallback() && len(st.found)-pt.visits != before {
			continue
		}
		p.run(a, pt)
	}
}

// para is what the passes over one paragraph share: its sentences and
// quotes, the statements accepted so far and the cues they used.
type para struct {
	st     *docState
	words  annotate.WordClasses // the lexicon's word classes
	text   string
	p      span
	ss     []sentence
	quotes []qspan
	intro  *found // the previous paragraph's "Cruz continued:"
	stmts  []found
	// usedCue holds the token start offsets of the cues already used.
	usedCue map[int]bool
	// later are quotes whose speaker is a pronoun, resolved again once
	// the paragraph's reported speech is read (pronounQuotePass).
	later []laterQuote
}

// laterQuote is a quote whose speaker is a pronoun ("“...,” he said"):
// the memory resolved it before the paragraph's reported speech was read,
// so it is resolved again after, when the statements before it are known.
type laterQuote struct {
	k, pend int // its index in stmts and in st.pending
	pronoun token
	sent    []token
}

// inQuote returns the index of the quotation of two words or more that
// holds t, or -1.
func (pc *para) inQuote(t token) int {
	for k, q := range pc.quotes {
		if q.Words >= 2 && t.Start >= q.Open && t.Start < q.Close+1 {
			return k
		}
	}
	return -1
}

// accept keeps a candidate statement of the paragraph: later candidates
// read what it tells the memory (memoryAt), which is committed when the
// paragraph's statements are added. In a first-person speech only direct
// quotes are kept (speechPass).
func (pc *para) accept(f found) {
	if !f.Act && len(f.Objects) == 0 && f.Stmt.SpeakerCountry != "" {
		if c := askedAbout(pc.ss, f); c != "" && c != f.Stmt.SpeakerCountry {
			f.Objects = []string{c}
		} else if c := referredTo(pc.ss, f); c != "" && c != f.Stmt.SpeakerCountry {
			f.Objects = []string{c}
		} else if c := saidOf(pc.ss, f); c != "" && c != f.Stmt.SpeakerCountry {
			f.Objects = []string{c}
		}
	}
	if f.Stmt.SpeakerCountry == "" && !f.Act && pc.st.doc.SpeakerCountry == "" {
		if a, b, ok := twoPartiesBefore(pc.words, pc.ss, f); ok {
			// "A's minister met her B counterpart, and the two pledged
			// …": a statement of each about the other, as of a joint
			// subject.
			g := f
			f.Stmt.SpeakerCountry, f.Partners = a, []string{b}
			g.Stmt.SpeakerCountry, g.Partners, g.Mem = b, []string{a}, memoryUpdate{}
			f.Stmt.SpeakerRule = "the two parties of the clause before"
			g.Stmt.SpeakerRule = f.Stmt.SpeakerRule
			pc.push(f)
			pc.push(g)
			return
		}
	}
	pc.push(f)
}

// push adds f to the paragraph's statements, and to the memory's pending
// ones outside a speech (or when it is a quote).
func (pc *para) push(f found) {
	pc.stmts = append(pc.stmts, f)
	if pc.st.doc.SpeakerCountry == "" || f.Stmt.Kind == record.Direct {
		pc.st.pending = append(pc.st.pending, f)
	}
}

// twoPartiesBefore returns, for a statement f whose subject stands for the
// two parties of an encounter ("both", "the two", "both sides", "the two
// leaders": WordClasses.TwoParties) after "and" in its sentence, the two
// countries the sentence names before it, when it names exactly two ("A's
// minister met her B counterpart in C-city, and both pledged …").
func twoPartiesBefore(words annotate.WordClasses, ss []sentence, f found) (string, string, bool) {
	subj := f.Subj
	if !words.TwoParties(subj) {
		return "", "", false
	}
	s, ok := sentenceOf(ss, f)
	if !ok {
		return "", "", false
	}
	k := indexOf(s.toks, subj[0]) // 0 when it is not there
	if k < 2 || s.toks[k-1].Lower != "and" {
		return "", "", false
	}
	var codes []string
	for _, m := range s.ms {
		if m.End > k {
			break
		}
		if len(m.Code) == 3 && !slices.Contains(codes, m.Code) {
			codes = append(codes, m.Code)
		}
	}
	if len(codes) != 2 {
		return "", "", false
	}
	return codes[0], codes[1], true
}

// acceptEach accepts what find finds in each sentence of the paragraph,
// given the statements accepted so far.
func (pc *para) acceptEach(find func(st *docState, text string, field record.Field, toks []token, stmts []found) []found) {
	for _, s := range pc.ss {
		for _, f := range find(pc.st, pc.text, record.TextField, s.toks, pc.stmts) {
			pc.accept(f)
		}
	}
}

// paragraph reads the paragraph p of sentences sents: its passes, then the
// arbitration.
func (a *Extractor) paragraph(st *docState, p span, sents []span) {
	text := st.doc.Text
	pc := &para{st: st, words: a.lex.Words, text: text, p: p, quotes: quotesIn(text, p), ss: make([]sentence, 0, len(sents)), stmts: st.paraStmts[:0], usedCue: st.usedCue}
	if pc.usedCue == nil {
		pc.usedCue = map[int]bool{}
	}
	defer func() {
		// The next paragraph reuses the statements' buffer and the map of
		// cues used, emptied: what was accepted is in st.found by now.
		clear(pc.stmts[:cap(pc.stmts)])
		st.paraStmts = pc.stmts[:0]
		clear(pc.usedCue)
		st.usedCue = pc.usedCue
	}()
	for _, s := range sents {
		toks := st.tokens(text, s)
		ms := a.lex.Countries.Find(toks)
		a.lex.Recase(toks, ms, st.doc.Date) // the names it keeps are ms's
		a.meet(st, toks, ms)
		nouns, subjects := a.treeNeeds(st, toks)
		tree := a.parseSentence(st, record.TextField, text, s, toks, nouns || subjects || st.parser != nil && a.parseBody && a.wantsTree(toks, ms, st.doc.Date))
		if nouns && tree != nil {
			a.markNouns(toks, tree)
		}
		pc.ss = append(pc.ss, sentence{s, toks, ms, tree})
	}
	pc.intro = st.intro
	st.intro = nil
	clear(st.pending)
	st.pending = st.pending[:0]
	for _, ps := range bodyPasses {
		if ps.run(a, pc) {
			return
		}
	}
	a.arbitrate(pc)
	// "Cruz continued:" ending a paragraph of several sentences introduces
	// the quote of the next one: read once its own statements are added.
	if pc.endsColon() && len(pc.ss) > 1 {
		a.readIntro(st, text, pc.ss)
	}
}

// endsColon reports whether the paragraph ends in a colon.
func (pc *para) endsColon() bool {
	return strings.HasSuffix(pc.text[pc.p.Start:pc.p.End], ":") && len(pc.ss) > 0
}

// arbitrate adds the paragraph's statements in the order of the text (a
// joint subject's statement split in one for each country), committing
// what each tells the memory. Precedence between passes is decided before:
// a country's act only where no statement covers the sentence (actPass),
// in a speech only quotes of others besides the speaker's own sentences
// (speechPass).
func (a *Extractor) arbitrate(pc *para) {
	st := pc.st
	sort.SliceStable(pc.stmts, func(i, j int) bool { return pc.stmts[i].Stmt.Start < pc.stmts[j].Stmt.Start })
	a.appraisedActs(pc.stmts, st.found)
	pc.stmts = slices.DeleteFunc(pc.stmts, func(f found) bool { return a.deniedReport(pc.ss, f) })
	for _, f := range pc.stmts {
		if f.Silent {
			st.commit(f.Mem)
			g := f
			st.LastSp = &g
			continue
		}
		a.addJoint(st, f) // commits f.mem, in the order of the text
	}
	clear(st.pending)
	st.pending = st.pending[:0]
}

// deniedReport reports whether f is told inside the that-clause of a
// report its sentence opens with and denies ("Reports that A had
// threatened B were denied by A's ministry", "Claims that A rejected B's
// offer have been dismissed"): a noun of class report within the first
// four words, "that", and, after the start of f's content, a passive of
// a verb of class deny or reject. What the report says is not asserted;
// the denial is a statement of its own.
func (a *Extractor) deniedReport(ss []sentence, f found) bool {
	s, ok := sentenceOf(ss, f)
	if !ok {
		return false
	}
	toks := s.toks
	r := -1
	for k := 0; k+1 < len(toks) && k < 4; k++ {
		if a.lex.Words.Is(toks[k].Lower, lexicons.WordReport) && toks[k+1].Lower == "that" {
			r = k + 1
			break
		}
		if !toks[k].Word {
			return false
		}
	}
	if r < 0 || f.Stmt.Start < toks[r].End {
		return false
	}
	for k := r + 1; k+1 < len(toks); k++ {
		if toks[k].Start < f.Stmt.Start || !annotate.IsBe(toks[k].Lower) && toks[k].Lower != "been" {
			continue
		}
		if a.lex.Words.Is(toks[k+1].Lower, lexicons.WordDeny, lexicons.WordReject) {
			return true
		}
	}
	return false
}

// appraisedActs gives a judgement of an act named by a noun of its own
// ("Y's president denounced the move as hostile", "condemned the
// decision") the country whose act came before it in the paragraph as
// its object: "A closed its border with Y, and Y's president denounced
// the move", "Y called the decision unjustified". The statement's cue is
// evaluative or of regarding (words.tsv regard), its content opens with a
// determiner and a noun of class appraised and names no country, and the
// act before it is another country's: the nearest statement before it in
// its paragraph, or, when none is, the last statement of the paragraphs
// before (prev, the document's statements so far). stmts are in the
// order of the text.
func (a *Extractor) appraisedActs(stmts, prev []found) {
	for k := range stmts {
		f := &stmts[k]
		if f.Act || len(f.Objects) > 0 || f.Stmt.SpeakerCountry == "" || f.CueTerm == nil || !f.CueTerm.Evaluative && !a.lex.Words.CueIs(f.CueTerm, lexicons.WordRegard) || len(f.Toks) < 2 {
			continue
		}
		if !annotate.IsDeterminer(f.Toks[0].Lower) || !a.lex.Words.Is(f.Toks[1].Lower, lexicons.WordAppraised) || len(a.lex.Countries.Find(f.Toks)) > 0 {
			continue
		}
		before := slices.IndexFunc(stmts[:k], func(g found) bool { return g.Stmt.Field == f.Stmt.Field && g.Stmt.End <= f.Stmt.Start }) >= 0
		for j := k - 1; j >= 0; j-- {
			g := stmts[j]
			if g.Stmt.Field != f.Stmt.Field || g.Stmt.End > f.Stmt.Start {
				continue
			}
			appraisedAct(f, g)
			break // the nearest statement before it only
		}
		if !before && len(prev) > 0 && prev[len(prev)-1].Stmt.Field == f.Stmt.Field {
			// The paragraph opens with the judgement: the act is the
			// last statement of the paragraph before ("A expelled a Y
			// diplomat. ¶ Y called the decision unjustified").
			appraisedAct(f, prev[len(prev)-1])
		}
	}
}

// appraisedAct gives f, a judgement of an act named by a noun, the
// country of g as its object when g, the statement before it, is another
// country's act.
func appraisedAct(f *found, g found) {
	if g.Act && g.Stmt.SpeakerCountry != "" && g.Stmt.SpeakerCountry != f.Stmt.SpeakerCountry && len(g.Stmt.SpeakerCountry) == 3 {
		f.Objects = []string{g.Stmt.SpeakerCountry}
	}
}

// askedAbout returns the country a sentence opens by asking about
// ("Asked about X, the minister said: …", "Asked whether X could be
// trusted, …"), the one country named before its first comma, when the
// statement f is said after that comma and names no country itself: what
// it says is about that country. It returns "" otherwise.
func askedAbout(ss []sentence, f found) string {
	s, ok := sentenceOf(ss, f)
	if !ok {
		return ""
	}
	toks := s.toks
	if len(toks) < 4 || toks[0].Lower != "asked" || !askedWords[toks[1].Lower] {
		return ""
	}
	c := slices.IndexFunc(toks, func(t token) bool { return t.Text == "," })
	if c < 0 || toks[c].End > f.Stmt.Start {
		return ""
	}
	code := ""
	for _, m := range s.ms {
		start := toks[m.Tok].Start
		if start >= f.Stmt.Start && start < f.Stmt.End {
			return "" // the statement names a country of its own
		}
		if m.End <= c {
			if code != "" && code != m.Code {
				return ""
			}
			code = m.Code
		}
	}
	return code
}

// referredTo returns the country a phrase of reference after the
// statement f names (", referring to X's closure of the border", ", in
// reference to X", ", alluding to X"): the first country within six words
// after "to" and before the next comma, when the statement's content
// names no country itself. It returns "" otherwise.
func referredTo(ss []sentence, f found) string {
	s, ok := sentenceOf(ss, f)
	if !ok {
		return ""
	}
	toks := s.toks
	if namesOwnCountry(s, f) {
		return ""
	}
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].Start < f.Stmt.End || toks[k-1].Text != "," {
			continue
		}
		to := k + 1 // the "to" of the phrase
		switch {
		case toks[k].Lower == "referring" || toks[k].Lower == "alluding":
		case toks[k].Lower == "in" && toks[k+1].Lower == "reference":
			to = k + 2
		default:
			continue
		}
		if to >= len(toks) || toks[to].Lower != "to" {
			continue
		}
		return firstCountryAfter(s, to, 6)
	}
	return ""
}

// saidOf returns the country the phrase of "of" right after the cue of
// the statement f names, when the cue follows the content ("“…,” the
// minister said of X's referendum", "“…,” she said of the Xian move"):
// the first country within five words after "of" and before the next
// comma, when the content names no country itself. It returns ""
// otherwise.
func saidOf(ss []sentence, f found) string {
	s, ok := sentenceOf(ss, f)
	if !ok || f.Stmt.Cue == "" {
		return ""
	}
	toks := s.toks
	if namesOwnCountry(s, f) {
		return ""
	}
	cue := f.Stmt.Cue[strings.LastIndexByte(f.Stmt.Cue, ' ')+1:]
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].Start < f.Stmt.End || toks[k].Lower != cue {
			continue
		}
		of := k + 1
		if toks[of].Lower != "of" {
			return ""
		}
		return firstCountryAfter(s, of, 5)
	}
	return ""
}

// firstCountryAfter returns the first country of the sentence s named
// within limit words after s.toks[j] and before the next comma, or "".
func firstCountryAfter(s sentence, j, limit int) string {
	for _, m := range s.ms {
		if m.Tok > j && m.Tok <= j+limit && !slices.ContainsFunc(s.toks[j:m.Tok], func(t token) bool { return t.Text == "," }) {
			return m.Code
		}
	}
	return ""
}

// namesOwnCountry reports whether a country of the sentence s is named
// inside the content of the statement f.
func namesOwnCountry(s sentence, f found) bool {
	return slices.ContainsFunc(s.ms, func(m mention) bool {
		start := s.toks[m.Tok].Start
		return start >= f.Stmt.Start && start < f.Stmt.End
	})
}

// sentenceOf returns the sentence of ss the statement f starts in.
func sentenceOf(ss []sentence, f found) (sentence, bool) {
	for _, s := range ss {
		if f.Stmt.Start >= s.sp.Start && f.Stmt.Start < s.sp.End {
			return s, true
		}
	}
	return sentence{}, false
}

// askedWords follow "Asked" opening a sentence on what was asked.
var askedWords = map[string]bool{"about": true, "on": true, "whether": true, "if": true}
