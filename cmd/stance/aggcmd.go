package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/stance-project/stance/analysis"
	"github.com/stance-project/stance/analysis/aggregate"
	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/internal/stancerun"
	"github.com/stance-project/stance/lexicons"
	"github.com/stance-project/stance/reports"
)

// aggFlags are the flags of the aggregation, shared by run and aggregate.
type aggFlags struct {
	// AggFlags are those stance-beam has too: -period, -since, -until,
	// -weighted, -bootstrap, -smooth, -min-shared, -window, -dyad.
	stancerun.AggFlags
	// minN is -min-n: the report's minimum of stances with evidence per
	// country pair (0: the default for the corpus).
	minN int
	// withOrganisations keeps organisations in alignment, the map, the
	// blocs and the report's country-pair charts.
	withOrganisations bool
	// votes is -votes: an agreement file (stance validate's format) to
	// validate the alignment against in the report and run.json.
	votes string
	// aliases and noSuccessors make successors (-alias, -no-successors).
	aliases      aliasList
	noSuccessors bool

	period         aggregate.Period
	sinceD, untilD corpus.Date
	successors     aggregate.Successors
}

func (g *aggFlags) register(fs *flag.FlagSet) {
	g.AggFlags.Register(fs)
	fs.StringVar(&g.votes, "votes", "", "validate the alignment against this agreement file (iso3_a, iso3_b, year, agreement; .gz read as such) in the report and run.json")
	fs.IntVar(&g.minN, "min-n", 0, "the report charts the speaker → target pairs with at least this many stances with evidence (0: 5, 3 or 2, the largest leaving 30 pairs; 1: every pair)")
	fs.BoolVar(&g.withOrganisations, "with-organisations", false, "keep organisations (UN, EU, NATO ...) in alignment, the map, the blocs and the report's country-pair charts")
	fs.Var(&g.aliases, "alias", "merge country code FROM into TO in dyads, as FROM=TO (repeatable; adds to or overrides the successor table; FROM=FROM removes FROM's row)")
	fs.BoolVar(&g.noSuccessors, "no-successors", false, "no successor table (SUN=RUS, YUG=SRB, CSK=CZE, DDR=DEU, YMD=YEM): keep historical codes apart; -alias still applies")
}

// aliasList is the repeatable -alias FROM=TO flag.
type aliasList []aggregate.Alias

func (a *aliasList) String() string { return "" }

func (a *aliasList) Set(s string) error {
	x, err := aggregate.ParseAlias(s)
	if err != nil {
		return err
	}
	*a = append(*a, x)
	return nil
}

func (g *aggFlags) parse(cmd string) error {
	p, err := aggregate.ParsePeriod(g.PeriodName)
	if err != nil {
		return usagef("%s: -period: %v", cmd, err)
	}
	g.period = p
	for _, x := range []struct {
		name string
		s    string
		d    *corpus.Date
	}{{"since", g.Since, &g.sinceD}, {"until", g.Until, &g.untilD}} {
		if x.s == "" {
			continue
		}
		d, err := corpus.ParseDate(x.s)
		if err != nil {
			return usagef("%s: -%s: %v", cmd, x.name, err)
		}
		*x.d = d
	}
	if !g.sinceD.IsZero() && !g.untilD.IsZero() {
		// ISO dates of any precision: since is after until when, on the
		// precision they share, it is later ("2021" after "2020-12").
		a, b := g.sinceD.String(), g.untilD.String()
		n := min(len(a), len(b))
		if a[:n] > b[:n] {
			return usagef("%s: -since %s is after -until %s: no stance would be kept", cmd, a, b)
		}
	}
	if g.votes != "" {
		if _, err := os.Stat(g.votes); err != nil {
			return fmt.Errorf("%s: -votes: %w", cmd, err)
		}
	}
	if g.Bootstrap < 0 || g.Smooth < 0 || g.MinShared < 1 || g.Window < 0 || g.minN < 0 {
		return usagef("%s: -bootstrap, -smooth, -window and -min-n must be 0 or more, -min-shared 1 or more", cmd)
	}
	if g.Bootstrap > maxBootstrap {
		return usagef("%s: -bootstrap %d: at most %d resamples", cmd, g.Bootstrap, maxBootstrap)
	}
	base := aggregate.DefaultSuccessors()
	if g.noSuccessors {
		base = nil
	}
	if g.successors, err = base.With(g.aliases...); err != nil {
		return usagef("%s: -alias: %v", cmd, err)
	}
	return nil
}

// collectOptions are the options of the report's collector, with what
// its explorer takes from the lexicons.
func (g *aggFlags) collectOptions(lex explorerLexicon) reports.CollectOptions {
	return reports.CollectOptions{Period: g.period, Since: g.sinceD, Until: g.untilD, Successors: g.successors,
		Mentions: lex.mentions, ActorName: lex.actorName}
}

// explorerLexicon is what the report's statement explorer takes from the
// lexicons: the countries a statement names, as the analysis finds them
// (to mark each row's target), and the actor lexicon's names (to show the
// spellings of a speaker's name as one). run and aggregate give the same,
// so that their explorers show the same rows.
type explorerLexicon struct {
	mentions  func(text string, d corpus.Date) []reports.Mention
	actorName func(name, country string) (string, bool)
}

// loadExplorerLexicon starts loading the lexicons of folder (the
// built-in ones for "") in the background, for stance aggregate, which
// needs them only for the report: the explorerLexicon returned waits for
// them on first use, and knows nothing when they fail to load. wait waits
// and returns that error.
func loadExplorerLexicon(folder string, s aggregate.Successors) (lex explorerLexicon, wait func() error) {
	type loaded struct {
		a     *analysis.Analyzer
		names *reports.ActorNames
	}
	load := sync.OnceValues(func() (loaded, error) {
		user, err := (&commonFlags{lexicons: folder}).userLexicons()
		if err != nil {
			return loaded{}, err
		}
		// The two files, then the two indexes, side by side: the actor
		// lexicon takes the longest.
		var set *lexicons.Set
		setErr := make(chan error, 1)
		go func() {
			var err error
			set, err = lexicons.Load(lexicons.Default(), user)
			setErr <- err
		}()
		actors, _, err := lexicons.LoadActorFiles(lexicons.Default(), user)
		if err := errors.Join(<-setErr, err); err != nil {
			return loaded{}, fmt.Errorf("load lexicons: %w", err)
		}
		names := make(chan *reports.ActorNames, 1)
		go func() { names <- reports.NewActorNames(actors, s) }()
		// No sentiment model: mentions need none.
		a, err := analysis.New(analysis.Options{Lexicons: set, Actors: actors})
		l := loaded{a, <-names}
		return l, err
	})
	go load()
	lex = explorerLexicon{
		mentions: func(text string, d corpus.Date) []reports.Mention {
			if l, err := load(); err == nil {
				return stancerun.ReportMentions(l.a.Mentions(text, d))
			}
			return nil
		},
		actorName: func(name, country string) (string, bool) {
			if l, err := load(); err == nil {
				return l.names.Name(name, country)
			}
			return "", false
		},
	}
	return lex, func() error { _, err := load(); return err }
}

// runLexicons returns the -lexicons folder of the run that run.json (man)
// records, "" when it had none.
func runLexicons(man map[string]any) string {
	cmdLine, _ := man["command"].([]any)
	for i, a := range cmdLine {
		s, _ := a.(string)
		for _, name := range []string{"-lexicons", "--lexicons"} {
			if v, ok := strings.CutPrefix(s, name+"="); ok {
				return v
			}
			if s == name && i+1 < len(cmdLine) {
				v, _ := cmdLine[i+1].(string)
				return v
			}
		}
	}
	return ""
}

func (g *aggFlags) accOptions() aggregate.Options {
	return aggregate.Options{Period: g.period, Weighted: g.Weighted, Bootstrap: g.Bootstrap, Since: g.sinceD, Until: g.untilD, Successors: g.successors}
}

// aggregates are the tables computed from the stances.
type aggregates struct {
	dyads      []aggregate.Dyad
	align      []aggregate.Alignment
	points     []aggregate.MapPoint
	blocs      []aggregate.Bloc
	validation *reports.Validation // with -votes
}

// compute computes the aggregates from the dyads (which it smooths in
// place when asked). It stops with ctx.Err() when ctx is done.
func (g *aggFlags) compute(ctx context.Context, dyads []aggregate.Dyad) (aggregates, error) {
	a := aggregates{dyads: dyads}
	aggregate.Smooth(a.dyads, g.period, g.Smooth)
	var err error
	a.align, err = aggregate.AlignmentsContext(ctx, a.dyads, aggregate.AlignOptions{Period: g.period, Window: stancerun.AlignWindow(g.Window), MinShared: g.MinShared, WithOrganisations: g.withOrganisations})
	if err != nil {
		return aggregates{}, err
	}
	// The map (an eigendecomposition per period) and the blocs are
	// independent: compute them side by side.
	mapErr := make(chan error, 1)
	go func() {
		var err error
		a.points, err = aggregate.MapContext(ctx, a.align, aggregate.MapOptions{})
		mapErr <- err
	}()
	a.blocs, err = aggregate.BlocsContext(ctx, a.align, aggregate.BlocOptions{})
	if merr := <-mapErr; err == nil {
		err = merr
	}
	if err != nil {
		return aggregates{}, err
	}
	return a, nil
}

// report returns the HTML report's data: the summary rows given, then
// the aggregates, the speakers the collector gathered (its TopSpeakers)
// and the explorer's rows.
func (a aggregates) report(g *aggFlags, speakers []reports.SpeakerTarget, rows []reports.ExplorerRow, summary []reports.SummaryItem) reports.HTMLData {
	return reports.HTMLData{
		Title:        "stance report",
		Summary:      append(summary, stancerun.SuccessorsItem(g.successors)),
		Period:       g.period,
		Dyads:        a.dyads,
		Alignments:   a.align,
		Map:          a.points,
		Blocs:        a.blocs,
		Speakers:     speakers,
		Statements:   rows,
		FocusDyads:   g.Dyads,
		SmoothWindow: g.Smooth,
		// The charts leave organisations out as alignment does.
		WithOrganisations: g.withOrganisations,
		MinEvidence:       g.minN,
		Validation:        a.validation,
		AlignWindow:       stancerun.AlignWindow(g.Window),
		Weighting:         stancerun.Weighting(g.Weighted),
	}
}

// aggTables are the tables computed from the stances.
var aggTables = []*reports.TableSchema{&reports.DyadsTable, &reports.AlignmentTable, &reports.MapTable, &reports.BlocsTable}

// write writes dyads, alignment, map and blocs into dir, in the formats of
// o.
// writeWithReport writes the tables into dir and, at the same time, the
// HTML report of data into dir/report.
func (a aggregates) writeWithReport(dir string, o *outFlags, data reports.HTMLData) error {
	rd := filepath.Join(dir, stancerun.ReportDir)
	if err := os.Mkdir(rd, 0o755); err != nil {
		return err
	}
	errc := make(chan error, 1)
	go func() { errc <- reports.WriteHTMLReport(rd, data) }()
	err := a.write(dir, o)
	return errors.Join(err, <-errc)
}

func (a aggregates) write(dir string, o *outFlags) error {
	rows := []func(*reports.Table) error{
		stancerun.RowsOf(a.dyads, (*reports.Table).Dyad),
		stancerun.RowsOf(a.align, (*reports.Table).Alignment),
		stancerun.RowsOf(a.points, (*reports.Table).MapPoint),
		stancerun.RowsOf(a.blocs, (*reports.Table).Bloc),
	}
	for i, ts := range aggTables {
		if err := writeTable(dir, ts, o, rows[i]); err != nil {
			return err
		}
	}
	return nil
}

// aggregateCmd runs "stance aggregate DIR": it recomputes dyads, alignment,
// map and blocs from DIR/stances.csv (edited or filtered by the user) and
// writes them into DIR, or into -o.
func aggregateCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("aggregate", flag.ContinueOnError)
	var g aggFlags
	g.register(fs)
	var of outFlags
	of.register(fs)
	out := fs.String("o", "", "output folder (default: DIR)")
	force := fs.Bool("force", false, "write into an output folder that holds files but no earlier run")
	strict := fs.Bool("strict", false, "stop at the first bad row of stances.csv (exit 1, nothing written) instead of skipping it")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("aggregate: want stance aggregate [flags] DIR")
	}
	dir := pos[0]
	if *out == "" {
		*out = dir
	}
	// The output folder, locked from here to the end: a run into DIR
	// cannot change run.json and the stances between their reads. DIR's
	// own input tables do not make it foreign.
	var own []string
	if sameFolder(dir, *out) {
		own = aggregateInputs()
	}
	od, err := openOutput(*out, "aggregate", *force, own, func(msg string) { fmt.Fprintf(stderr, "stance: warning: %s\n", msg) })
	if err != nil {
		return err
	}
	defer closeOutput(od, stderr)
	tmp := od.stage
	// The run's settings stand unless a flag says otherwise.
	prev, kept := runSettings(dir, fs, &g)
	if err := g.parse("aggregate"); err != nil {
		return err
	}
	// The lexicons of the run, for the explorer: loaded while the
	// stances are read.
	folder := runLexicons(prev)
	if fi, err := os.Stat(folder); folder != "" && (err != nil || !fi.IsDir()) {
		fmt.Fprintf(stderr, "stance: warning: the run's -lexicons %s is not a folder here: the report's explorer marks targets and merges speakers with the built-in lexicons\n", folder)
		folder = ""
	}
	lex, waitLex := loadExplorerLexicon(folder, g.successors)
	acc := aggregate.NewAccumulator(g.accOptions())
	col := reports.NewCollector(g.collectOptions(lex))
	source := stancesSource(dir)
	n, skipped, err := readStances(source, func(s analysis.Stance) {
		acc.Add(s)
		col.Add(s, reports.StatementText{})
	}, badRowReporter(stderr, *strict))
	if err != nil {
		return err
	}
	if skipped > maxBadRowsShown {
		fmt.Fprintf(stderr, "stance: %s: %d more bad rows skipped\n", source, skipped-maxBadRowsShown)
	}
	if n == 0 && skipped > 0 {
		return fmt.Errorf("aggregate: every row of %s is bad (%d skipped); the outputs in %s are left as they were", source, skipped, *out)
	}
	if ctx.Err() != nil {
		return errInterrupted
	}
	dyads, err := acc.DyadsContext(ctx)
	if err != nil {
		return interrupted(ctx, err)
	}
	a, err := g.compute(ctx, dyads)
	if err != nil {
		return interrupted(ctx, err)
	}
	if err := a.validate(&g); err != nil {
		return err
	}
	// The explorer's statements, with their text, kind and cue from
	// statements.csv (or .parquet) when it is there; the lexicons have
	// loaded meanwhile.
	if err := waitLex(); err != nil {
		fmt.Fprintf(stderr, "stance: warning: the report's explorer marks no target and merges no speaker names: %v\n", err)
	}
	rows := col.Rows(reports.DefaultMaxStatements)
	texts, err := readStatementTexts(dir, rows)
	if err != nil {
		return err
	}
	col.FillTexts(rows, texts)
	if ctx.Err() != nil {
		return errInterrupted
	}
	summary := []reports.SummaryItem{
		{Label: "stances read", Value: strconv.Itoa(n) + " from " + source + badRowsNote(skipped)},
		{Label: "dyads (speaker, target, period)", Value: strconv.Itoa(len(a.dyads))},
		{Label: "period", Value: g.period.String()},
	}
	if err := a.writeWithReport(tmp, &of, a.report(&g, col.TopSpeakers(reports.TopSpeakers), rows, summary)); err != nil {
		return err
	}
	if err := of.writeSchema(tmp); err != nil {
		return err
	}
	if err := recordAggregate(tmp, prev, args, n, skipped, len(a.dyads), len(a.align)); err != nil {
		return err
	}
	// The last look at ctx: once the commit starts, it finishes (or rolls
	// back), and aggregate ends as it says.
	if ctx.Err() != nil {
		return errInterrupted
	}
	if err := od.commit(append(of.files(aggTables...), stancerun.SchemaFile)); err != nil {
		return err
	}
	if len(kept) > 0 {
		fmt.Fprintf(stderr, "stance: kept the run's %s (from %s)\n", strings.Join(kept, ", "), filepath.Join(dir, stancerun.ManifestFile))
	}
	fmt.Fprintf(stdout, "stance: %d stances%s -> %d dyads, %d alignments, %d map points, %d bloc rows in %s; rewrote its dyads, alignment, map, blocs and report (%s)\n",
		n, badRowsNote(skipped), len(a.dyads), len(a.align), len(a.points), len(a.blocs), *out, filepath.Join(*out, "report", "index.html"))
	return nil
}

// runSettings reads DIR/run.json, when there is one, and applies the
// run's period and -weighted to g unless the command line set them. It
// returns the manifest (nil without one) and the settings kept.
func runSettings(dir string, fs *flag.FlagSet, g *aggFlags) (map[string]any, []string) {
	data, err := os.ReadFile(filepath.Join(dir, stancerun.ManifestFile))
	if err != nil {
		return nil, nil
	}
	var man map[string]any
	if json.Unmarshal(data, &man) != nil {
		return nil, nil
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	var kept []string
	if p, ok := man["period"].(string); ok && p != "" && !set["period"] {
		if _, err := aggregate.ParsePeriod(p); err == nil && p != g.PeriodName {
			g.PeriodName = p
			kept = append(kept, "-period "+p)
		}
	}
	if cmdLine, ok := man["command"].([]any); ok && !set["weighted"] {
		for _, a := range cmdLine {
			if a == "-weighted" || a == "--weighted" || a == "-weighted=true" {
				g.Weighted = true
				kept = append(kept, "-weighted")
				break
			}
		}
	}
	return man, kept
}

// recordAggregate adds to out/run.json what stance aggregate did (its
// command, the stances read, the bad rows skipped, the dyads and
// alignment rows written), after the run's own record, or writes a
// run.json of its own when there was none.
func recordAggregate(out string, prev map[string]any, args []string, stances, skipped, dyads, align int) error {
	man := prev
	if man == nil {
		man = map[string]any{"tool": "stance", "version": version}
	}
	entry := map[string]any{"command": append([]string{"stance", "aggregate"}, args...), "stances": stances, "bad_rows": skipped, "dyads": dyads, "alignments": align}
	list, _ := man["aggregated"].([]any)
	man["aggregated"] = append(list, entry)
	return writeJSON(filepath.Join(out, stancerun.ManifestFile), man)
}

// errStances marks a bad stances.csv.
var errStances = errors.New("bad stances.csv")

// stancesSource returns the stances table of dir: stances.csv, or
// stances.parquet when there is no stances.csv.
func stancesSource(dir string) string {
	name := filepath.Join(dir, stancesFile)
	if _, err := os.Stat(name); errors.Is(err, os.ErrNotExist) {
		pq := filepath.Join(dir, reports.StancesTable.File(reports.Parquet))
		if _, err := os.Stat(pq); err == nil {
			return pq
		}
	}
	return name
}

// records are the rows of a table, in a CSV or a Parquet file.
type records interface {
	Read() ([]string, error)
	FieldPos(field int) (line, column int)
}

// maxBadRowsShown is how many bad rows of stances.csv aggregate prints;
// the rest are counted.
const maxBadRowsShown = 20

// badRowReporter returns readStances' bad for stance aggregate: with
// strict, the first bad row stops it; else each is printed on stderr (the
// first maxBadRowsShown) and skipped.
func badRowReporter(stderr io.Writer, strict bool) func(err error, nth int) error {
	return func(err error, nth int) error {
		if strict {
			return fmt.Errorf("%w (-strict)", err)
		}
		if nth <= maxBadRowsShown {
			fmt.Fprintf(stderr, "stance: %v (row skipped)\n", err)
		}
		return nil
	}
}

// badRowsNote is " (N bad rows skipped)", or "" for none.
func badRowsNote(skipped int) string {
	switch skipped {
	case 0:
		return ""
	case 1:
		return " (1 bad row skipped)"
	}
	return fmt.Sprintf(" (%d bad rows skipped)", skipped)
}

// readStances reads a stances.csv (or stances.parquet) written by stance
// run (or edited by a user: columns are found by name, extra columns are
// ignored) and hands each row to add. It returns the rows added and the
// rows skipped. The ' that guards CSV text cells against spreadsheet
// formulas is removed.
//
// A row whose stance is not a number in [-1, 1] (NaN, Inf, "lots"), whose
// confidence, when given, is not a number in [0, 1], or whose date or
// label does not parse is bad data, never added: bad is called with its
// error ("file:line: bad stances.csv: message"; for Parquet, the line the
// row has in the CSV file) and how many bad rows there have been, this
// one included; the row is skipped unless bad returns an error, which
// stops the reading. A missing column or a row that is not CSV stops it
// too.
func readStances(name string, add func(analysis.Stance), bad func(err error, nth int) error) (n, skipped int, err error) {
	t, err := openTable(name, "stances", errStances)
	if err != nil {
		return 0, 0, err
	}
	defer t.close()
	r, head, text := t.records, t.head, t.text
	col := map[string]int{}
	for i, h := range head {
		col[strings.TrimPrefix(h, "\ufeff")] = i
	}
	for _, need := range []string{"speaker_country", "target_country", "stance", "date"} {
		if _, ok := col[need]; !ok {
			return 0, 0, fmt.Errorf("%s:1: %w: no %q column", name, errStances, need)
		}
	}
	get := func(rec []string, c string) string {
		if i, ok := col[c]; ok && i < len(rec) {
			return text(rec[i])
		}
		return ""
	}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return n, skipped, nil
		}
		line, _ := r.FieldPos(0)
		if err != nil {
			return n, skipped, fmt.Errorf("%s:%d: %w: %v", name, line, errStances, err)
		}
		s, err := parseStanceRow(get, rec)
		if err != nil {
			skipped++
			if err := bad(fmt.Errorf("%s:%d: %w: %v", name, line, errStances, err), skipped); err != nil {
				return n, skipped, err
			}
			continue
		}
		add(s)
		n++
	}
}

// parseStanceRow returns the stance of a row of stances.csv, whose cells
// get returns by column name, or what is wrong with it.
func parseStanceRow(get func(rec []string, col string) string, rec []string) (analysis.Stance, error) {
	score, err := strconv.ParseFloat(get(rec, "stance"), 64)
	if err != nil || !(score >= -1 && score <= 1) { // NaN fails both
		return analysis.Stance{}, fmt.Errorf("stance %q is not a number in [-1, 1]", get(rec, "stance"))
	}
	date, err := corpus.ParseDate(get(rec, "date"))
	if err != nil {
		return analysis.Stance{}, err
	}
	conf := 1.0
	if c := get(rec, "confidence"); c != "" {
		if conf, err = strconv.ParseFloat(c, 64); err != nil || !(conf >= 0 && conf <= 1) {
			return analysis.Stance{}, fmt.Errorf("confidence %q is not a number in [0, 1]", c)
		}
	}
	label := analysis.Neutral
	switch get(rec, "label") {
	case "positive":
		label = analysis.Positive
	case "negative":
		label = analysis.Negative
	case "neutral", "":
	default:
		return analysis.Stance{}, fmt.Errorf("label %q is not positive, negative or neutral", get(rec, "label"))
	}
	var evidence []string
	if e := get(rec, "evidence"); e != "" {
		evidence = strings.Split(e, reports.EvidenceSep)
	}
	return analysis.Stance{StatementID: get(rec, "statement_id"), DocID: get(rec, "doc_id"), Speaker: get(rec, "speaker"),
		SpeakerCountry: get(rec, "speaker_country"), TargetCountry: get(rec, "target_country"),
		Score: score, Label: label, Confidence: conf, Date: date, Evidence: evidence}, nil
}

// tableReader reads the rows of a table stance wrote, CSV or Parquet by the
// file's extension: its header, and text to restore a text cell (the CSV
// guard's ' removed).
type tableReader struct {
	records
	head  []string
	text  func(string) string
	close func() error
}

// openTable opens the table name; what names it in an error that opening
// gives, and bad, when not nil, is wrapped in the errors of its content.
func openTable(name, what string, bad error) (*tableReader, error) {
	wrap := func(err error) error {
		if bad == nil {
			return err
		}
		return fmt.Errorf("%w: %v", bad, err)
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", what, err)
	}
	if filepath.Ext(name) == ".parquet" {
		fi, err := f.Stat()
		if err != nil {
			f.Close()
			return nil, fmt.Errorf("open %s: %w", what, err)
		}
		pr, err := reports.NewParquetReader(f, fi.Size())
		if err != nil {
			f.Close()
			return nil, fmt.Errorf("%s: %w", name, wrap(err))
		}
		return &tableReader{records: pr, head: pr.Columns(), text: func(s string) string { return s },
			close: func() error { pr.Close(); return f.Close() }}, nil
	}
	cr := csv.NewReader(f)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true // the cells are new strings each row
	head, err := cr.Read()
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("%s:1: %w", name, wrap(err))
	}
	return &tableReader{records: cr, head: head, text: reports.RestoreCell, close: f.Close}, nil
}

// readStatementTexts returns the text, kind and cue of the rows'
// statements from dir's statements.csv (or statements.parquet when there
// is no CSV); none when neither is there. A table without kind or cue
// columns leaves them empty.
func readStatementTexts(dir string, rows []reports.ExplorerRow) (map[string]reports.StatementText, error) {
	want := map[string]bool{}
	for _, r := range rows {
		want[r.StatementID] = true
	}
	texts := map[string]reports.StatementText{}
	name := filepath.Join(dir, statementsFile)
	if _, err := os.Stat(name); err != nil {
		name = strings.TrimSuffix(name, ".csv") + ".parquet"
	}
	if len(want) == 0 {
		return texts, nil
	}
	t, err := openTable(name, "statements", nil)
	if errors.Is(err, os.ErrNotExist) {
		return texts, nil
	}
	if err != nil {
		return nil, err
	}
	defer t.close()
	r, head, text := t.records, t.head, t.text
	idCol, textCol := slices.Index(head, "statement_id"), slices.Index(head, "text")
	if idCol < 0 || textCol < 0 {
		return texts, nil // not ours: the explorer goes without texts
	}
	kindCol, cueCol := slices.Index(head, "kind"), slices.Index(head, "cue") // -1: left empty
	cell := func(rec []string, i int) string {
		if i < 0 || i >= len(rec) {
			return ""
		}
		return strings.Clone(text(rec[i]))
	}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return texts, nil
		}
		if err != nil {
			line, _ := r.FieldPos(0)
			return nil, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		if idCol < len(rec) && textCol < len(rec) {
			if id := text(rec[idCol]); want[id] {
				texts[id] = reports.StatementText{Text: cell(rec, textCol), Kind: cell(rec, kindCol), Cue: cell(rec, cueCol)}
			}
		}
	}
}
