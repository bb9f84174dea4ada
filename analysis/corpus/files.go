package corpus

import (
	"errors"
	"fmt"
	"hash/fnv"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
)

// FilesOptions controls [Files]. The zero value excludes nothing.
type FilesOptions struct {
	// Exclude lists output folders, which are not read: the run's output
	// folder would otherwise be read back as input by the next run. A
	// folder met in a walk (or given) is excluded when it is one of these,
	// by device and inode, whatever the path or link that leads to it; it
	// is noted once as [Excluded]. A path that does not exist is ignored.
	Exclude []string
}

// Files expands paths (files or folders) into a sorted list of files, each
// once. Folders are walked recursively; inside them, files and folders
// whose name starts with "." are skipped. A path given explicitly is kept
// whatever its name.
//
// Symbolic links, given or met in a walk, are followed: a link to a file
// lists the file under the link's name, a link to a folder walks it. A
// folder is walked once however many paths or links lead to it (told by
// device and inode): the first path met is kept, and each later one is
// noted as a [Duplicate]; so is a file met again under another name
// (through a link, or given as well as found in a walk). A link to a folder
// that holds it is a [LinkLoop] problem, and is not followed.
//
// Everything else met or given is reported, never dropped silently: a path
// that does not exist or cannot be listed is [Unreadable], a link to
// nothing a [DanglingLink], a chain of links that never ends a [LinkLoop],
// and a named pipe (FIFO), socket or device met in a folder a
// [SpecialFile] (a FIFO given explicitly is listed: [ReadFile] reads it as
// it comes, and gives up when its context is done; a socket or device given
// is a SpecialFile too). Notes (see [Reason.Note]) come in problems with
// the problems. Problem.File is the path as outputs show it (see
// [ShownName]).
//
// Files does not look at extensions: [ReadFile] reports an unsupported
// one, and [Supported] tells them apart beforehand.
func Files(paths []string, opts FilesOptions) (files []string, problems []Problem) {
	w := walker{walked: map[fileID]string{}, exclude: map[fileID]bool{}, contested: map[entryKey]bool{}}
	for _, ex := range opts.Exclude {
		if fi, err := os.Stat(ex); err == nil && fi.IsDir() {
			w.exclude[idOf(ex, fi)] = false
		}
	}
	for _, path := range paths {
		w.given(filepath.Clean(path))
	}
	first := map[entryKey]string{}
	files = make([]string, 0, len(w.found))
	for _, f := range w.found {
		if w.contested[f.key] {
			if prev, ok := first[f.key]; ok {
				msg := "the same file as " + ShownName(prev) + ", read once"
				if prev == f.path {
					msg = "met twice, read once"
				}
				w.problem(f.path, Duplicate, errors.New(msg))
				continue
			}
			first[f.key] = f.path
		}
		files = append(files, f.path)
	}
	slices.Sort(files)
	return files, w.problems
}

// fileID tells files apart: their device and inode (see idOf).
type fileID struct{ dev, ino uint64 }

// pathID is the id of the file at path where the system gives no inode
// numbers: a 64-bit hash of its absolute path with links resolved (dev all
// ones, to keep it apart from a real device and inode).
func pathID(path string) fileID {
	if real, err := filepath.EvalSymlinks(path); err == nil {
		path = real
	}
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	h := fnv.New64a()
	h.Write([]byte(path))
	return fileID{dev: ^uint64(0), ino: h.Sum64()}
}

// entryKey names a directory entry: its folder and its name in it. A file
// met twice under one key is the same file met through two paths; hard
// links (two entries) are two files.
type entryKey struct {
	dir  fileID
	name string
}

// found is a file listed, with the entry it is.
type found struct {
	path string
	key  entryKey
}

// walker holds the state of one call of Files.
type walker struct {
	walked  map[fileID]string // every folder walked, with the path it was first walked under
	exclude map[fileID]bool   // the excluded folders: true once noted
	stack   []walking         // the folders being walked, from the root down
	found   []found           // the files listed, in the order met
	// contested holds the keys of the files found through a link or given
	// explicitly: only those can be met twice (a folder is walked once).
	contested map[entryKey]bool
	problems  []Problem
}

type walking struct {
	id   fileID
	path string
}

func (w *walker) problem(path string, r Reason, err error) {
	w.problems = append(w.problems, Problem{File: ShownName(path), Reason: r, Err: err})
}

// given lists a path given explicitly.
func (w *walker) given(path string) {
	info, err := os.Lstat(path)
	if err != nil {
		w.problem(path, Unreadable, err)
		return
	}
	if info.Mode()&fs.ModeSymlink != 0 {
		w.link(path, true)
		return
	}
	switch {
	case info.IsDir():
		w.dir(path, idOf(path, info))
	case info.Mode().IsRegular(), info.Mode()&fs.ModeNamedPipe != 0:
		w.file(path, false)
	default:
		w.special(path, info.Mode(), true)
	}
}

// link follows a symbolic link, given explicitly or met in a walk.
func (w *walker) link(path string, given bool) {
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, syscall.ELOOP):
		w.problem(path, LinkLoop, errors.New("a chain of symbolic links that never ends"))
		return
	case errors.Is(err, fs.ErrNotExist):
		msg := "symbolic link to nothing"
		if target, err := os.Readlink(path); err == nil {
			msg = fmt.Sprintf("symbolic link to %s, which does not exist", ShownName(target))
		}
		w.problem(path, DanglingLink, errors.New(msg))
		return
	case err != nil:
		w.problem(path, Unreadable, err)
		return
	}
	switch {
	case info.IsDir():
		w.dir(path, idOf(path, info))
	case info.Mode().IsRegular(), given && info.Mode()&fs.ModeNamedPipe != 0:
		w.file(path, true)
	default:
		w.special(path, info.Mode(), given)
	}
}

// file lists a file given explicitly or reached through a link: its key is
// its real folder and name.
func (w *walker) file(path string, linked bool) {
	real := path
	if linked {
		if r, err := filepath.EvalSymlinks(path); err == nil {
			real = r
		}
	}
	key := entryKey{name: filepath.Base(real)}
	dir := filepath.Dir(real)
	if info, err := os.Stat(dir); err == nil {
		key.dir = idOf(dir, info)
	} else { // not expected: the file was just found there
		key.dir = pathID(dir)
	}
	w.contested[key] = true
	w.found = append(w.found, found{path: path, key: key})
}

// special reports what is neither a file nor a folder.
func (w *walker) special(path string, mode fs.FileMode, given bool) {
	var what string
	switch {
	case mode&fs.ModeNamedPipe != 0:
		what = "a named pipe (FIFO) in a folder is not read (give it by name to read it)"
	case mode&fs.ModeSocket != 0:
		what = "a socket is not read"
	case mode&fs.ModeDevice != 0:
		what = "a device is not read"
	default:
		what = "not a regular file: not read"
	}
	if given && mode&fs.ModeNamedPipe == 0 {
		what += " (give files or folders)"
	}
	w.problem(path, SpecialFile, errors.New(what))
}

// dir walks the folder at path, whose id (links followed) is id, unless it
// is excluded, holds the folder being walked, or was walked already.
func (w *walker) dir(path string, id fileID) {
	if noted, ok := w.exclude[id]; ok {
		if !noted { // noted once, however often met
			w.exclude[id] = true
			w.problem(path, Excluded, errors.New("an output folder, not read as input"))
		}
		return
	}
	for _, up := range w.stack {
		if up.id == id {
			w.problem(path, LinkLoop, fmt.Errorf("leads back to %s, a folder that holds it: not followed", ShownName(up.path)))
			return
		}
	}
	if first, ok := w.walked[id]; ok {
		msg := "met twice, read once"
		if first != path {
			msg = "the same folder as " + ShownName(first) + ", read once"
		}
		w.problem(path, Duplicate, errors.New(msg))
		return
	}
	w.walked[id] = path
	entries, err := os.ReadDir(path)
	if err != nil {
		// The entries read before the error are listed all the same.
		w.problem(path, Unreadable, err)
	}
	w.stack = append(w.stack, walking{id, path})
	defer func() { w.stack = w.stack[:len(w.stack)-1] }()
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		p := filepath.Join(path, name)
		switch t := e.Type(); {
		case t.IsRegular():
			w.found = append(w.found, found{path: p, key: entryKey{id, name}})
		case t.IsDir():
			info, err := e.Info()
			if err != nil {
				w.problem(p, Unreadable, err)
				continue
			}
			w.dir(p, idOf(p, info))
		case t&fs.ModeSymlink != 0:
			w.link(p, false)
		default:
			w.special(p, t, false)
		}
	}
}
