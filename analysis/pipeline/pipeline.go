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
	// OnProblem, when set, is called once for each piece of bad input, in
	// input order, from a single goroutine.
	OnProblem func(*corpus.Problem)
	// OnFailure, when set, is called for each document a stage failed on
	// (its Failed field says why), in input order.
	OnFailure func(*corpus.Document)
	// OnDocument, when set, is called after each document is emitted, with
	// the running totals (for progress reports).
	OnDocument func(Progress)
}

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
	// ProblemReasons count them all.
	Problems       []*corpus.Problem `json:"-"`
	ProblemCount   int               `json:"-"`
	ProblemReasons map[string]int    `json:"-"`
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
// from emit or when ctx is done, and returns the manifest so far.
func Run(ctx context.Context, o Options, emit func(doc *corpus.Document, r *analysis.Result) error) (*Manifest, error) {
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
	// tokens bounds the documents in flight, so that the reorder buffer
	// stays small even when one document is slow.
	tokens := make(chan struct{}, 8*workers)

	var readErr error
	var wg sync.WaitGroup
	var inputRead, inputTotal atomic.Int64
	readOpts := o.Read
	if o.OnDocument != nil {
		readOpts.CountRead = func(n int) { inputRead.Add(int64(n)) }
	}
	go func() { // the reader: the only goroutine that touches m.Files and m.Problems
		defer close(jobs)
		files, problems := corpus.Files(o.Paths)
		if o.OnDocument != nil {
			var total int64
			for _, name := range files {
				if fi, err := os.Stat(name); err == nil {
					total += fi.Size()
				}
			}
			inputTotal.Store(total)
		}
		for i := range problems {
			p := &problems[i]
			m.addFile(FileStats{File: p.File, Skipped: 1, Problems: map[string]int{p.Reason.String(): 1}})
			m.add(p, o.OnProblem)
		}
		seq := 0
		for _, name := range files {
			fs := FileStats{File: name}
			err := corpus.ReadFile(ctx, name, readOpts, func(d corpus.Document) error {
				select {
				case tokens <- struct{}{}:
				case <-ctx.Done():
					return ctx.Err()
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
				m.add(&p, o.OnProblem)
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
				r, err := analyze(o.Analyzer, j.doc)
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
	for r := range results {
		if emitErr != nil {
			continue // drain
		}
		pending[r.seq] = r
		for {
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
			if err := emit(&p.doc, &p.res); err != nil {
				emitErr = err
				cancel()
				break
			}
			if o.OnDocument != nil {
				o.OnDocument(Progress{Documents: m.Documents, TextBytes: m.Bytes, InputRead: inputRead.Load(), InputTotal: inputTotal.Load()})
			}
		}
	}
	// The reader has finished (results closed only after jobs closed and
	// the workers drained), so m.Files and m.Problems are safe to read.
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

func (m *Manifest) add(p *corpus.Problem, report func(*corpus.Problem)) {
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
func analyze(a *analysis.Analyzer, d corpus.Document) (r analysis.Result, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("internal error analysing %s (please report it): %v", d.ID, p)
			r = analysis.Result{}
		}
	}()
	return a.Analyze(d), nil
}
