package analysis

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

var negators = map[string]bool{"not": true, "no": true, "never": true, "n't": true, "cannot": true,
	"without": true, "neither": true, "nor": true, "nothing": true, "none": true, "lack": true, "longer": true}

var intensifiers = map[string]bool{"strongly": true, "firmly": true, "fully": true, "unequivocal": true,
	"unequivocally": true, "deeply": true, "resolutely": true, "vehemently": true, "categorically": true,
	"totally": true, "completely": true, "absolutely": true, "very": true, "highly": true, "extremely": true,
	"utterly": true, "unwavering": true, "steadfast": true, "full": true, "strong": true, "firm": true}

// locative words before a country name mark it as a place, not a target.
var locatives = map[string]bool{"in": true, "inside": true, "within": true, "across": true, "throughout": true}

// termAt returns the lexicon term that starts at toks[i], longest first.
func (a *Analyzer) termAt(toks []token, i int) (lexTerm, int) {
	t := toks[i]
	if !t.Word || t.Cap && i > 0 {
		return lexTerm{}, 0
	}
	best, n := lexTerm{}, 0
	try := func(lt lexTerm) {
		if len(lt.words) <= n || i+len(lt.words) > len(toks) {
			return
		}
		for k, w := range lt.words {
			got := toks[i+k].Lower
			last := k == len(lt.words)-1
			if last && lt.prefix {
				if !strings.HasPrefix(got, w) {
					return
				}
			} else if got != w {
				return
			}
		}
		best, n = lt, len(lt.words)
	}
	for _, lt := range a.terms[t.Lower] {
		try(lt)
	}
	if n == 0 {
		for _, lt := range a.prefixes {
			if strings.HasPrefix(t.Lower, lt.words[0]) {
				try(lt)
			}
		}
	}
	return best, n
}

// hit is a lexicon term found in a statement and what it attached to.
type hit struct {
	label  string
	weight float64 // after negation and intensifiers
	mod    string  // "negated", "intensified" or ""
	rule   string  // how it attached: adjacent, forward, backward, cue, statement
	tok    int
}

// score scores a statement toward each country its content names.
func (a *Analyzer) score(f *found) []Stance {
	toks := f.toks
	ms := a.countries.find(toks)
	// Targets: every country named, less the speaker's own and places.
	var targets []mention
	for _, m := range ms {
		if m.Code == f.stmt.SpeakerCountry && !a.keepSelf {
			continue
		}
		if m.Tok > 0 && locatives[toks[m.Tok-1].Lower] {
			continue
		}
		targets = append(targets, m)
	}
	if len(targets) == 0 {
		return nil
	}
	// Clause of each token: ';', ':' and contrastive words start a new one.
	clause := make([]int, len(toks))
	c := 0
	for i, t := range toks {
		if t.Text == ";" || t.Lower == "but" || t.Lower == "while" || t.Lower == "whereas" || t.Lower == "however" {
			c++
		}
		clause[i] = c
	}
	hits := map[string][]hit{} // by target code
	question := strings.HasSuffix(strings.TrimSpace(f.stmt.Text), "?")
	for i := 0; i < len(toks); {
		lt, n := a.termAt(toks, i)
		if n == 0 || inMention(ms, i) {
			i++
			continue
		}
		w, mod := lt.weight, ""
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			if negators[toks[k].Lower] {
				w, mod = -0.5*w, "negated"
				break
			}
		}
		if mod == "" && i > 0 && (intensifiers[toks[i-1].Lower] || i > 1 && intensifiers[toks[i-2].Lower]) {
			w, mod = 1.5*w, "intensified"
		}
		if question {
			w *= 0.5
		}
		h := hit{label: lt.label, weight: w, mod: mod, tok: i}
		if m, rule, ok := attach(targets, toks, clause, i, n); ok {
			h.rule = rule
			hits[m.Code] = append(hits[m.Code], h)
		} else {
			// No target in reach: the term colours the whole statement, at
			// half weight.
			h.weight *= 0.5
			h.rule = "statement"
			for _, code := range codes(targets) {
				hits[code] = append(hits[code], h)
			}
		}
		i += n
	}
	// An evaluative cue ("denounced X") speaks to the first target.
	if f.cueTerm != nil && f.cueTerm.evaluative && f.cueTerm.weight != 0 {
		code := targets[0].Code
		hits[code] = append(hits[code], hit{label: strings.Join(f.cueTerm.words, " "), weight: f.cueTerm.weight, rule: "cue", tok: -1})
	} else if f.cueTerm != nil {
		// A communicative cue that is itself a stance term ("agreed",
		// "pledged") colours the whole statement.
		ct := make([]token, len(f.cueTerm.words))
		for k, w := range f.cueTerm.words {
			ct[k] = token{Text: w, Lower: w, Word: true}
		}
		if lt, n := a.termAt(ct, 0); n > 0 {
			for _, code := range codes(targets) {
				hits[code] = append(hits[code], hit{label: lt.label, weight: lt.weight, rule: "cue", tok: -1})
			}
		}
	}
	gs := a.generalSentiment(f.stmt.Text)
	var out []Stance
	for _, code := range codes(targets) {
		hs := hits[code]
		x, conf := 0.0, 0.0
		var ev []string
		var absSum, certain float64
		for _, h := range hs {
			x += h.weight
			absSum += math.Abs(h.weight)
			certain += math.Abs(h.weight) * ruleCertainty[h.rule]
			e := fmt.Sprintf("%s%+.2f %s", h.label, h.weight, h.rule)
			if h.mod != "" {
				e += " " + h.mod
			}
			ev = append(ev, e)
		}
		score := x / math.Sqrt(x*x+1)
		if absSum > 0 {
			conf = certain / absSum * (1 - math.Exp(-3*math.Abs(x)))
		}
		out = append(out, Stance{
			StatementID: f.stmt.ID, DocID: f.stmt.DocID, Date: f.stmt.Date,
			Speaker: f.stmt.Speaker, SpeakerCountry: f.stmt.SpeakerCountry, TargetCountry: code,
			Score: score, Label: labelOf(score), Confidence: conf, Evidence: ev, GeneralSentiment: gs,
		})
	}
	return out
}

// ruleCertainty is how sure each attachment rule is that the term is about
// the target it attached to.
var ruleCertainty = map[string]float64{"adjacent": 0.9, "forward": 0.8, "cue": 0.8, "backward": 0.6, "statement": 0.3}

// labelOf gives the label of a score: |score| < 0.05 is neutral.
func labelOf(s float64) Label {
	switch {
	case s >= 0.05:
		return Positive
	case s <= -0.05:
		return Negative
	}
	return Neutral
}

// attach finds the target a term at toks[i:i+n] speaks about: a country
// right before it ("US sanctions", "Israel's obstructionist policies"), else
// the next one in its clause ("support for Iran"), else the previous one in
// its clause; within 8 tokens.
func attach(targets []mention, toks []token, clause []int, i, n int) (mention, string, bool) {
	for _, m := range targets {
		if m.End == i || m.End == i-1 && toks[m.End-1].Poss || m.End == i-2 && toks[m.End-1].Poss && toks[i-1].Word {
			return m, "adjacent", true
		}
	}
	for _, m := range targets {
		if m.Tok >= i+n && m.Tok-(i+n) <= 8 && clause[m.Tok] == clause[i] {
			return m, "forward", true
		}
	}
	for k := len(targets) - 1; k >= 0; k-- {
		m := targets[k]
		if m.End <= i && i-m.End <= 8 && clause[m.Tok] == clause[i] {
			return m, "backward", true
		}
	}
	return mention{}, "", false
}

// codes returns the distinct codes of ms, sorted.
func codes(ms []mention) []string {
	seen := map[string]bool{}
	var out []string
	for _, m := range ms {
		if !seen[m.Code] {
			seen[m.Code] = true
			out = append(out, m.Code)
		}
	}
	sort.Strings(out)
	return out
}
