package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stance-project/stance/internal/stancerun"
)

// TestUNSample runs the README's UN example on the shipped sample of the UN
// General Debate (testdata/ungdc): every speech is read, and the outputs
// hold dyads and alignment for the pairs a reader looks for first.
func TestUNSample(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 25 MB of speeches")
	}
	out := t.TempDir()
	var stdout, stderr bytes.Buffer
	args := []string{"run", "-quiet", "-o", out, "-period", "year", "-field", "date=year", "-field", "speaker_country=iso3",
		"-field", "speaker=speaker", "../../testdata/ungdc/ungdc-2015-2024.jsonl.gz"}
	if err := run(context.Background(), args, &stdout, &stderr, env{}); err != nil {
		t.Fatalf("run: %v\n%s", err, stderr.String())
	}
	var man struct {
		Counts struct{ Documents int } `json:"counts"`
	}
	data, err := os.ReadFile(filepath.Join(out, stancerun.ManifestFile))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &man); err != nil {
		t.Fatal(err)
	}
	if man.Counts.Documents != 1938 {
		t.Errorf("documents = %d, want 1938", man.Counts.Documents)
	}
	dyads, err := os.ReadFile(filepath.Join(out, "dyads.csv"))
	if err != nil {
		t.Fatal(err)
	}
	align, err := os.ReadFile(filepath.Join(out, "alignment.csv"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"\nUSA,ISR,2020,", "\nUKR,RUS,2022,", "\nPAK,IND,2019,"} {
		if !strings.Contains(string(dyads), want) {
			t.Errorf("dyads.csv has no row %q", strings.TrimSpace(want))
		}
	}
	if !strings.Contains(string(align), "\nFRA,GBR,2020,") {
		t.Error("alignment.csv has no FRA–GBR row for 2020")
	}
}
