package extract

import (
	"strings"

	"github.com/stance-project/stance/analysis/annotate"
)

// Reported speech is read at a cue by shapes (reportedShapes), tried in
// order: the first shape that claims the cue reads it or rejects it.

// cueSite is a word of a sentence that may be a cue: toks[i], with its
// lexicon cue c (nil for "according to"), n its length in tokens. Content
// never reaches back before toks[from].
type cueSite struct {
	st      *docState
	toks    []token
	i, from int
	c       *annotate.Cue
	n       int
	inQuote func(token) int
}

// reportedShape is one shape of reported speech at a cue.
type reportedShape interface {
	rules() []Rule
	// claims reports whether the cue is of this shape: then read decides,
	// and no later shape is tried.
	claims(a *Extractor, s *cueSite) bool
	// read returns the statement and the token index where its content
	// ends, or false.
	read(a *Extractor, s *cueSite) (found, int, bool)
}

// reportedShapes are the shapes of reported speech, in order.
var reportedShapes = [...]reportedShape{
	infinitiveShape{}, // reported_infinitive.go: "were quick to condemn"
	accordingShape{},  // reported_according.go: "according to X"
	passiveCueShape{}, // reported_passive.go: "X was praised by Y"
	namingShape{},     // reported_order.go: "a party called X" is no cue
	sealingShape{},    // reported_sealing.go: "concluded a deal with X" is an act
	wordOrderShape{},  // reported_order.go: "X said ...", "..., X said", "..., said X"
}

// reported finds reported speech at the cue toks[i]: "Subject cue (that)
// content", "content, Subject cue", "content, cue Subject", "according to
// Subject". Content never reaches back before token from. It returns the
// statement and the token index where its content ends.
func (a *Extractor) reported(st *docState, toks []token, i, from int, inQuote func(token) int) (found, int, bool) {
	// Most words are no cue: return before building the site.
	var c *annotate.Cue
	n := 2
	if !(toks[i].Lower == "according" && i+1 < len(toks) && toks[i+1].Lower == "to") {
		if c = a.lex.CueAt(toks, i); c == nil {
			return found{}, 0, false
		}
		n = len(c.Words)
	}
	s := &cueSite{st: st, toks: toks, i: i, from: from, c: c, n: n, inQuote: inQuote}
	for _, sh := range reportedShapes {
		if sh.claims(a, s) {
			f, end, ok := sh.read(a, s)
			if ok && c != nil {
				f.Negated = cueNegated(toks, i, from)
			}
			return f, end, ok
		}
	}
	return found{}, 0, false
}

// cueNegated reports whether the cue at toks[i] is negated: "not", "n't"
// or "never" among the auxiliaries and adverbs right before it ("did not
// say", "has never accused", "doesn't believe", "has not yet decided").
func cueNegated(toks []token, i, from int) bool {
	if k := i - 1; k > from && toks[k].Lower == "to" && refusals[toks[k-1].Lower] {
		return true // "refused to condemn", "declined to criticise"
	}
	if k := i - 1; k >= from && strings.HasSuffix(toks[i].Lower, "ing") {
		if k > from && toks[k].Lower == "from" {
			k-- // "refrained from criticising"
		}
		if l := toks[k].Lower; l == "avoided" || l == "avoids" || l == "refrained" || l == "refrains" {
			return true // "avoided criticising X"
		}
	}
	for k := i - 1; k >= from && k >= i-4; k-- {
		t := toks[k]
		if !t.Word {
			return false
		}
		switch l := t.Lower; {
		case l == "not" || l == "never" || l == "cannot" || strings.HasSuffix(l, "n't"):
			return true
		case annotate.IsAuxiliary(l) || l == "yet" || l == "ever" || l == "also" || l == "still" || l == "even" || strings.HasSuffix(l, "ly") && len(l) > 4:
		default:
			return false
		}
	}
	return false
}

// refusals before "to" negate the cue after it: "refused to condemn X",
// "declined to criticise X", "failed to condemn X".
var refusals = map[string]bool{"refused": true, "refuses": true, "refuse": true, "refusing": true,
	"declined": true, "declines": true, "decline": true, "declining": true, "failed": true, "fails": true, "fail": true}
