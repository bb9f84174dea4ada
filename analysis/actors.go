package analysis

import (
	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/lexicons"
)

// actorIndex finds actor-lexicon rows by name or alias.
type actorIndex struct {
	byName map[string][]lexicons.Actor
}

func newActorIndex(rows []lexicons.Actor) *actorIndex {
	if len(rows) == 0 {
		return nil
	}
	x := &actorIndex{byName: map[string][]lexicons.Actor{}}
	for _, r := range rows {
		x.byName[r.Name] = append(x.byName[r.Name], r)
		for _, al := range r.Aliases {
			x.byName[al] = append(x.byName[al], r)
		}
	}
	return x
}

// lookup returns the country of the actor called full (or, failing that,
// surname) on date d, and a note of the row used. A name that maps to two
// countries on that date, or a dated row on an undated document, gives "".
func (x *actorIndex) lookup(d corpus.Date, full, surname string) (string, string) {
	for _, n := range []string{full, surname} {
		country, note := "", ""
		for _, r := range x.byName[n] {
			dated := r.From != "" || r.To != ""
			if dated && (d.IsZero() || !r.ActiveOn(d.Year, int(d.Month), d.Day)) {
				continue
			}
			if country != "" && country != r.Country {
				return "", "" // ambiguous on this date
			}
			country = r.Country
			note = "actor lexicon: " + r.Name + ", " + r.Role
			if dated {
				note += " " + r.From + "–" + r.To
			}
		}
		if country != "" {
			return country, note
		}
	}
	return "", ""
}
