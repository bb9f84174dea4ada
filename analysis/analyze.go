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
//     sentence names, once per sentence as it is read, and the compiled
//     lexicons with their matchers (annotate.Lexicon: terms, cues, CAMEO
//     verbs and patterns, word classes; Mentions joins countries and
//     actors), which extraction and scoring share.
//   - discourse (package analysis/discourse): the document's memory of who
//     spoke and who was named. A rule reads a view of it (memoryAt in
//     discourse.go) and returns what its statement would tell it (an
//     Update, computed by resolve.go); the update is committed only when
//     the statement is kept (docState.add).
//   - extract: an ordered registry of passes (extract_registry.go, a file
//     each: extract_*.go), body passes over each paragraph and title passes
//     over the title, then one arbitration step. Reported speech is read at
//     a cue by shapes (reported*.go), acts by the CAMEO patterns
//     (annotate.Lexicon.Frame) and the headline grammar (headrules.go), a
//     title's tree by treerules.go. The statement found and its rule are
//     package analysis/extract's: each statement carries its rule
//     (extract.Rule, with a String for explain and an ID for its golden
//     test, testdata/rules/<id>.txtar); the passes are still this
//     package's.
//   - score (package analysis/score): the lexicon terms of a statement,
//     attached to the countries they speak about by one attacher a
//     lexicon attach kind (rules: score's attachRule), with the roles that
//     keep places and victims out; score.Scorer.Score takes the statement
//     found (extract.Found) and returns its stances.
//
// The records they produce (Statement, Stance) are those of package
// analysis/record, which aggregate and reports import without this one.
package analysis

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/cdipaolo/sentiment"

	"github.com/stance-project/stance/analysis/annotate"
	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/analysis/score"
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

// Analyzer runs the stages: it holds the compiled lexicons
// (annotate.Lexicon) and the scorer (score.Scorer). It is read-only after
// [New].
type Analyzer struct {
	lex    *annotate.Lexicon // the compiled lexicons and their matchers
	scorer *score.Scorer     // the scoring stage
	arenas sync.Pool         // *[]token: token arenas reused across documents

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

// New compiles the lexicons of o.
func New(o Options) (*Analyzer, error) {
	if o.Lexicons == nil {
		return nil, fmt.Errorf("analysis: no lexicons")
	}
	lex := annotate.NewLexicon(annotate.LexiconOptions{Lexicons: o.Lexicons, Actors: o.Actors, NeutralContact: o.Contact == ContactNeutral})
	a := &Analyzer{
		lex:    lex,
		scorer: score.New(score.Options{Lexicon: lex, Sentiment: o.Sentiment, KeepSelf: o.KeepSelf, Blend: o.Blend}),
	}
	a.syntax, a.loadSyntax = o.Syntax, o.LoadSyntax
	if a.syntax != nil {
		a.loadSyntax = nil
	}
	a.parsers.New = func() any { return &parserSlot{p: a.syntax.NewParser()} }
	a.keepParses, a.parseBody = o.KeepParses, o.ParseBody
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
		f.Stmt.ID = st.doc.ID + "#" + strconv.Itoa(st.flushed)
		f.Stmt.DocID = st.doc.ID
		f.Stmt.Date = st.doc.Date
		res.Statements = append(res.Statements, f.Stmt)
		res.Stances = append(res.Stances, a.scorer.Score(f)...)
	}
}

// letGo starts the statements found and the token arena afresh, once
// flushed: a paragraph's tokens are not read once the next paragraph is
// (but for the sentence of st.sent, copied out, and the last statement's
// speaker, kept in st.lastSp), so that a document's memory grows with its
// statements, not with its tokens.
func (st *docState) letGo() {
	if st.LastSp != nil {
		st.LastSp = &found{Stmt: st.LastSp.Stmt} // only its statement is read
	}
	clear(st.found)
	st.found = st.found[:0]
	st.sent = slices.Clone(st.sent)
	clear(st.arena)
	st.arena = st.arena[:0]
}
