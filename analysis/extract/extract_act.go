package extract

// actPass reads, outside a first-person speech, a sentence that no
// statement covers as a country's act ("Italy suspended air links with
// Serbia"), else as a country's stance in a noun phrase; and the acts of
// its subordinate clauses.
type actPass struct{}

func (actPass) rules() []Rule {
	return []Rule{RuleAct, RulePassiveAct, RuleNominal}
}

func (actPass) run(a *Extractor, pc *para) bool {
	st := pc.st
	if st.doc.SpeakerCountry != "" {
		return false
	}
	for _, s := range pc.ss {
		covered := false
		first := s.sp.End // where the first statement of the sentence starts
		for _, f := range pc.stmts {
			// A speaker only the tree found leaves the sentence's act
			// to be read ("X was accusing Y of …, and estimated …").
			if f.Rule != RuleTreeSubject && f.Stmt.Start < s.sp.End && s.sp.Start < f.Stmt.End {
				covered = true
				first = min(first, f.Stmt.Start)
			}
		}
		if covered {
			// "X has not confirmed the attack, but some officials say
			// …": the clause before the statement's is read as an act.
			if cut := clauseBefore(s.toks, first); cut > 0 && st.doc.SpeakerCountry == "" {
				st.sent = s.toks
				if f, ok := a.event(st, s.toks[:cut]); ok {
					pc.accept(f)
				}
			}
			continue
		}
		st.sent = s.toks
		if f, ok := a.event(st, s.toks); ok {
			pc.accept(f)
		} else if f, ok := a.nominal(st, s.toks); ok {
			pc.accept(f)
		}
		for _, g := range a.subordinateEvents(st, s.toks) {
			pc.accept(g)
		}
	}
	return false
}

// reportedActPass reads an act inside what someone reports ("the minister
// confirmed that A had closed the border") as an act of its own.
type reportedActPass struct{}

func (reportedActPass) rules() []Rule { return []Rule{RuleReportedAct} }

func (reportedActPass) run(a *Extractor, pc *para) bool {
	if pc.st.doc.SpeakerCountry != "" {
		return false
	}
	for _, g := range a.reportedActs(pc.st, pc.stmts) {
		pc.accept(g)
	}
	return false
}

// clauseBefore returns the index of the ", but" or ";" that ends a clause
// of four words or more before the statement starting at offset first
// (the subject of the statement's own clause after it), or 0.
func clauseBefore(toks []token, first int) int {
	cut := 0
	for k := 4; k+1 < len(toks) && toks[k].Start < first; k++ {
		if toks[k].Text == ";" || toks[k].Text == "," && toks[k+1].Lower == "but" {
			cut = k
		}
	}
	return cut
}
