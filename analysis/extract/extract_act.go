package extract

import (
	"strings"

	"github.com/stance-project/stance/analysis/annotate"
	"github.com/stance-project/stance/analysis/record"
	"github.com/stance-project/stance/lexicons"
)

// actPass reads, outside a first-person speech, a sentence that no
// statement covers as a country's act ("Italy suspended air links with
// Serbia"), else as a country's stance in a noun phrase; and the acts of
// its subordinate clauses.
type actPass struct{}

func (actPass) rules() []Rule {
	return []Rule{RuleAct, RulePassiveAct, RuleNominal, RulePairBetween}
}

func (actPass) run(a *Extractor, pc *para) bool {
	st := pc.st
	if st.doc.SpeakerCountry != "" {
		return false
	}
	for _, s := range pc.ss {
		st.sent = s.toks
		// The act of a relative clause ("X, which backs Y, …") is read
		// first and accepted last: it covers no part of the main clause.
		relative := a.relativeActs(st, s.toks)
		a.mainActs(pc, s)
		for _, g := range relative {
			pc.accept(g)
		}
	}
	return false
}

// mainActs reads the acts of a sentence of a news body: of the whole
// sentence when no statement covers it, else of the clause before the
// first statement; then the acts of its subordinate clauses.
func (a *Extractor) mainActs(pc *para, s sentence) {
	st := pc.st
	covered := false
	first := s.sp.End // where the first statement of the sentence starts
	subj := -1        // where its subject starts, when it has one
	for k := range pc.stmts {
		f := &pc.stmts[k]
		// A speaker only the tree found leaves the sentence's act
		// to be read ("X was accusing Y of …, and estimated …").
		if f.Rule != RuleTreeSubject && f.Stmt.Start < s.sp.End && s.sp.Start < f.Stmt.End {
			covered = true
			if f.Stmt.Start < first {
				first, subj = f.Stmt.Start, -1
				if len(f.Subj) > 0 && f.Subj[0].Start >= s.sp.Start {
					subj = f.Subj[0].Start
				}
			}
		}
	}
	if covered {
		// "X has not confirmed the attack, but some officials say
		// …": the clause before the statement's is read as an act.
		if cut := a.clauseBefore(s.toks, first, subj); cut > 0 {
			if f, ok := a.event(st, s.toks[:cut]); ok {
				pc.accept(f)
			}
		}
		// "X summoned Y's envoy after a Yian drone strike killed …,
		// the ministry said": the acts of its subordinate clauses are
		// read as in a sentence no statement covers.
		for _, g := range a.subordinateEvents(st, s.toks) {
			if !sameActExcept(pc.stmts, -1, g) {
				pc.accept(g)
			}
		}
		return
	}
	if !clauseActs(a, pc, s.toks) {
		if f, ok := a.event(st, s.toks); ok {
			pc.accept(f)
		} else if f, ok := a.nominal(st, s.toks); ok {
			pc.accept(f)
		} else {
			// "Tensions between A and B have escalated": a relation
			// the sentence names between two countries.
			for _, f := range a.pairBetween(st, pc.text, record.TextField, s.toks) {
				pc.accept(f)
			}
		}
	}
	for _, g := range a.subordinateEvents(st, s.toks) {
		pc.accept(g)
	}
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

// titleReportedActPass reads an act inside what a title reports
// ("Ministry: A and B held joint drills", "A says B shelled its posts")
// as an act of its own, as reportedActPass does in the text.
type titleReportedActPass struct{}

func (titleReportedActPass) rules() []Rule { return []Rule{RuleReportedAct} }

func (titleReportedActPass) fallback() bool { return false }

func (titleReportedActPass) run(a *Extractor, pt *titleRead) {
	if pt.st.doc.SpeakerCountry != "" {
		return
	}
	for _, ev := range a.reportedActsIn(pt.st, pt.title, record.TitleField, pt.st.found[pt.from:]) {
		a.addJoint(pt.st, ev)
	}
}

// clauseBefore returns the index of the ", but", ", while", ", and" before
// a capitalised word, ", with" before one (an absolute clause: withClause),
// or ";" that ends a clause of four words or more
// before the statement starting at offset first (the subject of the
// statement's own clause after it), or "and" right before the statement's
// subject starting at offset subj ("A's minister met her B counterpart,
// and both pledged …", "A hosted B's leader and the two pledged …"), or
// 0.
func (a *Extractor) clauseBefore(toks []token, first, subj int) int {
	cut := 0
	for k := 4; k+1 < len(toks) && toks[k].Start < first; k++ {
		if clauseCut(toks, k) > 0 || withClause(toks, k) || a.appraisalAt(toks, k) {
			cut = k
		}
		if toks[k].Lower == "and" && toks[k+1].Start == subj {
			cut = k
			if toks[k-1].Text == "," {
				cut = k - 1
			}
		}
		if relativeReport(toks, k, first) || a.contactReport(toks, k, first) {
			// "A seized a B vessel that it said had strayed into its
			// waters": the report is the relative clause's own.
			cut = k
		}
		if actSubordinators[toks[k].Lower] && toks[k+1].Start <= first && toks[k+1].Word && (toks[k+1].Cap || annotate.IsDeterminer(toks[k+1].Lower)) {
			// "A recalled its envoy after B's leader backed …", "A
			// eased sanctions on B after the government in C agreed
			// …": the statement is the subordinate clause's own.
			cut = k
		}
	}
	return cut
}

// relativeReport reports whether toks[k] is the relative pronoun of a
// clause that a report with a subject of its own opens ("that it said",
// "which they claimed", "over what it called", "a visit that both
// governments later called useful", "a plan that the ministry called …",
// ", whose ministry said …"), the statement starting at offset first
// after it.
func relativeReport(toks []token, k, first int) bool {
	if k+2 >= len(toks) || toks[k+2].Start >= first {
		return false
	}
	switch toks[k].Lower {
	case "that", "which", "who", "whom":
	case "what":
		// "A summoned B's envoy over what it called interference": a
		// free relative names the act's matter in the speaker's words.
	case "whose":
		return k > 0 && toks[k-1].Text == "," // ", whose ministry said …": a subject of its own
	default:
		return false
	}
	switch l := toks[k+1].Lower; {
	case thirdPersonPronouns[l], l == "both", l == "all", l == "many", l == "some", l == "most":
		return true
	case annotate.IsDeterminer(l) && toks[k].Lower != "who":
		return true // "that the ministry called …", not "who the …"
	}
	return false
}

// contactReport reports whether toks[k] is the subject pronoun of a
// relative clause with no relative word that a report opens right after a
// common noun ("expelled 18 diplomats | it said were spies", "seized a
// boat | they said had strayed"), the statement starting at offset first.
func (a *Extractor) contactReport(toks []token, k, first int) bool {
	if k < 1 || k+1 >= len(toks) || toks[k+1].Start >= first || !thirdPersonPronouns[toks[k].Lower] {
		return false
	}
	n := toks[k-1]
	if !n.Word || n.Cap || annotate.IsDeterminer(n.Lower) || annotate.IsPreposition(n.Lower) || npBreak[n.Lower] || a.looksVerb(n) || strings.HasSuffix(n.Lower, "ly") {
		return false
	}
	return a.lex.CueAt(toks, k+1) != nil
}

// thirdPersonPronouns are the subject pronouns of a relative clause that
// reports ("that it said", "diplomats they claimed …").
var thirdPersonPronouns = map[string]bool{"it": true, "they": true, "he": true, "she": true}

// actSubordinators open a clause of time or cause after a country's act,
// whose subject speaks on its own ("… after X's president backed …").
var actSubordinators = map[string]bool{"after": true, "as": true, "while": true, "when": true, "because": true, "since": true}

// appraisalAt reports whether toks[k] is the comma of an appositive that
// judges the act before it (", a move X condemned", ", in a move that X
// denounced": appraisals).
func (a *Extractor) appraisalAt(toks []token, k int) bool { return a.appraisedNoun(toks, k) > 0 }

// appraisedNoun returns the index of the noun of an appraising appositive
// whose comma is toks[k] (", a move", ", in a move"), or -1.
func (a *Extractor) appraisedNoun(toks []token, k int) int {
	if k+2 >= len(toks) || toks[k].Text != "," {
		return -1
	}
	d := k + 1
	if toks[d].Lower == "in" {
		d++ // ", in a move that …"
	}
	if d+1 < len(toks) && annotate.IsDeterminer(toks[d].Lower) && a.lex.Words.Is(toks[d+1].Lower, lexicons.WordAppraised) {
		return d + 1
	}
	return -1
}

// withClause reports whether toks[k] is the comma of an absolute clause
// after the main one (", with Foreign Minister X accusing …"): a
// statement there leaves the main clause's act to be read.
func withClause(toks []token, k int) bool {
	if k+3 >= len(toks) || toks[k].Text != "," || toks[k+1].Lower != "with" {
		return false
	}
	if annotate.IsDeterminer(toks[k+2].Lower) {
		return toks[k+3].Word // ", with the foreign minister accusing …"
	}
	return toks[k+2].Word && toks[k+2].Cap
}

// clauseCut returns, when toks[k] ends a clause before another with a
// subject of its own (";", ", but", ", while", ", whereas", ", and"
// before a capitalised word or a quantifier's subject), where the next
// clause starts; else 0.
func clauseCut(toks []token, k int) int {
	if k+2 >= len(toks) {
		return 0
	}
	switch {
	case toks[k].Text == ";":
		return k + 1
	case toks[k].Text != ",":
		return 0
	}
	switch toks[k+1].Lower {
	case "but", "while", "whereas":
		return k + 2
	case "and":
		if toks[k+2].Cap && toks[k+2].Word || quantifierSubject(toks, k+2) && (toks[k+2].Lower != "both" || jointNamesBefore(toks, k)) {
			// "Both sides" after a clause of one subject ("A hosted
			// B's president, and both sides signed deals") are that
			// clause's two parties: the sentence is read whole.
			return k + 2
		}
	}
	return 0
}

// quantifierSubject reports whether toks[i] opens a subject of each party
// ("each side", "both sides", "neither country"): after ", and" it starts
// a clause of its own ("A and B traded fire, and each side blamed the
// other").
func quantifierSubject(toks []token, i int) bool {
	switch toks[i].Lower {
	case "each", "both", "neither", "either":
		return i+1 < len(toks) && toks[i+1].Word && !toks[i+1].Cap
	}
	return false
}

// jointNamesBefore reports whether toks[:k] join two names with "and"
// ("A and B traded fire"): a joint subject that "both sides" may take up
// in a clause of its own.
func jointNamesBefore(toks []token, k int) bool {
	for j := 1; j+1 < k; j++ {
		if toks[j].Lower == "and" && toks[j-1].Cap && toks[j+1].Cap {
			return true
		}
	}
	return false
}

// clauseActs accepts the acts of a sentence of coordinate clauses, each
// with a subject of its own ("A expelled two envoys, and B retaliated by
// …"), when its first clause is an act, and reports whether it did; else
// the sentence is read whole ("A, B, and C signed …" is a list).
func clauseActs(a *Extractor, pc *para, toks []token) bool {
	parts := coordinateClauses(toks)
	if len(parts) < 2 {
		return false
	}
	f, ok := a.event(pc.st, parts[0])
	if !ok {
		return false
	}
	pc.accept(f)
	for _, p := range parts[1:] {
		if g, ok := a.event(pc.st, p); ok {
			pc.accept(g)
		}
	}
	return true
}

// coordinateClauses splits a sentence at its clause cuts (clauseCut)
// into clauses of four tokens or more; one part when there is none.
func coordinateClauses(toks []token) [][]token {
	var out [][]token
	start := 0
	for k := 4; k < len(toks); k++ {
		if next := clauseCut(toks, k); next > 0 && k-start >= 4 && len(toks)-next >= 4 {
			out = append(out, toks[start:k])
			start = next
		}
	}
	return append(out, toks[start:])
}
