package segment

import (
	"strings"
	"unicode"
)

// ParagraphSentences returns the sentences of paragraph p of text as
// extraction reads them (longer than MaxSentenceBytes cut), with offsets in
// text.
func ParagraphSentences(text string, p Span) []Span {
	sents := CapSentences(text[p.Start:p.End], Sentences(text[p.Start:p.End]))
	for k := range sents {
		sents[k].Start += p.Start
		sents[k].End += p.Start
	}
	return sents
}

// TitleSpan is the span of a title without the white space around it and
// without the wire slugs that open it ("UPDATE 2-", "EXCLUSIVE-": a
// news agency's label of the story's kind).
func TitleSpan(title string) Span {
	start := len(title) - len(strings.TrimLeftFunc(title, unicode.IsSpace))
	start = wireSlugEnd(title, start)
	return Span{start, max(start, len(strings.TrimRightFunc(title, unicode.IsSpace)))}
}

// Paragraphs splits text at blank lines.
func Paragraphs(text string) []Span {
	var out []Span
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == '\n' && blankAfter(text, i) {
			s, e := start, i
			for s < e && IsSpaceByte(text[s]) {
				s++
			}
			for e > s && IsSpaceByte(text[e-1]) {
				e--
			}
			if e > s {
				out = append(out, Span{s, e})
			}
			for i < len(text) && IsSpaceByte(text[i]) {
				i++
			}
			start = i
		}
	}
	return out
}

func blankAfter(text string, i int) bool {
	for j := i + 1; j < len(text); j++ {
		switch text[j] {
		case '\n':
			return true
		case ' ', '\t', '\r':
			continue
		}
		return false
	}
	return true
}
