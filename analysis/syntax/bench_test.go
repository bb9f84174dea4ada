package syntax

import (
	"os"
	"strings"
	"testing"
)

func benchSentences(b *testing.B) [][]Token {
	name := os.Getenv("STX_BENCH")
	if name == "" {
		name = "testdata/bench-ungdc.txt"
	}
	data, err := os.ReadFile(name)
	if err != nil {
		b.Fatal(err)
	}
	var out [][]Token
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		out = append(out, tokenize(line))
	}
	return out
}

// BenchmarkParse tags and parses sentences of UN General Debate speeches
// (2,000 of 18–28 words, 25 tokens on average; public domain), one
// sentence per operation: every distinct sentence is met before any comes
// again, so the model's tables are read as in a real run, not from a warm
// cache.
func BenchmarkParse(b *testing.B) {
	m, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	sents := benchSentences(b)
	p := m.NewParser()
	tokens := 0
	b.ResetTimer()
	for i := range b.N {
		s := sents[i%len(sents)]
		p.Parse(s)
		tokens += len(s)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
	b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkLoad decodes the embedded model.
func BenchmarkLoad(b *testing.B) {
	for range b.N {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}
