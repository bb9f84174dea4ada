package extract

import (
	"github.com/stance-project/stance/analysis/annotate"
	"github.com/stance-project/stance/analysis/record"
	"github.com/stance-project/stance/lexicons"
)

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
	prev := "" // the country the sentence before opened with, for "It …" (itOpens)
	for _, s := range pc.ss {
		opened := prev
		prev = openingNominal(s.toks, s.ms)
		if prev == "" {
			prev = soleOther(s.ms, st.doc.SpeakerCountry)
		}
		taken := false
		for k := range pc.stmts {
			f := &pc.stmts[k]
			// Only a quote of someone else takes the sentence away from
			// the speaking country.
			if f.Stmt.Kind == record.Direct && 2*(min(f.Stmt.End, s.sp.End)-max(f.Stmt.Start, s.sp.Start)) > s.sp.End-s.sp.Start && f.Stmt.SpeakerCountry != st.doc.SpeakerCountry {
				taken = true
			}
		}
		if taken {
			prev = ""
			continue
		}
		f := found{Stmt: record.Statement{Speaker: speechSpeaker(st.doc), SpeakerCountry: st.doc.SpeakerCountry, Kind: record.Speech, Field: record.TextField,
			SpeakerRule: "the document's speaker_country"}, Rule: RuleSpeech}
		actor := a.namesActor(st, s)
		if !namesCountryOutside(s.toks, s.ms, pc.stmts) && !actor {
			if opened == "" || opened == st.doc.SpeakerCountry || !itOpens(s.toks) && !anaphorOpens(s.toks) {
				continue
			}
			// "X has closed the crossings. It continues to shell our
			// towns.": the sentence is about the country the one before
			// opened with, and so is "it" the next one.
			f.Objects = []string{opened}
			prev = opened
		}
		a.setContent(&f, pc.text, s.toks)
		if f.Stmt.End > f.Stmt.Start && (len(s.ms) > 0 || len(f.Objects) > 0 || actor) {
			// Drop reported statements of the speaking country itself
			// inside this sentence: the speech statement covers them.
			kept := 0 // in place, moving a statement only when one before it went
			for k := range pc.stmts {
				g := &pc.stmts[k]
				if g.Stmt.Start >= s.sp.Start && g.Stmt.End <= s.sp.End && (g.Stmt.SpeakerCountry == st.doc.SpeakerCountry || g.Stmt.SpeakerCountry == "") {
					continue
				}
				if kept != k {
					pc.stmts[kept] = *g
				}
				kept++
			}
			pc.stmts = append(pc.stmts[:kept], f)
		}
	}
	return false
}

// openingNominal returns the country a sentence opens with as its
// subject, by name ("X has …", "The Republic of X has …"), not by an
// adjective or a possessive ("X's forces …"), nor by a person ("it" is
// never one); "" when it opens otherwise. ms are the sentence's country
// mentions (Countries.Find), already found.
func openingNominal(toks []token, ms []mention) string {
	ms = openingOf(ms, toks)
	if len(ms) != 1 || ms[0].Kind == byAdjective || toks[ms[0].End-1].Poss {
		return ""
	}
	return ms[0].Code
}

// itOpens reports whether a sentence opens with "it" as its subject, not
// as the empty subject of "it is … that" ("It is clear that …", "It would
// be a mistake to …"). "Its" is left to anaphorOpens: what it owns is as
// often a plan's or a meeting's ("Its success …") as a country's.
func itOpens(toks []token) bool {
	if len(toks) < 3 || toks[0].Lower != "it" {
		return false
	}
	for _, t := range toks[1:min(len(toks), 4)] {
		if annotate.IsBe(t.Lower) || t.Lower == "seems" || t.Lower == "appears" || t.Lower == "remains" || t.Lower == "goes" {
			return false
		}
	}
	return true
}

// namesActor reports whether a sentence that names no country names a
// person of the actor lexicon in office on the document's date ("the
// Assad regime", "President Maduro"): the country they rule is what the
// sentence is about.
func (a *Extractor) namesActor(st *docState, s sentence) bool {
	return len(s.ms) == 0 && a.lex.Actors != nil && len(a.lex.Actors.Find(s.toks, st.doc.Date)) > 0
}

// anaphorOpens reports whether a sentence opens with a noun phrase that
// refers back to a country ("That regime …", "This country …", "The
// occupying Power …", "The aggressor …"): like "It", the country the
// sentence before opened with.
func anaphorOpens(toks []token) bool {
	if len(toks) < 3 {
		return false
	}
	switch d, n := toks[0].Lower, toks[1].Lower; {
	case (d == "that" || d == "this") && (n == "country" || n == "regime" || n == "government" || n == "state"):
		return true
	case d == "the" && (n == "aggressor" || n == "occupying" && toks[2].Lower == "power"):
		return true
	case d == "its" && stateNouns[n]:
		// "Its troops …", "Its government …": what a state owns (a
		// plan's or a meeting's "its" is left alone).
		return true
	}
	return false
}

// stateNouns are what only a state owns: "Its troops", "Its regime".
var stateNouns = map[string]bool{"troops": true, "forces": true, "army": true, "soldiers": true, "government": true,
	"regime": true, "leaders": true, "leadership": true, "authorities": true, "navy": true, "aircraft": true,
	"military": true, "occupation": true, "aggression": true}

// soleOther returns the one country other than self that a sentence's
// mentions name by name ("We condemn X's raids."), or "" when it names
// none or several: what "It" opening the next sentence may stand for.
func soleOther(ms []mention, self string) string {
	code := ""
	for _, m := range ms {
		if m.Code == self || lexicons.IsOrganisation(m.Code) || m.Kind == byAdjective {
			continue // "It" stands for no organisation, and for no "X forces"
		}
		if code != "" && code != m.Code {
			return ""
		}
		code = m.Code
	}
	return code
}
