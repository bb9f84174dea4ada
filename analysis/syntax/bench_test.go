package syntax

import (
	"os"
	"strings"
	"testing"
	"unicode"
)

// simpleTokens splits text into runs of letters and digits (with inner
// '.', '-', '\” and '’') and single other characters, as the analysis's
// tokenizer does.
func simpleTokens(text string) []Token {
	var out []Token
	rs := []rune(text)
	pos := 0
	offs := make([]int, len(rs)+1)
	for i, r := range rs {
		offs[i] = pos
		pos += len(string(r))
	}
	offs[len(rs)] = pos
	isW := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case isW(r):
			j := i + 1
			for j < len(rs) && (isW(rs[j]) || strings.ContainsRune(".-'’", rs[j]) && j+1 < len(rs) && isW(rs[j+1])) {
				j++
			}
			out = append(out, Token{Text: text[offs[i]:offs[j]], Start: offs[i], End: offs[j]})
			i = j
		default:
			out = append(out, Token{Text: string(r), Start: offs[i], End: offs[i+1]})
			i++
		}
	}
	return out
}

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
		out = append(out, simpleTokens(line))
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
