package extract

import (
	"slices"

	"github.com/stance-project/stance/analysis/record"
)

// titleVisitPass reads a title that opens with a person "in" another
// country or its capital: "Boric in Lima, hails …", "Boric in Lima for
// talks", "Kagame in Kampala: …". The person's presence there is a
// visit (CAMEO 042): contact of the visitor's country with the host's, of
// each toward the other (the scorer gives the contact, as it weighs
// "visit"). The passes after it read the rest of the title with the
// person as its subject ("Boric hails …"), and after a colon the rest
// alone ("Kagame in Kampala: Museveni hails …"), with no tree.
type titleVisitPass struct{}

func (titleVisitPass) rules() []Rule { return []Rule{RuleTitleVisit} }

func (titleVisitPass) fallback() bool { return false }

func (titleVisitPass) run(a *Extractor, pt *titleRead) {
	v, ok := a.visitOpening(pt.st, pt.toks)
	if !ok {
		// "Orban's Moscow trip draws …": a visit named by a noun after
		// its visitor's possessive and its place; the rest of the title
		// is read as it is, the noun phrase its subject.
		if f, ok := a.possessiveVisit(pt.st, pt.title, pt.toks); ok {
			pt.st.add(f)
			pt.visits++ // the fallback passes still read the title
		} else if f, ok := a.subordinateVisit(pt.st, pt.title, pt.toks); ok {
			pt.st.add(f)
			pt.visits++
		}
		return
	}
	f, ok := a.titleVisit(pt.st, pt.title, pt.toks, v)
	if !ok {
		return
	}
	s, e := v.s, v.e
	pt.st.add(f)
	pt.visits++
	toks := pt.toks
	var rest []token
	switch {
	case e == len(toks):
	case toks[e].Text == ":":
		rest = toks[e+1:]
	case !toks[e].Word:
		rest = append(slices.Clip(toks[:s]), toks[e+1:]...)
	default:
		rest = append(slices.Clip(toks[:s]), toks[e:]...)
	}
	pt.toks, pt.tree = rest, nil
}

// visitSpan is where a title's visit stands (visitOpening): the visitor
// toks[:s], "in" at toks[k], the place toks[k+1:e] and its country.
type visitSpan struct {
	s, k, e int
	place   string
}

// titleVisit returns the visit a title opens with (v) as a statement of
// the visitor, its content from the verb of arrival or "in" through the
// place, when the place is another country's.
func (a *Extractor) titleVisit(st *docState, text string, toks []token, v visitSpan) (found, bool) {
	name, country, via, mem := a.resolve(st, toks[:v.s], text)
	if country == "" || v.place == country {
		return found{}, false
	}
	f := found{Stmt: record.Statement{Speaker: name, SpeakerCountry: country, Kind: record.Indirect, Cue: "in", Field: record.TitleField,
		SpeakerRule: via}, Rule: RuleTitleVisit, Act: true, Subj: toks[:v.s], Mem: mem}
	a.setContent(&f, text, toks[v.s:v.e])
	return f, f.Stmt.End > f.Stmt.Start
}

// visitOpening reports whether a title opens with a person in a place:
// toks[:s] a name or a title and name of at most five capitalised words
// or role words that names a person (an actor of the lexicon, or a role word: "Chinese
// FM", "PM Modi"), toks[k] "in" (right after the name, s == k, or after
// a verb of arrival at toks[s]), toks[k+1:e] a country or capital (or
// a visit named by a noun and "to" before it, after "in" or "on": "X in
// rare visit to Y"), and
// then a comma, a colon, a dash or a lower-case word (the person's verb,
// "for", "to"), not another capitalised word ("in Lima Airport").
func (a *Extractor) visitOpening(st *docState, toks []token) (visitSpan, bool) {
	s, k := 0, -1
	for i, t := range toks {
		if i > 5 || !t.Word {
			return visitSpan{}, false
		}
		if t.Lower == "in" && !t.Cap || t.Text == "In" && i > 0 || t.Text == "on" && i > 0 && visitNounAfter(toks, i+1) > 0 {
			s, k = i, i
			break
		}
		if arrivals[t.Lower] && i > 0 && i+1 < len(toks) && toks[i+1].Lower == "in" {
			s, k = i, i+1 // "Boric lands in Lima"
			break
		}
		if !t.Cap && (i == 0 || a.lex.Roles[t.Lower] == "") {
			return visitSpan{}, false // "Ghanaian foreign minister" has its role words
		}
	}
	if s < 1 || k+1 >= len(toks) {
		return visitSpan{}, false
	}
	person := false
	for _, t := range toks[:s] {
		if r := a.lex.Roles[t.Lower]; r == "title" || r == "person" || t.Text == "PM" || t.Text == "FM" {
			person = true
		}
	}
	if !person && (a.lex.Actors == nil || len(a.lex.Actors.Find(toks[:s], st.doc.Date)) == 0) {
		return visitSpan{}, false
	}
	at := k + 1
	if n := visitNounAfter(toks, at); n > 0 {
		at = n // "X in rare visit to Y", "X on visit to Y"
	}
	ms := a.lex.Countries.Find(toks[at:])
	if len(ms) == 0 || ms[0].Tok != 0 || ms[0].Kind == byAdjective {
		return visitSpan{}, false
	}
	v := visitSpan{s: s, k: k, e: at + ms[0].End, place: ms[0].Code}
	if v.e == len(toks) {
		return v, true
	}
	switch next := toks[v.e]; {
	case next.Text == "," || next.Text == ":" || next.Text == "-" || next.Text == "—":
		return v, true
	case next.Word && !next.Cap:
		return v, true // "Ruto in Kampala urges Kigali …", "… for talks"
	}
	return visitSpan{}, false
}

// possessiveVisit reads a title that opens with a visit named by a noun
// (visitNouns) after the visitor's possessive and the place it is to, a
// country or its capital: "Orban's Moscow trip", "Chilean President's
// Lima visit". The possessor, a person (an actor of the lexicon or a
// role) or a country of its own, visits the place's country, as
// titleVisit reads "X in Lima".
func (a *Extractor) possessiveVisit(st *docState, text string, toks []token) (found, bool) {
	p := -1
	for i, t := range toks {
		if i > 5 || !t.Word || !t.Cap && a.lex.Roles[t.Lower] == "" {
			// The possessor is a name, a title and a name, or a
			// country's role ("Chilean President's"): "X fires
			// missiles after Y's …" opens with no visitor.
			return found{}, false
		}
		if t.Poss {
			p = i
			break
		}
	}
	if p < 0 || p+2 >= len(toks) {
		return found{}, false
	}
	ms := a.lex.Countries.Find(toks[p+1:])
	if len(ms) == 0 || ms[0].Tok != 0 || ms[0].Kind == byAdjective {
		return found{}, false
	}
	e := p + 1 + ms[0].End
	if e >= len(toks) || !visitNouns[toks[e].Lower] {
		return found{}, false
	}
	subj := slices.Clone(toks[:p+1])
	dropPossessive(text, &subj[p])
	name, country, via, mem := a.resolve(st, subj, text)
	if country == "" || country == ms[0].Code || len(country) != 3 {
		return found{}, false
	}
	f := found{Stmt: record.Statement{Speaker: name, SpeakerCountry: country, Kind: record.Indirect, Cue: toks[e].Lower, Field: record.TitleField,
		SpeakerRule: via}, Rule: RuleTitleVisit, Act: true, Subj: subj, Mem: mem}
	a.setContent(&f, text, toks[p+1:e+1])
	return f, f.Stmt.End > f.Stmt.Start
}

// subordinateVisit reads a visit that opens a title's clause after a
// subordinator ("X thanks Y as Chinese president lands in Belgrade",
// "… after Ruto arrives in Kampala", "… after Ruto's Kampala visit"), as
// titleVisit and possessiveVisit read one that opens the title.
func (a *Extractor) subordinateVisit(st *docState, text string, toks []token) (found, bool) {
	for k := 2; k+2 < len(toks); k++ {
		if !visitSubordinators[toks[k].Lower] {
			continue
		}
		sub := toks[k+1:]
		if v, ok := a.visitOpening(st, sub); ok {
			return a.titleVisit(st, text, sub, v)
		}
		if f, ok := a.possessiveVisit(st, text, sub); ok {
			return f, true // "X holds drills after Y's Z visit"
		}
	}
	return found{}, false
}

// visitSubordinators open a title's clause that may tell a visit.
var visitSubordinators = map[string]bool{"as": true, "while": true, "after": true, "when": true}

// visitNounAfter returns the index after "to" when toks[i:] open with a
// visit named by a noun, after at most three lower-case words, and "to"
// ("(in) rare visit to", "(on) an overdue official visit to"), or 0.
func visitNounAfter(toks []token, i int) int {
	for j := i; j < len(toks) && j <= i+3; j++ {
		t := toks[j]
		if !t.Word || t.Cap {
			return 0
		}
		if visitNouns[t.Lower] {
			if j+1 < len(toks) && toks[j+1].Lower == "to" {
				return j + 2
			}
			return 0
		}
	}
	return 0
}

// visitNouns name a visit made to a place named before them.
var visitNouns = map[string]bool{"trip": true, "visit": true, "tour": true, "stopover": true}

// arrivals are the verbs of arriving that a title's visit may open with
// before "in" ("lands in", "arrives in").
var arrivals = map[string]bool{"arrives": true, "arrived": true, "lands": true, "landed": true}
