package analysis

import "slices"

// The discourse: what a document has said so far, as the rules of
// extraction read it. A rule reads the memory through a view
// (docState.memoryAt: what the kept statements committed, and what the
// statements accepted so far in the paragraph tell, in the order of the
// text) and returns what its statement would tell it (a memoryUpdate,
// computed by resolve, which changes nothing). The update is committed
// (docState.commit) only when the statement is kept (docState.add), so a
// candidate that is tried and rejected leaves the memory as it was.

// person is a speaker met earlier in the document.
type person struct {
	name, surname, country string
	roles                  []string
}

// memoryUpdate is what a statement tells the document's memory once it is
// kept: the person its subject names (met for the first time, or before)
// becomes the last person who spoke, and gets a country when they had none.
// resolve computes it and changes nothing; docState.commit applies it, when
// the statement is kept (docState.add), so that a candidate that is tried
// and rejected (an act that is about no other country, reported speech with
// no content, a nested repeat) leaves the memory as it was.
type memoryUpdate struct {
	named   bool    // the update comes from a subject resolved at offset at
	at      int     // offset of the subject in the text: where it is read
	person  *person // the person the subject names; nil: none
	isNew   bool    // person is met for the first time
	pronoun bool    // the subject is a pronoun the memory resolved
	country string  // a country for person, when they have none
}

// memory is the document's memory as a subject at some offset reads it:
// the people met (those committed, then those of statements not yet
// committed), the last person who spoke and the last statement with a
// speaker. It is read-only and valid until the next memoryAt.
type memory struct {
	people  []*person // committed
	extra   []*person // met by statements not yet committed, in the order of the text
	last    *person
	lastSp  *found
	country []personCountry // countries given by statements not yet committed
}

type personCountry struct {
	p       *person
	country string
}

// countryOf returns p's country, as committed or as a statement not yet
// committed gives it.
func (m *memory) countryOf(p *person) string {
	if p.country != "" {
		return p.country
	}
	for _, pc := range m.country {
		if pc.p == p {
			return pc.country
		}
	}
	return ""
}

// known returns the first person met with this name or surname.
func (m *memory) known(full, surname string) *person {
	for _, ps := range [2][]*person{m.people, m.extra} {
		for _, p := range ps {
			if p.name == full || p.surname == surname {
				return p
			}
		}
	}
	return nil
}

// latest returns the last person met for whom ok holds.
func (m *memory) latest(ok func(*person) bool) *person {
	for _, ps := range [2][]*person{m.extra, m.people} {
		for k := len(ps) - 1; k >= 0; k-- {
			if ok(ps[k]) {
				return ps[k]
			}
		}
	}
	return nil
}

// read adds what a statement not yet committed tells to the memory as
// read (commit does it for good).
func (m *memory) read(u memoryUpdate) {
	if u.person == nil {
		return
	}
	if u.isNew {
		m.extra = append(m.extra, u.person)
	}
	if u.country != "" && m.countryOf(u.person) == "" {
		m.country = append(m.country, personCountry{u.person, u.country})
	}
	m.last = u.person
}

// commit applies u to the document's memory: the statement that carries it
// is kept. A person met for the first time whom the memory knows by now
// (another statement named them in the meantime) is that person; applying
// an update again changes nothing.
func (st *docState) commit(u memoryUpdate) {
	p := u.person
	if p == nil {
		return
	}
	if !slices.Contains(st.people, p) {
		m := memory{people: st.people}
		if q := m.known(p.name, p.surname); q != nil {
			if q.country == "" {
				q.country = p.country
			}
			p = q
		} else {
			st.people = append(st.people, p)
		}
	}
	if p.country == "" {
		p.country = u.country
	}
	st.last = p
}

// memoryAt returns the memory as a subject at offset pos of the paragraph
// being read sees it: what the kept statements committed, and what the
// statements accepted so far in this paragraph whose subject comes before
// pos tell, in the order of the text (they are committed when the
// paragraph's statements are added). Statements are found in passes (the
// quotes of a paragraph first, then reported speech, then acts), so the
// order they are found in is not the order of the text.
func (st *docState) memoryAt(pos int) memory {
	m := memory{people: st.people, last: st.last, lastSp: st.lastSp}
	before := st.viewBuf[:0]
	for i := range st.pending {
		if f := &st.pending[i]; f.readAt() < pos {
			before = append(before, f)
		}
	}
	if len(before) == 0 {
		return m
	}
	slices.SortStableFunc(before, func(x, y *found) int { return x.stmt.Start - y.stmt.Start })
	m.extra, m.country = st.viewExtra[:0], st.viewCountry[:0]
	for _, f := range before {
		m.read(f.mem)
		m.lastSp = f
	}
	// The buffers are the document's, reused by the next memoryAt.
	st.viewBuf, st.viewExtra, st.viewCountry = before, m.extra, m.country
	return m
}

// readAt returns where a reader meets f's speaker: the subject, else the
// statement itself.
func (f *found) readAt() int {
	if f.mem.named {
		return f.mem.at
	}
	return f.stmt.Start
}
