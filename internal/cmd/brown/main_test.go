package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"brown": func() {
			err := run(context.Background(), os.Args[1:], os.Stdout, os.Stderr)
			os.Exit(exitCode(err, os.Stderr))
		},
	})
}

// TestScript runs the CLI tests in testdata/script/*.txtar.
func TestScript(t *testing.T) {
	t.Parallel()
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			// gunzip IN OUT decompresses the gzip file IN into OUT.
			"gunzip": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 2 {
					ts.Fatalf("usage: gunzip IN OUT")
				}
				f, err := os.Open(ts.MkAbs(args[0]))
				ts.Check(err)
				defer f.Close()
				zr, err := gzip.NewReader(f)
				ts.Check(err)
				b, err := io.ReadAll(zr)
				ts.Check(err)
				ts.Check(os.WriteFile(ts.MkAbs(args[1]), b, 0o644))
			},
		},
	})
}

// TestExitCodes checks the exit status of run's errors.
func TestExitCodes(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	bad := filepath.Join(dir, "bad.jsonl")
	if err := os.WriteFile(good, []byte("we met on monday\nwe met on friday\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, []byte("{\"text\": \"fine\"}\n{\"text\": 3}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args   []string
		code   int
		stderr string // a part of standard error
	}{
		{[]string{good}, 0, ""},
		{[]string{"-q", good, "-c", "2"}, 0, ""},
		{[]string{"-help"}, 0, ""},
		{[]string{}, 2, "no input files"},
		{[]string{"-c", "0", good}, 2, "-c 0"},
		{[]string{"-min-count", "-1", good}, 2, "-min-count -1"},
		{[]string{"-nosuchflag", good}, 2, "nosuchflag"},
		{[]string{filepath.Join(dir, "input.csv")}, 2, "unknown input format"},
		{[]string{filepath.Join(dir, "missing.txt")}, 1, "missing.txt"},
		{[]string{bad}, 1, "bad.jsonl:2: invalid JSON"},
		{[]string{"-o", filepath.Join(dir, "no", "such", "dir.tsv"), good}, 1, "dir.tsv"},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		err := run(context.Background(), tt.args, &stdout, &stderr)
		code := exitCode(err, &stderr)
		if code != tt.code || !strings.Contains(stderr.String(), tt.stderr) {
			t.Errorf("brown %q: exit %d, stderr %q; want exit %d, stderr with %q",
				tt.args, code, stderr.String(), tt.code, tt.stderr)
		}
	}
}
