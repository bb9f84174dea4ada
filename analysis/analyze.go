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
//     spoke and who was named. A rule of extraction reads a view of it
//     (extract's discourse.go) and returns what its statement would tell
//     it (an Update, computed by extract's resolve.go); the update is
//     committed only when the statement is kept.
//   - extract (package analysis/extract): an Extractor (extract.New, made
//     by New) runs an ordered registry of passes, body passes over each
//     paragraph and title passes over the title, then one arbitration
//     step; reported speech is read at a cue by shapes, acts by the CAMEO
//     patterns (annotate.Lexicon.Frame) and the headline grammar, a
//     title's tree by the tree rules, and speakers are resolved against
//     the discourse memory. Each statement found (extract.Found) carries
//     its rule (extract.Rule, with a String for explain and an ID for its
//     golden test, testdata/rules/<id>.txtar). The Analyzer lends it a
//     token arena and a parser of its pools (extract.Input) and scores
//     the statements it hands back (flush).
//   - score (package analysis/score): the lexicon terms of a statement,
//     attached to the countries they speak about by one attacher a
//     lexicon attach kind (rules: score's attachRule), with the roles that
//     keep places and victims out; score.Scorer.Score takes the statement
//     found (extract.Found) and returns its stances.
//
// This package holds the Analyzer (its options, the token arenas and
// parsers it pools, the parser's model it loads), DocumentSentences, and
// the calls into extract and score. The records they produce (Statement, Stance) are those of package
// analysis/record, which aggregate and reports import without this one.
package analysis

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"sync"

	"github.com/cdipaolo/sentiment"

	"github.com/stance-project/stance/analysis/annotate"
	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/analysis/extract"
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
	// determiner ("the border attacks") are parsed to tell which it is,
	// and those with a cue whose subject word order does not find, to take
	// the tree's; with neither, nothing is parsed. ParseBody parses as
	// well the body sentences that name a country or an actor and hold a
	// cue or a lexicon term: no rule reads those trees beyond these, so the
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
	lex     *annotate.Lexicon  // the compiled lexicons and their matchers
	extract *extract.Extractor // the extraction stage
	scorer  *score.Scorer      // the scoring stage
	arenas  sync.Pool          // *[]segment.Token: token arenas reused across documents
	founds  sync.Pool          // *[]extract.Found: statement buffers reused across documents

	// The parser's model (nil: no parsing; loaded once by loadSyntax
	// when it is set), parsers of it reused across documents
	// (*parserSlot), and Options.ParseBody.
	syntax     *syntax.Model
	loadSyntax func() (*syntax.Model, error)
	syntaxOnce sync.Once
	syntaxErr  error
	parsers    sync.Pool
	parseBody  bool
}

// New compiles the lexicons of o.
func New(o Options) (*Analyzer, error) {
	if o.Lexicons == nil {
		return nil, fmt.Errorf("analysis: no lexicons")
	}
	lex := annotate.NewLexicon(annotate.LexiconOptions{Lexicons: o.Lexicons, Actors: o.Actors, NeutralContact: o.Contact == ContactNeutral})
	a := &Analyzer{
		lex:     lex,
		extract: extract.New(extract.Options{Lexicon: lex, ParseBody: o.ParseBody, KeepParses: o.KeepParses}),
		scorer:  score.New(score.Options{Lexicon: lex, Sentiment: o.Sentiment, KeepSelf: o.KeepSelf, Blend: o.Blend}),
	}
	a.syntax, a.loadSyntax = o.Syntax, o.LoadSyntax
	if a.syntax != nil {
		a.loadSyntax = nil
	}
	a.parsers.New = func() any { return &parserSlot{p: a.syntax.NewParser()} }
	a.parseBody = o.ParseBody
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
	arena, _ := a.arenas.Get().(*[]segment.Token)
	if arena == nil {
		arena = new([]segment.Token)
	}
	defer func() {
		// No token outlives Analyze: the Result holds strings only.
		clear(*arena)
		a.arenas.Put(arena)
	}()
	found, _ := a.founds.Get().(*[]extract.Found)
	if found == nil {
		found = new([]extract.Found)
	}
	defer a.founds.Put(found) // Extract returns it cleared
	in := extract.Input{Arena: arena, Found: found}
	if m, err := a.model(doc); err != nil {
		return Result{}, fmt.Errorf("analyse %s: %w", doc.ID, err)
	} else if m != nil {
		ps := a.parsers.Get().(*parserSlot)
		defer func() {
			clear(ps.toks) // they hold the document's text
			a.parsers.Put(ps)
		}()
		in.Parser = ps
	}
	var res Result
	flushed := 0 // statements moved into res so far
	out, err := a.extract.Extract(ctx, doc, in, func(found []extract.Found) { a.flush(doc, found, &flushed, &res) })
	if err != nil {
		return Result{}, fmt.Errorf("analyse %s: %w", doc.ID, err)
	}
	if res.Statements == nil {
		res.Statements, res.Stances = []Statement{}, []Stance{} // as ever: empty, not nil
	}
	res.Sentences, res.Parsed, res.Parses = out.Sentences, out.Parsed, out.Parses
	return res, nil
}

// flush scores found, the statements of doc found since the last flush,
// into res; flushed counts the statements flushed so far (their ids).
func (a *Analyzer) flush(doc corpus.Document, found []extract.Found, flushed *int, res *Result) {
	res.Statements = slices.Grow(res.Statements, len(found))
	res.Stances = slices.Grow(res.Stances, len(found))
	for i := range found {
		f := &found[i]
		*flushed++
		f.Stmt.ID = doc.ID + "#" + strconv.Itoa(*flushed)
		f.Stmt.DocID = doc.ID
		f.Stmt.Date = doc.Date
		res.Statements = append(res.Statements, f.Stmt)
		res.Stances = append(res.Stances, a.scorer.Score(f)...)
	}
}
