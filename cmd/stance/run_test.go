package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stance-project/stance/analysis/pipeline"
	"github.com/stance-project/stance/internal/browsertest"
	"github.com/stance-project/stance/internal/stancerun"
	"github.com/stance-project/stance/reports"
)

// TestInterruptKeepsOutputs: a run stopped by Ctrl-C (a cancelled context)
// leaves the previous outputs as they were, removes its temporary folder
// and exits 130.
func TestInterruptKeepsOutputs(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	in, out := firstRun(t, dir, "a.jsonl")
	before := readAll(t, out)
	var stdout, stderr bytes.Buffer

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := run(ctx, []string{"run", "-o", out, in}, &stdout, &stderr, env{})
	if got, want := exitCode(err, &stderr), 130; got != want {
		t.Fatalf("exit code = %d (%v), want %d", got, err, want)
	}
	after := readAll(t, out)
	if len(after) != len(before) {
		t.Errorf("files after the interrupted run = %d, want %d", len(after), len(before))
	}
	for name, data := range before {
		if !bytes.Equal(after[name], data) {
			t.Errorf("%s changed after an interrupted run", name)
		}
	}
}

// firstRun writes a one-sentence corpus file named name into dir and runs
// stance run on it into dir/out: the earlier outputs a test then checks
// are left as they were. It returns the file and the output folder.
func firstRun(t *testing.T, dir, name string) (in, out string) {
	t.Helper()
	in, out = filepath.Join(dir, name), filepath.Join(dir, "out")
	writeFiles(t, dir, map[string]string{name: `{"id":"a","text":"Chile praised Peru."}` + "\n"})
	var stdout, stderr bytes.Buffer
	if err := run(context.Background(), []string{"run", "-o", out, in}, &stdout, &stderr, env{}); err != nil {
		t.Fatalf("first run: %v\n%s", err, stderr.String())
	}
	return in, out
}

func readAll(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if strings.Contains(p, ".stance-tmp-") {
			t.Errorf("temporary file left behind: %s", p)
		}
		data, err := os.ReadFile(p)
		files[p] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// TestDocumentedColumns is a repository invariant: every table and every
// column of it is documented in the README, in the manual (doc.go) and in
// schema.json, and so is schema.json itself.
func TestDocumentedColumns(t *testing.T) {
	t.Parallel()
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	man := manual()
	var b bytes.Buffer
	if err := reports.WriteSchemaJSON(&b, reports.SchemaOptions{}); err != nil {
		t.Fatal(err)
	}
	schema := readSchemaJSON(t, b.Bytes())
	for _, name := range []string{stancerun.SchemaFile, "-format", "-raw-csv", ".parquet"} {
		if !bytes.Contains(readme, []byte(name)) {
			t.Errorf("README.md does not document %s", name)
		}
		if !strings.Contains(man, name) {
			t.Errorf("doc.go does not document %s", name)
		}
	}
	for _, ts := range reports.Tables {
		if file := ts.File(reports.CSV); !bytes.Contains(readme, []byte(file)) || !strings.Contains(man, file) {
			t.Errorf("README.md or doc.go does not document %s", file)
		}
		for _, c := range ts.ColumnNames() {
			if !bytes.Contains(readme, []byte("`"+c+"`")) {
				t.Errorf("README.md does not document column %q", c)
			}
			if !strings.Contains(man, c) {
				t.Errorf("doc.go does not document column %q", c)
			}
		}
		if got, want := schema[ts.Name], ts.ColumnNames(); !slices.Equal(got, want) {
			t.Errorf("schema.json %s columns = %q, want %q", ts.Name, got, want)
		}
	}
	if got, want := []string{statementsFile, stancesFile, dyadsFile, alignmentFile, mapFile, blocsFile}, (&outFlags{formats: formatList{reports.CSV}}).files(reports.Tables...); !slices.Equal(got, want) {
		t.Errorf("file names = %q, want %q", got, want)
	}
}

// readSchemaJSON returns the columns of each table of a schema.json.
func readSchemaJSON(t *testing.T, data []byte) map[string][]string {
	t.Helper()
	var s struct {
		Tables []struct {
			Name    string
			Files   []string
			Columns []struct{ Name string }
		}
	}
	if err := json.Unmarshal(data, &s); err != nil {
		t.Fatalf("schema.json: %v", err)
	}
	cols := map[string][]string{}
	for _, tb := range s.Tables {
		for _, c := range tb.Columns {
			cols[tb.Name] = append(cols[tb.Name], c.Name)
		}
	}
	return cols
}

// TestSchemaJSONMatchesOutputs runs stance in both formats and checks that
// schema.json lists the tables written, each with exactly the columns of
// the CSV header and of the Parquet file, in order.
func TestSchemaJSONMatchesOutputs(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	in := filepath.Join(dir, "a.jsonl")
	doc := `{"id":"a","date":"2020-01-02","text":"Chile praised Peru. Peru condemned Bolivia."}` + "\n"
	if err := os.WriteFile(in, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	var stdout, stderr bytes.Buffer
	if err := run(context.Background(), []string{"run", "-o", out, "-format", "csv,parquet", in}, &stdout, &stderr, env{}); err != nil {
		t.Fatalf("run: %v\n%s", err, stderr.String())
	}
	data, err := os.ReadFile(filepath.Join(out, stancerun.SchemaFile))
	if err != nil {
		t.Fatal(err)
	}
	schema := readSchemaJSON(t, data)
	csvFiles, err := filepath.Glob(filepath.Join(out, "*.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if len(schema) != len(csvFiles) {
		t.Errorf("schema.json documents %d tables, the run wrote %d CSV files", len(schema), len(csvFiles))
	}
	for _, name := range csvFiles {
		table := strings.TrimSuffix(filepath.Base(name), ".csv")
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		header, err := csv.NewReader(f).Read()
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got := schema[table]; !slices.Equal(got, header) {
			t.Errorf("schema.json %s columns = %q, want the CSV header %q", table, got, header)
		}
		pq := filepath.Join(out, table+".parquet")
		f, err = os.Open(pq)
		if err != nil {
			t.Fatal(err)
		}
		fi, _ := f.Stat()
		r, err := reports.NewParquetReader(f, fi.Size())
		if err != nil {
			t.Fatalf("%s: %v", pq, err)
		}
		if got := r.Columns(); !slices.Equal(got, header) {
			t.Errorf("%s columns = %q, want the CSV header %q", pq, got, header)
		}
		r.Close()
		f.Close()
	}
}

// TestSharedSeed runs stance on the project's seed article, as text and as
// a gold JSON Lines file, and checks all six outputs and a few statements.
// It skips when ../shared is absent (fails when CI is "true").
func TestSharedSeed(t *testing.T) {
	t.Parallel()
	for _, in := range []string{"../../../shared/seed", "../../../shared/eval/seed.jsonl"} {
		if _, err := os.Stat(in); err != nil {
			skipNoShared(t, "%s: %v", in, err)
		}
		out := t.TempDir()
		var stdout, stderr bytes.Buffer
		if err := run(context.Background(), []string{"run", "-o", out, in}, &stdout, &stderr, env{}); err != nil {
			t.Fatalf("run %s: %v\n%s", in, err, stderr.String())
		}
		for _, name := range []string{statementsFile, stancesFile, dyadsFile, alignmentFile, stancerun.ManifestFile, filepath.Join(stancerun.ReportDir, "index.html")} {
			fi, err := os.Stat(filepath.Join(out, name))
			if err != nil || fi.Size() == 0 {
				t.Errorf("%s: %s missing or empty (%v)", in, name, err)
			}
		}
		stmts, _ := os.ReadFile(filepath.Join(out, statementsFile))
		stances, _ := os.ReadFile(filepath.Join(out, stancesFile))
		for _, want := range []string{",Alexander Lavrentiev,RUS,indirect,said,text,", ",Tehran,IRN,indirect,insists,text,", ",headline,:,"} {
			if !bytes.Contains(stmts, []byte(want)) {
				t.Errorf("%s: statements.csv has no %q", in, want)
			}
		}
		for _, want := range []string{",RUS,IRN,", ",RUS,USA,"} {
			if !bytes.Contains(stances, []byte(want)) {
				t.Errorf("%s: stances.csv has no %q", in, want)
			}
		}
		if in == "../../../shared/seed" && !bytes.Contains(stmts, []byte(",2018-11-05,")) {
			t.Errorf("%s: the date line was not read as 2018-11-05", in)
		}
	}
}

// TestSeedAttributions: on the project's seed article every gold
// attribution is found and every named gold speaker is right (the two
// descriptions, "The Russian envoy" and "The visiting envoy", resolve to
// Alexander Lavrentiev by design). Skips when ../shared is absent (fails
// when CI is "true").
func TestSeedAttributions(t *testing.T) {
	t.Parallel()
	const gold = "../../../shared/eval/seed.jsonl"
	if _, err := os.Stat(gold); err != nil {
		skipNoShared(t, "%v", err)
	}
	var c commonFlags
	c.fields = fieldMap{}
	a, _, err := c.analyzer()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	r, err := evalFile(context.Background(), gold, a, &c, &stderr)
	if err != nil {
		t.Fatal(err)
	}
	if r.GoldAttr != 7 || r.MatchedGold != 7 {
		t.Errorf("attributions found %d of %d, want 7 of 7", r.MatchedGold, r.GoldAttr)
	}
	for _, d := range r.PerDoc {
		for _, w := range d.WrongSpeakers {
			if !strings.HasSuffix(w.Gold.Speaker, "envoy") {
				t.Errorf("named speaker %q predicted as %q", w.Gold.Speaker, w.Predicted.Speaker)
			}
		}
	}
}

// TestReportOfPayloadCorpus runs the invented payload corpus (titles,
// quotes, speakers full of script) through the whole pipeline and opens
// its report in headless Chromium: every chart is drawn, nothing runs,
// nothing is requested beyond the report's folder, the console is clean.
// The screenshot goes to $STANCE_SCREENSHOT_DIR when set.
func TestReportOfPayloadCorpus(t *testing.T) {
	browsertest.Chromium(t)
	out := t.TempDir()
	var stdout, stderr bytes.Buffer
	args := []string{"run", "-quiet", "-o", out, "-period", "year", "-dyad", "SWE:NOR", filepath.Join("testdata", "payloads")}
	if err := run(context.Background(), args, &stdout, &stderr, env{}); err != nil {
		t.Fatalf("stance run: %v\n%s", err, stderr.Bytes())
	}
	p := browsertest.Open(t, filepath.Join(out, stancerun.ReportDir))
	// The explorer lists the payload statements as text.
	if n := browsertest.Eval[int](t, p, `Array.prototype.filter.call(document.querySelectorAll("#explorer td"), function (td) { return td.textContent.indexOf("<img src=x") >= 0 || td.textContent.indexOf("</script>") >= 0; }).length`); n == 0 {
		t.Errorf("the explorer shows no payload as text")
	}
	p.Screenshot(t, "report-payload-corpus.png")
	p.Check(t, browsertest.Charts())
}

func TestProgressLine(t *testing.T) {
	tests := []struct {
		pr      pipeline.Progress
		elapsed time.Duration
		want    string
	}{
		{pipeline.Progress{Documents: 10, InputRead: 5e6}, 2 * time.Second,
			"stance: 10 documents, 5.0 MB read, 2.5 MB/s"},
		{pipeline.Progress{Documents: 100, InputRead: 25e6, InputTotal: 100e6}, 10 * time.Second,
			"stance: [#####...............]  25% 100 documents, 25.0 MB read, 2.5 MB/s, ETA 0:30"},
		{pipeline.Progress{Documents: 7, InputRead: 0, InputTotal: 100e6}, time.Second,
			"stance: [....................]   0% 7 documents, 0.0 MB read, 0.0 MB/s, ETA --:--"},
		{pipeline.Progress{Documents: 9, InputRead: 120e6, InputTotal: 100e6}, 100 * time.Second,
			"stance: [####################] 100% 9 documents, 120.0 MB read, 1.2 MB/s, ETA 0:00"},
		{pipeline.Progress{Documents: 1, InputRead: 1e6, InputTotal: 100e6}, 90 * time.Second,
			"stance: [....................]   1% 1 documents, 1.0 MB read, 0.0 MB/s, ETA 148:30"},
	}
	for _, tt := range tests {
		if got := progressLine(tt.pr, tt.elapsed); got != tt.want {
			t.Errorf("progressLine(%+v, %v):\ngot  %q\nwant %q", tt.pr, tt.elapsed, got, tt.want)
		}
	}
}
