package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stance-project/stance/analysis/syntax"
)

// treebank makes a folder laid out as UD English-EWT from the package's
// invented treebank (the same sentences for each part).
func treebank(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile("../../../analysis/syntax/testdata/invented.conllu")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, part := range []string{"train", "dev", "test"} {
		if err := os.WriteFile(filepath.Join(dir, "en_ewt-ud-"+part+".conllu"), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestTrainTwice trains twice with the same flags: the two model files are
// the same bytes, and the model reads back and is scored.
func TestTrainTwice(t *testing.T) {
	if testing.Short() {
		t.Skip("trains two models")
	}
	dir := treebank(t)
	var models [2][]byte
	for i := range models {
		out := filepath.Join(t.TempDir(), "m.model")
		var stdout, stderr bytes.Buffer
		args := []string{"-o", out, "-clusters", "", "-tagger-epochs", "2", "-parser-epochs", "3", "-folds", "2", dir}
		if err := run(context.Background(), args, &stdout, &stderr); err != nil {
			t.Fatalf("run %v: %v\n%s", args, err, stderr.String())
		}
		if !strings.HasPrefix(stdout.String(), "test: UPOS ") {
			t.Errorf("stdout = %q, want the test scores", stdout.String())
		}
		data, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := syntax.ReadModel(bytes.NewReader(data)); err != nil {
			t.Fatalf("ReadModel: %v", err)
		}
		models[i] = data
	}
	if !bytes.Equal(models[0], models[1]) {
		t.Error("two trainings on the same data gave different models")
	}
}

func TestUsage(t *testing.T) {
	dir := treebank(t)
	for _, args := range [][]string{
		{},
		{"-eval", "some", dir},
		{"-eval", "dev", dir}, // the default model is trained on dev
		{"-trans-templates", "nothing", dir},
		{"-no-such-flag", dir},
		// Float flags: NaN, infinities and values out of range.
		{"-explore-p", "NaN", dir},
		{"-explore-p", "1.5", dir},
		{"-explore-p", "-0.1", dir},
		{"-prune", "NaN", dir},
		{"-prune", "Inf", dir},
		{"-prune", "-1", dir},
	} {
		err := run(context.Background(), args, &bytes.Buffer{}, &bytes.Buffer{})
		var u usageError
		if !errors.As(err, &u) {
			t.Errorf("run(%q) = %v, want a usage error", args, err)
		}
	}
}

func TestBadTreebank(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "en_ewt-ud-train.conllu"), []byte("1\ta\ta\tNOUN\tNN\t_\t0\troot\t_\n"), 0o644)
	err := run(context.Background(), []string{"-o", "", "-clusters", "", dir}, &bytes.Buffer{}, &bytes.Buffer{})
	if err == nil || !strings.Contains(err.Error(), "en_ewt-ud-train.conllu:1:") {
		t.Errorf("run = %v, want an error at en_ewt-ud-train.conllu:1", err)
	}
}

// TestTrainHeadlines trains with -headlines: the title-style copies are
// counted and the model is written.
func TestTrainHeadlines(t *testing.T) {
	if testing.Short() {
		t.Skip("trains a model")
	}
	dir := treebank(t)
	out := filepath.Join(t.TempDir(), "m.model")
	var stdout, stderr bytes.Buffer
	args := []string{"-headlines", "-o", out, "-clusters", "", "-tagger-epochs", "1", "-parser-epochs", "1", "-folds", "0", dir}
	if err := run(context.Background(), args, &stdout, &stderr); err != nil {
		t.Fatalf("run %v: %v\n%s", args, err, stderr.String())
	}
	if !strings.Contains(stderr.String(), "title-style copies of") {
		t.Errorf("stderr = %q, want the count of title-style copies", stderr.String())
	}
	if _, err := os.Stat(out); err != nil {
		t.Error(err)
	}
}
