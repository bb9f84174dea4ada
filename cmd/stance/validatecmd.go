package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/stance-project/stance/analysis/validate"
)

// validateCmd runs "stance validate ALIGNMENT.csv AGREEMENT.csv": it
// compares the alignment index with an external measure of alignment per
// country pair and period (UN voting agreement) and prints Spearman's rho
// and Pearson's r, overall and per period.
func validateCmd(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("validate", flag.ContinueOnError)
	column := fs.String("column", "score", "alignment.csv column to validate: score, mutual or similarity")
	from := fs.Int("from", 0, "compare only periods of this year or later")
	to := fs.Int("to", 0, "compare only periods of this year or earlier")
	byYear := fs.Bool("by-year", false, "match a period finer than a year to the agreement of its year")
	yearsFlag := fs.String("years", "all", "compare only the periods of even or of odd years: all, even or odd")
	agreeCols := fs.String("agreement-columns", "iso3_a,iso3_b,year,agreement", "the agreement table's columns: country, country, period, value")
	out := fs.String("o", "", "also write the per-period table to this CSV file")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 {
		return usagef("validate: want stance validate [flags] ALIGNMENT.csv AGREEMENT.csv")
	}
	if *column == "" {
		return usagef("validate: -column: empty column name")
	}
	for _, y := range []struct {
		name string
		v    int
	}{{"from", *from}, {"to", *to}} {
		if y.v < 0 || y.v > 9999 {
			return usagef("validate: -%s: want a year from 1 to 9999, got %d", y.name, y.v)
		}
	}
	if *from != 0 && *to != 0 && *from > *to {
		return usagef("validate: -from %d is after -to %d", *from, *to)
	}
	years, ok := validate.ParseYearHalf(*yearsFlag)
	if !ok {
		return usagef("validate: -years: want all, even or odd, got %q", *yearsFlag)
	}
	names := strings.Split(*agreeCols, ",")
	for i := range names {
		names[i] = strings.TrimSpace(names[i])
	}
	if len(names) != 4 || slices.Contains(names, "") {
		return usagef("validate: -agreement-columns: want four comma-separated names (country, country, period, value), got %q", *agreeCols)
	}
	align, err := readValidateTable(pos[0], validate.AlignmentColumns(*column))
	if err != nil {
		return err
	}
	if ctx.Err() != nil {
		return errInterrupted
	}
	agree, err := readValidateTable(pos[1], validate.Columns{A: names[0], B: names[1], Period: names[2], Value: names[3]})
	if err != nil {
		return err
	}
	if ctx.Err() != nil {
		return errInterrupted
	}
	res := validate.Compare(align, agree, validate.Options{ByYear: *byYear, From: *from, To: *to, Years: years})
	if err := res.WriteText(stdout); err != nil {
		return err
	}
	if *out == "" {
		return nil
	}
	var b bytes.Buffer
	if err := res.WriteCSV(&b); err != nil {
		return err
	}
	return writeFileAtomic(*out, b.Bytes())
}

// readValidateTable reads a table for validate (a .gz file is
// decompressed: the reader knows gzip by its first bytes).
func readValidateTable(name string, cols validate.Columns) (*validate.Table, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return validate.Read(f, name, cols)
}

// writeFileAtomic writes data to name through a temporary file in the same
// folder, so that name is never left half written.
func writeFileAtomic(name string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(name), ".stance-tmp-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	defer os.Remove(tmp.Name()) // fails harmlessly after the rename
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", name, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	if err := os.Rename(tmp.Name(), name); err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	return nil
}
