package extract

import "github.com/stance-project/stance/analysis/record"

// speechPass reads a first-person speech (a document with a speaker
// country): a sentence that names a country and is not someone else's
// quote is the speaking country's statement. Only direct quotes are
// someone else's statements there: reported speech ("Russia claims that
// ...") is the delegation's own account, scored in its sentence.
type speechPass struct{}

func (speechPass) rules() []Rule { return []Rule{RuleSpeech} }

func (speechPass) run(a *Extractor, pc *para) bool {
	st := pc.st
	if st.doc.SpeakerCountry == "" {
		return false
	}
	kept := pc.stmts[:0]
	for _, f := range pc.stmts {
		if f.Stmt.Kind == record.Direct {
			kept = append(kept, f)
		}
	}
	pc.stmts = kept
	for _, s := range pc.ss {
		taken := false
		for _, f := range pc.stmts {
			// Only a quote of someone else takes the sentence away from
			// the speaking country.
			if f.Stmt.Kind == record.Direct && 2*(min(f.Stmt.End, s.sp.End)-max(f.Stmt.Start, s.sp.Start)) > s.sp.End-s.sp.Start && f.Stmt.SpeakerCountry != st.doc.SpeakerCountry {
				taken = true
			}
		}
		if taken || !namesCountryOutside(s.toks, s.ms, pc.stmts) {
			continue
		}
		f := found{Stmt: record.Statement{Speaker: speechSpeaker(st.doc), SpeakerCountry: st.doc.SpeakerCountry, Kind: record.Speech, Field: record.TextField,
			SpeakerRule: "the document's speaker_country"}, Rule: RuleSpeech}
		a.setContent(&f, pc.text, s.toks)
		if f.Stmt.End > f.Stmt.Start && len(s.ms) > 0 {
			// Drop reported statements of the speaking country itself
			// inside this sentence: the speech statement covers them.
			kept := pc.stmts[:0]
			for _, g := range pc.stmts {
				if !(g.Stmt.Start >= s.sp.Start && g.Stmt.End <= s.sp.End && (g.Stmt.SpeakerCountry == st.doc.SpeakerCountry || g.Stmt.SpeakerCountry == "")) {
					kept = append(kept, g)
				}
			}
			pc.stmts = append(kept, f)
		}
	}
	return false
}
