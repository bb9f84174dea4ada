package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadGoldstein: a weight that is not a number on the Goldstein scale
// (NaN, infinite, beyond ±10) is an error at its line, not a weight.
func TestReadGoldstein(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	write := func(data string) string {
		t.Helper()
		p := filepath.Join(dir, "goldstein.tsv")
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	got, err := readGoldstein(write("cameo_code\tweight\n010\t0.0\n111\t-2\n190\t-10\n057\t8.0\n"))
	if err != nil || len(got) != 4 || got["111"] != -2 || got["190"] != -10 {
		t.Fatalf("readGoldstein = %v, %v; want 4 weights", got, err)
	}
	for _, w := range []string{"NaN", "Inf", "-Inf", "10.5", "-11", "lots"} {
		p := write("cameo_code\tweight\n010\t0.0\n111\t" + w + "\n")
		if _, err := readGoldstein(p); err == nil || !strings.Contains(err.Error(), p+":3:") {
			t.Errorf("readGoldstein(weight %s) = %v, want an error at line 3", w, err)
		}
	}
}
