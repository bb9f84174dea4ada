package extract

import (
	"context"
	"slices"
	"strings"

	"github.com/stance-project/stance/analysis/annotate"
	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/analysis/record"
	"github.com/stance-project/stance/analysis/segment"
)

// Options configure an [Extractor].
type Options struct {
	// Lexicon is the compiled lexicons and their matchers
	// (annotate.NewLexicon), which scoring shares.
	Lexicon *annotate.Lexicon
	// ParseBody parses as well, when Input.Parser is set, the body
	// sentences that name a country or an actor and hold a cue or a
	// lexicon term: no rule reads those trees beyond the nouns and the
	// subjects of cues (parse.go), so the statements are the same (stance
	// explain -syntax shows them).
	ParseBody bool
	// KeepParses returns the document's sentences with their trees in
	// Output.Parses (for stance explain -syntax).
	KeepParses bool
}

// Extractor finds the statements of documents: it holds the compiled
// lexicons (annotate.Lexicon) and runs the passes of the registry. It is
// read-only after [New] and safe for concurrent use.
type Extractor struct {
	lex        *annotate.Lexicon // the compiled lexicons and their matchers
	parseBody  bool              // Options.ParseBody
	keepParses bool              // Options.KeepParses
}

// New returns an Extractor of the lexicon of o.
func New(o Options) *Extractor {
	return &Extractor{lex: o.Lexicon, parseBody: o.ParseBody, keepParses: o.KeepParses}
}

// Input is what the caller lends [Extractor.Extract] for one document.
type Input struct {
	// Parser parses the sentences a rule needs a tree of; nil: none is
	// parsed.
	Parser Parser
	// Arena, when not nil, is a token arena reused across documents: the
	// document's tokens are appended to (*Arena)[:0], and *Arena is the
	// arena in use when Extract returns, its tokens still set (the
	// caller clears it before it reuses it).
	Arena *[]segment.Token
	// Found, when not nil, is a slice of statements reused across
	// documents: the document's statements are kept in (*Found)[:0] until
	// flushed, and *Found is that slice, cleared, when Extract returns.
	Found *[]Found
}

// Output is what [Extractor.Extract] tells of a document besides its
// statements.
type Output struct {
	Sentences int // sentences read (title included)
	Parsed    int // sentences parsed (Input.Parser)
	// Parses are, with Options.KeepParses, the sentences read (the title
	// first), in order, each with its tree when it was parsed.
	Parses []Parse
}

// Extract reads doc: its title by the title passes, then its text
// paragraph by paragraph by the body passes and the arbitration. flush
// receives the statements kept since its last call, in the order of the
// text: after a paragraph once the token arena holds FlushTokens tokens,
// and at the end. It may change them (the Analyzer sets their ids); once
// it returns, Extract lets them go, and their tokens with the arena.
// Extract stops early when ctx is done: it looks at ctx between pieces of
// the text (a paragraph, or at most 128 KiB of one), and then returns
// ctx.Err().
func (a *Extractor) Extract(ctx context.Context, doc corpus.Document, in Input, flush func([]Found)) (Output, error) {
	done := ctx.Done() // nil, never ready, for context.Background
	stopped := func() bool {
		select {
		case <-done:
			return true
		default:
			return false
		}
	}
	st := &docState{doc: doc, parser: in.Parser, dateline: a.datelineCountry(doc.Text)}
	if in.Arena != nil {
		st.arena = (*in.Arena)[:0]
		defer func() { *in.Arena = st.arena }()
	}
	if in.Found != nil {
		st.found = (*in.Found)[:0]
		defer func() {
			clear(st.found)
			*in.Found = st.found[:0]
		}()
	}
	var out Output
	// The title of a first-person speech names its occasion ("Security
	// Council, 9000th meeting: the situation in X"): it says nothing of the
	// speaker's, and gives no statement.
	if strings.TrimSpace(doc.Title) != "" && doc.SpeakerCountry == "" {
		out.Sentences++
		title := segment.CapTitle(doc.Title)
		tsp := segment.TitleSpan(title)
		toks := segment.AppendTokens(nil, title[tsp.Start:tsp.End], tsp.Start)
		a.lex.Recase(toks, a.lex.Countries.Find(toks), doc.Date)
		body := a.afterLabels(st, toks)
		// A topic label that names one country tells what the title is
		// about ("Peru floods: Chile pledges aid").
		about := a.labelCountry(toks[:len(toks)-len(body)], doc.Date)
		titleFrom := len(st.found)
		if parts := titleClauses(body); len(parts) > 1 {
			// "A recognises B; C recalls envoys": each clause is a title,
			// after a topic label too ("Topic: A recognises B; …").
			var before []string // the countries that spoke or acted in the clauses before
			for _, c := range parts {
				from := len(st.found)
				tree := a.parseSentence(st, record.TitleField, title, span{Start: c[0].Start, End: c[len(c)-1].End}, c, true)
				a.readTitle(st, title, c, tree)
				a.answerBefore(st, st.found[from:], before)
				spoke := false
				for _, f := range st.found[from:] {
					if f.Stmt.SpeakerCountry != "" && !slices.Contains(before, f.Stmt.SpeakerCountry) {
						before = append(before, f.Stmt.SpeakerCountry)
					}
					spoke = spoke || f.Stmt.SpeakerCountry != ""
				}
				if !spoke {
					// A clause no pass read still has its subject: "A
					// expands its navy; B voices concern".
					for _, code := range a.openingCountries(st, c) {
						if !slices.Contains(before, code) {
							before = append(before, code)
						}
					}
				}
			}
		} else {
			tree := a.parseSentence(st, record.TitleField, title, tsp, toks, true)
			a.readTitle(st, title, toks, tree)
		}
		a.aboutLabel(st, st.found[titleFrom:], about)
	}
	for _, p := range segment.Paragraphs(doc.Text) {
		if stopped() {
			return Output{}, ctx.Err()
		}
		sents := segment.ParagraphSentences(doc.Text, p)
		out.Sentences += len(sents)
		for _, piece := range segment.CapParagraph(p, sents) {
			if stopped() {
				return Output{}, ctx.Err()
			}
			a.paragraph(st, piece.Span, piece.Sents)
			if len(st.arena) >= FlushTokens {
				flush(st.found)
				st.letGo()
			}
		}
	}
	flush(st.found)
	out.Parsed = st.parsed
	if a.keepParses {
		out.Parses = st.parses
	}
	return out, nil
}

// FlushTokens is how many tokens the arena holds before the statements
// found are flushed and the tokens let go: more than most documents have
// (some 80 KiB of text), so that they are scored in one go at their end,
// and few enough (under 1 MiB) that a huge document's tokens do not pile
// up.
const FlushTokens = 1 << 14

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

// answerBefore makes the countries of a title's earlier clauses the
// objects of an act, or of a speaker's headline statement, in a later one
// that names no other country: "A recognises B; C recalls envoys in
// protest" is C's act toward A, "A, B hold drills; C warns of 'firm
// response'" C's warning to A and B.
func (a *Extractor) answerBefore(st *docState, fs []found, before []string) {
	for k := range fs {
		f := &fs[k]
		if !f.Act && f.Stmt.Kind != record.Headline || len(f.Objects) > 0 || f.Stmt.SpeakerCountry == "" || a.namesOther(st, f.Toks, f.Stmt.SpeakerCountry) {
			continue
		}
		for _, c := range before {
			if c != f.Stmt.SpeakerCountry && len(c) == 3 {
				f.Objects = append(f.Objects, c)
			}
		}
	}
}

// aboutLabel gives the country a title's topic label names (about, see
// labelCountry) to the title's statements and acts whose speaker is
// another country and whose content names no other: "Peru floods: Chile
// pledges aid" (Found.About).
func (a *Extractor) aboutLabel(st *docState, fs []found, about []string) {
	if len(about) == 0 {
		return
	}
	for k := range fs {
		f := &fs[k]
		if f.Stmt.SpeakerCountry == "" || f.Stmt.SpeakerCountry == about[0] || len(f.Objects) > 0 || a.namesOther(st, f.Toks, f.Stmt.SpeakerCountry) {
			continue
		}
		f.About = about
	}
}

// labelCountry returns the country a title's topic label names, as a
// slice of one, or nil when the label names none or several ("A-B
// talks:" is about a relation, not one country).
func (a *Extractor) labelCountry(label []token, date corpus.Date) []string {
	if len(label) == 0 {
		return nil
	}
	var out []string
	for _, m := range a.lex.Mentions(label, date) {
		if !slices.Contains(out, m.Code) {
			out = append(out, m.Code)
		}
	}
	if len(out) != 1 {
		return nil
	}
	return out
}

// openingCountries returns the countries a clause opens with, its
// subject: "A", "the A", "A, B", "A and B".
func (a *Extractor) openingCountries(st *docState, toks []token) []string {
	var out []string
	for _, m := range a.openingMentions(st, toks) {
		out = append(out, m.Code)
	}
	return out
}

// openingMentions returns the mentions of the countries a clause opens
// with (openingCountries).
func (a *Extractor) openingMentions(st *docState, toks []token) []mention {
	return openingOf(a.lex.Mentions(toks, st.doc.Date), toks)
}

// openingOf returns the mentions of ms, found in toks, that the clause
// opens with (openingMentions).
func openingOf(ms []mention, toks []token) []mention {
	var out []mention
	at := 0
	if len(toks) > 0 && toks[0].Lower == "the" {
		at = 1
	}
	for _, m := range ms {
		if m.Tok != at || len(m.Code) != 3 {
			break
		}
		out = append(out, m)
		if m.End >= len(toks) || toks[m.End].Text != "," && toks[m.End].Lower != "and" {
			break
		}
		at = m.End + 1
	}
	return out
}

// titleClauses splits a title at its semicolons into clauses of two words
// or more, each after the first opening with its own subject ("A
// recognises B; C recalls envoys"). A title with a colon or a dash is one:
// its speaker or source says every clause ("PM: A; B", "A; B — ministry");
// so is one whose later clause has no subject ("A does X; vows Y").
func titleClauses(toks []token) [][]token {
	var out [][]token
	start := 0
	quotes := 0 // quote marks so far: a semicolon after an odd number is quoted
	for k, t := range toks {
		if t.Text == ":" || isDash(t.Text) {
			return [][]token{toks}
		}
		if isQuote(t.Text) {
			quotes++
		}
		if t.Text == ";" && quotes%2 == 1 {
			return [][]token{toks}
		}
		if t.Text == ";" {
			out = append(out, toks[start:k])
			start = k + 1
		}
	}
	out = append(out, toks[start:])
	for k, c := range out {
		if k > 0 && (len(c) == 0 || !c[0].Cap) {
			return [][]token{toks} // "A does X; vows Y": the subject is the first clause's
		}
		if wordCount(c) < 2 {
			return [][]token{toks}
		}
	}
	return out
}
