package main

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stance-project/stance/analysis/syntax"
)

// conllu builds a sentence from lines "FORM LEMMA UPOS XPOS HEAD REL" (HEAD
// 1-based, 0 for the root), as CoNLL-U writes them.
func conllu(t *testing.T, lines ...string) syntax.Sentence {
	t.Helper()
	var b strings.Builder
	for i, l := range lines {
		f := strings.Fields(l)
		fmt.Fprintf(&b, "%d\t%s\t%s\t%s\t%s\t_\t%s\t%s\t_\t_\n", i+1, f[0], f[1], f[2], f[3], f[4], f[5])
	}
	b.WriteString("\n")
	ss, err := syntax.ReadAll(strings.NewReader(b.String()), "test.conllu")
	if err != nil || len(ss) != 1 {
		t.Fatalf("ReadAll: %v (%d sentences)", err, len(ss))
	}
	return ss[0]
}

// render writes a sentence as "form/XPOS/head/rel" (head 1-based).
func render(s syntax.Sentence) string {
	var parts []string
	for _, w := range s.Words {
		parts = append(parts, fmt.Sprintf("%s/%s/%d/%s", w.Form, w.XPOS, w.Head+1, w.Rel))
	}
	return strings.Join(parts, " ")
}

func TestHeadlineStyle(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  string // "" for no copy
	}{
		{
			name: "perfect to present, articles dropped",
			lines: []string{
				"The the DET DT 2 det",
				"army army NOUN NN 4 nsubj",
				"has have AUX VBZ 4 aux",
				"seized seize VERB VBN 0 root",
				"the the DET DT 6 det",
				"town town NOUN NN 4 obj",
				". . PUNCT . 4 punct",
			},
			want: "Army/NN/2/nsubj seizes/VBZ/0/root town/NN/2/obj",
		},
		{
			name: "passive without its auxiliary, plural subject",
			lines: []string{
				"Two two NUM CD 2 nummod",
				"soldiers soldier NOUN NNS 4 nsubj:pass",
				"were be AUX VBD 4 aux:pass",
				"killed kill VERB VBN 0 root",
				"in in ADP IN 7 case",
				"the the DET DT 7 det",
				"clash clash NOUN NN 4 obl",
			},
			want: "Two/CD/2/nummod soldiers/NNS/3/nsubj:pass killed/VBN/0/root in/IN/5/case clash/NN/3/obl",
		},
		{
			name: "will as the infinitive marker",
			lines: []string{
				"The the DET DT 2 det",
				"minister minister NOUN NN 4 nsubj",
				"will will AUX MD 4 aux",
				"visit visit VERB VB 0 root",
				"Lima Lima PROPN NNP 4 obj",
				". . PUNCT . 4 punct",
			},
			want: "Minister/NN/3/nsubj to/TO/3/mark visit/VB/0/root Lima/NNP/3/obj",
		},
		{
			name: "copula dropped",
			lines: []string{
				"Talks talk NOUN NNS 3 nsubj",
				"are be AUX VBP 3 cop",
				"unlikely unlikely ADJ JJ 0 root",
				". . PUNCT . 3 punct",
			},
			want: "Talks/NNS/2/nsubj unlikely/JJ/0/root",
		},
		{
			name: "past to present, coordinated subject",
			lines: []string{
				"Chile Chile PROPN NNP 4 nsubj",
				"and and CCONJ CC 3 cc",
				"Peru Peru PROPN NNP 1 conj",
				"signed sign VERB VBD 0 root",
				"a a DET DT 6 det",
				"treaty treaty NOUN NN 4 obj",
			},
			want: "Chile/NNP/4/nsubj and/CC/3/cc Peru/NNP/1/conj sign/VBP/0/root treaty/NN/4/obj",
		},
		{
			name: "negated passive keeps its auxiliary",
			lines: []string{
				"Aid aid NOUN NN 4 nsubj:pass",
				"was be AUX VBD 4 aux:pass",
				"not not PART RB 4 advmod",
				"delivered deliver VERB VBN 0 root",
			},
			want: "",
		},
		{
			name: "first person is no title",
			lines: []string{
				"We we PRON PRP 2 nsubj",
				"signed sign VERB VBD 0 root",
				"the the DET DT 4 det",
				"treaty treaty NOUN NN 2 obj",
			},
			want: "",
		},
		{
			name: "a question is no title",
			lines: []string{
				"Who who PRON WP 2 nsubj",
				"signed sign VERB VBD 0 root",
				"it it PRON PRP 2 obj",
				"? ? PUNCT . 2 punct",
			},
			want: "",
		},
		{
			name: "an imperative is no title",
			lines: []string{
				"Sign sign VERB VB 0 root",
				"the the DET DT 3 det",
				"treaty treaty NOUN NN 1 obj",
			},
			want: "",
		},
		{
			name: "an article with a dependent stays",
			lines: []string{
				"Ghana Ghana PROPN NNP 2 nsubj",
				"studies study VERB VBZ 0 root",
				"the the DET DT 4 det",
				"plan plan NOUN NN 2 obj",
			},
			want: "Ghana/NNP/2/nsubj studies/VBZ/0/root plan/NN/2/obj",
		},
		{
			name: "present of a verb in -y and in -sh",
			lines: []string{
				"Togo Togo PROPN NNP 2 nsubj",
				"denied deny VERB VBD 0 root",
				"and and CCONJ CC 4 cc",
				"pushed push VERB VBD 2 conj",
				"back back ADV RB 4 advmod",
			},
			want: "Togo/NNP/2/nsubj denies/VBZ/0/root and/CC/4/cc pushes/VBZ/2/conj back/RB/4/advmod",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := headlineStyle(conllu(t, tt.lines...))
			if !ok {
				if tt.want != "" {
					t.Fatalf("no copy, want %q", tt.want)
				}
				return
			}
			if r := render(got); r != tt.want {
				t.Errorf("got  %s\nwant %s", r, tt.want)
			}
		})
	}
}
