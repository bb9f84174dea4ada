package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is a word or a punctuation mark of a text, with its byte span.
type Token struct {
	Text       string // as written, with ’ folded to '
	Lower      string // lowercased, possessive 's removed
	Start, End int    // byte offsets in the field
	Word       bool   // letters or digits (else punctuation)
	Cap        bool   // starts with an upper-case letter, or is a name after an elided article ("d'Ivoire")
	Poss       bool   // ends in a possessive 's or s'
	// Noun: the parser tagged the word a noun where its form is also a
	// cue's (set on the body sentences of news only, see markNouns in
	// package analysis/extract); such a word is no cue.
	Noun bool
}

// Tokenize splits s into words and punctuation marks. A word is a run of
// letters and digits with inner '.', '-', '\” or '’' ("U.S.", "Al-Moallem",
// "Iran’s"); a word with an inner '.' keeps its final '.' ("U.S.").
func Tokenize(s string) []Token {
	return AppendTokens(make([]Token, 0, len(s)/5+1), s, 0)
}

// AppendTokens appends the tokens of s to toks, their offsets shifted by
// off.
func AppendTokens(toks []Token, s string, off int) []Token {
	i := 0
	for i < len(s) {
		r, size := decode(s, i)
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		if r == '\'' && i+1 < len(s) && s[i+1] == '\'' {
			toks = append(toks, Token{Text: "\"", Lower: "\"", Start: off + i, End: off + i + 2})
			i += 2
			continue
		}
		if !isWordRune(r) {
			toks = append(toks, Token{Text: foldQuote(s[i : i+size]), Lower: foldQuote(s[i : i+size]), Start: off + i, End: off + i + size})
			i += size
			continue
		}
		start := i
		dotted := false
		for i < len(s) {
			r, size := decode(s, i)
			if isWordRune(r) {
				i += size
				continue
			}
			if r == '.' || r == '-' || r == '\'' || r == '’' {
				n, _ := utf8.DecodeRuneInString(s[i+size:])
				if i+size < len(s) && isWordRune(n) {
					if r == '.' {
						dotted = true
					}
					i += size
					continue
				}
				if r == '.' && dotted {
					i += size
					if i+1 < len(s) && s[i] == '-' {
						if n, _ := utf8.DecodeRuneInString(s[i+1:]); isWordRune(n) {
							continue // "U.S.-China", "U.N.-backed": one compound, as "US-China" is
						}
					}
				}
			}
			break
		}
		if !dotted && i < len(s) && s[i] == '.' {
			w := s[start:i]
			r, n := utf8.DecodeRuneInString(w)
			if abbreviations[strings.ToLower(w)] || n == len(w) && unicode.IsUpper(r) {
				i++ // "Mr.", "Sen.", the initial in "Paul H. Chipok"
			}
		}
		text := foldQuote(s[start:i])
		lower := strings.ToLower(strings.TrimSuffix(text, "."))
		poss := false
		if strings.HasSuffix(lower, "'s") {
			lower, poss = lower[:len(lower)-2], true
		} else if strings.HasSuffix(lower, "s") && i < len(s) && (s[i] == '\'' || strings.HasPrefix(s[i:], "’")) {
			poss = true // plural possessive: "the allies’ support"
		}
		first, _ := utf8.DecodeRuneInString(text)
		toks = append(toks, Token{Text: text, Lower: lower, Start: off + start, End: off + i, Word: true, Cap: unicode.IsUpper(first) || elidedCap(text), Poss: poss})
	}
	return toks
}

// elidedCap reports whether a word is a French elided article or
// preposition and a capitalised name, one word of a name ("d'Ivoire" in
// "Côte d'Ivoire", "l'Est"): it is capitalised as the name is.
func elidedCap(text string) bool {
	if len(text) < 3 || (text[0] != 'd' && text[0] != 'l') || text[1] != '\'' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[2:])
	return unicode.IsUpper(r)
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// decode returns the rune at s[i] and its size, with a fast path for ASCII.
func decode(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

func foldQuote(s string) string {
	// '’' is E2 80 99 in UTF-8: most tokens have no E2 byte at all.
	if strings.IndexByte(s, 0xE2) >= 0 && strings.ContainsRune(s, '’') {
		return strings.ReplaceAll(s, "’", "'")
	}
	return s
}

// Span is a byte range of a field.
type Span struct{ Start, End int }

// abbreviations that end in "." but do not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "gen": true, "lt": true,
	"col": true, "maj": true, "capt": true, "sgt": true, "sen": true, "rep": true, "gov": true, "pres": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "no": true, "vs": true, "etc": true, "inc": true,
	"ltd": true, "co": true, "corp": true, "jr": true, "sr": true, "mt": true, "ft": true, "adm": true,
	"amb": true, "hon": true, "rev": true, "messrs": true, "art": true, "para": true, "cf": true,
	"sens": true, "reps": true, "supt": true, "cmdr": true, "ariz": true, "calif": true, "conn": true,
	"fla": true, "mich": true, "minn": true, "tenn": true, "wis": true,
}

// Sentences splits text into sentence spans. Blank lines and lines that end
// without punctuation (headlines) always end a sentence; otherwise a sentence
// ends at '.', '!' or '?' (with any closing quotes or brackets) before a space
// and a capital, a digit or an opening quote, unless the word before is a
// known abbreviation or an initial.
func Sentences(text string) []Span {
	var out []Span
	start := -1
	emit := func(end int) {
		if start < 0 {
			return
		}
		s, e := start, end
		for e > s && IsSpaceByte(text[e-1]) {
			e--
		}
		if e > s {
			out = append(out, Span{s, e})
		}
		start = -1
	}
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == '\n' {
			// A line break ends a sentence when the line has no sentence
			// punctuation at its end (a headline) or a blank line follows.
			j := i + 1
			for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
				j++
			}
			blank := j >= len(text) || text[j] == '\n'
			if blank || !continuesLine(text, start, i) {
				emit(i)
			}
			i += size
			continue
		}
		if start < 0 && !unicode.IsSpace(r) {
			start = i
		}
		if r == '.' || r == '!' || r == '?' {
			j := i + size
			for j < len(text) {
				c, n := utf8.DecodeRuneInString(text[j:])
				if c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']' || c == '»' {
					j += n
					continue
				}
				break
			}
			if j >= len(text) {
				i = j
				continue
			}
			c, _ := utf8.DecodeRuneInString(text[j:])
			if c != ' ' && c != '\n' && c != '\t' && c != '\u00a0' {
				i += size
				continue
			}
			k := j
			for k < len(text) && (text[k] == ' ' || text[k] == '\t') {
				k++
			}
			next, _ := utf8.DecodeRuneInString(text[k:])
			if k < len(text) && text[k] != '\n' && !(unicode.IsUpper(next) || unicode.IsDigit(next) || strings.ContainsRune("\"“‘'«(", next)) {
				i += size
				continue
			}
			if r == '.' && abbrevBefore(text, i) {
				i += size
				continue
			}
			if r != '.' && quoteCloses(text[i+size:j]) && attributionTail(text, k) {
				i += size
				continue // “Why now?” Ana Ruiz asked.
			}
			emit(j)
			i = j
			continue
		}
		i += size
	}
	emit(len(text))
	return out
}

// maxTailWords is the longest attribution after a quoted question or
// exclamation that stays in its sentence (attributionTail).
const maxTailWords = 12

// quoteCloses reports whether the marks after a sentence's '?' or '!'
// close a quotation with a double quote (a curly or straight one, or two
// apostrophes as some newspapers write it), not a bracket alone.
func quoteCloses(marks string) bool {
	return strings.ContainsAny(marks, "\"”") || strings.Contains(marks, "''") || strings.Contains(marks, "’’")
}

// attributionTail reports whether the text at k, after a quotation that
// ends in '?' or '!', reads as the attribution of that quotation: it ends
// at a '.' (not at another '?' or '!', a line break or a new quotation)
// within maxTailWords words, as in “Why now?” Ana Ruiz asked. or “Never!”
// Garcia, the head of the group, said on Friday. Such a tail stays in the
// quotation's sentence, where a lowercase one ("he asked") already stays.
func attributionTail(text string, k int) bool {
	words, inWord := 0, false
	for i := k; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '.' && !abbrevBefore(text, i):
			return words > 0
		case r == '?' || r == '!' || r == '\n' || r == '"' || r == '“' || r == '«':
			return false
		}
		if isWordRune(r) {
			if !inWord {
				words++
				if words > maxTailWords {
					return false
				}
			}
			inWord = true
		} else if r != '.' {
			inWord = false
		}
		i += size
	}
	return false
}

// continuesLine reports whether the line that ends at end (a '\n') runs on
// into the next one: it has no final punctuation and is long (wrapped prose).
func continuesLine(text string, start, end int) bool {
	if start < 0 {
		return true
	}
	line := strings.TrimRight(text[start:end], " \t\r")
	if line == "" {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	if strings.ContainsRune(".!?\"”’:;", last) {
		return false
	}
	// A short line with no final punctuation is a headline; a long one is
	// prose wrapped at a fixed width.
	return len(line) > 100 && strings.ContainsRune(",abcdefghijklmnopqrstuvwxyz", last)
}

func abbrevBefore(text string, dot int) bool {
	j := dot
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:j])
		if !isWordRune(r) && r != '.' {
			break
		}
		j -= size
	}
	word := text[j:dot]
	if word == "" {
		return false
	}
	if strings.Contains(word, ".") { // U.S., a.m.
		return true
	}
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		return unicode.IsUpper(r) // an initial: "John F. Kennedy"
	}
	return abbreviations[strings.ToLower(word)]
}

func IsSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

// LostApostrophe returns the stem of a capitalised word that reads as a
// possessive whose apostrophe was lost ("Russias", "Putins"), if it is one.
func LostApostrophe(t Token) (string, bool) {
	if !t.Cap || len(t.Text) <= 4 || !strings.HasSuffix(t.Text, "s") {
		return "", false
	}
	return t.Text[:len(t.Text)-1], true
}
