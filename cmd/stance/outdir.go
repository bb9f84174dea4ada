package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/stance-project/stance/internal/stancerun"
	"github.com/stance-project/stance/reports"
)

// How run and aggregate write their output folder (keep in sync with
// doc.go, "Output folder"):
//
//  1. openOutput creates the folder when it is absent and takes its lock
//     (lockOutput): a second stance into the same folder fails at once.
//  2. Holding the lock, it cleans up after earlier runs that were killed:
//     their staging folders are removed, and a commit one of them left
//     halfway is rolled back first (cleanStale).
//  3. It refuses a foreign folder, one that holds files but no run.json,
//     unless -force (checkOutputFolder).
//  4. Every output is written into a staging folder inside the output
//     folder (the same file system): tables, schema.json, report/ and
//     run.json.
//  5. commit moves them into place in an order that can be rolled back.
//  6. close removes the staging folder and lets go of the lock.

// Names in an output folder. Keep in sync with doc.go.
const (
	stagePrefix = ".stance-tmp-" // a staging folder
	journalFile = ".commit"      // in a staging folder: the names of a commit under way
	backupDir   = ".backup"      // in a staging folder: the previous outputs during a commit
)

// outputDir is an output folder being written: locked, with a staging
// folder.
type outputDir struct {
	path    string // the folder
	stage   string // the staging folder in it
	lock    *outputLock
	created bool // the folder was absent: close removes it when empty
	// keepStage says that a commit failed and so did putting the previous
	// outputs back: they are in the staging folder, which close keeps.
	keepStage bool
}

// openOutput gets the folder out ready for the command cmd ("run",
// "aggregate"): see the steps above. own lists file names that do not
// make the folder foreign (aggregate's own input tables); warn gets each
// warning (a stale lock taken over, a staging folder removed) as it
// comes.
func openOutput(out, cmd string, force bool, own []string, warn func(string)) (*outputDir, error) {
	o := &outputDir{path: out}
	if _, err := os.Stat(out); errors.Is(err, fs.ErrNotExist) {
		o.created = true
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return nil, fmt.Errorf("create output folder: %w", err)
	}
	host, _ := os.Hostname()
	me := lockHolder{PID: os.Getpid(), Host: host, Started: time.Now(), Command: "stance " + cmd}
	lock, warning, err := lockOutput(out, me)
	if err != nil {
		o.close()
		return nil, err
	}
	o.lock = lock
	if warning != "" {
		warn(warning)
	}
	if err := cleanStale(out, warn); err != nil {
		o.close()
		return nil, err
	}
	if err := checkOutputFolder(out, force, own); err != nil {
		o.close()
		return nil, err
	}
	if o.stage, err = os.MkdirTemp(out, stagePrefix); err != nil {
		o.close()
		return nil, fmt.Errorf("create staging folder: %w", err)
	}
	return o, nil
}

// close removes the staging folder (unless keepStage), lets go of the
// lock and removes the folder when openOutput created it and it is empty
// (a failed first run leaves nothing behind).
func (o *outputDir) close() error {
	var errs []error
	if o.stage != "" && !o.keepStage {
		if err := os.RemoveAll(o.stage); err != nil {
			errs = append(errs, fmt.Errorf("remove staging folder: %w", err))
		}
	}
	o.stage = ""
	errs = append(errs, o.lock.release())
	o.lock = nil
	if o.created {
		os.Remove(o.path) // only when empty
	}
	return errors.Join(errs...)
}

// checkOutputFolder refuses to write into a folder that holds files but
// no run.json (not an earlier run's outputs) unless force: stance replaces
// the files of the names it writes, and a foreign folder may hold one. Its
// own lock, staging folders and the names own do not count.
func checkOutputFolder(out string, force bool, own []string) error {
	entries, err := os.ReadDir(out)
	if err != nil || force {
		return nil // absent (it is created), or the user said so
	}
	foreign := false
	for _, e := range entries {
		name := e.Name()
		if name == stancerun.ManifestFile {
			return nil
		}
		foreign = foreign || !(strings.HasPrefix(name, stagePrefix) || name == lockFile || slices.Contains(own, name))
	}
	if foreign {
		return fmt.Errorf("output folder %s holds files but no %s from an earlier run: choose another -o, or add -force to write into it (stance replaces only the files it writes)", out, stancerun.ManifestFile)
	}
	return nil
}

// cleanStale removes the staging folders in out, which the lock's holder
// may call stale: every stance into out holds the lock from before it
// makes its staging folder to after it removes it, so they are left by
// runs that were killed. A commit left halfway (its journal there, and
// run.json not moved in) is rolled back first: the previous outputs go
// back into place. Each folder removed is a warning.
func cleanStale(out string, warn func(string)) error {
	entries, err := os.ReadDir(out)
	if err != nil {
		return fmt.Errorf("read output folder: %w", err)
	}
	for _, e := range entries {
		if !e.IsDir() || !strings.HasPrefix(e.Name(), stagePrefix) {
			continue
		}
		stage := filepath.Join(out, e.Name())
		size := folderSize(stage)
		what := "an earlier run that did not finish"
		if halfway(stage) {
			if err := rollback(stage, out); err != nil {
				return fmt.Errorf("%s holds the commit of an earlier run that did not finish, and putting the previous outputs back from it failed: %w (they are in %s)",
					stage, err, filepath.Join(stage, backupDir))
			}
			what = "an earlier run whose commit did not finish, after putting back the previous outputs it had moved aside"
		}
		if err := os.RemoveAll(stage); err != nil {
			warn(fmt.Sprintf("cannot remove %s, the staging folder of %s: %v", stage, what, err))
			continue
		}
		warn(fmt.Sprintf("removed %s (%.1f MB), the staging folder of %s", stage, float64(size)/1e6, what))
	}
	return nil
}

// halfway reports whether the staging folder holds a commit under way:
// its journal is there and run.json, moved last, is not yet moved in.
func halfway(stage string) bool {
	_, err1 := os.Lstat(filepath.Join(stage, journalFile))
	_, err2 := os.Lstat(filepath.Join(stage, stancerun.ManifestFile))
	return err1 == nil && err2 == nil
}

// folderSize returns the bytes of the files under dir, as far as it can
// read them.
func folderSize(dir string) int64 {
	var n int64
	filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if fi, err := d.Info(); err == nil {
				n += fi.Size()
			}
		}
		return nil
	})
	return n
}

// commit moves the outputs staged in o.stage into the folder, replacing
// the previous outputs of the same names and only those: the files names
// (tables, schema.json), then the entries of report/ into the folder's
// report/ (a user's other files there stay), then run.json, last, so that
// a run.json describes the files beside it.
//
// It is all or nothing for a reader. The names are written to a journal
// first; then run.json, and each previous output before its new one
// comes, is moved aside into the staging folder's .backup; on any
// failure, every step is undone (rollback) and the previous outputs are
// back as they were. A kill halfway is rolled back the same way by the
// next stance into the folder (cleanStale). An entry whose kind differs
// (a folder where stance writes a file) is not replaced: that is an
// error.
func (o *outputDir) commit(names []string) error {
	list, err := o.commitList(names)
	if err != nil {
		return fmt.Errorf("commit outputs: %w", err)
	}
	madeReport, err := o.reportFolder()
	if err != nil {
		return fmt.Errorf("commit outputs: %w", err)
	}
	if err := o.begin(list); err != nil {
		return fmt.Errorf("commit outputs: %w", err)
	}
	for _, m := range commitMoves(list) {
		if err = o.do(m); err != nil {
			break
		}
	}
	if err == nil {
		os.Remove(filepath.Join(o.stage, journalFile))
		return nil
	}
	rerr := rollback(o.stage, o.path)
	if madeReport {
		os.Remove(filepath.Join(o.path, stancerun.ReportDir)) // only when empty
	}
	if rerr != nil {
		o.keepStage = true
		return fmt.Errorf("commit outputs into %s: %w; putting the previous outputs back failed too (%v): they are in %s",
			o.path, err, rerr, filepath.Join(o.stage, backupDir))
	}
	os.Remove(filepath.Join(o.stage, journalFile))
	return fmt.Errorf("commit outputs into %s: %w (the previous outputs are as they were)", o.path, err)
}

// commitList returns what a commit of names moves: names, the entries of
// report/ as "report/NAME", then run.json; each must be staged.
func (o *outputDir) commitList(names []string) ([]string, error) {
	entries, err := os.ReadDir(filepath.Join(o.stage, stancerun.ReportDir))
	if err != nil {
		return nil, err
	}
	list := slices.Clone(names)
	for _, e := range entries {
		list = append(list, stancerun.ReportDir+"/"+e.Name())
	}
	list = append(list, stancerun.ManifestFile)
	for _, n := range list {
		if _, err := os.Lstat(o.staged(n)); err != nil {
			return nil, err
		}
	}
	return list, nil
}

// reportFolder makes the folder's report/ when it is absent (made says
// so) and checks that it is a folder.
func (o *outputDir) reportFolder() (made bool, err error) {
	dir := filepath.Join(o.path, stancerun.ReportDir)
	fi, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return true, os.Mkdir(dir, 0o755)
	case err != nil:
		return false, err
	case !fi.IsDir():
		return false, fmt.Errorf("%s is not a folder: move it away", dir)
	}
	return false, nil
}

// begin writes the journal of a commit of list, and makes the backup
// folder.
func (o *outputDir) begin(list []string) error {
	if err := os.WriteFile(filepath.Join(o.stage, journalFile), []byte(strings.Join(list, "\n")+"\n"), 0o644); err != nil {
		return err
	}
	return os.MkdirAll(filepath.Join(o.stage, backupDir, stancerun.ReportDir), 0o755)
}

// move is a step of a commit: the previous output of name moved aside
// into the backup, or the new one moved in from the staging folder.
type move struct {
	name  string
	aside bool
}

// commitMoves returns the steps of the commit of list, in order: the
// previous run.json aside first (while the outputs change, no run.json
// describes them), then each name's previous output aside and its new
// one in, run.json last.
func commitMoves(list []string) []move {
	moves := []move{{stancerun.ManifestFile, true}}
	for _, n := range list {
		if n != stancerun.ManifestFile {
			moves = append(moves, move{n, true})
		}
		moves = append(moves, move{n, false})
	}
	return moves
}

func (o *outputDir) do(m move) error {
	if m.aside {
		return o.moveAside(m.name)
	}
	if err := os.Rename(o.staged(m.name), o.target(m.name)); err != nil {
		return fmt.Errorf("move %s into place: %w", m.name, err)
	}
	return nil
}

// moveAside moves the previous output of name, if any, into the backup.
func (o *outputDir) moveAside(name string) error {
	fi, err := os.Lstat(o.target(name))
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("move the previous %s aside: %w", name, err)
	}
	if si, err := os.Lstat(o.staged(name)); err == nil && fi.IsDir() != si.IsDir() {
		if fi.IsDir() {
			return fmt.Errorf("%s is a folder where stance writes a file: move it away", o.target(name))
		}
		return fmt.Errorf("%s is a file where stance writes a folder: move it away", o.target(name))
	}
	if err := os.Rename(o.target(name), o.backup(name)); err != nil {
		return fmt.Errorf("move the previous %s aside: %w", name, err)
	}
	return nil
}

// staged, target and backup return where the output name ("dyads.csv",
// "report/index.html") is staged, goes, and waits during a commit.
func (o *outputDir) staged(name string) string {
	return filepath.Join(o.stage, filepath.FromSlash(name))
}

func (o *outputDir) target(name string) string {
	return filepath.Join(o.path, filepath.FromSlash(name))
}

func (o *outputDir) backup(name string) string {
	return filepath.Join(o.stage, backupDir, filepath.FromSlash(name))
}

// rollback undoes the moves of a commit from the staging folder stage into
// out, as its journal lists them: each new output moved in goes back into
// the staging folder, then the previous one comes back from the backup;
// run.json last. Each step is a rename that leaves the folders in a state
// that rollback itself can start from again, so a rollback cut short by
// a kill is finished by the next one.
func rollback(stage, out string) error {
	data, err := os.ReadFile(filepath.Join(stage, journalFile))
	if err != nil {
		return err
	}
	o := &outputDir{path: out, stage: stage}
	var list []string
	for _, n := range strings.Split(string(data), "\n") {
		if n != "" {
			list = append(list, n)
		}
	}
	slices.Reverse(list)
	if i := slices.Index(list, stancerun.ManifestFile); i >= 0 {
		list = append(slices.Delete(list, i, i+1), stancerun.ManifestFile)
	}
	var errs []error
	for _, n := range list {
		if _, err := os.Lstat(o.staged(n)); errors.Is(err, fs.ErrNotExist) {
			if _, err := os.Lstat(o.target(n)); err == nil {
				if err := os.Rename(o.target(n), o.staged(n)); err != nil {
					errs = append(errs, err)
					continue
				}
			}
		}
		if _, err := os.Lstat(o.backup(n)); err == nil {
			if err := os.Rename(o.backup(n), o.target(n)); err != nil {
				errs = append(errs, err)
			}
		}
	}
	return errors.Join(errs...)
}

// closeOutput closes o at the end of a command: what fails then is a
// warning on stderr, as the outputs are what the command said.
func closeOutput(o *outputDir, stderr io.Writer) {
	if err := o.close(); err != nil {
		fmt.Fprintf(stderr, "stance: warning: %v\n", err)
	}
}

// aggregateInputs are the tables aggregate reads from its folder, in
// every format: they do not make it foreign.
func aggregateInputs() []string {
	all := outFlags{formats: formatList{reports.CSV, reports.Parquet}}
	return all.files(&reports.StatementsTable, &reports.StancesTable)
}

// sameFolder reports whether the paths a and b name one folder.
func sameFolder(a, b string) bool {
	fa, err1 := os.Stat(a)
	fb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(fa, fb)
}
