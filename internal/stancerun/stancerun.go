// Package stancerun is the glue of stance run that the two front ends
// of the analysis share: cmd/stance (stance run, stance aggregate) and
// beam/stancebeam with beam/cmd/stance-beam (the Apache Beam pipeline of
// stance run). It holds what those front ends must agree on for their
// outputs to be the same: the names in an output folder, the fields of
// run.json and their order, the run's warnings, the lexicons and
// readers' settings, the report's overview rows and mentions, and the
// flag types and the command-line parsing both use.
//
// It imports no Beam: the main module's commands build without it.
package stancerun

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/stance-project/stance/analysis"
	"github.com/stance-project/stance/analysis/aggregate"
	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/analysis/pipeline"
	"github.com/stance-project/stance/lexicons"
	"github.com/stance-project/stance/reports"
)

// Version is stance's version, written to run.json and schema.json by
// stance and by stance-beam (which reproduces stance's outputs).
const Version = "0.1.0"

// LoadLexicons loads the lexicons and the actors, the files of user (nil:
// none) replacing the built-in ones. The set's Versions include the actor
// files'.
func LoadLexicons(user fs.FS) (*lexicons.Set, []lexicons.Actor, error) {
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

// SetField sets the field name of f (by -field's names: id, date, title,
// text, url, source, speaker, speaker_country) to src; false for an
// unknown name.
func SetField(f *corpus.Fields, name, src string) bool {
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
	default:
		return false
	}
	return true
}

// ReadOptions returns the corpus readers' options of -field (fields,
// unknown names left out) and -max-record-bytes (maxBytes).
func ReadOptions(fields map[string]string, maxBytes int64) corpus.Options {
	f := corpus.DefaultFields()
	for name, src := range fields {
		SetField(&f, name, src)
	}
	return corpus.Options{Fields: f, MaxRecordBytes: maxBytes}
}

// ShownNames returns the paths (or arguments) as outputs show them: valid
// UTF-8, each invalid byte as \xNN (corpus.ShownName).
func ShownNames(paths []string) []string {
	out := make([]string, len(paths))
	for i, p := range paths {
		out[i] = corpus.ShownName(p)
	}
	return out
}

// StatementText returns the text, kind and cue of the statement id, as
// statements.csv has them, looking from *j on (stances come in the order
// of their statements), then from the start.
func StatementText(stmts []analysis.Statement, id string, j *int) reports.StatementText {
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

// ReportMentions adapts the analysis' mentions of countries to the
// report's explorer, which does not import the analysis.
func ReportMentions(ms []analysis.Mention) []reports.Mention {
	if len(ms) == 0 {
		return nil
	}
	out := make([]reports.Mention, len(ms))
	for i, m := range ms {
		out[i] = reports.Mention{Code: m.Code, Start: m.Start, End: m.End}
	}
	return out
}

// Summary returns the report's overview rows of a run over inputs (as
// ShownNames gives them), from its counts m, its number of dyads and
// their period.
func Summary(inputs []string, m *pipeline.Manifest, dyads int, p aggregate.Period) []reports.SummaryItem {
	return []reports.SummaryItem{
		{Label: "corpus", Value: strings.Join(inputs, ", ")},
		{Label: "documents", Value: strconv.Itoa(m.Documents)},
		{Label: "skipped inputs", Value: strconv.Itoa(m.Skipped)},
		{Label: "input problems", Value: strconv.Itoa(m.ProblemCount)},
		{Label: "failed documents", Value: strconv.Itoa(m.Failed)},
		{Label: "undated documents", Value: strconv.Itoa(m.Undated)},
		{Label: "statements", Value: strconv.Itoa(m.Statements)},
		{Label: "stances", Value: strconv.Itoa(m.Stances)},
		{Label: "dyads (speaker, target, period)", Value: strconv.Itoa(dyads)},
		{Label: "period", Value: p.String()},
	}
}

// SuccessorsItem is the report's overview row of the successor table.
func SuccessorsItem(s aggregate.Successors) reports.SummaryItem {
	table := s.Resolved()
	var rows []string
	for _, from := range slices.Sorted(maps.Keys(table)) {
		rows = append(rows, from+" → "+table[from])
	}
	if len(rows) == 0 {
		rows = []string{"none"}
	}
	return reports.SummaryItem{Label: "country codes merged into successors", Value: strings.Join(rows, ", ")}
}

// AlignWindow is aggregate.AlignOptions.Window (and the report's
// AlignWindow) for -window k: -1 for none.
func AlignWindow(k int) int {
	if k == 0 {
		return -1
	}
	return k
}

// Weighting is the report's Weighting for -weighted.
func Weighting(weighted bool) reports.Weighting {
	if weighted {
		return reports.ConfidenceWeighted
	}
	return reports.Unweighted
}

// RowsOf returns a function that writes every x of xs into a table with
// write (a method of reports.Table such as (*reports.Table).Dyad).
func RowsOf[T any](xs []T, write func(*reports.Table, T) error) func(*reports.Table) error {
	return func(t *reports.Table) error {
		for _, x := range xs {
			if err := write(t, x); err != nil {
				return err
			}
		}
		return nil
	}
}

// WriteClose writes f with write through a buffer of size bytes (0:
// bufio's default), flushes the buffer and closes f. It returns the
// first error.
func WriteClose(f io.WriteCloser, size int, write func(io.Writer) error) error {
	b := bufio.NewWriterSize(f, size)
	err := write(b)
	if err == nil {
		err = b.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
