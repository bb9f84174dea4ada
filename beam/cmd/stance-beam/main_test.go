package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/csv"
	"encoding/json"
	"flag"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"

	"github.com/stance-project/stance/beam/stancebeam"
)

func TestMain(m *testing.M) {
	flag.Parse()
	beam.Init()
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir) // the binary built once for every test
	}
	os.Exit(code)
}

// binDir holds the stance binary stanceBinary builds; TestMain removes it.
var binDir string

// repoRoot is the main module's folder.
const repoRoot = "../../.."

// stanceBinary builds stance from the main module (its own go.mod and
// versions), once.
var stanceBinary = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "stance-bin-")
	if err != nil {
		return "", err
	}
	binDir = dir
	bin := filepath.Join(dir, "stance")
	goTool, err := exec.LookPath("go")
	if err != nil {
		return "", err
	}
	cmd := exec.Command(goTool, "build", "-o", bin, "./cmd/stance")
	cmd.Dir = repoRoot
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", &buildError{out: string(out), err: err}
	}
	return bin, nil
})

type buildError struct {
	out string
	err error
}

func (e *buildError) Error() string { return "go build ./cmd/stance: " + e.err.Error() + "\n" + e.out }

var unFlags = []string{"-period", "year", "-field", "date=year", "-field", "speaker_country=iso3", "-field", "speaker=speaker"}

// TestSameAsStanceRun runs stance-beam on the prism runner and stance run
// on the same inputs with the same flags: dyads.csv, alignment.csv,
// map.csv, blocs.csv and the report are identical byte for byte,
// statements.csv and stances.csv row for row (stance run's sorted as
// stance-beam merge sorts), schema.json but for the tool's name, run.json
// but for what names the tool and the run (tool, command, elapsed time,
// and stance-beam's runner, shards and warnings), and the warnings are
// stance run's.
func TestSameAsStanceRun(t *testing.T) {
	bin, err := stanceBinary()
	if err != nil {
		t.Fatal(err)
	}
	demo := func(t *testing.T) []string { return []string{filepath.Join(repoRoot, "testdata", "demo")} }
	tests := []struct {
		name   string
		inputs func(t *testing.T) []string
		flags  []string // both
		beam   []string // stance-beam's own
		// lexicons gives both -lexicons with a stance.tsv of other
		// weights.
		lexicons bool
	}{
		{"demo", demo, nil, nil, false},
		{"demo-options", demo, []string{"-weighted", "-bootstrap", "50", "-period", "week", "-smooth", "2", "-since", "2021-03", "-min-shared", "2",
			"-window", "1", "-with-organisations", "-dyad", "FRA:USA", "-dyad", "ZZZ:USA", "-contact", "neutral", "-alias", "GBR=USA", "-raw-csv"}, []string{"-shards", "3"}, true},
		{"problems", hostileCorpus, []string{"-field", "url=nowhere_field"}, []string{"-shards", "1"}, false},
		{"un500", un500, unFlags, nil, false},
		{"un500-quarter-weighted", un500, append([]string{"-weighted", "-bootstrap", "100", "-smooth", "1", "-no-successors", "-dyad", "USA:RUS", "-min-n", "2"}, unFlags...),
			[]string{"-shards", "7"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if strings.HasPrefix(tt.name, "un500") && testing.Short() {
				t.Skip("the UN slice takes seconds (-short)")
			}
			inputs := tt.inputs(t)
			dir := t.TempDir()
			local, remote := filepath.Join(dir, "local"), filepath.Join(dir, "beam")
			flags := tt.flags
			if tt.lexicons {
				flags = append(flags, "-lexicons", userLexicons(t))
			}

			args := append(append([]string{"run", "-quiet", "-o", local}, flags...), inputs...)
			cmd := exec.Command(bin, args...)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if out, err := cmd.Output(); err != nil {
				t.Fatalf("stance %s: %v\n%s%s", strings.Join(args, " "), err, out, stderr.String())
			}
			localWarnings := []string{}
			for line := range strings.Lines(stderr.String()) {
				if w, ok := strings.CutPrefix(strings.TrimSuffix(line, "\n"), "stance: warning: "); ok {
					localWarnings = append(localWarnings, w)
				}
			}

			bargs := append(append(append([]string{"stance-beam", "-o", remote, "-merge"}, flags...), tt.beam...), inputs...)
			fset := flag.NewFlagSet("stance-beam", flag.ContinueOnError)
			var f runFlags
			f.register(fset)
			paths, err := parseArgs(fset, bargs[1:])
			if err != nil {
				t.Fatal(err)
			}
			var out, errOut bytes.Buffer
			if err := run(context.Background(), &f, paths, bargs, &out, &errOut); err != nil {
				t.Fatalf("%s: %v\n%s", strings.Join(bargs, " "), err, errOut.String())
			}

			for _, name := range []string{"dyads.csv", "alignment.csv", "map.csv", "blocs.csv"} {
				sameFile(t, name, read(t, local, name), read(t, remote, name))
			}
			for _, name := range []string{"statements.csv", "stances.csv"} {
				l := read(t, local, name)
				if re := reencode(t, l); !bytes.Equal(re, l) {
					t.Fatalf("%s: stance run's file does not read back as written: the sorted comparison would not be exact", name)
				}
				sorted, err := stancebeam.SortTable(l)
				if err != nil {
					t.Fatal(err)
				}
				sameFile(t, name+" (sorted)", sorted, read(t, remote, name))
			}
			sameReport(t, filepath.Join(local, "report"), filepath.Join(remote, "report"))
			sameFile(t, "schema.json", bytes.Replace(read(t, local, "schema.json"), []byte(`"tool": "stance"`), []byte(`"tool": "stance-beam"`), 1),
				read(t, remote, "schema.json"))
			lm, bm := manifest(t, local), manifest(t, remote)
			if w, _ := json.Marshal(bm["warnings"]); string(w) != mustJSON(t, localWarnings) {
				t.Errorf("warnings: stance-beam %s, stance run %s", w, mustJSON(t, localWarnings))
			}
			for _, k := range []string{"tool", "command", "elapsed_seconds", "runner", "shards", "warnings"} {
				delete(lm, k)
				delete(bm, k)
			}
			if !reflect.DeepEqual(lm, bm) {
				t.Errorf("run.json differs:\nstance run:  %s\nstance-beam: %s", mustJSON(t, lm), mustJSON(t, bm))
			}
		})
	}
}

// userLexicons writes a lexicon folder whose stance.tsv weighs praise and
// condemnation otherwise.
func userLexicons(t *testing.T) string {
	t.Helper()
	data := read(t, filepath.Join(repoRoot, "lexicons"), "stance.tsv")
	for _, r := range [][2]string{{"\npraise/v\t0.7\t", "\npraise/v\t0.2\t"}, {"\ncondemn/v\t-0.8\t", "\ncondemn/v\t-0.3\t"}} {
		if !bytes.Contains(data, []byte(r[0])) {
			t.Fatalf("lexicons/stance.tsv has no row %q any more: change the test", r[0])
		}
		data = bytes.Replace(data, []byte(r[0]), []byte(r[1]), 1)
	}
	dir := t.TempDir()
	write(t, filepath.Join(dir, "stance.tsv"), data)
	return dir
}

// un500 writes the first 500 speeches of the UN sample into a file.
func un500(t *testing.T) []string {
	t.Helper()
	f, err := os.Open(filepath.Join(repoRoot, "testdata", "ungdc", "ungdc-2015-2024.jsonl.gz"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	sc := bufio.NewScanner(zr)
	sc.Buffer(nil, 64<<20)
	for n := 0; n < 500 && sc.Scan(); n++ {
		b.Write(sc.Bytes())
		b.WriteByte('\n')
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	name := filepath.Join(t.TempDir(), "ungdc-500.jsonl")
	if err := os.WriteFile(name, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return []string{name}
}

// hostileCorpus is the demo corpus with files that have problems, and a
// file given twice.
func hostileCorpus(t *testing.T) []string {
	t.Helper()
	dir := t.TempDir()
	demo := filepath.Join(repoRoot, "testdata", "demo")
	entries, err := os.ReadDir(demo)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(demo, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		write(t, filepath.Join(dir, e.Name()), data)
	}
	write(t, filepath.Join(dir, "bad.jsonl"), []byte(`{"id":"b1","date":"someday","text":"Paris said Germany was a close friend."}`+"\n{not json\n"))
	write(t, filepath.Join(dir, "notes.doc"), []byte("unsupported"))
	write(t, filepath.Join(dir, "bin.txt"), []byte{0, 1, 2, 3, 4})
	write(t, filepath.Join(dir, "empty.txt"), []byte(" \n"))
	write(t, filepath.Join(dir, ".hidden.txt"), []byte("Hidden."))
	write(t, filepath.Join(dir, "sub", "wire.jsonl"), []byte(`{"id":"s1","date":"2021-05-05","text":"The United States criticized China."}`+"\n"))
	return []string{dir, filepath.Join(dir, "sub"), filepath.Join(dir, "missing.txt")}
}

func write(t *testing.T, name string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func read(t *testing.T, dir, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// sameFile fails the test when got and want differ, showing the first
// line that does.
func sameFile(t *testing.T, name string, want, got []byte) {
	t.Helper()
	if bytes.Equal(want, got) {
		return
	}
	wl, gl := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
	for i := range max(len(wl), len(gl)) {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			t.Errorf("%s differs at line %d:\nstance run:  %q\nstance-beam: %q", name, i+1, w, g)
			return
		}
	}
}

// sameReport compares the report folders file by file.
func sameReport(t *testing.T, want, got string) {
	t.Helper()
	files := 0
	err := filepath.WalkDir(want, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(want, p)
		sameFile(t, "report/"+rel, read(t, want, rel), read(t, got, rel))
		files++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files == 0 {
		t.Error("stance run wrote no report")
	}
}

// reencode reads a CSV table and writes it again as stance writes tables.
func reencode(t *testing.T, data []byte) []byte {
	t.Helper()
	recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.UseCRLF = true
	if err := w.WriteAll(recs); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func manifest(t *testing.T, dir string) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(read(t, dir, "run.json"), &m); err != nil {
		t.Fatal(err)
	}
	return m
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}
