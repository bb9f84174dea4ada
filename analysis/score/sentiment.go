package score

import (
	"encoding/json"
	"hash/maphash"
	"maps"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cdipaolo/goml/text"
	"github.com/cdipaolo/sentiment"
)

// bayes is cdipaolo's English naive Bayes model (a *text.NaiveBayes as
// sentiment.Restore gives it) as a plain read-only table: the factor each
// word multiplies a class's probability by, and its logarithm, computed
// once. Probability and Predict give bit for bit what the model's methods
// of those names give (TestBayesSameAsModel, FuzzBayes), without the
// model's read lock on every word, which two workers contend for, nor the
// copies its sanitizer and tokenizer make of the text.
type bayes struct {
	words wordTable
	// vals holds, for the word of index w, its n factors (per class
	// (Count[i]+1)/(Seen+DictCount)) at vals[2nw:2nw+n] and their
	// logarithms after them.
	vals  []float64
	prior []float64 // the model's Probabilities: P(class)
	// logPrior is math.Log of each prior, as Predict adds it.
	logPrior []float64
}

// newBayes builds the table of m, or nil when the model's words cannot be
// read (then the scorer asks the model itself).
func newBayes(m *text.NaiveBayes) *bayes {
	if m == nil || len(m.Count) == 0 || len(m.Probabilities) != len(m.Count) || len(m.Count) > maxClasses {
		return nil
	}
	// The words sit in a map only the model's JSON form exposes.
	data, err := json.Marshal(&m.Words)
	if err != nil {
		return nil
	}
	var words map[string]text.Word
	if err := json.Unmarshal(data, &words); err != nil {
		return nil
	}
	n := len(m.Count)
	b := &bayes{prior: m.Probabilities, logPrior: make([]float64, n), vals: make([]float64, 0, 2*n*len(words))}
	for i, p := range m.Probabilities {
		b.logPrior[i] = math.Log(p)
	}
	// In sorted order, so that the table is the same on every run.
	keys := slices.Sorted(maps.Keys(words))
	b.words = newWordTable(keys)
	for _, k := range keys {
		w := words[k]
		if len(w.Count) != n {
			return nil
		}
		at := len(b.vals)
		b.vals = b.vals[:at+2*n]
		for i := range n {
			f := float64(w.Count[i]+1) / float64(w.Seen+m.DictCount)
			b.vals[at+i], b.vals[at+n+i] = f, math.Log(f)
		}
	}
	return b
}

// maxClasses is the most classes wordSums' buffer holds.
const maxClasses = 4

// wordTable is a set of words that gives each its index in the order the
// words were given: an open-addressing hash table holding no pointer (the
// words sit back to back in one byte slice), so that the garbage
// collector has nothing to scan in it and a lookup reads two small arrays
// instead of a map's entries. The model's 117,448 words take 2.5 MB in it
// (a map of them took 23 MB, its values two slices each).
type wordTable struct {
	text  []byte   // the words, back to back
	ends  []uint32 // word w is text[ends[w-1]:ends[w]] (from 0 for w = 0)
	slots []uint32 // 1 + the index of the word hashed there, or 0: empty
	seed  maphash.Seed
}

func newWordTable(words []string) wordTable {
	size := 1
	for size < 2*len(words) {
		size <<= 1
	}
	t := wordTable{ends: make([]uint32, 0, len(words)), slots: make([]uint32, size), seed: maphash.MakeSeed()}
	mask := uint64(size - 1)
	for w, word := range words {
		t.text = append(t.text, word...)
		t.ends = append(t.ends, uint32(len(t.text)))
		p := maphash.String(t.seed, word) & mask
		for t.slots[p] != 0 {
			p = (p + 1) & mask
		}
		t.slots[p] = uint32(w + 1)
	}
	return t
}

// index returns the index of word, or -1 when the table does not hold it.
func (t *wordTable) index(word string) int {
	if len(t.slots) == 0 {
		return -1
	}
	mask := uint64(len(t.slots) - 1)
	for p := maphash.String(t.seed, word) & mask; ; p = (p + 1) & mask {
		s := t.slots[p]
		if s == 0 {
			return -1
		}
		w := int(s - 1)
		start := uint32(0)
		if w > 0 {
			start = t.ends[w-1]
		}
		if string(t.text[start:t.ends[w]]) == word {
			return w
		}
	}
}

// keepRune is the model's sanitizer turned round (base.OnlyWords removes
// what is neither a space nor a letter).
func keepRune(r rune) bool { return r == ' ' || unicode.IsLetter(r) }

// eachWord calls f with each word the model looks up in s: the text with
// all but letters and spaces removed, lower-cased, split at every space
// (empty words included, as strings.Split gives them). Invalid UTF-8 is
// removed as the sanitizer removes it.
func eachWord(s string, f func(string)) {
	var sb strings.Builder
	clean := true // s is already lower-case ASCII letters and spaces
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || !(c == ' ' || c >= 'a' && c <= 'z') {
			clean = false
			break
		}
	}
	w := s
	if !clean {
		sb.Grow(len(s))
		for _, r := range s {
			if r == utf8.RuneError || !keepRune(r) {
				// A RuneError is no letter either: the sanitizer drops
				// it whether it was written or stands for a bad byte.
				continue
			}
			sb.WriteRune(unicode.ToLower(r))
		}
		w = sb.String()
	}
	for {
		i := strings.IndexByte(w, ' ')
		if i < 0 {
			f(w)
			return
		}
		f(w[:i])
		w = w[i+1:]
	}
}

// wordSums returns, in buf, each class's product of its words' factors
// (Probability's sums) or, with logs, the sum of their logarithms
// (Predict's), before the prior.
func (b *bayes) wordSums(s string, buf *[maxClasses]float64, logs bool) []float64 {
	sums := buf[:0]
	for range b.prior {
		if logs {
			sums = append(sums, 0)
		} else {
			sums = append(sums, 1)
		}
	}
	n := len(sums)
	eachWord(s, func(word string) {
		w := b.words.index(word)
		if w < 0 {
			return
		}
		v := b.vals[2*n*w : 2*n*(w+1)]
		for i := range sums {
			if logs {
				sums[i] += v[n+i]
			} else {
				sums[i] *= v[i]
			}
		}
	})
	return sums
}

// probability is text.NaiveBayes.Probability: the most probable class and
// its probability.
func (b *bayes) probability(s string) (uint8, float64) {
	var buf [maxClasses]float64
	sums := b.wordSums(s, &buf, false)
	for i := range sums {
		sums[i] *= b.prior[i]
	}
	var denom float64
	var maxI int
	for i := range sums {
		if sums[i] > sums[maxI] {
			maxI = i
		}
		denom += sums[i]
	}
	return uint8(maxI), sums[maxI] / denom
}

// predict is text.NaiveBayes.Predict: the class of the largest sum of
// logarithms.
func (b *bayes) predict(s string) uint8 {
	var buf [maxClasses]float64
	sums := b.wordSums(s, &buf, true)
	for i := range sums {
		sums[i] += b.logPrior[i]
	}
	var maxI int
	for i := range sums {
		if sums[i] > sums[maxI] {
			maxI = i
		}
	}
	return uint8(maxI)
}

// englishBayes is the table of m's English model, or nil.
func englishBayes(m sentiment.Models) *bayes {
	if m == nil {
		return nil
	}
	return newBayes(m[sentiment.English])
}
