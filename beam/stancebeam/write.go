package stancebeam

import (
	"bytes"
	"cmp"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local" // local paths
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/stance-project/stance/analysis"
	"github.com/stance-project/stance/analysis/aggregate"
	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/analysis/pipeline"
	"github.com/stance-project/stance/internal/stancerun"
	"github.com/stance-project/stance/reports"
)

func registerFinish() {
	register.DoFn9x1[context.Context, []byte, func(**aggregate.Accumulator) bool, func(**collectAcc) bool, func(*countsElem) bool,
		func(*problemElem) bool, func(*fileStatElem) bool, func(*string) bool, func(*string) bool, error](&finishFn{})
	register.Iter1[*aggregate.Accumulator]()
	register.Iter1[*collectAcc]()
	register.Iter1[countsElem]()
	register.Iter1[problemElem]()
	register.Iter1[fileStatElem]()
}

// ShardName is the name of shard i of n of a table: statements-00002-of-00004.csv.
func ShardName(table string, i, n int) string {
	return fmt.Sprintf("%s-%05d-of-%05d.csv", table, i, n)
}

// writeShardFn writes one shard of a table: its rows, sorted (see
// sortRecords), after the header.
type writeShardFn struct {
	Config Config
	Table  string // statements or stances
}

func (f *writeShardFn) ProcessElement(ctx context.Context, shard int, chunks func(*string) bool, emit func(string)) error {
	ts, err := tableSchema(f.Table)
	if err != nil {
		return err
	}
	var records [][]string
	var chunk string
	for chunks(&chunk) {
		r := csv.NewReader(strings.NewReader(chunk))
		r.FieldsPerRecord = len(ts.Columns)
		for {
			rec, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				return fmt.Errorf("%s shard %d: %w", f.Table, shard, err)
			}
			records = append(records, rec)
		}
	}
	sortRecords(records)
	header, err := csvHeader(ts, f.Config.RawCSV)
	if err != nil {
		return err
	}
	name := ShardName(f.Table, shard, f.Config.shards())
	err = writeFile(ctx, joinPath(f.Config.Out, name), func(w io.Writer) error {
		if _, err := w.Write(header); err != nil {
			return err
		}
		cw := csv.NewWriter(w)
		cw.UseCRLF = true // as stance's tables
		if err := cw.WriteAll(records); err != nil {
			return err
		}
		return nil
	})
	if err != nil {
		return err
	}
	emit(name)
	return nil
}

func tableSchema(name string) (*reports.TableSchema, error) {
	switch name {
	case reports.StatementsTable.Name:
		return &reports.StatementsTable, nil
	case reports.StancesTable.Name:
		return &reports.StancesTable, nil
	}
	return nil, fmt.Errorf("no sharded table %q", name)
}

// sortRecords sorts CSV rows by their cells, left to right (bytes): the
// order of the merged statements.csv and stances.csv.
func sortRecords(records [][]string) {
	slices.SortFunc(records, slices.Compare)
}

// writeFile creates name on its file system (local or remote) and writes
// it with write, through a buffer.
func writeFile(ctx context.Context, name string, write func(io.Writer) error) error {
	fsys, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fsys.Close()
	f, err := fsys.OpenWrite(ctx, name)
	if err != nil {
		return fmt.Errorf("create %s: %w", name, err)
	}
	if err := stancerun.WriteClose(f, 256<<10, write); err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	return nil
}

// readFile reads name from its file system.
func readFile(ctx context.Context, name string) ([]byte, error) {
	fsys, err := filesystem.New(ctx, name)
	if err != nil {
		return nil, err
	}
	defer fsys.Close()
	r, err := fsys.OpenRead(ctx, name)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", name, err)
	}
	defer r.Close()
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	return data, nil
}

// finishFn computes and writes, on one worker, what stance run computes
// from the dyads: dyads.csv, alignment.csv, map.csv, blocs.csv, the
// report, schema.json and run.json (last: its presence says the outputs
// beside it are complete). Its side inputs are the merged accumulator,
// the report's collector, the counts, the problems, the file statistics
// and the shards written (so that it runs after them).
type finishFn struct {
	Config Config
}

func (f *finishFn) ProcessElement(ctx context.Context, _ []byte, accs func(**aggregate.Accumulator) bool, cols func(**collectAcc) bool,
	countsIter func(*countsElem) bool, problems func(*problemElem) bool, stats func(*fileStatElem) bool,
	stmtShards, stanceShards func(*string) bool) error {
	c := &f.Config
	opts, err := c.aggOptions()
	if err != nil {
		return err
	}
	acc := aggregate.NewAccumulator(opts)
	var a *aggregate.Accumulator
	for accs(&a) {
		if err := acc.Merge(a); err != nil {
			return err
		}
	}
	set, actors, err := c.lexicons()
	if err != nil {
		return err
	}
	// The explorer's mentions and speaker names, as stance run's.
	mentions, err := analysis.New(analysis.Options{Lexicons: set, Actors: actors})
	if err != nil {
		return err
	}
	names := reports.NewActorNames(actors, opts.Successors)
	co, err := c.collectOptions(func(text string, d corpus.Date) []reports.Mention {
		return stancerun.ReportMentions(mentions.Mentions(text, d))
	}, names.Name)
	if err != nil {
		return err
	}
	col := reports.NewCollector(co)
	var ca *collectAcc
	for cols(&ca) {
		cc, err := ca.collector(co)
		if err != nil {
			return err
		}
		if err := col.Merge(cc); err != nil {
			return err
		}
	}
	var counts, x countsElem
	for countsIter(&x) {
		counts.add(x)
	}
	m := manifestOf(counts, problems, stats)
	shards := map[string][]string{}
	for _, t := range []struct {
		name string
		iter func(*string) bool
	}{{reports.StatementsTable.Name, stmtShards}, {reports.StancesTable.Name, stanceShards}} {
		list := []string{}
		var s string
		for t.iter(&s) {
			list = append(list, s)
		}
		slices.Sort(list)
		shards[t.name] = list
	}

	dyads, err := acc.DyadsContext(ctx)
	if err != nil {
		return err
	}
	agg := c.compute(dyads)
	summary := stancerun.Summary(stancerun.ShownNames(c.Inputs), m, len(agg.dyads), opts.Period)
	if err := agg.write(ctx, c); err != nil {
		return err
	}
	if err := writeReport(ctx, c.Out, agg.report(c, opts, col, summary)); err != nil {
		return err
	}
	err = writeFile(ctx, joinPath(c.Out, stancerun.SchemaFile), func(w io.Writer) error {
		return reports.WriteSchemaJSON(w, reports.SchemaOptions{Tool: "stance-beam", Version: Version, Formats: []reports.Format{reports.CSV}, RawCSV: c.RawCSV})
	})
	if err != nil {
		return err
	}
	man := newManifest(c, set.Versions, opts, m, acc.Skipped, counts.Coarse, agg, shards)
	man.Warnings = stancerun.Warnings(c.Fields, counts.FieldsSeen, m, agg.dyads, c.Dyads, acc.Skipped)
	return writeManifest(ctx, c.Out, &man)
}

// aggregates are the tables computed from the dyads.
type aggregates struct {
	dyads  []aggregate.Dyad
	align  []aggregate.Alignment
	points []aggregate.MapPoint
	blocs  []aggregate.Bloc
}

// compute computes alignment, map and blocs from the dyads (which it
// smooths in place when asked), as stance run's aggFlags.compute.
func (c *Config) compute(dyads []aggregate.Dyad) aggregates {
	p, _ := c.period() // checked by Validate
	a := aggregates{dyads: dyads}
	aggregate.Smooth(a.dyads, p, c.Smooth)
	a.align = aggregate.Alignments(a.dyads, aggregate.AlignOptions{Period: p, Window: stancerun.AlignWindow(c.Window), MinShared: c.minShared(), WithOrganisations: c.WithOrganisations})
	a.points = aggregate.Map(a.align, aggregate.MapOptions{})
	a.blocs = aggregate.Blocs(a.align, aggregate.BlocOptions{})
	return a
}

func (c *Config) minShared() int {
	if c.MinShared <= 0 {
		return 3
	}
	return c.MinShared
}

// write writes dyads.csv, alignment.csv, map.csv and blocs.csv into the
// output folder.
func (a aggregates) write(ctx context.Context, c *Config) error {
	tables := []struct {
		ts   *reports.TableSchema
		rows func(*reports.Table) error
	}{
		{&reports.DyadsTable, stancerun.RowsOf(a.dyads, (*reports.Table).Dyad)},
		{&reports.AlignmentTable, stancerun.RowsOf(a.align, (*reports.Table).Alignment)},
		{&reports.MapTable, stancerun.RowsOf(a.points, (*reports.Table).MapPoint)},
		{&reports.BlocsTable, stancerun.RowsOf(a.blocs, (*reports.Table).Bloc)},
	}
	for _, t := range tables {
		err := writeFile(ctx, joinPath(c.Out, t.ts.File(reports.CSV)), func(w io.Writer) error {
			tab, err := reports.NewTable(t.ts, reports.TableOptions{RawCSV: c.RawCSV}, reports.Output{W: w, Format: reports.CSV})
			if err != nil {
				return err
			}
			if err := t.rows(tab); err != nil {
				return err
			}
			return tab.Close()
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// report returns the HTML report's data, as stance run's
// (cmd/stance/aggcmd.go, aggregates.report; no validation: stance-beam
// has no -votes).
func (a aggregates) report(c *Config, o aggregate.Options, col *reports.Collector, summary []reports.SummaryItem) reports.HTMLData {
	return reports.HTMLData{
		Title:             "stance report",
		Summary:           append(summary, stancerun.SuccessorsItem(o.Successors)),
		Period:            o.Period,
		Dyads:             a.dyads,
		Alignments:        a.align,
		Map:               a.points,
		Blocs:             a.blocs,
		Speakers:          col.TopSpeakers(reports.TopSpeakers),
		Statements:        col.Rows(reports.DefaultMaxStatements),
		FocusDyads:        c.Dyads,
		SmoothWindow:      c.Smooth,
		WithOrganisations: c.WithOrganisations,
		MinEvidence:       c.MinN,
		AlignWindow:       stancerun.AlignWindow(c.Window),
		Weighting:         stancerun.Weighting(c.Weighted),
	}
}

// writeReport writes the HTML report into out/report: into a local
// temporary folder first (reports.WriteHTMLReport writes files), then
// copied.
func writeReport(ctx context.Context, out string, data reports.HTMLData) error {
	tmp, err := os.MkdirTemp("", "stance-beam-report-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	if err := reports.WriteHTMLReport(tmp, data); err != nil {
		return err
	}
	return filepath.WalkDir(tmp, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(tmp, p)
		if err != nil {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return writeFile(ctx, joinPath(out, stancerun.ReportDir+"/"+filepath.ToSlash(rel)), func(w io.Writer) error {
			_, err := w.Write(data)
			return err
		})
	})
}

// manifestCounts is pipeline.Manifest as the run's problems, file
// statistics and counts give it.
func manifestOf(counts countsElem, problems func(*problemElem) bool, stats func(*fileStatElem) bool) *pipeline.Manifest {
	m := &pipeline.Manifest{Documents: counts.Documents, Undated: counts.Undated, Repaired: counts.Repaired, Failed: counts.Failed,
		Sentences: counts.Sentences, Parsed: counts.Parsed, Statements: counts.Statements, Stances: counts.Stances, Bytes: counts.Bytes}
	var all []problemElem
	var p problemElem
	for problems(&p) {
		all = append(all, p)
	}
	slices.SortFunc(all, func(a, b problemElem) int {
		return cmp.Or(cmp.Compare(a.FileIndex, b.FileIndex), cmp.Compare(a.Seq, b.Seq))
	})
	for _, p := range all {
		pr := &corpus.Problem{File: p.File, Line: p.Line, Reason: corpus.Reason(p.Reason)}
		if p.Message != "" {
			pr.Err = messageError(p.Message)
		}
		if pr.Reason.Note() {
			if len(m.Notes) < pipeline.MaxListed {
				m.Notes = append(m.Notes, pr)
			} else {
				m.NotesOmitted++
			}
			continue
		}
		m.ProblemCount++
		if m.ProblemReasons == nil {
			m.ProblemReasons = map[string]int{}
		}
		m.ProblemReasons[pr.Reason.String()]++
		if len(m.Problems) < pipeline.MaxListed {
			m.Problems = append(m.Problems, pr)
		}
	}
	var files []fileStatElem
	var st fileStatElem
	for stats(&st) {
		files = append(files, st)
	}
	slices.SortFunc(files, func(a, b fileStatElem) int {
		return cmp.Or(cmp.Compare(a.FileIndex, b.FileIndex), cmp.Compare(a.Seq, b.Seq))
	})
	for _, f := range files {
		m.Skipped += f.Skipped
		if len(m.Files) < pipeline.MaxListed {
			m.Files = append(m.Files, pipeline.FileStats{File: f.File, Documents: f.Documents, Skipped: f.Skipped, Problems: f.Problems})
		} else {
			m.FilesOmitted++
		}
	}
	slices.SortStableFunc(m.Files, func(a, b pipeline.FileStats) int { return cmp.Compare(a.File, b.File) })
	return m
}

// messageError is a problem's message, carried as text.
type messageError string

func (e messageError) Error() string { return string(e) }

// runManifest is stance-beam's run.json: stance run's fields
// (stancerun.Manifest, with elapsed_seconds but no validation), then
// stance-beam's own (runner, shards, warnings).
type runManifest struct {
	stancerun.Manifest
	Elapsed float64 `json:"elapsed_seconds"`

	// Runner is the Beam runner that ran the pipeline.
	Runner string `json:"runner"`
	// Shards are the files of the sharded tables, by table; empty once
	// merged (stance-beam merge).
	Shards map[string][]string `json:"shards"`
	// Warnings are stance run's warnings (printed on stderr by stance run).
	Warnings []string `json:"warnings"`
}

func newManifest(c *Config, versions map[string]string, o aggregate.Options, m *pipeline.Manifest, notDyads map[string]int, coarse int, agg aggregates, shards map[string][]string) runManifest {
	elapsed := 0.0
	if c.Start != 0 {
		elapsed = float64(time.Since(time.Unix(0, c.Start)).Milliseconds()) / 1000
	}
	r := runManifest{Manifest: stancerun.NewManifest(m), Elapsed: elapsed, Runner: c.Runner, Shards: shards, Warnings: []string{}}
	r.Tool, r.Version, r.Command = "stance-beam", Version, stancerun.ShownNames(c.Command)
	r.Period, r.Lexicons, r.Successors = o.Period.String(), versions, o.Successors.Resolved()
	r.NotDyads, r.Coarse, r.Dyads, r.Alignments = notDyads, coarse, len(agg.dyads), len(agg.align)
	return r
}

func writeManifest(ctx context.Context, out string, m *runManifest) error {
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	return writeFile(ctx, joinPath(out, stancerun.ManifestFile), func(w io.Writer) error {
		_, err := w.Write(append(data, '\n'))
		return err
	})
}

// ReadManifest reads what a stance-beam run wrote to dir/run.json that its
// front end prints: the counts, the problems, the shards and the
// warnings.
func ReadManifest(ctx context.Context, dir string) (*Manifest, error) {
	data, err := readFile(ctx, joinPath(dir, stancerun.ManifestFile))
	if err != nil {
		return nil, err
	}
	var m runManifest
	if err := json.NewDecoder(bytes.NewReader(data)).Decode(&m); err != nil {
		return nil, fmt.Errorf("%s: %w", joinPath(dir, stancerun.ManifestFile), err)
	}
	return &Manifest{Counts: m.Counts, Problems: m.Omitted + len(m.Problems), Dyads: m.Dyads, Warnings: m.Warnings, Shards: m.Shards}, nil
}

// Manifest is what stance-beam's front end reads back from run.json.
type Manifest struct {
	Counts   pipeline.Manifest
	Problems int // input problems (notes left out)
	Dyads    int
	Warnings []string
	Shards   map[string][]string
}
