package analysis

import "github.com/stance-project/stance/analysis/extract"

// titleActPass reads a title no headline pass read as a country's act:
// "A donates drones to B", "A, B vow to deepen ties" (after a topic label:
// afterLabels).
type titleActPass struct{}

func (titleActPass) rules() []extract.Rule {
	return []extract.Rule{extract.RuleAct, extract.RulePassiveAct, extract.RuleNominal}
}

func (titleActPass) fallback() bool { return true }

func (titleActPass) run(a *Analyzer, pt *titleRead) {
	if s, ok := a.eventIn(pt.st, pt.title, TitleField, a.afterLabels(pt.st, pt.toks)); ok {
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

func (titleSubordinatePass) rules() []extract.Rule {
	return []extract.Rule{extract.RuleAct, extract.RulePassiveAct}
}

func (titleSubordinatePass) fallback() bool { return false }

func (titleSubordinatePass) run(a *Analyzer, pt *titleRead) {
	for _, s := range a.subordinateEventsIn(pt.st, pt.title, TitleField, pt.toks) {
		a.addJoint(pt.st, s)
	}
}

// titleTreePass reads, when nothing read the title by word order, the act
// of its tree (treeAct).
type titleTreePass struct{}

func (titleTreePass) rules() []extract.Rule { return []extract.Rule{extract.RuleTreeAct} }

func (titleTreePass) fallback() bool { return true }

func (titleTreePass) run(a *Analyzer, pt *titleRead) {
	for _, f := range a.treeAct(pt.st, pt.title, TitleField, pt.toks, pt.tree) {
		pt.st.add(f)
	}
}

// titlePairPass reads, when nothing else read the title, a relation named
// as a pair ("A-B ties improve": pairCompound).
type titlePairPass struct{}

func (titlePairPass) rules() []extract.Rule { return []extract.Rule{extract.RulePairCompound} }

func (titlePairPass) fallback() bool { return true }

func (titlePairPass) run(a *Analyzer, pt *titleRead) {
	for _, f := range a.pairCompound(pt.st, pt.title, TitleField, pt.toks) {
		pt.st.add(f)
	}
}
