package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"
)

// TestValidateCmd checks what the script cannot: exit statuses, a
// gzip-compressed agreement file and the CSV's bytes. The tables are those
// of testdata/script/validate.txtar.
func TestValidateCmd(t *testing.T) {
	t.Parallel()
	ar, err := txtar.ParseFile("testdata/script/validate.txtar")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	files := map[string][]byte{}
	for _, f := range ar.Files {
		files[f.Name] = f.Data
		if err := os.WriteFile(filepath.Join(dir, f.Name), f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	zw.Write(files["agreement.csv"])
	zw.Close()
	gz := filepath.Join(dir, "agreement.csv.gz")
	if err := os.WriteFile(gz, z.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	at := func(name string) string { return filepath.Join(dir, name) }

	for _, tt := range []struct {
		args []string
		code int
	}{
		{[]string{at("alignment.csv"), at("agreement.csv")}, 0},
		{[]string{at("alignment.csv"), at("bad-number.csv")}, 1},
		{[]string{at("alignment.csv"), at("nosuchfile.csv")}, 1},
		{[]string{"-column", "nosuch", at("alignment.csv"), at("agreement.csv")}, 1},
		{[]string{at("alignment.csv")}, 2},
		{[]string{"-to", "1990", "-from", "1991", at("alignment.csv"), at("agreement.csv")}, 2},
		{[]string{"-from", "-3", at("alignment.csv"), at("agreement.csv")}, 2},
		{[]string{"-column", "", at("alignment.csv"), at("agreement.csv")}, 2},
	} {
		err := run(context.Background(), append([]string{"validate"}, tt.args...), io.Discard, io.Discard, env{})
		if got := exitCode(err, io.Discard); got != tt.code {
			t.Errorf("stance validate %q: exit status %d (%v), want %d", tt.args, got, err, tt.code)
		}
	}

	// The .gz file gives the same output, but for its name.
	var plain, fromGz bytes.Buffer
	if err := run(context.Background(), []string{"validate", at("alignment.csv"), at("agreement.csv")}, &plain, io.Discard, env{}); err != nil {
		t.Fatal(err)
	}
	csvOut := at("periods.csv")
	if err := run(context.Background(), []string{"validate", "-o", csvOut, at("alignment.csv"), gz}, &fromGz, io.Discard, env{}); err != nil {
		t.Fatal(err)
	}
	if got, want := fromGz.String(), string(bytes.ReplaceAll(plain.Bytes(), []byte("agreement.csv,"), []byte("agreement.csv.gz,"))); got != want {
		t.Errorf("with agreement.csv.gz:\n%s\nwant\n%s", got, want)
	}
	got, err := os.ReadFile(csvOut)
	if err != nil {
		t.Fatal(err)
	}
	const want = "period,pairs,spearman,pearson\r\n1990,4,0.9487,0.9889\r\n1991,3,0.8660,0.8660\r\n1992,1,,\r\n"
	if string(got) != want {
		t.Errorf("-o wrote %q, want %q", got, want)
	}
	// No temporary file is left behind.
	if m, _ := filepath.Glob(at(".stance-tmp-*")); len(m) > 0 {
		t.Errorf("left behind: %v", m)
	}
}
