package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"stance": func() {
			err := run(context.Background(), os.Args[1:], os.Stdout, os.Stderr, env{stdin: os.Stdin})
			os.Exit(exitCode(err, os.Stderr))
		},
	})
}

// TestScript runs the CLI tests in testdata/script/*.txtar.
func TestScript(t *testing.T) {
	t.Parallel()
	builtin, err := filepath.Abs("../../lexicons")
	if err != nil {
		t.Fatal(err)
	}
	p := testscript.Params{
		Dir: "testdata/script",
		// $BUILTIN_LEXICONS is the folder of the built-in lexicon files.
		Setup: func(e *testscript.Env) error {
			e.Setenv("BUILTIN_LEXICONS", builtin)
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			// mkbytes FILE TEXT writes TEXT, a Go string literal's body
			// ('caf\xe9\tx\n'), to FILE: bytes a txtar file cannot hold.
			"mkbytes": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 2 {
					ts.Fatalf("usage: mkbytes FILE TEXT")
				}
				text, err := strconv.Unquote(`"` + args[1] + `"`)
				ts.Check(err)
				ts.Check(os.WriteFile(ts.MkAbs(args[0]), []byte(text), 0o644))
			},
			// mkbad DIR writes inputs that cannot be put in a txtar file:
			// a binary file, invalid UTF-8, and a line of N bytes (mkbad
			// DIR N).
			"mkbad": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 2 {
					ts.Fatalf("usage: mkbad DIR HUGE-LINE-BYTES")
				}
				dir := ts.MkAbs(args[0])
				n, err := strconv.Atoi(args[1])
				ts.Check(err)
				ts.Check(os.MkdirAll(dir, 0o755))
				bin := append([]byte("\x7fELF\x02\x01\x01\x00"), bytes.Repeat([]byte{0, 1, 2, 3}, 512)...)
				ts.Check(os.WriteFile(filepath.Join(dir, "binary.txt"), bin, 0o644))
				ts.Check(os.WriteFile(filepath.Join(dir, "latin1.txt"), []byte("Jan 5, 2020\nCaf\xe9 talks\n\nFrance said it welcomed the talks with Spain. Caf\xe9 au lait.\n"), 0o644))
				huge := fmt.Sprintf("{\"id\": \"huge\", \"text\": \"%s\"}\n", bytes.Repeat([]byte("a"), n))
				ts.Check(os.WriteFile(filepath.Join(dir, "huge.jsonl"), []byte("{\"id\": \"small\", \"text\": \"Italy praised Spain.\"}\n"+huge), 0o644))
			},
		},
	}
	if raceEnabled && testing.Short() {
		// Under the race detector (CI's -race -short run) only the
		// scripts that drive the concurrent pipeline end to end: the
		// others test flags, messages and files, and run in full in the
		// plain test run. Every script under -race took CI over ten
		// minutes.
		p.Dir, p.Files = "", []string{"testdata/script/run.txtar", "testdata/script/aggregate.txtar"}
	}
	testscript.Run(t, p)
}
