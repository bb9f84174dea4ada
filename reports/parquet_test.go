package reports

import (
	"bytes"
	"encoding/csv"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"

	"github.com/stance-project/stance/analysis/aggregate"
	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/analysis/record"
)

// sampleTables returns, for each table, a function that writes a few rows
// with the cases that matter: NaN numbers, empty strings, negative numbers,
// text that starts like a formula.
func sampleTables(t *testing.T) map[*TableSchema]func(*Table) error {
	t.Helper()
	date, err := corpus.ParseDate("2020-03")
	if err != nil {
		t.Fatal(err)
	}
	nan := math.NaN()
	statements := []record.Statement{
		{ID: "d#1", DocID: "d", Date: date, Speaker: "Anna Lind", SpeakerCountry: "SWE", Kind: record.Direct, Cue: "said", Field: record.TextField, Start: 3, End: 40, Text: "Sweden supports Norway, \"fully\"."},
		{ID: "d#2", DocID: "d", Speaker: "=cmd", Kind: record.Speech, Field: record.TitleField, Start: 0, End: 7, Text: "@Norway"},
		{ID: "d#3", DocID: "d", Date: date, Speaker: "Oslo", SpeakerCountry: "NOR", Kind: record.Headline, Cue: ":", Start: 1 << 40, End: 1<<40 + 1, Text: "ünïcode\nline"},
	}
	stances := []record.Stance{
		{StatementID: "d#1", DocID: "d", Date: date, Speaker: "Anna Lind", SpeakerCountry: "SWE", TargetCountry: "NOR", Score: 0.7071, Label: record.Positive, Confidence: 0.8, Evidence: []string{"support+0.6 forward", "fully+0.1 cue"}, GeneralSentiment: -0.25},
		{StatementID: "d#2", DocID: "d", Speaker: "=cmd", TargetCountry: "RUS", Score: -0.5, Label: record.Negative, Confidence: 0, GeneralSentiment: nan},
	}
	dyads := []aggregate.Dyad{
		{Speaker: "SWE", Target: "NOR", Period: "2020-03", N: 3, Mean: 0.5, SD: 0.1, CILow: 0.25, CIHigh: 0.75, Positive: 3, Smoothed: 0.4},
		{Speaker: "SWE", Target: "RUS", Period: "", N: 1, Mean: -0.5, SD: nan, CILow: nan, CIHigh: nan, Negative: 1, Smoothed: nan},
	}
	aligns := []aggregate.Alignment{
		{A: "NOR", B: "SWE", Period: "2020", Score: 0.6, Mutual: 0.6, Similarity: nan, N: 2},
		{A: "FIN", B: "SWE", Period: "2020", Score: -0.2, Mutual: nan, Similarity: -0.2, N: 9, Shared: 3},
	}
	points := []aggregate.MapPoint{{Country: "SWE", Period: "2020", X: -0.125, Y: 0.5}, {Country: "NOR", Period: "", X: 0, Y: math.Copysign(0, -1)}}
	blocs := []aggregate.Bloc{{Period: "2020", Bloc: 1, Country: "NOR"}, {Period: "2020", Bloc: 2, Country: "SWE"}}
	return map[*TableSchema]func(*Table) error{
		&StatementsTable: rows(statements, (*Table).Statement),
		&StancesTable:    rows(stances, (*Table).Stance),
		&DyadsTable:      rows(dyads, (*Table).Dyad),
		&AlignmentTable:  rows(aligns, (*Table).Alignment),
		&MapTable:        rows(points, (*Table).MapPoint),
		&BlocsTable:      rows(blocs[:0], (*Table).Bloc), // an empty table
	}
}

func rows[T any](xs []T, write func(*Table, T) error) func(*Table) error {
	return func(t *Table) error {
		for _, x := range xs {
			if err := write(t, x); err != nil {
				return err
			}
		}
		return nil
	}
}

// writeBoth writes a table as CSV (raw) and Parquet at once, in row
// groups of two rows.
func writeBoth(t *testing.T, ts *TableSchema, write func(*Table) error) (csvData, pqData []byte) {
	t.Helper()
	var c, p bytes.Buffer
	tb, err := NewTable(ts, TableOptions{RawCSV: true, RowGroupRows: 2}, Output{W: &c, Format: CSV}, Output{W: &p, Format: Parquet})
	if err != nil {
		t.Fatal(err)
	}
	if err := write(tb); err != nil {
		t.Fatal(err)
	}
	if err := tb.Close(); err != nil {
		t.Fatal(err)
	}
	return c.Bytes(), p.Bytes()
}

// TestParquetMatchesCSV writes every table as CSV and Parquet, reads the
// Parquet file back with parquet-go and compares its schema and every
// value with the CSV: same columns in the same order, strings as they
// are, int64 for integers, doubles that format as the CSV number, and
// null exactly where the CSV cell is empty in a nullable column.
func TestParquetMatchesCSV(t *testing.T) {
	t.Parallel()
	for ts, write := range sampleTables(t) {
		csvData, pqData := writeBoth(t, ts, write)
		records, err := csv.NewReader(bytes.NewReader(csvData)).ReadAll()
		if err != nil {
			t.Fatalf("%s.csv: %v", ts.Name, err)
		}
		header, cells := records[0], records[1:]

		f, err := parquet.OpenFile(bytes.NewReader(pqData), int64(len(pqData)))
		if err != nil {
			t.Fatalf("%s.parquet: %v", ts.Name, err)
		}
		var names []string
		for _, p := range f.Schema().Columns() {
			names = append(names, strings.Join(p, "."))
		}
		if !slices.Equal(names, header) {
			t.Errorf("%s.parquet columns = %q, want the CSV header %q", ts.Name, names, header)
			continue
		}
		wantKind := map[Type]parquet.Kind{String: parquet.ByteArray, Date: parquet.ByteArray, Integer: parquet.Int64, Number: parquet.Double}
		for i, c := range ts.Columns {
			leaf, ok := f.Schema().Lookup(c.Name)
			if !ok {
				t.Fatalf("%s.parquet: no column %s", ts.Name, c.Name)
			}
			if got, want := leaf.Node.Type().Kind(), wantKind[c.Type]; got != want {
				t.Errorf("%s.parquet %s: kind %v, want %v", ts.Name, c.Name, got, want)
			}
			if got, want := leaf.Node.Optional(), c.Nullable; got != want {
				t.Errorf("%s.parquet %s: optional %v, want %v", ts.Name, c.Name, got, want)
			}
			if leaf.ColumnIndex != i {
				t.Errorf("%s.parquet %s: column %d, want %d", ts.Name, c.Name, leaf.ColumnIndex, i)
			}
		}
		if got, want := f.NumRows(), int64(len(cells)); got != want {
			t.Errorf("%s.parquet: %d rows, want %d", ts.Name, got, want)
		}
		if got, want := len(f.RowGroups()), (len(cells)+1)/2; got != want {
			t.Errorf("%s.parquet: %d row groups, want %d", ts.Name, got, want)
		}

		r := parquet.NewReader(f)
		buf := make([]parquet.Row, 1)
		for i := 0; ; i++ {
			n, err := r.ReadRows(buf)
			if n == 0 {
				if err != io.EOF {
					t.Errorf("%s.parquet: row %d: %v", ts.Name, i, err)
				}
				if i != len(cells) {
					t.Errorf("%s.parquet: read %d rows, want %d", ts.Name, i, len(cells))
				}
				break
			}
			if i >= len(cells) {
				t.Errorf("%s.parquet: more rows than the CSV", ts.Name)
				break
			}
			for _, v := range buf[0] {
				col, want := ts.Columns[v.Column()], cells[i][v.Column()]
				var got string
				switch {
				case v.IsNull():
					if !col.Nullable {
						t.Errorf("%s.parquet row %d %s: null in a required column", ts.Name, i, col.Name)
					}
				case col.Type == Integer:
					got = strconv.FormatInt(v.Int64(), 10)
				case col.Type == Number:
					got = Num(v.Double())
				default:
					got = string(v.ByteArray())
				}
				if got != want {
					t.Errorf("%s.parquet row %d %s = %q, want %q as in the CSV", ts.Name, i, col.Name, got, want)
				}
				if got == "" && col.Nullable && !v.IsNull() {
					t.Errorf("%s.parquet row %d %s: empty value, want null", ts.Name, i, col.Name)
				}
			}
		}
		r.Close()
	}
}

// TestParquetNull: a NaN number and an empty string in a nullable column
// are nulls; the value of a row can be told apart from them.
func TestParquetNull(t *testing.T) {
	t.Parallel()
	_, pqData := writeBoth(t, &DyadsTable, sampleTables(t)[&DyadsTable])
	f, err := parquet.OpenFile(bytes.NewReader(pqData), int64(len(pqData)))
	if err != nil {
		t.Fatal(err)
	}
	rows := make([]parquet.Row, 2)
	n, err := parquet.NewReader(f).ReadRows(rows)
	if n != 2 {
		t.Fatalf("read %d rows (%v), want 2", n, err)
	}
	sd, _ := f.Schema().Lookup("sd")
	period, _ := f.Schema().Lookup("period")
	for i, want := range []bool{false, true} {
		if got := rows[i][sd.ColumnIndex].IsNull(); got != want {
			t.Errorf("row %d sd null = %v, want %v", i, got, want)
		}
		if got := rows[i][period.ColumnIndex].IsNull(); got != want {
			t.Errorf("row %d period null = %v, want %v", i, got, want)
		}
	}
	if got, want := rows[0][sd.ColumnIndex].Double(), 0.1; got != want {
		t.Errorf("row 0 sd = %v, want %v", got, want)
	}
}

// TestParquetReader reads the Parquet tables back with ParquetReader: the
// columns and each row as text, numbers at full precision.
func TestParquetReader(t *testing.T) {
	t.Parallel()
	for ts, write := range sampleTables(t) {
		csvData, pqData := writeBoth(t, ts, write)
		records, err := csv.NewReader(bytes.NewReader(csvData)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		r, err := NewParquetReader(bytes.NewReader(pqData), int64(len(pqData)))
		if err != nil {
			t.Fatalf("%s: %v", ts.Name, err)
		}
		if got, want := r.Columns(), records[0]; !slices.Equal(got, want) {
			t.Errorf("%s: Columns() = %q, want %q", ts.Name, got, want)
		}
		for i := 1; ; i++ {
			rec, err := r.Read()
			if err == io.EOF {
				if i != len(records) {
					t.Errorf("%s: %d rows, want %d", ts.Name, i-1, len(records)-1)
				}
				break
			}
			if err != nil {
				t.Fatalf("%s: row %d: %v", ts.Name, i, err)
			}
			if line, _ := r.FieldPos(0); line != i+1 {
				t.Errorf("%s: FieldPos line = %d, want %d", ts.Name, line, i+1)
			}
			for j, got := range rec {
				want := records[i][j]
				if ts.Columns[j].Type == Number && got != "" {
					x, err := strconv.ParseFloat(got, 64)
					if err != nil {
						t.Errorf("%s row %d %s = %q: %v", ts.Name, i, ts.Columns[j].Name, got, err)
					}
					got = Num(x)
				}
				if got != want {
					t.Errorf("%s row %d %s = %q, want %q", ts.Name, i, ts.Columns[j].Name, got, want)
				}
			}
		}
		r.Close()
	}
}

// TestParquetDeterministic: the same rows give the same bytes.
func TestParquetDeterministic(t *testing.T) {
	t.Parallel()
	for ts, write := range sampleTables(t) {
		_, a := writeBoth(t, ts, write)
		_, b := writeBoth(t, ts, write)
		if !bytes.Equal(a, b) {
			t.Errorf("%s.parquet differs between two writes", ts.Name)
		}
	}
}

func TestParseFormat(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		in   string
		want Format
	}{{"csv", CSV}, {"parquet", Parquet}} {
		got, err := ParseFormat(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseFormat(%q) = %v, %v, want %v", tt.in, got, err, tt.want)
		}
		if got.String() != tt.in {
			t.Errorf("%v.String() = %q, want %q", got, got.String(), tt.in)
		}
	}
	for _, in := range []string{"", "CSV", "xlsx", "csv,parquet"} {
		if got, err := ParseFormat(in); err == nil {
			t.Errorf("ParseFormat(%q) = %v, want an error", in, got)
		}
	}
}
