package extract

import (
	"unicode/utf8"

	"github.com/stance-project/stance/analysis/segment"
)

// The text and its tokens come from package segment: extraction reads
// its tokens, spans and quotations under short names.
type (
	token = segment.Token
	span  = segment.Span
)

// qspan is a quotation of a paragraph, and whether a statement took it.
type qspan struct {
	segment.Quote
	used bool
}

// quotesIn returns the quotations of the paragraph p of text.
func quotesIn(text string, p span) []qspan {
	qs := segment.Quotes(text, p)
	out := make([]qspan, len(qs))
	for i, q := range qs {
		out[i].Quote = q
	}
	return out
}

// firstRune is the first rune of s.
func firstRune(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }
