package annotate

import (
	"slices"
	"strings"

	"github.com/stance-project/stance/lexicons"
)

// A frame is what a CAMEO verb pattern says of a verb found in a
// statement: the pattern's code and weight, and where its target stands.

// FrameMatch is the best pattern of a verb's blocks that matches around it.
type FrameMatch struct {
	Pattern *lexicons.Pattern // the pattern matched
	// Target is the token where the pattern's target phrase starts ("+"
	// after the verb), or, with before set, the token where it ends
	// ("+" before the verb: "+ &auxverb1 * from $", a passive); -1 when
	// the pattern names no target. Before says which.
	Target int
	Before bool
	words  int // content words matched (contentElem): the more, the more specific
	End    int // the token after the last element matched after the verb
}

// Gaps a pattern match allows: words between two pattern words
// (FrameGap), and the length of a phrase that stands for "+", "$" or "%".
const (
	FrameGap    = 3
	framePhrase = 6
)

// blockIndex finds the patterns of a verb block that may match around a
// verb: those whose first content word (its anchor) stands near it. A
// pattern with no content word is never indexed: it is no evidence of its
// own (see Frame).
type blockIndex struct {
	patterns []lexicons.Pattern
	byAnchor map[string][]int // anchor word → patterns, in file order
	anchors  wordSet          // the signatures of byAnchor's keys
}

func newBlockIndex(ps []lexicons.Pattern, synsets map[string][][]string) *blockIndex {
	x := &blockIndex{patterns: ps, byAnchor: map[string][]int{}}
	for k, p := range ps {
		for _, e := range append(append([]lexicons.Elem{}, p.After...), p.Before...) {
			if !contentElem(e) {
				continue
			}
			if e.Kind == lexicons.ElemWord {
				x.byAnchor[e.Word] = append(x.byAnchor[e.Word], k)
			} else {
				for _, ws := range synsets[e.Synset] {
					x.byAnchor[ws[0]] = append(x.byAnchor[ws[0]], k)
				}
			}
			break
		}
	}
	for w := range x.byAnchor {
		x.anchors.add(w)
	}
	return x
}

// Reach of a pattern around its verb: words before and after it.
const (
	frameBefore = 8
	frameAfter  = 14
)

// Frame returns the most specific pattern of lt's blocks that matches
// around the verb at toks[i:i+n], if any. Only the patterns anchored on a
// word near the verb are tried. When named is not nil, it tells whether a
// match's target place names a party: a most specific match whose target
// place names none yields to the most specific one whose target place
// does ("* diplomat to leave +" to "* + leave country" in "ordered the X
// diplomat to leave the country").
func (lx *Lexicon) Frame(toks []token, clause []int, i, n int, lt *Term, named func(FrameMatch) bool) (FrameMatch, bool) {
	if lx.events == nil || len(lt.Blocks) == 0 {
		return FrameMatch{}, false
	}
	best, found := FrameMatch{Target: -1}, false
	bestNamed, foundNamed := FrameMatch{Target: -1}, false // of the matches whose target place names a party
	// A pattern of markers and function words alone ("$ * +", "+ * in $",
	// "+ &auxverb1 * $") holds no word of the verb's sense: it is no
	// evidence of its own, and the verb keeps its default.
	ends := lx.Words.Is(toks[i].Lower, lexicons.WordRenounce)
	try := func(p *lexicons.Pattern) {
		if ends && p.Cooperative() {
			return // "quit the treaty" signs none (Pattern.Cooperative)
		}
		m, ok := lx.matchPattern(toks, clause, i, n, p)
		if !ok || m.words == 0 {
			return
		}
		if !found || m.words > best.words {
			best, found = m, true
		}
		if named != nil && m.Target >= 0 && (!foundNamed || m.words > bestNamed.words) && named(m) {
			bestNamed, foundNamed = m, true
		}
	}
	var cands []int
	for _, b := range lt.Blocks {
		x := lx.blocks[b]
		if x == nil {
			continue
		}
		cands = cands[:0]
		for j := max(0, i-frameBefore); j < len(toks) && j < i+n+frameAfter; j++ {
			if j >= i && j < i+n || !toks[j].Word {
				continue
			}
			stemsOf(toks[j].Lower, func(stem string) {
				if x.anchors.may(stem) {
					cands = append(cands, x.byAnchor[stem]...)
				}
			})
		}
		slices.Sort(cands)
		cands = slices.Compact(cands)
		for _, k := range cands {
			try(&x.patterns[k])
		}
	}
	if foundNamed && best.Target >= 0 && !named(best) {
		return bestNamed, true
	}
	return best, found
}

// stemsOf calls f with tok and each word that tok is a form of by
// patternEndings (the inverse of wordForm).
func stemsOf(tok string, f func(string)) {
	f(tok)
	for _, e := range patternEndings[1:] {
		if len(tok) > len(e)+1 && strings.HasSuffix(tok, e) {
			stem := tok[:len(tok)-len(e)]
			f(stem)
			if (e == "ed" || e == "ing") && len(stem) > 2 && stem[len(stem)-1] == stem[len(stem)-2] {
				f(stem[:len(stem)-1]) // banned → ban
			}
		}
	}
	if strings.HasSuffix(tok, "ies") || strings.HasSuffix(tok, "ied") {
		f(tok[:len(tok)-3] + "y")
	}
}

// matchPattern matches p's elements after the verb (forward from i+n) and
// before it (backward from i-1), within the verb's clause.
func (lx *Lexicon) matchPattern(toks []token, clause []int, i, n int, p *lexicons.Pattern) (FrameMatch, bool) {
	m := FrameMatch{Pattern: p, Target: -1}
	if CalledOff(toks, i+n) && !hasElem(p, func(e lexicons.Elem) bool { return e.Kind == lexicons.ElemWord && e.Word == "off" }) {
		return m, false // "called off a visit": another verb, which the pattern does not name
	}
	// After the verb.
	at, gap := i+n, FrameGap
	for k, e := range p.After {
		switch e.Kind {
		case lexicons.ElemTarget, lexicons.ElemSource, lexicons.ElemBoth:
			if e.Kind != lexicons.ElemSource && m.Target < 0 {
				m.Target = at
			}
			gap = framePhrase
			continue
		}
		if k > 0 && p.After[k-1].Next {
			gap = 0
		}
		found := -1
		for j, last := at, at+gap; j <= last && j < len(toks) && clause[j] == clause[i]; j++ {
			if CircumstanceWord(toks[j].Lower) && !(e.Kind == lexicons.ElemWord && CircumstanceWord(e.Word)) {
				break // "signed a pact amid tensions with X": the pattern ends before what its act happens amid
			}
			if gap > 0 && quantityWord(toks, j) {
				last++ // "launched nearly 150 drones and rockets at": a quantity is no word of the gap
			}
			if l := lx.elemAt(toks, j, e); l > 0 {
				found = j + l
				break
			}
		}
		if found < 0 || e.Kind == lexicons.ElemWord && e.Word == "that" && relativeThat(toks, at, found-1) {
			return m, false
		}
		if contentElem(e) {
			m.words++
		}
		at, gap = found, FrameGap
	}
	m.End = at
	// Before the verb, nearest element first; the compound actor of a
	// joint act stands before the verb's auxiliaries and adverbs ("X will
	// reopen its border with Y", "X is reopening …") or a title's "to" of
	// the future ("X to reopen …").
	at, gap = i-1, FrameGap
	if len(p.Before) > 0 && p.Before[len(p.Before)-1].Kind == lexicons.ElemBoth {
		at = SkipAdverbials(toks, i) - 1
		if at >= 0 && toks[at].Lower == "to" && (at == 0 || toks[at-1].Word && toks[at-1].Cap) {
			at-- // the subject, or the content's start (the speaker's)
		}
	}
	for k := len(p.Before) - 1; k >= 0; k-- {
		e := p.Before[k]
		switch e.Kind {
		case lexicons.ElemTarget, lexicons.ElemSource, lexicons.ElemBoth:
			if e.Kind != lexicons.ElemSource && m.Target < 0 {
				m.Target, m.Before = at, true
			}
			gap = framePhrase
			continue
		}
		if e.Next {
			gap = 0
		}
		found, matched := -1, false
		for j := at; j >= 0 && j >= at-gap && clause[j] == clause[i]; j-- {
			if lx.elemAt(toks, j, e) > 0 {
				found, matched = j-1, true
				break
			}
		}
		if !matched {
			return m, false
		}
		if contentElem(e) {
			m.words++
		}
		at, gap = found, FrameGap
	}
	return m, true
}

// CircumstanceWord reports whether w opens what an act happens amid
// ("amid", "amidst"): no element of the act's pattern lies past it.
func CircumstanceWord(w string) bool { return w == "amid" || w == "amidst" }

// quantityWord reports whether toks[j] is part of a quantity: a count, a
// sum ("$", "5bn") or a word that qualifies a count right after it ("more
// than 300", "nearly 40", "at least two").
func quantityWord(toks []token, j int) bool {
	if IsCount(toks[j]) || AmountToken(toks[j]) || isMoney(toks[j].Text) {
		return true
	}
	switch toks[j].Lower {
	case "more", "than", "over", "nearly", "about", "around", "almost", "least", "at", "some", "up", "to":
		for k := j + 1; k < len(toks) && k <= j+2; k++ {
			if IsCount(toks[k]) || AmountToken(toks[k]) {
				return true
			}
		}
	}
	return false
}

// relativeThat reports whether "that" at toks[j], matched after words
// from toks[from], follows a noun and so opens a relative clause ("resisted
// with a calm that impressed us"), no clause the verb takes ("denied
// that", "said on Monday that" keep theirs: a preposition's object is no
// noun "that" relates to here only after a determiner).
func relativeThat(toks []token, from, j int) bool {
	if j <= from {
		return false
	}
	prev := toks[j-1]
	if !prev.Word || prev.Cap || IsPreposition(prev.Lower) || strings.HasSuffix(prev.Lower, "ly") || IsTimeWord(prev.Lower) {
		return false
	}
	for k := from; k < j-1; k++ {
		if IsDeterminer(toks[k].Lower) {
			return true // "with a calm that", "the claims that"
		}
	}
	return false
}

// elemAt returns how many tokens the word or synonym-set element e matches
// at toks[j] (0: none).
func (lx *Lexicon) elemAt(toks []token, j int, e lexicons.Elem) int {
	switch e.Kind {
	case lexicons.ElemWord:
		if wordForm(toks[j].Lower, e.Word, e.Exact) {
			return 1
		}
	case lexicons.ElemSynset:
		for _, ws := range lx.synsets[e.Synset] {
			if j+len(ws) > len(toks) {
				continue
			}
			ok := true
			for k, x := range ws {
				if !wordForm(toks[j+k].Lower, x, false) {
					ok = false
					break
				}
			}
			if ok {
				return len(ws)
			}
		}
	}
	return 0
}

// patternEndings are the endings a pattern word may take: its inflections
// and the noun and agent endings CAMEO's stems stand for ("involv" →
// involve, involved; "sanction" → sanctions). A word is never matched by a
// longer word with another ending: "sever" does not match "several".
var patternEndings = []string{"", "s", "es", "e", "ed", "d", "ing", "ion", "ions", "ment", "ments", "er", "ers", "or", "ors"}

// wordForm reports whether tok is the pattern word w or one of its forms.
func wordForm(tok, w string, exact bool) bool {
	if tok == w {
		return true
	}
	if exact {
		return false
	}
	if strings.HasSuffix(w, "y") && (tok == w[:len(w)-1]+"ies" || tok == w[:len(w)-1]+"ied") {
		return true // ally → allies, deny → denied
	}
	if !strings.HasPrefix(tok, w) {
		return false
	}
	rest := tok[len(w):]
	for _, e := range patternEndings {
		if rest == e {
			return true
		}
	}
	// A doubled final consonant: "ban" → banned, banning.
	if len(rest) > 1 && rest[0] == w[len(w)-1] && (rest[1:] == "ed" || rest[1:] == "ing") {
		return true
	}
	return false
}

// PatternVerbAt returns the CAMEO verb at toks[i] that is no event alone
// (its block has no code) but is one in a pattern that matches here, with
// its length in words and that pattern; nil when there is none. named is
// as for Frame.
func (lx *Lexicon) PatternVerbAt(toks []token, clause []int, i int, named func(FrameMatch) bool) (*Term, int, FrameMatch) {
	if !lx.patternSig.may(toks[i].Lower) {
		return nil, 0, FrameMatch{}
	}
	cands := lx.patternVerbs[toks[i].Lower]
	for k := range cands {
		lt := &cands[k]
		n := len(lt.Words)
		if !WordsAt(toks, i, lt.Words) || !lx.VerbUse(toks, i, lt.Form) {
			continue
		}
		if fm, found := lx.Frame(toks, clause, i, n, lt, named); found && fm.Pattern.Code != "" && !lx.objectAcross(toks, i+n, fm) {
			return lt, n, fm
		}
	}
	return nil, 0, FrameMatch{}
}

// objectAcross reports whether the verb's own object, right after it
// (over a determiner), is a term of the sign opposite to fm's that the
// pattern skipped to reach a word further on: "launched attacks on its
// border posts" is no opening of a border.
func (lx *Lexicon) objectAcross(toks []token, from int, fm FrameMatch) bool {
	k := from
	if k < len(toks) && IsDeterminer(toks[k].Lower) {
		k++
	}
	if k >= fm.End-1 || IsParticle(toks[k].Lower) {
		return false // "hit back … if": a particle of the verb, no object
	}
	lt, _ := lx.TermAt(toks, k)
	return lt != nil && lt.Weight*fm.Pattern.Weight < 0
}

// particles complete a verb ("hit back", "step up", "put forward"): no
// object of it.
var particles = map[string]bool{"back": true, "up": true, "out": true, "off": true, "down": true, "over": true, "away": true, "forward": true}

// IsParticle reports whether w is a particle of a verb (particles).
func IsParticle(w string) bool { return particles[w] }

// CalledOff reports whether toks[k] is the "off" of "call off" or "put
// off", which cancel what follows ("called off the visit", "put off the
// vote"); the "off" of "cut off", "broke off" keeps its verb's sense.
func CalledOff(toks []token, k int) bool {
	if k < 1 || k >= len(toks) || toks[k].Lower != "off" {
		return false
	}
	switch toks[k-1].Lower {
	case "call", "calls", "called", "calling", "put", "puts", "putting":
		return true
	}
	return false
}

// Contact reports whether a term, or the pattern it matched, is contact:
// a meeting, visit, call or talks (class CONSULT, CAMEO 04), or a signed
// agreement (CAMEO 057).
func (lx *Lexicon) Contact(lt *Term, fm FrameMatch, framed bool) bool {
	if framed && lt.Source == lexicons.SourceCAMEO {
		return isContactCode(fm.Pattern.Code)
	}
	return lt.Class == lexicons.ClassConsult || isContactCode(lt.Code)
}

func isContactCode(code string) bool {
	return strings.HasPrefix(code, "04") || strings.HasPrefix(code, "057")
}

// WordsAt reports whether toks from i hold words, lowercased, in sequence.
func WordsAt(toks []token, i int, words []string) bool {
	if i+len(words) > len(toks) {
		return false
	}
	for j, w := range words {
		if toks[i+j].Lower != w {
			return false
		}
	}
	return true
}

// functionWords are the pattern words that carry no sense of their own.
var functionWords = map[string]bool{"in": true, "to": true, "of": true, "with": true, "by": true, "on": true, "at": true,
	"from": true, "for": true, "the": true, "a": true, "an": true, "and": true, "as": true, "into": true, "over": true,
	"is": true, "was": true, "were": true, "be": true, "been": true, "will": true, "would": true, "has": true, "have": true, "had": true}

// contentElem reports whether a pattern element carries sense: a word that
// is no function word, or a synonym set of content words (not &auxverb1,
// &tobeverb, &preposit1 ...).
func contentElem(e lexicons.Elem) bool {
	switch e.Kind {
	case lexicons.ElemWord:
		return !functionWords[e.Word]
	case lexicons.ElemSynset:
		return !strings.HasPrefix(e.Synset, "&aux") && !strings.HasPrefix(e.Synset, "&tobe") && !strings.HasPrefix(e.Synset, "&preposit")
	}
	return false
}

// TopicEnd returns the end of the topic phrase that starts at toks[j] after
// a word of contact or agreement ("talks on the border dispute", "an
// agreement over fishing quotas"): a preposition of topic and at most four
// words, up to punctuation. It returns j when no topic starts there.
func TopicEnd(toks []token, j int) int {
	if j >= len(toks) || !topicPrepositions[toks[j].Lower] {
		return j
	}
	k := j + 1
	for k < len(toks) && k <= j+4 && toks[k].Word {
		k++
	}
	return k
}

// topicPrepositions introduce what talks or an agreement are about.
var topicPrepositions = map[string]bool{"on": true, "over": true, "about": true, "regarding": true, "concerning": true}

// Symmetric reports whether an event is of each party toward the other:
// a pattern PETRARCH writes with a compound actor ("%": "% * restore
// ties", "% * joint exercises"), a positive pattern of a verb of renewal
// ("resumed normal relations with X"; word is the verb as written, w its
// weight) or a row of ours of several words that opens with one
// ("restored diplomatic relations"), or material cooperation (CAMEO 06:
// cooperating economically, militarily, judicially, sharing
// intelligence).
func Symmetric(words WordClasses, lt *Term, fm FrameMatch, framed bool, word string, w float64) bool {
	if (framed || len(lt.Words) > 1) && w > 0 && words.Is(word, lexicons.WordRenewal) {
		return true
	}
	code := lt.Code
	if framed && lt.Source == lexicons.SourceCAMEO {
		code = fm.Pattern.Code
		if CompoundActor(fm.Pattern) {
			return true
		}
	}
	return strings.HasPrefix(code, "06")
}

// CompoundActor reports whether a CAMEO pattern has a compound actor
// ("%": the parties act together).
func CompoundActor(p *lexicons.Pattern) bool {
	return hasElem(p, func(e lexicons.Elem) bool { return e.Kind == lexicons.ElemBoth })
}

// hasElem reports whether an element of p, before or after its verb,
// satisfies f (false for no pattern).
func hasElem(p *lexicons.Pattern, f func(lexicons.Elem) bool) bool {
	if p == nil {
		return false
	}
	for _, es := range [2][]lexicons.Elem{p.Before, p.After} {
		for _, e := range es {
			if f(e) {
				return true
			}
		}
	}
	return false
}

// NegatedPattern reports whether a CAMEO pattern holds its own negation
// ("never *", "would not * ambassador"): its code already says what the
// negated verb means, and the negation is not applied again.
func NegatedPattern(p *lexicons.Pattern) bool {
	return hasElem(p, func(e lexicons.Elem) bool {
		return e.Kind == lexicons.ElemWord && IsNegator(e.Word)
	})
}
