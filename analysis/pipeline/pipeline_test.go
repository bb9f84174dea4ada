package pipeline

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stance-project/stance/analysis"
	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/lexicons"
)

func analyzer(t *testing.T) *analysis.Analyzer {
	t.Helper()
	set, err := lexicons.Load(lexicons.Default(), nil)
	if err != nil {
		t.Fatal(err)
	}
	a, err := analysis.New(analysis.Options{Lexicons: set})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestOrderAndManifest: with several workers, documents come back in input
// order, and the manifest accounts for every document and problem.
func TestOrderAndManifest(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	var b strings.Builder
	for i := range 300 {
		fmt.Fprintf(&b, "{\"id\": \"d%03d\", \"date\": \"2020-01-02\", \"text\": \"Chile praised Peru. %s\"}\n", i, strings.Repeat("Words here. ", i%17))
	}
	b.WriteString("{broken\n")
	if err := os.WriteFile(filepath.Join(dir, "a.jsonl"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "b.txt"), []byte("Peru thanked Chile.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var ids []string
	var problems int
	m, err := Run(context.Background(), Options{
		Paths: []string{dir}, Workers: 4, Analyzer: analyzer(t),
		OnProblem: func(*corpus.Problem) { problems++ },
	}, func(d *corpus.Document, r *analysis.Result) error {
		ids = append(ids, d.ID)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(ids), 301; got != want {
		t.Fatalf("documents = %d, want %d", got, want)
	}
	for i := range 300 {
		if want := fmt.Sprintf("d%03d", i); ids[i] != want {
			t.Fatalf("document %d = %s, want %s (input order)", i, ids[i], want)
		}
	}
	if m.Documents != 301 || m.Skipped != 1 || problems != 1 || m.Undated != 1 {
		t.Errorf("manifest documents %d skipped %d undated %d, problems %d; want 301, 1, 1, 1", m.Documents, m.Skipped, m.Undated, problems)
	}
	if len(m.Files) != 2 || m.Files[0].Documents != 300 || m.Files[1].Documents != 1 {
		t.Errorf("files = %+v, want a.jsonl with 300 and b.txt with 1", m.Files)
	}
}

// TestEmitError stops the run and returns the error.
func TestEmitError(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	var b strings.Builder
	for i := range 100 {
		fmt.Fprintf(&b, "{\"id\": \"d%d\", \"text\": \"Chile praised Peru.\"}\n", i)
	}
	if err := os.WriteFile(filepath.Join(dir, "a.jsonl"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	stop := errors.New("stop")
	n := 0
	_, err := Run(context.Background(), Options{Paths: []string{dir}, Workers: 2, Analyzer: analyzer(t)},
		func(*corpus.Document, *analysis.Result) error {
			n++
			if n == 10 {
				return stop
			}
			return nil
		})
	if !errors.Is(err, stop) {
		t.Errorf("Run = %v, want %v", err, stop)
	}
	if n != 10 {
		t.Errorf("emitted %d documents, want 10", n)
	}
}
