package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// writeFiles writes files (name: content) under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// tree returns the files under dir (name: content), staging folders and
// the lock left out.
func tree(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if d.IsDir() && strings.HasPrefix(d.Name(), stagePrefix) {
			return filepath.SkipDir
		}
		if d.IsDir() || d.Name() == lockFile {
			return nil
		}
		data, err := os.ReadFile(p)
		files[filepath.ToSlash(rel)] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// diffTrees tells how the trees got and want differ, file by file.
func diffTrees(got, want map[string]string) string {
	short := func(s string) string {
		if len(s) > 60 {
			return s[:60] + "..."
		}
		return s
	}
	var b strings.Builder
	for _, name := range slices.Sorted(maps.Keys(want)) {
		if g, ok := got[name]; !ok {
			fmt.Fprintf(&b, "\n%s: missing", name)
		} else if g != want[name] {
			fmt.Fprintf(&b, "\n%s = %q, want %q", name, short(g), short(want[name]))
		}
	}
	for _, name := range slices.Sorted(maps.Keys(got)) {
		if _, ok := want[name]; !ok {
			fmt.Fprintf(&b, "\n%s: not wanted", name)
		}
	}
	return b.String()
}

// TestCommitKilledHalfway: a commit killed after any of its steps leaves
// a folder that the next stance into it puts back as it was before the
// commit (or, killed after its last step, as the commit left it), with a
// warning, and no staging folder.
func TestCommitKilledHalfway(t *testing.T) {
	t.Parallel()
	old := map[string]string{
		"statements.csv": "old statements", "dyads.csv": "old dyads", "schema.json": "old schema",
		"run.json": "old run", "report/index.html": "old report", "report/notes.txt": "the user's notes",
		"keep.txt": "the user's file",
	}
	staged := map[string]string{
		"statements.csv": "new statements", "dyads.csv": "new dyads", "map.csv": "new map", "schema.json": "new schema",
		"run.json": "new run", "report/index.html": "new report", "report/echarts.min.js": "new js",
	}
	names := []string{"statements.csv", "dyads.csv", "map.csv", "schema.json"}
	committed := maps.Clone(old)
	maps.Copy(committed, staged)

	nMoves := 0
	for k := 0; k == 0 || k <= nMoves; k++ {
		out := t.TempDir()
		writeFiles(t, out, old)
		o := &outputDir{path: out}
		var err error
		if o.stage, err = os.MkdirTemp(out, stagePrefix); err != nil {
			t.Fatal(err)
		}
		writeFiles(t, o.stage, staged)
		list, err := o.commitList(names)
		if err != nil {
			t.Fatal(err)
		}
		moves := commitMoves(list)
		nMoves = len(moves)
		if _, err := o.reportFolder(); err != nil {
			t.Fatal(err)
		}
		if err := o.begin(list); err != nil {
			t.Fatal(err)
		}
		for _, m := range moves[:k] {
			if err := o.do(m); err != nil {
				t.Fatalf("step %v: %v", m, err)
			}
		}
		// Killed here: the next stance into the folder cleans up.
		var warnings []string
		if err := cleanStale(out, func(s string) { warnings = append(warnings, s) }); err != nil {
			t.Fatalf("killed after %d of %d steps: cleanStale: %v", k, nMoves, err)
		}
		want := old
		if k == nMoves {
			want = committed
		}
		if d := diffTrees(tree(t, out), want); d != "" {
			t.Errorf("killed after %d of %d steps, then cleaned up:%s", k, nMoves, d)
		}
		if _, err := os.Stat(o.stage); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("killed after %d of %d steps: staging folder left: %v", k, nMoves, err)
		}
		if len(warnings) != 1 || !strings.Contains(warnings[0], "removed "+o.stage) {
			t.Errorf("killed after %d of %d steps: warnings %q, want one on %s", k, nMoves, warnings, o.stage)
		}
	}
}

// TestCommitRollsBack: a commit that fails halfway (a folder where the
// report's index.html must go, after the tables have moved in) puts every
// previous output back, and one that succeeds replaces only the outputs
// named.
func TestCommitRollsBack(t *testing.T) {
	t.Parallel()
	old := map[string]string{"dyads.csv": "old dyads", "run.json": "old run", "report/index.html": "old report", "keep.txt": "mine"}
	staged := map[string]string{"dyads.csv": "new dyads", "map.csv": "new map", "run.json": "new run", "report/index.html": "new report"}
	for _, fail := range []bool{true, false} {
		out := t.TempDir()
		writeFiles(t, out, old)
		o := &outputDir{path: out}
		var err error
		if o.stage, err = os.MkdirTemp(out, stagePrefix); err != nil {
			t.Fatal(err)
		}
		writeFiles(t, o.stage, staged)
		if fail {
			os.Remove(filepath.Join(out, "report", "index.html"))
			writeFiles(t, out, map[string]string{"report/index.html/x": "in the way"})
		}
		before := tree(t, out)
		err = o.commit([]string{"dyads.csv", "map.csv"})
		want := before
		if fail {
			if err == nil || !strings.Contains(err.Error(), "the previous outputs are as they were") {
				t.Errorf("commit = %v, want an error saying the outputs are as they were", err)
			}
		} else {
			if err != nil {
				t.Fatalf("commit: %v", err)
			}
			want = maps.Clone(old)
			maps.Copy(want, staged)
		}
		if d := diffTrees(tree(t, out), want); d != "" {
			t.Errorf("fail %v: after the commit:%s", fail, d)
		}
		if err := o.close(); err != nil {
			t.Fatal(err)
		}
		if m, _ := filepath.Glob(filepath.Join(out, stagePrefix+"*")); len(m) > 0 {
			t.Errorf("fail %v: staging folder left: %q", fail, m)
		}
	}
}

// TestOutputLocked: a run or aggregate into a folder that another stance
// holds fails at once (exit 1), naming the lock and its holder, and
// writes nothing.
func TestOutputLocked(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	in, out := firstRun(t, dir, "a.jsonl")
	before := tree(t, out)
	var stdout, stderr bytes.Buffer

	other := lockHolder{PID: os.Getpid(), Host: "here", Started: time.Date(2026, 11, 30, 9, 15, 0, 0, time.UTC), Command: "stance run"}
	l, _, err := lockOutput(out, other)
	if err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"run", "-o", out, in}, {"aggregate", out}} {
		start := time.Now()
		err := run(context.Background(), args, &stdout, &stderr, env{})
		took := time.Since(start)
		var msg bytes.Buffer
		if code := exitCode(err, &msg); code != 1 || !errors.Is(err, errLocked) {
			t.Errorf("%s into a locked folder: exit %d (%v), want 1 and %v", args[0], code, err, errLocked)
			continue
		}
		for _, want := range []string{filepath.Join(out, lockFile), fmt.Sprintf("pid %d", os.Getpid()), `"stance run"`, "started 2026-11-30 09:15:00"} {
			if !strings.Contains(msg.String(), want) {
				t.Errorf("%s into a locked folder says %q, want it to name %s", args[0], msg.String(), want)
			}
		}
		if took > time.Second {
			t.Errorf("%s into a locked folder failed after %v, want at once", args[0], took)
		}
	}
	if d := diffTrees(tree(t, out), before); d != "" {
		t.Errorf("outputs changed under another's lock:%s", d)
	}
	if err := l.release(); err != nil {
		t.Fatal(err)
	}
	if err := run(context.Background(), []string{"aggregate", out}, &stdout, &stderr, env{}); err != nil {
		t.Errorf("aggregate after the lock is released: %v", err)
	}
}

// TestLockExclusive tests the lock of systems without flock(2): a file
// created exclusively, whose holder's pid says whether it is stale.
func TestLockExclusive(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := filepath.Join(dir, lockFile)
	me := lockHolder{PID: os.Getpid(), Host: "here", Started: time.Now(), Command: "stance run"}
	l, warning, retry, err := lockExclusive(path, me)
	if err != nil || retry || warning != "" {
		t.Fatalf("lockExclusive = %v, %q, retry %v; want the lock", err, warning, retry)
	}
	if _, _, _, err := lockExclusive(path, me); !errors.Is(err, errLocked) {
		t.Errorf("lockExclusive of a held lock = %v, want %v", err, errLocked)
	}
	if err := l.release(); err != nil {
		t.Fatal(err)
	}

	// A holder on this host that is no longer running (no pid is
	// 4194304 on Linux), and an empty file a minute old, are stale.
	dead := lockHolder{PID: 4194304, Host: "here", Command: "stance run"}
	for _, stale := range [][]byte{dead.encode(), nil} {
		if err := os.WriteFile(path, stale, 0o644); err != nil {
			t.Fatal(err)
		}
		old := time.Now().Add(-time.Minute)
		os.Chtimes(path, old, old)
		l, warning, _, err := lockExclusive(path, me)
		if err != nil || !strings.Contains(warning, "took over the lock") {
			t.Errorf("lockExclusive over %q = %v, %q; want the lock, taken over", stale, err, warning)
			continue
		}
		if got := parseLockHolder(mustRead(t, path)); got.PID != me.PID {
			t.Errorf("lock file after the takeover names pid %d, want %d", got.PID, me.PID)
		}
		l.release()
	}

	// One on another host, or an empty file just created, may be alive.
	for _, held := range [][]byte{lockHolder{PID: 4194304, Host: "elsewhere"}.encode(), nil} {
		if err := os.WriteFile(path, held, 0o644); err != nil {
			t.Fatal(err)
		}
		if _, _, _, err := lockExclusive(path, me); !errors.Is(err, errLocked) {
			t.Errorf("lockExclusive over %q = %v, want %v", held, err, errLocked)
		}
	}
}

func mustRead(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
