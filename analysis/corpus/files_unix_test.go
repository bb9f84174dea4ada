//go:build unix

package corpus

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"slices"
	"syscall"
	"testing"
	"time"
)

// The folder walk of Files against links, pipes, sockets, devices, the
// output folder and the same folder met twice (issue 16).

// symlink makes the link name to target, failing the test if it cannot.
func symlink(t *testing.T, target, name string) {
	t.Helper()
	if err := os.Symlink(target, name); err != nil {
		t.Fatal(err)
	}
}

func mkfifo(t *testing.T, name string) {
	t.Helper()
	if err := syscall.Mkfifo(name, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
}

// problemList lists problems as "file: reason", the file relative to dir.
func problemList(dir string, problems []Problem) []string {
	var out []string
	for _, p := range problems {
		rel, err := filepath.Rel(dir, p.File)
		if err != nil {
			rel = p.File
		}
		out = append(out, fmt.Sprintf("%s: %s", rel, p.Reason))
	}
	return out
}

func relative(dir string, files []string) []string {
	var out []string
	for _, f := range files {
		rel, err := filepath.Rel(dir, f)
		if err != nil {
			rel = f
		}
		out = append(out, rel)
	}
	return out
}

// TestFilesLinks: links are followed, a folder is walked once however many
// paths lead to it, and what cannot be read is reported, not dropped.
func TestFilesLinks(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeFile(t, dir, "corpus/a.txt", []byte("x"))
	writeFile(t, dir, "corpus/sub/b.txt", []byte("x"))
	symlink(t, filepath.Join(dir, "corpus"), filepath.Join(dir, "link"))
	other := filepath.Join(dir, "other")
	writeFile(t, other, "c.txt", []byte("x"))
	writeFile(t, other, "deep/d.txt", []byte("x"))
	symlink(t, "../corpus", filepath.Join(other, "sublink"))
	symlink(t, "../corpus/a.txt", filepath.Join(other, "filelink.txt"))
	symlink(t, "nowhere.txt", filepath.Join(other, "dangling.txt"))
	symlink(t, "..", filepath.Join(other, "deep/loop"))
	symlink(t, "chain2", filepath.Join(other, "chain1"))
	symlink(t, "chain1", filepath.Join(other, "chain2"))
	symlink(t, os.DevNull, filepath.Join(other, "null.txt"))
	symlink(t, "fifo.jsonl", filepath.Join(other, "fifolink.jsonl"))
	mkfifo(t, filepath.Join(other, "fifo.jsonl"))
	if l, err := net.Listen("unix", filepath.Join(other, "sock.txt")); err == nil {
		t.Cleanup(func() { l.Close() })
	} else {
		t.Logf("no socket: %v", err)
		writeFile(t, other, "sock.txt", []byte("x")) // the same list either way
	}
	sockProblem := []string{"other/sock.txt: special-file"}
	if fi, err := os.Lstat(filepath.Join(other, "sock.txt")); err == nil && fi.Mode().IsRegular() {
		sockProblem = nil
	}

	for _, tt := range []struct {
		name     string
		paths    []string
		files    []string
		problems []string
	}{
		{"a link given", []string{"link"}, []string{"link/a.txt", "link/sub/b.txt"}, nil},
		{"a link given, with a slash", []string{"link/"}, []string{"link/a.txt", "link/sub/b.txt"}, nil},
		{"links inside", []string{"other"},
			// filelink.txt and sublink/a.txt are corpus/a.txt: the first
			// met is kept.
			append([]string{"other/c.txt", "other/deep/d.txt", "other/filelink.txt", "other/sublink/sub/b.txt"}, sockFile(sockProblem)...),
			append([]string{
				"other/chain1: link-loop",
				"other/chain2: link-loop",
				"other/dangling.txt: dangling-link",
				"other/deep/loop: link-loop",
				"other/fifo.jsonl: special-file",
				"other/fifolink.jsonl: special-file",
				"other/null.txt: special-file",
				"other/sublink/a.txt: duplicate",
			}, sockProblem...)},
		{"the same folder through a link", []string{"corpus", "link"}, []string{"corpus/a.txt", "corpus/sub/b.txt"}, []string{"link: duplicate"}},
		{"the same folder twice", []string{"corpus", "corpus/"}, []string{"corpus/a.txt", "corpus/sub/b.txt"}, []string{"corpus: duplicate"}},
		{"a folder and a folder in it", []string{"corpus", "link/sub"}, []string{"corpus/a.txt", "corpus/sub/b.txt"}, []string{"link/sub: duplicate"}},
		{"a file and its folder", []string{"link/a.txt", "corpus"}, []string{"corpus/sub/b.txt", "link/a.txt"}, []string{"corpus/a.txt: duplicate"}},
		{"a link to a file of a folder given", []string{"corpus", "other/filelink.txt"}, []string{"corpus/a.txt", "corpus/sub/b.txt"}, []string{"other/filelink.txt: duplicate"}},
		{"a FIFO given", []string{"other/fifo.jsonl", "other/fifolink.jsonl"}, []string{"other/fifo.jsonl"}, []string{"other/fifolink.jsonl: duplicate"}},
		{"a device given", []string{"other/null.txt", os.DevNull}, nil, []string{"other/null.txt: special-file", relTo(dir, os.DevNull) + ": special-file"}},
		{"a dangling link given", []string{"other/dangling.txt"}, nil, []string{"other/dangling.txt: dangling-link"}},
		{"a missing path", []string{"missing"}, nil, []string{"missing: unreadable"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var paths []string
			for _, p := range tt.paths {
				if !filepath.IsAbs(p) {
					p = dir + "/" + p // not Join: keep a final slash
				}
				paths = append(paths, p)
			}
			files, problems := Files(paths, FilesOptions{})
			slices.Sort(tt.files)
			if got := relative(dir, files); !slices.Equal(got, tt.files) {
				t.Errorf("Files(%q) = %q, want %q", tt.paths, got, tt.files)
			}
			got := problemList(dir, problems)
			slices.Sort(got)
			slices.Sort(tt.problems)
			if !slices.Equal(got, tt.problems) {
				t.Errorf("Files(%q) problems = %q, want %q", tt.paths, got, tt.problems)
			}
			for _, p := range problems {
				if p.Err == nil || p.Err.Error() == "" {
					t.Errorf("problem %v says nothing", &p)
				}
			}
		})
	}
}

// sockFile is the socket's name when it could not be made (a file took its
// place), else nothing.
func sockFile(sockProblem []string) []string {
	if sockProblem == nil {
		return []string{"other/sock.txt"}
	}
	return nil
}

func relTo(dir, path string) string {
	rel, err := filepath.Rel(dir, path)
	if err != nil {
		return path
	}
	return rel
}

// TestFilesMessages: the problems say what was found.
func TestFilesMessages(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeFile(t, dir, "corpus/a.txt", []byte("x"))
	symlink(t, "nowhere.txt", filepath.Join(dir, "corpus/dangling.txt"))
	writeFile(t, dir, "corpus/sub/b.txt", []byte("x"))
	symlink(t, "..", filepath.Join(dir, "corpus/sub/up"))
	mkfifo(t, filepath.Join(dir, "corpus/pipe.txt"))
	symlink(t, filepath.Join(dir, "corpus"), filepath.Join(dir, "link"))
	_, problems := Files([]string{filepath.Join(dir, "corpus"), filepath.Join(dir, "link")}, FilesOptions{})
	var got []string
	for _, p := range problems {
		got = append(got, p.Error())
	}
	slices.Sort(got)
	c := filepath.Join(dir, "corpus")
	want := []string{
		c + "/dangling.txt: dangling-link: symbolic link to nowhere.txt, which does not exist",
		c + "/pipe.txt: special-file: a named pipe (FIFO) in a folder is not read (give it by name to read it)",
		c + "/sub/up: link-loop: leads back to " + c + ", a folder that holds it: not followed",
		dir + "/link: duplicate: the same folder as " + c + ", read once",
	}
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("problems:\n%q\nwant:\n%q", got, want)
	}
}

// TestFilesRelativeAndAbsolute: the same folder given by a relative and an
// absolute path is read once, under the first spelling. Not parallel: it
// changes the working folder.
func TestFilesRelativeAndAbsolute(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "corpus/a.txt", []byte("x"))
	t.Chdir(dir)
	files, problems := Files([]string{"corpus", filepath.Join(dir, "corpus")}, FilesOptions{})
	if want := []string{"corpus/a.txt"}; !slices.Equal(files, want) {
		t.Errorf("Files = %q, want %q", files, want)
	}
	if got, want := problemList(dir, problems), []string{"corpus: duplicate"}; !slices.Equal(got, want) {
		t.Errorf("problems = %q, want %q", got, want)
	}
	files, _ = Files([]string{"./corpus/../corpus/a.txt", filepath.Join(dir, "corpus/a.txt")}, FilesOptions{})
	if want := []string{"corpus/a.txt"}; !slices.Equal(files, want) {
		t.Errorf("Files = %q, want %q", files, want)
	}
}

// TestFilesExclude: an output folder inside the input is not read, however
// it is reached, and is noted once; its staging folders are hidden.
func TestFilesExclude(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	writeFile(t, corpus, "a.jsonl", []byte("x"))
	writeFile(t, corpus, "out/statements.csv", []byte("x"))
	writeFile(t, corpus, "out/report/LICENSE-echarts.txt", []byte("x"))
	writeFile(t, corpus, "out/.stance-tmp-1/stances.csv", []byte("x"))
	symlink(t, "out", filepath.Join(corpus, "zlink"))
	for _, exclude := range []string{filepath.Join(corpus, "out"), filepath.Join(corpus, "zlink"), filepath.Join(dir, "./corpus/../corpus/out")} {
		files, problems := Files([]string{corpus}, FilesOptions{Exclude: []string{exclude, filepath.Join(dir, "missing")}})
		if got, want := relative(dir, files), []string{"corpus/a.jsonl"}; !slices.Equal(got, want) {
			t.Errorf("Exclude %s: Files = %q, want %q", exclude, got, want)
		}
		if got, want := problemList(dir, problems), []string{"corpus/out: excluded"}; !slices.Equal(got, want) {
			t.Errorf("Exclude %s: problems = %q, want %q", exclude, got, want)
		}
	}
	// Given explicitly, the output folder is excluded too.
	files, problems := Files([]string{filepath.Join(corpus, "out")}, FilesOptions{Exclude: []string{filepath.Join(corpus, "out")}})
	if len(files) != 0 || len(problems) != 1 || problems[0].Reason != Excluded || !problems[0].Reason.Note() {
		t.Errorf("the output folder given: Files = %q, %v, want nothing and a note", files, problems)
	}
}

// TestReadFIFO: a FIFO given by name is read as it comes; an open or a
// read that waits for its writer ends when the context is done, within a
// second.
func TestReadFIFO(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()

	t.Run("written", func(t *testing.T) {
		t.Parallel()
		name := filepath.Join(dir, "written.jsonl")
		mkfifo(t, name)
		go func() {
			f, err := os.OpenFile(name, os.O_WRONLY, 0)
			if err != nil {
				return
			}
			defer f.Close()
			time.Sleep(50 * time.Millisecond) // the reader waits
			f.WriteString(`{"id": "1", "text": "one"}` + "\n" + `{"id": "2", "text": "two"}` + "\n")
		}()
		ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
		defer cancel()
		var ids []string
		err := ReadFile(ctx, name, Options{}, func(d Document) error { ids = append(ids, d.ID); return nil },
			func(p Problem) { t.Errorf("problem %v", &p) })
		if err != nil || !slices.Equal(ids, []string{"1", "2"}) {
			t.Errorf("ReadFile = %v, IDs %q, want nil and 1, 2", err, ids)
		}
	})

	for _, tt := range []struct {
		name   string
		writer bool // a writer opens the FIFO and writes nothing
	}{
		{"no writer", false},
		{"a silent writer", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			name := filepath.Join(dir, fmt.Sprintf("%t.jsonl", tt.writer))
			mkfifo(t, name)
			if tt.writer {
				// O_RDWR opens at once on Linux, and counts as a writer.
				w, err := os.OpenFile(name, os.O_RDWR, 0)
				if err != nil {
					t.Skipf("open the FIFO for writing: %v", err)
				}
				defer w.Close()
			}
			ctx, cancel := context.WithCancel(t.Context())
			time.AfterFunc(200*time.Millisecond, cancel)
			done := make(chan error, 1)
			start := time.Now()
			go func() {
				done <- ReadFile(ctx, name, Options{}, func(Document) error { return nil }, func(p Problem) {
					t.Errorf("problem %v", &p)
				})
			}()
			select {
			case err := <-done:
				if !errors.Is(err, context.Canceled) {
					t.Errorf("ReadFile = %v, want %v", err, context.Canceled)
				}
				if took := time.Since(start); took > time.Second+200*time.Millisecond {
					t.Errorf("ReadFile returned %v after the start, want within a second of the cancel", took)
				}
			case <-time.After(5 * time.Second):
				t.Fatal("ReadFile still waits 5 s after the start, 4.8 s after its context was cancelled")
			}
		})
	}
}

// TestReadSpecialFile: ReadFile refuses a device (a path Files would have
// refused), instead of reading it for ever.
func TestReadSpecialFile(t *testing.T) {
	t.Parallel()
	name := filepath.Join(t.TempDir(), "zero.txt")
	symlink(t, "/dev/zero", name)
	r := readAll(t, name, Options{})
	if got, want := r.reasons(), []string{"0:special-file"}; !slices.Equal(got, want) {
		t.Errorf("problems = %v, want %q", r.problems, want)
	}
}
