package main

import (
	"context"
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/pprof"
	"strings"
	"syscall"
	"time"

	"github.com/stance-project/stance/internal/brown"
)

//go:embed doc.go
var doc string

// usageError is a mistake in the command line: exit status 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return &usageError{fmt.Sprintf(format, args...)} }

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(err, os.Stderr))
}

func exitCode(err error, stderr io.Writer) int {
	var ue *usageError
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "brown: %v\nrun 'brown -help' for usage\n", err)
		return 2
	}
	fmt.Fprintf(stderr, "brown: %v\n", err)
	return 1
}

// options are the settings of one run, from the command line.
type options struct {
	inputs     []string
	clusters   int
	minCount   int
	out        string
	quiet      bool
	cpuprofile string
}

// parseArgs parses the command line (without the program name).
func parseArgs(args []string, stdout io.Writer) (options, error) {
	var o options
	fs := flag.NewFlagSet("brown", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.IntVar(&o.clusters, "c", 1000, "number of clusters")
	fs.IntVar(&o.minCount, "min-count", 1, "leave out words that occur fewer times")
	fs.StringVar(&o.out, "o", "", "output file (gzip when it ends in .gz; default standard output)")
	fs.BoolVar(&o.quiet, "q", false, "no progress lines on standard error")
	fs.StringVar(&o.cpuprofile, "cpuprofile", "", "write a CPU profile to this file")
	// Flags may follow the files.
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fmt.Fprint(stdout, manual())
				return o, err
			}
			return o, usagef("%v", err)
		}
		rest := fs.Args()
		consumed := len(args) - len(rest)
		if consumed > 0 && args[consumed-1] == "--" || len(rest) == 0 {
			o.inputs = append(o.inputs, rest...)
			break
		}
		o.inputs = append(o.inputs, rest[0])
		args = rest[1:]
	}
	switch {
	case len(o.inputs) == 0:
		return o, usagef("no input files")
	case o.clusters < 1:
		return o, usagef("-c %d: want at least 1", o.clusters)
	case o.minCount < 0:
		return o, usagef("-min-count %d: want 0 or more", o.minCount)
	}
	for _, in := range o.inputs {
		if inputFormat(in) == unknown {
			return o, usagef("%s: unknown input format (want .jsonl, .jsonl.gz, .txt or .txt.gz)", in)
		}
	}
	return o, nil
}

// run executes one command line (without the program name).
func run(ctx context.Context, args []string, stdout, stderr io.Writer) (err error) {
	o, err := parseArgs(args, stdout)
	if err != nil {
		return err
	}
	if o.cpuprofile != "" {
		f, err := os.Create(o.cpuprofile)
		if err != nil {
			return err
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			f.Close()
			return err
		}
		defer func() {
			pprof.StopCPUProfile()
			if cerr := f.Close(); err == nil {
				err = cerr
			}
		}()
	}
	logf := func(format string, args ...any) {
		if !o.quiet {
			fmt.Fprintf(stderr, "brown: "+format+"\n", args...)
		}
	}

	start := time.Now()
	var corpus brown.Corpus
	for _, in := range o.inputs {
		logf("reading %s", in)
		if err := readInput(ctx, in, &corpus); err != nil {
			return err
		}
	}
	logf("%d documents, %d words, %d distinct (%s)", corpus.Documents(), corpus.Tokens(), corpus.Types(), since(start))

	clusterStart := time.Now()
	var last time.Time
	progress := func(p brown.Progress) {
		if o.quiet || time.Since(last) < 15*time.Second && p.Done < p.Total {
			return
		}
		last = time.Now()
		elapsed := time.Since(clusterStart)
		what := "words entered"
		if p.Stage == 2 {
			what = "hierarchy merges"
		}
		fmt.Fprintf(stderr, "brown: stage %d: %d/%d %s, mutual information %.4f bits (%s)\n",
			p.Stage, p.Done, p.Total, what, p.MutualInfo, elapsed.Round(time.Second))
	}
	res, err := brown.Cluster(ctx, &corpus, brown.Options{Clusters: o.clusters, MinCount: o.minCount, Progress: progress})
	if err != nil {
		return err
	}
	logf("%d words in %d clusters, mutual information %.4f bits (clustering %s)",
		len(res.Words), res.Clusters, res.MutualInfo, since(clusterStart))

	if err := writeOutput(o.out, stdout, res); err != nil {
		return err
	}
	if o.out != "" {
		logf("wrote %s (%s in all)", o.out, since(start))
	}
	return nil
}

func since(t time.Time) time.Duration { return time.Since(t).Round(time.Millisecond) }

// manual returns the package comment of doc.go as plain text.
func manual() string {
	var b strings.Builder
	for line := range strings.SplitSeq(doc, "\n") {
		if line == "package main" {
			break
		}
		if strings.HasPrefix(line, "/*") || strings.HasPrefix(line, "*/") {
			continue
		}
		b.WriteString(line + "\n")
	}
	return strings.TrimLeft(b.String(), "\n")
}
