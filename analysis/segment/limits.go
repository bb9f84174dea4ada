package segment

import (
	"unicode"
	"unicode/utf8"
)

// MaxSentenceBytes is the longest sentence that extraction reads as one: a
// longer one is cut at the last white space before the limit (or on a rune
// boundary when it has none), and only that much of a title is read.
//
// Extraction and scoring do work in the square of a sentence's length in
// places (each cue looks through its sentence for a subject and a clause
// end; each lexicon term, for the countries it may attach to; each
// capitalised word, for the mentions around it). That is nothing for real
// sentences — the longest of the 2.46 million sentences of the UN General
// Debate corpus has 4,156 bytes — but hours for a 10 MB "sentence" of broken
// text without punctuation. At 8 KiB, a sentence costs a few milliseconds at
// worst.
const MaxSentenceBytes = 8 << 10

// MaxParagraphBytes is the longest paragraph that extraction reads as one:
// a longer one is read in pieces of whole sentences, each at most this long
// (or one sentence). Extraction does work in the square of a paragraph's
// sentences, quotes and statements in places (each sentence looks for the
// statements that cover it; each token, for the quote it lies in). The
// longest paragraph of the UN General Debate corpus, a whole speech without
// a blank line, has 109,194 bytes; a 10 MB text with no blank line would
// take hours.
const MaxParagraphBytes = 128 << 10

// Piece is a paragraph, or a piece of one, with its sentences.
type Piece struct {
	Span  Span   // the piece
	Sents []Span // its sentences
}

// CapParagraph returns the paragraph p with its sentences (spans in the
// same text, in order) as one piece, or cut into pieces of whole sentences
// when it is longer than MaxParagraphBytes.
func CapParagraph(p Span, sents []Span) []Piece {
	if p.End-p.Start <= MaxParagraphBytes || len(sents) == 0 {
		return []Piece{{p, sents}}
	}
	var out []Piece
	for len(sents) > 0 {
		n := 1
		for n < len(sents) && sents[n].End-sents[0].Start <= MaxParagraphBytes {
			n++
		}
		piece := Span{sents[0].Start, sents[n-1].End}
		if len(out) == 0 {
			piece.Start = p.Start
		}
		if n == len(sents) {
			piece.End = p.End
		}
		out = append(out, Piece{piece, sents[:n]})
		sents = sents[n:]
	}
	return out
}

// CapSentences cuts the spans of text longer than MaxSentenceBytes into
// spans no longer than that, without the white space at the cuts.
func CapSentences(text string, sents []Span) []Span {
	long := false
	for _, s := range sents {
		if s.End-s.Start > MaxSentenceBytes {
			long = true
			break
		}
	}
	if !long {
		return sents
	}
	out := make([]Span, 0, len(sents)+8)
	for _, s := range sents {
		for s.End-s.Start > MaxSentenceBytes {
			end, next := cutPoint(text, s.Start, s.Start+MaxSentenceBytes)
			out = append(out, Span{s.Start, end})
			s.Start = next
		}
		if s.End > s.Start {
			out = append(out, s)
		}
	}
	return out
}

// CapTitle returns the part of a title that extraction reads: all of it,
// or its first MaxSentenceBytes cut as CapSentences cuts a sentence.
func CapTitle(title string) string {
	if len(title) <= MaxSentenceBytes {
		return title
	}
	end, _ := cutPoint(title, 0, MaxSentenceBytes)
	return title[:end]
}

// cutPoint returns where to cut text between start and limit (limit <
// len(text)): the end of the piece before the cut, at the last white space
// (or, when there is none, on a rune boundary) and with no white space at
// its end, and the start of the rest, after the white space at the cut.
// The piece is never empty.
func cutPoint(text string, start, limit int) (end, next int) {
	end = limit
	for end > start+1 && !utf8.RuneStart(text[end]) {
		end--
	}
	for k := limit; k > start; k-- {
		if IsSpaceByte(text[k]) {
			e := k
			for e > start && IsSpaceByte(text[e-1]) {
				e--
			}
			if e > start {
				end = e
			}
			break
		}
	}
	next = end
	for next < len(text) {
		r, size := utf8.DecodeRuneInString(text[next:])
		if !unicode.IsSpace(r) {
			break
		}
		next += size
	}
	return end, next
}
