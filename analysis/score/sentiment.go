package score

import (
	"encoding/json"
	"math"
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
	words map[string]bayesWord
	prior []float64 // the model's Probabilities: P(class)
	// logPrior is math.Log of each prior, as Predict adds it.
	logPrior []float64
}

// bayesWord is one word of the model: per class (Count[i]+1)/(Seen+DictCount)
// and its logarithm.
type bayesWord struct {
	factor, log []float64
}

// newBayes builds the table of m, or nil when the model's words cannot be
// read (then the scorer asks the model itself).
func newBayes(m *text.NaiveBayes) *bayes {
	if m == nil || len(m.Count) == 0 || len(m.Probabilities) != len(m.Count) {
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
	b := &bayes{words: make(map[string]bayesWord, len(words)), prior: m.Probabilities, logPrior: make([]float64, n)}
	for i, p := range m.Probabilities {
		b.logPrior[i] = math.Log(p)
	}
	for k, w := range words {
		if len(w.Count) != n {
			return nil
		}
		bw := bayesWord{factor: make([]float64, n), log: make([]float64, n)}
		for i := range n {
			bw.factor[i] = float64(w.Count[i]+1) / float64(w.Seen+m.DictCount)
			bw.log[i] = math.Log(bw.factor[i])
		}
		b.words[k] = bw
	}
	return b
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
func (b *bayes) wordSums(s string, buf *[4]float64, logs bool) []float64 {
	sums := buf[:0]
	for range b.prior {
		if logs {
			sums = append(sums, 0)
		} else {
			sums = append(sums, 1)
		}
	}
	eachWord(s, func(word string) {
		w, ok := b.words[word]
		if !ok {
			return
		}
		for i := range sums {
			if logs {
				sums[i] += w.log[i]
			} else {
				sums[i] *= w.factor[i]
			}
		}
	})
	return sums
}

// probability is text.NaiveBayes.Probability: the most probable class and
// its probability.
func (b *bayes) probability(s string) (uint8, float64) {
	var buf [4]float64
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
	var buf [4]float64
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
