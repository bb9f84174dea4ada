package main

import (
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stance-project/stance/analysis"
	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/reports"
)

// TestReadStancesParquetBadRows: a Parquet stances table's bad rows (a
// NaN or infinite stance, written as null) are skipped and reported at the
// line the row has in the CSV file, as in stances.csv; -strict's reporter
// stops at the first.
func TestReadStancesParquetBadRows(t *testing.T) {
	t.Parallel()
	name := filepath.Join(t.TempDir(), "stances.parquet")
	f, err := os.Create(name)
	if err != nil {
		t.Fatal(err)
	}
	tab, err := reports.NewTable(&reports.StancesTable, reports.TableOptions{}, reports.Output{W: f, Format: reports.Parquet})
	if err != nil {
		t.Fatal(err)
	}
	d := corpus.Date{Year: 2020, Precision: corpus.Year}
	for i, score := range []float64{0.5, math.NaN(), math.Inf(1), -0.25} {
		s := analysis.Stance{StatementID: "d#" + strconv.Itoa(i+1), DocID: "d", Date: d, SpeakerCountry: "AAA", TargetCountry: "BBB",
			Score: score, Confidence: 0.5, Evidence: []string{"x+0.50 forward"}}
		if err := tab.Stance(s); err != nil {
			t.Fatal(err)
		}
	}
	if err := tab.Close(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	var got []float64
	var bad []string
	n, skipped, err := readStances(name, func(s analysis.Stance) { got = append(got, s.Score) }, func(err error, nth int) error {
		bad = append(bad, err.Error())
		return nil
	})
	if err != nil || n != 2 || skipped != 2 || len(got) != 2 || got[0] != 0.5 || got[1] != -0.25 {
		t.Fatalf("readStances = %d rows %v, %d skipped, %v; want 2 rows [0.5 -0.25], 2 skipped, nil", n, got, skipped, err)
	}
	for i, want := range []string{name + ":3: bad stances.csv: stance", name + ":4: bad stances.csv: stance"} {
		if !strings.HasPrefix(bad[i], want) {
			t.Errorf("bad row %d: %q, want prefix %q", i+1, bad[i], want)
		}
	}
	var stderr strings.Builder
	n, skipped, err = readStances(name, func(analysis.Stance) {}, badRowReporter(&stderr, true))
	if err == nil || !strings.HasPrefix(err.Error(), name+":3: bad stances.csv:") || !strings.HasSuffix(err.Error(), "(-strict)") || n != 1 || skipped != 1 {
		t.Errorf("readStances with -strict = %d, %d, %v; want an error at line 3 after 1 row", n, skipped, err)
	}
}
