// Package stancebeam runs stance's analysis as an Apache Beam pipeline:
// the same readers, analyser, accumulator, aggregates and report as
// stance run, spread over the workers of a Beam runner (prism in the
// process, Flink or Spark through a job server, Google Cloud Dataflow).
//
// Build adds the pipeline to a Beam scope; Config holds what it runs
// with; MergeShards merges the sharded statements and stances tables
// into one file each. The stance-beam command (beam/cmd/stance-beam) is
// the front end.
package stancebeam

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing/fstest"

	"github.com/cdipaolo/sentiment"

	"github.com/stance-project/stance/analysis"
	"github.com/stance-project/stance/analysis/aggregate"
	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/analysis/syntax"
	"github.com/stance-project/stance/internal/stancerun"
	"github.com/stance-project/stance/lexicons"
	"github.com/stance-project/stance/reports"
)

// Version is stance-beam's version, written to run.json and schema.json:
// stance's own, whose outputs it reproduces.
const Version = stancerun.Version

// Config is one run of the pipeline: the settings of stance run that
// apply to it, and where the outputs go. It is plain data: the pipeline's
// functions carry it to the workers (as JSON). Check it with Validate
// before Build.
type Config struct {
	// Inputs are the files and folders to read: local paths (walked as
	// stance run walks them), or paths and globs of a Beam file system
	// (gs://bucket/corpus/, gs://bucket/news/*.jsonl.gz, s3://...).
	Inputs []string
	// Out is the output folder: a local path, or a Beam file system's
	// (gs://bucket/out).
	Out string

	// Fields maps document fields to input fields (-field name=source).
	Fields map[string]string
	// MaxRecordBytes skips records larger than this (0: 64 MiB).
	MaxRecordBytes int64
	// Lexicons are the files of -lexicons, by name: read when the
	// pipeline is built, so that every worker has them.
	Lexicons map[string]string
	KeepSelf bool
	Blend    float64
	// Contact is "cooperation" (the default, "") or "neutral".
	Contact string

	// The aggregation: stance run's flags of the same names.
	Period            string // day, week, month (default, ""), quarter, year
	Since, Until      string
	Weighted          bool
	Bootstrap         int
	Smooth            int
	MinShared         int // 0: 3
	Window            int // alignment pools this many periods on each side (0: none)
	MinN              int
	WithOrganisations bool
	Dyads             [][2]string
	Aliases           []string // FROM=TO
	NoSuccessors      bool

	// RawCSV writes text cells as they are (-raw-csv).
	RawCSV bool
	// Shards is the number of files statements and stances are each
	// written to (0: 4).
	Shards int
	// Command is the command line, for run.json.
	Command []string
	// Runner names the runner, for run.json.
	Runner string
	// Start is when the run started, in Unix nanoseconds, for run.json's
	// elapsed_seconds.
	Start int64
}

// MaxBootstrap caps Config.Bootstrap, as stance run caps -bootstrap.
const MaxBootstrap = 10000

// ConfigError is a bad setting of a Config: a usage error.
type ConfigError struct{ Err error }

func (e *ConfigError) Error() string { return e.Err.Error() }

func (e *ConfigError) Unwrap() error { return e.Err }

func configErrorf(format string, args ...any) error {
	return &ConfigError{Err: fmt.Errorf(format, args...)}
}

// Validate checks every setting, as stance run checks its flags.
func (c *Config) Validate() error {
	if len(c.Inputs) == 0 {
		return configErrorf("no input")
	}
	if c.Out == "" {
		return configErrorf("no output folder")
	}
	if _, err := c.aggOptions(); err != nil {
		return err
	}
	if _, err := contactOf(c.Contact); err != nil {
		return err
	}
	if c.Bootstrap < 0 || c.Smooth < 0 || c.MinShared < 0 || c.Window < 0 || c.MinN < 0 || c.Shards < 0 {
		return configErrorf("-bootstrap, -smooth, -min-shared, -window, -min-n and -shards must be 0 or more")
	}
	if c.Bootstrap > MaxBootstrap {
		return configErrorf("-bootstrap %d: at most %d resamples", c.Bootstrap, MaxBootstrap)
	}
	if c.Blend < 0 || c.Blend > 1 {
		return configErrorf("-blend %v: want a number from 0 to 1", c.Blend)
	}
	var f corpus.Fields
	for name, src := range c.Fields {
		if !stancerun.SetField(&f, name, src) || src == "" {
			return configErrorf("-field %s=%s: unknown field or empty source", name, src)
		}
	}
	if _, _, err := c.lexicons(); err != nil {
		return err
	}
	return nil
}

func (c *Config) shards() int {
	if c.Shards <= 0 {
		return 4
	}
	return c.Shards
}

// period returns the dyads' period.
func (c *Config) period() (aggregate.Period, error) {
	name := c.Period
	if name == "" {
		name = "month"
	}
	p, err := aggregate.ParsePeriod(name)
	if err != nil {
		return 0, configErrorf("-period: %w", err)
	}
	return p, nil
}

// successors returns the successor table of -no-successors and -alias.
func (c *Config) successors() (aggregate.Successors, error) {
	base := aggregate.DefaultSuccessors()
	if c.NoSuccessors {
		base = nil
	}
	var aliases []aggregate.Alias
	for _, s := range c.Aliases {
		a, err := aggregate.ParseAlias(s)
		if err != nil {
			return nil, configErrorf("-alias: %w", err)
		}
		aliases = append(aliases, a)
	}
	s, err := base.With(aliases...)
	if err != nil {
		return nil, configErrorf("-alias: %w", err)
	}
	return s, nil
}

// dates returns -since and -until.
func (c *Config) dates() (since, until corpus.Date, err error) {
	for _, x := range []struct {
		name, s string
		d       *corpus.Date
	}{{"since", c.Since, &since}, {"until", c.Until, &until}} {
		if x.s == "" {
			continue
		}
		if *x.d, err = corpus.ParseDate(x.s); err != nil {
			return since, until, configErrorf("-%s: %w", x.name, err)
		}
	}
	if !since.IsZero() && !until.IsZero() {
		a, b := since.String(), until.String()
		if n := min(len(a), len(b)); a[:n] > b[:n] {
			return since, until, configErrorf("-since %s is after -until %s: no stance would be kept", a, b)
		}
	}
	return since, until, nil
}

// aggOptions returns the accumulator's options.
func (c *Config) aggOptions() (aggregate.Options, error) {
	p, err := c.period()
	if err != nil {
		return aggregate.Options{}, err
	}
	since, until, err := c.dates()
	if err != nil {
		return aggregate.Options{}, err
	}
	s, err := c.successors()
	if err != nil {
		return aggregate.Options{}, err
	}
	return aggregate.Options{Period: p, Weighted: c.Weighted, Bootstrap: c.Bootstrap, Since: since, Until: until, Successors: s}, nil
}

// collectOptions returns the report collector's options; mentions and
// actorName may be nil (on the workers, which only collect).
func (c *Config) collectOptions(mentions func(string, corpus.Date) []reports.Mention, actorName func(name, country string) (string, bool)) (reports.CollectOptions, error) {
	o, err := c.aggOptions()
	if err != nil {
		return reports.CollectOptions{}, err
	}
	return reports.CollectOptions{Period: o.Period, Since: o.Since, Until: o.Until, Successors: o.Successors,
		Mentions: mentions, ActorName: actorName}, nil
}

// readOptions returns the corpus readers' options.
func (c *Config) readOptions() corpus.Options {
	return stancerun.ReadOptions(c.Fields, c.MaxRecordBytes)
}

func contactOf(s string) (analysis.Contact, error) {
	switch s {
	case "", "cooperation":
		return analysis.ContactCooperation, nil
	case "neutral":
		return analysis.ContactNeutral, nil
	}
	return 0, configErrorf("-contact: want cooperation or neutral, got %q", s)
}

// lexicons loads the lexicons and the actors, the files of -lexicons
// replacing the built-in ones, as stance run does. The set's Versions
// include the actor files'.
func (c *Config) lexicons() (*lexicons.Set, []lexicons.Actor, error) {
	var user fs.FS
	if len(c.Lexicons) > 0 {
		m := fstest.MapFS{}
		for name, data := range c.Lexicons {
			m[name] = &fstest.MapFile{Data: []byte(data), Mode: 0o644}
		}
		user = m
	}
	return stancerun.LoadLexicons(user)
}

// analyzer builds the analyser of a worker: the lexicons and cdipaolo's
// sentiment model.
func (c *Config) analyzer() (*analysis.Analyzer, error) {
	set, actors, err := c.lexicons()
	if err != nil {
		return nil, err
	}
	model, err := sentiment.Restore()
	if err != nil {
		return nil, fmt.Errorf("restore sentiment model: %w", err)
	}
	contact, err := contactOf(c.Contact)
	if err != nil {
		return nil, err
	}
	// Titles are parsed as stance run parses them; the model is loaded by
	// the first worker that meets a title.
	return analysis.New(analysis.Options{Lexicons: set, Sentiment: model, KeepSelf: c.KeepSelf, Actors: actors, Blend: c.Blend, Contact: contact,
		LoadSyntax: syntax.Load})
}

// maxLexiconBytes caps what ReadLexicons reads from a folder.
const maxLexiconBytes = 64 << 20

// ReadLexicons reads the files of a -lexicons folder (its regular files,
// not its subfolders) for Config.Lexicons.
func ReadLexicons(dir string) (map[string]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, configErrorf("-lexicons %s: not a folder: %w", dir, err)
	}
	out := map[string]string{}
	total := 0
	for _, e := range entries {
		if !e.Type().IsRegular() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, fmt.Errorf("-lexicons: %w", err)
		}
		if total += len(data); total > maxLexiconBytes {
			return nil, configErrorf("-lexicons %s: more than %d MiB of files", dir, maxLexiconBytes>>20)
		}
		out[e.Name()] = string(data)
	}
	return out, nil
}
