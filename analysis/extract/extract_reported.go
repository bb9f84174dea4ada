package extract

import "github.com/stance-project/stance/lexicons"

// reportedPass finds reported speech outside the quotes, sentence by
// sentence ("X said that ...", "..., X said", "according to X"): a
// sentence may hold several statements (reported).
type reportedPass struct{}

func (reportedPass) rules() []Rule {
	return []Rule{RuleSpeakerCueContent, RuleContentSpeakerCue, RuleParticipleContent, RuleParticipleCue, RuleTreeSubject,
		RuleCueSpeaker, RuleEvaluativeVerb, RuleCausedSpeaker, RuleAccordingTo, RulePassiveCue, RuleAct, RulePassiveAct}
}

func (reportedPass) run(a *Extractor, pc *para) bool {
	st := pc.st
	for _, s := range pc.ss {
		st.sent, st.tree = s.toks, s.tree
		if a.trailingSource(pc, s) {
			continue
		}
		a.reportedIn(pc, s.toks)
	}
	return false
}

// reportedIn finds the reported speech of toks, cue by cue, and reports
// whether it found any.
func (a *Extractor) reportedIn(pc *para, toks []token) bool {
	st := pc.st
	any := false
	inQuote := pc.inQuote // one closure for the loop
	var last int          // content must not reach back before the previous statement
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !(t.Lower == "according" || a.lex.MayCue(toks, i)) || pc.usedCue[t.Start] || inQuote(t) >= 0 {
			continue // the cheap test first: reported finds no cue there
		}
		f, _, ok := a.reported(st, toks, i, last, inQuote)
		if !ok || nestedRepeat(pc.stmts, f) {
			continue
		}
		if f.Rule == RuleParticipleCue && len(f.Objects) == 0 {
			// "…, the ministry said, calling the salvo a provocation":
			// the act named again is the one the sentence reported.
			if code := a.actReferred(st, pc.stmts, toks[:i], f); code != "" {
				f.Objects = []string{code}
			}
		}
		pc.accept(f)
		any = true
		// "Ortega has declined to receive Peru's envoy, saying ...": the
		// main clause before the participle is the speaker's act.
		if f.Rule == RuleParticipleCue && i > 2 && st.doc.SpeakerCountry == "" {
			if g, ok := a.event(st, toks[:i-1]); ok {
				pc.accept(g)
			}
		}
		pc.usedCue[t.Start] = true
		// A relative clause inside the subject of the main verb ("Ana
		// Ruiz, who has argued X, said Y"): the main verb's subject is
		// still to be read.
		if len(f.Subj) > 0 && relativeSubject(toks, f.Subj, i) {
			continue
		}
		// Go on inside the content: a statement may report another
		// ("..., as Chile charged Peru with ...").
		last = i + 1
	}
	return any
}

// trailingSource reads "content, a Jordanian official confirmed.": the
// attribution that ends the sentence takes the whole sentence. It
// reports whether it did.
func (a *Extractor) trailingSource(pc *para, s sentence) bool {
	st := pc.st
	i := a.trailingCue(s.toks, pc.inQuote)
	if i < 0 || pc.usedCue[s.toks[i].Start] {
		return false
	}
	// Unless the sentence opens with its own speaker and cue ("The envoy
	// said ..., Tasnim News Agency reported"): then the trailing source only
	// relays, and the opening speaker's statement ends before it.
	comma := a.speakerStart(s.toks, a.subjectBefore(s.toks, i)) - 1
	if j := a.openingCue(s.toks, comma); j >= 0 {
		if f, _, ok := a.reported(st, s.toks[:comma], j, 0, pc.inQuote); ok {
			pc.accept(f)
			pc.usedCue[s.toks[j].Start] = true
			pc.usedCue[s.toks[i].Start] = true
			// "Zambian troops attacked Malawi, Malawian officials said":
			// an evaluative verb opens a country's act, which another
			// country reports; the report is a statement of its own. So
			// is a judgement of what a country's deeds show ("X has
			// shown that it cannot be trusted, Y said").
			if f.CueTerm != nil && (f.CueTerm.Evaluative || a.lex.Words.CueIs(f.CueTerm, lexicons.WordEvidence)) && f.Stmt.SpeakerCountry != "" {
				if g, _, ok := a.reported(st, s.toks, i, 0, pc.inQuote); ok && g.Stmt.SpeakerCountry != "" && g.Stmt.SpeakerCountry != f.Stmt.SpeakerCountry {
					pc.accept(g)
				}
			}
			return true
		}
	}
	f, _, ok := a.reported(st, s.toks, i, 0, pc.inQuote)
	if !ok {
		return false
	}
	pc.accept(f)
	pc.usedCue[s.toks[i].Start] = true
	// The sentence before the source may report speech of its own ("A
	// refused to meet B, saying ..."); else it is a country's act as well:
	// "Israel reimposed blockades ..., a military spokesman said."
	if a.reportedIn(pc, s.toks[:comma]) {
		return true
	}
	if st.doc.SpeakerCountry == "" {
		if g, ok := a.event(st, s.toks[:comma]); ok {
			pc.accept(g)
		}
	}
	return true
}

// actReferred returns, for a participle statement f whose content opens
// with a definite noun phrase naming an act ("calling the salvo a grave
// provocation", "condemning the incursion"), the country whose act a
// statement of stmts reports earlier in the sentence (before: the words
// before the participle): the country its content opens with, other
// than f's speaker's. It returns "" when there is none.
func (a *Extractor) actReferred(st *docState, stmts []found, before []token, f found) string {
	if len(f.Toks) < 2 || len(before) == 0 || f.Toks[0].Lower != "the" && f.Toks[0].Lower != "this" || f.Toks[1].Cap {
		return ""
	}
	for k := range stmts {
		s := &stmts[k]
		if s.Stmt.Start < before[0].Start || s.Stmt.End > before[len(before)-1].End || len(s.Toks) == 0 {
			continue
		}
		ms := a.lex.Mentions(s.Toks, st.doc.Date)
		if len(ms) > 0 && ms[0].Tok <= 1 && ms[0].Code != f.Stmt.SpeakerCountry && len(ms[0].Code) == 3 {
			return ms[0].Code
		}
	}
	return ""
}
