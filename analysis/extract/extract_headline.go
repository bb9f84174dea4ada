package extract

import "github.com/stance-project/stance/analysis/record"

// headlineLinePass reads a paragraph that is one short line with no final
// period as a headline ("Related News" items, crossheads) of a speaker. A
// line that is no headline of a speaker is read as a sentence by the other
// passes (text without a final period, or a headline reporting an act).
type headlineLinePass struct{}

func (headlineLinePass) rules() []Rule {
	return []Rule{RuleHeadlineSpeakerColon, RuleHeadlineSpeakerCue, RuleHeadlineContentSpeaker}
}

func (headlineLinePass) run(a *Extractor, pc *para) bool {
	if len(pc.ss) != 1 || !isHeadlineLine(pc.text[pc.p.Start:pc.p.End]) {
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
	if !ok {
		return
	}
	if ev, ok := a.ownAct(pt.st, pt.title, s); ok {
		s = ev
	}
	a.pairPartner(&s)
	a.addJoint(pt.st, s)
	for _, ev := range a.innerActs(pt.st, pt.title, s) {
		a.addJoint(pt.st, ev)
	}
	for _, ev := range a.counterActs(pt.st, pt.title, s) {
		pt.st.add(ev)
	}
}
