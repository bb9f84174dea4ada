package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/stance-project/stance/analysis"
	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/analysis/evaluate"
	"github.com/stance-project/stance/analysis/pipeline"
	"github.com/stance-project/stance/lexicons"
)

// evalCmd runs the pipeline on the documents of each gold file and prints
// the figures of ../shared/eval/README.md, per file and overall. It exits 0
// whatever the score.
func evalCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	var c commonFlags
	c.register(fs)
	worst := fs.Int("worst", 5, "show the N worst documents of each file")
	var half halfFlag
	fs.Var(&half, "half", "score the tune or check half of each file's documents, or both side by side (default: all)")
	fs.BoolVar(&c.parse, "syntax", false, "parse as stance run -syntax does")
	files, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return usagef("eval: no gold file (want stance eval [flags] GOLD.jsonl...)")
	}
	a, _, err := c.analyzer()
	if err != nil {
		return err
	}
	var results []evaluate.FileResult
	for _, name := range files {
		r, err := evalFile(ctx, name, a, &c, stderr)
		if err != nil {
			if ctx.Err() != nil {
				return errInterrupted
			}
			return err
		}
		results = append(results, r)
		if half.both {
			continue // one table at the end
		}
		if half.only != nil {
			r = r.InHalf(*half.only)
		}
		if err := r.WriteText(stdout, *worst); err != nil {
			return err
		}
	}
	if half.both {
		return evaluate.WriteHalves(stdout, results)
	}
	if len(results) > 1 {
		t := evaluate.Total(results)
		t.File = "overall"
		if half.only != nil {
			t = t.InHalf(*half.only)
		}
		return t.WriteText(stdout, 0)
	}
	return nil
}

// halfFlag is eval's -half: tune, check, both or all (the default).
type halfFlag struct {
	only *evaluate.Half // score this half alone
	both bool           // a table of both halves and all documents
}

func (h *halfFlag) String() string {
	switch {
	case h == nil:
		return ""
	case h.both:
		return "both"
	case h.only != nil:
		return h.only.String()
	}
	return "all"
}

func (h *halfFlag) Set(s string) error {
	*h = halfFlag{}
	switch s {
	case "tune":
		h.only = new(evaluate.Tune)
	case "check":
		h.only = new(evaluate.Check)
	case "both":
		h.both = true
	case "all":
	default:
		return fmt.Errorf("want tune, check, both or all, got %q", s)
	}
	return nil
}

func evalFile(ctx context.Context, name string, a *analysis.Analyzer, c *commonFlags, stderr io.Writer) (evaluate.FileResult, error) {
	f, err := os.Open(name)
	if err != nil {
		return evaluate.FileResult{}, fmt.Errorf("open gold file: %w", err)
	}
	gold, err := evaluate.ReadGold(f, name)
	f.Close()
	if err != nil {
		return evaluate.FileResult{}, err
	}
	var stmts []evaluate.PredStatement
	var stances []evaluate.PredStance
	_, err = pipeline.Run(ctx, pipeline.Options{
		Paths: []string{name}, Read: c.readOptions(), Workers: c.workers, Analyzer: a,
		OnProblem: func(p *corpus.Problem) { fmt.Fprintf(stderr, "stance: %v\n", p) },
	}, func(doc *corpus.Document, r *analysis.Result) error {
		for _, s := range r.Statements {
			stmts = append(stmts, evaluate.PredStatement{DocID: s.DocID, Speaker: s.Speaker, SpeakerCountry: s.SpeakerCountry, Start: s.Start, End: s.End, InTitle: s.Field == analysis.TitleField})
		}
		for _, s := range r.Stances {
			if lexicons.IsOrganisation(s.SpeakerCountry) || lexicons.IsOrganisation(s.TargetCountry) {
				continue // organisations are not countries: the evaluation ignores them
			}
			stances = append(stances, evaluate.PredStance{DocID: s.DocID, Speaker: s.SpeakerCountry, Target: s.TargetCountry, Score: s.Score, Neutral: s.Label == analysis.Neutral})
		}
		return nil
	})
	if err != nil && !errors.Is(err, context.Canceled) {
		return evaluate.FileResult{}, err
	}
	if ctx.Err() != nil {
		return evaluate.FileResult{}, ctx.Err()
	}
	return evaluate.Score(name, gold, stmts, stances), nil
}
