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
	"maps"
	"os"
	"path/filepath"
	"runtime/debug"
	"runtime/pprof"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/cdipaolo/sentiment"

	"github.com/stance-project/stance/analysis"
	"github.com/stance-project/stance/analysis/aggregate"
	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/analysis/pipeline"
	"github.com/stance-project/stance/analysis/syntax"
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
	set, err := lexicons.Load(lexicons.Default(), user)
	if err != nil {
		return nil, nil, fmt.Errorf("load lexicons: %w", err)
	}
	actors, versions, err := lexicons.LoadActorFiles(lexicons.Default(), user)
	if err != nil {
		return nil, nil, fmt.Errorf("load lexicons: %w", err)
	}
	maps.Copy(set.Versions, versions)
	return set, actors, nil
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
	f := corpus.DefaultFields()
	for name, src := range c.fields {
		switch name {
		case "id":
			f.ID = src
		case "date":
			f.Date = src
		case "title":
			f.Title = src
		case "text":
			f.Text = src
		case "url":
			f.URL = src
		case "source":
			f.Source = src
		case "speaker":
			f.Speaker = src
		case "speaker_country":
			f.SpeakerCountry = src
		}
	}
	return corpus.Options{Fields: f, MaxRecordBytes: c.maxBytes}
}

// output file names. Keep in sync with doc.go.
const (
	statementsFile = "statements.csv"
	stancesFile    = "stances.csv"
	dyadsFile      = "dyads.csv"
	alignmentFile  = "alignment.csv"
	mapFile        = "map.csv"
	blocsFile      = "blocs.csv"
	manifestFile   = "run.json"
	reportDir      = "report"
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
		mentions:  func(text string, d corpus.Date) []reports.Mention { return reportMentions(a.Mentions(text, d)) },
		actorName: func(name, country string) (string, bool) { return names().Name(name, country) },
	}
	w, err := newRunWriter(tmp, &ag, &of, lex)
	if err != nil {
		return err
	}
	w.inputs = shownNames(paths)
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
	if err := writeJSON(filepath.Join(tmp, manifestFile), man); err != nil {
		return err
	}
	// The last look at ctx: once the commit starts, it finishes (or rolls
	// back), and the run ends as it says.
	if ctx.Err() != nil {
		return errInterrupted
	}
	if err := od.commit(append(of.files(reports.Tables...), schemaFile)); err != nil {
		return err
	}
	warnings := runWarnings(&c, &ag, m, w)
	for _, wm := range warnings {
		fmt.Fprintf(stderr, "stance: warning: %s\n", wm)
	}
	fmt.Fprintf(stdout, "stance: %d documents (%d skipped), %d statements, %d stances, %d dyads, %d warnings -> %s (report: %s)\n",
		m.Documents, m.Skipped, m.Statements, m.Stances, len(w.dyads), outWarnings+len(warnings), *out, filepath.Join(*out, "report", "index.html"))
	if m.Failed > 0 {
		return fmt.Errorf("%d documents could not be analysed (see stderr and %s)", m.Failed, filepath.Join(*out, manifestFile))
	}
	if *strict && m.ProblemCount > 0 {
		return fmt.Errorf("--strict: %d input problems (see %s)", m.ProblemCount, filepath.Join(*out, manifestFile))
	}
	return nil
}

// runWarnings returns the warnings of a finished run about likely
// misconfiguration, in a fixed order: a -field source that no document
// had, every document undated, a -dyad country never seen, most stances
// left out of dyads for want of a speaker country.
func runWarnings(c *commonFlags, ag *aggFlags, m *pipeline.Manifest, w *runWriter) []string {
	var out []string
	names := make([]string, 0, len(c.fields))
	for name := range c.fields {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		if w.fieldsSeen[name] == 0 {
			out = append(out, fmt.Sprintf("-field %s=%s: no document had a value in %q", name, c.fields[name], c.fields[name]))
		}
	}
	if m.Documents > 0 && m.Undated == m.Documents {
		out = append(out, fmt.Sprintf("all %d documents are undated: dyads have the empty period (give a date field with -field date=SOURCE)", m.Documents))
	}
	seen := map[string]bool{}
	for _, d := range w.dyads {
		seen[d.Speaker], seen[d.Target] = true, true
	}
	for _, d := range ag.dyads {
		for _, code := range d {
			if !seen[code] {
				out = append(out, fmt.Sprintf("-dyad %s:%s: no dyad has %s", d[0], d[1], code))
				seen[code] = true // once per code
			}
		}
	}
	if n := w.notDyads["no-speaker-country"]; m.Stances > 0 && 2*n > m.Stances {
		out = append(out, fmt.Sprintf("%d of %d stances have no speaker country and are not in dyads (for speeches, give -field speaker_country=SOURCE)", n, m.Stances))
	}
	return out
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
		w.col.Add(s, statementText(r.Statements, s.StatementID, &j))
	}
	return nil
}

// statementText returns the text, kind and cue of the statement id, as
// statements.csv has them, looking from *j on (stances come in the order
// of their statements), then from the start.
func statementText(stmts []analysis.Statement, id string, j *int) reports.StatementText {
	for range 2 {
		for ; *j < len(stmts); *j++ {
			if st := &stmts[*j]; st.ID == id {
				return reports.StatementText{Text: st.Text, Kind: st.Kind.String(), Cue: st.Cue}
			}
		}
		*j = 0
	}
	return reports.StatementText{}
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
	summary := []reports.SummaryItem{
		{Label: "corpus", Value: strings.Join(w.inputs, ", ")},
		{Label: "documents", Value: strconv.Itoa(m.Documents)},
		{Label: "skipped inputs", Value: strconv.Itoa(m.Skipped)},
		{Label: "input problems", Value: strconv.Itoa(m.ProblemCount)},
		{Label: "failed documents", Value: strconv.Itoa(m.Failed)},
		{Label: "undated documents", Value: strconv.Itoa(m.Undated)},
		{Label: "statements", Value: strconv.Itoa(m.Statements)},
		{Label: "stances", Value: strconv.Itoa(m.Stances)},
		{Label: "dyads (speaker, target, period)", Value: strconv.Itoa(len(w.dyads))},
		{Label: "period", Value: w.period.String()},
	}
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

// runManifest is run.json. Keep in sync with doc.go.
type runManifest struct {
	Tool     string            `json:"tool"`
	Version  string            `json:"version"`
	Command  []string          `json:"command"`
	Period   string            `json:"period"`
	Lexicons map[string]string `json:"lexicons"`
	// Successors is the successor table the dyads used, each code mapped
	// to the code it joined (chains followed); {} when there is none
	// (-no-successors without -alias).
	Successors map[string]string    `json:"successors"`
	Inputs     []pipeline.FileStats `json:"inputs"`
	// InputsOmitted counts the input files past the first
	// pipeline.MaxListed, which are counted but not listed.
	InputsOmitted int               `json:"inputs_omitted"`
	Problems      []problemJSON     `json:"problems"`
	Omitted       int               `json:"problems_omitted"`
	Counts        pipeline.Manifest `json:"counts"`
	Reasons       map[string]int    `json:"problems_by_reason"`
	Notes         []noteJSON        `json:"notes"` // on the walk of the inputs: the output folder left out, a path met twice (not problems)
	NotesOmitted  int               `json:"notes_omitted"`
	NotDyads      map[string]int    `json:"stances_not_in_dyads"`
	Coarse        int               `json:"documents_dated_coarser_than_period"`
	Dyads         int               `json:"dyads"`
	Alignments    int               `json:"alignments"`
	// Validation has the overall figures of -votes; absent without it.
	Validation *validationJSON `json:"validation,omitempty"`
	Elapsed    float64         `json:"elapsed_seconds"`
}

type problemJSON struct {
	File    string `json:"file"`
	Line    int    `json:"line,omitempty"`
	Reason  string `json:"reason"`
	Skipped bool   `json:"skipped"`
	Message string `json:"message"`
}

type noteJSON struct {
	File    string `json:"file"`
	Reason  string `json:"reason"`
	Message string `json:"message"`
}

// shownNames returns the paths (or arguments) as outputs show them: valid
// UTF-8, each invalid byte as \xNN (corpus.ShownName).
func shownNames(paths []string) []string {
	out := make([]string, len(paths))
	for i, p := range paths {
		out[i] = corpus.ShownName(p)
	}
	return out
}

// maxListedProblems caps the problems (and the notes) listed one by one in
// run.json; all are counted.
const maxListedProblems = 1000

func newManifest(args []string, set *lexicons.Set, m *pipeline.Manifest, w *runWriter, p aggregate.Period, elapsed time.Duration) runManifest {
	r := runManifest{
		Tool: "stance", Version: version, Command: append([]string{"stance", "run"}, shownNames(args)...),
		Period: p.String(), Lexicons: set.Versions, Successors: w.agg.successors.Resolved(), Inputs: m.Files, Counts: *m,
		Reasons: map[string]int{}, NotDyads: w.notDyads, Coarse: w.coarse, InputsOmitted: m.FilesOmitted,
		Dyads: len(w.dyads), Alignments: len(w.align), Validation: newValidationJSON(w.validation),
		Elapsed: float64(elapsed.Milliseconds()) / 1000,
	}
	r.Problems = []problemJSON{}
	maps.Copy(r.Reasons, m.ProblemReasons)
	r.Omitted = m.ProblemCount - min(len(m.Problems), maxListedProblems)
	for _, pr := range m.Problems[:min(len(m.Problems), maxListedProblems)] {
		msg := ""
		if pr.Err != nil {
			msg = pr.Err.Error()
		}
		r.Problems = append(r.Problems, problemJSON{File: pr.File, Line: pr.Line, Reason: pr.Reason.String(), Skipped: pr.Reason.Skips(), Message: msg})
	}
	r.Notes = []noteJSON{}
	r.NotesOmitted = m.NotesOmitted + len(m.Notes) - min(len(m.Notes), maxListedProblems)
	for _, n := range m.Notes[:min(len(m.Notes), maxListedProblems)] {
		r.Notes = append(r.Notes, noteJSON{File: n.File, Reason: n.Reason.String(), Message: n.Err.Error()})
	}
	if r.Inputs == nil {
		r.Inputs = []pipeline.FileStats{}
	}
	sort.SliceStable(r.Inputs, func(i, j int) bool { return r.Inputs[i].File < r.Inputs[j].File })
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
