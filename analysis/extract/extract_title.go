package extract

import "github.com/stance-project/stance/analysis/record"

// titleActPass reads a title no headline pass read as a country's act:
// "A donates drones to B", "A, B vow to deepen ties" (after a topic label:
// afterLabels).
type titleActPass struct{}

func (titleActPass) rules() []Rule {
	return []Rule{RuleAct, RulePassiveAct}
}

func (titleActPass) fallback() bool { return true }

func (titleActPass) run(a *Extractor, pt *titleRead) {
	toks := a.afterLabels(pt.st, pt.toks)
	if s, ok := a.eventIn(pt.st, pt.title, record.TitleField, toks); ok {
		a.pairPartner(&s)
		a.addJoint(pt.st, s)
		for _, ev := range a.counterActs(pt.st, pt.title, s) {
			pt.st.add(ev)
		}
	}
}

// titleSubordinatePass reads an act in a subordinate clause of a title, as
// in a sentence of the text: "Harbour plan agreed as A, B leaders meet".
type titleSubordinatePass struct{}

func (titleSubordinatePass) rules() []Rule {
	return []Rule{RuleAct, RulePassiveAct}
}

func (titleSubordinatePass) fallback() bool { return false }

func (titleSubordinatePass) run(a *Extractor, pt *titleRead) {
	for _, s := range a.subordinateEventsIn(pt.st, pt.title, record.TitleField, pt.toks) {
		a.addJoint(pt.st, s)
	}
}

// titleTreePass reads, when nothing read the title by word order, the act
// of its tree (treeAct).
type titleTreePass struct{}

func (titleTreePass) rules() []Rule { return []Rule{RuleTreeAct} }

func (titleTreePass) fallback() bool { return true }

func (titleTreePass) run(a *Extractor, pt *titleRead) {
	for _, f := range a.treeAct(pt.st, pt.title, record.TitleField, pt.toks, pt.tree) {
		pt.st.add(f)
	}
}

// titlePairPass reads, when nothing else read the title, a relation named
// as a pair ("A-B ties improve": pairCompound).
type titlePairPass struct{}

func (titlePairPass) rules() []Rule { return []Rule{RulePairCompound, RulePairBetween} }

func (titlePairPass) fallback() bool { return true }

func (titlePairPass) run(a *Extractor, pt *titleRead) {
	fs := a.pairCompound(pt.st, pt.title, record.TitleField, pt.toks)
	if len(fs) == 0 {
		fs = a.pairBetween(pt.st, pt.title, record.TitleField, pt.toks)
	}
	for _, f := range fs {
		pt.st.add(f)
	}
}

// titleNominalPass reads, when nothing else read the title, a stance
// stated as a noun phrase: "A's tariffs on B take effect".
type titleNominalPass struct{}

func (titleNominalPass) rules() []Rule { return []Rule{RuleNominal} }

func (titleNominalPass) fallback() bool { return true }

func (titleNominalPass) run(a *Extractor, pt *titleRead) {
	if s, ok := a.nominalIn(pt.st, pt.title, record.TitleField, a.afterLabels(pt.st, pt.toks)); ok {
		s.Act = true // the term opens the content: its owner's act on its object
		pt.st.add(s)
	}
}
