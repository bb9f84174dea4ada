package extract

import (
	"testing"

	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/analysis/segment"
	"github.com/stance-project/stance/internal/testdoc"
)

// The stages of Analyze, benchmarked one by one on the same invented
// article as BenchmarkAnalyze of package analysis (bytes/s are of its
// text): segment (paragraphs, sentences, tokens), extract (statements,
// with the country mentions and speaker attribution they need) and
// attribute (one speaker resolved). Score (stances of the extracted
// statements) is benchmarked in package analysis; the read, aggregate and
// write stages have their benchmarks in analysis/corpus,
// analysis/aggregate and reports.

func benchDoc() corpus.Document { return testdoc.Article() }

func BenchmarkSegment(b *testing.B) {
	doc := benchDoc()
	b.SetBytes(int64(len(doc.Text)))
	for b.Loop() {
		st := &docState{doc: doc}
		for _, p := range segment.Paragraphs(doc.Text) {
			for _, s := range segment.Sentences(doc.Text[p.Start:p.End]) {
				st.tokens(doc.Text, span{Start: p.Start + s.Start, End: p.Start + s.End})
			}
		}
	}
}

// extractDoc runs the extraction stage of Analyze on doc and returns its
// state (the statements found).
func extractDoc(a *Extractor, doc corpus.Document) *docState {
	st := &docState{doc: doc}
	for _, p := range segment.Paragraphs(doc.Text) {
		sents := segment.Sentences(doc.Text[p.Start:p.End])
		for k := range sents {
			sents[k].Start += p.Start
			sents[k].End += p.Start
		}
		a.paragraph(st, p, sents)
	}
	return st
}

func BenchmarkExtract(b *testing.B) {
	a := newTestExtractor(b, false)
	doc := benchDoc()
	b.SetBytes(int64(len(doc.Text)))
	for b.Loop() {
		extractDoc(a, doc)
	}
}

func BenchmarkAttribute(b *testing.B) {
	a := newTestExtractor(b, false)
	doc := corpus.Document{ID: "bench", Text: "Chilean Foreign Minister Rosa Ibarra arrived in Lima on Friday."}
	st := &docState{doc: doc}
	subj := st.tokens(doc.Text, span{Start: 0, End: len("Chilean Foreign Minister Rosa Ibarra")})
	for b.Loop() {
		a.resolve(st, subj, doc.Text)
	}
}
