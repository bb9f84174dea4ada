package analysis

import (
	"context"
	"errors"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/analysis/extract"
	"github.com/stance-project/stance/analysis/segment"
)

// TestAnalyzeContextCancel: a huge document's analysis stops soon after
// its context is cancelled, with an empty Result and an error wrapping
// context.Canceled; with a live context it finds what Analyze finds.
func TestAnalyzeContextCancel(t *testing.T) {
	t.Parallel()
	a := newTestAnalyzer(t)
	small := benchDoc()
	want := a.Analyze(small)
	got, err := a.AnalyzeContext(context.Background(), small)
	if err != nil || len(got.Statements) != len(want.Statements) || len(got.Stances) != len(want.Stances) {
		t.Errorf("AnalyzeContext = %d statements, %d stances, %v; want %d, %d, nil (as Analyze)",
			len(got.Statements), len(got.Stances), err, len(want.Statements), len(want.Stances))
	}
	huge := corpus.Document{ID: "huge", Text: strings.Repeat(small.Text, 2000)} // 10 MB
	ctx, cancel := context.WithCancel(context.Background())
	var cancelled atomic.Int64 // UnixNano
	time.AfterFunc(100*time.Millisecond, func() { cancelled.Store(time.Now().UnixNano()); cancel() })
	r, err := a.AnalyzeContext(ctx, huge)
	returned := time.Now()
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("AnalyzeContext(cancelled after 100 ms) = %v, want %v", err, context.Canceled)
	}
	if took := returned.Sub(time.Unix(0, cancelled.Load())); took > 3*time.Second {
		t.Errorf("AnalyzeContext returned %v after the cancel, want within 3s", took.Round(time.Millisecond))
	}
	if len(r.Statements)+len(r.Stances) > 0 {
		t.Errorf("cancelled AnalyzeContext returned %d statements and %d stances, want none", len(r.Statements), len(r.Stances))
	}
}

// TestArenaStaysSmall: a document's tokens are let go every few
// paragraphs, so the token arena of a 2 MB document (400,000 tokens of 56
// bytes) stays the size of some 80 KiB of text.
func TestArenaStaysSmall(t *testing.T) {
	a := newTestAnalyzer(t)
	doc := corpus.Document{ID: "big", Text: strings.Repeat(benchDoc().Text, 400)}
	r := a.Analyze(doc)
	if len(r.Statements) == 0 {
		t.Fatal("no statement found")
	}
	p, ok := a.arenas.Get().(*[]segment.Token)
	if !ok {
		t.Skip("the pool gave no arena back")
	}
	if c, most := cap(*p), 4*extract.FlushTokens; c > most {
		t.Errorf("token arena after a 2 MB document holds %d tokens, want at most %d", c, most)
	}
	for i, tok := range (*p)[:cap(*p)] {
		if tok.Text != "" || tok.Lower != "" {
			t.Fatalf("pooled arena token %d = %q: it keeps the document's text alive", i, tok.Text)
		}
	}
}
