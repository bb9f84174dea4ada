package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// cancelOnWrite is a stderr that cancels a context 100 ms after the first
// write (the first problem reported).
type cancelOnWrite struct {
	mu     sync.Mutex
	buf    bytes.Buffer
	cancel context.CancelFunc
	at     time.Time // when it cancelled
	armed  bool
}

func (w *cancelOnWrite) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if !w.armed {
		w.armed = true
		time.AfterFunc(100*time.Millisecond, func() {
			w.mu.Lock()
			w.at = time.Now()
			w.mu.Unlock()
			w.cancel()
		})
	}
	return w.buf.Write(p)
}

func (w *cancelOnWrite) cancelledAt() time.Time {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.at
}

// TestInterruptHugeDocument: Ctrl-C while a huge document is analysed
// ends the run within 3 s, exits 130, commits nothing and leaves the
// previous outputs as they were.
func TestInterruptHugeDocument(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 40 MB document")
	}
	t.Parallel()
	dir := t.TempDir()
	small := filepath.Join(dir, "small.jsonl")
	if err := os.WriteFile(small, []byte(`{"id":"a","text":"Chile praised Peru."}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	var stdout, stderr bytes.Buffer
	if err := run(context.Background(), []string{"run", "-o", out, small}, &stdout, &stderr, env{}); err != nil {
		t.Fatalf("first run: %v\n%s", err, stderr.String())
	}
	before := readAll(t, out)

	// The broken line after the huge document is reported (the first
	// write to stderr) once the document is being analysed.
	para := "Chilean Foreign Minister Rosa Ibarra said Chile firmly supports Peru in the border talks. " +
		"Italy suspended air links with Serbia on Monday.\n\n"
	huge := filepath.Join(dir, "huge.jsonl")
	in := fmt.Sprintf("{\"id\": \"huge\", \"text\": %q}\n{broken\n", strings.Repeat(para, (40<<20)/len(para)))
	if err := os.WriteFile(huge, []byte(in), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	w := &cancelOnWrite{cancel: cancel}
	t0 := time.Now()
	err := run(ctx, []string{"run", "-o", out, huge}, &stdout, w, env{})
	t.Logf("second run took %v", time.Since(t0))
	at := w.cancelledAt()
	if at.IsZero() {
		t.Fatalf("run returned %v before the cancel\n%s", err, w.buf.String())
	}
	took := time.Since(at)
	t.Logf("run returned %v after the cancel", took.Round(time.Millisecond))
	if took > 3*time.Second {
		t.Errorf("run returned %v after the cancel, want within 3s", took.Round(time.Millisecond))
	}
	if got, want := exitCode(err, &stderr), 130; got != want {
		t.Errorf("exit code = %d (%v), want %d", got, err, want)
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
