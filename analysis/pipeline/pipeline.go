// Package pipeline drives stance's stages over a corpus: it reads the input
// files in order, analyses documents in a bounded pool of workers and hands
// the results back in input order, while keeping the manifest of what was
// read and what was skipped.
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"

	"github.com/stance-project/stance/analysis"
	"github.com/stance-project/stance/analysis/corpus"
)

// Options configure [Run].
type Options struct {
	Paths    []string           // files or folders
	Read     corpus.Options     // reader options (field names, size limit)
	Workers  int                // analysis workers; 0 means one per CPU
	Analyzer *analysis.Analyzer // the compiled stages
	// Exclude lists output folders that the walk of Paths leaves out
	// (corpus.FilesOptions): the run's own outputs are not read back.
	Exclude []string
	// OnProblem, when set, is called once for each piece of bad input and
	// each note on the walk of Paths (corpus.Reason.Note), in input
	// order. Like OnFailure, OnDocument and emit, it is called from
	// the goroutine that called Run, never at the same time as another.
	OnProblem func(*corpus.Problem)
	// OnFailure, when set, is called for each document a stage failed on
	// (its Failed field says why), in input order.
	OnFailure func(*corpus.Document)
	// OnDocument, when set, is called after each document is emitted, with
	// the running totals (for progress reports).
	OnDocument func(Progress)
	// MaxInFlightBytes bounds the text (title and text bytes) of the
	// documents read but not yet emitted, which is what a run's memory
	// grows with: the reader waits while a document would take the
	// documents in flight past it, and a larger document goes alone.
	// 0 means DefaultMaxInFlightBytes.
	MaxInFlightBytes int64
}

// DefaultMaxInFlightBytes is Options.MaxInFlightBytes when it is 0. The
// analysis of a document takes some 20 times its text at its peak (the
// statements and stances it yields about 6 times), so documents of 16 MiB
// in all keep a run within a few hundred MiB, and news articles or
// speeches (a few KiB to a few hundred) never wait for it.
const DefaultMaxInFlightBytes = 16 << 20

// Progress is how far a run has come.
type Progress struct {
	Documents int   // emitted so far
	TextBytes int64 // of their titles and texts
	// InputRead and InputTotal are the bytes of the input files read so
	// far and in all, as stored (compressed files count compressed).
	// InputTotal is 0 until the files are listed.
	InputRead, InputTotal int64
}

// FileStats is what one input file gave.
type FileStats struct {
	File      string         `json:"file"`
	Documents int            `json:"documents"`
	Skipped   int            `json:"skipped"`
	Problems  map[string]int `json:"problems,omitempty"` // by reason
}

// MaxListed caps the input files and the problems a [Manifest] keeps one
// by one, so that a run over millions of files or problems keeps its
// memory: every one is counted all the same.
const MaxListed = 10_000

// Manifest accounts for every input: documents read, records skipped (with
// reasons), and what the analysis found. Keep in sync with doc.go (run.json).
type Manifest struct {
	// Files are the first MaxListed input files read (with the paths that
	// could not be read), sorted; FilesOmitted counts the others.
	Files        []FileStats `json:"-"`
	FilesOmitted int         `json:"-"`
	// Problems are the first MaxListed input problems; ProblemCount and
	// ProblemReasons count them all. Notes on the walk of the inputs (a
	// folder excluded, a path met twice: corpus.Reason.Note) are not
	// problems: Notes are the first MaxListed, NotesOmitted counts the
	// others.
	Problems       []*corpus.Problem `json:"-"`
	ProblemCount   int               `json:"-"`
	ProblemReasons map[string]int    `json:"-"`
	Notes          []*corpus.Problem `json:"-"`
	NotesOmitted   int               `json:"-"`
	Documents      int               `json:"documents"`
	Skipped        int               `json:"skipped"`
	Undated        int               `json:"undated_documents"`
	Repaired       int               `json:"repaired_documents"`
	Failed         int               `json:"failed_documents"` // documents a stage failed on (kept, with no statements)
	Sentences      int               `json:"sentences"`
	Parsed         int               `json:"parsed_sentences"` // sentences parsed (analysis.Options.Syntax)
	Statements     int               `json:"statements"`
	Stances        int               `json:"stances"`
	Bytes          int64             `json:"text_bytes"`
}

type job struct {
	seq int
	doc corpus.Document
}

type result struct {
	seq int
	doc corpus.Document
	res analysis.Result
}

// Run reads and analyses every document of o.Paths and calls emit for each,
// in input order, from the calling goroutine. It stops at the first error
// from emit or when ctx is done (the workers take no more documents, and a
// document being analysed stops between paragraphs), and returns the
// manifest so far.
func Run(ctx context.Context, o Options, emit func(doc *corpus.Document, r *analysis.Result) error) (*Manifest, error) {
	return run(ctx, o, newBudget(o.MaxInFlightBytes), emit)
}

// run is Run with the budget of the bytes in flight (a test looks at it).
func run(ctx context.Context, o Options, inFlight *budget, emit func(doc *corpus.Document, r *analysis.Result) error) (*Manifest, error) {
	if o.Analyzer == nil {
		return nil, errors.New("pipeline: no analyzer")
	}
	workers := o.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	m := &Manifest{}
	jobs := make(chan job, 2*workers)
	results := make(chan result, 2*workers)
	// The reader's problems go to the calling goroutine, which reports
	// them between documents: the callbacks never run at the same time.
	problems := make(chan corpus.Problem, 64)
	// tokens bounds the documents in flight, so that the reorder buffer
	// stays small even when one document is slow; inFlight bounds their
	// bytes, so that a few huge documents do not stack up.
	tokens := make(chan struct{}, 8*workers)

	var readErr error
	var wg sync.WaitGroup
	var inputRead, inputTotal atomic.Int64
	readOpts := o.Read
	if o.OnDocument != nil {
		readOpts.CountRead = func(n int) { inputRead.Add(int64(n)) }
	}
	report := func(p corpus.Problem) error {
		select {
		case problems <- p:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	go func() { // the reader: the only goroutine that touches m.Files
		defer close(problems) // last: Run returns once the reader has
		defer close(jobs)
		files, probs := corpus.Files(o.Paths, corpus.FilesOptions{Exclude: o.Exclude})
		if o.OnDocument != nil {
			var total int64
			for _, name := range files {
				if fi, err := os.Stat(name); err == nil {
					total += fi.Size()
				}
			}
			inputTotal.Store(total)
		}
		for _, p := range probs {
			if !p.Reason.Note() { // a note loses nothing
				m.addFile(FileStats{File: p.File, Skipped: 1, Problems: map[string]int{p.Reason.String(): 1}})
			}
			if err := report(p); err != nil {
				readErr = err
				return
			}
		}
		seq := 0
		for _, name := range files {
			fs := FileStats{File: corpus.ShownName(name)}
			err := corpus.ReadFile(ctx, name, readOpts, func(d corpus.Document) error {
				select {
				case tokens <- struct{}{}:
				case <-ctx.Done():
					return ctx.Err()
				}
				if err := inFlight.acquire(ctx, docBytes(&d)); err != nil {
					return err
				}
				select {
				case jobs <- job{seq, d}:
				case <-ctx.Done():
					return ctx.Err()
				}
				seq++
				fs.Documents++
				return nil
			}, func(p corpus.Problem) {
				if fs.Problems == nil {
					fs.Problems = map[string]int{}
				}
				fs.Problems[p.Reason.String()]++
				if p.Reason.Skips() {
					fs.Skipped++
				}
				report(p) // the run stops with ctx's error when it fails
			})
			m.addFile(fs)
			if err != nil {
				readErr = err
				return
			}
		}
	}()
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if ctx.Err() != nil {
					return // the reader's sends give up on ctx too
				}
				r, err := analyze(ctx, o.Analyzer, j.doc)
				if ctx.Err() != nil {
					return
				}
				if err != nil {
					// A bug in a stage must not stop a run over a million
					// documents: the document is kept with no statements and
					// the failure is reported with it.
					j.doc.Failed = err.Error()
				}
				select {
				case results <- result{j.seq, j.doc, r}:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	pending := map[int]result{}
	next := 0
	var emitErr error
	stopped := false // emit failed or ctx is done: drain only
	for results != nil || problems != nil {
		select {
		case p, ok := <-problems:
			if !ok {
				problems = nil
				continue
			}
			if stopped {
				m.add(&p, nil)
				continue
			}
			m.add(&p, o.OnProblem)
		case r, ok := <-results:
			if !ok {
				results = nil
				continue
			}
			if stopped {
				continue
			}
			pending[r.seq] = r
			for !stopped {
				if ctx.Err() != nil {
					stopped = true
					break
				}
				p, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				next++
				<-tokens
				m.count(&p)
				if p.doc.Failed != "" {
					m.Failed++
					if o.OnFailure != nil {
						o.OnFailure(&p.doc)
					}
				}
				err := emit(&p.doc, &p.res)
				inFlight.release(docBytes(&p.doc)) // written: p is let go
				if err != nil {
					emitErr = err
					stopped = true
					cancel()
					break
				}
				if o.OnDocument != nil {
					o.OnDocument(Progress{Documents: m.Documents, TextBytes: m.Bytes, InputRead: inputRead.Load(), InputTotal: inputTotal.Load()})
				}
			}
			if stopped {
				clear(pending) // free the documents not emitted
			}
		}
	}
	// The reader has finished (problems is closed last), so m.Files and
	// readErr are safe to read.
	sort.SliceStable(m.Files, func(i, j int) bool { return m.Files[i].File < m.Files[j].File })
	if emitErr != nil {
		return m, emitErr
	}
	if err := ctx.Err(); err != nil {
		return m, err
	}
	if readErr != nil {
		return m, readErr
	}
	return m, nil
}

// docBytes is what a document weighs against Options.MaxInFlightBytes.
func docBytes(d *corpus.Document) int64 { return int64(len(d.Title) + len(d.Text)) }

func (m *Manifest) add(p *corpus.Problem, report func(*corpus.Problem)) {
	if p.Reason.Note() {
		if len(m.Notes) < MaxListed {
			m.Notes = append(m.Notes, p)
		} else {
			m.NotesOmitted++
		}
		if report != nil {
			report(p)
		}
		return
	}
	m.ProblemCount++
	if m.ProblemReasons == nil {
		m.ProblemReasons = map[string]int{}
	}
	m.ProblemReasons[p.Reason.String()]++
	if len(m.Problems) < MaxListed {
		m.Problems = append(m.Problems, p)
	}
	if report != nil {
		report(p)
	}
}

// addFile counts a file's skipped records and keeps its stats while
// fewer than MaxListed are kept.
func (m *Manifest) addFile(fs FileStats) {
	m.Skipped += fs.Skipped
	if len(m.Files) < MaxListed {
		m.Files = append(m.Files, fs)
	} else {
		m.FilesOmitted++
	}
}

func (m *Manifest) count(r *result) {
	m.Documents++
	if r.doc.Date.IsZero() {
		m.Undated++
	}
	if r.doc.Repaired > 0 {
		m.Repaired++
	}
	m.Bytes += int64(len(r.doc.Text) + len(r.doc.Title))
	m.Sentences += r.res.Sentences
	m.Parsed += r.res.Parsed
	m.Statements += len(r.res.Statements)
	m.Stances += len(r.res.Stances)
}

// analyze runs the analyzer on one document and turns a panic into an
// error naming the document.
func analyze(ctx context.Context, a *analysis.Analyzer, d corpus.Document) (r analysis.Result, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("internal error analysing %s (please report it): %v", d.ID, p)
			r = analysis.Result{}
		}
	}()
	return a.AnalyzeContext(ctx, d)
}
