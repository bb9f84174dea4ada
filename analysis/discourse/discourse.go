// Package discourse is the memory of a document being read: the people it
// has met, who spoke last and the last statement with a speaker, so that a
// later "he said", "the envoy" or a quote with no cue finds its speaker.
//
// The memory is read-only to the rules that read it. A rule reads a
// [Memory] (a view of what has been committed, and of what the statements
// accepted but not yet kept tell, [Memory.Read]) and returns what its
// statement would tell it, an [Update], changing nothing. The update is
// committed ([Record.Commit]) only when the statement is kept, so that a
// candidate that is tried and rejected leaves the memory as it was.
//
// S is the type of the statements the memory points back to (extraction's
// own: extract.Found).
package discourse

import "slices"

// Person is a speaker met earlier in the document.
type Person struct {
	Name, Surname, Country string
	Roles                  []string // the role words met with them ("envoy")
	Former                 bool     // met as one who held an office before ("former president"): of no state
}

// Update is what a statement tells the document's memory once it is kept:
// the person its subject names (met for the first time, or before) becomes
// the last person who spoke, and gets a country when they had none.
type Update struct {
	Named   bool    // the update comes from a subject resolved at offset At
	At      int     // offset of the subject in the text: where it is read
	Person  *Person // the person the subject names; nil: none
	IsNew   bool    // Person is met for the first time
	Pronoun bool    // the subject is a pronoun the memory resolved
	Country string  // a country for Person, when they have none
	Former  bool    // Person held the office no more: they speak for no state
}

// Record is the committed memory of a document.
type Record[S any] struct {
	People []*Person // met, in the order they were committed
	Last   *Person   // the last person who spoke
	LastSp *S        // the last statement with a speaker
}

// Commit applies u: the statement that carries it is kept. A person met for
// the first time whom the memory knows by now (another statement named them
// in the meantime) is that person; applying an update again changes
// nothing.
func (r *Record[S]) Commit(u Update) {
	p := u.Person
	if p == nil {
		return
	}
	if !slices.Contains(r.People, p) {
		m := Memory[S]{People: r.People}
		if q := m.Known(p.Name, p.Surname); q != nil {
			if q.Country == "" {
				q.Country = p.Country
			}
			q.Former = q.Former || p.Former
			p = q
		} else {
			r.People = append(r.People, p)
		}
	}
	if u.Former {
		p.Former = true
	}
	if p.Country == "" {
		p.Country = u.Country
	}
	r.Last = p
}

// View returns the memory as the record holds it, with nothing read yet.
func (r *Record[S]) View() Memory[S] {
	return Memory[S]{People: r.People, Last: r.Last, LastSp: r.LastSp}
}

// Memory is the document's memory as a subject at some offset reads it:
// the people met (those committed, then those of statements not yet
// committed), the last person who spoke and the last statement with a
// speaker. It is read-only to those who read it.
type Memory[S any] struct {
	People    []*Person // committed
	Extra     []*Person // met by statements not yet committed, in the order of the text
	Last      *Person
	LastSp    *S
	Countries []PersonCountry // countries given by statements not yet committed
	Formers   []*Person       // people statements not yet committed tell held an office before
}

// PersonCountry is a country a statement not yet committed gives a person.
type PersonCountry struct {
	Person  *Person
	Country string
}

// CountryOf returns p's country, as committed or as a statement not yet
// committed gives it; none for one who held an office before (Former).
func (m *Memory[S]) CountryOf(p *Person) string {
	if m.IsFormer(p) {
		return ""
	}
	if p.Country != "" {
		return p.Country
	}
	for _, pc := range m.Countries {
		if pc.Person == p {
			return pc.Country
		}
	}
	return ""
}

// IsFormer reports whether p held an office before, as committed or as a
// statement not yet committed tells: then p speaks for no state.
func (m *Memory[S]) IsFormer(p *Person) bool {
	return p.Former || slices.Contains(m.Formers, p)
}

// Known returns the first person met with this name or surname.
func (m *Memory[S]) Known(full, surname string) *Person {
	for _, ps := range [2][]*Person{m.People, m.Extra} {
		for _, p := range ps {
			if p.Name == full || p.Surname == surname {
				return p
			}
		}
	}
	return nil
}

// Latest returns the last person met for whom ok holds.
func (m *Memory[S]) Latest(ok func(*Person) bool) *Person {
	for _, ps := range [2][]*Person{m.Extra, m.People} {
		for k := len(ps) - 1; k >= 0; k-- {
			if ok(ps[k]) {
				return ps[k]
			}
		}
	}
	return nil
}

// Read adds to the view what a statement not yet committed tells (Commit
// does it for good).
func (m *Memory[S]) Read(u Update) {
	if u.Person == nil {
		return
	}
	if u.IsNew {
		m.Extra = append(m.Extra, u.Person)
	}
	if u.Former {
		m.Formers = append(m.Formers, u.Person)
	}
	if u.Country != "" && m.CountryOf(u.Person) == "" {
		m.Countries = append(m.Countries, PersonCountry{u.Person, u.Country})
	}
	m.Last = u.Person
}
