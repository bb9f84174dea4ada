package analysis

import (
	"fmt"
	"iter"
	"strings"

	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/analysis/extract"
	"github.com/stance-project/stance/analysis/segment"
	"github.com/stance-project/stance/analysis/syntax"
)

// Parsing. The Analyzer owns the parser's model (Options.Syntax, or
// Options.LoadSyntax loaded when a document first needs it) and a pool of
// parsers; the extraction (package analysis/extract) decides which
// sentences it parses and lends one of them (extract.Input.Parser).
// DocumentSentences yields the sentences as the analysis reads them, with
// the tokens a parser is given.

// Parse is a sentence of a document as the analysis read it, with its
// dependency tree when the analysis parsed it: an alias of
// [extract.Parse].
type Parse = extract.Parse

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
		var toks []segment.Token
		var out []syntax.Token
		if strings.TrimSpace(doc.Title) != "" {
			title := segment.CapTitle(doc.Title)
			sp := segment.TitleSpan(title)
			toks = segment.AppendTokens(toks[:0], title[sp.Start:sp.End], sp.Start)
			out = syntaxTokens(out, title, toks)
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
func syntaxTokens(dst []syntax.Token, text string, toks []segment.Token) []syntax.Token {
	dst = dst[:0]
	for _, t := range toks {
		w := text[t.Start:t.End]
		if !t.Cap && w != "" && 'A' <= w[0] && w[0] <= 'Z' {
			// A word of a title-case line that annotate.Recase read in
			// lower case: the parser reads it so too.
			w = strings.ToLower(w[:1]) + w[1:]
		}
		dst = append(dst, syntax.Token{Text: w, Start: t.Start, End: t.End})
	}
	return dst
}

// parserSlot is a parser with its token buffer, reused across documents
// (Analyzer.parsers).
type parserSlot struct {
	p    *syntax.Parser
	toks []syntax.Token
}

// Parse parses the sentence whose tokens, toks, are tokens of text, with
// the slot's buffer: the slot is the extraction's parser (extract.Parser).
func (ps *parserSlot) Parse(text string, toks []segment.Token) *syntax.Sentence {
	ps.toks = syntaxTokens(ps.toks, text, toks)
	return ps.p.Parse(ps.toks)
}

// model returns the parser's model for doc: nil when there is none, or
// when doc needs none (no title, and body sentences are not parsed). A
// model given by Options.LoadSyntax is loaded when a document first needs
// it, once.
func (a *Analyzer) model(doc corpus.Document) (*syntax.Model, error) {
	if strings.TrimSpace(doc.Title) == "" && !a.parseBody && doc.SpeakerCountry != "" {
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
