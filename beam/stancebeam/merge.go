package stancebeam

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"

	"github.com/stance-project/stance/internal/stancerun"
	"github.com/stance-project/stance/reports"
)

// MergeShards merges the shards of statements and stances that a run
// wrote into dir (as its run.json lists them) into dir/statements.csv and
// dir/stances.csv: the header, then every row, sorted by its cells left to
// right (each shard is sorted so, and the merge streams them). The shards
// are removed unless keep, and run.json lists none afterwards. dir is a
// local folder or one of a Beam file system.
//
// The rows are stance run's, row for row: sort stance run's
// statements.csv and stances.csv the same way (SortTable) and the files
// are identical.
func MergeShards(ctx context.Context, dir string, keep bool) error {
	data, err := readFile(ctx, joinPath(dir, stancerun.ManifestFile))
	if err != nil {
		return err
	}
	var m runManifest
	if err := json.Unmarshal(data, &m); err != nil {
		return fmt.Errorf("%s: %w", joinPath(dir, stancerun.ManifestFile), err)
	}
	if m.Tool != "stance-beam" {
		return fmt.Errorf("%s: not written by stance-beam", joinPath(dir, stancerun.ManifestFile))
	}
	for _, ts := range []*reports.TableSchema{&reports.StatementsTable, &reports.StancesTable} {
		shards, ok := m.Shards[ts.Name]
		if !ok {
			continue // merged before
		}
		paths := make([]string, len(shards))
		for i, s := range shards {
			paths[i] = joinPath(dir, s)
		}
		out := joinPath(dir, ts.File(reports.CSV))
		if err := mergeFiles(ctx, ts, paths, out); err != nil {
			return err
		}
		delete(m.Shards, ts.Name)
		if !keep {
			if err := removeFiles(ctx, paths); err != nil {
				return err
			}
		}
	}
	return writeManifest(ctx, dir, &m)
}

// mergeFiles merges the sorted CSV files paths into out.
func mergeFiles(ctx context.Context, ts *reports.TableSchema, paths []string, out string) error {
	type source struct {
		r    *csv.Reader
		rec  []string
		name string
	}
	var srcs []*source
	for _, p := range paths {
		fsys, err := filesystem.New(ctx, p)
		if err != nil {
			return err
		}
		defer fsys.Close()
		f, err := fsys.OpenRead(ctx, p)
		if err != nil {
			return fmt.Errorf("open %s: %w", p, err)
		}
		defer f.Close()
		r := csv.NewReader(bufio.NewReaderSize(f, 256<<10))
		r.FieldsPerRecord = len(ts.Columns)
		head, err := r.Read()
		if err != nil {
			return fmt.Errorf("%s:1: %w", p, err)
		}
		if !slices.Equal(head, ts.ColumnNames()) {
			return fmt.Errorf("%s:1: not a %s table", p, ts.Name)
		}
		s := &source{r: r, name: p}
		if s.rec, err = r.Read(); err == io.EOF {
			continue
		} else if err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		srcs = append(srcs, s)
	}
	return writeFile(ctx, out, func(w io.Writer) error {
		cw := csv.NewWriter(w)
		cw.UseCRLF = true
		if err := cw.Write(ts.ColumnNames()); err != nil {
			return err
		}
		// A few shards: the least row is found by a scan.
		for len(srcs) > 0 {
			least := 0
			for i := 1; i < len(srcs); i++ {
				if slices.Compare(srcs[i].rec, srcs[least].rec) < 0 {
					least = i
				}
			}
			s := srcs[least]
			if err := cw.Write(s.rec); err != nil {
				return err
			}
			rec, err := s.r.Read()
			switch {
			case err == io.EOF:
				srcs = slices.Delete(srcs, least, least+1)
			case err != nil:
				return fmt.Errorf("%s: %w", s.name, err)
			default:
				s.rec = rec
			}
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		cw.Flush()
		return cw.Error()
	})
}

func removeFiles(ctx context.Context, paths []string) error {
	for _, p := range paths {
		fsys, err := filesystem.New(ctx, p)
		if err != nil {
			return err
		}
		rm, ok := fsys.(filesystem.Remover)
		if !ok {
			fsys.Close()
			return fmt.Errorf("remove %s: the file system cannot remove files (merge with -keep-shards)", p)
		}
		err = rm.Remove(ctx, p)
		fsys.Close()
		if err != nil {
			return fmt.Errorf("remove %s: %w", p, err)
		}
	}
	return nil
}

// SortTable returns the CSV table data (header first) with its rows sorted
// as MergeShards sorts them: to compare stance run's statements.csv or
// stances.csv with stance-beam's.
func SortTable(data []byte) ([]byte, error) {
	r := csv.NewReader(bytes.NewReader(data))
	recs, err := r.ReadAll()
	if err != nil {
		return nil, err
	}
	if len(recs) == 0 {
		return nil, errors.New("no header")
	}
	sortRecords(recs[1:])
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.UseCRLF = true
	if err := w.WriteAll(recs); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
