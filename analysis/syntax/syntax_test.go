package syntax

import (
	"flag"
	"os"
	"strings"
	"sync"
	"testing"
	"unicode"
)

// Helpers shared by the package's tests, and the tests of the embedded
// model: it loads, parses within the invariants every parse keeps, and
// stays above accuracy floors on testdata/invented.conllu.

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// embeddedModel decodes the embedded model once for all the tests.
var embeddedModel = sync.OnceValues(Load)

func loadModel(t testing.TB) *Model {
	t.Helper()
	m, err := embeddedModel()
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return m
}

// readTreebank reads a CoNLL-U file of testdata.
func readTreebank(t testing.TB, name string) []Sentence {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, err := ReadAll(f, name)
	if err != nil {
		t.Fatalf("ReadAll: %v", err)
	}
	return sents
}

// tokenize splits text as a plain tokenizer would: runs of letters and
// digits (with a period, hyphen, ' or ’ inside, between two of them), and
// every other character that is not a space alone. "Iran's" is one token,
// "1,000" three.
func tokenize(text string) []Token {
	var out []Token
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	// The runes of text with their offsets (an invalid byte is a rune of
	// one byte).
	var rs []rune
	var offs []int
	for i, r := range text {
		rs = append(rs, r)
		offs = append(offs, i)
	}
	offs = append(offs, len(text))
	for i := 0; i < len(rs); {
		switch {
		case unicode.IsSpace(rs[i]):
			i++
		case isWord(rs[i]):
			j := i + 1
			for j < len(rs) && (isWord(rs[j]) || strings.ContainsRune(".-'’", rs[j]) && j+1 < len(rs) && isWord(rs[j+1])) {
				j++
			}
			out = append(out, Token{Text: text[offs[i]:offs[j]], Start: offs[i], End: offs[j]})
			i = j
		default:
			out = append(out, Token{Text: text[offs[i]:offs[i+1]], Start: offs[i], End: offs[i+1]})
			i++
		}
	}
	return out
}

// parseText tokenizes and parses text, and keeps it as the sentence's text.
func parseText(p *Parser, text string) *Sentence {
	s := p.Parse(tokenize(text))
	s.Text = text
	return s
}

// checkTree reports what breaks the invariants of a parse: one root with
// the root relation, heads within the sentence, no cycle, every word
// tagged and labelled.
func checkTree(s *Sentence) []string {
	var bad []string
	roots := 0
	for i, w := range s.Words {
		switch {
		case w.Head == -1:
			roots++
			if w.Rel != Root {
				bad = append(bad, "root word "+w.Form+" has relation "+w.Rel.String())
			}
		case w.Head < 0 || w.Head >= len(s.Words) || w.Head == i:
			bad = append(bad, "word "+w.Form+": head out of range")
			continue
		case w.Rel == Root:
			bad = append(bad, "word "+w.Form+" has the root relation but a head")
		}
		if w.UPOS == NoUPOS || w.XPOS == NoXPOS || w.Rel == NoRel {
			bad = append(bad, "word "+w.Form+" without a tag or relation")
		}
		if w.Lemma == "" && w.Form != "" {
			bad = append(bad, "word "+w.Form+" without a lemma")
		}
	}
	if roots != 1 && len(s.Words) > 0 {
		bad = append(bad, "not one root")
	}
	if len(bad) == 0 && cycle(s.Words) >= 0 {
		bad = append(bad, "cycle of heads")
	}
	return bad
}

func TestLoad(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if m.Stats() == "" {
		t.Error("Stats is empty")
	}
	// Each Load decodes a model of its own: both parse alike.
	m2, err := Load()
	if err != nil {
		t.Fatalf("second Load: %v", err)
	}
	if m == m2 {
		t.Error("Load returned the same model twice")
	}
	text := "The minister was blamed by the rebels."
	a, b := parseText(m.NewParser(), text), parseText(m2.NewParser(), text)
	if got, want := conlluString(t, a), conlluString(t, b); got != want {
		t.Errorf("two loaded models parse %q differently:\n%s\n%s", text, got, want)
	}
}

// TestAccuracyFloor fails when the embedded model falls well below what it
// scored on the invented treebank (gold tokens; punctuation counts).
//
// Measured with the embedded model of 2 December, 20:30 (879 words): UPOS
// 97.50, XPOS 96.25, lemma 98.07, UAS 90.56, LAS 88.85 (earlier models of
// the same day: UPOS 97.6–98.1, UAS 90.6–91.6, LAS 89.2–89.3). The floors
// are a few points lower, so that a retrained model passes and a broken
// one does not.
func TestAccuracyFloor(t *testing.T) {
	m := loadModel(t)
	gold := readTreebank(t, "testdata/invented.conllu")
	sc, err := m.Evaluate(gold)
	if err != nil {
		t.Fatalf("Evaluate: %v", err)
	}
	t.Logf("invented.conllu, %d words: UPOS %.2f XPOS %.2f lemma %.2f UAS %.2f LAS %.2f", sc.Words,
		sc.Percent(sc.UPOS), sc.Percent(sc.XPOS), sc.Percent(sc.Lemma), sc.Percent(sc.UAS), sc.Percent(sc.LAS))
	for _, c := range []struct {
		name  string
		n     int
		floor float64
	}{
		{"UPOS", sc.UPOS, 95},
		{"XPOS", sc.XPOS, 94},
		{"lemma", sc.Lemma, 92},
		{"UAS", sc.UAS, 87},
		{"LAS", sc.LAS, 85},
	} {
		if got := sc.Percent(c.n); got < c.floor {
			t.Errorf("%s = %.2f, want at least %.2f", c.name, got, c.floor)
		}
	}
}

// TestParseInvariants parses every sentence of the invented treebank, from
// its gold tokens and from its text, and checks the shape of each tree.
func TestParseInvariants(t *testing.T) {
	p := loadModel(t).NewParser()
	for _, g := range readTreebank(t, "testdata/invented.conllu") {
		for _, s := range []*Sentence{p.ParseGold(&g), parseText(p, g.Text)} {
			if bad := checkTree(s); len(bad) > 0 {
				t.Errorf("%s %q: %s", g.ID, g.Text, strings.Join(bad, "; "))
			}
		}
	}
	// Nothing to parse is no word, not a panic.
	if s := p.Parse(nil); len(s.Words) != 0 {
		t.Errorf("Parse(nil) has %d words, want 0", len(s.Words))
	}
}

// TestParserReuse parses with one parser sentences of several lengths and
// the first again: buffers kept between sentences must not leak into a
// parse.
func TestParserReuse(t *testing.T) {
	m := loadModel(t)
	texts := []string{
		"The talks collapsed on Friday, according to diplomats in Geneva.",
		"Rebels free 12 hostages",
		"The report, which was published by the World Bank on Monday after months of delay, praised the reforms of the new government.",
	}
	p := m.NewParser()
	var first []string
	for _, text := range texts {
		first = append(first, conlluString(t, parseText(p, text)))
	}
	for i := len(texts) - 1; i >= 0; i-- {
		fresh := conlluString(t, parseText(m.NewParser(), texts[i]))
		again := conlluString(t, parseText(p, texts[i]))
		if again != first[i] || fresh != first[i] {
			t.Errorf("%q parses differently with a reused parser:\nfirst:\n%s\nagain:\n%s\nfresh parser:\n%s", texts[i], first[i], again, fresh)
		}
	}
}

// TestParseConcurrent parses the same sentences from several goroutines,
// one parser each: the model is shared read-only (run with -race).
func TestParseConcurrent(t *testing.T) {
	m := loadModel(t)
	gold := readTreebank(t, "testdata/invented.conllu")
	p := m.NewParser()
	want := make([]string, len(gold))
	for i := range gold {
		want[i] = conlluString(t, p.ParseGold(&gold[i]))
	}
	const workers = 4
	got := make([][]string, workers)
	var wg sync.WaitGroup
	for w := range workers {
		got[w] = make([]string, len(gold))
		wg.Go(func() {
			p := m.NewParser()
			for k := range gold {
				i := (k + w*len(gold)/workers) % len(gold) // each worker starts elsewhere
				var b strings.Builder
				Write(&b, p.ParseGold(&gold[i])) // a strings.Builder takes every write
				got[w][i] = b.String()
			}
		})
	}
	wg.Wait()
	for w := range workers {
		for i := range gold {
			if got[w][i] != want[i] {
				t.Errorf("worker %d parses %s differently:\n%s\nwant:\n%s", w, gold[i].ID, got[w][i], want[i])
			}
		}
	}
}

// conlluString writes s in CoNLL-U.
func conlluString(t testing.TB, s *Sentence) string {
	t.Helper()
	var b strings.Builder
	if err := Write(&b, s); err != nil {
		t.Fatalf("Write: %v", err)
	}
	return b.String()
}

// TestInventedTreebank checks the invariants of testdata/invented.conllu
// that the reader does not: one root per sentence, with the root relation
// and no other word with it; punct exactly on punctuation; unique ids and
// texts.
func TestInventedTreebank(t *testing.T) {
	sents := readTreebank(t, "testdata/invented.conllu")
	if len(sents) < 80 {
		t.Errorf("%d sentences, want 80 or more", len(sents))
	}
	ids, texts := map[string]bool{}, map[string]bool{}
	for _, s := range sents {
		if s.ID == "" || ids[s.ID] || s.Text == "" || texts[s.Text] {
			t.Errorf("sentence %q %q: id or text missing or repeated", s.ID, s.Text)
		}
		ids[s.ID], texts[s.Text] = true, true
		if bad := checkTree(&s); len(bad) > 0 {
			t.Errorf("%s: %s", s.ID, strings.Join(bad, "; "))
		}
		for _, w := range s.Words {
			if (w.UPOS == PUNCT) != (w.Rel == Punct) {
				t.Errorf("%s: %s is %v with relation %v", s.ID, w.Form, w.UPOS, w.Rel)
			}
		}
	}
}
