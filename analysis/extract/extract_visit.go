package extract

import (
	"slices"

	"github.com/stance-project/stance/analysis/record"
)

// titleVisitPass reads a title that opens with a person "in" another
// country or its capital: "Boric in Lima, hails …", "Xi in Moscow for
// talks", "Zelensky in Washington: …". The person's presence there is a
// visit (CAMEO 042): contact of the visitor's country with the host's, of
// each toward the other (the scorer gives the contact, as it weighs
// "visit"). The passes after it read the rest of the title with the
// person as its subject ("Boric hails …"), and after a colon the rest
// alone ("Zelensky in Washington: Biden pledges …"), with no tree.
type titleVisitPass struct{}

func (titleVisitPass) rules() []Rule { return []Rule{RuleTitleVisit} }

func (titleVisitPass) fallback() bool { return false }

func (titleVisitPass) run(a *Extractor, pt *titleRead) {
	k, e, ok := a.visitOpening(pt.st, pt.toks)
	if !ok {
		return
	}
	f, ok := a.titleVisit(pt.st, pt.title, pt.toks, k, e)
	if !ok {
		return
	}
	pt.st.add(f)
	pt.visits++
	toks := pt.toks
	var rest []token
	switch {
	case e == len(toks):
	case toks[e].Text == ":":
		rest = toks[e+1:]
	case !toks[e].Word:
		rest = append(slices.Clip(toks[:k]), toks[e+1:]...)
	default:
		rest = append(slices.Clip(toks[:k]), toks[e:]...)
	}
	pt.toks, pt.tree = rest, nil
}

// titleVisit returns the visit a title opens with (toks[:k] in
// toks[k+1:e]: visitOpening) as a statement of the visitor, its content
// the words "in" and the place, when the place is another country's.
func (a *Extractor) titleVisit(st *docState, text string, toks []token, k, e int) (found, bool) {
	name, country, via, mem := a.resolve(st, toks[:k], text)
	place := a.lex.Countries.Find(toks[k+1 : e])
	if country == "" || len(place) != 1 || place[0].Code == country {
		return found{}, false
	}
	f := found{Stmt: record.Statement{Speaker: name, SpeakerCountry: country, Kind: record.Indirect, Cue: "in", Field: record.TitleField,
		SpeakerRule: via}, Rule: RuleTitleVisit, Act: true, Subj: toks[:k], Mem: mem}
	a.setContent(&f, text, toks[k:e])
	return f, f.Stmt.End > f.Stmt.Start
}

// visitOpening reports whether a title opens with a person in a place:
// toks[:k] a name or a title and name of at most five capitalised words
// or role words that names a person (an actor of the lexicon, or a role word: "Chinese
// FM", "PM Modi"), toks[k] "in", toks[k+1:e] a country or capital, and
// then a comma, a colon, a dash or a lower-case word (the person's verb,
// "for", "to"), not another capitalised word ("in Lima Airport").
func (a *Extractor) visitOpening(st *docState, toks []token) (k, e int, ok bool) {
	k = -1
	for i, t := range toks {
		if i > 5 || !t.Word {
			return 0, 0, false
		}
		if t.Lower == "in" && !t.Cap || t.Text == "In" && i > 0 {
			k = i
			break
		}
		if !t.Cap && (i == 0 || a.lex.Roles[t.Lower] == "") {
			return 0, 0, false // "Ghanaian foreign minister" has its role words
		}
	}
	if k < 1 || k+1 >= len(toks) {
		return 0, 0, false
	}
	person := false
	for _, t := range toks[:k] {
		if r := a.lex.Roles[t.Lower]; r == "title" || r == "person" || t.Text == "PM" || t.Text == "FM" {
			person = true
		}
	}
	if !person && (a.lex.Actors == nil || len(a.lex.Actors.Find(toks[:k], st.doc.Date)) == 0) {
		return 0, 0, false
	}
	ms := a.lex.Countries.Find(toks[k+1:])
	if len(ms) == 0 || ms[0].Tok != 0 || ms[0].Kind == byAdjective {
		return 0, 0, false
	}
	e = k + 1 + ms[0].End
	if e == len(toks) {
		return k, e, true
	}
	switch next := toks[e]; {
	case next.Text == "," || next.Text == ":" || next.Text == "-" || next.Text == "—":
		return k, e, true
	case next.Lower == "for" || next.Lower == "on" || next.Lower == "to" || next.Lower == "amid" || next.Lower == "as":
		return k, e, true
	case next.Word && !next.Cap:
		return k, e, true // "Blinken in Kinshasa presses Kigali …"
	}
	return 0, 0, false
}
