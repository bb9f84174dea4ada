package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stance-project/stance/internal/stancerun"
)

// Hostile inputs of issue 16 that need files a txtar script cannot hold
// (see also testdata/script/input-*.txtar).

// runManifestOf reads the run.json of out.
func runManifestOf(t *testing.T, out string) runManifest {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(out, stancerun.ManifestFile))
	if err != nil {
		t.Fatal(err)
	}
	var m runManifest
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// TestRunCSVHugeRow: a CSV row over -max-record-bytes, much larger than
// what encoding/csv reads ahead, costs that row alone: the rows after it
// are read, and run.json has one problem at its line.
func TestRunCSVHugeRow(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	in := filepath.Join(dir, "speeches.csv")
	rows := "id,date,text\n" +
		"r1,2021-03-01,Norway thanked Iceland for the rescue of its fishermen.\n" +
		"r2,2021-03-01,\"" + strings.Repeat("A long quoted field, over lines\n", 2000) + "\"\n" +
		"r3,2021-03-02,Ghana criticised Togo over the closed border.\n" +
		"r4,2021-03-03,Kenya welcomed the offer of Tanzania to mediate.\n"
	if err := os.WriteFile(in, []byte(rows), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	var stdout, stderr bytes.Buffer
	if err := run(context.Background(), []string{"run", "-quiet", "-o", out, "-max-record-bytes", "1000", in}, &stdout, &stderr, env{}); err != nil {
		t.Fatalf("run: %v\n%s", err, stderr.String())
	}
	m := runManifestOf(t, out)
	if m.Counts.Documents != 3 || m.Counts.Skipped != 1 || len(m.Problems) != 1 {
		t.Fatalf("documents %d, skipped %d, problems %+v; want 3, 1 and one", m.Counts.Documents, m.Counts.Skipped, m.Problems)
	}
	if p := m.Problems[0]; p.Line != 3 || p.Reason != "too-large" || !p.Skipped {
		t.Errorf("problem %+v, want too-large at line 3", p)
	}
}

// TestRunInvalidUTF8Name: a file name that is not valid UTF-8 reaches no
// output raw: the ids derived from it show each invalid byte as \xNN, and
// run.json says so.
func TestRunInvalidUTF8Name(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	in := filepath.Join(dir, "corpus")
	if err := os.Mkdir(in, 0o755); err != nil {
		t.Fatal(err)
	}
	name := filepath.Join(in, "caf\xe9.txt")
	if err := os.WriteFile(name, []byte("Norway thanked Iceland for the rescue of its fishermen.\n"), 0o644); err != nil {
		t.Skipf("the file system refuses a Latin-1 name: %v", err)
	}
	out := filepath.Join(dir, "out")
	var stdout, stderr bytes.Buffer
	if err := run(context.Background(), []string{"run", "-o", out, in}, &stdout, &stderr, env{}); err != nil {
		t.Fatalf("run: %v\n%s", err, stderr.String())
	}
	if !strings.Contains(stderr.String(), `caf\xe9.txt: invalid-utf8: the file name is not valid UTF-8`) {
		t.Errorf("stderr does not report the name:\n%s", stderr.String())
	}
	files := readAll(t, out)
	if len(files) == 0 {
		t.Fatal("no outputs")
	}
	for p, data := range files {
		if !utf8.Valid(data) {
			t.Errorf("%s is not valid UTF-8", p)
		}
	}
	for _, table := range []string{statementsFile, stancesFile} {
		if data := files[filepath.Join(out, table)]; !bytes.Contains(data, []byte(`caf\xe9.txt`)) {
			t.Errorf("%s has no id with caf\\xe9.txt:\n%s", table, data)
		}
	}
	m := runManifestOf(t, out)
	if len(m.Inputs) != 1 || m.Inputs[0].File != filepath.Join(in, `caf\xe9.txt`) || m.Reasons["invalid-utf8"] != 1 {
		t.Errorf("run.json inputs %+v, problems by reason %v; want caf\\xe9.txt and one invalid-utf8", m.Inputs, m.Reasons)
	}
}
