package main

import (
	"context"
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/options/jobopts"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	// File systems beyond beamx's local and gs://.
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"

	"github.com/stance-project/stance/beam/stancebeam"
	"github.com/stance-project/stance/internal/stancerun"
)

//go:embed doc.go
var doc string

func main() {
	// The runner starts this binary again as a worker (with Docker, on
	// Dataflow): Beam's flags are on the default flag set, and beam.Init
	// turns the process into the worker and never returns then.
	if len(os.Args) > 1 && os.Args[1] == "merge" {
		os.Exit(exitCode(mergeCmd(context.Background(), os.Args[2:], os.Stdout, os.Stderr)))
	}
	fs := flag.CommandLine
	fs.Init("stance-beam", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are printed once, below
	var f runFlags
	f.register(fs)
	paths, err := parseArgs(fs, os.Args[1:])
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprint(os.Stdout, usage())
		fmt.Fprintln(os.Stdout, "\nEvery flag, stance-beam's and Beam's:")
		fs.SetOutput(os.Stdout)
		fs.PrintDefaults()
		os.Exit(0)
	}
	if err != nil {
		os.Exit(exitCode(err))
	}
	beam.Init()
	// Prism's progress lines are information for Beam's developers: only
	// its warnings and errors are shown.
	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	err = run(ctx, &f, paths, os.Args, os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(err))
}

// usageError is a bad command line: exit status 2.
type usageError struct{ error }

func (e usageError) Unwrap() error { return e.error }

func exitCode(err error) int {
	var u usageError
	var c *stancebeam.ConfigError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &u) || errors.As(err, &c):
		fmt.Fprintf(os.Stderr, "stance-beam: %v\n", err)
		return 2
	}
	fmt.Fprintf(os.Stderr, "stance-beam: %v\n", err)
	return 1
}

// usage returns the manual: doc.go's comment.
func usage() string {
	s, _, _ := strings.Cut(doc, "\npackage main")
	var b strings.Builder
	for line := range strings.SplitSeq(s, "\n") {
		line = strings.TrimPrefix(line, "//")
		b.WriteString(strings.TrimPrefix(line, " ") + "\n")
	}
	return strings.TrimLeft(b.String(), "\n")
}

// runFlags are stance-beam's own flags: those of stance run that apply.
type runFlags struct {
	out, lexicons string
	fields        fieldMap
	maxBytes      int64
	keepSelf      bool
	blend         float64
	contact       string
	// AggFlags are those of stance run: -period, -since, -until,
	// -weighted, -bootstrap, -smooth, -min-shared, -window, -dyad.
	stancerun.AggFlags
	minN                 int
	withOrgs             bool
	aliases              stringList
	noSuccessors         bool
	rawCSV               bool
	shards               int
	merge, force, strict bool
}

func (f *runFlags) register(fs *flag.FlagSet) {
	f.fields = fieldMap{}
	fs.StringVar(&f.out, "o", "stance-out", "output folder: a local path, or gs://, s3:// (Beam file systems)")
	fs.StringVar(&f.lexicons, "lexicons", "", "folder whose lexicon files replace the built-in ones (read at launch and shipped to the workers)")
	fs.Var(f.fields, "field", "map an input field: name=source (repeatable)")
	fs.Int64Var(&f.maxBytes, "max-record-bytes", 0, "skip records larger than this (0: 64 MiB)")
	fs.BoolVar(&f.keepSelf, "keep-self", false, "keep stances of a speaker toward its own country")
	fs.Float64Var(&f.blend, "blend", 0, "add this times general_sentiment (0 to 1) to stances with evidence (experimental; 0 keeps it out)")
	fs.StringVar(&f.contact, "contact", "cooperation", "how contact (meetings, visits, talks) scores: cooperation or neutral")
	f.AggFlags.Register(fs)
	fs.IntVar(&f.minN, "min-n", 0, "the report charts the speaker → target pairs with at least this many stances with evidence (0: automatic)")
	fs.BoolVar(&f.withOrgs, "with-organisations", false, "keep organisations (UN, EU, NATO ...) in alignment, the map, the blocs and the report's charts")
	fs.Var(&f.aliases, "alias", "merge country code FROM into TO in dyads, as FROM=TO (repeatable)")
	fs.BoolVar(&f.noSuccessors, "no-successors", false, "no successor table (SUN=RUS, YUG=SRB, CSK=CZE, DDR=DEU, YMD=YEM)")
	fs.BoolVar(&f.rawCSV, "raw-csv", false, "write CSV text cells as they are (no ' before a leading =, +, -, @, tab or CR)")
	fs.IntVar(&f.shards, "shards", 4, "files each of statements and stances is written to")
	fs.BoolVar(&f.merge, "merge", false, "after the run, merge the shards into statements.csv and stances.csv (as stance-beam merge)")
	fs.BoolVar(&f.force, "force", false, "write into a local output folder that holds files but no earlier run")
	fs.BoolVar(&f.strict, "strict", false, "exit 1 when any input had a problem")
}

// config returns the pipeline's configuration for paths.
func (f *runFlags) config(paths, args []string, start time.Time) (stancebeam.Config, error) {
	c := stancebeam.Config{
		Inputs: paths, Out: f.out, Fields: f.fields, MaxRecordBytes: f.maxBytes, KeepSelf: f.keepSelf, Blend: f.blend,
		Contact: f.contact, Period: f.PeriodName, Since: f.Since, Until: f.Until, Weighted: f.Weighted, Bootstrap: f.Bootstrap,
		Smooth: f.Smooth, MinShared: f.MinShared, Window: f.Window, MinN: f.minN, WithOrganisations: f.withOrgs,
		Dyads: f.Dyads, Aliases: f.aliases, NoSuccessors: f.noSuccessors, RawCSV: f.rawCSV, Shards: f.shards,
		Command: append([]string{"stance-beam"}, args[1:]...), Runner: runnerName(), Start: start.UnixNano(),
	}
	if f.MinShared < 1 || f.shards < 1 {
		return c, usageError{errors.New("-min-shared and -shards must be 1 or more")}
	}
	if f.lexicons != "" {
		lex, err := stancebeam.ReadLexicons(f.lexicons)
		if err != nil {
			return c, err
		}
		c.Lexicons = lex
	}
	return c, c.Validate()
}

// runnerName is the runner Beam's -runner flag names (prism by default).
func runnerName() string {
	if fl := flag.Lookup("runner"); fl != nil && fl.Value.String() != "" {
		return fl.Value.String()
	}
	return "prism"
}

func run(ctx context.Context, f *runFlags, paths, args []string, stdout, stderr io.Writer) error {
	start := time.Now()
	if len(paths) == 0 {
		return usageError{errors.New("no input (want stance-beam [flags] PATH...)")}
	}
	cfg, err := f.config(paths, args, start)
	if err != nil {
		return err
	}
	if !strings.Contains(f.out, "://") {
		if err := checkOutputFolder(f.out, f.force); err != nil {
			return err
		}
	}
	p, s := beam.NewPipelineWithRoot()
	if err := stancebeam.Build(s, cfg); err != nil {
		return err
	}
	if err := beamx.Run(ctx, p); err != nil {
		if ctx.Err() != nil {
			return fmt.Errorf("interrupted: %w", ctx.Err())
		}
		return fmt.Errorf("pipeline: %w", err)
	}
	if *jobopts.Async {
		fmt.Fprintf(stdout, "stance-beam: job submitted; its outputs go to %s\n", f.out)
		return nil
	}
	if f.merge {
		if err := stancebeam.MergeShards(ctx, f.out, false); err != nil {
			return err
		}
	}
	m, err := stancebeam.ReadManifest(ctx, f.out)
	if err != nil {
		return err
	}
	for _, w := range m.Warnings {
		fmt.Fprintf(stderr, "stance-beam: warning: %s\n", w)
	}
	c := m.Counts
	fmt.Fprintf(stdout, "stance-beam: %d documents (%d skipped), %d statements, %d stances, %d dyads, %d warnings -> %s (report: %s/report/index.html)\n",
		c.Documents, c.Skipped, c.Statements, c.Stances, m.Dyads, len(m.Warnings), f.out, strings.TrimSuffix(f.out, "/"))
	switch {
	case c.Documents == 0:
		return fmt.Errorf("no document read from %s (see the problems in %s/run.json)", strings.Join(paths, ", "), f.out)
	case c.Failed > 0:
		return fmt.Errorf("%d documents could not be analysed (see %s/run.json)", c.Failed, f.out)
	case f.strict && m.Problems > 0:
		return fmt.Errorf("-strict: %d input problems (see %s/run.json)", m.Problems, f.out)
	}
	return nil
}

// checkOutputFolder refuses a local output folder that holds files but
// no run.json (not an earlier run's outputs) unless force, as stance run
// does.
func checkOutputFolder(out string, force bool) error {
	entries, err := os.ReadDir(out)
	if err != nil || force {
		return nil // absent (it is created), or the user said so
	}
	for _, e := range entries {
		if e.Name() == "run.json" {
			return nil
		}
	}
	if len(entries) > 0 {
		return fmt.Errorf("output folder %s holds files but no run.json from an earlier run: choose another -o, or add -force to write into it", out)
	}
	return nil
}

// mergeCmd is "stance-beam merge [-keep-shards] DIR".
func mergeCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("merge", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	keep := fs.Bool("keep-shards", false, "keep the shard files")
	pos, err := parseArgs(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprintln(stdout, "usage: stance-beam merge [-keep-shards] DIR")
		return nil
	}
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usageError{errors.New("merge: want stance-beam merge [-keep-shards] DIR")}
	}
	if err := stancebeam.MergeShards(ctx, pos[0], *keep); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "stance-beam: merged the shards into %s and %s\n",
		filepath.Join(pos[0], "statements.csv"), filepath.Join(pos[0], "stances.csv"))
	return nil
}

// parseArgs parses flags anywhere on the command line, as stance does
// ("stance-beam corpus -period year"), and returns the other arguments
// in order. "--" ends the flags.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	pos, err := stancerun.ParseArgs(fs, args)
	if err != nil && !errors.Is(err, flag.ErrHelp) {
		return nil, usageError{err}
	}
	return pos, err
}

// fieldMap is the repeatable -field name=source flag. Unlike stance's, it
// takes any name: Config.Validate refuses an unknown one, with its own
// message.
type fieldMap map[string]string

func (f fieldMap) String() string { return "" }

func (f fieldMap) Set(s string) error {
	name, src, ok := strings.Cut(s, "=")
	if !ok || name == "" || src == "" {
		return fmt.Errorf("want name=source, got %q", s)
	}
	f[name] = src
	return nil
}

// stringList is a repeatable string flag.
type stringList []string

func (l *stringList) String() string { return strings.Join(*l, ",") }

func (l *stringList) Set(s string) error {
	*l = append(*l, s)
	return nil
}
