package syntax

import (
	"cmp"
	"slices"
	"strings"
)

// lemmatizer gives the lemma of a word from its form and tag: the
// treebank's own pairs first (the most frequent lemma of each form and
// Penn tag), then suffix rules learnt from them: for a tag and the last
// letters of a form ("VBZ", "-ams"), the edit most forms of that ending take
// ("slams" → strip 1, add "" → "slam"; "criticises" → "criticise").
type lemmatizer struct {
	known map[lemmaKey]string
	rules map[lemmaKey]lemmaRule // (suffix of the lower-case form, tag) → rule
}

type lemmaKey struct {
	form string
	x    XPOS
}

// lemmaRule strips Strip bytes off a form and appends Add.
type lemmaRule struct {
	strip uint8
	add   string
}

// maxSuffix is the longest ending the rules look at.
const maxSuffix = 5

func (l *lemmatizer) lemma(form string, c tagClass) string {
	switch {
	case c.U == NUM:
		return strings.ReplaceAll(form, ",", "") // 1,000 → 1000, as EWT writes them
	case c.X == XNNP || c.U == PUNCT || c.U == SYM:
		return form
	}
	low := lowerASCII(form)
	if l == nil {
		return low
	}
	if s, ok := l.known[lemmaKey{low, c.X}]; ok {
		return s
	}
	keep := c.U == PROPN
	if strings.ContainsAny(low, "0123456789") {
		return low
	}
	for k := min(maxSuffix, len(low)-1); k >= 1; k-- {
		r, ok := l.rules[lemmaKey{low[len(low)-k:], c.X}]
		if !ok {
			continue
		}
		if int(r.strip) >= len(low) {
			break
		}
		if keep {
			return form[:len(form)-int(r.strip)] + r.add
		}
		return low[:len(low)-int(r.strip)] + r.add
	}
	if keep {
		return form
	}
	return low
}

// ruleOf returns the edit from form to lemma (both lower case).
func ruleOf(form, lemma string) lemmaRule {
	p := 0
	for p < len(form) && p < len(lemma) && form[p] == lemma[p] {
		p++
	}
	return lemmaRule{strip: uint8(min(len(form)-p, 255)), add: lemma[p:]}
}

// lowerASCII is strings.ToLower with a fast path for lower-case ASCII.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || 'A' <= c && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

// buildLemmatizer keeps the most frequent lemma of each (lower-case form,
// XPOS) and
// learns the suffix rules: for each ending of one to maxSuffix letters and
// tag, the rule of most forms (distinct forms, not tokens) when it covers
// at least two of them and most of them.
func buildLemmatizer(train []Sentence) *lemmatizer {
	counts := map[lemmaKey]map[string]int{}
	for _, s := range train {
		for _, w := range s.Words {
			k := lemmaKey{strings.ToLower(w.Form), w.XPOS}
			if counts[k] == nil {
				counts[k] = map[string]int{}
			}
			counts[k][w.Lemma]++
		}
	}
	l := &lemmatizer{known: map[lemmaKey]string{}, rules: map[lemmaKey]lemmaRule{}}
	type ruleCount struct {
		r lemmaRule
		n int
	}
	byEnding := map[lemmaKey]map[lemmaRule]int{}
	for k, c := range counts {
		best := ""
		for lemma, n := range c {
			if best == "" || n > c[best] || n == c[best] && lemma < best {
				best = lemma
			}
		}
		l.known[k] = best
		low := k.form
		r := ruleOf(low, strings.ToLower(best))
		for n := 1; n <= maxSuffix && n < len(low); n++ {
			e := lemmaKey{low[len(low)-n:], k.x}
			if byEnding[e] == nil {
				byEnding[e] = map[lemmaRule]int{}
			}
			byEnding[e][r]++
		}
	}
	for e, rs := range byEnding {
		var all []ruleCount
		total := 0
		for r, n := range rs {
			all = append(all, ruleCount{r, n})
			total += n
		}
		slices.SortFunc(all, func(a, b ruleCount) int {
			if a.n != b.n {
				return b.n - a.n
			}
			if a.r.strip != b.r.strip {
				return cmp.Compare(a.r.strip, b.r.strip)
			}
			return strings.Compare(a.r.add, b.r.add)
		})
		if top := all[0]; top.n >= 2 && 2*top.n > total && int(top.r.strip) < len(e.form) {
			l.rules[e] = top.r
		}
	}
	return l
}
