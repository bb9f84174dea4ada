package main

import (
	"bytes"
	"fmt"
	"io/fs"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stance-project/stance/lexicons"
)

const placesOut = "places-phoenix.tsv"

// importPlaces imports the country blocks of the Phoenix country dictionary
// (an actor whose code is a bare country code: "UKRAINE_" with
// "+KHARKIV_", "+CRIMEA_" …) into places-phoenix.tsv: the cities and
// regions of each country, less every form that countries.tsv already
// has or blocks and the other spellings of a country's name (cleanPlace).
// env (loadEnv) holds what forms are checked against.
func importPlaces(src string, env *env) ([]output, error) {
	data, err := readGzip(filepath.Join(src, petrarchDir, countriesActorsFile))
	if err != nil {
		return nil, err
	}
	if err := env.readBlocked(); err != nil {
		return nil, err
	}
	st := newActorStats()
	entries := parseActorDict(countriesActorsFile, data, st)
	rows := convertPlaces(entries, env, givenNames(entries), st)
	n := 0
	for _, r := range rows {
		n += len(r.places)
	}
	return []output{{name: placesOut, data: formatPlaces(rows, n, st), rows: len(rows)}}, nil
}

// readBlocked reads the blocked phrases of countries.tsv (its rows with
// the code "-": "Latin America", "Northern Ireland"), lower-cased.
func (e *env) readBlocked() error {
	data, err := fs.ReadFile(lexicons.Default(), lexicons.CountriesFile)
	if err != nil {
		return fmt.Errorf("read countries: %w", err)
	}
	e.blocked = map[string]bool{}
	for _, line := range strings.Split(string(data), "\n") {
		if code, list, ok := strings.Cut(strings.TrimRight(line, "\r"), "\t"); ok && code == "-" {
			for _, b := range strings.Split(list, ";") {
				e.blocked[strings.ToLower(strings.TrimSpace(b))] = true
			}
		}
	}
	return nil
}

// nameVariant reports whether a form holds a word that starts as a word of
// a country's name, adjective or capital does (the same first five letters, or the
// whole of a shorter word): another spelling ("AFGANISTAN", "UKRAIN"), a
// demonym countries.tsv leaves out for being two countries' ("CONGOLESE"),
// or a name of a country with a qualifier ("CONGO_KINSHASA"). Ordinary
// English words of names ("republic", "united", "north") do not count.
func (e *env) nameVariant(words []string) bool {
	if e.nameStems == nil {
		e.nameStems = map[string]bool{}
		for t := range e.terms {
			for _, w := range strings.Fields(t) {
				if !e.words[w] && utf8.RuneCountInString(w) >= 4 {
					e.nameStems[stem5(w)] = true
				}
			}
		}
	}
	for _, w := range words {
		lw := strings.ToLower(w)
		if !e.words[lw] && utf8.RuneCountInString(lw) >= 4 && e.nameStems[stem5(lw)] {
			return true
		}
	}
	return false
}

// stem5 is the first five letters of w, or w when it is shorter.
func stem5(w string) string {
	if r := []rune(w); len(r) > 5 {
		return string(r[:5])
	}
	return w
}

// placeRow is one country's places.
type placeRow struct {
	country string
	places  []string
}

// blockCountry returns the country of a country block: the entry's only
// code that is open today and names a country alone ("[UKR >911221]"
// after "[USRUKR <910824]"), or "" when the entry is no country block.
func (e *env) blockCountry(ent *dictEntry) string {
	country := ""
	for _, c := range ent.codes {
		code := strings.TrimPrefix(c.code, "~")
		if c.bad || c.to != "" || len(code) != 3 {
			continue
		}
		if a, ok := countryAliases[code]; ok {
			code = a
		}
		if !e.countries[code] || country != "" && country != code {
			return ""
		}
		country = code
	}
	return country
}

// convertPlaces turns the country blocks into one row per country. A form
// is left out when countries.tsv has it, when it is one ordinary English
// word, a word of fewer than three letters or a word that begins the names
// of several people ("Vladimir"), and when two countries' blocks hold it.
func convertPlaces(entries []*dictEntry, e *env, given map[string]bool, st *stats) []placeRow {
	owner := map[string]string{} // lower-cased place → country ("" once two claim it)
	forms := map[string]string{} // lower-cased place → news case
	for _, ent := range entries {
		country := e.blockCountry(ent)
		if country == "" {
			continue
		}
		st.add("country blocks read", 1)
		for _, raw := range ent.forms {
			name, why := e.cleanPlace(raw, given)
			if why != "" {
				st.add("places: "+why, 1)
				continue
			}
			k := strings.ToLower(name)
			if prev, ok := owner[k]; ok && prev != country {
				owner[k] = ""
				continue
			}
			owner[k], forms[k] = country, name
		}
	}
	byCountry := map[string][]string{}
	for k, c := range owner {
		if c == "" {
			st.add("places: in the blocks of two countries", 1)
			continue
		}
		byCountry[c] = append(byCountry[c], forms[k])
	}
	var rows []placeRow
	for c, ps := range byCountry {
		sort.Strings(ps)
		rows = append(rows, placeRow{country: c, places: slices.Compact(ps)})
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].country < rows[j].country })
	return rows
}

// cleanPlace turns a form of a country block into a place name in news
// case, or says why it is left out.
func (e *env) cleanPlace(raw string, given map[string]bool) (string, string) {
	if !utf8.ValidString(raw) || strings.ContainsRune(raw, utf8.RuneError) ||
		strings.IndexFunc(raw, func(r rune) bool { return r < ' ' || r > unicode.MaxASCII }) >= 0 {
		return "", "not plain ASCII, dropped"
	}
	words, why := capitalWords(raw)
	if why != "" {
		return "", why
	}
	name := newsCase(words, false, false, e.ordinary)
	lw := strings.ToLower(name)
	if e.terms[lw] != "" || e.blocked[lw] {
		return "", "a term or a blocked phrase of countries.tsv"
	}
	if strings.HasPrefix(lw, "the ") {
		return "", "a nickname or a name after \"the\" (\"The Land of the Rising Sun\", \"The US\")"
	}
	if notPlaces[lw] {
		return "", "no one country's place (an organisation's seat, a disputed status, shared)"
	}
	if e.nameVariant(words) {
		return "", "another spelling of a country's name, adjective or capital"
	}
	if len(words) == 1 {
		switch {
		case e.words[lw]:
			return "", "one word that is an ordinary English word"
		case utf8.RuneCountInString(lw) < 3:
			return "", "one word of fewer than three letters"
		case given[lw]:
			return "", "one word that begins the names of several people"
		}
	}
	return name, ""
}

// notPlaces are forms of the country blocks that name no one country's
// place in the news: the seat of an organisation ("Brussels" speaks for
// the EU, "Geneva" for the UN's talks there); Jerusalem and Western
// Sahara, whose status the UN holds open; an island, a river or a
// mountain that several states share or name (Timor, Papua, the Nile,
// Ararat); Salisbury, the seat of the Rhodesian regime until 1979.
var notPlaces = map[string]bool{"brussels": true, "geneva": true, "strasbourg": true, "new york": true,
	"hague": true, "jerusalem": true, "al-quds": true, "al quds": true, "western sahara": true,
	"timor": true, "papua": true, "nile": true, "ararat": true, "salisbury": true}

func formatPlaces(rows []placeRow, n int, st *stats) []byte {
	var b bytes.Buffer
	b.WriteString(placesHeader)
	fmt.Fprintf(&b, "# Counts: %d places of %d countries.\n", n, len(rows))
	for _, l := range st.lines() {
		fmt.Fprintf(&b, "#   %s\n", l)
	}
	b.WriteString("#\n")
	for _, r := range rows {
		fmt.Fprintf(&b, "%s\t%s\n", r.country, strings.Join(r.places, ";"))
	}
	return b.Bytes()
}

const placesHeader = `# stance place lexicon: cities and regions imported from the Phoenix country dictionary
# version: 1
# source: Phoenix.Countries.actors.txt (generated from CountryInfo.140130.txt,
# January 2014) of ` + petrarchCommit + ` (data/dictionaries),
# MIT licence: see LICENSE-petrarch.txt.
# generated by go generate ./lexicons; do not edit (the importer is
# internal/cmd/import-lexicons; change it and run it again).
#
# Columns: country code, places (";"). A place is a city, a region or
# another spelling of the country's name that its block in the dictionary
# lists ("UKRAINE_" with "+KHARKIV_", "+CRIMEA_"). A place names its country
# only as what an act befalls ("missiles struck Kharkiv"): never as a
# speaker or an agent, and not where "in", "at" … make it the scene.
# How the dictionary is read: a block is an actor whose code open today is
# a country code alone; its forms are put in news case; a form is left out
# when countries.tsv has it, when a word of it starts with the same five
# letters as a word of a country's name, adjective or capital (another
# spelling, "Afganistan"; a demonym of two countries, "Congolese"), when it
# is one ordinary English word (UD English-EWT writes it in lower case), a
# word of fewer than three letters, or a word that begins the names of
# several people of the dictionary ("Vladimir"), when the blocks of two countries hold it, when it starts
# with "The" (nicknames, "The US"), and for the seat of an organisation
# (Brussels, Geneva, Strasbourg, New York, The Hague), Jerusalem and
# Western Sahara, whose status the UN holds open, a place several states
# share or name (Timor, Papua, the Nile, Ararat), and Salisbury (the seat
# of the Rhodesian regime until 1979).
`
