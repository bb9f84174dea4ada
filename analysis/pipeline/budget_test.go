package pipeline

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stance-project/stance/analysis"
	"github.com/stance-project/stance/analysis/corpus"
)

// TestBudget: acquire takes bytes while they fit, waits for a release
// when they do not, lets a request larger than the budget go alone, and
// gives up when its context is done.
func TestBudget(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	b := newBudget(100)
	for _, n := range []int64{60, 30, 0} {
		if err := b.acquire(ctx, n); err != nil {
			t.Fatalf("acquire(%d) with %d in use = %v, want nil", n, b.inUse(), err)
		}
	}
	// waits reports whether acquire(n) is still waiting after a while,
	// and returns the channel its result comes on.
	waits := func(n int64) (bool, chan error) {
		done := make(chan error, 1)
		go func() { done <- b.acquire(ctx, n) }()
		select {
		case err := <-done:
			done <- err
			return false, done
		case <-time.After(50 * time.Millisecond):
			return true, done
		}
	}
	if w, _ := waits(20); !w {
		t.Fatalf("acquire(20) with 90 of 100 in use did not wait")
	} else {
		b.release(60)
		// The waiting acquire takes its 20 once 60 are released.
		deadline := time.Now().Add(5 * time.Second)
		for b.inUse() != 50 && time.Now().Before(deadline) {
			time.Sleep(time.Millisecond)
		}
		if got := b.inUse(); got != 50 {
			t.Fatalf("in use after release(60) and the waiting acquire(20) = %d, want 50", got)
		}
	}
	// A request over the budget waits until nothing is in use, then
	// counts as the whole budget.
	w, done := waits(1000)
	if !w {
		t.Fatalf("acquire(1000) with 50 in use did not wait")
	}
	b.release(30)
	b.release(20)
	if err := <-done; err != nil {
		t.Fatalf("acquire(1000) with nothing in use = %v, want nil", err)
	}
	if got := b.inUse(); got != 100 {
		t.Errorf("in use after acquire(1000) on a budget of 100 = %d, want 100", got)
	}
	cctx, cancel := context.WithCancel(ctx)
	time.AfterFunc(20*time.Millisecond, cancel)
	if err := b.acquire(cctx, 1); !errors.Is(err, context.Canceled) {
		t.Errorf("acquire on a full budget, context cancelled = %v, want %v", err, context.Canceled)
	}
	b.release(1000)
	if got := b.inUse(); got != 0 {
		t.Errorf("in use after releasing everything = %d, want 0", got)
	}
}

// TestBigDocumentsGoAlone: the documents in flight (read and not yet
// written) never hold more text than the budget together, so two big
// documents whose sum is over it are never in flight at once, and one
// larger than the budget is in flight alone.
func TestBigDocumentsGoAlone(t *testing.T) {
	t.Parallel()
	const limit = 256 << 10
	para := "Chile firmly supports Peru in the border talks, the minister said. Italy suspended air links with Serbia.\n\n"
	sizes := []int{150 << 10, 150 << 10, 2 << 10, 300 << 10, 150 << 10, 2 << 10, 2 << 10}
	var in strings.Builder
	for i, n := range sizes {
		fmt.Fprintf(&in, "{\"id\": \"d%d\", \"text\": %q}\n", i, strings.Repeat(para, n/len(para)+1)[:n])
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "big.jsonl"), []byte(in.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	b := newBudget(limit)
	big := int64(100 << 10)
	n := 0
	_, err := run(context.Background(), Options{Paths: []string{dir}, Workers: 4, Analyzer: analyzer(t)}, b,
		func(d *corpus.Document, _ *analysis.Result) error {
			n++
			// Give the reader time to take in more than it should.
			time.Sleep(20 * time.Millisecond)
			used, own := b.inUse(), b.weight(docBytes(d))
			if used > limit {
				t.Errorf("writing %s: %d bytes in flight, over the budget of %d", d.ID, used, limit)
			}
			if own >= big && used-own >= big {
				t.Errorf("writing %s (%d bytes): %d more bytes in flight, want no other big document", d.ID, own, used-own)
			}
			return nil
		})
	if err != nil {
		t.Fatal(err)
	}
	if n != len(sizes) {
		t.Errorf("documents written = %d, want %d", n, len(sizes))
	}
	if got := b.inUse(); got != 0 {
		t.Errorf("bytes in flight after the run = %d, want 0", got)
	}
}
