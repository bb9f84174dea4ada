package main

import (
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/stance-project/stance/internal/brown"
)

// writeOutput writes the paths of res to the file named path (gzip when
// the name ends in .gz), replacing it only when all is written, or to
// stdout when path is empty.
func writeOutput(path string, stdout io.Writer, res *brown.Clustering) (err error) {
	if path == "" {
		return res.WritePaths(stdout)
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if strings.HasSuffix(path, ".gz") {
		zw, err := gzip.NewWriterLevel(f, gzip.BestCompression)
		if err != nil {
			return err
		}
		if err := res.WritePaths(zw); err != nil {
			return err
		}
		if err := zw.Close(); err != nil {
			return err
		}
	} else if err := res.WritePaths(f); err != nil {
		return err
	}
	if err := f.Chmod(0o644); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}
