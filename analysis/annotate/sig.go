package annotate

import "github.com/stance-project/stance/lexicons"

// The lexicons' maps are asked about every word of every sentence, and
// most words are in none of them. A signature of a word (its length and
// three of its bytes, hashed to sigBits bits) rules most of those words
// out before the map is asked: a word whose signature no key of the map
// has is no key. A word whose signature some key has is looked up as
// before, so the answers are the map's own.
const sigBits = 12

// signature is the bucket of word w in a table of 1<<sigBits.
func signature(w string) uint32 {
	n := len(w)
	if n == 0 {
		return 0
	}
	x := uint32(n) | uint32(w[0])<<8 | uint32(w[n/2])<<16 | uint32(w[n-1])<<24
	return (x * 2654435761) >> (32 - sigBits)
}

// wordSet is the set of signatures of a map's keys.
type wordSet [1 << sigBits / 64]uint64

// add adds the signature of w.
func (s *wordSet) add(w string) {
	h := signature(w)
	s[h/64] |= 1 << (h % 64)
}

// may reports whether w may be a key: false only when no key has its
// signature.
func (s *wordSet) may(w string) bool {
	h := signature(w)
	return s[h/64]&(1<<(h%64)) != 0
}

// classSig holds, per signature, the classes of the words that have it.
type classSig [1 << sigBits]lexicons.ClassSet
