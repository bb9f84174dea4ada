package main

import (
	"compress/gzip"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/stance-project/stance/analysis/syntax"
)

// evalSyntaxCmd parses the sentences of gold CoNLL-U files on their gold
// words and prints the tagger's, lemmatiser's and parser's accuracies,
// per file and, for several files, overall.
func evalSyntaxCmd(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("eval-syntax", flag.ContinueOnError)
	files, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return usagef("eval-syntax: no gold file (want stance eval-syntax FILE.conllu...)")
	}
	m, err := syntax.Load()
	if err != nil {
		return fmt.Errorf("load syntax model: %w", err)
	}
	var total syntax.Scores
	sentences := 0
	for _, name := range files {
		s, n, err := evalSyntaxFile(ctx, m, name)
		if err != nil {
			if ctx.Err() != nil {
				return errInterrupted
			}
			return err
		}
		if err := writeSyntaxScores(stdout, name, n, s); err != nil {
			return err
		}
		total.Merge(s)
		sentences += n
	}
	if len(files) > 1 {
		return writeSyntaxScores(stdout, "overall", sentences, &total)
	}
	return nil
}

// evalBatch is how many sentences are read and scored at a time: a
// treebank is never held whole.
const evalBatch = 1000

// evalSyntaxFile scores the model on the gold file name (gzip-compressed
// when it ends in .gz) and returns the scores and the sentences read.
func evalSyntaxFile(ctx context.Context, m *syntax.Model, name string) (*syntax.Scores, int, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, 0, err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(strings.ToLower(name), ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return nil, 0, fmt.Errorf("%s: gzip: %w", name, err)
		}
		defer zr.Close()
		r = zr
	}
	rd := syntax.NewReader(r, name)
	var total syntax.Scores
	n := 0
	batch := make([]syntax.Sentence, 0, evalBatch)
	score := func() error {
		if len(batch) == 0 {
			return nil
		}
		s, err := m.Evaluate(batch)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		total.Merge(s)
		batch = batch[:0]
		return ctx.Err()
	}
	for {
		s, err := rd.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, 0, err // a *syntax.ParseError says file:line
		}
		batch = append(batch, *s)
		n++
		if len(batch) == evalBatch {
			if err := score(); err != nil {
				return nil, 0, err
			}
		}
	}
	if err := score(); err != nil {
		return nil, 0, err
	}
	return &total, n, nil
}

// writeSyntaxScores prints the scores of one file (or "overall"): a
// heading, then the accuracies and the relations' table (Scores.Write).
func writeSyntaxScores(w io.Writer, name string, sentences int, s *syntax.Scores) error {
	plural := "s"
	if sentences == 1 {
		plural = ""
	}
	if _, err := fmt.Fprintf(w, "%s: %d sentence%s, %d words (punctuation included; percent of words)\n", name, sentences, plural, s.Words); err != nil {
		return err
	}
	return s.Write(w)
}
