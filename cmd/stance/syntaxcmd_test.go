package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stance-project/stance/analysis"
	"github.com/stance-project/stance/analysis/corpus"
)

// sentenceTexts returns the texts of the sentences of doc's body.
func sentenceTexts(doc corpus.Document) []string {
	var out []string
	for s := range analysis.DocumentSentences(doc) {
		out = append(out, doc.Text[s.Start:s.End])
	}
	return out
}

// TestReadPlainPieces: plain text read in pieces (stance parse -) gives
// the sentences of the whole text, in a text with no blank line too.
func TestReadPlainPieces(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(1, 2))
	words := []string{"Chile", "praised", "Peru", "the", "talks", "Mr.", "U.S.", "and", "on", "Friday", "said", "“We", "agree”", "x"}
	ends := []string{".", ",", "", "?", ":", ";", "”", " Mr.", " the"}
	for _, blank := range []bool{false, true} {
		var b strings.Builder
		for b.Len() < 3*plainChunk {
			n := 1 + r.IntN(25) // short lines (headlines) and long ones (wrapped prose)
			for i := range n {
				if i > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(words[r.IntN(len(words))])
			}
			b.WriteString(ends[r.IntN(len(ends))])
			b.WriteByte('\n')
			if blank && r.IntN(20) == 0 {
				b.WriteByte('\n')
			}
		}
		text := b.String()
		want := sentenceTexts(corpus.Document{Text: text})
		var got []string
		pieces := 0
		err := readPlain(context.Background(), strings.NewReader(text), "x", 0, func(s string) error {
			pieces++
			got = append(got, sentenceTexts(corpus.Document{Text: s})...)
			return nil
		}, func(p corpus.Problem) { t.Errorf("problem: %v", &p) })
		if err != nil {
			t.Fatal(err)
		}
		if pieces < 3 {
			t.Errorf("blank lines %v: %d pieces, want 3 or more", blank, pieces)
		}
		if !slices.Equal(got, want) {
			for i := range min(len(got), len(want)) {
				if got[i] != want[i] {
					t.Fatalf("blank lines %v: sentence %d read in pieces\n%q\nwant\n%q", blank, i+1, got[i], want[i])
				}
			}
			t.Fatalf("blank lines %v: %d sentences read in pieces, want %d", blank, len(got), len(want))
		}
	}
}

// TestEvalSyntaxGzip: eval-syntax reads a gzip-compressed gold file.
func TestEvalSyntaxGzip(t *testing.T) {
	t.Parallel()
	gold := "# text = Chile praised Peru.\n" +
		"1\tChile\tChile\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n" +
		"2\tpraised\tpraise\tVERB\tVBD\t_\t0\troot\t_\t_\n" +
		"3\tPeru\tPeru\tPROPN\tNNP\t_\t2\tobj\t_\tSpaceAfter=No\n" +
		"4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	zw.Write([]byte(gold))
	zw.Close()
	name := filepath.Join(t.TempDir(), "gold.conllu.gz")
	if err := os.WriteFile(name, z.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errs bytes.Buffer
	if err := run(context.Background(), []string{"eval-syntax", name}, &out, &errs, env{}); err != nil {
		t.Fatalf("eval-syntax: %v\n%s", err, errs.String())
	}
	if want := name + ": 1 sentence, 4 words"; !strings.Contains(out.String(), want) {
		t.Errorf("eval-syntax printed\n%s\nwant a line with %q", out.String(), want)
	}
	if want := "\nnsubj\t1\t"; !strings.Contains(out.String(), want) {
		t.Errorf("eval-syntax printed\n%s\nwant the relation line %q", out.String(), want)
	}
}
