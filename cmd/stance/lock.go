package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// lockFile is the lock of an output folder, in it. Keep in sync with
// doc.go.
const lockFile = ".stance-lock"

// errLocked marks an output folder that another stance holds.
var errLocked = errors.New("in use by another stance")

// lockHolder is what a lock file tells of the process that holds it.
type lockHolder struct {
	PID     int
	Host    string
	Started time.Time
	Command string
}

// encode returns the lock file's text: one "key: value" line each.
func (h lockHolder) encode() []byte {
	return fmt.Appendf(nil, "pid: %d\nhost: %s\nstarted: %s\ncommand: %s\n", h.PID, h.Host, h.Started.Format(time.RFC3339), h.Command)
}

// parseLockHolder reads a lock file's text; what it cannot read stays
// zero (a PID of 0: no holder known).
func parseLockHolder(data []byte) lockHolder {
	var h lockHolder
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		key, value, ok := strings.Cut(sc.Text(), ":")
		if !ok {
			continue
		}
		value = strings.TrimSpace(value)
		switch strings.TrimSpace(key) {
		case "pid":
			if n, err := strconv.Atoi(value); err == nil && n > 0 {
				h.PID = n
			}
		case "host":
			h.Host = value
		case "started":
			h.Started, _ = time.Parse(time.RFC3339, value)
		case "command":
			h.Command = value
		}
	}
	return h
}

func (h lockHolder) String() string {
	if h.PID == 0 {
		return "an unknown process"
	}
	s := "pid " + strconv.Itoa(h.PID)
	var about []string
	if h.Command != "" {
		about = append(about, strconv.Quote(h.Command))
	}
	if h.Host != "" {
		about = append(about, "on "+h.Host)
	}
	if !h.Started.IsZero() {
		about = append(about, "started "+h.Started.Format(time.DateTime))
	}
	if len(about) > 0 {
		s += " (" + strings.Join(about, ", ") + ")"
	}
	return s
}

// alive reports whether the holder may still be running, as far as me
// (this process) can tell: a holder on another host may be.
func (h lockHolder) alive(me lockHolder) bool {
	if h.Host != me.Host {
		return true
	}
	return h.PID == me.PID || processAlive(h.PID)
}

// staleEmpty is the age past which an empty lock file is no lock: the
// process that creates one writes it at once.
const staleEmpty = 10 * time.Second

// outputLock is a held lock of an output folder.
type outputLock struct {
	path string
	f    *os.File // open while held, with flock(2)
}

// lockOutput takes the lock of the folder dir for me: the file
// .stance-lock in it, holding me's pid, host, start time and command.
// Where the system has flock(2), the lock is an exclusive flock on that
// file, which the kernel drops when the holder dies; elsewhere (or on a
// file system without flock) the file is created exclusively (O_EXCL), and
// a file left by a process no longer running on this host is taken over.
// A lock held by another process is an errLocked error that names it.
// warning, when not "", says that a lock left by a process that ended
// without releasing it was taken over.
func lockOutput(dir string, me lockHolder) (l *outputLock, warning string, err error) {
	path := filepath.Join(dir, lockFile)
	for range 10 {
		var retry bool
		if haveFlock {
			l, warning, retry, err = lockFlock(path, me)
			if !errors.Is(err, errors.ErrUnsupported) {
				if !retry {
					return l, warning, err
				}
				continue
			}
		}
		l, warning, retry, err = lockExclusive(path, me)
		if !retry {
			return l, warning, err
		}
	}
	return nil, "", fmt.Errorf("lock output folder: %s keeps changing: another stance is starting or ending there", path)
}

// lockFlock takes the lock with flock(2); retry says to try again (the
// file was replaced meanwhile). errors.ErrUnsupported: the file system
// has no flock.
func lockFlock(path string, me lockHolder) (l *outputLock, warning string, retry bool, err error) {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	created := false
	if errors.Is(err, fs.ErrNotExist) {
		f, err = os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o644)
		if errors.Is(err, fs.ErrExist) {
			return nil, "", true, nil // created meanwhile
		}
		created = err == nil
	}
	if err != nil {
		return nil, "", false, fmt.Errorf("lock output folder: %w", err)
	}
	got, err := tryFlock(f)
	if errors.Is(err, errors.ErrUnsupported) {
		if created {
			os.Remove(path) // for lockExclusive to create
		}
		f.Close()
		return nil, "", false, err
	}
	if err != nil || !got {
		holder := readHolder(f)
		f.Close()
		if err != nil {
			return nil, "", false, fmt.Errorf("lock output folder: %s: %w", path, err)
		}
		return nil, "", false, lockedError(path, holder, "")
	}
	// The holder before us removes the file before it lets go of the
	// lock: if it did so after we opened the file, ours is no longer
	// the file at path.
	fi, err1 := f.Stat()
	pi, err2 := os.Stat(path)
	if err1 != nil || err2 != nil || !os.SameFile(fi, pi) {
		f.Close()
		return nil, "", true, nil
	}
	// A holder that ended normally removed the file: one that says who
	// held it is left by a process that was killed.
	if old := readHolder(f); old.PID != 0 {
		warning = fmt.Sprintf("took over the lock %s of %s, which ended without releasing it", path, old)
	}
	if err := writeHolder(f, me); err != nil {
		os.Remove(path)
		f.Close()
		return nil, "", false, fmt.Errorf("lock output folder: %w", err)
	}
	return &outputLock{path: path, f: f}, warning, false, nil
}

// lockExclusive takes the lock by creating its file exclusively, for
// systems without flock(2). A lock file whose holder is no longer running
// on this host is moved aside and removed, and retry says to try again.
func lockExclusive(path string, me lockHolder) (l *outputLock, warning string, retry bool, err error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o644)
	if err == nil {
		err = writeHolder(f, me)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			os.Remove(path)
			return nil, "", false, fmt.Errorf("lock output folder: %w", err)
		}
		return &outputLock{path: path}, "", false, nil
	}
	if !errors.Is(err, fs.ErrExist) {
		return nil, "", false, fmt.Errorf("lock output folder: %w", err)
	}
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, "", true, nil // released meanwhile
	}
	if err != nil {
		return nil, "", false, fmt.Errorf("lock output folder: %w", err)
	}
	holder := parseLockHolder(data)
	if holder.PID == 0 {
		// Being written, or garbage when it is old.
		if fi, err := os.Stat(path); err == nil && time.Since(fi.ModTime()) < staleEmpty {
			return nil, "", false, lockedError(path, holder, "")
		}
	} else if holder.alive(me) {
		return nil, "", false, lockedError(path, holder, " (or remove the lock if that process is gone)")
	}
	// Stale: move it aside (one process wins the rename), check it is
	// the stale lock read above, and try again.
	aside := fmt.Sprintf("%s.stale-%d", path, me.PID)
	if err := os.Rename(path, aside); err != nil {
		return nil, "", true, nil // taken or released meanwhile
	}
	again, _ := os.ReadFile(aside)
	if !bytes.Equal(again, data) {
		// Another process's new lock: put it back, unless a third one
		// locked meanwhile.
		os.Link(aside, path)
		os.Remove(aside)
		return nil, "", false, lockedError(path, parseLockHolder(again), "")
	}
	os.Remove(aside)
	l, _, retry, err = lockExclusive(path, me)
	if l != nil {
		warning = fmt.Sprintf("took over the lock %s of %s, which is no longer running", path, holder)
	}
	return l, warning, retry, err
}

// lockedError is the error of a lock held by holder.
func lockedError(path string, holder lockHolder, hint string) error {
	return fmt.Errorf("output folder %s is %w: %s holds its lock %s; wait for it to end%s",
		filepath.Dir(path), errLocked, holder, path, hint)
}

func readHolder(f *os.File) lockHolder {
	data := make([]byte, 4096)
	n, _ := f.ReadAt(data, 0)
	return parseLockHolder(data[:n])
}

func writeHolder(f *os.File, me lockHolder) error {
	if err := f.Truncate(0); err != nil {
		return err
	}
	_, err := f.WriteAt(me.encode(), 0)
	return err
}

// release lets go of the lock: the file is removed first, then closed
// (which drops the flock), so that a process that opened it meanwhile sees
// it is gone and tries again.
func (l *outputLock) release() error {
	if l == nil {
		return nil
	}
	err := os.Remove(l.path)
	if l.f != nil {
		if cerr := l.f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		return fmt.Errorf("release the lock of the output folder: %w", err)
	}
	return nil
}
