package stancebeam

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"

	"github.com/stance-project/stance/analysis/corpus"
)

// remote reports whether a path is of a Beam file system other than the
// local one (gs://bucket/x, s3://bucket/x).
func remote(p string) bool { return strings.Contains(p, "://") }

// listFn lists the input files, in stance run's order: the local paths as
// stance run walks them (corpus.Files, the output folder left out), then
// the remote ones, each expanded by its file system and sorted. The
// walk's problems and notes go to their own output.
type listFn struct {
	Config Config
}

func (f *listFn) ProcessElement(ctx context.Context, _ []byte, emitFile func(fileElem), emitProblem func(problemElem), emitStat func(fileStatElem)) error {
	var local, far []string
	for _, p := range f.Config.Inputs {
		if remote(p) {
			far = append(far, p)
		} else {
			local = append(local, p)
		}
	}
	var files []string
	var problems []corpus.Problem
	if len(local) > 0 {
		var exclude []string
		if !remote(f.Config.Out) {
			exclude = []string{f.Config.Out} // not read back by the next run
		}
		files, problems = corpus.Files(local, corpus.FilesOptions{Exclude: exclude})
	}
	for _, p := range far {
		list, err := listRemote(ctx, p)
		if err != nil {
			problems = append(problems, corpus.Problem{File: corpus.ShownName(p), Reason: corpus.Unreadable, Err: err})
			continue
		}
		files = append(files, list...)
	}
	for i, p := range problems {
		emitProblem(newProblemElem(-1, i, p))
		if !p.Reason.Note() { // a note loses nothing
			emitStat(fileStatElem{FileIndex: -1, Seq: i, File: p.File, Skipped: 1, Problems: map[string]int{p.Reason.String(): 1}})
		}
	}
	for i, name := range files {
		emitFile(fileElem{Index: i, Path: name})
	}
	return nil
}

// listRemote expands a remote path: a glob, a file, or a folder (every
// file under it). Names whose part below the folder starts with "." are
// left out, as in a local walk.
func listRemote(ctx context.Context, p string) ([]string, error) {
	fsys, err := filesystem.New(ctx, p)
	if err != nil {
		return nil, err
	}
	defer fsys.Close()
	var list []string
	base := p
	if i := strings.IndexAny(p, "*?["); i >= 0 { // a glob
		base = p[:strings.LastIndex(p[:i], "/")+1]
		if list, err = fsys.List(ctx, p); err != nil {
			return nil, err
		}
	} else {
		if !strings.HasSuffix(p, "/") {
			if list, err = fsys.List(ctx, p); err != nil {
				return nil, err
			}
		}
		if len(list) == 0 { // a folder
			base = strings.TrimSuffix(p, "/") + "/"
			if list, err = fsys.List(ctx, base+"**"); err != nil {
				return nil, err
			}
		}
	}
	var out []string
	for _, name := range list {
		rel := strings.TrimPrefix(name, base)
		hidden := false
		for part := range strings.SplitSeq(rel, "/") {
			hidden = hidden || strings.HasPrefix(part, ".")
		}
		if !hidden && !strings.HasSuffix(name, "/") {
			out = append(out, name)
		}
	}
	if len(out) == 0 {
		return nil, errors.New("no such file or folder")
	}
	slices.Sort(out)
	return slices.Compact(out), nil
}

// readFn reads one input file with stance run's corpus readers: its
// documents, its problems and its statistics (pipeline.FileStats).
type readFn struct {
	Config Config
}

func (f *readFn) ProcessElement(ctx context.Context, in fileElem, emitDoc func(docElem), emitProblem func(problemElem), emitStat func(fileStatElem)) error {
	st := fileStatElem{FileIndex: in.Index, File: corpus.ShownName(in.Path)}
	seq, nproblems := 0, 0
	emit := func(d corpus.Document) error {
		emitDoc(docElem{FileIndex: in.Index, Seq: seq, Doc: d})
		seq++
		st.Documents++
		return nil
	}
	problem := func(p corpus.Problem) {
		if st.Problems == nil {
			st.Problems = map[string]int{}
		}
		st.Problems[p.Reason.String()]++
		if p.Reason.Skips() {
			st.Skipped++
		}
		emitProblem(newProblemElem(in.Index, nproblems, p))
		nproblems++
	}
	opts := f.Config.readOptions()
	var err error
	if remote(in.Path) {
		err = readRemote(ctx, in.Path, opts, emit, problem)
	} else {
		err = corpus.ReadFile(ctx, in.Path, opts, emit, problem)
	}
	if err != nil {
		return fmt.Errorf("read %s: %w", st.File, err)
	}
	emitStat(st)
	return nil
}

// readRemote reads a file of a Beam file system.
func readRemote(ctx context.Context, name string, opts corpus.Options, emit func(corpus.Document) error, problem func(corpus.Problem)) error {
	fsys, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fsys.Close()
	r, err := fsys.OpenRead(ctx, name)
	if err != nil {
		problem(corpus.Problem{File: corpus.ShownName(name), Reason: corpus.Unreadable, Err: err})
		return nil
	}
	defer r.Close()
	return corpus.ReadStream(ctx, r, name, opts, emit, problem)
}

// joinPath joins a folder of a file system (local or remote) and a name.
func joinPath(dir, name string) string {
	if remote(dir) {
		return strings.TrimSuffix(dir, "/") + "/" + name
	}
	return filepath.Join(dir, name)
}
