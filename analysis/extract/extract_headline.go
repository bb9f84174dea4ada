package extract

import (
	"slices"
	"unicode"

	"github.com/stance-project/stance/analysis/record"
	"github.com/stance-project/stance/analysis/segment"
)

// headlineLinePass reads a paragraph that is one short line with no final
// period, or one sentence in title case (the headline repeated as the
// text's first line, a related story's headline), as a headline ("Related
// News" items, crossheads) of a speaker. A
// line that is no headline of a speaker is read as a sentence by the other
// passes (text without a final period, or a headline reporting an act).
type headlineLinePass struct{}

func (headlineLinePass) rules() []Rule {
	return []Rule{RuleHeadlineSpeakerColon, RuleHeadlineSpeakerCue, RuleHeadlineContentSpeaker}
}

func (headlineLinePass) run(a *Extractor, pc *para) bool {
	if raw := pc.text[pc.p.Start:pc.p.End]; len(pc.ss) != 1 || !isHeadlineLine(raw) && !titleCaseLine(pc.ss[0].toks) {
		return false
	}
	if f, ok := a.headline(pc.st, pc.text, pc.ss[0].toks, record.TextField); ok {
		pc.st.add(f)
		return true
	}
	return false
}

// titleHeadlinePass reads a title as a speaker and what they say
// ("Minister: …", "A says …", "… — ministry"), and an act inside what the
// speaker says as an act of its own ("Ministry: A and B held joint drills").
type titleHeadlinePass struct{}

func (titleHeadlinePass) rules() []Rule {
	return []Rule{RuleHeadlineSpeakerColon, RuleHeadlineSpeakerCue, RuleHeadlineContentSpeaker, RuleAct, RulePassiveAct, RuleNominal}
}

func (titleHeadlinePass) fallback() bool { return false }

func (titleHeadlinePass) run(a *Extractor, pt *titleRead) {
	s, ok := a.headline(pt.st, pt.title, pt.toks, record.TitleField)
	if !ok || a.pairSpeaker(s.Stmt.Speaker) {
		// "A-B talks resume": a pair compound names the relation of
		// two countries, no speaker; its noun is no cue (titlePairPass).
		return
	}
	if ev, ok := a.ownAct(pt.st, pt.title, s); ok {
		s = ev
	}
	a.pairPartner(&s)
	a.addJoint(pt.st, s)
	if len(s.Toks) > 1 && receivedFrom(a.lex.Words, s.Toks, 0) >= 0 {
		// "A receives call from B, discusses trade": the first predicate
		// is B's act toward A, read as the act pass reads it alone.
		if k := slices.IndexFunc(pt.toks, func(t token) bool { return t.Text == "," }); k > 0 {
			if ev, ok := a.eventIn(pt.st, pt.title, record.TitleField, pt.toks[:k]); ok && ev.Stmt.SpeakerCountry != s.Stmt.SpeakerCountry {
				pt.st.add(ev)
			}
		}
	}
	for _, ev := range a.innerActs(pt.st, pt.title, s) {
		a.addJoint(pt.st, ev)
	}
	for _, ev := range a.counterActs(pt.st, pt.title, s) {
		pt.st.add(ev)
	}
}

// titleCaseLine reports whether a one-sentence paragraph is written in
// title case, as headlines are and prose is not: of its five or more
// words, every one of four letters or more is capitalised.
func titleCaseLine(toks []token) bool {
	words, long := 0, 0
	for _, t := range toks {
		if !t.Word {
			continue
		}
		words++
		if len([]rune(t.Text)) >= 4 {
			if !unicode.IsUpper(firstRune(t.Text)) { // as written: annotate.Recase may have cleared Cap
				return false
			}
			long++
		}
	}
	return words >= 5 && words <= 30 && long >= 3
}

// pairSpeaker reports whether a speaker phrase is one pair compound of two
// countries ("Kenya-Uganda", "South Korea-US"), which speaks for neither.
func (a *Extractor) pairSpeaker(speaker string) bool {
	return a.pairSubject(segment.Tokenize(speaker))
}

// pairSubject is pairSpeaker of a phrase's tokens.
func (a *Extractor) pairSubject(toks []token) bool {
	switch {
	case len(toks) == 1:
		_, _, ok := a.countryPair(toks[0])
		return ok
	case len(toks) <= 3:
		// "South Korea-US", "Saudi Arabia-Iran".
		_, _, start, ok := a.longHeadPair(toks, len(toks)-1)
		return ok && start == 0
	}
	return false
}
