package corpus

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Files expands paths (files or folders) into a sorted, de-duplicated list of
// files. Folders are walked recursively; inside them, files and folders whose
// name starts with "." are skipped, and so is anything that is not a regular
// file (or a link to one). A path given explicitly is kept whatever its name.
// A path that does not exist or cannot be walked is reported as an
// [Unreadable] problem, never as an error. Files does not look at
// extensions: [ReadFile] reports an unsupported one, and [Supported] tells
// them apart beforehand.
func Files(paths []string) (files []string, problems []Problem) {
	for _, path := range paths {
		info, err := os.Stat(path)
		if err != nil {
			problems = append(problems, Problem{File: path, Reason: Unreadable, Err: err})
			continue
		}
		if !info.IsDir() {
			files = append(files, filepath.Clean(path))
			continue
		}
		err = filepath.WalkDir(path, func(name string, d fs.DirEntry, err error) error {
			if err != nil {
				problems = append(problems, Problem{File: name, Reason: Unreadable, Err: err})
				return nil // WalkDir skips what it cannot read
			}
			if name != path && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			switch {
			case d.Type().IsRegular():
				files = append(files, filepath.Clean(name))
			case d.Type()&fs.ModeSymlink != 0:
				if info, err := os.Stat(name); err == nil && info.Mode().IsRegular() {
					files = append(files, filepath.Clean(name))
				}
			}
			return nil
		})
		if err != nil { // not expected: the walk function never fails
			problems = append(problems, Problem{File: path, Reason: Unreadable, Err: err})
		}
	}
	slices.Sort(files)
	return slices.Compact(files), problems
}
