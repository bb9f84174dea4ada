package syntax

import (
	"unicode"
	"unicode/utf8"
)

// norm is the form features see: lower case, every ASCII digit '0' ("1990"
// and "2001" look alike), ’ as '. The Brown clusters are keyed by the same
// form (brown.Normalize).
func norm(form string) string { return string(appendNorm(nil, form)) }

// appendNorm appends the norm of form to dst.
func appendNorm(dst []byte, form string) []byte {
	for i := 0; i < len(form); i++ {
		c := form[i]
		if c >= utf8.RuneSelf {
			for _, r := range form[i:] {
				switch {
				case '1' <= r && r <= '9':
					r = '0'
				case r == '’':
					r = '\''
				default:
					r = unicode.ToLower(r)
				}
				dst = utf8.AppendRune(dst, r)
			}
			return dst
		}
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case '1' <= c && c <= '9':
			c = '0'
		}
		dst = append(dst, c)
	}
	return dst
}

// plainNorm reports whether form is its own norm (ASCII, no capital, no
// digit but 0).
func plainNorm(form string) bool {
	for i := 0; i < len(form); i++ {
		c := form[i]
		if c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' || '1' <= c && c <= '9' {
			return false
		}
	}
	return true
}

// appendShape appends the shape of form: upper-case letters as X,
// lower-case as x, digits as d, other characters kept, a run of one class
// cut at two ("Obama" → "Xxx", "G-20" → "X-dd"), at most 8 characters.
func appendShape(b []byte, form string) []byte {
	var last byte
	run := 0
	for _, r := range form {
		var c byte
		switch {
		case r < utf8.RuneSelf && 'a' <= r && r <= 'z':
			c = 'x'
		case r < utf8.RuneSelf && 'A' <= r && r <= 'Z':
			c = 'X'
		case r < utf8.RuneSelf && '0' <= r && r <= '9':
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		default:
			c = '*'
		}
		if c == last {
			run++
			if run > 2 {
				continue
			}
		} else {
			last, run = c, 1
		}
		b = append(b, c)
		if len(b) == 8 {
			break
		}
	}
	return b
}

// atoms are what the features of one word are made of, computed once per
// word of a sentence.
type atoms struct {
	w     uint64 // hash of norm
	raw   uint64 // hash of the form as written
	shape uint64
	pre   [3]uint64 // hashes of the first 1, 2, 3 bytes of norm
	suf   [4]uint64 // hashes of the last 1 … 4 bytes of norm
	clus  [4]uint64 // Brown cluster prefixes of 4, 6, 10 bits and the whole path (0: no cluster)
	amb   uint64    // the word's most frequent tag class in training + 1 (0: unseen)
	punct uint8     // 1: a comma; 2: other punctuation (see pstate.punct)
	first bool      // the sentence's first word
	capit bool      // starts with an upper-case letter
}

// clusterPrefixes are the bit lengths of cluster prefixes used as features
// (Koo, Carreras & Collins 2008); the last is the whole path.
var clusterPrefixes = [...]int{4, 6, 10, 64}

// clusterAtoms returns the prefix atoms of a cluster path of n bits.
func clusterAtoms(path uint64, n int) (out [4]uint64) {
	if n == 0 {
		return out
	}
	for i, k := range clusterPrefixes {
		if k > n {
			k = n
		}
		out[i] = (path>>(n-k))<<8 | uint64(k) | 1<<7
	}
	return out
}

// fill computes the atoms of form; lex gives clusters and tag ambiguity,
// buf is scratch space.
func (a *atoms) fill(form string, lex *lexicon, first bool, buf *[]byte) {
	var nf []byte
	if plainNorm(form) {
		nf = append((*buf)[:0], form...)
	} else {
		nf = appendNorm((*buf)[:0], form)
	}
	a.w = hashString(nf)
	a.raw = hashString(form)
	var sb [8]byte
	a.shape = hashString(appendShape(sb[:0], form))
	for i := range a.pre {
		a.pre[i] = hashString(nf[:min(i+1, len(nf))])
	}
	for i := range a.suf {
		a.suf[i] = hashString(nf[max(0, len(nf)-i-1):])
	}
	a.clus = [4]uint64{}
	a.amb = 0
	if e, ok := lex.words[string(nf)]; ok {
		a.clus = clusterAtoms(e.path, int(e.bits))
		a.amb = uint64(e.amb)
	}
	*buf = nf
	a.first = first
	a.punct = 0
	switch {
	case form == ",":
		a.punct = 1 | 2
	case isPunct(form):
		a.punct = 2
	}
	r, _ := utf8.DecodeRuneInString(form)
	a.capit = unicode.IsUpper(r)
}

// sentenceAtoms fills the padded atoms of a sentence's words; buf is
// scratch space.
func sentenceAtoms(ws []atoms, words []Word, lex *lexicon, buf *[]byte) []atoms {
	n := len(words)
	ws = resize(ws, n+2*pad)
	for i := range pad {
		ws[i] = padAtoms
		ws[n+pad+i] = padAtoms
	}
	for i, w := range words {
		ws[i+pad].fill(w.Form, lex, i == 0, buf)
	}
	return ws
}

// lexEntry is what the model knows of a normalised word.
type lexEntry struct {
	path uint64 // Brown cluster bit string
	bits uint8  // its length (0: no cluster)
	amb  uint8  // most frequent tag class in training + 1 (0: not in training)
}

// lexicon holds word-level knowledge: clusters, tag classes, the tag
// dictionary of frequent unambiguous words and the lemmatiser.
type lexicon struct {
	words map[string]lexEntry // by norm
	exact map[string]uint8    // form → tag class + 1 of frequent words that always take it
}

// isPunct reports whether form is made of punctuation marks only.
func isPunct(form string) bool {
	for _, r := range form {
		if !unicode.IsPunct(r) && !unicode.IsSymbol(r) {
			return false
		}
	}
	return form != ""
}
