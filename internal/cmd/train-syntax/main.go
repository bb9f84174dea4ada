// Command train-syntax trains the tagger and parser of analysis/syntax on
// UD English-EWT and writes the model the package embeds.
//
//	go run ./internal/cmd/train-syntax ../shared/corpora/ud-english-ewt
//
// trains the shipped model (on the training and development sets, with the
// Brown clusters of clusters-ungdc.tsv.gz), writes it to
// analysis/syntax/en_ewt.model and prints its scores on the test set. The
// same data gives the same bytes: the order of training and every random
// choice come from a fixed seed.
//
// With -with-dev=false it trains on the training set alone and scores the
// development set: the figures to decide on. -eval both scores both sets, -v
// prints the scores of each relation, -load FILE scores a model file
// instead of training one. DIR holds en_ewt-ud-{train,dev,test}.conllu,
// gzipped (.gz) or not.
//
// -headlines adds a title-style copy of each sentence that can have one
// (headlineStyle: no articles, no passive or copular "be", "to" for
// "will", verbs in the present). It is not the shipped model's setting:
// trained so, the model scored UAS 85.20 and LAS 82.07 on the test set
// (shipped: 85.51, 82.16) and moved no dev gold figure, while the blind
// gold's tuning halves lost a true dyad and gained two false ones (their
// check halves gained three and two): a different set of title misreadings,
// not fewer.
package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"time"

	"github.com/stance-project/stance/analysis/syntax"
	"github.com/stance-project/stance/internal/brown"
)

func main() {
	os.Exit(exitCode(run(context.Background(), os.Args[1:], os.Stdout, os.Stderr), os.Stderr))
}

type usageError struct{ error }

func exitCode(err error, stderr io.Writer) int {
	var u usageError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &u):
		fmt.Fprintln(stderr, "train-syntax:", err)
		return 2
	}
	fmt.Fprintln(stderr, "train-syntax:", err)
	return 1
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("train-syntax", flag.ContinueOnError)
	fs.SetOutput(stderr)
	o := syntax.DefaultTrainOptions()
	out := fs.String("o", "analysis/syntax/en_ewt.model", "write the model to this file (empty: none)")
	clusters := fs.String("clusters", "internal/cmd/train-syntax/clusters-ungdc.tsv.gz", "Brown clusters, a paths file (empty: none)")
	withDev := fs.Bool("with-dev", true, "train on the development set too")
	headlines := fs.Bool("headlines", false, "train on a title-style copy of each sentence too (see headlineStyle; not the shipped model)")
	eval := fs.String("eval", "", "score the model on: dev, test, both or none (default: test, or dev with -with-dev=false)")
	verbose := fs.Bool("v", false, "print the scores of each relation")
	load := fs.String("load", "", "score this model file instead of training one")
	fs.IntVar(&o.TaggerEpochs, "tagger-epochs", o.TaggerEpochs, "passes of the tagger")
	fs.IntVar(&o.ParserEpochs, "parser-epochs", o.ParserEpochs, "passes of the parser")
	fs.IntVar(&o.Folds, "folds", o.Folds, "jackknife folds for the parser's tags (0: gold tags)")
	fs.IntVar(&o.Explore, "explore", o.Explore, "first parser pass that follows its own predictions")
	fs.Float64Var(&o.ExploreP, "explore-p", o.ExploreP, "probability of following the prediction")
	fs.UintVar(&o.TransBits, "trans-bits", o.TransBits, "log2 of the size of the transition table")
	fs.Uint64Var(&o.Seed, "seed", o.Seed, "seed of the shuffles and the exploration")
	prune := fs.Float64("prune", 1, "drop the parser's averaged weights below this")
	transT := fs.String("trans-templates", "", "templates of the transition model: names, the groups all, lexical and tags, -NAME to remove one (default: the shipped model's)")
	labelT := fs.String("label-templates", "", "templates of the label models (as -trans-templates)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return usageError{err}
	}
	if fs.NArg() != 1 {
		return usageError{fmt.Errorf("usage: train-syntax [flags] UD_ENGLISH_EWT_DIR")}
	}
	// NaN passes any comparison of the form x < lo || x > hi.
	if !(o.ExploreP >= 0 && o.ExploreP <= 1) {
		return usageError{fmt.Errorf("-explore-p %v: want a probability in [0, 1]", o.ExploreP)}
	}
	if !(*prune >= 0 && *prune <= math.MaxFloat64) {
		return usageError{fmt.Errorf("-prune %v: want a finite number, 0 or more", *prune)}
	}
	dir := fs.Arg(0)
	if *eval == "" {
		*eval = "test"
		if !*withDev {
			*eval = "dev"
		}
	}
	if *eval != "dev" && *eval != "test" && *eval != "both" && *eval != "none" {
		return usageError{fmt.Errorf("-eval %q: want dev, test, both or none", *eval)}
	}
	if *withDev && (*eval == "dev" || *eval == "both") && *load == "" {
		return usageError{fmt.Errorf("-eval %s: the model is trained on the development set (use -with-dev=false)", *eval)}
	}
	var err error
	if *transT != "" {
		if o.TransTemplates, err = syntax.Templates(*transT); err != nil {
			return usageError{err}
		}
	}
	if *labelT != "" {
		if o.LabelTemplates, err = syntax.Templates(*labelT); err != nil {
			return usageError{err}
		}
	}
	var m *syntax.Model
	if *load != "" {
		data, err := os.ReadFile(*load)
		if err != nil {
			return err
		}
		if m, err = syntax.ReadModel(bytes.NewReader(data)); err != nil {
			return fmt.Errorf("%s: %w", *load, err)
		}
	} else {
		if *clusters != "" {
			if o.Clusters, err = readClusters(*clusters); err != nil {
				return err
			}
		}
		train, err := readPart(dir, "train")
		if err != nil {
			return err
		}
		if *withDev {
			dev, err := readPart(dir, "dev")
			if err != nil {
				return err
			}
			train = append(train, dev...)
		}
		if *headlines {
			n := len(train)
			for _, s := range train[:n] {
				if t, ok := headlineStyle(s); ok {
					train = append(train, t)
				}
			}
			fmt.Fprintf(stderr, "%d title-style copies of %d sentences\n", len(train)-n, n)
		}
		o.Log = stderr
		start := time.Now()
		if m, err = syntax.Train(train, o); err != nil {
			return err
		}
		if m, err = m.Pruned(*prune); err != nil {
			return err
		}
		var buf bytes.Buffer
		if err := m.WriteModel(&buf); err != nil {
			return err
		}
		fmt.Fprintf(stderr, "trained on %d sentences in %s; model of %d bytes\n", len(train), time.Since(start).Round(time.Second), buf.Len())
		if *out != "" {
			if err := writeFile(*out, buf.Bytes()); err != nil {
				return err
			}
		}
		// Score what is written: the model read back.
		if m, err = syntax.ReadModel(bytes.NewReader(buf.Bytes())); err != nil {
			return err
		}
	}
	for _, part := range []string{"dev", "test"} {
		if *eval != part && *eval != "both" {
			continue
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		gold, err := readPart(dir, part)
		if err != nil {
			return err
		}
		s, err := m.Evaluate(gold)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%s: UPOS %.2f XPOS %.2f lemma %.2f UAS %.2f LAS %.2f (%d words)\n", part,
			s.Percent(s.UPOS), s.Percent(s.XPOS), s.Percent(s.Lemma), s.Percent(s.UAS), s.Percent(s.LAS), s.Words)
		if *verbose {
			if err := s.Write(stdout); err != nil {
				return err
			}
		}
	}
	return nil
}

// readPart reads en_ewt-ud-PART.conllu(.gz) of dir.
func readPart(dir, part string) ([]syntax.Sentence, error) {
	name := filepath.Join(dir, "en_ewt-ud-"+part+".conllu")
	f, err := os.Open(name + ".gz")
	if err == nil {
		defer f.Close()
		z, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("%s.gz: %w", name, err)
		}
		return syntax.ReadAll(z, name+".gz")
	}
	f, err = os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return syntax.ReadAll(f, name)
}

// readClusters reads a paths file of internal/cmd/brown (gzipped or not).
func readClusters(name string) (map[string]string, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	var r io.Reader = bytes.NewReader(data)
	if filepath.Ext(name) == ".gz" {
		z, err := gzip.NewReader(r)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		r = z
	}
	paths, err := brown.ReadPaths(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return paths, nil
}

// writeFile replaces name with data, through a temporary file beside it.
func writeFile(name string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(name), ".train-syntax-*")
	if err != nil {
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return os.Rename(tmp.Name(), name)
}
