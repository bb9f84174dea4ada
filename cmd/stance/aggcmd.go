package main

import (
	"context"
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/stance-project/stance/analysis"
	"github.com/stance-project/stance/analysis/aggregate"
	"github.com/stance-project/stance/analysis/corpus"
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

	period         aggregate.Period
	sinceD, untilD corpus.Date
}

func (g *aggFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&g.periodName, "period", "month", "dyad period: day, week, month, quarter or year")
	fs.StringVar(&g.since, "since", "", "keep stances dated on or after this date")
	fs.StringVar(&g.until, "until", "", "keep stances dated on or before this date")
	fs.BoolVar(&g.weighted, "weighted", false, "weigh stances by their confidence in dyads")
	fs.IntVar(&g.bootstrap, "bootstrap", 0, "percentile bootstrap intervals from this many resamples (0: Student's t)")
	fs.IntVar(&g.smooth, "smooth", 0, "fill dyads.csv's smoothed column over this many periods on each side (0: empty)")
	fs.IntVar(&g.minShared, "min-shared", 3, "third countries both must address for the similarity part of alignment")
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
	if g.bootstrap < 0 || g.smooth < 0 || g.minShared < 1 {
		return usagef("%s: -bootstrap and -smooth must be 0 or more, -min-shared 1 or more", cmd)
	}
	return nil
}

func (g *aggFlags) accOptions() aggregate.Options {
	return aggregate.Options{Period: g.period, Weighted: g.weighted, Bootstrap: g.bootstrap, Since: g.sinceD, Until: g.untilD}
}

// aggregates are the tables computed from the stances.
type aggregates struct {
	dyads  []aggregate.Dyad
	align  []aggregate.Alignment
	points []aggregate.MapPoint
	blocs  []aggregate.Bloc
}

func (g *aggFlags) compute(acc *aggregate.Accumulator) aggregates {
	var a aggregates
	a.dyads = acc.Dyads()
	aggregate.Smooth(a.dyads, g.period, g.smooth)
	a.align = aggregate.Alignments(a.dyads, aggregate.AlignOptions{MinShared: g.minShared})
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

// write writes dyads.csv, alignment.csv, map.csv and blocs.csv into dir.
func (a aggregates) write(dir string) error {
	tables := []struct {
		name string
		cols []string
		rows func(*reports.Table) error
	}{
		{dyadsFile, reports.DyadColumns, rowsOf(a.dyads, (*reports.Table).Dyad)},
		{alignmentFile, reports.AlignmentColumns, rowsOf(a.align, (*reports.Table).Alignment)},
		{mapFile, reports.MapColumns, rowsOf(a.points, (*reports.Table).MapPoint)},
		{blocsFile, reports.BlocColumns, rowsOf(a.blocs, (*reports.Table).Bloc)},
	}
	for _, tb := range tables {
		if err := writeTable(filepath.Join(dir, tb.name), tb.cols, tb.rows); err != nil {
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
	out := fs.String("o", "", "output folder (default: DIR)")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("aggregate: want stance aggregate [flags] DIR")
	}
	if err := g.parse("aggregate"); err != nil {
		return err
	}
	dir := pos[0]
	if *out == "" {
		*out = dir
	}
	acc := aggregate.NewAccumulator(g.accOptions())
	n, err := readStances(filepath.Join(dir, stancesFile), acc.Add)
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
	a := g.compute(acc)
	if err := a.write(tmp); err != nil {
		return err
	}
	for _, name := range []string{dyadsFile, alignmentFile, mapFile, blocsFile} {
		if err := os.Rename(filepath.Join(tmp, name), filepath.Join(*out, name)); err != nil {
			return fmt.Errorf("move %s into place: %w", name, err)
		}
	}
	fmt.Fprintf(stdout, "stance: %d stances -> %d dyads, %d alignments, %d map points, %d bloc rows in %s\n",
		n, len(a.dyads), len(a.align), len(a.points), len(a.blocs), *out)
	return nil
}

// errStances marks a bad stances.csv.
var errStances = errors.New("bad stances.csv")

// readStances reads a stances.csv written by stance run (or edited by a
// user: columns are found by name, extra columns are ignored) and hands
// each row to add. Bad rows are errors with their line.
func readStances(name string, add func(analysis.Stance)) (int, error) {
	f, err := os.Open(name)
	if err != nil {
		return 0, fmt.Errorf("open stances: %w", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	head, err := r.Read()
	if err != nil {
		return 0, fmt.Errorf("%s:1: %w: %v", name, errStances, err)
	}
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
			return rec[i]
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
		add(analysis.Stance{SpeakerCountry: get(rec, "speaker_country"), TargetCountry: get(rec, "target_country"),
			Score: score, Label: label, Confidence: conf, Date: date})
		n++
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
