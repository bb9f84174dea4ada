package reports

import (
	"encoding/csv"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/stance-project/stance/analysis"
	"github.com/stance-project/stance/analysis/aggregate"
)

// Column lists of the tables. Keep in sync with the README and doc.go.
var (
	StatementColumns = []string{"statement_id", "doc_id", "date", "speaker", "speaker_country", "kind", "cue", "field", "start", "end", "text"}
	StanceColumns    = []string{"statement_id", "doc_id", "date", "speaker", "speaker_country", "target_country", "stance", "label", "confidence", "evidence", "general_sentiment"}
	DyadColumns      = []string{"speaker_country", "target_country", "period", "n", "mean", "sd", "ci_low", "ci_high", "positive", "negative", "neutral", "smoothed"}
	AlignmentColumns = []string{"country_a", "country_b", "period", "score", "mutual", "similarity", "n", "shared"}
	MapColumns       = []string{"country", "period", "x", "y"}
	BlocColumns      = []string{"period", "bloc", "country"}
)

// Table writes the rows of one CSV table.
type Table struct {
	w   *csv.Writer
	row []string
}

// NewTable writes the header and returns a table that writes rows to w.
func NewTable(w io.Writer, columns []string) (*Table, error) {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(columns); err != nil {
		return nil, err
	}
	return &Table{w: cw, row: make([]string, 0, len(columns))}, nil
}

// Flush writes any buffered rows and returns the first write error.
func (t *Table) Flush() error {
	t.w.Flush()
	return t.w.Error()
}

func (t *Table) write(cells ...string) error { return t.w.Write(cells) }

// Num formats a number with four decimals, or "" when it is NaN.
func Num(x float64) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return ""
	}
	if x == 0 {
		x = 0 // no "-0.0000"
	}
	s := strconv.FormatFloat(x, 'f', 4, 64)
	if s == "-0.0000" {
		s = "0.0000"
	}
	return s
}

// EvidenceSep separates evidence items in the evidence column.
const EvidenceSep = " | "

// Statement writes one row of statements.csv.
func (t *Table) Statement(s analysis.Statement) error {
	return t.write(s.ID, s.DocID, s.Date.String(), s.Speaker, s.SpeakerCountry, s.Kind.String(), s.Cue,
		s.Field.String(), strconv.Itoa(s.Start), strconv.Itoa(s.End), s.Text)
}

// Stance writes one row of stances.csv.
func (t *Table) Stance(s analysis.Stance) error {
	return t.write(s.StatementID, s.DocID, s.Date.String(), s.Speaker, s.SpeakerCountry, s.TargetCountry,
		Num(s.Score), s.Label.String(), Num(s.Confidence), strings.Join(s.Evidence, EvidenceSep), Num(s.GeneralSentiment))
}

// Dyad writes one row of dyads.csv.
func (t *Table) Dyad(d aggregate.Dyad) error {
	return t.write(d.Speaker, d.Target, d.Period, strconv.Itoa(d.N), Num(d.Mean), Num(d.SD), Num(d.CILow), Num(d.CIHigh),
		strconv.Itoa(d.Positive), strconv.Itoa(d.Negative), strconv.Itoa(d.Neutral), Num(d.Smoothed))
}

// Alignment writes one row of alignment.csv.
func (t *Table) Alignment(a aggregate.Alignment) error {
	return t.write(a.A, a.B, a.Period, Num(a.Score), Num(a.Mutual), Num(a.Similarity), strconv.Itoa(a.N), strconv.Itoa(a.Shared))
}

// MapPoint writes one row of map.csv.
func (t *Table) MapPoint(p aggregate.MapPoint) error {
	return t.write(p.Country, p.Period, Num(p.X), Num(p.Y))
}

// Bloc writes one row of blocs.csv.
func (t *Table) Bloc(b aggregate.Bloc) error {
	return t.write(b.Period, strconv.Itoa(b.Bloc), b.Country)
}
