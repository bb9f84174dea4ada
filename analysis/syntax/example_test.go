package syntax_test

import (
	"fmt"
	"log"
	"strings"

	"github.com/stance-project/stance/analysis/syntax"
)

// tokens splits text at spaces and cuts a final period off its word: the
// caller's tokenizer, in a few lines.
func tokens(text string) []syntax.Token {
	var out []syntax.Token
	at := 0
	for _, f := range strings.Fields(text) {
		start := at + strings.Index(text[at:], f)
		at = start + len(f)
		if len(f) > 1 && strings.HasSuffix(f, ".") {
			out = append(out, syntax.Token{Text: f[:len(f)-1], Start: start, End: at - 1})
			out = append(out, syntax.Token{Text: ".", Start: at - 1, End: at})
			continue
		}
		out = append(out, syntax.Token{Text: f, Start: start, End: at})
	}
	return out
}

func ExampleParser_Parse() {
	m, err := syntax.Load()
	if err != nil {
		log.Fatal(err)
	}
	p := m.NewParser() // one parser per goroutine
	text := "Iran's envoy was summoned by the ministry on Sunday."
	toks := tokens(text)
	s := p.Parse(toks)

	fmt.Println(len(toks), "tokens,", len(s.Words), "words")
	for _, w := range s.Words[:2] {
		fmt.Printf("%q at %d:%d, from token %d\n", w.Form, w.Start, w.End, w.Token)
	}
	for i, w := range s.Words {
		if w.Rel == syntax.Root {
			fmt.Println("root:", w.Form, "at word", i)
		}
	}
	// The word that stands for a token: the one heading the others.
	fmt.Println("token 0:", s.Words[s.Word(0)].Form)
	// Output:
	// 10 tokens, 11 words
	// "Iran" at 0:4, from token 0
	// "'s" at 4:6, from token 0
	// root: summoned at word 4
	// token 0: Iran
}

func ExampleReadAll() {
	const file = "# sent_id = 1\n" +
		"# text = Talks resumed.\n" +
		"1\tTalks\ttalk\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n" +
		"2\tresumed\tresume\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n" +
		"3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n" +
		"\n"
	sents, err := syntax.ReadAll(strings.NewReader(file), "talks.conllu")
	if err != nil {
		log.Fatal(err)
	}
	for _, s := range sents {
		fmt.Printf("%s: %q\n", s.ID, s.Text)
		for _, w := range s.Words {
			head := "ROOT"
			if w.Head >= 0 {
				head = s.Words[w.Head].Form
			}
			fmt.Printf("%s/%s %s → %s at %d:%d\n", w.Form, w.UPOS, w.Rel, head, w.Start, w.End)
		}
	}

	// A malformed file gives an error that says where.
	_, err = syntax.ReadAll(strings.NewReader("1\tTalks\ttalk\tNOUN\n"), "bad.conllu")
	fmt.Println(err)
	// Output:
	// 1: "Talks resumed."
	// Talks/NOUN nsubj → resumed at 0:5
	// resumed/VERB root → ROOT at 6:13
	// ./PUNCT punct → resumed at 13:14
	// bad.conllu:1: bad conll-u: 4 fields, want 10
}
