package segment

import (
	"fmt"
	"strings"
	"testing"
	"unicode"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want string // tokens joined by "|"; possessives marked with "+"
	}{
		{"Iran’s support", "Iran's+|support"},
		{"the U.S. and U.K.", "the|U.S.|and|U.K."},
		{"Al-Moallem: US", "Al-Moallem|:|US"},
		{"the allies’ view", "the|allies+|'|view"},
		{"“No,” he said.", "“|No|,|”|he|said|."},
		{"U.S.-China talks, U.N.-backed", "U.S.-China|talks|,|U.N.-backed"},
		{"the U.S. - a rival", "the|U.S.|-|a|rival"},
		{"the U.S.-", "the|U.S.|-"},
	}
	for _, tt := range tests {
		var parts []string
		for _, tok := range Tokenize(tt.in) {
			s := tok.Text
			if tok.Poss {
				s += "+"
			}
			parts = append(parts, s)
		}
		if got := strings.Join(parts, "|"); got != tt.want {
			t.Errorf("Tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestQuotes(t *testing.T) {
	tests := []struct {
		in   string
		want []string // the contents of the quotations
	}{
		{`“We agree,” she said.`, []string{"We agree,"}},
		{`"We agree," she said.`, []string{"We agree,"}},
		// Mixed marks close each other.
		{`“The plan is late," the board wrote. "It needs work.”`, []string{"The plan is late,", "It needs work."}},
		{`"The plan is late,” the union said.`, []string{"The plan is late,"}},
		// A quote of the other mark inside one stays inside it.
		{`“He called it "absurd" twice,” she said.`, []string{`He called it "absurd" twice,`}},
		{`"He called it “absurd” twice," she said.`, []string{`He called it “absurd” twice,`}},
		{`“Unclosed to the end`, []string{"Unclosed to the end"}},
	}
	for _, tt := range tests {
		var got []string
		for _, q := range Quotes(tt.in, Span{0, len(tt.in)}) {
			got = append(got, tt.in[q.Start:q.End])
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("Quotes(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Mr. Smith met the U.S. envoy. He left.", []string{"Mr. Smith met the U.S. envoy.", "He left."}},
		{"Related News:\n\nHeadline without a period\n\nBody text here.", []string{"Related News:", "Headline without a period", "Body text here."}},
		{"“We agree,” she said. Then she left.", []string{"“We agree,” she said.", "Then she left."}},
		{"John F. Kennedy spoke on Jan. 5 in Paris.", []string{"John F. Kennedy spoke on Jan. 5 in Paris."}},
		{"Is it over? No!", []string{"Is it over?", "No!"}},
		// An attribution after a quoted question or exclamation stays in
		// its sentence; a long sentence after one does not, nor one after
		// a bracket.
		{"“Why now?” Ana Ruiz asked. “We waited.”", []string{"“Why now?” Ana Ruiz asked.", "“We waited.”"}},
		{"“Never!” Garcia, the head of the group, said on Friday.", []string{"“Never!” Garcia, the head of the group, said on Friday."}},
		{"''Why now?'' Mr. Ruiz asked.", []string{"''Why now?'' Mr. Ruiz asked."}},
		{"“Is it over?” The long vote that followed the debate in the assembly showed that it was not.",
			[]string{"“Is it over?”", "The long vote that followed the debate in the assembly showed that it was not."}},
		{"(Is it over?) Ruiz asked.", []string{"(Is it over?)", "Ruiz asked."}},
		{"“Why now?” Ruiz asked? No.", []string{"“Why now?”", "Ruiz asked?", "No."}},
		{"", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range Sentences(tt.in) {
			got = append(got, tt.in[s.Start:s.End])
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("Sentences(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestCapSentences checks the cuts of sentences too long to read as one.
func TestCapSentences(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("word ", MaxSentenceBytes/5+10) // no white space left at a cut
	tests := []struct {
		name string
		text string
	}{
		{"words", long + "end."},
		{"one long word", strings.Repeat("é", MaxSentenceBytes) + "x"},
		{"long word after a space", "a " + strings.Repeat("b", MaxSentenceBytes+10)},
		{"spaces at the cut", strings.Repeat("a", MaxSentenceBytes-3) + strings.Repeat(" ", 10) + "tail"},
		{"short", "Short sentence."},
	}
	for _, tt := range tests {
		got := CapSentences(tt.text, []Span{{0, len(tt.text)}})
		rest := tt.text
		for k, s := range got {
			piece := tt.text[s.Start:s.End]
			if s.End-s.Start > MaxSentenceBytes || piece == "" || strings.TrimSpace(piece) != piece {
				t.Errorf("%s: piece %d is %d bytes, %.20q…, want 1 to %d bytes, trimmed", tt.name, k, len(piece), piece, MaxSentenceBytes)
			}
			if k > 0 && s.Start < got[k-1].End {
				t.Errorf("%s: piece %d starts at %d, before the end of the previous one at %d", tt.name, k, s.Start, got[k-1].End)
			}
			rest = strings.TrimLeft(rest, " ")
			if !strings.HasPrefix(rest, piece) {
				t.Fatalf("%s: piece %d does not follow the previous one", tt.name, k)
			}
			rest = rest[len(piece):]
		}
		if strings.TrimSpace(rest) != "" {
			t.Errorf("%s: the pieces leave out %.20q…", tt.name, rest)
		}
	}
	// A title is cut the same way.
	if got := CapTitle(long); len(got) > MaxSentenceBytes || !strings.HasPrefix(long, got) || strings.HasSuffix(got, " ") {
		t.Errorf("capTitle gave %d bytes ending %q, want a prefix of at most %d bytes", len(got), got[len(got)-5:], MaxSentenceBytes)
	}
}

// TestCapParagraph checks that a paragraph too long to read as one is cut
// into pieces of whole sentences that together cover it.
func TestCapParagraph(t *testing.T) {
	t.Parallel()
	var sents []Span
	var b strings.Builder
	for b.Len() < 3*MaxParagraphBytes {
		s := "Lavrov said Russia condemned the sanctions. "
		if len(sents)%1000 == 999 {
			s = strings.Repeat("x", MaxSentenceBytes) + ". " // some long ones
		}
		sents = append(sents, Span{b.Len(), b.Len() + len(s) - 1})
		b.WriteString(s)
	}
	p := Span{0, b.Len() - 1}
	pieces := CapParagraph(p, sents)
	if len(pieces) < 3 {
		t.Fatalf("capParagraph gave %d pieces, want at least 3", len(pieces))
	}
	n := 0
	for k, c := range pieces {
		if c.Span.End-c.Span.Start > MaxParagraphBytes && len(c.Sents) > 1 {
			t.Errorf("piece %d is %d bytes with %d sentences, want at most %d bytes", k, c.Span.End-c.Span.Start, len(c.Sents), MaxParagraphBytes)
		}
		if c.Sents[0].Start < c.Span.Start || c.Sents[len(c.Sents)-1].End > c.Span.End {
			t.Errorf("piece %d %v does not hold its sentences", k, c.Span)
		}
		if k > 0 && c.Span.Start <= pieces[k-1].Span.End {
			t.Errorf("piece %d starts at %d, not after the previous one at %d", k, c.Span.Start, pieces[k-1].Span.End)
		}
		n += len(c.Sents)
	}
	if n != len(sents) || pieces[0].Span.Start != p.Start || pieces[len(pieces)-1].Span.End != p.End {
		t.Errorf("pieces hold %d sentences from %d to %d, want %d from %d to %d",
			n, pieces[0].Span.Start, pieces[len(pieces)-1].Span.End, len(sents), p.Start, p.End)
	}
	if got := CapParagraph(Span{0, 10}, sents[:1]); len(got) != 1 || got[0].Span != (Span{0, 10}) {
		t.Errorf("capParagraph of a short paragraph = %v, want it whole", got)
	}
}

// FuzzSentences checks the splitters: paragraphs cover every byte of the
// text that is not white space, in order, trimmed, without a blank line
// inside; the sentences of a paragraph cover every rune of it that is not
// white space, in order, trimmed; and the cuts of an over-long sentence
// give non-empty trimmed pieces within the limit.
func FuzzSentences(f *testing.F) {
	for _, s := range []string{
		"Mr. Smith met the U.S. envoy. He left.",
		"Related News:\n\nHeadline without a period\n \t\nBody text here.",
		"“We agree,” she said. Then she left!\r\n\r\nIs it over? No!",
		"A line wrapped at a fixed width runs on into the next one, as prose that has been wrapped at eighty\ncharacters does.",
		"John F. Kennedy spoke on Jan. 5 in Paris.\u00a0\u2003Next.\n\n\n",
		"\v\f\x00 \xff\xe2\x80. X", "", " ", "\n\n", ".", "a.B", "a. (b", "\"a.\" 'B",
	} {
		f.Add(s, uint16(7))
	}
	f.Fuzz(func(t *testing.T, text string, cut uint16) {
		paras := Paragraphs(text)
		covered := 0 // the end of the previous paragraph
		for k, p := range paras {
			if p.Start < covered || p.End <= p.Start || p.End > len(text) || k > 0 && p.Start == covered {
				t.Fatalf("paragraph %d at %d-%d after one ending at %d, in a text of %d bytes", k, p.Start, p.End, covered, len(text))
			}
			gap := text[covered:p.Start]
			if strings.TrimLeft(gap, " \t\r\n") != "" || k > 0 && strings.Count(gap, "\n") < 2 {
				t.Errorf("paragraph %d is apart from the one before by %q", k, gap)
			}
			para := text[p.Start:p.End]
			if IsSpaceByte(para[0]) || IsSpaceByte(para[len(para)-1]) {
				t.Errorf("paragraph %d %q is not trimmed", k, para)
			}
			for i := range len(para) {
				if para[i] == '\n' && blankAfter(para, i) {
					t.Errorf("paragraph %d %q holds a blank line", k, para)
				}
			}
			checkSentences(t, para)
			covered = p.End
		}
		if strings.TrimLeft(text[covered:], " \t\r\n") != "" {
			t.Errorf("the text after the last paragraph, %q, is not white space", text[covered:])
		}
		// The cut of a long sentence, at a limit between 1 and the length.
		if len(text) > 1 {
			start := 0
			for start < len(text) && IsSpaceByte(text[start]) {
				start++
			}
			if limit := start + 1 + int(cut)%max(1, len(text)-start-1); start < len(text)-1 && limit < len(text) {
				end, next := cutPoint(text, start, limit)
				if end <= start || end > limit || next < end || next > len(text) || strings.TrimFunc(text[end:next], unicode.IsSpace) != "" ||
					IsSpaceByte(text[end-1]) || next < len(text) && unicode.IsSpace(firstRune(text[next:])) {
					t.Errorf("cutPoint(%q, %d, %d) = %d, %d", text, start, limit, end, next)
				}
			}
		}
		if title := CapTitle(text); !strings.HasPrefix(text, title) || len(title) > MaxSentenceBytes {
			t.Errorf("capTitle gave %d bytes, not a prefix of at most %d", len(title), MaxSentenceBytes)
		}
	})
}

// checkSentences checks the sentences of one paragraph, and their cuts.
func checkSentences(t *testing.T, para string) {
	t.Helper()
	sents := Sentences(para)
	for _, ss := range [][]Span{sents, CapSentences(para, sents)} {
		end := 0
		for k, s := range ss {
			if s.Start < end || s.End <= s.Start || s.End > len(para) {
				t.Fatalf("sentence %d at %d-%d after one ending at %d, in a paragraph of %d bytes", k, s.Start, s.End, end, len(para))
			}
			if gap := para[end:s.Start]; strings.TrimFunc(gap, unicode.IsSpace) != "" {
				t.Errorf("sentence %d is apart from the one before by %q, not white space", k, gap)
			}
			if sent := para[s.Start:s.End]; IsSpaceByte(sent[len(sent)-1]) || unicode.IsSpace(firstRune(sent)) {
				t.Errorf("sentence %d %q is not trimmed", k, sent)
			}
			end = s.End
		}
		if rest := para[end:]; strings.TrimFunc(rest, unicode.IsSpace) != "" {
			t.Errorf("the paragraph after its last sentence, %q, is not white space", rest)
		}
	}
	for k, s := range CapSentences(para, sents) {
		if s.End-s.Start > MaxSentenceBytes {
			t.Errorf("cut sentence %d has %d bytes, more than %d", k, s.End-s.Start, MaxSentenceBytes)
		}
	}
}

// FuzzQuotes checks the quotations found in each paragraph: in order,
// apart, within the paragraph, opened and closed by quote marks (or run to
// the end of the paragraph), with trimmed content whose words are counted.
func FuzzQuotes(f *testing.F) {
	for _, s := range []string{
		"“We condemn the raids,” Warsame said. “They must stop.”",
		"He said: «Non» and „ja“ and ''wire copy'' and 'single quotes' and ‘curly ones’.",
		"“Unclosed quote runs to the end of the paragraph\n\n“Another one",
		"\"straight\" \"quotes\" \"", "the allies' view, 'tis ‘ nothing’", "(‘a’) ‘b’c ''", "“  ”", "\"\xff\" “\xe2\x80”",
	} {
		f.Add(s)
	}
	opening := []string{"“", "«", "„", "\"", "‘", "'"}
	closing := []string{"”", "»", "“", "\"", "’", "'"}
	f.Fuzz(func(t *testing.T, text string) {
		for _, p := range append(Paragraphs(text), Span{0, len(text)}) {
			qs := Quotes(text, p)
			prev := p.Start - 1
			for k, q := range qs {
				if q.Open <= prev || q.Open < p.Start || q.Start <= q.Open || q.End < q.Start || q.Close < q.End || q.Close > p.End {
					t.Fatalf("quote %d %+v in paragraph %v, after a quote closing at %d", k, q, p, prev)
				}
				if !hasAnyPrefix(text[q.Open:], opening) {
					t.Errorf("quote %d opens with %q, not a quote mark", k, clipped(text[q.Open:]))
				}
				if q.Close < p.End && !hasAnyPrefix(text[q.Close:], closing) {
					t.Errorf("quote %d closes with %q, not a quote mark", k, clipped(text[q.Close:]))
				}
				if q.Close == p.End && (strings.HasPrefix(text[q.Open:], "‘") || strings.HasPrefix(text[q.Open:], "'") && !strings.HasPrefix(text[q.Open:], "''")) {
					t.Errorf("quote %d in single quotes is left unclosed", k)
				}
				if c := text[q.Start:q.End]; c != "" && (c[0] == ' ' || IsSpaceByte(c[len(c)-1])) {
					t.Errorf("quote %d content %q is not trimmed", k, c)
				}
				words := 0
				for _, tok := range Tokenize(text[q.Start:q.End]) {
					if tok.Word {
						words++
					}
				}
				if q.Words != words {
					t.Errorf("quote %d has words %d, want %d", k, q.Words, words)
				}
				prev = q.Close
			}
		}
	})
}

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func clipped(s string) string { return s[:min(len(s), 8)] }

// TestElidedCap: a name after a French elided article is capitalised as
// the name is; a contraction or a lower-case word after it is not.
func TestElidedCap(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"d'Ivoire", true},
		{"d’Ivoire", true},
		{"l'Est", true},
		{"d'accord", false},
		{"don't", false},
		{"Lome", true},
		{"lome", false},
	}
	for _, tt := range tests {
		toks := Tokenize(tt.word)
		if len(toks) != 1 {
			t.Fatalf("Tokenize(%q) = %d tokens, want 1", tt.word, len(toks))
		}
		if got := toks[0].Cap; got != tt.want {
			t.Errorf("Tokenize(%q)[0].Cap = %v, want %v", tt.word, got, tt.want)
		}
	}
}
