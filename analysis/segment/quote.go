package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Quote is a quotation in the text: the quote marks at Open and Close (byte
// offsets) and the content between them.
type Quote struct {
	Open, Close int // offset of the opening mark and of the closing mark (end of paragraph when unclosed)
	Start, End  int // the content
	Words       int // the words of the content
}

// Quotes finds the quotations of a paragraph. An unclosed quotation runs
// to the end of the paragraph (news style for quotes over paragraphs).
func Quotes(text string, p Span) []Quote {
	var out []Quote
	open := -1
	var openMark rune
	inner := false // a quote of the other double mark opened inside this one
	for i := p.Start; i < p.End; {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == '\'' && i+1 < p.End && text[i+1] == '\'' {
			// Two apostrophes stand for a double quote in some wire copy.
			r, size = '"', 2
		}
		switch {
		case open < 0 && (r == '“' || r == '«' || r == '„' || r == '"'):
			open, openMark, inner = i, r, false
		case open >= 0 && (openMark == '"' && r == '“' || openMark == '“' && r == '"' && opening(text, i, size, p)):
			inner = true // "He called it “absurd” twice"
		case open >= 0 && inner && (openMark == '"' && r == '”' || openMark == '“' && r == '"'):
			inner = false
		case open >= 0 && (openMark == '"' && r == '”' || openMark == '“' && r == '"' && closing(text, i, size, p)):
			// Mixed marks, as copy pasted together from two systems
			// leaves them: “... out of date," the group wrote.
			out = append(out, mkQuote(text, open, openMark, i))
			open = -1
		case open < 0 && (r == '‘' || r == '\'') && (i == p.Start || unicode.IsSpace(lastRune(text[:i])) || lastRune(text[:i]) == '(') && i+size < p.End && isWordRune(firstRune(text[i+size:])):
			open, openMark = i, r
		case open >= 0 && (openMark == '"' && r == '"' || openMark != '"' && openMark != '‘' && (r == '”' || r == '»' || r == '“' && openMark == '„')):
			out = append(out, mkQuote(text, open, openMark, i))
			open = -1
		case open >= 0 && (openMark == '‘' && r == '’' || openMark == '\'' && r == '\'') && i > open+1 && !unicode.IsSpace(lastRune(text[:i])) && (i+size >= p.End || !isWordRune(firstRune(text[i+size:]))):
			out = append(out, mkQuote(text, open, openMark, i))
			open = -1
		}
		i += size
	}
	if open >= 0 && openMark != '‘' && openMark != '\'' {
		out = append(out, mkQuote(text, open, openMark, p.End))
	}
	return out
}

func mkQuote(text string, open int, mark rune, close int) Quote {
	n := utf8.RuneLen(mark)
	if strings.HasPrefix(text[open:], "''") {
		n = 2
	}
	q := Quote{Open: open, Close: close, Start: open + n, End: close}
	for q.Start < q.End && text[q.Start] == ' ' {
		q.Start++
	}
	for q.End > q.Start && IsSpaceByte(text[q.End-1]) {
		q.End--
	}
	for _, t := range Tokenize(text[q.Start:q.End]) {
		if t.Word {
			q.Words++
		}
	}
	return q
}

// opening reports whether the straight double quote at text[i:i+size]
// stands where a quotation opens: at the paragraph's start or after a space
// or an opening bracket, before a word.
func opening(text string, i, size int, p Span) bool {
	before := i == p.Start || unicode.IsSpace(lastRune(text[:i])) || lastRune(text[:i]) == '('
	return before && i+size < p.End && !unicode.IsSpace(firstRune(text[i+size:]))
}

// closing reports whether the straight double quote at text[i:i+size]
// stands where a quotation closes: after a word or punctuation, before a
// space, punctuation or the paragraph's end.
func closing(text string, i, size int, p Span) bool {
	return i > p.Start && !unicode.IsSpace(lastRune(text[:i])) && (i+size >= p.End || !isWordRune(firstRune(text[i+size:])))
}

func firstRune(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }
func lastRune(s string) rune  { r, _ := utf8.DecodeLastRuneInString(s); return r }
