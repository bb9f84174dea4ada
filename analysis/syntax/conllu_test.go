package syntax

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"
)

// conllu turns a CoNLL-U file written with spaces between the columns (for
// legibility) into the real thing: the columns of each word line are
// joined by tabs; comments and blank lines are kept.
func conllu(s string) string {
	lines := strings.Split(strings.TrimPrefix(s, "\n"), "\n")
	for i, l := range lines {
		if l != "" && !strings.HasPrefix(l, "#") {
			lines[i] = strings.Join(strings.Fields(l), "\t")
		}
	}
	return strings.Join(lines, "\n")
}

// sample is a valid file: comments, multiword tokens, an empty node, MISC
// entries, a sentence without text and one whose text does not match its
// words.
var sample = conllu(`
# newdoc id = d1
# sent_id = s1
# text = Iran's envoy didn't come.
1-2  Iran's  _      _      _    _            _  _          _       _
1    Iran    Iran   PROPN  NNP  Number=Sing  3  nmod:poss  _       _
2    's      's     PART   POS  _            1  case       _       _
3    envoy   envoy  NOUN   NN   Number=Sing  6  nsubj      _       _
4-5  didn't  _      _      _    _            _  _          _       _
4    did     do     AUX    VBD  _            6  aux        _       _
5    n't     not    PART   RB   _            6  advmod     _       _
6    come    come   VERB   VB   VerbForm=Inf 0  root       _       SpaceAfter=No
7    .       .      PUNCT  .    _            6  punct      _       _

# sent_id = s2
# text = Talks resumed in Oslo on Monday, then stalled.
1    Talks   talk    NOUN   NNS  _  2  nsubj   _       _
2    resumed resume  VERB   VBD  _  0  root    _       _
3    in      in      ADP    IN   _  4  case    _       _
4    Oslo    Oslo    PROPN  NNP  _  2  obl     _       _
5    on      on      ADP    IN   _  6  case    _       _
6    Monday  Monday  PROPN  NNP  _  2  obl     _       SpaceAfter=No|Ref=x
7    ,       ,       PUNCT  ,    _  9  punct   _       _
8    then    then    ADV    RB   _  9  advmod  _       _
8.1  stalled stall   VERB   VBD  _  _  _       2:conj  CopyOf=9
9    stalled stall   VERB   VBD  _  2  conj    _       SpaceAfter=No
10   .       .       PUNCT  .    _  2  punct   _       _

# sent_id = s3
1    Peace   peace  NOUN   NN   _  0  root   _  SpaceAfter=No
2    !       !      PUNCT  .    _  1  punct  _  _

# sent_id = s4
# text = I’m here.
1-2  I’m     _     _      _    _  _  _      _  _
1    I       I     PRON   PRP  _  3  nsubj  _  SpaceAfter=No
2    'm      be    AUX    VBP  _  3  cop    _  _
3    here    here  ADV    RB   _  0  root   _  SpaceAfter=No
4    .       .     PUNCT  .    _  3  punct  _  _
`)

// rw is a word read from a file (Token -1).
func rw(form, lemma string, u UPOS, x XPOS, feats string, head int, rel Rel, misc string, start, end int, spaceAfter bool) Word {
	return Word{Form: form, Lemma: lemma, UPOS: u, XPOS: x, Feats: feats, Head: head, Rel: rel, Misc: misc,
		Start: start, End: end, Token: -1, SpaceAfter: spaceAfter}
}

var sampleWant = []Sentence{
	{
		ID: "s1", Text: "Iran's envoy didn't come.", Line: 1,
		Multiword: []Multiword{{0, 1, "Iran's"}, {3, 4, "didn't"}},
		Words: []Word{
			rw("Iran", "Iran", PROPN, XNNP, "Number=Sing", 2, NmodPoss, "", 0, 4, false),
			rw("'s", "'s", PART, XPossessive, "_", 0, Case, "", 4, 6, true),
			rw("envoy", "envoy", NOUN, XNN, "Number=Sing", 5, Nsubj, "", 7, 12, true),
			rw("did", "do", AUX, XVBD, "_", 5, Aux, "", 13, 16, false),
			rw("n't", "not", PART, XRB, "_", 5, Advmod, "", 16, 19, true),
			rw("come", "come", VERB, XVB, "VerbForm=Inf", -1, Root, "", 20, 24, false),
			rw(".", ".", PUNCT, XPeriod, "_", 5, Punct, "", 24, 25, true),
		},
	},
	{
		ID: "s2", Text: "Talks resumed in Oslo on Monday, then stalled.", Line: 14,
		Words: []Word{
			rw("Talks", "talk", NOUN, XNNS, "_", 1, Nsubj, "", 0, 5, true),
			rw("resumed", "resume", VERB, XVBD, "_", -1, Root, "", 6, 13, true),
			rw("in", "in", ADP, XIN, "_", 3, Case, "", 14, 16, true),
			rw("Oslo", "Oslo", PROPN, XNNP, "_", 1, Obl, "", 17, 21, true),
			rw("on", "on", ADP, XIN, "_", 5, Case, "", 22, 24, true),
			rw("Monday", "Monday", PROPN, XNNP, "_", 1, Obl, "Ref=x", 25, 31, false),
			rw(",", ",", PUNCT, XComma, "_", 8, Punct, "", 31, 32, true),
			rw("then", "then", ADV, XRB, "_", 8, Advmod, "", 33, 37, true),
			rw("stalled", "stall", VERB, XVBD, "_", 1, Conj, "", 38, 45, false),
			rw(".", ".", PUNCT, XPeriod, "_", 1, Punct, "", 45, 46, true),
		},
	},
	{
		// No text: offsets into the forms joined as SpaceAfter says.
		ID: "s3", Line: 28,
		Words: []Word{
			rw("Peace", "peace", NOUN, XNN, "_", -1, Root, "", 0, 5, false),
			rw("!", "!", PUNCT, XPeriod, "_", 0, Punct, "", 5, 6, true),
		},
	},
	{
		// The text has ’ where the word has ': from "'m" on, offsets are
		// into the forms joined.
		ID: "s4", Text: "I’m here.", Line: 32,
		Multiword: []Multiword{{0, 1, "I’m"}},
		Words: []Word{
			rw("I", "I", PRON, XPRP, "_", 2, Nsubj, "", 0, 1, false),
			rw("'m", "be", AUX, XVBP, "_", 2, Cop, "", 1, 3, true),
			rw("here", "here", ADV, XRB, "_", -1, Root, "", 4, 8, false),
			rw(".", ".", PUNCT, XPeriod, "_", 2, Punct, "", 8, 9, true),
		},
	},
}

func TestReadAll(t *testing.T) {
	got, err := ReadAll(strings.NewReader(sample), "sample.conllu")
	if err != nil {
		t.Fatalf("ReadAll: %v", err)
	}
	if len(got) != len(sampleWant) {
		t.Fatalf("ReadAll read %d sentences, want %d", len(got), len(sampleWant))
	}
	for i := range got {
		if d := sentenceDiff(&sampleWant[i], &got[i]); d != "" {
			t.Errorf("sentence %d (-want +got):\n%s", i+1, d)
		}
	}
}

// TestReadOffsets checks that the offsets of words read with a text point
// at their forms in the text.
func TestReadOffsets(t *testing.T) {
	for _, s := range readTreebank(t, "testdata/invented.conllu") {
		for _, w := range s.Words {
			if w.Start < 0 || w.End > len(s.Text) || s.Text[w.Start:w.End] != w.Form {
				t.Errorf("%s: word %q at %d:%d of %q", s.ID, w.Form, w.Start, w.End, s.Text)
			}
		}
	}
}

// TestReaderNext reads sentence by sentence, then io.EOF for good.
func TestReaderNext(t *testing.T) {
	r := NewReader(strings.NewReader(sample), "sample.conllu")
	var ids []string
	for {
		s, err := r.Next()
		if err != nil {
			if !errors.Is(err, io.EOF) {
				t.Fatalf("Next: %v", err)
			}
			break
		}
		ids = append(ids, s.ID)
	}
	if got, want := strings.Join(ids, " "), "s1 s2 s3 s4"; got != want {
		t.Errorf("sentences %q, want %q", got, want)
	}
	if _, err := r.Next(); !errors.Is(err, io.EOF) {
		t.Errorf("Next after the end = %v, want EOF", err)
	}
}

// TestReadLayout reads files laid out in the ways CoNLL-U allows or that
// are common: what is read is the same.
func TestReadLayout(t *testing.T) {
	word := "1\tPeace\tpeace\tNOUN\tNN\t_\t0\troot\t_\t_"
	for _, c := range []struct {
		name, in string
		ids      []string
		texts    []string
	}{
		{"one sentence", "# sent_id = a\n" + word + "\n\n", []string{"a"}, []string{""}},
		{"no final blank line", "# sent_id = a\n" + word + "\n", []string{"a"}, []string{""}},
		{"no final newline", "# sent_id = a\n" + word, []string{"a"}, []string{""}},
		{"CRLF", "# sent_id = a\r\n# text = Peace\r\n" + word + "\r\n\r\n", []string{"a"}, []string{"Peace"}},
		{"blank lines around", "\n\n# sent_id = a\n" + word + "\n\n\n  \n# sent_id = b\n" + word + "\n\n\n", []string{"a", "b"}, []string{"", ""}},
		{"a line of spaces ends a sentence", "# sent_id = a\n" + word + "\n \t \n" + word + "\n", []string{"a", ""}, []string{"", ""}},
		{"comment keys without spaces", "#sent_id=a\n#text=Peace\n" + word + "\n", []string{"a"}, []string{"Peace"}},
		{"other comments", "# newdoc id = x\n# newpar\n# sent_id = a\n# note: = b\n" + word + "\n", []string{"a"}, []string{""}},
		{"text with =", "# text = a=b\n" + word + "\n", []string{""}, []string{"a=b"}},
		{"later comment wins", "# text = one\n# text = two\n" + word + "\n", []string{""}, []string{"two"}},
		{"empty file", "", nil, nil},
		{"only blank lines", "\n\n \n", nil, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := ReadAll(strings.NewReader(c.in), "test.conllu")
			if err != nil {
				t.Fatalf("ReadAll: %v", err)
			}
			var ids, texts []string
			for _, s := range got {
				ids = append(ids, s.ID)
				texts = append(texts, s.Text)
				if len(s.Words) != 1 || s.Words[0].Form != "Peace" {
					t.Errorf("words %+v, want Peace", s.Words)
				}
			}
			if !reflect.DeepEqual(ids, c.ids) || !reflect.DeepEqual(texts, c.texts) {
				t.Errorf("ids %q texts %q, want %q %q", ids, texts, c.ids, c.texts)
			}
		})
	}
}

// readErrors are malformed files: each gives a *ParseError at line, whose
// message holds msg.
var readErrors = []struct {
	name, in string
	line     int
	msg      string
}{
	{"nine fields", conllu("1 a a NOUN NN _ 0 root _"), 1, "9 fields, want 10"},
	{"eleven fields", conllu("1 a a NOUN NN _ 0 root _ _ _"), 1, "11 fields, want 10"},
	{"no tab", "Peace be with you", 1, "1 fields, want 10"},
	{"spaces for tabs", "1 a a NOUN NN _ 0 root _ _", 1, "1 fields, want 10"},
	{"word id skips", conllu("1 a a NOUN NN _ 0 root _ _\n3 b b NOUN NN _ 1 dep _ _"), 2, `word id "3", want 2`},
	{"word id repeats", conllu("1 a a NOUN NN _ 0 root _ _\n1 b b NOUN NN _ 1 dep _ _"), 2, `word id "1", want 2`},
	{"word id not a number", conllu("one a a NOUN NN _ 0 root _ _"), 1, `word id "one", want 1`},
	{"word id zero", conllu("0 a a NOUN NN _ 0 root _ _"), 1, `word id "0", want 1`},
	{"second sentence starts at 2", conllu("1 a a NOUN NN _ 0 root _ _\n\n2 b b NOUN NN _ 0 root _ _"), 3, `word id "2", want 1`},
	{"unknown UPOS", conllu("1 a a NOUNY NN _ 0 root _ _"), 1, `unknown UPOS "NOUNY"`},
	{"lower-case UPOS", conllu("1 a a noun NN _ 0 root _ _"), 1, `unknown UPOS "noun"`},
	{"unknown XPOS", conllu("1 a a NOUN NNX _ 0 root _ _"), 1, `unknown XPOS "NNX"`},
	{"unknown relation", conllu("1 a a NOUN NN _ 0 nsubj:foo _ _"), 1, `unknown relation "nsubj:foo"`},
	{"upper-case relation", conllu("1 a a NOUN NN _ 0 ROOT _ _"), 1, `unknown relation "ROOT"`},
	{"head not a number", conllu("1 a a NOUN NN _ _ root _ _"), 1, `bad head "_"`},
	{"negative head", conllu("1 a a NOUN NN _ -1 root _ _"), 1, `bad head "-1"`},
	{"head out of range", conllu("1 a a NOUN NN _ 0 root _ _\n2 b b NOUN NN _ 3 dep _ _"), 2, "word 2: head 3"},
	{"head out of range in a later sentence", conllu("1 a a NOUN NN _ 0 root _ _\n\n1 a a NOUN NN _ 0 root _ _\n2 b b NOUN NN _ 7 dep _ _"), 4, "word 2: head 7"},
	{"self head", conllu("1 a a NOUN NN _ 0 root _ _\n2 b b NOUN NN _ 2 dep _ _"), 2, "word 2: head 2"},
	{"head cycle", conllu("1 a a NOUN NN _ 0 root _ _\n2 b b NOUN NN _ 3 dep _ _\n3 c c NOUN NN _ 2 dep _ _"), 2, "in a cycle of heads"},
	{"head cycle without root", conllu("1 a a NOUN NN _ 2 dep _ _\n2 b b NOUN NN _ 1 dep _ _"), 1, "in a cycle of heads"},
	{"head cycle in a later sentence", conllu("1 a a NOUN NN _ 0 root _ _\n\n# sent_id = 2\n1 a a NOUN NN _ 0 root _ _\n2 b b NOUN NN _ 3 dep _ _\n3 c c NOUN NN _ 2 dep _ _"), 5, "in a cycle of heads"},
	{"sentence without words", "# sent_id = a\n# text = nothing\n", 1, "sentence without words"},
	{"sentence without words later", conllu("1 a a NOUN NN _ 0 root _ _\n\n# sent_id = b\n\n"), 3, "sentence without words"},
	{"only a multiword line", conllu("1-2 ab _ _ _ _ _ _ _ _"), 1, "sentence without words"},
	{"empty form", "1\t\ta\tNOUN\tNN\t_\t0\troot\t_\t_", 1, "empty form"},
	{"multiword range reversed", conllu("2-1 ab _ _ _ _ _ _ _ _"), 1, `bad multiword range "2-1"`},
	{"multiword range not numbers", conllu("1-b ab _ _ _ _ _ _ _ _"), 1, `bad multiword range "1-b"`},
	{"multiword range open", conllu("1- ab _ _ _ _ _ _ _ _"), 1, `bad multiword range "1-"`},
	{"multiword range after its first word", conllu("1 a a NOUN NN _ 0 root _ _\n1-2 ab _ _ _ _ _ _ _ _"), 2, `bad multiword range "1-2"`},
	{"multiword range ahead", conllu("1 a a NOUN NN _ 0 root _ _\n3-4 ab _ _ _ _ _ _ _ _"), 2, `bad multiword range "3-4"`},
	{"multiword range too long", conllu("1-18 ab _ _ _ _ _ _ _ _"), 1, `bad multiword range "1-18"`},
	{"multiword beyond the last word", conllu("1-3 abc _ _ _ _ _ _ _ _\n1 a a NOUN NN _ 0 root _ _\n2 b b NOUN NN _ 1 dep _ _"), 1, "multiword 1-3 beyond the last word"},
	{"line too long", conllu("1 a a NOUN NN _ 0 root _ _\n") + strings.Repeat("x", MaxLineBytes+1) + "\n", 2, fmt.Sprintf("line longer than %d bytes", MaxLineBytes)},
	{"sentence too long", tooManyWords(), MaxWords + 1, fmt.Sprintf("sentence longer than %d words", MaxWords)},
}

// tooManyWords is a sentence of MaxWords+1 words.
func tooManyWords() string {
	var b strings.Builder
	for i := range MaxWords + 1 {
		fmt.Fprintf(&b, "%d\tw\tw\tNOUN\tNN\t_\t%d\tdep\t_\t_\n", i+1, i)
	}
	return b.String()
}

func TestReadErrors(t *testing.T) {
	for _, c := range readErrors {
		t.Run(c.name, func(t *testing.T) {
			_, err := ReadAll(strings.NewReader(c.in), "test.conllu")
			if err == nil {
				t.Fatal("ReadAll succeeded, want an error")
			}
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v (%T) is not a *ParseError", err, err)
			}
			if !errors.Is(err, ErrSyntax) {
				t.Errorf("error %v does not wrap ErrSyntax", err)
			}
			if pe.File != "test.conllu" || pe.Line != c.line {
				t.Errorf("error at %s:%d, want test.conllu:%d (%v)", pe.File, pe.Line, c.line, err)
			}
			if prefix := fmt.Sprintf("test.conllu:%d: ", c.line); !strings.HasPrefix(err.Error(), prefix) {
				t.Errorf("error %q does not start with %q", err, prefix)
			}
			if !strings.Contains(err.Error(), c.msg) {
				t.Errorf("error %q does not say %q", err, c.msg)
			}
		})
	}
}

// TestReadLimits reads what is just within the reader's limits.
func TestReadLimits(t *testing.T) {
	long := strings.Repeat("x", MaxLineBytes-100)
	in := "# text = " + long + "\n" + "1\t" + long[:MaxLineBytes-200] + "\t_\tNOUN\tNN\t_\t0\troot\t_\t_\n"
	if _, err := ReadAll(strings.NewReader(in), "long.conllu"); err != nil {
		t.Errorf("lines of nearly MaxLineBytes: %v", err)
	}
	words := tooManyWords()
	words = words[:strings.LastIndex(strings.TrimSuffix(words, "\n"), "\n")+1] // MaxWords words
	got, err := ReadAll(strings.NewReader(words), "many.conllu")
	if err != nil || len(got) != 1 || len(got[0].Words) != MaxWords {
		t.Errorf("a sentence of MaxWords words: %v", err)
	}
}

// TestReadErrorKeepsSentences checks that ReadAll returns the sentences
// read before an error.
func TestReadErrorKeepsSentences(t *testing.T) {
	in := sample + "\n" + conllu("1 a a NOUNY NN _ 0 root _ _\n")
	got, err := ReadAll(strings.NewReader(in), "test.conllu")
	if err == nil {
		t.Fatal("ReadAll succeeded, want an error")
	}
	if len(got) != len(sampleWant) {
		t.Errorf("ReadAll returned %d sentences with its error, want %d", len(got), len(sampleWant))
	}
}

// TestReadErrorLineAfterComments: a head error gives the line of its word,
// after comments and multiword or empty-node lines.
func TestReadErrorLineAfterComments(t *testing.T) {
	in := conllu("# sent_id = a\n# text = a b\n1 a a NOUN NN _ 0 root _ _\n2 b b NOUN NN _ 9 dep _ _")
	_, err := ReadAll(strings.NewReader(in), "test.conllu")
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Line != 4 {
		t.Errorf("error %v, want one at line 4 (the line of word 2)", err)
	}
}

func TestWrite(t *testing.T) {
	for _, c := range []struct {
		name string
		s    Sentence
		want string
	}{
		{
			name: "parsed sentence",
			s: Sentence{ID: "p1", Text: "Talks resumed.", Words: []Word{
				{Form: "Talks", Lemma: "talk", UPOS: NOUN, XPOS: XNNS, Head: 1, Rel: Nsubj, SpaceAfter: true, Token: 0},
				{Form: "resumed", Lemma: "resume", UPOS: VERB, XPOS: XVBD, Head: -1, Rel: Root, Token: 1},
				{Form: ".", Lemma: ".", UPOS: PUNCT, XPOS: XPeriod, Head: 1, Rel: Punct, Token: 2, SpaceAfter: true},
			}},
			want: conllu(`
# sent_id = p1
# text = Talks resumed.
1  Talks    talk    NOUN   NNS  _  2  nsubj  _  _
2  resumed  resume  VERB   VBD  _  0  root   _  SpaceAfter=No
3  .        .       PUNCT  .    _  2  punct  _  _

`),
		},
		{
			name: "multiword, features and MISC",
			s: Sentence{Multiword: []Multiword{{0, 1, "don't"}}, Words: []Word{
				{Form: "do", Lemma: "do", UPOS: AUX, XPOS: XVBP, Feats: "Mood=Ind", Head: 2, Rel: Aux},
				{Form: "n't", Lemma: "not", UPOS: PART, XPOS: XRB, Head: 2, Rel: Advmod, SpaceAfter: true, Misc: "Neg=Yes"},
				{Form: "go", Lemma: "go", UPOS: VERB, XPOS: XVB, Head: -1, Rel: Root, Misc: "A=1|B=2"},
			}},
			want: conllu(`
1-2  don't  _    _     _    _         _  _       _  _
1    do     do   AUX   VBP  Mood=Ind  3  aux     _  _
2    n't    not  PART  RB   _         3  advmod  _  Neg=Yes
3    go     go   VERB  VB   _         0  root    _  SpaceAfter=No|A=1|B=2

`),
		},
		{
			name: "fields made safe",
			s: Sentence{ID: "a\nb", Text: "one\ttwo  three\n", Words: []Word{
				{Form: "a\tb", Head: -1, Rel: Root, SpaceAfter: false, Misc: "X=1\n"},
				{Form: "", Lemma: "x\ry", Head: 0, Rel: Dep, SpaceAfter: true},
			}},
			want: "# sent_id = a b\n# text = one two  three \n" +
				"1\ta b\t_\t_\t_\t_\t0\troot\t_\tSpaceAfter=No|X=1 \n" +
				"2\t_\tx y\t_\t_\t_\t1\tdep\t_\t_\n\n",
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := conlluString(t, &c.s); got != c.want {
				t.Errorf("Write:\n%s\nwant:\n%s", got, c.want)
			}
		})
	}
}

// TestWriteRoundTrip reads files, writes them and reads them again: the
// same sentences (but for their lines, as comments other than sent_id and
// text are not written).
func TestWriteRoundTrip(t *testing.T) {
	files := map[string]string{"sample": sample}
	for _, name := range []string{"testdata/invented.conllu"} {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		files[name] = string(data)
	}
	for name, data := range files {
		first, err := ReadAll(strings.NewReader(data), name)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var buf bytes.Buffer
		for i := range first {
			if err := Write(&buf, &first[i]); err != nil {
				t.Fatal(err)
			}
		}
		if name == "testdata/invented.conllu" && buf.String() != data {
			t.Errorf("%s written again differs from the file:\n%s", name, lineDiff(data, buf.String()))
		}
		again, err := ReadAll(&buf, name+" again")
		if err != nil {
			t.Fatalf("%s written and read again: %v", name, err)
		}
		if len(again) != len(first) {
			t.Fatalf("%s: %d sentences, %d after writing", name, len(first), len(again))
		}
		for i := range first {
			first[i].Line, again[i].Line = 0, 0
			if d := sentenceDiff(&first[i], &again[i]); d != "" {
				t.Errorf("%s sentence %d after writing (-read +written):\n%s", name, i+1, d)
			}
		}
	}
}

// TestWriteRoundTripEdges: what the reader reads, Write gives back; what it
// cannot write back as read, the reader turns down.
func TestWriteRoundTripEdges(t *testing.T) {
	for _, c := range []struct {
		name, in string
		reject   bool
	}{
		{"SpaceAfter=No on the last word", conllu("1 a a NOUN NN _ 0 root _ SpaceAfter=No"), false},
		{"text with two spaces", conllu("# text = a  b\n1 a a NOUN NN _ 0 root _ _\n2 b b NOUN NN _ 1 dep _ _"), false},
		{"text with a no-break space", conllu("# text = 10\u00a0km\n1 10 10 NUM CD _ 2 nummod _ _\n2 km km NOUN NN _ 0 root _ _"), false},
		{"SpaceAfter=No on a multiword line", conllu("# text = didn't.\n1-2 didn't _ _ _ _ _ _ _ SpaceAfter=No\n1 did do AUX VBD _ 0 root _ _\n2 n't not PART RB _ 1 advmod _ _\n3 . . PUNCT . _ 1 punct _ _"), false},
		{"empty lemma and features", "1\ta\t\tNOUN\tNN\t\t0\troot\t_\t_", true},
		{"empty multiword form", "1-2\t\t_\t_\t_\t_\t_\t_\t_\t_\n" + conllu("1 a a NOUN NN _ 0 root _ _\n2 b b NOUN NN _ 1 dep _ _"), true},
		{"carriage return inside a field", "1\ta\ra\ta\tNOUN\tNN\t_\t0\troot\t_\t_", true},
		{"two multiwords from one word", conllu("1-2 ab _ _ _ _ _ _ _ _\n1-3 abc _ _ _ _ _ _ _ _\n1 a a NOUN NN _ 0 root _ _\n2 b b NOUN NN _ 1 dep _ _\n3 c c NOUN NN _ 1 dep _ _"), true},
	} {
		t.Run(c.name, func(t *testing.T) {
			first, err := ReadAll(strings.NewReader(c.in), "test.conllu")
			if c.reject {
				if !errors.Is(err, ErrSyntax) {
					t.Fatalf("ReadAll = %v, want an error wrapping ErrSyntax", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("ReadAll: %v", err)
			}
			var buf bytes.Buffer
			for i := range first {
				Write(&buf, &first[i])
			}
			again, err := ReadAll(&buf, "again")
			if err != nil {
				t.Fatalf("read again: %v", err)
			}
			d := ""
			for i := range first {
				first[i].Line, again[i].Line = 0, 0
				d += sentenceDiff(&first[i], &again[i])
			}
			if d != "" {
				t.Errorf("after writing (-read +written):\n%s", d)
			}
		})
	}
}

// FuzzReader reads anything without panicking; every error is a
// *ParseError wrapping ErrSyntax; what it reads, Write then ReadAll read
// back the same.
func FuzzReader(f *testing.F) {
	f.Add([]byte(sample))
	for _, c := range readErrors {
		if len(c.in) < 10000 {
			f.Add([]byte(c.in))
		}
	}
	if data, err := os.ReadFile("testdata/invented.conllu"); err == nil {
		f.Add(data[:bytes.Index(data, []byte("\n\n"))+2])
		f.Add(data)
	}
	archives, _ := filepath.Glob("testdata/golden/*.txtar")
	for _, name := range archives {
		a, err := txtar.ParseFile(name)
		if err != nil {
			f.Fatal(err)
		}
		for _, file := range a.Files {
			if file.Name == "conllu" {
				f.Add(file.Data)
			}
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		first, err := ReadAll(bytes.NewReader(data), "fuzz.conllu")
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || !errors.Is(err, ErrSyntax) {
				t.Fatalf("error %v (%T) is not a *ParseError wrapping ErrSyntax", err, err)
			}
			if pe.Line < 1 || pe.Line > bytes.Count(data, []byte("\n"))+1 {
				t.Fatalf("error at line %d of a file of %d newlines: %v", pe.Line, bytes.Count(data, []byte("\n")), err)
			}
		}
		var buf bytes.Buffer
		for i := range first {
			if err := Write(&buf, &first[i]); err != nil {
				t.Fatal(err)
			}
		}
		again, err := ReadAll(&buf, "again.conllu")
		if err != nil {
			t.Fatalf("reading what Write wrote: %v\n%s", err, buf.Bytes())
		}
		if len(again) != len(first) {
			t.Fatalf("%d sentences read, %d after writing:\n%s", len(first), len(again), buf.Bytes())
		}
		for i := range first {
			first[i].Line, again[i].Line = 0, 0
			if d := sentenceDiff(&first[i], &again[i]); d != "" {
				t.Fatalf("sentence %d after writing (-read +written):\n%s", i+1, d)
			}
		}
	})
}

// sentenceDiff describes how got differs from want, or is "".
func sentenceDiff(want, got *Sentence) string {
	var b strings.Builder
	if want.ID != got.ID || want.Text != got.Text || want.Line != got.Line {
		fmt.Fprintf(&b, "-id %q text %q line %d\n+id %q text %q line %d\n", want.ID, want.Text, want.Line, got.ID, got.Text, got.Line)
	}
	if !reflect.DeepEqual(want.Multiword, got.Multiword) && (len(want.Multiword) > 0 || len(got.Multiword) > 0) {
		fmt.Fprintf(&b, "-multiwords %v\n+multiwords %v\n", want.Multiword, got.Multiword)
	}
	for i := range max(len(want.Words), len(got.Words)) {
		var w, g string
		if i < len(want.Words) {
			w = wordString(want.Words[i])
		}
		if i < len(got.Words) {
			g = wordString(got.Words[i])
		}
		if w != g {
			fmt.Fprintf(&b, "-%d %s\n+%d %s\n", i+1, w, i+1, g)
		}
	}
	return b.String()
}

func wordString(w Word) string {
	return fmt.Sprintf("%q lemma %q %v %v feats %q head %d %v misc %q at %d:%d token %d space %v",
		w.Form, w.Lemma, w.UPOS, w.XPOS, w.Feats, w.Head, w.Rel, w.Misc, w.Start, w.End, w.Token, w.SpaceAfter)
}

// lineDiff shows the first lines where two texts differ.
func lineDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	n := 0
	for i := range max(len(wl), len(gl)) {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			fmt.Fprintf(&b, "line %d:\n-%s\n+%s\n", i+1, w, g)
			if n++; n == 5 {
				break
			}
		}
	}
	return b.String()
}
