package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is a token of the caller's text: its text and byte offsets.
type Token struct {
	Text       string
	Start, End int
}

// words splits tokens into the syntactic words of UD English: clitics
// ("Iran's" → "Iran" "'s", "don't" → "do" "n't", "cannot" → "can" "not"),
// hyphenated words ("Al-Moallem" → "Al" "-" "Moallem", as EWT writes
// them) and digit groups cut by a tokenizer ("1" "," "000" → "1,000").
// Each word keeps its offsets and the index of its token; a group of
// tokens joined becomes one word of the first token. Multiword tokens are
// reported as CoNLL-U writes them.
func words(toks []Token, dst []Word, mw []Multiword) ([]Word, []Multiword) {
	dst, mw = dst[:0], mw[:0]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if j := digitGroup(toks, i); j > i {
			dst = append(dst, Word{Form: joinTokens(toks[i : j+1]), Start: t.Start, End: toks[j].End, Token: i})
			i = j
			continue
		}
		dst, mw = splitToken(dst, mw, t, i)
	}
	for i := range dst {
		// The last word's space is unknown: CoNLL-U's default, a space.
		dst[i].SpaceAfter = i+1 == len(dst) || dst[i+1].Start > dst[i].End
	}
	return dst, mw
}

// digitGroup returns the last token of a number written with thousands
// separators that a tokenizer cut ("1" "," "000"), or i.
func digitGroup(toks []Token, i int) int {
	if !allDigits(toks[i].Text) || len(toks[i].Text) > 3 {
		return i
	}
	j := i
	for j+2 < len(toks) && toks[j+1].Text == "," && toks[j+1].Start == toks[j].End &&
		toks[j+2].Start == toks[j+1].End && len(toks[j+2].Text) == 3 && allDigits(toks[j+2].Text) {
		j += 2
	}
	return j
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func joinTokens(toks []Token) string {
	var b strings.Builder
	for _, t := range toks {
		b.WriteString(t.Text)
	}
	return b.String()
}

// clitics are the endings UD English splits off a word, longest first
// (with ' or ’).
var clitics = [...]string{"n't", "'s", "'re", "'ve", "'ll", "'d", "'m", "n’t", "’s", "’re", "’ve", "’ll", "’d", "’m"}

// cliticCut returns where a token's clitic starts (len(text) for none):
// "Iran's" → 4, "don't" → 2, "can't" → 2, "cannot" → 3, "gonna" → 3,
// "rebels'" → 6 (a plural's possessive).
func cliticCut(text string) int {
	for _, w := range [...]string{"cannot", "gonna", "wanna", "gotta"} {
		if strings.EqualFold(text, w) {
			return 3
		}
	}
	for _, c := range clitics {
		if len(text) <= len(c) || !strings.EqualFold(text[len(text)-len(c):], c) {
			continue
		}
		cut := len(text) - len(c)
		if c[0] == 'n' {
			stem := strings.ToLower(text[:cut])
			if stem == "ca" || stem == "wo" || stem == "ai" {
				return 2 // ca n't, wo n't, ai n't as EWT writes them
			}
		}
		return cut
	}
	for _, q := range [...]string{"'", "’"} {
		if len(text) > len(q)+1 && strings.HasSuffix(text, q) && (text[len(text)-len(q)-1] == 's' || text[len(text)-len(q)-1] == 'S') {
			return len(text) - len(q)
		}
	}
	return len(text)
}

// splitToken appends the words of one token, and its multiword token when
// a clitic is split off (the word it ends, with the clitic: "Moallem's" of
// "Al-Moallem's").
func splitToken(dst []Word, mw []Multiword, t Token, idx int) ([]Word, []Multiword) {
	text := t.Text
	if t.End-t.Start != len(text) || !strings.ContainsAny(text, "'’-") && len(text) != 5 && len(text) != 6 {
		// A token whose text is not its span (a caller's normalisation)
		// stays whole, as does one with nothing to split.
		return append(dst, Word{Form: text, Start: t.Start, End: t.End, Token: idx}), mw
	}
	cut := cliticCut(text)
	dst = splitHyphens(dst, t, idx, 0, cut)
	if cut < len(text) {
		last := &dst[len(dst)-1]
		from := last.Start - t.Start
		dst = append(dst, Word{Form: text[cut:], Start: t.Start + cut, End: t.End, Token: idx})
		mw = append(mw, Multiword{First: len(dst) - 2, Last: len(dst) - 1, Form: text[from:]})
	}
	return dst, mw
}

// splitHyphens appends the words of text[from:to] of token t, cut at
// hyphens between two parts of two letters or more ("e-mail" stays whole,
// as in EWT; numbers such as "713-853-3989" too).
func splitHyphens(dst []Word, t Token, idx, from, to int) []Word {
	text := t.Text[from:to]
	if !strings.Contains(text, "-") || !hyphenated(text) {
		return append(dst, Word{Form: text, Start: t.Start + from, End: t.Start + to, Token: idx})
	}
	start := 0
	for i := 0; i < len(text); i++ {
		if text[i] != '-' {
			continue
		}
		dst = append(dst, Word{Form: text[start:i], Start: t.Start + from + start, End: t.Start + from + i, Token: idx})
		dst = append(dst, Word{Form: "-", Start: t.Start + from + i, End: t.Start + from + i + 1, Token: idx})
		start = i + 1
	}
	return append(dst, Word{Form: text[start:], Start: t.Start + from + start, End: t.Start + to, Token: idx})
}

// hyphenated reports whether every part of text between hyphens has two
// characters or more and one part a letter.
func hyphenated(text string) bool {
	letter := false
	for _, part := range strings.Split(text, "-") {
		if utf8.RuneCountInString(part) < 2 {
			return false
		}
		for _, r := range part {
			if unicode.IsLetter(r) {
				letter = true
				break
			}
		}
	}
	return letter
}

// Parse tags, lemmatises and parses one sentence given as tokens. The
// result's words carry the index of the token they came from
// (Word.Token); [Sentence.Word] finds the word of a token.
func (p *Parser) Parse(toks []Token) *Sentence {
	s := &Sentence{}
	s.Words, s.Multiword = words(toks, nil, nil)
	p.parseForms(s.Words)
	return s
}

// Word returns the index of the word of token t that heads the others of
// the same token (the one whose head lies outside the token), or -1.
func (s *Sentence) Word(t int) int {
	first := -1
	for i := range s.Words {
		if s.Words[i].Token != t {
			continue
		}
		if first < 0 {
			first = i
		}
		h := s.Words[i].Head
		if h < 0 || s.Words[h].Token != t {
			return i
		}
	}
	return first
}
