package score

import (
	"slices"
	"strings"

	"github.com/stance-project/stance/analysis/annotate"
	"github.com/stance-project/stance/analysis/record"
	"github.com/stance-project/stance/lexicons"
)

// Demands: a demand made of a country is hostility toward it (CAMEO 10,
// demand), whatever the act asked does for others: that it end its own
// hostile act ("urged X to stop its raids on Y", "X should end its
// attacks"), or, in a report, that it must act ("X must drop its
// tariffs"). A speech's "X must …" is as often an appeal on X's behalf ("X
// must regain its territory") and is left alone, and so is a body ("the
// United Nations must …"), which is asked for help.

// demand is a demand found in a statement's content: of the country code,
// with its hit (rule ruleDemand).
type demand struct {
	code string
	hit  hit
}

// demands finds the demands of the content toks (the statement's, up to
// where its terms count); hostile reports whether a hostile term starts
// at a token.
func (sc *Scorer) demands(f *found, ms []mention, toks []token, hostile func(int) bool) []demand {
	var out []demand
	// An act holds a demand only in what it tells the one it addresses
	// ("sent a note to X that it must …"), or when it renews one
	// ("renewed its call for X to withdraw").
	asks := !f.Act || sc.renewedDemand(toks)
	for e := 0; e < len(toks); e++ {
		if d, ok := sc.nominalDemand(f, ms, toks, e); ok {
			out = append(out, d)
			continue
		}
		if e == 0 {
			if d, ok := sc.imperativeCease(f, toks); ok {
				out = append(out, d)
			}
			continue
		}
		b := beforeVerb(toks, e)
		cease := sc.lex.Words.Is(toks[e].Lower, lexicons.WordCease) || askedNotTo(toks, b, e, hostile)
		must := toks[b].Lower == "must" && f.Stmt.Kind != record.Speech && sc.activeVerb(toks, e)
		if !cease && !must || !asks && !(must && e >= 3 && toks[e-3].Lower == "that" && subjectPronoun(toks[e-2].Lower)) {
			continue
		}
		code, ok := demandedOf(ms, toks, f.Objects, e)
		subjunctive := false
		if !ok && cease {
			code, ok = sc.subjunctiveAsked(ms, toks, b)
			subjunctive = ok
		}
		if !ok || code == f.Stmt.SpeakerCountry || len(code) != 3 || !must && !hostileAfter(toks, e, hostile) && sc.hazardNear(toks, e) {
			continue
		}
		co := coAsked(ms, toks, code, e)
		if slices.Contains(co, f.Stmt.SpeakerCountry) {
			// "A and B must boost trade", said by A: a call to act
			// together, no demand of B.
			continue
		}
		label := toks[b].Lower + " " + toks[e].Lower + " (demand)"
		if subjunctive {
			label = "that … " + toks[e].Lower + " (demand)"
		}
		h := hit{label: label, weight: demandWeight, rule: ruleDemand, tok: e}
		out = append(out, demand{code, h})
		for _, c := range co {
			if len(c) == 3 {
				out = append(out, demand{c, h})
			}
		}
	}
	return out
}

// askedNotTo reports whether the verb at toks[e], after "to" at toks[b],
// is asked not to be done ("urged X not to deploy troops", "called on X
// never to interfere"), and it or what follows within four words is
// hostile: asked to refrain from a hostile act, as asked to end one
// (words.tsv cease). ("urged X not to lose hope" is an appeal.)
func askedNotTo(toks []token, b, e int, hostile func(int) bool) bool {
	if b < 1 || toks[b].Lower != "to" || toks[b-1].Lower != "not" && toks[b-1].Lower != "never" {
		return false
	}
	return hostile(e) || hostileAfter(toks, e, hostile)
}

// imperativeCease returns the demand of words told to one country that
// open with a verb of ceasing in the imperative, before an -ing form, a
// determiner or a possessive ("Ruto to X: 'Stop meddling in our
// affairs'", "told X: 'End your blockade'"): a demand of the addressee.
func (sc *Scorer) imperativeCease(f *found, toks []token) (demand, bool) {
	verb := toks[0].Lower
	if len(f.Objects) != 1 || len(toks) < 2 || f.Act || !sc.lex.Words.Is(verb, lexicons.WordCease) || !plainForm(verb) ||
		f.Objects[0] == f.Stmt.SpeakerCountry {
		return demand{}, false
	}
	next := toks[1]
	if !(strings.HasSuffix(next.Lower, "ing") && len(next.Lower) > 4 || annotate.IsDeterminer(next.Lower) || next.Lower == "your") {
		return demand{}, false
	}
	return demand{f.Objects[0], hit{label: toks[0].Lower + " (demand)", weight: demandWeight, rule: ruleDemand, tok: 0}}, true
}

// plainForm reports whether the verb form w is its lemma, as an
// imperative is: no -s, -ed or -ing ("stop", not "stops", "stopped").
func plainForm(w string) bool {
	return !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing")
}

// coAsked returns the countries listed with the one asked, code, whose
// name ends nearest before toks[e] ("called on X and Y to end their
// war"): each is asked.
func coAsked(ms []mention, toks []token, code string, e int) []string {
	at := -1
	for k, m := range ms {
		if m.Code == code && m.End <= e {
			at = k
		}
	}
	if at < 0 {
		return nil
	}
	var out []string
	for _, m := range coordinated(ms, toks, ms[at]) {
		if m.Code != code && !slices.Contains(out, m.Code) {
			out = append(out, m.Code)
		}
	}
	return out
}

// nominalDemand finds a demand named by a noun of withdrawal at toks[e]
// after a verb of demanding or asking, within six words: "demand a
// full withdrawal of X's units", "called for the pullout of X's
// troops", "demand an end to X's occupation". It is of the country that
// owns what is to withdraw or end, right after "of" or "to" (a
// determiner between at most).
func (sc *Scorer) nominalDemand(f *found, ms []mention, toks []token, e int) (demand, bool) {
	if f.Act || !withdrawalNouns[toks[e].Lower] || e+2 >= len(toks) || toks[e+1].Lower != "of" && toks[e+1].Lower != "to" {
		return demand{}, false
	}
	asked := false
	for k := e - 1; k >= 0 && k >= e-6; k-- {
		if sc.lex.Words.Is(toks[k].Lower, lexicons.WordDemand, lexicons.WordDirective) || toks[k].Lower == "for" && k > 0 && strings.HasPrefix(toks[k-1].Lower, "call") {
			asked = true
			break
		}
		if !toks[k].Word || toks[k].Cap {
			break
		}
	}
	if !asked && !(e <= 4 && f.CueTerm != nil && sc.lex.Words.CueIs(f.CueTerm, lexicons.WordDemand, lexicons.WordDirective)) {
		return demand{}, false
	}
	at := e + 2
	if at < len(toks) && annotate.IsDeterminer(toks[at].Lower) {
		at++
	}
	for _, m := range ms {
		if m.Tok == at && m.Code != f.Stmt.SpeakerCountry && len(m.Code) == 3 {
			return demand{m.Code, hit{label: toks[e].Lower + " " + toks[e+1].Lower + " (demand)", weight: demandWeight, rule: ruleDemand, tok: e}}, true
		}
	}
	return demand{}, false
}

// renewedDemand reports whether an act's content toks names a demand as
// the act's object: its verb, toks[0], is followed over a determiner by a
// noun of a stance its possessor states that is one of demanding or
// directing ("renewed its call for X to withdraw", "repeated their demand
// that X halt"): what follows is a demand, as in a statement.
func (sc *Scorer) renewedDemand(toks []token) bool {
	k := 1
	if k < len(toks) && annotate.IsDeterminer(toks[k].Lower) {
		k++
	}
	return k < len(toks) && sc.lex.Words.Is(toks[k].Lower, lexicons.WordStated) && sc.lex.Words.Is(toks[k].Lower, lexicons.WordDemand, lexicons.WordDirective)
}

// subjunctiveAsked returns the country asked by a demand in a that-clause
// ("its demand that X withdraw its troops", "insisted that X end the
// raids"): the country right before the verb, toks[p] its last token,
// after "that" and a word of demanding or directing (words.tsv demand,
// directive) at most two words before it.
func (sc *Scorer) subjunctiveAsked(ms []mention, toks []token, p int) (string, bool) {
	for _, m := range ms {
		if m.End != p+1 {
			continue
		}
		t := beforeMention(toks, m)
		if t < 1 || toks[t].Lower != "that" {
			return "", false
		}
		for k := t - 1; k >= 0 && k >= t-2; k-- {
			if sc.lex.Words.Is(toks[k].Lower, lexicons.WordDemand, lexicons.WordDirective) {
				return m.Code, true
			}
		}
		return "", false
	}
	return "", false
}

// withdrawalNouns name the end of a country's presence or act, which a
// demand asks of it.
var withdrawalNouns = map[string]bool{"withdrawal": true, "pullout": true, "pull-out": true, "end": true, "cessation": true}

// demandWeight is the weight of a demand made of a country: CAMEO 10
// (demand), Goldstein −5.0, divided by 10.
const demandWeight = -0.5

// activeVerb reports whether toks[e], after a modal, is a verb of the
// subject's own doing ("must drop", "must fully cooperate"): not "be" or
// "have" (a passive, an inference: "must be helped", "must have known"),
// nor a verb of receiving or of what befalls the subject ("must receive
// aid").
func (sc *Scorer) activeVerb(toks []token, e int) bool {
	if e < len(toks) && strings.HasSuffix(toks[e].Lower, "ly") && len(toks[e].Lower) > 4 {
		e++ // "must fully cooperate"
	}
	if e >= len(toks) || !toks[e].Word || toks[e].Cap {
		return false
	}
	w := toks[e].Lower
	if annotate.IsBe(w) || w == "have" || w == "not" || w == "get" || sc.lex.Words.Is(w, lexicons.WordReceive, lexicons.WordUndergo) {
		return false
	}
	return true
}

// demandedOf returns the country asked to act by the verb at toks[e]: the
// country right before "to" ("X to stop"), or the addressee when the
// content opens with "to" ("urged X" + "to stop"), or the subject of a
// modal of obligation ("X must end", "X should stop").
func demandedOf(ms []mention, toks []token, objects []string, e int) (string, bool) {
	p := beforeVerb(toks, e)
	neg := 0 // "not to", "never to": the one asked is named before the negator
	if toks[p].Lower == "to" && p > 0 && (toks[p-1].Lower == "not" || toks[p-1].Lower == "never") {
		neg = 1
	}
	switch toks[p].Lower {
	case "to":
		if p-neg == 0 && len(objects) == 1 {
			return objects[0], true
		}
	case "must", "should":
		if p > 0 && subjectPronoun(toks[p-1].Lower) {
			return addresseeOfPronoun(ms, toks, objects, p-1)
		}
	default:
		return "", false
	}
	end := p - neg // where the name of the one asked ends
	if toks[p].Lower == "to" {
		end = annotate.TimeBefore(toks, p-neg) // "called on X in 2018 to respect …"
		if e := possessorBefore(ms, toks, end); e > 0 {
			end = e // "X was told by Y's foreign ministry to remove …"
		}
		if end > 1 && toks[end-1].Text == "," {
			end-- // "called on all parties, and in particular X, to respect …"
		}
	}
	for _, m := range ms {
		if m.End == end {
			b := beforeMention(toks, m)
			if b >= 2 && toks[b].Lower == "by" && toks[p].Lower == "to" && annotate.IsBe(toks[b-2].Lower) {
				// "X was urged by Y to stop": the passive's subject is
				// asked, not its agent.
				if s, ok := passiveSubjectBefore(ms, b-2); ok {
					return s, true
				}
				return "", false
			}
			if b >= 1 && (toks[b].Lower == "of" || toks[b].Lower == "in") && governmentNoun(toks[b-1].Lower) {
				// "asked the Government of X to withdraw", "called on
				// the authorities in X to release": the government is
				// the country.
				b -= 2
				if b >= 0 && toks[b].Lower == "the" {
					b--
				}
			}
			if b >= 0 && annotate.IsPreposition(toks[b].Lower) && !(toks[p].Lower == "to" && addresseePreposition(toks[b].Lower)) {
				// No subject: "under the auspices of X to end the war",
				// "threats to X must end"; but "appealed to X to stop",
				// "called on X to end", "the need for X to end".
				return "", false
			}
			return m.Code, true
		}
	}
	return "", false
}

// beforeVerb returns the index of the word before the verb at toks[e]
// (e > 0), an adverb in -ly between skipped: "must immediately
// withdraw", "to unconditionally release".
func beforeVerb(toks []token, e int) int {
	p := e - 1
	if t := toks[p]; p > 0 && t.Word && !t.Cap && len(t.Lower) > 4 && strings.HasSuffix(t.Lower, "ly") {
		p--
	}
	return p
}

// addresseeOfPronoun returns the country a pronoun subject at toks[k] of
// "must" stands for when what is said was said to that country: the
// cue's one addressee when the content opens with the pronoun ("told X"
// + "it must …"), or the country right before "that" ("a reminder to X
// that it must …", "warned X that they must …"). The speaker's "it must"
// with no addressee is its own resolve, no demand.
func addresseeOfPronoun(ms []mention, toks []token, objects []string, k int) (string, bool) {
	if k == 0 {
		if len(objects) == 1 {
			return objects[0], true
		}
		return "", false
	}
	if toks[k-1].Lower != "that" {
		return "", false
	}
	for _, m := range ms {
		if m.End == k-1 && !toks[m.End-1].Poss {
			return m.Code, true
		}
	}
	return "", false
}

// possessorBefore returns the end of the country whose possessive opens
// the agent of a passive, a phrase of up to three lower-case words after
// "by" that ends at toks[end] ("was told by Y's foreign ministry"), when
// no country ends right at end; else 0. ("Y's decision to end …" is no
// demand of Y.)
func possessorBefore(ms []mention, toks []token, end int) int {
	for _, m := range ms {
		if m.End == end {
			return 0
		}
	}
	for k := end - 1; k >= 0 && k >= end-3; k-- {
		if !toks[k].Word || toks[k].Cap {
			break
		}
		for _, m := range ms {
			if m.End == k && toks[m.End-1].Poss && m.Tok > 0 && toks[m.Tok-1].Lower == "by" {
				return m.End // the agent of a passive: "was told by Y's ministry"
			}
		}
	}
	return 0
}

// passiveSubjectBefore returns the country named last before the form of
// "be" at toks[be] (the subject of a passive), if any.
func passiveSubjectBefore(ms []mention, be int) (string, bool) {
	code := ""
	for _, m := range ms {
		if m.End <= be {
			code = m.Code
		}
	}
	return code, code != ""
}

// subjectPronoun reports whether w is a pronoun that may stand for a
// country as the subject of "must" ("it", "they").
func subjectPronoun(w string) bool { return w == "it" || w == "they" }

// governmentNoun reports whether w, before "of X", names X's state: "the
// Government of X", "the authorities of X".
func governmentNoun(w string) bool {
	return w == "government" || w == "authorities" || w == "leadership" || w == "leaders"
}

// addresseePreposition opens the phrase of the one asked to act: "appeal
// to X to", "call on X to", "the need for X to".
func addresseePreposition(w string) bool {
	return w == "to" || w == "on" || w == "upon" || w == "for"
}

// hostileAfter reports whether what the verb of ending at toks[e] ends is
// the subject's own hostile act: a hostile term within four words, with
// no country named as its owner in between ("stop its raids", "end the
// bombing of Y", "stop attacking Y").
func hostileAfter(toks []token, e int, hostile func(int) bool) bool {
	return hostileWithin(toks, e+1, 4, hostile)
}

// hostileWithin reports whether a hostile term starts within n words
// from toks[from], lowercase words only before it.
func hostileWithin(toks []token, from, n int, hostile func(int) bool) bool {
	for k := from; k < len(toks) && k < from+n; k++ {
		if hostile(k) {
			return true
		}
		if !toks[k].Word || toks[k].Cap {
			return false
		}
	}
	return false
}

// hazardNear reports whether a hazard (words.tsv class hazard: "the spread
// of the virus", "the drought") is named within four words after the verb
// of ending at toks[e]: what is asked to end is no act of the one asked.
// A verb of ending with nothing after it names nothing asked, and counts
// as one.
func (sc *Scorer) hazardNear(toks []token, e int) bool {
	for k := e + 1; k < len(toks) && k <= e+4; k++ {
		if sc.lex.Words.Is(toks[k].Lower, lexicons.WordHazard) {
			return true
		}
	}
	return e+1 >= len(toks)
}
