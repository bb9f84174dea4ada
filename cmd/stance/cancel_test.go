package main

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stance-project/stance/lexicons"
)

// cancelOnWrite is a stderr that cancels a context 100 ms (or delay)
// after the first write (the first problem reported).
type cancelOnWrite struct {
	mu     sync.Mutex
	buf    bytes.Buffer
	cancel context.CancelFunc
	delay  time.Duration // 0: 100 ms
	at     time.Time     // when it cancelled
	armed  bool
}

func (w *cancelOnWrite) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if !w.armed {
		w.armed = true
		delay := w.delay
		if delay == 0 {
			delay = 100 * time.Millisecond
		}
		time.AfterFunc(delay, func() {
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
	_, out := firstRun(t, dir, "small.jsonl")
	before := readAll(t, out)
	var stdout, stderr bytes.Buffer

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

// countryNames returns the first n unambiguous country names of the
// built-in lexicon, and their codes.
func countryNames(t *testing.T, n int) (names, codes []string) {
	t.Helper()
	countries, err := lexicons.LoadCountries(lexicons.Default())
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range countries {
		if len(names) < n && len(c.Names) > 0 && !strings.HasPrefix(c.Names[0], "?") && !lexicons.IsOrganisation(c.Code) {
			names, codes = append(names, c.Names[0]), append(codes, c.Code)
		}
	}
	if len(names) < n {
		t.Fatalf("%d country names in the lexicon, want %d", len(names), n)
	}
	return names, codes
}

// slowFinalStage are the flags that make the final stage of a run or
// aggregate over a heavyCorpus (or heavyStances) take seconds: every day
// is a period whose alignment pools all the others, each a map and blocs
// of 150 countries.
var slowFinalStage = []string{"-period", "day", "-window", "100000"}

// heavyCorpus writes into dir/heavy.jsonl 300 dated documents of 10
// stances each among 150 countries, then a broken line (a problem, the
// first write to stderr, once the documents are read).
func heavyCorpus(t *testing.T, dir string) string {
	t.Helper()
	names, _ := countryNames(t, 150)
	r := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	for d := range 300 {
		day := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, d).Format(time.DateOnly)
		var sents []string
		for range 10 {
			verb := "praised"
			if r.IntN(2) == 0 {
				verb = "condemned"
			}
			i, j := r.IntN(len(names)), r.IntN(len(names)-1)
			if j >= i {
				j++
			}
			sents = append(sents, names[i]+" "+verb+" "+names[j]+".")
		}
		fmt.Fprintf(&b, "{\"id\": \"d%d\", \"date\": %q, \"text\": %q}\n", d, day, strings.Join(sents, "\n\n"))
	}
	b.WriteString("{broken\n")
	name := filepath.Join(dir, "heavy.jsonl")
	if err := os.WriteFile(name, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return name
}

// TestInterruptFinalStage: Ctrl-C in the final stage of a run (dyads,
// alignment, map, blocs, report), which takes seconds here, ends it
// within 3 s, exit 130, the previous outputs as they were.
func TestInterruptFinalStage(t *testing.T) {
	if testing.Short() {
		t.Skip("a run of seconds")
	}
	t.Parallel()
	dir := t.TempDir()
	_, out := firstRun(t, dir, "small.jsonl")
	before := tree(t, out)
	var stdout bytes.Buffer

	// The analysis of 300 short documents is over within 500 ms of the
	// broken line at their end: the cancel comes in the final stage.
	heavy := heavyCorpus(t, dir)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	w := &cancelOnWrite{cancel: cancel, delay: 500 * time.Millisecond}
	err := run(ctx, append([]string{"run", "-o", out, heavy}, slowFinalStage...), &stdout, w, env{})
	checkInterrupted(t, err, w, out, before)
}

// TestInterruptAggregate: Ctrl-C while aggregate computes (after it has
// read the stances) ends it within 3 s, exit 130, the outputs as they
// were; it used to exit 0 and replace them.
func TestInterruptAggregate(t *testing.T) {
	if testing.Short() {
		t.Skip("an aggregation of seconds")
	}
	t.Parallel()
	dir := t.TempDir()
	_, codes := countryNames(t, 150)
	r := rand.New(rand.NewPCG(3, 4))
	var b strings.Builder
	b.WriteString("statement_id,doc_id,date,speaker,speaker_country,target_country,stance,label,confidence,evidence,general_sentiment\n")
	for i := range 3000 {
		day := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i/10).Format(time.DateOnly)
		a, c := r.IntN(len(codes)), r.IntN(len(codes)-1)
		if c >= a {
			c++
		}
		fmt.Fprintf(&b, "d%d#1,d%d,%s,X,%s,%s,%.4f,neutral,0.5000,praise/v forward,\n", i, i, day, codes[a], codes[c], 2*r.Float64()-1)
	}
	writeFiles(t, dir, map[string]string{"out/stances.csv": b.String(), "out/dyads.csv": "the previous dyads", "out/run.json": "{}"})
	out := filepath.Join(dir, "out")
	before := tree(t, out)

	// Reading 3000 rows takes milliseconds; the aggregation, seconds.
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	w := &cancelOnWrite{cancel: cancel}
	w.Write(nil) // arms the cancel: in 100 ms
	var stdout bytes.Buffer
	err := run(ctx, append([]string{"aggregate", out}, slowFinalStage...), &stdout, w, env{})
	checkInterrupted(t, err, w, out, before)
}

// checkInterrupted checks that a command cancelled by w ended within 3 s
// of the cancel, with exit status 130, and left the folder out as it was
// (before).
func checkInterrupted(t *testing.T, err error, w *cancelOnWrite, out string, before map[string]string) {
	t.Helper()
	at := w.cancelledAt()
	if at.IsZero() {
		t.Fatalf("returned %v before the cancel\n%s", err, w.buf.String())
	}
	took := time.Since(at)
	t.Logf("returned %v after the cancel", took.Round(time.Millisecond))
	if took > 3*time.Second {
		t.Errorf("returned %v after the cancel, want within 3s", took.Round(time.Millisecond))
	}
	var msg bytes.Buffer
	if got, want := exitCode(err, &msg), 130; got != want {
		t.Errorf("exit code = %d (%v), want %d", got, err, want)
	}
	if d := diffTrees(tree(t, out), before); d != "" {
		t.Errorf("outputs changed by an interrupted command:%s", d)
	}
	if m, _ := filepath.Glob(filepath.Join(out, ".stance-*")); len(m) > 0 {
		t.Errorf("left behind: %q", m)
	}
}
