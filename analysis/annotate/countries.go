package annotate

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/analysis/segment"
	"github.com/stance-project/stance/lexicons"
)

// MentionKind says how a country is named.
type MentionKind int

const (
	ByName      MentionKind = iota // "Iran"
	ByAdjective                    // "Iranian"
	ByCapital                      // "Tehran", "the Kremlin"
	ByLeader                       // "Putin", through the actor lexicon
	// ByPlace is a city or region of the country ("Kharkiv", "Crimea";
	// places-phoenix.tsv): it names the country as what an act befalls,
	// never as a speaker or an agent.
	ByPlace
)

var mentionKindText = [...]string{ByName: "name", ByAdjective: "adjective", ByCapital: "capital", ByLeader: "leader", ByPlace: "place"}

func (k MentionKind) String() string {
	if k >= 0 && int(k) < len(mentionKindText) {
		return mentionKindText[k]
	}
	return fmt.Sprintf("MentionKind(%d)", int(k))
}

// Mention is a country named in a field.
type Mention struct {
	Code      string
	Kind      MentionKind
	Tok, End  int // segment.Token range [Tok, End)
	Ambiguous bool
}

// phrase is one lexicon term as a segment.Token sequence.
type phrase struct {
	keys      []string
	code      string // "" for a blocked phrase
	kind      MentionKind
	ambiguous bool
}

// Countries finds country mentions in token sequences. It is built
// once and read-only afterwards.
type Countries struct {
	byFirst map[string][]phrase // first key → phrases, longest first
	places  map[string][]phrase // the same for places and blocked phrases (FindPlaces)
	until   map[string]int      // a state that no longer exists → the last year it existed
}

// Ended reports whether the state code names had ceased to exist before
// the year of d (countries.tsv, fifth column): "the Soviet Union" in a text
// of 2014 is history, no party of the day. An unknown date ends none.
func (c *Countries) Ended(code string, d corpus.Date) bool {
	y, ok := c.until[code]
	return ok && !d.IsZero() && d.Year > y
}

// TokenKey is the key a token is looked up by: its text, less a
// possessive's 's or '.
func TokenKey(t segment.Token) string {
	k := t.Text
	if t.Poss {
		k = strings.TrimSuffix(strings.TrimSuffix(k, "'s"), "'")
	}
	return k
}

// NewCountries indexes the names, adjectives and capitals of set's
// countries and its blocked phrases (Find), and apart from them its places
// (FindPlaces).
func NewCountries(set *lexicons.Set) *Countries {
	m := &Countries{byFirst: map[string][]phrase{}, places: map[string][]phrase{}, until: map[string]int{}}
	add := func(term, code string, kind MentionKind) {
		index := m.byFirst
		if kind == ByPlace {
			index = m.places
		}
		amb := strings.HasPrefix(term, "?")
		term = strings.TrimPrefix(term, "?")
		toks := segment.Tokenize(term)
		if len(toks) == 0 {
			return
		}
		keys := make([]string, len(toks))
		for i, t := range toks {
			keys[i] = TokenKey(t)
		}
		index[keys[0]] = append(index[keys[0]], phrase{keys: keys, code: code, kind: kind, ambiguous: amb})
	}
	for _, c := range set.Countries {
		if c.Until != 0 {
			m.until[c.Code] = c.Until
		}
		for _, n := range c.Names {
			add(n, c.Code, ByName)
		}
		for _, n := range c.Adjectives {
			add(n, c.Code, ByAdjective)
		}
		for _, n := range c.Capitals {
			add(n, c.Code, ByCapital)
		}
	}
	for _, b := range set.Blocked {
		add(b, "", ByName)
	}
	for _, p := range set.Places {
		for _, n := range p.Names {
			add(n, p.Code, ByPlace)
		}
	}
	if len(m.places) > 0 {
		// A place never reaches into a blocked phrase ("the Niger Delta").
		for _, b := range set.Blocked {
			add(b, "", ByPlace)
		}
	}
	for _, index := range []map[string][]phrase{m.byFirst, m.places} {
		for k, ps := range index {
			sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].keys) > len(ps[j].keys) })
			index[k] = ps
		}
	}
	return m
}

// FindPlaces returns the places (ByPlace) named in toks outside the
// mentions ms, left to right. A one-word place read as part of a person's
// name ("Kherson Ivanov") is none.
func (m *Countries) FindPlaces(toks []segment.Token, ms []Mention) []Mention {
	if len(m.places) == 0 {
		return nil
	}
	var out []Mention
	for i := 0; i < len(toks); i++ {
		if !toks[i].Word || !toks[i].Cap || InMention(ms, i) {
			continue
		}
		for _, p := range m.places[TokenKey(toks[i])] {
			if !keysAt(toks, i, p.keys) {
				continue
			}
			j := i + len(p.keys)
			if p.code != "" && !slices.ContainsFunc(ms, func(c Mention) bool { return c.Tok < j && i < c.End }) && !(j == i+1 && usedAsName(toks, i, j)) {
				out = append(out, Mention{Code: p.code, Kind: ByPlace, Tok: i, End: j})
			}
			i = j - 1
			break
		}
	}
	return out
}

// Find returns the country mentions in toks, longest match first, left to
// right, skipping blocked phrases and ambiguous terms used as names.
func (m *Countries) Find(toks []segment.Token) []Mention {
	var out []Mention
	for i := 0; i < len(toks); {
		// Every term of the lexicon starts with a capital ("the Kremlin"
		// is listed as "Kremlin" too): lowercase words need no look-up.
		if !toks[i].Word || !toks[i].Cap {
			i++
			continue
		}
		matched := 0
		for _, p := range m.byFirst[TokenKey(toks[i])] {
			if !keysAt(toks, i, p.keys) {
				if m.hyphenHeadAt(toks, i, p) {
					// "South Korea-US drills", "Saudi Arabia-Iran
					// talks": a name of several words whose last word
					// heads a hyphen compound; the compound's tail is
					// read from the token (TailOf).
					out = append(out, Mention{Code: p.code, Kind: p.kind, Tok: i, End: i + len(p.keys)})
					matched = len(p.keys)
					break
				}
				continue
			}
			matched = len(p.keys)
			if p.code != "" && usStateAfterCity(toks, i, i+matched) && !(len(out) > 0 && out[len(out)-1].End == i-1) {
				// "Atlanta, Georgia", "Seattle, Washington": a US state;
				// not after a country or its capital ("Nairobi,
				// Washington and Tokyo …", "Tbilisi, Georgia"), which
				// lists countries or names the capital's own.
				break
			}
			if p.kind == ByCapital && instrumentAfter(toks, i+matched) {
				break // "the Paris Agreement", "the Abuja peace accord": where it was signed
			}
			if p.code != "" && !(p.ambiguous && usedAsName(toks, i, i+matched)) {
				out = append(out, Mention{Code: p.code, Kind: p.kind, Tok: i, End: i + matched, Ambiguous: p.ambiguous})
			}
			break
		}
		if stem, ok := segment.LostApostrophe(toks[i]); matched == 0 && ok {
			// "Russias", "Britains".
			for _, p := range m.byFirst[stem] {
				if len(p.keys) == 1 && p.code != "" && !p.ambiguous && p.kind != ByAdjective {
					out = append(out, Mention{Code: p.code, Kind: p.kind, Tok: i, End: i + 1})
					matched = 1
					break
				}
			}
		}
		if matched == 0 {
			matched = 1
			// "Saudi-led", "US-backed", "Israeli-occupied": the part before
			// the hyphen.
			if t := toks[i]; t.Cap && strings.Contains(t.Text, "-") {
				head, tail, _ := strings.Cut(t.Text, "-")
				if p, ok := m.oneWord(head); ok && !strings.EqualFold(tail, "bound") {
					// ("a Kyiv-bound jet", "Gaza-bound ships": a
					// destination, no party of anything.)
					out = append(out, Mention{Code: p.code, Kind: p.kind, Tok: i, End: i + 1})
				}
				// "US-South Korea games", "Japan-North Korea talks": a
				// name of several words that starts after the hyphen
				// names the second country, on its words after it.
				for _, p := range m.byFirst[tail] {
					if len(p.keys) > 1 && p.code != "" && !p.ambiguous && p.kind != ByPlace && i+1 < len(toks) && TokenKey(toks[i+1]) == p.keys[1] && keysAt(toks, i+1, p.keys[1:]) {
						out = append(out, Mention{Code: p.code, Kind: p.kind, Tok: i + 1, End: i + len(p.keys)})
						matched = len(p.keys)
						break
					}
				}
			}
		}
		i += matched
	}
	return out
}

// TailOf returns the country that the part after the hyphen of t names
// on its own, one word and no capital, whatever the part before it ("US"
// in "Korea-US", the last token of "South Korea-US"); "" otherwise, and
// for a token that is a name of its own ("Guinea-Bissau").
func (m *Countries) TailOf(t segment.Token) string {
	_, tail, ok := strings.Cut(t.Text, "-")
	if !ok || !t.Cap || strings.Contains(tail, "-") {
		return ""
	}
	for _, q := range m.byFirst[TokenKey(t)] {
		if len(q.keys) == 1 {
			return "" // "Guinea-Bissau", "Timor-Leste": a name of its own
		}
	}
	if y, ok := m.oneWord(tail); ok && y.kind != ByCapital {
		return y.code
	}
	return ""
}

// HyphenTail returns the country that the part after the hyphen of t
// names on its own, one word ("Tripoli" in "Ankara-Tripoli", "Iran" in
// "Saudi-Iran"), when the part before it names another country (the one
// Find gives for t); "" otherwise ("US-backed", "Al-Moallem").
func (m *Countries) HyphenTail(t segment.Token) string {
	head, tail, ok := strings.Cut(t.Text, "-")
	if !ok || !t.Cap || strings.Contains(tail, "-") {
		return ""
	}
	x, okx := m.oneWord(head)
	y, oky := m.oneWord(tail)
	if !okx || !oky || y.code == x.code {
		return ""
	}
	return y.code
}

// hyphenHeadAt reports whether p, a name of several words that is no
// place, stands at toks[i] with its last word the part before the hyphen
// of a token whose part after it names another country on its own
// ("South Korea-US").
func (m *Countries) hyphenHeadAt(toks []segment.Token, i int, p phrase) bool {
	n := len(p.keys)
	if n < 2 || p.code == "" || p.ambiguous || p.kind != ByName || i+n > len(toks) || !keysAt(toks, i, p.keys[:n-1]) {
		return false
	}
	t := toks[i+n-1]
	head, tail, ok := strings.Cut(t.Text, "-")
	if !ok || !t.Cap || strings.Contains(tail, "-") || head != p.keys[n-1] {
		return false
	}
	y := m.TailOf(t) // none for "Republic of Guinea-Bissau", whose token is a name of its own
	return y != "" && y != p.code
}

// oneWord returns the phrase of one word, key, that names a country
// unambiguously: a part of a hyphen compound ("Saudi" of "Saudi-led").
func (m *Countries) oneWord(key string) (phrase, bool) {
	for _, p := range m.byFirst[key] {
		if len(p.keys) == 1 && p.code != "" && !p.ambiguous {
			return p, true
		}
	}
	return phrase{}, false
}

// instrumentAfter reports whether an instrument named after the city it
// was made in follows toks[j] ("the Paris Agreement", "the Helsinki Final
// Act", "the Abuja peace agreement", "the Washington Consensus"): the
// capital before it names a place, not its country's government.
func instrumentAfter(toks []segment.Token, j int) bool {
	if j > 0 && toks[j-1].Poss {
		return false // "Beijing's summit": the government's own
	}
	if j < len(toks) && instrumentModifiers[toks[j].Lower] {
		j++
	}
	return j < len(toks) && instruments[toks[j].Lower]
}

// instrumentModifiers may stand between the city and the instrument
// ("the Lusaka Ceasefire Agreement", "the Helsinki Final Act").
var instrumentModifiers = map[string]bool{"peace": true, "final": true, "ceasefire": true, "cease-fire": true,
	"framework": true, "interim": true, "comprehensive": true}

// instruments are nouns of agreements and the like that take the name of
// the city they were made in.
var instruments = map[string]bool{"agreement": true, "agreements": true, "accord": true, "accords": true, "convention": true,
	"conventions": true, "protocol": true, "protocols": true, "declaration": true, "treaty": true, "charter": true,
	"act": true, "consensus": true, "communiqué": true, "communique": true, "process": true, "principles": true, "round": true}

// usedAsName reports whether an ambiguous country term at toks[i:j] reads as
// part of a person's name: a capitalised word right after it ("Jordan
// Peterson") or right before it that does not start the sentence ("Michael
// Jordan").
func usedAsName(toks []segment.Token, i, j int) bool {
	if j < len(toks) && toks[j].Word && toks[j].Cap && !toks[j-1].Poss {
		return true
	}
	if i > 0 && toks[i-1].Word && toks[i-1].Cap && !toks[i-1].Poss && !nameStop[toks[i-1].Lower] {
		return true
	}
	return false
}

// IsNameStop reports whether a capitalised word (lowercased) does not make
// the next word a surname.
func IsNameStop(lower string) bool { return nameStop[lower] }

// nameStop are capitalised words (at a sentence start, or titles) that do
// not make the next word a surname.
var nameStop = map[string]bool{"in": true, "the": true, "to": true, "from": true, "of": true, "and": true,
	"with": true, "for": true, "by": true, "on": true, "at": true, "neighbouring": true, "neighboring": true,
	"both": true, "while": true, "but": true, "as": true, "if": true, "when": true, "after": true,
	"before": true, "since": true, "like": true, "unlike": true, "across": true, "into": true, "that": true,
	"king": true, "queen": true, "southern": true, "northern": true, "eastern": true, "western": true,
	"central": true, "republic": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "june": true, "july": true, "august": true, "september": true, "october": true,
	"november": true, "december": true, "last": true, "this": true, "earlier": true, "state": true, "kingdom": true, "why": true, "how": true, "where": true}

// usStateAfterCity reports whether the term at toks[i:j] is a US state
// named after a city ("Atlanta, Georgia", "Seattle, Washington") or after
// "the state of".
func usStateAfterCity(toks []segment.Token, i, j int) bool {
	if j != i+1 || (toks[i].Text != "Georgia" && toks[i].Text != "Washington") {
		return false
	}
	if i >= 2 && toks[i-1].Text == "," && toks[i-2].Word && toks[i-2].Cap {
		return true
	}
	return i >= 2 && toks[i-1].Lower == "of" && toks[i-2].Lower == "state"
}

// keysAt reports whether the tokens from toks[i] on have the keys after the
// first (which the caller has matched).
func keysAt(toks []segment.Token, i int, keys []string) bool {
	if i+len(keys) > len(toks) {
		return false
	}
	for k := 1; k < len(keys); k++ {
		if TokenKey(toks[i+k]) != keys[k] {
			return false
		}
	}
	return true
}
