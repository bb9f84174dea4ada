package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stance-project/stance/reports"
)

// TestInterruptKeepsOutputs: a run stopped by Ctrl-C (a cancelled context)
// leaves the previous outputs as they were, removes its temporary folder
// and exits 130.
func TestInterruptKeepsOutputs(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	in := filepath.Join(dir, "a.jsonl")
	if err := os.WriteFile(in, []byte(`{"id":"a","text":"Chile praised Peru."}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	var stdout, stderr bytes.Buffer
	if err := run(context.Background(), []string{"run", "-o", out, in}, &stdout, &stderr, env{}); err != nil {
		t.Fatalf("first run: %v\n%s", err, stderr.String())
	}
	before := readAll(t, out)

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

// TestDocumentedColumns is a repository invariant: every column of every
// CSV table is documented in the README and in the manual (doc.go).
func TestDocumentedColumns(t *testing.T) {
	t.Parallel()
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	man := manual()
	for _, cols := range [][]string{reports.StatementColumns, reports.StanceColumns, reports.DyadColumns, reports.AlignmentColumns, reports.MapColumns, reports.BlocColumns} {
		for _, c := range cols {
			if !bytes.Contains(readme, []byte("`"+c+"`")) {
				t.Errorf("README.md does not document column %q", c)
			}
			if !strings.Contains(man, c) {
				t.Errorf("doc.go does not document column %q", c)
			}
		}
	}
}

// TestSharedSeed runs stance on the project's seed article, as text and as
// a gold JSON Lines file, and checks all six outputs and a few statements.
// It skips when ../shared is absent.
func TestSharedSeed(t *testing.T) {
	t.Parallel()
	for _, in := range []string{"../../../shared/seed", "../../../shared/eval/seed.jsonl"} {
		if _, err := os.Stat(in); err != nil {
			t.Skipf("%s: %v", in, err)
		}
		out := t.TempDir()
		var stdout, stderr bytes.Buffer
		if err := run(context.Background(), []string{"run", "-o", out, in}, &stdout, &stderr, env{}); err != nil {
			t.Fatalf("run %s: %v\n%s", in, err, stderr.String())
		}
		for _, name := range []string{statementsFile, stancesFile, dyadsFile, alignmentFile, manifestFile, filepath.Join(reportDir, "index.html")} {
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
// Alexander Lavrentiev by design). Skips when ../shared is absent.
func TestSeedAttributions(t *testing.T) {
	t.Parallel()
	const gold = "../../../shared/eval/seed.jsonl"
	if _, err := os.Stat(gold); err != nil {
		t.Skip(err)
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
