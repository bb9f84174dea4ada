package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/stance-project/stance/analysis"
	"github.com/stance-project/stance/analysis/aggregate"
	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/lexicons"
	"github.com/stance-project/stance/reports"
)

// aggFlags are the flags of the aggregation, shared by run and aggregate.
type aggFlags struct {
	periodName   string
	since, until string
	weighted     bool
	bootstrap    int
	smooth       int
	minShared    int
	window       int
	// minN is -min-n: the report's minimum of stances with evidence per
	// country pair (0: the default for the corpus).
	minN int
	// withOrganisations keeps organisations in alignment, the map, the
	// blocs and the report's country-pair charts.
	withOrganisations bool
	// votes is -votes: an agreement file (stance validate's format) to
	// validate the alignment against in the report and run.json.
	votes string
	dyads dyadList
	// aliases and noSuccessors make successors (-alias, -no-successors).
	aliases      aliasList
	noSuccessors bool

	period         aggregate.Period
	sinceD, untilD corpus.Date
	successors     aggregate.Successors
}

func (g *aggFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&g.periodName, "period", "month", "dyad period: day, week, month, quarter or year")
	fs.StringVar(&g.since, "since", "", "keep stances dated on or after this date")
	fs.StringVar(&g.until, "until", "", "keep stances dated on or before this date")
	fs.BoolVar(&g.weighted, "weighted", false, "weigh stances by their confidence in dyads")
	fs.IntVar(&g.bootstrap, "bootstrap", 0, "percentile bootstrap intervals from this many resamples (0: Student's t)")
	fs.IntVar(&g.smooth, "smooth", 0, "fill dyads.csv's smoothed column over this many periods on each side (0: empty)")
	fs.IntVar(&g.minShared, "min-shared", 3, "third countries both must address for the similarity column of alignment")
	fs.StringVar(&g.votes, "votes", "", "validate the alignment against this agreement file (iso3_a, iso3_b, year, agreement; .gz read as such) in the report and run.json")
	fs.IntVar(&g.window, "window", 4, "alignment pools the dyads of this many periods on each side into each country's stance profile")
	fs.IntVar(&g.minN, "min-n", 0, "the report charts the speaker → target pairs with at least this many stances with evidence (0: 5, 3 or 2, the largest leaving 30 pairs; 1: every pair)")
	fs.BoolVar(&g.withOrganisations, "with-organisations", false, "keep organisations (UN, EU, NATO ...) in alignment, the map, the blocs and the report's country-pair charts")
	fs.Var(&g.dyads, "dyad", "show this dyad's time series in the report, as SPEAKER:TARGET (repeatable)")
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
	p, err := aggregate.ParsePeriod(g.periodName)
	if err != nil {
		return usagef("%s: -period: %v", cmd, err)
	}
	g.period = p
	for _, x := range []struct {
		name string
		s    string
		d    *corpus.Date
	}{{"since", g.since, &g.sinceD}, {"until", g.until, &g.untilD}} {
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
	if g.bootstrap < 0 || g.smooth < 0 || g.minShared < 1 || g.window < 0 || g.minN < 0 {
		return usagef("%s: -bootstrap, -smooth, -window and -min-n must be 0 or more, -min-shared 1 or more", cmd)
	}
	if g.bootstrap > maxBootstrap {
		return usagef("%s: -bootstrap %d: at most %d resamples", cmd, g.bootstrap, maxBootstrap)
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

// successorsItem is the report's overview row of the successor table.
func (g *aggFlags) successorsItem() reports.SummaryItem {
	table := g.successors.Resolved()
	var rows []string
	for _, from := range slices.Sorted(maps.Keys(table)) {
		rows = append(rows, from+" → "+table[from])
	}
	if len(rows) == 0 {
		rows = []string{"none"}
	}
	return reports.SummaryItem{Label: "country codes merged into successors", Value: strings.Join(rows, ", ")}
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
	mentions  func(text string, d corpus.Date) []analysis.Mention
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
		mentions: func(text string, d corpus.Date) []analysis.Mention {
			if l, err := load(); err == nil {
				return l.a.Mentions(text, d)
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
	return aggregate.Options{Period: g.period, Weighted: g.weighted, Bootstrap: g.bootstrap, Since: g.sinceD, Until: g.untilD, Successors: g.successors}
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
// place when asked).
func (g *aggFlags) compute(dyads []aggregate.Dyad) aggregates {
	a := aggregates{dyads: dyads}
	aggregate.Smooth(a.dyads, g.period, g.smooth)
	window := g.window
	if window == 0 {
		window = -1 // AlignOptions: no pooling
	}
	a.align = aggregate.Alignments(a.dyads, aggregate.AlignOptions{Period: g.period, Window: window, MinShared: g.minShared, WithOrganisations: g.withOrganisations})
	// The map (an eigendecomposition per period) and the blocs are
	// independent: compute them side by side.
	done := make(chan struct{})
	go func() {
		a.points = aggregate.Map(a.align, aggregate.MapOptions{})
		close(done)
	}()
	a.blocs = aggregate.Blocs(a.align, aggregate.BlocOptions{})
	<-done
	return a
}

// report returns the HTML report's data: the summary rows given, then
// the aggregates, the speakers the collector gathered and the explorer's
// rows.
func (a aggregates) report(g *aggFlags, col *reports.Collector, rows []reports.ExplorerRow, summary []reports.SummaryItem) reports.HTMLData {
	return reports.HTMLData{
		Title:        "stance report",
		Summary:      append(summary, g.successorsItem()),
		Period:       g.period,
		Dyads:        a.dyads,
		Alignments:   a.align,
		Map:          a.points,
		Blocs:        a.blocs,
		Speakers:     col.TopSpeakers(reports.TopSpeakers),
		Statements:   rows,
		FocusDyads:   g.dyads,
		SmoothWindow: g.smooth,
		// The charts leave organisations out as alignment does.
		WithOrganisations: g.withOrganisations,
		MinEvidence:       g.minN,
		Validation:        a.validation,
		AlignWindow:       alignWindow(g.window),
		Weighting:         weighting(g.weighted),
	}
}

// alignWindow is the report's AlignWindow for -window K (-1: none).
func alignWindow(k int) int {
	if k == 0 {
		return -1
	}
	return k
}

// weighting is the report's Weighting for -weighted.
func weighting(w bool) reports.Weighting {
	if w {
		return reports.ConfidenceWeighted
	}
	return reports.Unweighted
}

// aggTables are the tables computed from the stances.
var aggTables = []*reports.TableSchema{&reports.DyadsTable, &reports.AlignmentTable, &reports.MapTable, &reports.BlocsTable}

// write writes dyads, alignment, map and blocs into dir, in the formats of
// o.
// writeWithReport writes the tables into dir and, at the same time, the
// HTML report of data into dir/report.
func (a aggregates) writeWithReport(dir string, o *outFlags, data reports.HTMLData) error {
	rd := filepath.Join(dir, reportDir)
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
		rowsOf(a.dyads, (*reports.Table).Dyad),
		rowsOf(a.align, (*reports.Table).Alignment),
		rowsOf(a.points, (*reports.Table).MapPoint),
		rowsOf(a.blocs, (*reports.Table).Bloc),
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
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("aggregate: want stance aggregate [flags] DIR")
	}
	dir := pos[0]
	// The run's settings stand unless a flag says otherwise.
	prev, kept := runSettings(dir, fs, &g)
	if err := g.parse("aggregate"); err != nil {
		return err
	}
	if *out == "" {
		*out = dir
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
	n, err := readStances(source, func(s analysis.Stance) {
		acc.Add(s)
		col.Add(s, reports.StatementText{})
	})
	if err != nil {
		return err
	}
	if ctx.Err() != nil {
		return errInterrupted
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(*out, ".stance-tmp-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	a := g.compute(acc.Dyads())
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
	summary := []reports.SummaryItem{
		{Label: "stances read", Value: strconv.Itoa(n) + " from " + source},
		{Label: "dyads (speaker, target, period)", Value: strconv.Itoa(len(a.dyads))},
		{Label: "period", Value: g.period.String()},
	}
	if err := a.writeWithReport(tmp, &of, a.report(&g, col, rows, summary)); err != nil {
		return err
	}
	if err := of.writeSchema(tmp); err != nil {
		return err
	}
	if err := moveInto(tmp, *out, append(of.files(aggTables...), schemaFile)); err != nil {
		return err
	}
	if err := moveReport(tmp, *out); err != nil {
		return err
	}
	if err := recordAggregate(*out, prev, args, n, len(a.dyads), len(a.align)); err != nil {
		return err
	}
	if len(kept) > 0 {
		fmt.Fprintf(stderr, "stance: kept the run's %s (from %s)\n", strings.Join(kept, ", "), filepath.Join(dir, manifestFile))
	}
	fmt.Fprintf(stdout, "stance: %d stances -> %d dyads, %d alignments, %d map points, %d bloc rows in %s; rewrote its dyads, alignment, map, blocs and report (%s)\n",
		n, len(a.dyads), len(a.align), len(a.points), len(a.blocs), *out, filepath.Join(*out, "report", "index.html"))
	return nil
}

// runSettings reads DIR/run.json, when there is one, and applies the
// run's period and -weighted to g unless the command line set them. It
// returns the manifest (nil without one) and the settings kept.
func runSettings(dir string, fs *flag.FlagSet, g *aggFlags) (map[string]any, []string) {
	data, err := os.ReadFile(filepath.Join(dir, manifestFile))
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
		if _, err := aggregate.ParsePeriod(p); err == nil && p != g.periodName {
			g.periodName = p
			kept = append(kept, "-period "+p)
		}
	}
	if cmdLine, ok := man["command"].([]any); ok && !set["weighted"] {
		for _, a := range cmdLine {
			if a == "-weighted" || a == "--weighted" || a == "-weighted=true" {
				g.weighted = true
				kept = append(kept, "-weighted")
				break
			}
		}
	}
	return man, kept
}

// recordAggregate adds to out/run.json what stance aggregate did (its
// command, the stances read, the dyads and alignment rows written), after
// the run's own record, or writes a run.json of its own when there was
// none.
func recordAggregate(out string, prev map[string]any, args []string, stances, dyads, align int) error {
	man := prev
	if man == nil {
		man = map[string]any{"tool": "stance", "version": version}
	}
	entry := map[string]any{"command": append([]string{"stance", "aggregate"}, args...), "stances": stances, "dyads": dyads, "alignments": align}
	list, _ := man["aggregated"].([]any)
	man["aggregated"] = append(list, entry)
	return writeJSON(filepath.Join(out, manifestFile), man)
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

// readStances reads a stances.csv (or stances.parquet) written by stance
// run (or edited by a user: columns are found by name, extra columns are
// ignored) and hands each row to add. Bad rows are errors with their line
// (for Parquet, the line the row has in the CSV file). The ' that guards
// CSV text cells against spreadsheet formulas is removed.
func readStances(name string, add func(analysis.Stance)) (int, error) {
	t, err := openTable(name, "stances", errStances)
	if err != nil {
		return 0, err
	}
	defer t.close()
	r, head, text := t.records, t.head, t.text
	col := map[string]int{}
	for i, h := range head {
		col[strings.TrimPrefix(h, "\ufeff")] = i
	}
	for _, need := range []string{"speaker_country", "target_country", "stance", "date"} {
		if _, ok := col[need]; !ok {
			return 0, fmt.Errorf("%s:1: %w: no %q column", name, errStances, need)
		}
	}
	get := func(rec []string, c string) string {
		if i, ok := col[c]; ok && i < len(rec) {
			return text(rec[i])
		}
		return ""
	}
	n := 0
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return n, nil
		}
		line, _ := r.FieldPos(0)
		if err != nil {
			return n, fmt.Errorf("%s:%d: %w: %v", name, line, errStances, err)
		}
		score, err := strconv.ParseFloat(get(rec, "stance"), 64)
		if err != nil || score < -1 || score > 1 {
			return n, fmt.Errorf("%s:%d: %w: stance %q is not a number in [-1, 1]", name, line, errStances, get(rec, "stance"))
		}
		date, err := corpus.ParseDate(get(rec, "date"))
		if err != nil {
			return n, fmt.Errorf("%s:%d: %w: %v", name, line, errStances, err)
		}
		conf := 1.0
		if c := get(rec, "confidence"); c != "" {
			if conf, err = strconv.ParseFloat(c, 64); err != nil {
				return n, fmt.Errorf("%s:%d: %w: confidence %q", name, line, errStances, c)
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
			return n, fmt.Errorf("%s:%d: %w: label %q", name, line, errStances, get(rec, "label"))
		}
		var evidence []string
		if e := get(rec, "evidence"); e != "" {
			evidence = strings.Split(e, reports.EvidenceSep)
		}
		add(analysis.Stance{StatementID: get(rec, "statement_id"), DocID: get(rec, "doc_id"), Speaker: get(rec, "speaker"),
			SpeakerCountry: get(rec, "speaker_country"), TargetCountry: get(rec, "target_country"),
			Score: score, Label: label, Confidence: conf, Date: date, Evidence: evidence})
		n++
	}
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

// rowsOf returns a function that writes every x of xs with write.
func rowsOf[T any](xs []T, write func(*reports.Table, T) error) func(*reports.Table) error {
	return func(t *reports.Table) error {
		for _, x := range xs {
			if err := write(t, x); err != nil {
				return err
			}
		}
		return nil
	}
}
