package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/stance-project/stance/internal/browsertest"
)

// TestDocScreenshots makes the screenshots of docs/ (see docs/README.md)
// when STANCE_DOCS_DIR names the folder to write them to:
//
//	STANCE_DOCS_DIR=$PWD/docs go test ./cmd/stance -run TestDocScreenshots -timeout 20m
//
// It runs the README's commands on the UN General Debate sample of
// testdata/ungdc and, when ../shared/corpora has the whole corpus, on its
// speeches of 1990–2024, opens each report in headless Chromium (1200
// pixels wide) after the same checks as the browser tests, and saves its
// sections.
func TestDocScreenshots(t *testing.T) {
	dir := os.Getenv("STANCE_DOCS_DIR")
	if dir == "" {
		t.Skip("STANCE_DOCS_DIR is not set")
	}
	fields := []string{"-period", "year", "-field", "date=year", "-field", "speaker_country=iso3", "-field", "speaker=speaker"}
	reports := []struct {
		name string
		args []string
		file string
	}{
		{"report-un-sample", fields, "../../testdata/ungdc/ungdc-2015-2024.jsonl.gz"},
		{"report-un-1990-2024", append([]string{"-since", "1990", "-until", "2024", "-dyad", "USA:ISR", "-dyad", "RUS:USA", "-dyad", "IND:PAK"}, fields...),
			"../../../shared/corpora/ungdc-1946-2024.jsonl.gz"},
	}
	// Sections: the part of the page from one heading to the next shown.
	sections := []struct {
		suffix, from, to string
		maxHeight        float64
	}{
		{"top", "h1", "#sec-series", 0},
		{"series", "#sec-series", "#sec-network", 0},
		{"network-map", "#sec-network", "#sec-speakers", 0},
		{"explorer", "#statements", "", 1600},
	}
	for _, r := range reports {
		t.Run(r.name, func(t *testing.T) {
			if _, err := os.Stat(r.file); err != nil {
				t.Skip(err)
			}
			out := t.TempDir()
			args := append(append([]string{"run", "-quiet", "-o", out}, r.args...), r.file)
			var stdout, stderr bytes.Buffer
			if err := run(context.Background(), args, &stdout, &stderr, env{}); err != nil {
				t.Fatalf("run: %v\n%s", err, stderr.String())
			}
			p := browsertest.Open(t, filepath.Join(out, "report"))
			p.Check(t, browsertest.Charts())
			t.Setenv("STANCE_SCREENSHOT_DIR", dir)
			for _, s := range sections {
				p.ScreenshotSection(t, r.name+"-"+s.suffix+".png", s.from, s.to, s.maxHeight)
			}
		})
	}
}
