package stancebeam

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"reflect"
	"runtime/debug"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/stance-project/stance/analysis"
	"github.com/stance-project/stance/analysis/aggregate"
	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/internal/stancerun"
	"github.com/stance-project/stance/reports"
)

// The pipeline's functions, types and coders are registered when the
// package is loaded, as Beam requires (a worker looks them up by name):
// that is Beam's registry, not state of ours.
func init() {
	register.DoFn5x1[context.Context, []byte, func(fileElem), func(problemElem), func(fileStatElem), error](&listFn{})
	register.DoFn5x1[context.Context, fileElem, func(docElem), func(problemElem), func(fileStatElem), error](&readFn{})
	register.DoFn7x1[context.Context, docElem, func(int, string), func(int, string), func(string, analysis.Stance), func(string, collectElem), func(countsElem), error](&analyzeFn{})
	register.DoFn4x1[context.Context, int, func(*string) bool, func(string), error](&writeShardFn{})
	register.Emitter1[fileElem]()
	register.Emitter1[problemElem]()
	register.Emitter1[fileStatElem]()
	register.Emitter1[docElem]()
	register.Emitter2[int, string]()
	register.Emitter2[string, analysis.Stance]()
	register.Emitter2[string, collectElem]()
	register.Emitter1[countsElem]()
	register.Emitter1[string]()
	register.Iter1[string]()
	register.Combiner3[*aggregate.Accumulator, analysis.Stance, *aggregate.Accumulator](&dyadCombineFn{})
	register.Combiner1[*aggregate.Accumulator](&mergeDyadsFn{})
	register.Combiner3[*collectAcc, collectElem, *collectAcc](&collectCombineFn{})
	register.Combiner1[countsElem](&countsCombineFn{})
	beam.RegisterCoder(reflect.TypeFor[*aggregate.Accumulator](), encodeAccumulator, decodeAccumulator)
	beam.RegisterCoder(reflect.TypeFor[*collectAcc](), encodeCollectAcc, decodeCollectAcc)
	registerFinish()
}

// Build adds the pipeline of c to scope s:
//
//	list the inputs → read each file → analyse each document
//	  → statements, stances: sharded CSV files
//	  → stances keyed by dyad → combined per dyad and period → merged
//	  → the report's collector, combined per target country
//	  → counts, problems, file statistics
//	→ finish (one worker): dyads, alignment, map, blocs, report,
//	  schema.json and run.json
//
// Check c with Validate first. Beam's construction functions panic on a
// pipeline they cannot build; Build returns that as its error.
func Build(s beam.Scope, c Config) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("build the pipeline: %v", r)
		}
	}()
	s = s.Scope("stance")
	imp := beam.Impulse(s)
	files, walkProblems, walkStats := beam.ParDo3(s, &listFn{Config: c}, imp)
	// One file per element, spread over the workers.
	files = beam.Reshuffle(s, files)
	docs, readProblems, stats := beam.ParDo3(s, &readFn{Config: c}, files)
	// The documents of one large file, spread over the workers too.
	docs = beam.Reshuffle(s, docs)
	outs := beam.ParDoN(s, &analyzeFn{Config: c}, docs)
	statements, stances, dyadStances, collect, counts := outs[0], outs[1], outs[2], outs[3], outs[4]

	stmtShards := beam.ParDo(s.Scope("statements"), &writeShardFn{Config: c, Table: reports.StatementsTable.Name}, beam.GroupByKey(s, statements))
	stanceShards := beam.ParDo(s.Scope("stances"), &writeShardFn{Config: c, Table: reports.StancesTable.Name}, beam.GroupByKey(s, stances))

	perDyad := beam.CombinePerKey(s.Scope("dyads"), &dyadCombineFn{Config: c}, dyadStances)
	dyads := beam.Combine(s.Scope("dyads"), &mergeDyadsFn{Config: c}, beam.DropKey(s, perDyad))
	// The report's collector, per target country, merged by finish.
	col := beam.DropKey(s, beam.CombinePerKey(s.Scope("report"), &collectCombineFn{Config: c}, collect))
	total := beam.Combine(s.Scope("counts"), &countsCombineFn{}, counts)
	problems := beam.Flatten(s, walkProblems, readProblems)
	stats = beam.Flatten(s, walkStats, stats)

	beam.ParDo0(s.Scope("finish"), &finishFn{Config: c}, imp,
		beam.SideInput{Input: dyads}, beam.SideInput{Input: col}, beam.SideInput{Input: total},
		beam.SideInput{Input: problems}, beam.SideInput{Input: stats},
		beam.SideInput{Input: stmtShards}, beam.SideInput{Input: stanceShards})
	return nil
}

// The elements between the stages: plain exported fields, for Beam's
// schema coder.

// fileElem is an input file, Index its place in the sorted list.
type fileElem struct {
	Index int
	Path  string
}

// problemElem is a corpus.Problem, or a note on the walk; FileIndex and
// Seq order them as stance run reports them (the walk's first, with
// FileIndex -1, then each file's in its order).
type problemElem struct {
	FileIndex, Seq int
	File           string
	Line           int
	Reason         int // corpus.Reason
	Message        string
}

func newProblemElem(fileIndex, seq int, p corpus.Problem) problemElem {
	msg := ""
	if p.Err != nil {
		msg = p.Err.Error()
	}
	return problemElem{FileIndex: fileIndex, Seq: seq, File: p.File, Line: p.Line, Reason: int(p.Reason), Message: msg}
}

// fileStatElem is a pipeline.FileStats, ordered as problemElem.
type fileStatElem struct {
	FileIndex, Seq int
	File           string
	Documents      int
	Skipped        int
	Problems       map[string]int
}

// docElem is a document, Seq its place in its file.
type docElem struct {
	FileIndex, Seq int
	Doc            corpus.Document
}

// collectElem is what the report's collector takes of a stance.
type collectElem struct {
	Stance          analysis.Stance
	Text, Kind, Cue string
}

// countsElem counts documents as pipeline.Manifest does, and what the
// warnings of stance run need.
type countsElem struct {
	Documents, Undated, Repaired, Failed int
	Sentences, Parsed                    int
	Statements, Stances                  int
	Bytes                                int64
	Coarse                               int            // documents with stances dated coarser than the period
	FieldsSeen                           map[string]int // documents with a value, by field
}

func (c *countsElem) add(d countsElem) {
	c.Documents += d.Documents
	c.Undated += d.Undated
	c.Repaired += d.Repaired
	c.Failed += d.Failed
	c.Sentences += d.Sentences
	c.Parsed += d.Parsed
	c.Statements += d.Statements
	c.Stances += d.Stances
	c.Bytes += d.Bytes
	c.Coarse += d.Coarse
	for k, n := range d.FieldsSeen {
		if c.FieldsSeen == nil {
			c.FieldsSeen = map[string]int{}
		}
		c.FieldsSeen[k] += n
	}
}

// analyzeFn analyses each document with one analyser per instance, built
// in Setup. Its outputs: statements.csv and stances.csv rows (CSV text
// by shard), stances keyed by dyad, stances with their statement for the
// report (by target), and the document's counts.
type analyzeFn struct {
	Config Config

	a            *analysis.Analyzer
	period       aggregate.Period
	stmtHeader   []byte
	stanceHeader []byte
}

func (f *analyzeFn) Setup() error {
	a, err := f.Config.analyzer()
	if err != nil {
		return err
	}
	p, err := f.Config.period()
	if err != nil {
		return err
	}
	f.a, f.period = a, p
	if f.stmtHeader, err = csvHeader(&reports.StatementsTable, f.Config.RawCSV); err != nil {
		return err
	}
	f.stanceHeader, err = csvHeader(&reports.StancesTable, f.Config.RawCSV)
	return err
}

func (f *analyzeFn) ProcessElement(ctx context.Context, e docElem, emitStatements, emitStances func(int, string),
	emitDyad func(string, analysis.Stance), emitCollect func(string, collectElem), emitCounts func(countsElem)) error {
	doc := e.Doc
	r, err := analyze(ctx, f.a, doc)
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		// As stance run: the document is kept with no statements, and
		// the failure counted (and told in the worker's log).
		doc.Failed = err.Error()
		log.Warnf(ctx, "stance-beam: %s:%d: %s", doc.File, doc.Line, doc.Failed)
	}
	shard := shardOf(e.FileIndex, e.Seq, f.Config.shards())
	if len(r.Statements) > 0 {
		rows, err := csvRows(&reports.StatementsTable, f.Config.RawCSV, f.stmtHeader, func(t *reports.Table) error {
			for _, s := range r.Statements {
				if err := t.Statement(s); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
		emitStatements(shard, rows)
	}
	if len(r.Stances) > 0 {
		rows, err := csvRows(&reports.StancesTable, f.Config.RawCSV, f.stanceHeader, func(t *reports.Table) error {
			for _, s := range r.Stances {
				if err := t.Stance(s); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
		emitStances(shard, rows)
	}
	j := 0
	for _, s := range r.Stances {
		// Keyed by the stance's own codes and period: the accumulator
		// maps successors and applies the date bounds, and the
		// accumulators of the keys are merged into one.
		emitDyad(s.SpeakerCountry+"\x00"+s.TargetCountry+"\x00"+f.period.Key(s.Date), s)
		st := stancerun.StatementText(r.Statements, s.StatementID, &j)
		emitCollect(s.TargetCountry, collectElem{Stance: s, Text: st.Text, Kind: st.Kind, Cue: st.Cue})
	}
	c := countsElem{Documents: 1, Sentences: r.Sentences, Parsed: r.Parsed, Statements: len(r.Statements), Stances: len(r.Stances),
		Bytes: int64(len(doc.Text) + len(doc.Title)), FieldsSeen: map[string]int{}}
	if doc.Date.IsZero() {
		c.Undated = 1
	}
	if doc.Repaired > 0 {
		c.Repaired = 1
	}
	if doc.Failed != "" {
		c.Failed = 1
	}
	if f.period.Coarse(doc.Date) && len(r.Stances) > 0 {
		c.Coarse = 1
	}
	for name, v := range map[string]bool{"id": doc.ID != "", "date": !doc.Date.IsZero() || doc.RawDate != "", "title": doc.Title != "",
		"text": doc.Text != "", "url": doc.URL != "", "source": doc.Source != "", "speaker": doc.Speaker != "", "speaker_country": doc.SpeakerCountry != ""} {
		if v {
			c.FieldsSeen[name] = 1
		}
	}
	emitCounts(c)
	return nil
}

// analyze runs the analyser on one document and turns a panic in it into
// an error naming the document, as stance run's pipeline does.
func analyze(ctx context.Context, a *analysis.Analyzer, d corpus.Document) (r analysis.Result, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("internal error analysing %s (please report it): %v\n%s", d.ID, p, debug.Stack())
			r = analysis.Result{}
		}
	}()
	return a.AnalyzeContext(ctx, d)
}

// shardOf spreads documents over n shards, by their place in the input.
func shardOf(fileIndex, seq, n int) int {
	h := fnv.New64a()
	var b [16]byte
	binary.LittleEndian.PutUint64(b[:8], uint64(fileIndex))
	binary.LittleEndian.PutUint64(b[8:], uint64(seq))
	h.Write(b[:])
	return int(h.Sum64() % uint64(n))
}

// csvHeader returns the CSV header line of table ts.
func csvHeader(ts *reports.TableSchema, raw bool) ([]byte, error) {
	var b bytes.Buffer
	t, err := reports.NewTable(ts, reports.TableOptions{RawCSV: raw}, reports.Output{W: &b, Format: reports.CSV})
	if err != nil {
		return nil, err
	}
	if err := t.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// csvRows returns the CSV rows that write writes to table ts, as stance
// run's table writer writes them, without the header.
func csvRows(ts *reports.TableSchema, raw bool, header []byte, write func(*reports.Table) error) (string, error) {
	var b bytes.Buffer
	t, err := reports.NewTable(ts, reports.TableOptions{RawCSV: raw}, reports.Output{W: &b, Format: reports.CSV})
	if err != nil {
		return "", err
	}
	if err := write(t); err != nil {
		return "", fmt.Errorf("write %s: %w", ts.Name, err)
	}
	if err := t.Close(); err != nil {
		return "", fmt.Errorf("write %s: %w", ts.Name, err)
	}
	out, ok := bytes.CutPrefix(b.Bytes(), header)
	if !ok {
		return "", fmt.Errorf("write %s: the table did not start with its header", ts.Name)
	}
	return string(out), nil
}

// dyadCombineFn combines the stances of one key with the accumulator of
// stance run.
type dyadCombineFn struct {
	Config Config

	opts *aggregate.Options // parsed once
}

func (f *dyadCombineFn) CreateAccumulator() (*aggregate.Accumulator, error) {
	if f.opts == nil {
		o, err := f.Config.aggOptions()
		if err != nil {
			return nil, err
		}
		f.opts = &o
	}
	return aggregate.NewAccumulator(*f.opts), nil
}

func (f *dyadCombineFn) AddInput(a *aggregate.Accumulator, s analysis.Stance) *aggregate.Accumulator {
	a.Add(s)
	return a
}

func (f *dyadCombineFn) MergeAccumulators(a, b *aggregate.Accumulator) (*aggregate.Accumulator, error) {
	return a, a.Merge(b)
}

func (f *dyadCombineFn) ExtractOutput(a *aggregate.Accumulator) *aggregate.Accumulator { return a }

// mergeDyadsFn merges the accumulators of every key into one.
type mergeDyadsFn struct {
	Config Config
}

func (f *mergeDyadsFn) CreateAccumulator() (*aggregate.Accumulator, error) {
	o, err := f.Config.aggOptions()
	if err != nil {
		return nil, err
	}
	return aggregate.NewAccumulator(o), nil
}

func (f *mergeDyadsFn) AddInput(a, b *aggregate.Accumulator) (*aggregate.Accumulator, error) {
	return a, a.Merge(b)
}

func (f *mergeDyadsFn) MergeAccumulators(a, b *aggregate.Accumulator) (*aggregate.Accumulator, error) {
	return a, a.Merge(b)
}

func (f *mergeDyadsFn) ExtractOutput(a *aggregate.Accumulator) *aggregate.Accumulator { return a }

func encodeAccumulator(a *aggregate.Accumulator) ([]byte, error) { return a.MarshalBinary() }

func decodeAccumulator(data []byte) (*aggregate.Accumulator, error) {
	var a aggregate.Accumulator
	if err := a.UnmarshalBinary(data); err != nil {
		return nil, err
	}
	return &a, nil
}

// collectAcc is the report collector as a Beam accumulator. A collector's
// encoding leaves out its options: a decoded one holds its data until the
// combine function, which has the options, makes it a collector again.
type collectAcc struct {
	c    *reports.Collector
	data []byte
}

func encodeCollectAcc(a *collectAcc) ([]byte, error) {
	if a.c == nil {
		return a.data, nil
	}
	return a.c.MarshalBinary()
}

func decodeCollectAcc(data []byte) (*collectAcc, error) {
	return &collectAcc{data: bytes.Clone(data)}, nil
}

// collector returns the collector of a, made with o when a was decoded.
func (a *collectAcc) collector(o reports.CollectOptions) (*reports.Collector, error) {
	if a.c == nil {
		c := reports.NewCollector(o)
		if a.data != nil {
			if err := c.UnmarshalBinary(a.data); err != nil {
				return nil, err
			}
		}
		a.c, a.data = c, nil
	}
	return a.c, nil
}

// collectCombineFn feeds the report's collector, as stance run does
// while it writes stances.csv.
type collectCombineFn struct {
	Config Config

	opts *reports.CollectOptions // parsed once
}

func (f *collectCombineFn) options() (reports.CollectOptions, error) {
	if f.opts == nil {
		o, err := f.Config.collectOptions(nil, nil)
		if err != nil {
			return reports.CollectOptions{}, err
		}
		f.opts = &o
	}
	return *f.opts, nil
}

func (f *collectCombineFn) CreateAccumulator() (*collectAcc, error) {
	o, err := f.options()
	if err != nil {
		return nil, err
	}
	return &collectAcc{c: reports.NewCollector(o)}, nil
}

func (f *collectCombineFn) AddInput(a *collectAcc, e collectElem) (*collectAcc, error) {
	o, err := f.options()
	if err != nil {
		return nil, err
	}
	c, err := a.collector(o)
	if err != nil {
		return nil, err
	}
	c.Add(e.Stance, reports.StatementText{Text: e.Text, Kind: e.Kind, Cue: e.Cue})
	return a, nil
}

func (f *collectCombineFn) MergeAccumulators(a, b *collectAcc) (*collectAcc, error) {
	o, err := f.options()
	if err != nil {
		return nil, err
	}
	ca, err := a.collector(o)
	if err != nil {
		return nil, err
	}
	cb, err := b.collector(o)
	if err != nil {
		return nil, err
	}
	return a, ca.Merge(cb)
}

func (f *collectCombineFn) ExtractOutput(a *collectAcc) *collectAcc { return a }

// countsCombineFn adds the counts up.
type countsCombineFn struct{}

func (f *countsCombineFn) MergeAccumulators(a, b countsElem) countsElem {
	a.add(b)
	return a
}
