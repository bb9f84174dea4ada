package reports

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/stance-project/stance/analysis/aggregate"
	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/analysis/record"
)

// Format is a file format of the tables.
type Format int

// The formats.
const (
	CSV     Format = iota // RFC 4180 text, see the package documentation
	Parquet               // Apache Parquet, typed columns
)

var formatNames = [...]string{CSV: "csv", Parquet: "parquet"}

// String returns the format's name, which is also its file extension:
// csv or parquet.
func (f Format) String() string {
	if f < 0 || int(f) >= len(formatNames) {
		return fmt.Sprintf("Format(%d)", int(f))
	}
	return formatNames[f]
}

// ParseFormat returns the format named s (csv or parquet).
func ParseFormat(s string) (Format, error) {
	for i, n := range formatNames {
		if n == s {
			return Format(i), nil
		}
	}
	return 0, fmt.Errorf("unknown format %q (want csv or parquet)", s)
}

// Output is one file a [Table] writes: where and in which format.
type Output struct {
	W      io.Writer
	Format Format
}

// TableOptions configure a [Table].
type TableOptions struct {
	// RawCSV writes the text cells of CSV outputs as they are. By default
	// a text cell that a spreadsheet would run as a formula gets a ' in
	// front (see [NeutraliseCell]). Parquet cells are typed and never
	// changed.
	RawCSV bool
	// RowGroupRows is the number of rows in each Parquet row group; rows
	// are held in memory until their group is full (0 means 65536).
	RowGroupRows int
}

// encoder writes the rows of one output file.
type encoder interface {
	write(row []cell) error
	close() error
}

// cell is one value of a row; its column's type says which field holds
// it.
type cell struct {
	s string
	x float64
	i int
}

// Table writes the rows of one table to one or more outputs, a file per
// format. The row methods (Statement, Stance, ...) must match the table's
// schema.
type Table struct {
	schema *TableSchema
	encs   []encoder
	row    []cell
	// The last date written and its text: the rows of a document share
	// its date.
	lastDate corpus.Date
	lastText string
}

// date returns d as written in the tables.
func (t *Table) date(d corpus.Date) string {
	if d != t.lastDate || t.lastText == "" {
		t.lastDate, t.lastText = d, d.String()
	}
	return t.lastText
}

// NewTable returns a table that writes the rows of schema to outs; the CSV
// outputs get their header at once.
func NewTable(schema *TableSchema, opts TableOptions, outs ...Output) (*Table, error) {
	t := &Table{schema: schema, row: make([]cell, 0, len(schema.Columns))}
	for _, o := range outs {
		var (
			e   encoder
			err error
		)
		switch o.Format {
		case CSV:
			e, err = newCSVEncoder(o.W, schema, opts)
		case Parquet:
			e, err = newParquetEncoder(o.W, schema, opts)
		default:
			err = fmt.Errorf("unknown format %v", o.Format)
		}
		if err != nil {
			return nil, fmt.Errorf("%s %v: %w", schema.Name, o.Format, err)
		}
		t.encs = append(t.encs, e)
	}
	return t, nil
}

// Close writes any buffered rows (and the Parquet footers) and returns
// the errors of the outputs, joined. It does not close the outputs'
// writers. No row may be written after Close.
func (t *Table) Close() error {
	var errs []error
	for _, e := range t.encs {
		errs = append(errs, e.close())
	}
	return errors.Join(errs...)
}

// add writes one row of cells to every output. The cells are copied into
// t.row, so that the variadic slice does not escape to the heap.
func (t *Table) add(cells ...cell) error {
	t.row = append(t.row[:0], cells...)
	if len(t.row) != len(t.schema.Columns) {
		return fmt.Errorf("%s: row of %d cells, want %d", t.schema.Name, len(t.row), len(t.schema.Columns))
	}
	for _, e := range t.encs {
		if err := e.write(t.row); err != nil {
			return err
		}
	}
	return nil
}

// text, number and integer make the cells of String (and Date), Number and
// Integer columns.
func text(s string) cell    { return cell{s: s} }
func number(x float64) cell { return cell{x: x} }
func integer(i int) cell    { return cell{i: i} }

// EvidenceSep separates evidence items in the evidence column.
const EvidenceSep = " | "

// Statement writes one row of statements.
func (t *Table) Statement(s record.Statement) error {
	return t.add(text(s.ID), text(s.DocID), text(t.date(s.Date)), text(s.Speaker), text(s.SpeakerCountry),
		text(s.Kind.String()), text(s.Cue), text(s.Field.String()), integer(s.Start), integer(s.End), text(s.Text))
}

// Stance writes one row of stances.
func (t *Table) Stance(s record.Stance) error {
	return t.add(text(s.StatementID), text(s.DocID), text(t.date(s.Date)), text(s.Speaker), text(s.SpeakerCountry),
		text(s.TargetCountry), number(s.Score), text(s.Label.String()), number(s.Confidence),
		text(strings.Join(s.Evidence, EvidenceSep)), number(s.GeneralSentiment))
}

// Dyad writes one row of dyads.
func (t *Table) Dyad(d aggregate.Dyad) error {
	share := 0.0
	if d.N > 0 {
		share = float64(d.Neutral) / float64(d.N)
	}
	return t.add(text(d.Speaker), text(d.Target), text(d.Period), integer(d.N), integer(d.NEvidence), number(share),
		number(d.Mean), number(d.MeanAll), number(d.Shrunk), number(d.SD),
		number(d.CILow), number(d.CIHigh), integer(d.Positive), integer(d.Negative), integer(d.Neutral), number(d.Smoothed))
}

// Alignment writes one row of alignment.
func (t *Table) Alignment(a aggregate.Alignment) error {
	return t.add(text(a.A), text(a.B), text(a.Period), number(a.Score), number(a.CILow), number(a.CIHigh), number(a.Mutual), number(a.Similarity),
		integer(a.N), integer(a.Shared))
}

// MapPoint writes one row of map.
func (t *Table) MapPoint(p aggregate.MapPoint) error {
	return t.add(text(p.Country), text(p.Period), number(p.X), number(p.Y))
}

// Bloc writes one row of blocs.
func (t *Table) Bloc(b aggregate.Bloc) error {
	return t.add(text(b.Period), integer(b.Bloc), text(b.Country))
}
