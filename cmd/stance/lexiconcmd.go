package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/stance-project/stance/analysis"
	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/analysis/pipeline"
	"github.com/stance-project/stance/lexicons"
)

// lexiconCmd runs "stance lexicon check DIR" and "stance lexicon stats".
func lexiconCmd(ctx context.Context, args []string, stdout, stderr io.Writer, e env) error {
	if len(args) == 0 {
		return usagef("lexicon: want stance lexicon check DIR, or stance lexicon stats [flags] [CORPUS...]")
	}
	switch args[0] {
	case "check":
		return lexiconCheckCmd(args[1:], stdout, stderr)
	case "stats":
		return lexiconStatsCmd(ctx, args[1:], stdout, stderr, e)
	}
	return usagef("lexicon: unknown subcommand %q (want check or stats)", args[0])
}

// lexiconCheckCmd runs "stance lexicon check DIR": it validates the
// lexicon files of a user's folder and prints every bad row as
// file:line: message. It fails (exit 1) when any row is bad.
func lexiconCheckCmd(args []string, stdout, stderr io.Writer) error {
	if len(args) != 1 {
		return usagef("lexicon: want stance lexicon check DIR")
	}
	dir := args[0]
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		return usagef("lexicon check: %s is not a folder", dir)
	}
	checked, errs := lexicons.Check(os.DirFS(dir))
	for _, err := range errs {
		fmt.Fprintf(stderr, "%s/%v\n", dir, err)
	}
	if len(checked) == 0 {
		return fmt.Errorf("lexicon check: %s holds none of %v", dir, lexicons.FileNames())
	}
	if len(errs) > 0 {
		return fmt.Errorf("lexicon check: %d bad rows in %s", len(errs), dir)
	}
	fmt.Fprintf(stdout, "stance: %v in %s: no errors\n", checked, dir)
	return nil
}

// lexiconStatsCmd runs "stance lexicon stats [flags] [CORPUS...]": it
// prints what the lexicons hold and, over the corpus when one is given,
// how often each stance term fired.
func lexiconStatsCmd(ctx context.Context, args []string, stdout, stderr io.Writer, e env) error {
	start := time.Now()
	fs := flag.NewFlagSet("lexicon stats", flag.ContinueOnError)
	var c commonFlags
	c.register(fs)
	out := fs.String("o", "", "write every stance-term row with its firings to this TSV file")
	quiet := fs.Bool("quiet", false, "no progress or problem lines on stderr")
	paths, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if *out != "" && len(paths) == 0 {
		return usagef("lexicon stats: -o needs a CORPUS to count firings in")
	}
	user, err := c.userLexicons()
	if err != nil {
		return err
	}
	set, actors, err := c.loadLexicons()
	if err != nil {
		return err
	}
	files, err := lexiconFiles(set.Versions, lexicons.Default(), user)
	if err != nil {
		return err
	}
	if err := writeLexiconTables(stdout, files, set, actors); err != nil {
		return err
	}
	if len(paths) == 0 {
		return nil
	}

	a, _, err := c.analyzerWith(set, actors)
	if err != nil {
		return err
	}
	f := newFirings(set.Terms)
	opts, prog := c.pipelineOptions(paths, a, e.terminal, *quiet, start, stderr)
	m, err := pipeline.Run(ctx, opts, func(_ *corpus.Document, r *analysis.Result) error {
		f.add(r)
		return nil
	})
	prog.clear()
	if err != nil {
		if errors.Is(err, context.Canceled) && ctx.Err() != nil {
			return errInterrupted
		}
		return err
	}
	if err := f.write(stdout); err != nil {
		return err
	}
	if *out != "" {
		var b strings.Builder
		if err := f.writeTSV(&b); err != nil {
			return err
		}
		if err := os.WriteFile(*out, []byte(b.String()), 0o644); err != nil {
			return fmt.Errorf("lexicon stats: %w", err)
		}
	}
	if m.Failed > 0 {
		return fmt.Errorf("lexicon stats: %d documents could not be analysed (see stderr)", m.Failed)
	}
	return nil
}
