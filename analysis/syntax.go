package analysis

import (
	"fmt"
	"iter"
	"strings"

	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/analysis/segment"
	"github.com/stance-project/stance/analysis/syntax"
)

// Parsing. With Options.Syntax the analysis parses the sentences whose
// statements will be read from their trees: every title, and every body
// sentence that names a country or an actor and holds a cue or a lexicon
// term (wantsTree). The trees are kept with the document's state while it
// is analysed (docState.parses, and sentence.tree for the sentences of the
// paragraph being read); nothing reads them yet, so the outputs do not
// depend on them.

// Parse is a sentence of a document as the analysis read it, with its
// dependency tree when the analysis parsed it.
type Parse struct {
	Field      Field
	Start, End int              // byte span of the sentence in Field
	Tree       *syntax.Sentence // nil when the sentence was not parsed
}

// TokenSentence is a sentence of a document as the analysis reads it, with
// the tokens a parser is given.
type TokenSentence struct {
	Field      Field
	Start, End int            // byte span of the sentence in Field
	Tokens     []syntax.Token // the analysis's tokens, byte offsets in Field
}

// DocumentSentences yields the sentences of doc that the analysis reads, in
// its order: the title (its first 8 KiB), when it is not blank, then the
// sentences of the text, split into paragraphs at blank lines and into
// sentences (a sentence longer than 8 KiB cut at a space), tokenized by the
// analysis's tokenizer. The n-th sentence yielded is the n-th of
// [Result.Sentences] and of [Result.Parses]. A sentence may have no token
// (a run of unusual white space). Tokens is reused from one sentence to
// the next: copy it to keep it.
func DocumentSentences(doc corpus.Document) iter.Seq[TokenSentence] {
	return func(yield func(TokenSentence) bool) {
		var toks []token
		var out []syntax.Token
		if strings.TrimSpace(doc.Title) != "" {
			title := segment.CapTitle(doc.Title)
			toks = segment.AppendTokens(toks[:0], title, 0)
			out = syntaxTokens(out, title, toks)
			sp := segment.TitleSpan(title)
			if !yield(TokenSentence{Field: TitleField, Start: sp.Start, End: sp.End, Tokens: out}) {
				return
			}
		}
		for _, p := range segment.Paragraphs(doc.Text) {
			for _, s := range segment.ParagraphSentences(doc.Text, p) {
				toks = segment.AppendTokens(toks[:0], doc.Text[s.Start:s.End], s.Start)
				out = syntaxTokens(out, doc.Text, toks)
				if !yield(TokenSentence{Field: TextField, Start: s.Start, End: s.End, Tokens: out}) {
					return
				}
			}
		}
	}
}

// syntaxTokens returns toks, tokens of text, as a parser's tokens in dst
// (reused): the text as written (the analysis folds ’ to ', the parser
// reads both) and the same offsets.
func syntaxTokens(dst []syntax.Token, text string, toks []token) []syntax.Token {
	dst = dst[:0]
	for _, t := range toks {
		dst = append(dst, syntax.Token{Text: text[t.Start:t.End], Start: t.Start, End: t.End})
	}
	return dst
}

// parserSlot is a parser with its token buffer, reused across documents
// (Analyzer.parsers).
type parserSlot struct {
	p    *syntax.Parser
	toks []syntax.Token
}

// wantsTree reports whether a body sentence with tokens toks and country
// mentions ms (countries.find, already known) is parsed: it names a
// country or an actor of the actor lexicon (on date d) and holds a cue or
// a lexicon term. The cheap tests come first: the countries are known, the
// actors are looked up (on capitalised words only) when there is none, and
// the cues and terms (on lowercase words) last, up to the first found.
func (a *Analyzer) wantsTree(toks []token, ms []mention, d corpus.Date) bool {
	if len(ms) == 0 && (a.actors == nil || len(a.actors.Find(toks, d)) == 0) {
		return false
	}
	for i := range toks {
		if a.cueAt(toks, i) != nil {
			return true
		}
		if _, n := a.termAt(toks, i); n > 0 {
			return true
		}
	}
	return false
}

// parseSentence parses the sentence sp of text (field f of the document),
// whose tokens are toks, when want and a model is set, and keeps the
// result in st.parses (every sentence, parsed or not, with
// Options.KeepParses). It returns the tree, or nil.
func (a *Analyzer) parseSentence(st *docState, f Field, text string, sp span, toks []token, want bool) *syntax.Sentence {
	if st.parser == nil && !a.keepParses {
		return nil
	}
	var tree *syntax.Sentence
	if want && st.parser != nil && len(toks) > 0 {
		ps := st.parser
		ps.toks = syntaxTokens(ps.toks, text, toks)
		tree = ps.p.Parse(ps.toks)
		tree.Text = text[sp.Start:sp.End]
		st.parsed++
	}
	if tree != nil || a.keepParses {
		st.parses = append(st.parses, Parse{Field: f, Start: sp.Start, End: sp.End, Tree: tree})
	}
	return tree
}

// model returns the parser's model for doc: nil when there is none, or
// when doc needs none (no title, and body sentences are not parsed). A
// model given by Options.LoadSyntax is loaded when a document first needs
// it, once.
func (a *Analyzer) model(doc corpus.Document) (*syntax.Model, error) {
	if strings.TrimSpace(doc.Title) == "" && !a.parseBody {
		return nil, nil
	}
	if a.loadSyntax != nil {
		a.syntaxOnce.Do(func() {
			m, err := a.loadSyntax()
			if err != nil {
				a.syntaxErr = fmt.Errorf("load the syntax model: %w", err)
				return
			}
			a.syntax = m
		})
		if a.syntaxErr != nil {
			return nil, a.syntaxErr
		}
	}
	return a.syntax, nil
}
