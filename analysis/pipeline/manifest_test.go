package pipeline

import (
	"testing"

	"github.com/stance-project/stance/analysis/corpus"
)

// TestManifestCaps: past MaxListed, files and problems are counted, not
// kept, so that the manifest's memory does not grow with the input.
func TestManifestCaps(t *testing.T) {
	var m Manifest
	for i := range MaxListed + 5 {
		m.addFile(FileStats{File: "f", Skipped: i % 2})
		m.add(&corpus.Problem{File: "f", Reason: corpus.Malformed}, nil)
	}
	if got, want := len(m.Files), MaxListed; got != want {
		t.Errorf("files kept: got %d, want %d", got, want)
	}
	if got, want := m.FilesOmitted, 5; got != want {
		t.Errorf("files omitted: got %d, want %d", got, want)
	}
	if got, want := m.Skipped, (MaxListed+5)/2; got != want {
		t.Errorf("skipped: got %d, want %d (all files counted)", got, want)
	}
	if got, want := len(m.Problems), MaxListed; got != want {
		t.Errorf("problems kept: got %d, want %d", got, want)
	}
	if got, want := m.ProblemCount, MaxListed+5; got != want {
		t.Errorf("problems counted: got %d, want %d", got, want)
	}
	if got, want := m.ProblemReasons[corpus.Malformed.String()], MaxListed+5; got != want {
		t.Errorf("problems by reason: got %d, want %d", got, want)
	}
}
