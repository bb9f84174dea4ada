package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/stance-project/stance/internal/stancerun"
	"github.com/stance-project/stance/reports"
)

// outFlags are the output flags shared by run and aggregate.
type outFlags struct {
	formats formatList
	rawCSV  bool
}

func (o *outFlags) register(fs *flag.FlagSet) {
	o.formats = formatList{reports.CSV}
	fs.Var(&o.formats, "format", "table formats, comma-separated: csv, parquet (default csv)")
	fs.BoolVar(&o.rawCSV, "raw-csv", false, "write CSV text cells as they are (no ' before a leading =, +, -, @, tab or CR)")
}

func (o *outFlags) tableOptions() reports.TableOptions {
	return reports.TableOptions{RawCSV: o.rawCSV}
}

// files returns the file names of the tables in every format asked for.
func (o *outFlags) files(tables ...*reports.TableSchema) []string {
	var names []string
	for _, t := range tables {
		for _, f := range o.formats {
			names = append(names, t.File(f))
		}
	}
	return names
}

// writeSchema writes schema.json into dir.
func (o *outFlags) writeSchema(dir string) error {
	return writeFile(filepath.Join(dir, stancerun.SchemaFile), func(w io.Writer) error {
		return reports.WriteSchemaJSON(w, reports.SchemaOptions{Tool: "stance", Version: version, Formats: o.formats, RawCSV: o.rawCSV})
	})
}

// formatList is the -format flag: a comma-separated list of formats, kept
// in a fixed order without repeats.
type formatList []reports.Format

func (f *formatList) String() string {
	names := make([]string, len(*f))
	for i, x := range *f {
		names[i] = x.String()
	}
	return strings.Join(names, ",")
}

func (f *formatList) Set(s string) error {
	var list formatList
	for _, name := range strings.Split(s, ",") {
		x, err := reports.ParseFormat(strings.TrimSpace(name))
		if err != nil {
			return err
		}
		list = append(list, x)
	}
	slices.Sort(list)
	*f = slices.Compact(list)
	return nil
}

// writeFile creates name and writes it with write, through a buffer.
func writeFile(name string, write func(io.Writer) error) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	if err := stancerun.WriteClose(f, 0, write); err != nil {
		return fmt.Errorf("write %s: %w", filepath.Base(name), err)
	}
	return nil
}
