package brown

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Words appends the normalised words of text to dst and returns the
// extended slice.
//
// The tokenisation approximates the conventions of the UD English Web
// Treebank: text is split at white space; punctuation at the start and end
// of a piece becomes tokens of its own, one per character except that a run
// of the same character ("...", "--", "!!") stays one token; the periods
// of abbreviations stay ("U.S.", "a.m.", "Mr.", "etc."); hyphens and dashes
// between the parts of a compound are split off ("well-known" → "well",
// "-", "known"); and the English clitics 's, 're, 've, 'll, 'd, 'm and n't
// are split off ("don't" → "do", "n't"; "can't" → "ca", "n't"; "won't" →
// "wo", "n't"; "cannot" → "can", "not").
//
// Each word is then normalised: Unicode lower case, the curly apostrophe ’
// replaced by ', and every ASCII digit replaced by 0 ("1990" → "0000", "3.5"
// → "0.0"). Words are never empty.
func Words(text string, dst []string) []string {
	for text != "" {
		// Skip white space.
		i := 0
		for i < len(text) {
			r, n := utf8.DecodeRuneInString(text[i:])
			if !unicode.IsSpace(r) {
				break
			}
			i += n
		}
		text = text[i:]
		// Take the piece up to the next white space.
		j := 0
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += n
		}
		if j > 0 {
			dst = appendPiece(dst, text[:j])
		}
		text = text[j:]
	}
	return dst
}

// appendPiece appends the words of a piece of text without white space.
func appendPiece(dst []string, p string) []string {
	if isClitic(normalize(p)) {
		return append(dst, normalize(p))
	}
	// Leading punctuation, one token per run of the same character.
	for p != "" {
		r, _ := utf8.DecodeRuneInString(p)
		if isWordRune(r) {
			break
		}
		n := runLen(p)
		dst = append(dst, normalize(p[:n]))
		p = p[n:]
	}
	if p == "" {
		return dst
	}
	// Trailing punctuation: find where it starts, keeping the period of an
	// abbreviation.
	end := len(p)
	for end > 0 {
		r, _ := utf8.DecodeLastRuneInString(p[:end])
		if isWordRune(r) {
			break
		}
		start := end - lastRunLen(p[:end])
		if r == '.' && start == end-1 && isAbbreviation(p[:end]) {
			break
		}
		end = start
	}
	dst = appendCore(dst, p[:end])
	for tail := p[end:]; tail != ""; {
		n := runLen(tail)
		dst = append(dst, normalize(tail[:n]))
		tail = tail[n:]
	}
	return dst
}

// appendCore appends the words of a piece that starts with a letter or
// digit and ends with one or with the period of an abbreviation: compounds
// are split at their hyphens and dashes, clitics are split off.
func appendCore(dst []string, c string) []string {
	start := 0
	for i := 0; i < len(c); {
		r, n := utf8.DecodeRuneInString(c[i:])
		if i == start || !isDash(r) {
			i += n
			continue
		}
		j := i + n
		for j < len(c) {
			r2, n2 := utf8.DecodeRuneInString(c[j:])
			if !isDash(r2) {
				break
			}
			j += n2
		}
		if j == len(c) {
			break
		}
		// The dashes are inside the piece: split. The part before them
		// holds no dash.
		dst = appendPiece(dst, c[start:i])
		for dash := c[i:j]; dash != ""; {
			k := runLen(dash)
			dst = append(dst, normalize(dash[:k]))
			dash = dash[k:]
		}
		start, i = j, j
	}
	if start > 0 {
		return appendPiece(dst, c[start:])
	}
	return appendClitics(dst, normalize(c))
}

// appendClitics appends a normalised word, split before an English clitic.
func appendClitics(dst []string, w string) []string {
	if w == "cannot" {
		return append(dst, "can", "not")
	}
	if len(w) > len("n't") && strings.HasSuffix(w, "n't") {
		return append(dst, w[:len(w)-3], w[len(w)-3:])
	}
	for _, c := range [...]string{"'s", "'re", "'ve", "'ll", "'d", "'m"} {
		if len(w) > len(c) && strings.HasSuffix(w, c) {
			return append(dst, w[:len(w)-len(c)], c)
		}
	}
	return append(dst, w)
}

// isClitic reports whether the normalised w is a clitic on its own, as in
// "the U.N. 's" or a text tokenised already.
func isClitic(w string) bool {
	switch w {
	case "'s", "'re", "'ve", "'ll", "'d", "'m", "n't":
		return true
	}
	return false
}

// isWordRune reports whether r can be part of a word (not punctuation).
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r)
}

// isDash reports whether r is a hyphen or dash that separates the parts of
// a compound.
func isDash(r rune) bool {
	switch r {
	case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015':
		return true
	}
	return false
}

// runLen returns the length in bytes of the run of the same rune that s
// starts with. Invalid bytes count as the same rune.
func runLen(s string) int {
	r, n := utf8.DecodeRuneInString(s)
	for n < len(s) {
		r2, n2 := utf8.DecodeRuneInString(s[n:])
		if r2 != r {
			break
		}
		n += n2
	}
	return n
}

// lastRunLen returns the length in bytes of the run of the same rune that s
// ends with.
func lastRunLen(s string) int {
	r, n := utf8.DecodeLastRuneInString(s)
	for n < len(s) {
		r2, n2 := utf8.DecodeLastRuneInString(s[:len(s)-n])
		if r2 != r {
			break
		}
		n += n2
	}
	return n
}

// isAbbreviation reports whether s, which ends with a period, is an
// abbreviation whose period belongs to it: letters with inner periods
// ("U.S.", "a.m.", "Ph.D.") or a common abbreviation ("Mr.", "etc.").
func isAbbreviation(s string) bool {
	if len(s) > 24 {
		return false
	}
	s = strings.TrimSuffix(s, ".")
	if strings.Contains(s, ".") {
		for part := range strings.SplitSeq(s, ".") {
			n := utf8.RuneCountInString(part)
			if n == 0 || n > 4 {
				return false
			}
			for _, r := range part {
				if !unicode.IsLetter(r) {
					return false
				}
			}
		}
		return true
	}
	switch strings.ToLower(s) {
	case "mr", "mrs", "ms", "messrs", "mme", "mmes", "mlle", "dr", "prof",
		"st", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm",
		"gov", "sen", "rev", "hon", "amb", "vs", "etc", "inc", "ltd", "co",
		"corp", "cf", "dept", "approx":
		return true
	}
	return false
}

// Normalize returns a word as Words normalises it: Unicode lower case, the
// curly apostrophe ’ replaced by ', every ASCII digit replaced by 0. Use it
// to look up the words of text tokenised by other means (a treebank's
// tokens) in a clustering.
func Normalize(word string) string { return normalize(word) }

// normalize returns w in lower case with ASCII digits replaced by 0 and the
// curly apostrophe by '.
func normalize(w string) string {
	plain := true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
			plain = false
			break
		}
	}
	if plain {
		return w
	}
	w = strings.ToLower(w)
	return strings.Map(func(r rune) rune {
		switch {
		case '0' <= r && r <= '9':
			return '0'
		case r == '\u2019':
			return '\''
		}
		return r
	}, w)
}
