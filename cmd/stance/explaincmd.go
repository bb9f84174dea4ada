package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/stance-project/stance/analysis"
	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/analysis/syntax"
)

// explainCmd prints, for each document of one input (a file, or "-" for a
// plain-text article on standard input), every statement with its speaker,
// country, kind, cue, content span and the rules that found it, then every
// stance with the terms and rules behind its score.
func explainCmd(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("explain", flag.ContinueOnError)
	var c commonFlags
	c.register(fs)
	date := fs.String("date", "", "date of a document read from standard input (it decides which actor-lexicon rows apply)")
	fs.BoolVar(&c.keepParses, "syntax", false, "print after each statement the parse of its sentences in CoNLL-U")
	files, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(files) != 1 {
		return usagef("explain: want one FILE or - (got %d)", len(files))
	}
	a, _, err := c.analyzer()
	if err != nil {
		return err
	}
	name := files[0]
	if name == "-" {
		dir, err := os.MkdirTemp("", "stance-explain-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		data, err := io.ReadAll(stdin)
		if err != nil {
			return fmt.Errorf("read standard input: %w", err)
		}
		if *date != "" {
			data = append([]byte(*date+"\n"), data...)
		}
		name = filepath.Join(dir, "stdin.txt")
		if err := os.WriteFile(name, data, 0o644); err != nil {
			return err
		}
	}
	stdinName := name
	docs := 0
	err = corpus.ReadFile(ctx, name, c.readOptions(), func(doc corpus.Document) error {
		docs++
		if files[0] == "-" {
			doc.ID = strings.Replace(doc.ID, stdinName, "stdin", 1)
		}
		r := a.Analyze(doc)
		return explainDoc(stdout, &doc, &r, c.keepParses)
	}, func(p corpus.Problem) { fmt.Fprintf(stderr, "stance: %v\n", &p) })
	if err != nil && ctx.Err() != nil {
		return errInterrupted
	}
	if err == nil && docs == 0 {
		return fmt.Errorf("explain: no document read from %s", files[0])
	}
	return err
}

// explainDoc prints the statements of one document; with trees, each
// statement is followed by the CoNLL-U of the sentences it overlaps.
func explainDoc(w io.Writer, doc *corpus.Document, r *analysis.Result, trees bool) error {
	var b strings.Builder
	date := doc.Date.String()
	if date == "" {
		date = "no date"
	}
	fmt.Fprintf(&b, "document %s (%s)", doc.ID, date)
	if doc.SpeakerCountry != "" {
		fmt.Fprintf(&b, ", a first-person speech of %s", doc.SpeakerCountry)
	}
	fmt.Fprintf(&b, ": %d sentences", r.Sentences)
	if trees {
		fmt.Fprintf(&b, " (%d parsed)", r.Parsed)
	}
	fmt.Fprintf(&b, ", %d statements, %d stances\n", len(r.Statements), len(r.Stances))
	byStmt := map[string][]analysis.Stance{}
	for _, s := range r.Stances {
		byStmt[s.StatementID] = append(byStmt[s.StatementID], s)
	}
	for _, s := range r.Statements {
		country := s.SpeakerCountry
		if country == "" {
			country = "country unknown"
		}
		fmt.Fprintf(&b, "\n%s  %s, cue %q, %s [%d,%d)\n", s.ID, s.Kind, s.Cue, s.Field, s.Start, s.End)
		fmt.Fprintf(&b, "  speaker  %s (%s)\n", s.Speaker, country)
		fmt.Fprintf(&b, "  found by %s\n", s.Rule)
		fmt.Fprintf(&b, "  speaker  resolved by %s\n", s.SpeakerRule)
		fmt.Fprintf(&b, "  content  %q\n", s.Text)
		for _, st := range byStmt[s.ID] {
			if st.SpeakerCountry != s.SpeakerCountry {
				// The reverse stance the statement tells of (reciprocal
				// contact, a request): its own speaker first.
				fmt.Fprintf(&b, "  %s → %s  stance %+.3f %s, confidence %.2f\n", st.SpeakerCountry, st.TargetCountry, st.Score, st.Label, st.Confidence)
			} else {
				fmt.Fprintf(&b, "  → %s  stance %+.3f %s, confidence %.2f\n", st.TargetCountry, st.Score, st.Label, st.Confidence)
			}
			if len(st.Evidence) == 0 {
				fmt.Fprintf(&b, "      no lexicon term attached\n")
			}
			for _, e := range st.Evidence {
				fmt.Fprintf(&b, "      %s\n", e)
			}
		}
		if trees {
			if err := writeStatementTrees(&b, doc, r.Parses, &s); err != nil {
				return err
			}
		}
	}
	b.WriteString("\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// writeStatementTrees writes the parses of the sentences that statement s
// overlaps, with the ids stance parse gives them (document id, "#", the
// sentence's number, the title first), or says that a sentence was not
// parsed.
func writeStatementTrees(w io.Writer, doc *corpus.Document, parses []analysis.Parse, s *analysis.Statement) error {
	for i, p := range parses {
		if p.Field != s.Field || p.End <= s.Start || p.Start >= s.End {
			continue
		}
		id := fmt.Sprintf("%s#%d", doc.ID, i+1)
		if p.Tree == nil {
			fmt.Fprintf(w, "  sentence %s not parsed: it names no country or actor, or holds no cue or lexicon term\n", id)
			continue
		}
		p.Tree.ID = id
		if err := syntax.Write(w, p.Tree); err != nil {
			return err
		}
	}
	return nil
}
