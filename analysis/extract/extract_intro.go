package extract

// introLinePass reads a paragraph of one sentence ending in a colon,
// "Cruz continued:", as the speaker of the quote that opens the next
// paragraph (readIntro): such a paragraph says nothing else. A longer
// paragraph ending in a colon is read first, then its last sentence
// (paragraph).
type introLinePass struct{}

func (introLinePass) rules() []Rule {
	return []Rule{RuleIntroCue, RuleIntroColon}
}

func (introLinePass) run(a *Extractor, pc *para) bool {
	if !pc.endsColon() || len(pc.ss) != 1 {
		return false
	}
	a.readIntro(pc.st, pc.text, pc.ss)
	return pc.st.intro != nil
}
