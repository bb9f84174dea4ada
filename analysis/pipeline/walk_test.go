package pipeline

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/stance-project/stance/analysis"
	"github.com/stance-project/stance/analysis/corpus"
)

// TestRunWalkNotes: the output folder (Exclude) is not read, a folder
// given twice is read once, and both are notes, not problems; a dangling
// link is a problem, and an input of its own; a file name that is not
// valid UTF-8 is listed as shown (issue 16).
func TestRunWalkNotes(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	corpusDir := filepath.Join(dir, "corpus")
	write := func(name, data string) {
		t.Helper()
		name = filepath.Join(corpusDir, name)
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.jsonl", `{"id": "a", "date": "2020-01-02", "text": "Chile praised Peru."}`+"\n")
	write("out/statements.csv", "doc_id,text\nx,Peru thanked Chile.\n")
	if err := os.Symlink("nowhere.txt", filepath.Join(corpusDir, "gone.txt")); err != nil {
		t.Fatal(err)
	}
	latin1 := true
	if err := os.WriteFile(filepath.Join(corpusDir, "caf\xe9.txt"), []byte("Peru thanked Chile.\n"), 0o644); err != nil {
		latin1 = false // a file system that wants UTF-8 names
	}

	var reported []string
	m, err := Run(t.Context(), Options{
		Paths: []string{corpusDir, dir + "/./corpus"}, Exclude: []string{filepath.Join(corpusDir, "out")}, Workers: 2, Analyzer: analyzer(t),
		OnProblem: func(p *corpus.Problem) { reported = append(reported, p.Reason.String()) },
	}, func(*corpus.Document, *analysis.Result) error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	docs := 1
	var inputs []string
	for _, f := range m.Files {
		inputs = append(inputs, f.File)
	}
	wantInputs := []string{filepath.Join(corpusDir, "a.jsonl"), filepath.Join(corpusDir, "gone.txt")}
	wantProblems := []string{"dangling-link"}
	if latin1 {
		docs++
		wantInputs = append(wantInputs, filepath.Join(corpusDir, `caf\xe9.txt`))
		wantProblems = append(wantProblems, "invalid-utf8")
	}
	slices.Sort(wantInputs)
	if m.Documents != docs || !slices.Equal(inputs, wantInputs) {
		t.Errorf("documents %d, inputs %q; want %d, %q", m.Documents, inputs, docs, wantInputs)
	}
	var problems, notes []string
	for _, p := range m.Problems {
		problems = append(problems, p.Reason.String())
	}
	for _, p := range m.Notes {
		notes = append(notes, p.File+": "+p.Reason.String())
	}
	if !slices.Equal(problems, wantProblems) || m.ProblemCount != len(wantProblems) {
		t.Errorf("problems %q (count %d), want %q", problems, m.ProblemCount, wantProblems)
	}
	wantNotes := []string{filepath.Join(corpusDir, "out") + ": excluded", corpusDir + ": duplicate"}
	if !slices.Equal(notes, wantNotes) {
		t.Errorf("notes %q, want %q", notes, wantNotes)
	}
	if len(reported) != len(wantProblems)+len(wantNotes) {
		t.Errorf("OnProblem saw %q, want the problems and the notes", reported)
	}
}
