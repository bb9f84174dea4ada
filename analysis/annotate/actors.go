package annotate

import (
	"slices"
	"sort"

	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/analysis/segment"
	"github.com/stance-project/stance/lexicons"
)

// Actors finds actor-lexicon rows by name or alias.
type Actors struct {
	byName  map[string][]*lexicons.Actor // rows of the Options.Actors slice
	byFirst map[string][]actorPhrase     // first segment.Token key → names of several tokens, longest first
}

// actorPhrase is an actor's name or alias as a segment.Token sequence.
type actorPhrase struct {
	keys []string
	name string // the key of byName
	// imported: every row of the name comes from an imported dictionary
	// (lexicons.SourcePhoenix), whose names find matches more strictly.
	imported bool
}

// NewActors indexes the rows of the actor lexicon by name and alias (nil
// for none).
func NewActors(rows []lexicons.Actor) *Actors {
	if len(rows) == 0 {
		return nil
	}
	x := &Actors{byName: make(map[string][]*lexicons.Actor, len(rows)), byFirst: make(map[string][]actorPhrase, len(rows))}
	add := func(n string, r *lexicons.Actor) {
		if len(x.byName[n]) == 0 {
			toks := segment.Tokenize(n)
			if len(toks) > 0 {
				keys := make([]string, len(toks))
				for i, t := range toks {
					keys[i] = TokenKey(t)
				}
				x.byFirst[keys[0]] = append(x.byFirst[keys[0]], actorPhrase{keys: keys, name: n, imported: true})
			}
		}
		x.byName[n] = append(x.byName[n], r)
	}
	for i := range rows {
		r := &rows[i]
		add(r.Name, r)
		for _, n := range r.Aliases {
			add(n, r)
		}
	}
	for k, ps := range x.byFirst {
		for i := range ps {
			for _, r := range x.byName[ps[i].name] {
				if r.Source != lexicons.SourcePhoenix {
					ps[i].imported = false
					break
				}
			}
		}
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].keys) > len(ps[j].keys) })
		x.byFirst[k] = ps
	}
	return x
}

// Find returns the actors named in toks whose country is known on date d
// (people as targets: "Trump praised Putin" is about Russia). Institutions
// are left to the country lexicon.
func (x *Actors) Find(toks []segment.Token, d corpus.Date) []Mention {
	return x.find(toks, d, nil)
}

// find is Find; with office, a name that office(toks, i) says holds an
// office where it stands at toks[i] ("President Barack Obama") and that
// no row makes active on d is of the country all rows of the name agree
// on: the text dates the office, not the document ("in May 2010" in a
// text dated 2000).
func (x *Actors) find(toks []segment.Token, d corpus.Date, office func(toks []segment.Token, i int) bool) []Mention {
	var out []Mention
	for i := 0; i < len(toks); {
		if !toks[i].Word || !toks[i].Cap {
			i++
			continue
		}
		n := 1
		cands := x.byFirst[TokenKey(toks[i])]
		if stem, ok := segment.LostApostrophe(toks[i]); len(cands) == 0 && ok {
			// "Putins clampdown".
			for _, p := range x.byFirst[stem] {
				if len(p.keys) == 1 {
					cands = append(cands, p)
				}
			}
		}
		for _, p := range cands {
			if !keysAt(toks, i, p.keys) {
				continue
			}
			// A surname alone followed by another capitalised word is
			// someone else's name ("Trump Tower", "Putin Smith").
			if len(p.keys) == 1 && i+1 < len(toks) && toks[i+1].Word && toks[i+1].Cap && !toks[i].Poss {
				break
			}
			// So is an imported name of any length: the dictionaries hold
			// many shorter forms of longer names ("Abdul Ali" in "Abdul
			// Ali Khan"), so the rest of the run of capitalised words is
			// passed over too.
			if end := i + len(p.keys); p.imported && end < len(toks) && toks[end].Word && toks[end].Cap && !toks[end-1].Poss {
				for n = len(p.keys); i+n < len(toks) && toks[i+n].Word && toks[i+n].Cap; n++ {
				}
				break
			}
			c, _, active := x.inOffice(d, p.name, "")
			if c == "" && office != nil && office(toks, i) && !active && x.everyTerm(p.name, "") {
				c, _ = x.undated(p.name, "")
			}
			if c != "" && x.byName[p.name][0].Role != "institution" {
				out = append(out, Mention{Code: c, Kind: ByLeader, Tok: i, End: i + len(p.keys)})
				n = len(p.keys)
			}
			break
		}
		i += n
	}
	return out
}

// Has reports whether name is a name or alias of a row of the lexicon.
func (x *Actors) Has(name string) bool {
	return x != nil && len(x.byName[name]) > 0
}

// Lookup returns the country of the speaker called full (or, failing
// that, surname) on date d, and a note of the row used: the row active on
// d (inOffice), and else the country all rows of the name agree on, for a
// person speaks as one of their country before and after an office
// ("President Barack Obama" in a text dated before his term).
func (x *Actors) Lookup(d corpus.Date, full, surname string) (string, string) {
	if c, note, active := x.inOffice(d, full, surname); c != "" || d.IsZero() || active {
		return c, note // one country, or two on the date ("King X" of two kingdoms)
	}
	if c, _ := x.undated(full, surname); c != "" && x.everyTerm(full, surname) {
		return c, "actor lexicon: " + full + " (no row on " + d.String() + ": every row of the name says " + c + ")"
	}
	return "", ""
}

// everyTerm reports whether the name full (or, when it has no row,
// surname) names its people in every row of theirs: a name the lexicon
// gives only some of a person's rows ("King X" from the day another
// king of that name died) names them only on those rows' dates.
func (x *Actors) everyTerm(full, surname string) bool {
	n := full
	if len(x.byName[n]) == 0 {
		n = surname
	}
	for _, r := range x.byName[n] {
		for _, q := range x.byName[r.Name] {
			if q.Name == r.Name && q.Name != n && !slices.Contains(q.Aliases, n) {
				return false
			}
		}
	}
	return true
}

// inOffice returns the country of the actor called full (or, failing
// that, surname) on date d, and a note of the row used. A name that maps
// to two countries on that date gives "". On an undated document the date
// cannot decide: a name gives a country only when every row of it names
// the same one (see undated). A person named as a target stands for their
// country only so: a leader out of office is no government ("the release
// of X" before X led the country). active reports whether a row of the
// name is active on d (an undated row always is), even when two such rows
// give two countries ("King X" of two kingdoms).
func (x *Actors) inOffice(d corpus.Date, full, surname string) (country, note string, active bool) {
	if d.IsZero() {
		country, note = x.undated(full, surname)
		return country, note, country != ""
	}
	for _, n := range []string{full, surname} {
		for _, r := range x.byName[n] {
			dated := r.From != "" || r.To != ""
			if dated && !r.ActiveOn(d.Year, int(d.Month), d.Day) {
				continue
			}
			if country != "" && country != r.Country {
				return "", "", true // ambiguous on this date
			}
			country = r.Country
			note = "actor lexicon: " + r.Name + ", " + r.Role
			if dated {
				note += " " + r.From + "–" + r.To
			}
		}
		if country != "" {
			return country, note, true
		}
	}
	return "", "", false
}

// undated looks a name up for a document with no date: the name gives a
// country only when all its rows, whatever their dates, agree on one.
func (x *Actors) undated(full, surname string) (string, string) {
	for _, n := range []string{full, surname} {
		rows := x.byName[n]
		if len(rows) == 0 {
			continue
		}
		country := rows[0].Country
		for _, r := range rows[1:] {
			if r.Country != country {
				return "", ""
			}
		}
		return country, "actor lexicon: " + rows[0].Name + " (undated document: every row of the name says " + country + ")"
	}
	return "", ""
}

// Names reports whether a name of the index starts with the key of t
// (TokenKey).
func (x *Actors) Names(t segment.Token) bool { return len(x.byFirst[TokenKey(t)]) > 0 }
