package reports

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stance-project/stance/analysis/aggregate"
	"github.com/stance-project/stance/lexicons"
)

// This file merges the spellings of a speaker's name for the report: the
// corpus writes one person "Mr. GROMYKO" in one record and "Mr. Gromyko"
// in the next, "Trump" here and "Donald Trump" there. The CSV files keep
// the names as written.

// speakerID is a speaker's name as written, with the speaker's country.
type speakerID struct{ speaker, country string }

// ActorNames maps the names and aliases of the actor lexicon, by country,
// to the name of their row ("Trump" → "Donald Trump"). Names are compared
// as [Collector] compares speakers: without honorifics, case or repeated
// spaces. It is read-only once built.
type ActorNames struct {
	byKey map[speakerID]string // (name key, country) → the row's name; "" when two rows claim it
}

// NewActorNames indexes the rows of the actor lexicon
// (lexicons.LoadActorFiles), their countries mapped by s as the
// collector maps speakers' (nil maps nothing).
func NewActorNames(actors []lexicons.Actor, s aggregate.Successors) *ActorNames {
	x := &ActorNames{byKey: make(map[speakerID]string, len(actors)*2)}
	add := func(form, name, country string) {
		k := speakerID{nameKey(form), country}
		if k.speaker == "" {
			return
		}
		if prev, ok := x.byKey[k]; ok && prev != name {
			x.byKey[k] = "" // two people of the country answer to it
			return
		}
		x.byKey[k] = name
	}
	for _, a := range actors {
		country := s.Map(a.Country)
		add(a.Name, a.Name, country)
		for _, al := range a.Aliases {
			add(al, a.Name, country)
		}
	}
	return x
}

// Name returns the lexicon's name of the actor of country whom name (a
// name or an alias, compared without honorifics or case) stands for, if
// exactly one does. It is safe on a nil ActorNames, which knows no name.
func (x *ActorNames) Name(name, country string) (string, bool) {
	if x == nil {
		return "", false
	}
	full := x.byKey[speakerID{nameKey(name), country}]
	return full, full != ""
}

// mergeSpeakers returns the name the report shows for each speaker of
// seen (a name as written and a country, with its number of stances):
// one name for the spellings of one person of one country. Two spellings
// are one person when they are the same but for honorifics ("Mr.",
// "H.E.", "Sir" ...), case and spacing, or when actorName (nil: none)
// gives both the same name. The name shown is actorName's, or the
// fullest (longest) spelling seen, with an all-capitals surname written
// as a name ("Mr. GROMYKO" → "Mr. Gromyko"; see foldName); ties go to a
// spelling with lowercase letters, then to one that needed no folding,
// then to the one with more stances, then to the first in byte order.
func mergeSpeakers(seen map[speakerID]int, actorName func(name, country string) (string, bool)) map[speakerID]string {
	type member struct {
		id     speakerID
		folded string
		n      int
	}
	type group struct {
		lexName string
		members []member
	}
	groups := map[speakerID]*group{}
	for id, n := range seen {
		key := nameKey(id.speaker)
		lex := ""
		if actorName != nil {
			if full, ok := actorName(id.speaker, id.country); ok {
				lex, key = full, nameKey(full)
			}
		}
		if key == "" {
			key = id.speaker // only honorifics: a group of its own
		}
		gk := speakerID{key, id.country}
		g := groups[gk]
		if g == nil {
			g = &group{}
			groups[gk] = g
		}
		if lex != "" && (g.lexName == "" || lex < g.lexName) {
			g.lexName = lex
		}
		g.members = append(g.members, member{id, foldName(id.speaker), n})
	}
	out := make(map[speakerID]string, len(seen))
	for _, g := range groups {
		shown := g.lexName
		if shown == "" {
			best := slices.MaxFunc(g.members, func(a, b member) int {
				return cmp.Or(
					cmp.Compare(utf8.RuneCountInString(a.folded), utf8.RuneCountInString(b.folded)),
					cmp.Compare(b2i(hasLower(a.folded)), b2i(hasLower(b.folded))),
					cmp.Compare(b2i(a.folded == collapseSpace(a.id.speaker)), b2i(b.folded == collapseSpace(b.id.speaker))),
					cmp.Compare(a.n, b.n),
					strings.Compare(b.folded, a.folded))
			})
			shown = best.folded
		}
		for _, m := range g.members {
			out[m.id] = shown
		}
	}
	return out
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// honorificWords counts the honorifics that open words ("Mr.", "Mrs.",
// "Ms.", "Dr.", "Prof.", "H.E." or "H. E.", "His Excellency", "Sir",
// "Dame", "Sheikh" ...), leaving at least one word.
func honorificWords(words []string) int {
	low := func(i int) string {
		if i >= len(words) {
			return ""
		}
		return strings.ToLower(strings.TrimSuffix(words[i], "."))
	}
	i := 0
	for {
		n := 0 // the words of the honorific at i
		switch low(i) {
		case "mr", "mrs", "ms", "miss", "mme", "madam", "madame", "dr", "prof", "professor", "sir", "dame",
			"h.e", "hon", "sheikh", "shaikh", "sheik":
			n = 1
		case "h":
			if low(i+1) == "e" {
				n = 2
			}
		case "his", "her":
			switch low(i + 1) {
			case "excellency", "majesty", "highness":
				n = 2
			case "royal":
				if low(i+2) == "highness" {
					n = 3
				}
			}
		case "the":
			switch low(i + 1) {
			case "honourable", "honorable", "hon":
				n = 2
			}
		}
		if n == 0 || i+n >= len(words) {
			return i
		}
		i += n
	}
}

// nameKey is the form under which two spellings of a name are the same:
// its words without the honorifics that open it, lowercase, single
// spaces, ’ read as '. "" for a name of no word.
func nameKey(name string) string {
	words := strings.Fields(name)
	if len(words) == 0 {
		return ""
	}
	words = words[honorificWords(words):]
	return strings.ReplaceAll(strings.ToLower(strings.Join(words, " ")), "’", "'")
}

// hasLower reports whether s has a lowercase letter.
func hasLower(s string) bool { return strings.IndexFunc(s, unicode.IsLower) >= 0 }

// collapseSpace returns s with its words separated by single spaces.
func collapseSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// foldName writes the trailing all-capitals words of a name as a name
// ("Mr. GROMYKO" → "Mr. Gromyko", "Andrei GROMYKO" → "Andrei Gromyko",
// "Mr. VAN DER BERG" → "Mr. Van Der Berg") when something stands before
// them that is an honorific or a capitalised word in lower case: a name
// of capitals alone ("NATO", "UN") or after a lowercase word ("Director
// of UNESCO") is left as it is. Spaces are made single.
func foldName(name string) string {
	words := strings.Fields(name)
	h := honorificWords(words)
	j := len(words)
	for j > h && allCaps(words[j-1]) {
		j--
	}
	if j == len(words) || j == 0 {
		return strings.Join(words, " ")
	}
	if j == h || startsName(words[j-1]) {
		for i := j; i < len(words); i++ {
			words[i] = titleWord(words[i])
		}
	}
	return strings.Join(words, " ")
}

// allCaps reports whether w has at least two letters and no lowercase one.
func allCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// startsName reports whether w starts with a capital and has a lowercase
// letter ("Andrei", "Secretary-General").
func startsName(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && hasLower(w)
}

// titleWord writes w in lower case but for the first letter and each
// letter after a hyphen, an apostrophe or a full stop ("AL-SABAH" →
// "Al-Sabah", "O'NEILL" → "O'Neill").
func titleWord(w string) string {
	var b strings.Builder
	b.Grow(len(w))
	up := true
	for _, r := range w {
		if unicode.IsLetter(r) {
			if up {
				b.WriteRune(unicode.ToUpper(r))
			} else {
				b.WriteRune(unicode.ToLower(r))
			}
			up = false
			continue
		}
		b.WriteRune(r)
		up = r == '-' || r == '\'' || r == '’' || r == '.'
	}
	return b.String()
}
