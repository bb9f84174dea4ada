// Package analysis finds statements in documents, attributes them to
// speakers and their countries, finds the countries each statement is about
// and scores the speaker's stance toward each.
//
// [Analyzer.Analyze] runs the stages on one document and returns its
// statements and stances. An Analyzer is built once from the lexicons and
// is safe for concurrent use. The stages, in order:
//
//   - segment (package analysis/segment): paragraphs, sentences, tokens and
//     quotations, each a byte span of the text.
//   - syntax (package analysis/syntax): the dependency parser, for titles
//     (and, with Options.ParseBody, body sentences).
//   - annotate (package analysis/annotate): the countries and the actors a
//     sentence names, once per sentence as it is read (mentions.go joins
//     them).
//   - discourse (package analysis/discourse): the document's memory of who
//     spoke and who was named. A rule reads a view of it (memoryAt in
//     discourse.go) and returns what its statement would tell it (an
//     Update, computed by resolve.go); the update is committed only when
//     the statement is kept (docState.add).
//   - extract: an ordered registry of passes (extract_registry.go, a file
//     each: extract_*.go), body passes over each paragraph and title passes
//     over the title, then one arbitration step. Reported speech is read at
//     a cue by shapes (reported*.go), acts by the CAMEO patterns (frames.go)
//     and the headline grammar (headrules.go), a title's tree by
//     treerules.go. Each statement carries its rule (stmtRule, with a
//     String for explain and an ID for its golden test,
//     testdata/rules/<id>.txtar).
//   - score: the lexicon terms of a statement (score.go), attached to the
//     countries they speak about by one attacher a lexicon attach kind
//     (attach.go; rules attachRule), with the roles that keep places and
//     victims out (roles.go).
//
// The records they produce (Statement, Stance) are those of package
// analysis/record, which aggregate and reports import without this one.
package analysis

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/cdipaolo/sentiment"

	"github.com/stance-project/stance/analysis/annotate"
	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/analysis/segment"
	"github.com/stance-project/stance/analysis/syntax"
	"github.com/stance-project/stance/lexicons"
)

// Options configure an [Analyzer].
type Options struct {
	// Lexicons are the loaded word lists (lexicons.Load).
	Lexicons *lexicons.Set
	// Sentiment is cdipaolo's restored model (sentiment.Restore). When nil,
	// general_sentiment is left unknown (NaN).
	Sentiment sentiment.Models
	// KeepSelf keeps stances of a speaker toward its own country.
	KeepSelf bool
	// Blend adds Blend × general_sentiment to the stance of statements with
	// lexicon evidence (0, the default, keeps cdipaolo's model out of the
	// stance: on the dev files blending did not help; see the README).
	Blend float64
	// Actors are the rows of the actor lexicon (lexicons.LoadActors):
	// people and institutions with the country they speak for, by date.
	Actors []lexicons.Actor
	// Syntax is the parser's model (syntax.Load), or LoadSyntax loads it
	// when a document first needs it (a document with a title, or a news
	// document; a corpus of speeches with no titles never loads it). With
	// a model, titles are parsed and the rules of the tree read them where
	// the rules of word order found nothing (see Result.Parsed), and in
	// news bodies the sentences where a cue's form could be a noun after a
	// determiner ("the border attacks") are parsed to tell which it is;
	// with neither, nothing is parsed. ParseBody parses as well the body
	// sentences that name a country or an actor and hold a cue or a
	// lexicon term: no rule reads those trees beyond the nouns, so the
	// outputs are the same (stance explain -syntax shows them).
	Syntax     *syntax.Model
	LoadSyntax func() (*syntax.Model, error)
	ParseBody  bool
	// KeepParses returns the document's sentences with their trees in
	// Result.Parses (for stance explain -syntax).
	KeepParses bool
	// Contact says how contact scores: meetings, visits, calls, talks
	// (lexicon class CONSULT). ContactCooperation, the default, counts
	// them as the weak cooperation event data sees in them (CAMEO 04,
	// Goldstein +1 … +4); ContactNeutral scores them 0, for corpora
	// annotated that way.
	Contact Contact
}

// Contact is how contact (meetings, visits, talks) scores: see
// Options.Contact.
type Contact uint8

// Ways to score contact.
const (
	ContactCooperation Contact = iota
	ContactNeutral
)

// Analyzer holds the compiled lexicons. It is read-only after [New].
type Analyzer struct {
	countries *annotate.Countries
	terms     map[string][]lexTerm // first word → terms
	cues      map[string][]lexCue
	events    *lexicons.Events // CAMEO verb blocks and patterns (nil: none)
	pasts     map[string]bool  // irregular past forms (held, began), from irregular.tsv
	// patternVerbs are the CAMEO verbs that are an event only in a pattern,
	// by first word.
	patternVerbs map[string][]lexTerm
	synsets      map[string][][]string  // the CAMEO synonym sets, each word split
	blocks       map[string]*blockIndex // the CAMEO blocks' patterns, by anchor
	roles        map[string]string      // word → title, person, group or institution
	words        wordClasses            // words.tsv
	actors       *annotate.Actors
	sentiment    sentiment.Models
	keepSelf     bool
	blend        float64
	arenas       sync.Pool // *[]token: token arenas reused across documents

	// The parser's model (nil: no parsing; loaded once by loadSyntax
	// when it is set), parsers of it reused across documents
	// (*parserSlot), and Options.KeepParses and ParseBody.
	syntax     *syntax.Model
	loadSyntax func() (*syntax.Model, error)
	syntaxOnce sync.Once
	syntaxErr  error
	parsers    sync.Pool
	keepParses bool
	parseBody  bool
}

type lexTerm struct {
	words  []string
	weight float64
	label  string // the row as written in the lexicon, for evidence
	attach lexicons.Attach
	class  string // the lexicon's class (SUPPORT, SPORT ...)
	code   string // CAMEO code of an imported row
	source string // lexicons.SourceOurs or SourceCAMEO
	// blocks are the CAMEO verb blocks the form belongs to: their patterns
	// may give the verb a frame (and, for an imported row, a code).
	blocks []string
	// form is, for an imported verb, which form of it the row is: the
	// matcher takes it only where that form reads as a verb (verbUse).
	form verbForm
}

type lexCue struct {
	words      []string
	evaluative bool
	think      bool
	weight     float64
	bare       bool     // a form a noun can share: no cue after a determiner or a verb
	noun       bool     // a form of a verb that is a common noun: a cue only after its subject
	form       verbForm // of a noun form: the lemma or the -s form
}

// New compiles the lexicons of o.
func New(o Options) (*Analyzer, error) {
	if o.Lexicons == nil {
		return nil, fmt.Errorf("analysis: no lexicons")
	}
	a := &Analyzer{
		countries: annotate.NewCountries(o.Lexicons),
		terms:     map[string][]lexTerm{},
		cues:      map[string][]lexCue{},
		roles:     o.Lexicons.Roles,
		words:     wordClasses(o.Lexicons.Words),
		actors:    annotate.NewActors(o.Actors),
		sentiment: o.Sentiment,
		keepSelf:  o.KeepSelf,
		blend:     o.Blend,
	}
	a.syntax, a.loadSyntax = o.Syntax, o.LoadSyntax
	if a.syntax != nil {
		a.loadSyntax = nil
	}
	a.parsers.New = func() any { return &parserSlot{p: a.syntax.NewParser()} }
	a.keepParses, a.parseBody = o.KeepParses, o.ParseBody
	a.events = o.Lexicons.Events
	a.pasts = map[string]bool{}
	for _, forms := range o.Lexicons.Irregular {
		for _, f := range forms {
			if !strings.HasSuffix(f, "s") && !strings.HasSuffix(f, "ing") {
				a.pasts[f] = true
			}
		}
	}
	for _, t := range o.Lexicons.Terms {
		lt := lexTerm{words: t.Words, weight: t.Weight, label: t.Label, attach: t.Attach, class: t.Class, code: t.Code, source: t.Source}
		if lt.label == "" {
			lt.label = strings.Join(t.Words, " ")
		}
		if t.Source == lexicons.SourceCAMEO {
			lt.label += " [CAMEO " + t.Code + "]"
			lt.form = verbFormOf(t.Words[0], strings.Fields(t.Label)[0])
		}
		if a.events != nil {
			lt.blocks = a.events.FormBlocks[strings.Join(t.Words, " ")]
		}
		if o.Contact == ContactNeutral && (t.Class == lexicons.ClassConsult || isContactCode(t.Code)) {
			lt.weight = 0
		}
		a.terms[t.Words[0]] = append(a.terms[t.Words[0]], lt)
	}
	if ev := o.Lexicons.Events; ev != nil {
		a.synsets = map[string][][]string{}
		for name, words := range ev.Synsets {
			for _, w := range words {
				if ws := strings.Fields(w); len(ws) > 0 {
					a.synsets[name] = append(a.synsets[name], ws)
				}
			}
		}
		a.blocks = map[string]*blockIndex{}
		for b, ps := range ev.Blocks {
			a.blocks[b] = newBlockIndex(ps, a.synsets)
		}
	}
	// CAMEO verbs that are no event alone, and whose forms are not ours:
	// they count only in a pattern that gives them a code.
	if ev := o.Lexicons.Events; ev != nil {
		a.patternVerbs = map[string][]lexTerm{}
		for _, t := range ev.PatternOnly {
			lt := lexTerm{words: t.Words, label: t.Label, attach: t.Attach, class: t.Class, source: t.Source,
				blocks: ev.FormBlocks[strings.Join(t.Words, " ")], form: verbFormOf(t.Words[0], strings.Fields(t.Label)[0])}
			a.patternVerbs[t.Words[0]] = append(a.patternVerbs[t.Words[0]], lt)
		}
	}
	for _, c := range o.Lexicons.Cues {
		a.cues[c.Words[0]] = append(a.cues[c.Words[0]], lexCue{words: c.Words, evaluative: c.Evaluative, think: c.Think, weight: c.Weight, bare: c.Bare, noun: c.Noun, form: cueFormOf(c)})
	}
	return a, nil
}

// Result is what one document yields.
type Result struct {
	Statements []Statement
	Stances    []Stance
	Sentences  int // sentences read (title included)
	Parsed     int // sentences parsed (Options.Syntax)
	// Parses are, with Options.KeepParses, the sentences read (the title
	// first), in order, each with its tree when it was parsed.
	Parses []Parse
}

// Analyze runs every stage on one document. It returns an empty Result
// when the syntax model of Options.LoadSyntax fails to load (the error is
// AnalyzeContext's).
func (a *Analyzer) Analyze(doc corpus.Document) Result {
	r, _ := a.AnalyzeContext(context.Background(), doc)
	return r
}

// AnalyzeContext is [Analyzer.Analyze] that stops early when ctx is done:
// it looks at ctx between pieces of the text (a paragraph, or at most 128
// KiB of one), so that a huge document stops within milliseconds, and
// then returns an empty Result and an error wrapping ctx.Err().
func (a *Analyzer) AnalyzeContext(ctx context.Context, doc corpus.Document) (Result, error) {
	done := ctx.Done() // nil, never ready, for context.Background
	stopped := func() bool {
		select {
		case <-done:
			return true
		default:
			return false
		}
	}
	st := &docState{doc: doc}
	if p, ok := a.arenas.Get().(*[]token); ok {
		st.arena = (*p)[:0]
	}
	defer func() {
		// No token outlives Analyze: the Result holds strings only.
		clear(st.arena)
		a.arenas.Put(&st.arena)
	}()
	if m, err := a.model(doc); err != nil {
		return Result{}, fmt.Errorf("analyse %s: %w", doc.ID, err)
	} else if m != nil {
		st.parser = a.parsers.Get().(*parserSlot)
		defer func() {
			clear(st.parser.toks) // they hold the document's text
			a.parsers.Put(st.parser)
		}()
	}
	var res Result
	if strings.TrimSpace(doc.Title) != "" {
		res.Sentences++
		title := segment.CapTitle(doc.Title)
		toks := segment.Tokenize(title)
		tree := a.parseSentence(st, TitleField, title, segment.TitleSpan(title), toks, true)
		a.readTitle(st, title, toks, tree)
	}
	for _, p := range segment.Paragraphs(doc.Text) {
		if stopped() {
			return Result{}, fmt.Errorf("analyse %s: %w", doc.ID, ctx.Err())
		}
		sents := segment.ParagraphSentences(doc.Text, p)
		res.Sentences += len(sents)
		for _, piece := range segment.CapParagraph(p, sents) {
			if stopped() {
				return Result{}, fmt.Errorf("analyse %s: %w", doc.ID, ctx.Err())
			}
			a.paragraph(st, piece.Span, piece.Sents)
			if len(st.arena) >= flushTokens {
				a.flush(st, &res)
				st.letGo()
			}
		}
	}
	a.flush(st, &res)
	if res.Statements == nil {
		res.Statements, res.Stances = []Statement{}, []Stance{} // as ever: empty, not nil
	}
	res.Parsed = st.parsed
	if a.keepParses {
		res.Parses = st.parses
	}
	return res, nil
}

// flushTokens is how many tokens the arena holds before the statements
// found are flushed and the tokens let go: more than most documents have
// (some 80 KiB of text), so that they are scored in one go at their end,
// and few enough (under 1 MiB) that a huge document's tokens do not pile
// up.
const flushTokens = 1 << 14

// flush scores the statements found since the last flush into res.
func (a *Analyzer) flush(st *docState, res *Result) {
	res.Statements = slices.Grow(res.Statements, len(st.found))
	res.Stances = slices.Grow(res.Stances, len(st.found))
	for i := range st.found {
		f := &st.found[i]
		st.flushed++
		f.stmt.ID = st.doc.ID + "#" + strconv.Itoa(st.flushed)
		f.stmt.DocID = st.doc.ID
		f.stmt.Date = st.doc.Date
		res.Statements = append(res.Statements, f.stmt)
		res.Stances = append(res.Stances, a.score(f)...)
	}
}

// letGo starts the statements found and the token arena afresh, once
// flushed: a paragraph's tokens are not read once the next paragraph is
// (but for the sentence of st.sent, copied out, and the last statement's
// speaker, kept in st.lastSp), so that a document's memory grows with its
// statements, not with its tokens.
func (st *docState) letGo() {
	if st.LastSp != nil {
		st.LastSp = &found{stmt: st.LastSp.stmt} // only its statement is read
	}
	clear(st.found)
	st.found = st.found[:0]
	st.sent = slices.Clone(st.sent)
	clear(st.arena)
	st.arena = st.arena[:0]
}

// generalSentiment is cdipaolo's score of text mapped to [-1, 1]: 2p − 1
// with p the model's probability of the positive class, or ±1 from its
// class when the probability underflows.
func (a *Analyzer) generalSentiment(text string) float64 {
	if a.sentiment == nil {
		return math.NaN()
	}
	m := a.sentiment[sentiment.English]
	if m == nil {
		return math.NaN()
	}
	class, p := m.Probability(text)
	if math.IsNaN(p) || math.IsInf(p, 0) {
		if m.Predict(text) == 1 {
			return 1
		}
		return -1
	}
	if class == 0 {
		p = 1 - p
	}
	return 2*p - 1
}
