package analysis

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stance-project/stance/analysis/corpus"
)

// FuzzAnalyze: no text makes a stage panic, and every statement's offsets
// lie within its field and give its text.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"“We condemn the Kenyan raids,” Somali President Abdi Warsame said.",
		"Chile said it would not support Peru, while Bolivia said it had doubts.",
		"Related News:\n\nEgypt: Sudan's dam plan unacceptable",
		"Sen. Maria Lopez, D-Ore., a candidate, said that Peru must be punished.",
		"Petro has since called Lula, whom he has praised, accusing them of it, saying \"no\".",
		"Putin has been praised by Trump. Germany came under criticism from Trump advisers.",
		"\"unclosed quote, said X", "'", "”, said", ", saying", "to condemn", "were quick to condemn Iran",
		"Peru, Chile pledge deeper cooperation", "Sweden cuts diplomatic relations with Belarus", "raid unacceptable: FM",
		"Envoys of Ghana, Togo meet", "officials meet", "Bolivian, Paraguayan ministers discuss river transit",
	} {
		f.Add(s, "")
		f.Add(s, "FRA")
	}
	a := newActorAnalyzer(f)
	f.Fuzz(func(t *testing.T, text, speaker string) {
		if !utf8.ValidString(text) {
			return
		}
		doc := corpus.Document{ID: "f", Text: text, Title: text, SpeakerCountry: speaker}
		r := a.Analyze(doc)
		checkResult(t, doc, r)
	})
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
		paras := paragraphs(text)
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
			if isSpaceByte(para[0]) || isSpaceByte(para[len(para)-1]) {
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
			for start < len(text) && isSpaceByte(text[start]) {
				start++
			}
			if limit := start + 1 + int(cut)%max(1, len(text)-start-1); start < len(text)-1 && limit < len(text) {
				end, next := cutPoint(text, start, limit)
				if end <= start || end > limit || next < end || next > len(text) || strings.TrimFunc(text[end:next], unicode.IsSpace) != "" ||
					isSpaceByte(text[end-1]) || next < len(text) && unicode.IsSpace(firstRune(text[next:])) {
					t.Errorf("cutPoint(%q, %d, %d) = %d, %d", text, start, limit, end, next)
				}
			}
		}
		if title := capTitle(text); !strings.HasPrefix(text, title) || len(title) > maxSentenceBytes {
			t.Errorf("capTitle gave %d bytes, not a prefix of at most %d", len(title), maxSentenceBytes)
		}
	})
}

// checkSentences checks the sentences of one paragraph, and their cuts.
func checkSentences(t *testing.T, para string) {
	t.Helper()
	sents := sentences(para)
	for _, ss := range [][]span{sents, capSentences(para, sents)} {
		end := 0
		for k, s := range ss {
			if s.Start < end || s.End <= s.Start || s.End > len(para) {
				t.Fatalf("sentence %d at %d-%d after one ending at %d, in a paragraph of %d bytes", k, s.Start, s.End, end, len(para))
			}
			if gap := para[end:s.Start]; strings.TrimFunc(gap, unicode.IsSpace) != "" {
				t.Errorf("sentence %d is apart from the one before by %q, not white space", k, gap)
			}
			if sent := para[s.Start:s.End]; isSpaceByte(sent[len(sent)-1]) || unicode.IsSpace(firstRune(sent)) {
				t.Errorf("sentence %d %q is not trimmed", k, sent)
			}
			end = s.End
		}
		if rest := para[end:]; strings.TrimFunc(rest, unicode.IsSpace) != "" {
			t.Errorf("the paragraph after its last sentence, %q, is not white space", rest)
		}
	}
	for k, s := range capSentences(para, sents) {
		if s.End-s.Start > maxSentenceBytes {
			t.Errorf("cut sentence %d has %d bytes, more than %d", k, s.End-s.Start, maxSentenceBytes)
		}
	}
}

// FuzzQuotesIn checks the quotations found in each paragraph: in order,
// apart, within the paragraph, opened and closed by quote marks (or run to
// the end of the paragraph), with trimmed content whose words are counted.
func FuzzQuotesIn(f *testing.F) {
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
		for _, p := range append(paragraphs(text), span{0, len(text)}) {
			qs := quotesIn(text, p)
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
				if c := text[q.Start:q.End]; c != "" && (c[0] == ' ' || isSpaceByte(c[len(c)-1])) {
					t.Errorf("quote %d content %q is not trimmed", k, c)
				}
				words := 0
				for _, tok := range tokenize(text[q.Start:q.End]) {
					if tok.Word {
						words++
					}
				}
				if q.words != words || q.used {
					t.Errorf("quote %d has words %d, used %v, want %d, false", k, q.words, q.used, words)
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
