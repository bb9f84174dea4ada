package pipeline

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stance-project/stance/analysis"
	"github.com/stance-project/stance/analysis/corpus"
)

// inventedText is n bytes of invented news: statements between
// countries, in paragraphs.
func inventedText(n int) string {
	para := "Chilean Foreign Minister Rosa Ibarra said Chile firmly supports Peru in the border talks. " +
		"“We condemn the Kenyan raids on our villages,” Somali President Abdi Warsame said. " +
		"Italy suspended air links with Serbia on Monday.\n\n"
	return strings.Repeat(para, n/len(para)+1)[:n]
}

// TestCancelHugeDocument: Ctrl-C (a cancelled context) while a huge
// document is analysed ends the run within 3 s, with an error wrapping
// context.Canceled and nothing emitted; the analysis notices the
// cancellation between paragraphs instead of finishing the document.
func TestCancelHugeDocument(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 40 MB document")
	}
	t.Parallel()
	dir := t.TempDir()
	// The broken line after the document is reported once the reader has
	// handed the document on to be analysed: the cancel comes 100 ms later.
	in := fmt.Sprintf("{\"id\": \"huge\", \"text\": %q}\n{broken\n", inventedText(40<<20))
	if err := os.WriteFile(filepath.Join(dir, "huge.jsonl"), []byte(in), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var cancelled atomic.Int64 // UnixNano of the cancel
	emitted := 0
	_, err := Run(ctx, Options{
		Paths: []string{dir}, Workers: 2, Analyzer: analyzer(t),
		OnProblem: func(*corpus.Problem) {
			time.AfterFunc(100*time.Millisecond, func() {
				cancelled.Store(time.Now().UnixNano())
				cancel()
			})
		},
	}, func(*corpus.Document, *analysis.Result) error {
		emitted++
		return nil
	})
	at := cancelled.Load()
	if at == 0 {
		t.Fatalf("Run returned %v before the cancel", err)
	}
	took := time.Since(time.Unix(0, at))
	t.Logf("Run returned %v after the cancel", took.Round(time.Millisecond))
	if took > 3*time.Second {
		t.Errorf("Run returned %v after the cancel, want within 3s", took.Round(time.Millisecond))
	}
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Run = %v, want %v", err, context.Canceled)
	}
	if emitted != 0 {
		t.Errorf("emitted %d documents after the cancel, want 0", emitted)
	}
}

// TestCancelStopsQueue: once the context is done, the workers take no
// more queued documents and nothing more is emitted.
func TestCancelStopsQueue(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	var b strings.Builder
	for i := range 200 {
		fmt.Fprintf(&b, "{\"id\": \"d%03d\", \"text\": %q}\n", i, inventedText(20<<10))
	}
	if err := os.WriteFile(filepath.Join(dir, "a.jsonl"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	emitted := 0
	start := time.Now()
	_, err := Run(ctx, Options{Paths: []string{dir}, Workers: 2, Analyzer: analyzer(t)}, func(*corpus.Document, *analysis.Result) error {
		emitted++
		if emitted == 3 {
			cancel() // Ctrl-C while the third document is written
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Run = %v, want %v", err, context.Canceled)
	}
	if emitted != 3 {
		t.Errorf("emitted %d documents, want 3 (none after the cancel)", emitted)
	}
	if took := time.Since(start); took > 3*time.Second {
		t.Errorf("Run took %v, want the queue dropped at the cancel", took.Round(time.Millisecond))
	}
}

// TestCallbacksOneAtATime: the problem callback and the progress
// callback (and emit) never run at the same time, nor from two
// goroutines: they share state with no lock (go test -race finds the
// race where they did).
func TestCallbacksOneAtATime(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	var b strings.Builder
	for i := range 200 {
		fmt.Fprintf(&b, "{\"id\": \"d%03d\", \"text\": \"Chile praised Peru.\"}\n{broken %d\n", i, i)
	}
	if err := os.WriteFile(filepath.Join(dir, "a.jsonl"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	var busy atomic.Bool
	var events []string // shared by the callbacks, with no lock
	enter := func(what string) {
		if busy.Swap(true) {
			t.Errorf("%s called while another callback runs", what)
		}
		events = append(events, what)
		time.Sleep(50 * time.Microsecond)
		busy.Store(false)
	}
	m, err := Run(context.Background(), Options{
		Paths: []string{dir}, Workers: 2, Analyzer: analyzer(t),
		OnProblem:  func(*corpus.Problem) { enter("problem") },
		OnDocument: func(Progress) { enter("progress") },
	}, func(*corpus.Document, *analysis.Result) error {
		enter("emit")
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	count := map[string]int{}
	for _, e := range events {
		count[e]++
	}
	if count["problem"] != 200 || count["progress"] != 200 || count["emit"] != 200 {
		t.Errorf("callbacks = %v, want 200 of each", count)
	}
	if m.ProblemCount != 200 || m.Documents != 200 {
		t.Errorf("manifest problems %d documents %d, want 200 and 200", m.ProblemCount, m.Documents)
	}
}
