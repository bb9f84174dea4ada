package analysis

import (
	"context"
	"testing"

	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/analysis/extract"
	"github.com/stance-project/stance/internal/testdoc"
)

// The scoring stage of Analyze, benchmarked alone on the same invented
// article as BenchmarkAnalyze (bytes/s are of its text): the stances of
// the statements extracted from its text. The stages before it (segment,
// extract, attribute) have their benchmarks in analysis/extract; the
// read, aggregate and write stages theirs in analysis/corpus,
// analysis/aggregate and reports.

func benchDoc() corpus.Document { return testdoc.Article() }

// extractText runs the extraction stage of Analyze on the text of doc (not
// its title) and returns the statements found.
func extractText(b *testing.B, a *Analyzer, doc corpus.Document) []extract.Found {
	var found []extract.Found
	doc.Title = ""
	if _, err := a.extract.Extract(context.Background(), doc, extract.Input{}, func(fs []extract.Found) { found = append(found, fs...) }); err != nil {
		b.Fatal(err)
	}
	return found
}

func BenchmarkScore(b *testing.B) {
	a := newTestAnalyzer(b)
	doc := benchDoc()
	found := extractText(b, a, doc)
	if len(found) == 0 {
		b.Fatal("no statement to score")
	}
	b.SetBytes(int64(len(doc.Text)))
	for b.Loop() {
		for i := range found {
			a.scorer.Score(&found[i])
		}
	}
}
