package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/stance-project/stance/internal/stancerun"
)

// TestAggregateMatchesRun: stance aggregate from stances.csv and from
// stances.parquet gives the run's dyads, alignment, map and blocs byte for
// byte (stances.csv had four decimals, the run and Parquet all of them).
func TestAggregateMatchesRun(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		args  []string
		short bool // small enough for -short
	}{
		{"demo", []string{"../../testdata/demo"}, true},
		{"ungdc", []string{"-period", "year", "-field", "date=year", "-field", "speaker_country=iso3", "-field", "speaker=speaker",
			"../../testdata/ungdc/ungdc-2015-2024.jsonl.gz"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !tt.short && testing.Short() {
				t.Skip("reads 25 MB of speeches")
			}
			dir := t.TempDir()
			out := filepath.Join(dir, "run")
			stance := func(args ...string) {
				t.Helper()
				var stdout, stderr bytes.Buffer
				if err := run(context.Background(), args, &stdout, &stderr, env{}); err != nil {
					t.Fatalf("stance %q: %v\n%s", args, err, stderr.String())
				}
			}
			stance(append([]string{"run", "-quiet", "-o", out, "-format", "csv,parquet"}, tt.args...)...)
			// A folder with stances.parquet alone (and the run's
			// settings): aggregate reads it when there is no stances.csv.
			pq := filepath.Join(dir, "parquet-only")
			if err := os.Mkdir(pq, 0o755); err != nil {
				t.Fatal(err)
			}
			for _, name := range []string{"stances.parquet", stancerun.ManifestFile} {
				data, err := os.ReadFile(filepath.Join(out, name))
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(pq, name), data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			fromCSV, fromParquet := filepath.Join(dir, "agg-csv"), filepath.Join(dir, "agg-parquet")
			stance("aggregate", "-o", fromCSV, out)
			stance("aggregate", "-o", fromParquet, pq)
			for _, name := range []string{dyadsFile, alignmentFile, mapFile, blocsFile} {
				want, err := os.ReadFile(filepath.Join(out, name))
				if err != nil {
					t.Fatal(err)
				}
				if bytes.Count(want, []byte("\n")) < 2 {
					t.Errorf("run's %s has no rows: the test compares nothing", name)
				}
				for _, agg := range []string{fromCSV, fromParquet} {
					got, err := os.ReadFile(filepath.Join(agg, name))
					if err != nil {
						t.Fatal(err)
					}
					if !bytes.Equal(got, want) {
						t.Errorf("%s of aggregate from %s differs from the run's: %d rows differ (first: %s)",
							name, filepath.Base(agg), diffLines(want, got), firstDiff(want, got))
					}
				}
			}
		})
	}
}

// diffLines counts the lines that differ between a and b, line by line.
func diffLines(a, b []byte) int {
	la, lb := bytes.Split(a, []byte("\n")), bytes.Split(b, []byte("\n"))
	n := max(len(la), len(lb)) - min(len(la), len(lb))
	for i := range min(len(la), len(lb)) {
		if !bytes.Equal(la[i], lb[i]) {
			n++
		}
	}
	return n
}

// firstDiff shows the first line that differs between want and got.
func firstDiff(want, got []byte) string {
	lw, lg := bytes.Split(want, []byte("\n")), bytes.Split(got, []byte("\n"))
	for i := range min(len(lw), len(lg)) {
		if !bytes.Equal(lw[i], lg[i]) {
			return "line " + strconv.Itoa(i+1) + ": " + string(bytes.TrimSpace(lg[i])) + ", want " + string(bytes.TrimSpace(lw[i]))
		}
	}
	return "the line count"
}
