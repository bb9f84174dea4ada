package reports

import (
	"math"
	"strings"
	"testing"

	"github.com/stance-project/stance/analysis/aggregate"
	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/analysis/record"
)

func TestNeutraliseCell(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in, want string
	}{
		// Each character that starts a formula.
		{"=1+1", "'=1+1"},
		{"+1", "'+1"},
		{"-1", "'-1"},
		{"@SUM(A1:A9)", "'@SUM(A1:A9)"},
		{"\tx", "'\tx"},
		{"\rx", "'\rx"},
		{`=HYPERLINK("http://x","y")`, `'=HYPERLINK("http://x","y")`},
		// Quotes before a trigger get one more, so that RestoreCell is exact.
		{"'=x", "''=x"},
		{"''-x", "'''-x"},
		// Ordinary text is left alone.
		{"", ""},
		{"Sweden", "Sweden"},
		{"a=b", "a=b"},
		{" =x", " =x"},
		{"'quoted'", "'quoted'"},
		{"'", "'"},
		{"−1", "−1"}, // U+2212, not a hyphen-minus
		{"2018-11-05", "2018-11-05"},
		{"\nx", "\nx"},
	}
	for _, tt := range tests {
		if got := NeutraliseCell(tt.in); got != tt.want {
			t.Errorf("NeutraliseCell(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := RestoreCell(NeutraliseCell(tt.in)); got != tt.in {
			t.Errorf("RestoreCell(NeutraliseCell(%q)) = %q, want it back", tt.in, got)
		}
	}
}

func TestRestoreCell(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in, want string
	}{
		{"'=1+1", "=1+1"},
		{"'@x", "@x"},
		{"'\tx", "\tx"},
		{"''=x", "'=x"},
		{"'plain", "'plain"}, // no trigger after the quote: not a guard
		{"'", "'"},
		{"=raw", "=raw"}, // written with -raw-csv
		{"-0.5000", "-0.5000"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := RestoreCell(tt.in); got != tt.want {
			t.Errorf("RestoreCell(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestTableCSVFormulaGuard: text cells that start like a formula get a '
// unless RawCSV; numbers, negative ones too, never do.
func TestTableCSVFormulaGuard(t *testing.T) {
	t.Parallel()
	date, err := corpus.ParseDate("2020-03-04")
	if err != nil {
		t.Fatal(err)
	}
	st := record.Statement{ID: "=d#1", DocID: "=d", Date: date, Speaker: "@Anna", SpeakerCountry: "SWE",
		Kind: record.Direct, Cue: "-", Field: record.TextField, Start: 0, End: 9, Text: "+1 for Norway"}
	sn := record.Stance{StatementID: "=d#1", DocID: "=d", Date: date, Speaker: "@Anna", SpeakerCountry: "\tSWE",
		TargetCountry: "NOR", Score: -0.5, Label: record.Negative, Confidence: 0.25,
		Evidence: []string{"-condemn-0.6 forward"}, GeneralSentiment: math.NaN()}
	dy := aggregate.Dyad{Speaker: "=A", Target: "B", Period: "-", N: 2, NEvidence: 2, Mean: -0.25, MeanAll: -0.25, Shrunk: math.NaN(),
		SD: math.NaN(), CILow: -1, CIHigh: 1, Positive: 1, Negative: 1, Smoothed: math.NaN()}
	tests := []struct {
		name  string
		raw   bool
		table *TableSchema
		write func(*Table) error
		want  string
	}{
		{"statement", false, &StatementsTable, func(t *Table) error { return t.Statement(st) },
			"'=d#1,'=d,2020-03-04,'@Anna,SWE,direct,'-,text,0,9,'+1 for Norway\r\n"},
		{"statement raw", true, &StatementsTable, func(t *Table) error { return t.Statement(st) },
			"=d#1,=d,2020-03-04,@Anna,SWE,direct,-,text,0,9,+1 for Norway\r\n"},
		{"stance", false, &StancesTable, func(t *Table) error { return t.Stance(sn) },
			"'=d#1,'=d,2020-03-04,'@Anna,'\tSWE,NOR,-0.5000,negative,0.2500,'-condemn-0.6 forward,\r\n"},
		{"stance raw", true, &StancesTable, func(t *Table) error { return t.Stance(sn) },
			"=d#1,=d,2020-03-04,@Anna,\"\tSWE\",NOR,-0.5000,negative,0.2500,-condemn-0.6 forward,\r\n"},
		{"dyad", false, &DyadsTable, func(t *Table) error { return t.Dyad(dy) },
			"'=A,B,'-,2,2,0.0000,-0.2500,-0.2500,,,-1.0000,1.0000,1,1,0,\r\n"},
		{"alignment", false, &AlignmentTable, func(t *Table) error {
			return t.Alignment(aggregate.Alignment{A: "+A", B: "B", Score: -0.1, CILow: -0.5, CIHigh: math.NaN(), Mutual: -0.1, Similarity: math.NaN(), N: 3})
		}, "'+A,B,,-0.1000,-0.5000,,-0.1000,,3,0\r\n"},
		{"map", false, &MapTable, func(t *Table) error {
			return t.MapPoint(aggregate.MapPoint{Country: "@C", Period: "2020", X: -0.0000001, Y: -2})
		}, "'@C,2020,0.0000,-2.0000\r\n"},
		{"bloc", false, &BlocsTable, func(t *Table) error {
			return t.Bloc(aggregate.Bloc{Period: "2020", Bloc: 1, Country: "-C"})
		}, "2020,1,'-C\r\n"},
	}
	for _, tt := range tests {
		var b strings.Builder
		tb, err := NewTable(tt.table, TableOptions{RawCSV: tt.raw}, Output{W: &b, Format: CSV})
		if err != nil {
			t.Fatal(err)
		}
		if err := tt.write(tb); err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if err := tb.Close(); err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		header := strings.Join(tt.table.ColumnNames(), ",") + "\r\n"
		if got, want := b.String(), header+tt.want; got != want {
			t.Errorf("%s: got\n%q\nwant\n%q", tt.name, got, want)
		}
	}
}

func TestNum(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   float64
		want string
	}{
		{0.5, "0.5000"},
		{-0.5, "-0.5000"},
		{-0.00001, "0.0000"},
		{math.Copysign(0, -1), "0.0000"},
		{math.NaN(), ""},
		{math.Inf(1), ""},
	}
	for _, tt := range tests {
		if got := Num(tt.in); got != tt.want {
			t.Errorf("Num(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzNeutraliseCell: a guarded cell never starts like a formula, and
// RestoreCell gives the text back.
func FuzzNeutraliseCell(f *testing.F) {
	for _, s := range []string{"", "=1+1", "'=x", "''-", "plain", "'", "\t", "@"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		g := NeutraliseCell(s)
		if g != "" && formulaStart(g[0]) {
			t.Errorf("NeutraliseCell(%q) = %q starts like a formula", s, g)
		}
		if got := RestoreCell(g); got != s {
			t.Errorf("RestoreCell(NeutraliseCell(%q)) = %q, want it back", s, got)
		}
	})
}
