package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"runtime/pprof"
	"strings"
	"sync"
	"time"

	"github.com/cdipaolo/sentiment"

	"github.com/stance-project/stance/analysis"
	"github.com/stance-project/stance/analysis/aggregate"
	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/analysis/pipeline"
	"github.com/stance-project/stance/analysis/syntax"
	"github.com/stance-project/stance/internal/stancerun"
	"github.com/stance-project/stance/lexicons"
	"github.com/stance-project/stance/reports"
)

// commonFlags are the flags shared by run and eval.
type commonFlags struct {
	workers  int
	lexicons string
	keepSelf bool
	fields   fieldMap
	maxBytes int64
	blend    float64
	contact  contactFlag

	// parse loads the parser's model and parses the sentences that need a
	// tree (run -syntax); keepParses also keeps each document's parses
	// (explain -syntax).
	parse, keepParses bool
}

func (c *commonFlags) register(fs *flag.FlagSet) {
	c.fields = fieldMap{}
	fs.Var((*workersFlag)(&c.workers), "j", "analysis workers, at most 256 (0: one per CPU)")
	fs.StringVar(&c.lexicons, "lexicons", "", "folder whose lexicon files replace the built-in ones")
	fs.BoolVar(&c.keepSelf, "keep-self", false, "keep stances of a speaker toward its own country")
	fs.Var(c.fields, "field", "map an input field: name=source (repeatable)")
	fs.Int64Var(&c.maxBytes, "max-record-bytes", 0, "skip records larger than this (0: 64 MiB)")
	fs.Var((*blendFlag)(&c.blend), "blend", "add this times general_sentiment (0 to 1) to stances with evidence (experimental; 0 keeps it out)")
	fs.Var(&c.contact, "contact", "how contact (meetings, visits, talks) scores: cooperation (default) or neutral")
}

// contactFlag is -contact: cooperation (the default) or neutral.
type contactFlag analysis.Contact

func (f *contactFlag) String() string {
	if analysis.Contact(*f) == analysis.ContactNeutral {
		return "neutral"
	}
	return "cooperation"
}

func (f *contactFlag) Set(s string) error {
	switch s {
	case "cooperation":
		*f = contactFlag(analysis.ContactCooperation)
	case "neutral":
		*f = contactFlag(analysis.ContactNeutral)
	default:
		return fmt.Errorf("want cooperation or neutral, got %q", s)
	}
	return nil
}

// userLexicons returns the folder of -lexicons, or nil when it is not set.
func (c *commonFlags) userLexicons() (fs.FS, error) {
	if c.lexicons == "" {
		return nil, nil
	}
	if fi, err := os.Stat(c.lexicons); err != nil || !fi.IsDir() {
		return nil, usagef("--lexicons %s: not a folder", c.lexicons)
	}
	return os.DirFS(c.lexicons), nil
}

// loadLexicons loads the lexicons and the actors, the files of -lexicons
// replacing the built-in ones. The set's Versions include actors.tsv.
func (c *commonFlags) loadLexicons() (*lexicons.Set, []lexicons.Actor, error) {
	user, err := c.userLexicons()
	if err != nil {
		return nil, nil, err
	}
	return stancerun.LoadLexicons(user)
}

// analyzer loads the lexicons and the sentiment model.
func (c *commonFlags) analyzer() (*analysis.Analyzer, *lexicons.Set, error) {
	set, actors, err := c.loadLexicons()
	if err != nil {
		return nil, nil, err
	}
	return c.analyzerWith(set, actors)
}

// analyzerWith builds the analyzer on lexicons already loaded.
func (c *commonFlags) analyzerWith(set *lexicons.Set, actors []lexicons.Actor) (*analysis.Analyzer, *lexicons.Set, error) {
	model, err := sentiment.Restore()
	if err != nil {
		return nil, nil, fmt.Errorf("restore sentiment model: %w", err)
	}
	// The parser reads titles: its model is loaded when a document with a
	// title comes (a corpus of speeches never loads it), or at once when
	// body sentences are parsed too (-syntax).
	var parser *syntax.Model
	if c.parse || c.keepParses {
		if parser, err = syntax.Load(); err != nil {
			return nil, nil, fmt.Errorf("load syntax model: %w", err)
		}
	}
	a, err := analysis.New(analysis.Options{Lexicons: set, Sentiment: model, KeepSelf: c.keepSelf, Actors: actors, Blend: c.blend, Contact: analysis.Contact(c.contact),
		Syntax: parser, LoadSyntax: syntax.Load, ParseBody: c.parse || c.keepParses, KeepParses: c.keepParses})
	if err != nil {
		return nil, nil, err
	}
	return a, set, nil
}

// pipelineOptions returns the pipeline's options for paths: problems and
// failed documents reported on stderr (problems not with quiet), and the
// progress line on a terminal (nil otherwise; clear it when the run ends).
func (c *commonFlags) pipelineOptions(paths []string, a *analysis.Analyzer, terminal, quiet bool, start time.Time, stderr io.Writer) (pipeline.Options, *progress) {
	var prog *progress
	if terminal && !quiet {
		prog = &progress{w: stderr, start: start}
	}
	opts := pipeline.Options{
		Paths: paths, Read: c.readOptions(), Workers: c.workers, Analyzer: a,
		OnProblem: func(pr *corpus.Problem) {
			if !quiet {
				prog.clear()
				fmt.Fprintf(stderr, "stance: %v\n", pr)
			}
		},
		OnFailure: func(d *corpus.Document) {
			prog.clear()
			fmt.Fprintf(stderr, "stance: %s:%d: %s\n", d.File, d.Line, d.Failed)
		},
	}
	if prog != nil {
		opts.OnDocument = prog.update
	}
	return opts, prog
}

func (c *commonFlags) readOptions() corpus.Options {
	return stancerun.ReadOptions(c.fields, c.maxBytes)
}

// The tables' file names (reports.TableSchema.File in CSV); the other
// names of an output folder are stancerun's. Keep in sync with doc.go.
const (
	statementsFile = "statements.csv"
	stancesFile    = "stances.csv"
	dyadsFile      = "dyads.csv"
	alignmentFile  = "alignment.csv"
	mapFile        = "map.csv"
	blocsFile      = "blocs.csv"
)

func runCmd(ctx context.Context, args []string, stdout, stderr io.Writer, e env) error {
	start := time.Now()
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	var c commonFlags
	c.register(fs)
	out := fs.String("o", "stance-out", "output folder")
	var ag aggFlags
	ag.register(fs)
	var of outFlags
	of.register(fs)
	strict := fs.Bool("strict", false, "exit 1 when any input had a problem")
	quiet := fs.Bool("quiet", false, "no progress or problem lines on stderr")
	cpuprofile := fs.String("cpuprofile", "", "write a Go CPU profile of the run to this file")
	force := fs.Bool("force", false, "write into an output folder that holds files but no earlier run")
	memLimit := fs.Int("memory-limit", defaultMemoryLimit, "soft limit of the Go heap in MiB; the garbage collector works harder near it (0: none)")
	fs.BoolVar(&c.parse, "syntax", false, "parse as well the body sentences that name a country or actor and hold a cue or term (see Parsing; slower; no rule reads their trees yet)")
	paths, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if *cpuprofile != "" {
		stop, err := startCPUProfile(*cpuprofile)
		if err != nil {
			return err
		}
		defer stop()
	}
	if len(paths) == 0 {
		return usagef("run: no input (want stance run [flags] PATH...)")
	}
	if err := ag.parse("run"); err != nil {
		return err
	}
	if *memLimit < 0 {
		return usagef("run: -memory-limit %d: want 0 or more MiB", *memLimit)
	}
	if *memLimit > 0 && os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(int64(*memLimit) << 20)
	}
	// The output folder, locked from here to the end of the run; warnings on
	// earlier runs (a stale lock, staging folders left) come at once.
	var outWarnings int
	od, err := openOutput(*out, "run", *force, nil, func(msg string) {
		fmt.Fprintf(stderr, "stance: warning: %s\n", msg)
		outWarnings++
	})
	if err != nil {
		return err
	}
	defer closeOutput(od, stderr)
	tmp := od.stage
	p := ag.period
	set, actors, err := c.loadLexicons()
	if err != nil {
		return err
	}
	a, _, err := c.analyzerWith(set, actors)
	if err != nil {
		return err
	}

	// The report's explorer: the analysis' country mentions, and the
	// actor lexicon's names, indexed when the report needs them.
	names := sync.OnceValue(func() *reports.ActorNames { return reports.NewActorNames(actors, ag.successors) })
	lex := explorerLexicon{
		mentions: func(text string, d corpus.Date) []reports.Mention {
			return stancerun.ReportMentions(a.Mentions(text, d))
		},
		actorName: func(name, country string) (string, bool) { return names().Name(name, country) },
	}
	w, err := newRunWriter(tmp, &ag, &of, lex)
	if err != nil {
		return err
	}
	w.inputs = stancerun.ShownNames(paths)
	defer w.close()
	opts, prog := c.pipelineOptions(paths, a, e.terminal, *quiet, start, stderr)
	opts.Exclude = []string{*out} // not read back by the next run
	m, err := pipeline.Run(ctx, opts, w.write)

	prog.clear()
	if err != nil {
		if errors.Is(err, context.Canceled) && ctx.Err() != nil {
			return errInterrupted
		}
		return err
	}
	if m.Documents == 0 {
		return fmt.Errorf("run: no document read from %s (%d inputs skipped: see the problems above); the outputs in %s are left as they were",
			strings.Join(paths, ", "), m.Skipped, *out)
	}
	if err := w.finish(ctx, set, m, a); err != nil {
		return interrupted(ctx, err)
	}
	if err := of.writeSchema(tmp); err != nil {
		return err
	}
	man := newManifest(args, set, m, w, p, time.Since(start))
	if err := writeJSON(filepath.Join(tmp, stancerun.ManifestFile), man); err != nil {
		return err
	}
	// The last look at ctx: once the commit starts, it finishes (or rolls
	// back), and the run ends as it says.
	if ctx.Err() != nil {
		return errInterrupted
	}
	if err := od.commit(append(of.files(reports.Tables...), stancerun.SchemaFile)); err != nil {
		return err
	}
	warnings := runWarnings(&c, &ag, m, w)
	for _, wm := range warnings {
		fmt.Fprintf(stderr, "stance: warning: %s\n", wm)
	}
	fmt.Fprintf(stdout, "stance: %d documents (%d skipped), %d statements, %d stances, %d dyads, %d warnings -> %s (report: %s)\n",
		m.Documents, m.Skipped, m.Statements, m.Stances, len(w.dyads), outWarnings+len(warnings), *out, filepath.Join(*out, "report", "index.html"))
	if m.Failed > 0 {
		return fmt.Errorf("%d documents could not be analysed (see stderr and %s)", m.Failed, filepath.Join(*out, stancerun.ManifestFile))
	}
	if *strict && m.ProblemCount > 0 {
		return fmt.Errorf("--strict: %d input problems (see %s)", m.ProblemCount, filepath.Join(*out, stancerun.ManifestFile))
	}
	return nil
}

// runWarnings returns the warnings of a finished run about likely
// misconfiguration (stancerun.Warnings).
func runWarnings(c *commonFlags, ag *aggFlags, m *pipeline.Manifest, w *runWriter) []string {
	return stancerun.Warnings(c.fields, w.fieldsSeen, m, w.dyads, ag.Dyads, w.notDyads)
}

// defaultMemoryLimit is -memory-limit's default, in MiB: it keeps a run
// over the UN corpus under 300 MiB of resident memory (265 MiB measured)
// while the garbage collector seldom has to work near it (the live heap
// peaks near 170 MiB; at 224 MiB the run took 10 % longer).
const defaultMemoryLimit = 256

// startCPUProfile starts a CPU profile written to name; the returned
// function stops it and closes the file.
func startCPUProfile(name string) (func(), error) {
	f, err := os.Create(name)
	if err != nil {
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}

// runWriter streams statements and stances to their CSV files and
// accumulates dyads.
type runWriter struct {
	dir                 string
	files               []*os.File
	bufs                []*bufio.Writer
	statements, stances *reports.Table
	acc                 *aggregate.Accumulator
	period              aggregate.Period
	coarse              int
	dyads               []aggregate.Dyad
	align               []aggregate.Alignment
	validation          *reports.Validation
	agg                 *aggFlags
	out                 *outFlags
	inputs              []string           // the input paths, for the report
	notDyads            map[string]int     // stances left out of dyads, by reason
	col                 *reports.Collector // for the report
	// fieldsSeen counts, per document field, the documents that have a
	// value for it (for the warning on a -field source found nowhere).
	fieldsSeen map[string]int
}

func newRunWriter(dir string, ag *aggFlags, out *outFlags, lex explorerLexicon) (*runWriter, error) {
	w := &runWriter{dir: dir, acc: aggregate.NewAccumulator(ag.accOptions()), period: ag.period, agg: ag,
		col: reports.NewCollector(ag.collectOptions(lex))}
	w.out = out
	var err error
	if w.statements, err = w.table(&reports.StatementsTable); err != nil {
		return nil, err
	}
	if w.stances, err = w.table(&reports.StancesTable); err != nil {
		return nil, err
	}
	return w, nil
}

// table creates the files of table ts, one per format.
func (w *runWriter) table(ts *reports.TableSchema) (*reports.Table, error) {
	var outs []reports.Output
	for _, format := range w.out.formats {
		name := ts.File(format)
		f, err := os.Create(filepath.Join(w.dir, name))
		if err != nil {
			return nil, fmt.Errorf("create %s: %w", name, err)
		}
		b := bufio.NewWriterSize(f, 256<<10)
		w.files, w.bufs = append(w.files, f), append(w.bufs, b)
		outs = append(outs, reports.Output{W: b, Format: format})
	}
	return reports.NewTable(ts, w.out.tableOptions(), outs...)
}

func (w *runWriter) write(doc *corpus.Document, r *analysis.Result) error {
	if w.fieldsSeen == nil {
		w.fieldsSeen = map[string]int{}
	}
	for name, v := range map[string]bool{"id": doc.ID != "", "date": !doc.Date.IsZero() || doc.RawDate != "", "title": doc.Title != "",
		"text": doc.Text != "", "url": doc.URL != "", "source": doc.Source != "", "speaker": doc.Speaker != "", "speaker_country": doc.SpeakerCountry != ""} {
		if v {
			w.fieldsSeen[name]++
		}
	}
	if w.period.Coarse(doc.Date) && len(r.Stances) > 0 {
		w.coarse++
	}
	for _, s := range r.Statements {
		if err := w.statements.Statement(s); err != nil {
			return fmt.Errorf("write %s: %w", statementsFile, err)
		}
	}
	j := 0
	for _, s := range r.Stances {
		if err := w.stances.Stance(s); err != nil {
			return fmt.Errorf("write %s: %w", stancesFile, err)
		}
		w.acc.Add(s)
		w.col.Add(s, stancerun.StatementText(r.Statements, s.StatementID, &j))
	}
	return nil
}

// finish closes the streamed tables and writes dyads, alignment and the
// report. It stops with ctx.Err() when ctx is done.
func (w *runWriter) finish(ctx context.Context, set *lexicons.Set, m *pipeline.Manifest, a *analysis.Analyzer) error {
	for _, t := range []*reports.Table{w.statements, w.stances} {
		if err := t.Close(); err != nil {
			return err
		}
	}
	if err := w.close(); err != nil {
		return err
	}
	// The explorer's rows and the speakers first: then the collector (its
	// statements) and, with it, the analyzer (whose mentions the rows
	// mark) are let go before the aggregates, the largest tables.
	rows, speakers := w.col.Rows(reports.DefaultMaxStatements), w.col.TopSpeakers(reports.TopSpeakers)
	w.col = nil
	dyads, err := w.acc.DyadsContext(ctx)
	if err != nil {
		return err
	}
	w.notDyads = w.acc.Skipped
	w.acc = nil // free the per-dyad state before the aggregates and the report
	agg, err := w.agg.compute(ctx, dyads)
	if err != nil {
		return err
	}
	if err := agg.validate(w.agg); err != nil {
		return err
	}
	w.dyads, w.align, w.validation = agg.dyads, agg.align, agg.validation
	summary := stancerun.Summary(w.inputs, m, len(w.dyads), w.period)
	if err := ctx.Err(); err != nil {
		return err
	}
	return agg.writeWithReport(w.dir, w.out, agg.report(w.agg, speakers, rows, summary))
}

func (w *runWriter) close() error {
	var first error
	for i, f := range w.files {
		if err := w.bufs[i].Flush(); err != nil && first == nil {
			first = err
		}
		if err := f.Close(); err != nil && first == nil {
			first = err
		}
	}
	w.files, w.bufs = nil, nil
	return first
}

// writeTable writes table ts into dir, a file in each format of o.
func writeTable(dir string, ts *reports.TableSchema, o *outFlags, rows func(*reports.Table) error) error {
	var (
		files []*os.File
		bufs  []*bufio.Writer
		outs  []reports.Output
	)
	defer func() {
		for _, f := range files {
			f.Close()
		}
	}()
	for _, format := range o.formats {
		f, err := os.Create(filepath.Join(dir, ts.File(format)))
		if err != nil {
			return fmt.Errorf("write %s: %w", ts.File(format), err)
		}
		b := bufio.NewWriter(f)
		files, bufs = append(files, f), append(bufs, b)
		outs = append(outs, reports.Output{W: b, Format: format})
	}
	t, err := reports.NewTable(ts, o.tableOptions(), outs...)
	if err == nil {
		err = rows(t)
	}
	if err == nil {
		err = t.Close()
	}
	for i, f := range files {
		if err == nil {
			err = bufs[i].Flush()
		}
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	files = nil
	if err != nil {
		return fmt.Errorf("write %s: %w", ts.Name, err)
	}
	return nil
}

// writeJSON writes v into the file name as indented JSON.
func writeJSON(name string, v any) error {
	data, err := json.MarshalIndent(v, "", "  ")
	if err == nil {
		err = os.WriteFile(name, append(data, '\n'), 0o644)
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", filepath.Base(name), err)
	}
	return nil
}

// runManifest is stance run's run.json: stancerun.Manifest, then
// validation and elapsed_seconds. Keep in sync with doc.go.
type runManifest struct {
	stancerun.Manifest
	// Validation has the overall figures of -votes; absent without it.
	Validation *validationJSON `json:"validation,omitempty"`
	Elapsed    float64         `json:"elapsed_seconds"`
}

func newManifest(args []string, set *lexicons.Set, m *pipeline.Manifest, w *runWriter, p aggregate.Period, elapsed time.Duration) runManifest {
	r := runManifest{Manifest: stancerun.NewManifest(m), Validation: newValidationJSON(w.validation), Elapsed: float64(elapsed.Milliseconds()) / 1000}
	r.Tool, r.Version, r.Command = "stance", version, append([]string{"stance", "run"}, stancerun.ShownNames(args)...)
	r.Period, r.Lexicons, r.Successors = p.String(), set.Versions, w.agg.successors.Resolved()
	r.NotDyads, r.Coarse, r.Dyads, r.Alignments = w.notDyads, w.coarse, len(w.dyads), len(w.align)
	return r
}

// progress prints a one-line status on a terminal, at most once a second.
type progress struct {
	w     io.Writer
	start time.Time
	last  time.Time
	shown bool
}

// update redraws the progress line at most once a second, from the
// second second on.
func (p *progress) update(pr pipeline.Progress) {
	now := time.Now()
	if now.Sub(p.last) < time.Second || now.Sub(p.start) < time.Second {
		return
	}
	p.last = now
	fmt.Fprint(p.w, "\r"+progressLine(pr, now.Sub(p.start))+"\033[K")
	p.shown = true
}

// progressLine is the progress bar: the share of the input read, the
// documents, the input's MB/s and the time left at that rate.
func progressLine(pr pipeline.Progress, elapsed time.Duration) string {
	const width = 20
	secs := max(elapsed.Seconds(), 1e-3)
	rate := float64(pr.InputRead) / 1e6 / secs
	line := fmt.Sprintf("%d documents, %.1f MB read, %.1f MB/s", pr.Documents, float64(pr.InputRead)/1e6, rate)
	if pr.InputTotal <= 0 {
		return "stance: " + line
	}
	frac := min(1, float64(pr.InputRead)/float64(pr.InputTotal))
	filled := int(frac * width)
	bar := strings.Repeat("#", filled) + strings.Repeat(".", width-filled)
	eta := "--:--"
	if pr.InputRead > 0 {
		left := time.Duration(float64(elapsed) * (1 - frac) / frac).Round(time.Second)
		eta = fmt.Sprintf("%d:%02d", int(left.Minutes()), int(left.Seconds())%60)
	}
	return fmt.Sprintf("stance: [%s] %3.0f%% %s, ETA %s", bar, 100*frac, line, eta)
}

func (p *progress) clear() {
	if p != nil && p.shown {
		fmt.Fprint(p.w, "\r\033[K")
		p.shown = false
	}
}
