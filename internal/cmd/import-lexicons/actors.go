package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/stance-project/stance/lexicons"
)

// The Phoenix dictionaries of UniversalPetrarch (MIT licence), under
// src/petrarch.
const (
	petrarchDir         = "petrarch"
	countriesActorsFile = "Phoenix.Countries.actors.txt.gz"
	igoActorsFile       = "Phoenix.International.actors.txt.gz"
	agentsFile          = "Phoenix.agents.txt.gz"
	licenseFile         = "LICENSE"
	petrarchCommit      = "openeventdata/UniversalPetrarch @ 067552d83956"

	actorsOut  = "actors-phoenix.tsv"
	rolesOut   = "roles-phoenix.tsv"
	licenseOut = "LICENSE-petrarch.txt"
)

// ewtDir is the UD English-EWT treebank, relative to the sources folder: the
// words it writes in lower case (outside proper nouns) are the ordinary
// English words that a one-word name may not be.
var ewtDir = filepath.Join("..", "corpora", "ud-english-ewt")

// importActors imports the Phoenix actor dictionaries (people and
// institutions with dated CAMEO codes) into actors-phoenix.tsv, the agents
// dictionary into roles-phoenix.tsv, and copies the licence beside them.
// env (loadEnv) holds what names are checked against; the import sets its
// nameWords.
func importActors(src string, env *env) ([]output, error) {
	dir := filepath.Join(src, petrarchDir)
	var entries []*dictEntry
	st := newActorStats()
	for _, name := range []string{countriesActorsFile, igoActorsFile} {
		data, err := readGzip(filepath.Join(dir, name))
		if err != nil {
			return nil, err
		}
		es := parseActorDict(name, data, st)
		st.add(strings.TrimSuffix(name, ".gz")+": actors read", len(es))
		entries = append(entries, es...)
	}
	rows := convertActors(entries, env, st)
	env.nameWords = nameWords(rows)
	actors := output{name: actorsOut, data: formatActors(rows, st), rows: len(rows)}

	agents, err := readGzip(filepath.Join(dir, agentsFile))
	if err != nil {
		return nil, err
	}
	roles, rst := importRoles(agents, env)
	rolesData := formatRoles(roles, rst)

	lic, err := os.ReadFile(filepath.Join(dir, licenseFile))
	if err != nil {
		return nil, fmt.Errorf("read licence: %w", err)
	}
	notice := "These files in this folder derive from the PETRARCH dictionaries of\n" +
		petrarchCommit + " (data/dictionaries), used under the MIT\n" +
		"licence below (the actor files state \"Copyright (c) 2014 Open Event Data Alliance\"):\n" +
		"  actors-phoenix.tsv  from Phoenix.Countries.actors.txt and Phoenix.International.actors.txt\n" +
		"  roles-phoenix.tsv   from Phoenix.agents.txt\n" +
		"  places-phoenix.tsv  from Phoenix.Countries.actors.txt\n" +
		"  cameo.tsv           from CAMEO.verbpatterns.150430.txt\n\n"
	return []output{
		actors,
		{name: rolesOut, data: rolesData, rows: len(roles)},
		{name: licenseOut, data: append([]byte(notice), lic...)},
	}, nil
}

// readGzip reads a gzipped source file.
func readGzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read source: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return b, nil
}

// env holds what the import checks names against: stance's own lexicons
// and the ordinary English words.
type env struct {
	countries map[string]bool   // ISO codes of countries.tsv
	terms     map[string]string // lower-cased country names, adjectives, capitals → code
	roles     map[string]string // roles.tsv: word → class
	words     map[string]bool   // lower-case words of EWT (not proper nouns)
	nameWords map[string]bool   // lower-cased words of the actor dictionaries' names
	propn     map[string]bool   // lower-cased capitalised words EWT tags as proper nouns
	blocked   map[string]bool   // lower-cased blocked phrases of countries.tsv (readBlocked)
	nameStems map[string]bool   // first five letters of the words of country terms (nameVariant)
}

// loadEnv reads countries.tsv and roles.tsv of the built-in lexicons (the
// files themselves, so that an earlier import cannot feed back) and the
// EWT word list.
func loadEnv(src string) (*env, error) {
	e := &env{countries: map[string]bool{}, terms: map[string]string{}, roles: map[string]string{}}
	countries, err := lexicons.LoadCountries(lexicons.Default())
	if err != nil {
		return nil, err
	}
	for _, c := range countries {
		if lexicons.IsOrganisation(c.Code) {
			continue
		}
		e.countries[c.Code] = true
		for _, list := range [][]string{c.Names, c.Adjectives, c.Capitals} {
			for _, n := range list {
				e.terms[strings.ToLower(strings.TrimPrefix(n, "?"))] = c.Code
			}
		}
	}
	roles, err := fs.ReadFile(lexicons.Default(), lexicons.RolesFile)
	if err != nil {
		return nil, fmt.Errorf("read roles: %w", err)
	}
	for _, line := range strings.Split(string(roles), "\n") {
		cols := strings.Split(strings.TrimRight(line, "\r"), "\t")
		if len(cols) == 2 && !strings.HasPrefix(cols[0], "#") {
			e.roles[cols[0]] = cols[1]
		}
	}
	e.words, e.propn, err = readEWTWords(filepath.Join(src, ewtDir))
	if err != nil {
		return nil, err
	}
	return e, nil
}

// readEWTWords returns the words that UD English-EWT writes in lower case
// outside proper nouns (the ordinary English words), and the lower-cased
// capitalised words it tags as proper nouns.
func readEWTWords(dir string) (words, propn map[string]bool, err error) {
	words, propn = map[string]bool{}, map[string]bool{}
	for _, name := range []string{"en_ewt-ud-train.conllu.gz", "en_ewt-ud-dev.conllu.gz", "en_ewt-ud-test.conllu.gz"} {
		data, err := readGzip(filepath.Join(dir, name))
		if err != nil {
			return nil, nil, err
		}
		sc := bufio.NewScanner(bytes.NewReader(data))
		for sc.Scan() {
			cols := strings.Split(sc.Text(), "\t")
			if len(cols) < 4 {
				continue
			}
			w := cols[1]
			if cols[3] == "PROPN" {
				if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
					propn[strings.ToLower(w)] = true
				}
				continue
			}
			if w == strings.ToLower(w) && strings.IndexFunc(w, unicode.IsLetter) >= 0 {
				words[w] = true
			}
		}
	}
	return words, propn, nil
}

// dictEntry is one actor of a Phoenix dictionary: its name and the other
// forms of it, and its codes.
type dictEntry struct {
	file  string
	line  int
	forms []string // as written, the primary first
	codes []dictCode
}

// dictCode is one code of an actor with the term it holds, its dates as
// YYYY-MM-DD ("" for an open end). bad marks a term whose date does not
// parse: the code is left out of the rows.
type dictCode struct {
	code     string
	from, to string
	bad      bool
}

// parseActorDict reads a PETRARCH actor dictionary. A line that starts
// with neither "+" nor white space names an actor, with its codes in
// brackets after it or on the indented lines that follow; "+" lines are
// other forms of the same actor; "#" starts a comment. As in PETRARCH, a
// name line that follows an actor with no code yet is another form of that
// actor. A code whose date does not parse is left out and counted.
func parseActorDict(file string, data []byte, st *stats) []*dictEntry {
	var out []*dictEntry
	var cur *dictEntry
	for i, raw := range strings.Split(string(data), "\n") {
		raw = strings.TrimRight(raw, "\r")
		if strings.TrimSpace(raw) == "" || raw[0] == '#' {
			continue
		}
		if strings.Contains(raw, "---STOP---") {
			break
		}
		text, _, _ := strings.Cut(raw, "#")
		switch raw[0] {
		case '\t', ' ':
			if cur == nil {
				st.add("code lines before any actor", 1)
				continue
			}
			cur.codes = append(cur.codes, parseCodes(text, st)...)
		case '+':
			form, _, _ := strings.Cut(text[1:], ";")
			if cur == nil || strings.TrimSpace(form) == "" {
				st.add("alias lines without an actor", 1)
				continue
			}
			cur.forms = append(cur.forms, strings.TrimSpace(form))
		default:
			name, codes, _ := strings.Cut(text, "[")
			name = strings.TrimSpace(name)
			if codes != "" {
				codes = "[" + codes
			}
			if cur == nil || len(cur.codes) > 0 {
				cur = &dictEntry{file: file, line: i + 1}
				out = append(out, cur)
			}
			if name != "" {
				cur.forms = append(cur.forms, name)
			}
			cur.codes = append(cur.codes, parseCodes(codes, st)...)
		}
	}
	return out
}

// parseCodes reads the bracketed codes of a line: "[RUSGOV >20040309]",
// "[AFGELI 320101-331108]", "[USAELI]".
func parseCodes(s string, st *stats) []dictCode {
	var out []dictCode
	for {
		i := strings.IndexByte(s, '[')
		if i < 0 {
			return out
		}
		j := strings.IndexByte(s[i:], ']')
		if j < 0 {
			j = len(s) - i
		}
		inner := strings.Fields(s[i+1 : i+j])
		if i+j < len(s) {
			s = s[i+j+1:]
		} else {
			s = ""
		}
		if len(inner) == 0 || strings.Trim(inner[0], "-~") == "" {
			st.add("codes: empty (\"[---]\")", 1)
			continue
		}
		c := dictCode{code: inner[0]}
		if len(inner) > 1 {
			var ok bool
			if c.from, c.to, ok = parseTerm(strings.Join(inner[1:], "")); !ok {
				c.bad = true
			}
		}
		out = append(out, c)
	}
}

// parseTerm reads a date restriction: ">d" (from d on), "<d" (until d) or
// "d1-d2", each date yymmdd (00–30 are 20yy, as in PETRARCH) or yyyymmdd.
func parseTerm(s string) (from, to string, ok bool) {
	switch {
	case strings.HasPrefix(s, ">"):
		from, ok = parseDictDate(s[1:])
		return from, "", ok
	case strings.HasPrefix(s, "<"):
		to, ok = parseDictDate(s[1:])
		return "", to, ok
	}
	a, b, found := strings.Cut(s, "-")
	if !found {
		return "", "", false
	}
	from, ok1 := parseDictDate(a)
	to, ok2 := parseDictDate(b)
	if !ok1 || !ok2 || from > to {
		return "", "", false
	}
	return from, to, true
}

// parseDictDate turns yymmdd or yyyymmdd into YYYY-MM-DD.
func parseDictDate(s string) (string, bool) {
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return "", false
		}
	}
	switch len(s) {
	case 6:
		century := "19"
		if s[:2] <= "30" {
			century = "20"
		}
		s = century + s
	case 8:
	default:
		return "", false
	}
	d := s[:4] + "-" + s[4:6] + "-" + s[6:]
	if _, err := time.Parse(time.DateOnly, d); err != nil {
		return "", false
	}
	return d, true
}

// actorRow is one row of actors-phoenix.tsv.
type actorRow struct {
	name     string
	aliases  []string
	country  string
	role     string
	from, to string
}

// Agent codes of CAMEO (the three letters after the country) that speak
// for the country, with the role they give.
var stateAgents = map[string]string{
	"GOV": "government official",
	"MIL": "military",
	"LEG": "legislator",
	"JUD": "judiciary",
	"COP": "police",
	"SPY": "intelligence",
	"ELI": "elite",
}

// sectors name the second agent code of a state role: GOVMIL is
// "government official (defence)".
var sectors = map[string]string{
	"AGR": "agriculture", "BUS": "economy", "COP": "police", "DEV": "development",
	"EDU": "education", "ENV": "environment", "HLH": "health", "HRI": "human rights",
	"JUD": "justice", "LAB": "labour", "LEG": "legislature", "MED": "information",
	"MIL": "defence", "MUS": "religion", "REF": "refugees", "REL": "religion",
	"SPY": "intelligence", "PTY": "party",
}

// nonState are agent codes whose holders do not speak for their country:
// rebels, insurgents, the opposition, separatists, unaligned armed forces,
// criminals, radicals, an occupied or unrecognised status.
var nonState = map[string]string{
	"REB": "rebels", "INS": "insurgents", "OPP": "opposition", "SEP": "separatists",
	"UAF": "unaligned armed forces", "CRM": "criminals", "RAD": "radicals",
	"OCC": "occupied territory", "UNR": "unrecognised", "AUT": "autonomous region",
}

// countryAliases maps CAMEO country codes that are not ISO 3166-1 alpha-3
// to stance's codes.
var countryAliases = map[string]string{
	"USR": "SUN", // Soviet Union
	"KSV": "XKX", // Kosovo
	"FRY": "YUG", // Federal Republic of Yugoslavia
	"TMP": "TLS", // East Timor
}

// igoCodes maps the CAMEO code prefixes of international organisations to
// stance's organisation codes; the longest prefix wins. Organisations
// stance has no code for are left out.
var igoCodes = []struct{ prefix, code string }{
	{"IGOUNOIAE", "IAEA"},
	{"IGOUNOHLHWHO", "WHO"},
	{"IGOUNODEVWBK", ""}, // World Bank
	{"IGOUNOWBK", ""},
	{"IGOUNOAIE", ""}, // the International Energy Agency (OECD)
	{"IGOUNO", "UN"},
	{"IGOEUREEC", "EU"},
	{"IGOEURSCE", "OSCE"},
	{"IGOWSTNAT", "NATO"},
	{"IGOAFRAFU", "AU"},
	{"IGOAFROAU", "AU"}, // the Organisation of African Unity, the AU's forerunner
	{"IGOSEAASN", "ASEAN"},
	{"IGOBUSOPC", "OPEC"},
	{"IGOOPC", "OPEC"},
	{"IGOMEAARL", "ARL"},
	{"IGOPGSGCC", "GCC"},
	{"IGOMOSOIC", "OIC"},
	{"IGOBUSIMF", "IMF"},
	{"IGOBUSWTO", "WTO"},
}

// codeRole returns the country and role a code gives, or why it gives none.
func (e *env) codeRole(code string) (country, role, drop string) {
	code = strings.TrimPrefix(code, "~")
	if len(code) < 3 || len(code)%3 != 0 || strings.IndexFunc(code, func(r rune) bool { return r < 'A' || r > 'Z' }) >= 0 {
		return "", "", "not a CAMEO code"
	}
	if strings.HasPrefix(code, "IGO") {
		for _, g := range igoCodes {
			if strings.HasPrefix(code, g.prefix) {
				if g.code == "" {
					break
				}
				return g.code, "international official", ""
			}
		}
		return "", "", "organisation without a stance code"
	}
	c := code[:3]
	if a, ok := countryAliases[c]; ok {
		c = a
	}
	if !e.countries[c] {
		switch code[:3] {
		case "MNC", "NGO", "ELI", "MED", "HIN", "MOS", "IMG", "BAH":
			return "", "", "no country (multinationals, NGOs, bare agents)"
		}
		return "", "", "country not in countries.tsv"
	}
	var agents []string
	for i := 3; i < len(code); i += 3 {
		agents = append(agents, code[i:i+3])
	}
	for _, a := range agents {
		if why, ok := nonState[a]; ok {
			return "", "", "not the country's voice: " + why
		}
	}
	if len(agents) == 0 {
		return "", "", "country code without an agent"
	}
	role, ok := stateAgents[agents[0]]
	if !ok {
		if e.countries[agents[0]] || len(agents) > 1 && stateAgents[agents[1]] != "" {
			return "", "", "territory or region of the country"
		}
		return "", "", "not the country's voice: non-state agent"
	}
	if len(agents) > 1 {
		if s, ok := sectors[agents[1]]; ok && agents[1] != agents[0] {
			role += " (" + s + ")"
		}
	}
	return c, role, ""
}

// convertActors turns the dictionary entries into rows.
func convertActors(entries []*dictEntry, e *env, st *stats) []actorRow {
	given := givenNames(entries)
	type key struct{ name, country, role, from, to string }
	byKey := map[key]*actorRow{}
	for _, ent := range entries {
		var terms []term
		dated, elite, korean := false, false, false
		for _, c := range ent.codes {
			if strings.HasPrefix(c.code, "KOR") || strings.HasPrefix(c.code, "PRK") {
				korean = true
			}
			if c.bad {
				st.add("terms: malformed date (7 digits, no such day, end before start), skipped", 1)
				continue
			}
			country, role, drop := e.codeRole(c.code)
			if drop != "" {
				st.add("codes: "+drop, 1)
				continue
			}
			if country == "EU" && c.from != "" && c.to != "" && days(c.from, c.to) <= 184 {
				st.add("terms: six-month presidency of the Council of the EU (the minister speaks for their country), skipped", 1)
				continue
			}
			terms = append(terms, term{country, role, c.from, c.to})
			dated = dated || c.from != "" || c.to != ""
			elite = elite || role == "elite"
		}
		if len(terms) == 0 {
			st.add("actors: no code that speaks for a country", 1)
			continue
		}
		if dated {
			terms = limitTerms(terms, st)
		}
		institution := !dated
		if institution && !slices.ContainsFunc(ent.forms, func(f string) bool { return e.isBody(strings.Join(splitForm(f), " ")) }) {
			st.add("actors: undated and not a government or organisation body", 1)
			continue
		}
		surname := map[string]bool{}
		for _, f := range ent.forms {
			if w := splitForm(f); len(w) > 1 {
				surname[strings.ToLower(w[len(w)-1])] = true
			}
		}
		var names []string
		multi := false
		for _, f := range ent.forms {
			n, drop := e.cleanForm(f, institution, korean, given, surname)
			if drop != "" {
				st.add("names: "+drop, 1)
				continue
			}
			for _, v := range append([]string{n}, variants(n, korean)...) {
				if !slices.ContainsFunc(names, func(m string) bool { return strings.EqualFold(m, v) }) {
					names = append(names, v)
					multi = multi || strings.Contains(v, " ")
				}
			}
		}
		switch {
		case len(names) == 0:
			st.add("actors: no usable name", 1)
			continue
		case institution && !e.isBody(names[0]):
			st.add("actors: undated and not a government or organisation body", 1)
			continue
		case !institution && !multi && !elite:
			// "STEPHENSON_": a minister the dictionary knows by one word
			// is too easily someone else; a head of state known by one
			// name ("SUHARTO_") has an elite code.
			st.add("actors: known by one word only and not an elite", 1)
			continue
		}
		if institution {
			seen := map[string]bool{}
			var kept []term
			for _, t := range terms {
				if !seen[t.country] {
					seen[t.country] = true
					kept = append(kept, term{country: t.country, role: "institution"})
				}
			}
			terms = kept
		}
		for _, t := range terms {
			k := key{names[0], t.country, t.role, t.from, t.to}
			if r, ok := byKey[k]; ok {
				for _, a := range names[1:] {
					if !slices.Contains(r.aliases, a) {
						r.aliases = append(r.aliases, a)
					}
				}
				st.add("rows: repeated, merged", 1)
				continue
			}
			byKey[k] = &actorRow{name: names[0], aliases: slices.Clone(names[1:]), country: t.country, role: t.role, from: t.from, to: t.to}
		}
	}
	rows := make([]actorRow, 0, len(byKey))
	for _, r := range byKey {
		rows = append(rows, *r)
	}
	slices.SortFunc(rows, func(a, b actorRow) int {
		for _, c := range [][2]string{{a.country, b.country}, {a.name, b.name}, {a.from, b.from}, {a.to, b.to}, {a.role, b.role}} {
			if n := strings.Compare(c[0], c[1]); n != 0 {
				return n
			}
		}
		return 0
	})
	return rows
}

// term is one country and role of an actor, with its dates (YYYY-MM-DD,
// "" for an open end).
type term struct{ country, role, from, to string }

// limitTerms reads a person's terms as PETRARCH does where countries
// differ. An open-ended term ends the day before the person's later term
// for another country begins ("[SDNGOV >051101] [SSDGOV >110709]"). An
// undated code is PETRARCH's default, used on the dates no dated code
// covers: when the person's dated terms name another country, it is
// written as the gaps between them ("[DDRGOV 891113-900412] [DEUELI]"
// gives DEU until 1989-11-12 and from 1990-04-13 on); else it stays
// undated.
func limitTerms(terms []term, st *stats) []term {
	for i := range terms {
		t := &terms[i]
		if t.from == "" || t.to != "" {
			continue
		}
		end := ""
		for _, u := range terms {
			if u.country != t.country && u.from > t.from && (end == "" || u.from < end) {
				end = u.from
			}
		}
		if end != "" {
			t.to = addDays(end, -1)
			st.add("terms: open end closed where a term for another country begins", 1)
		}
	}
	var dated, out []term
	for _, t := range terms {
		if t.from != "" || t.to != "" {
			dated = append(dated, t)
			out = append(out, t)
		}
	}
	for _, t := range terms {
		if t.from != "" || t.to != "" {
			continue
		}
		if !slices.ContainsFunc(dated, func(u term) bool { return u.country != t.country }) {
			out = append(out, t)
			continue
		}
		st.add("terms: undated default limited to the dates outside the person's other terms", 1)
		for _, g := range gaps(dated) {
			out = append(out, term{t.country, t.role, g[0], g[1]})
		}
	}
	return out
}

// gaps returns the spans (from, to; "" open) that no term covers.
func gaps(terms []term) [][2]string {
	spans := make([][2]string, len(terms))
	for i, t := range terms {
		spans[i] = [2]string{t.from, t.to}
	}
	slices.SortFunc(spans, func(a, b [2]string) int { return strings.Compare(a[0], b[0]) })
	var out [][2]string
	covered := "" // the last day covered so far; "" before the first span
	for i, sp := range spans {
		if sp[0] != "" && (i == 0 || covered != "9999-12-31" && sp[0] > addDays(covered, 1)) {
			from := ""
			if i > 0 {
				from = addDays(covered, 1)
			}
			out = append(out, [2]string{from, addDays(sp[0], -1)})
		}
		end := sp[1]
		if end == "" {
			end = "9999-12-31"
		}
		if end > covered {
			covered = end
		}
	}
	if covered != "9999-12-31" {
		out = append(out, [2]string{addDays(covered, 1), ""})
	}
	return out
}

// addDays adds n days to a YYYY-MM-DD date.
func addDays(d string, n int) string {
	t, err := time.Parse(time.DateOnly, d)
	if err != nil {
		return d
	}
	return t.AddDate(0, 0, n).Format(time.DateOnly)
}

// days returns the number of days from a to b, both YYYY-MM-DD.
func days(a, b string) int {
	ta, err1 := time.Parse(time.DateOnly, a)
	tb, err2 := time.Parse(time.DateOnly, b)
	if err1 != nil || err2 != nil {
		return 0
	}
	return int(tb.Sub(ta).Hours() / 24)
}

// variants returns the other spellings news gives a name: the Arabic
// article joined by a hyphen ("Bashar al Assad" → "Bashar al-Assad") and
// a Korean given name of two syllables joined by one ("Ban Ki Moon" →
// "Ban Ki-moon").
func variants(name string, korean bool) []string {
	words := strings.Fields(name)
	var out []string
	joined := make([]string, 0, len(words))
	changed := false
	for i := 0; i < len(words); i++ {
		if (words[i] == "al" || words[i] == "el") && i+1 < len(words) {
			joined = append(joined, words[i]+"-"+words[i+1])
			i++
			changed = true
			continue
		}
		joined = append(joined, words[i])
	}
	if changed {
		out = append(out, strings.Join(joined, " "))
	}
	if korean && len(words) == 3 && !strings.Contains(name, "-") {
		short := true
		for _, w := range words {
			short = short && utf8.RuneCountInString(w) <= 4
		}
		if short {
			out = append(out, words[0]+" "+words[1]+"-"+lower(words[2]))
		}
	}
	return out
}

// nameWords returns the lower-cased words of people's names and aliases.
func nameWords(rows []actorRow) map[string]bool {
	out := map[string]bool{}
	for _, r := range rows {
		if r.role == "institution" {
			continue
		}
		for _, n := range append([]string{r.name}, r.aliases...) {
			for _, w := range strings.Fields(n) {
				out[lower(w)] = true
			}
		}
	}
	return out
}

// givenNames returns the words that begin the names of two or more actors
// ("ABDULLAH", "KIM", "ALBERT"): as a one-word name they are too
// ambiguous.
func givenNames(entries []*dictEntry) map[string]bool {
	count := map[string]int{}
	for _, ent := range entries {
		seen := map[string]bool{}
		for _, f := range ent.forms {
			words := splitForm(f)
			for len(words) > 2 && honorifics[strings.ToLower(words[0])] {
				words = words[1:]
			}
			if len(words) > 1 && !seen[words[0]] {
				seen[words[0]] = true
				count[words[0]]++
			}
		}
	}
	given := map[string]bool{}
	for w, n := range count {
		if n >= 2 {
			given[strings.ToLower(w)] = true
		}
	}
	return given
}

// splitForm splits a form into its words: underscores and spaces separate
// them; brackets and the backtick of a transliterated ayn are dropped.
func splitForm(raw string) []string {
	raw = strings.Map(func(r rune) rune {
		switch r {
		case '(', ')', '`', '"':
			return -1
		}
		return r
	}, raw)
	return strings.FieldsFunc(raw, func(r rune) bool { return r == '_' || unicode.IsSpace(r) })
}

// honorifics stand before a name and are not part of it: "SIR_PAUL_HASLUCK"
// is Paul Hasluck, "QUEEN_ELIZABETH_II" Elizabeth II. They are taken off
// when two words or more remain ("KING_ABDULLAH" stays, and is dropped as
// a title).
var honorifics = map[string]bool{
	"sir": true, "dame": true, "sheikh": true, "shaikh": true, "samdech": true, "ratu": true,
	"mullah": true, "mawlawi": true, "maulana": true, "mr": true, "mr.": true, "mrs.": true,
	"ms.": true, "dr": true, "dr.": true, "prof.": true, "lord": true, "baron": true, "jonkheer": true,
	"ayatollah": true, "grand": true, "hojatoleslam": true, "king": true, "queen": true,
	"prince": true, "princess": true, "emir": true, "bishop": true, "archbishop": true,
	"cardinal": true,
}

// titleWords make a form a description rather than a name when they stand
// at its start, after nothing but other title words, country adjectives or
// ordinary words ("FOREIGN_MINISTER_SERGEY_LAVROV", "US_PRESIDENT_OBAMA",
// "HOUSE_MINORITY_LEADER_NEWT_GINGRICH"; not "JULIE_BISHOP").
var titleWords = map[string]bool{
	"president": true, "president-elect": true, "vice": true, "minister": true, "secretary": true,
	"secretary-general": true, "ambassador": true, "senator": true, "congressman": true,
	"congresswoman": true, "representative": true, "governor": true, "govenor": true, "general": true,
	"king": true, "queen": true, "prince": true, "princess": true, "emir": true, "premier": true,
	"chancellor": true, "chairman": true, "mayor": true, "judge": true, "pope": true,
	"cardinal": true, "bishop": true, "archbishop": true, "colonel": true, "admiral": true,
	"marshal": true, "commander": true, "chief": true, "leader": true, "spokesman": true,
	"spokeswoman": true, "envoy": true, "ayatollah": true, "former": true, "acting": true,
	"interim": true, "deputy": true, "foreign": true, "defence": true, "defense": true,
	"prime": true, "presidential": true, "speaker": true, "captain": true, "commissioner": true,
	"administration": true, "government": true, "regime": true, "the": true, "ex": true,
	"gen.": true, "sen.": true, "rep.": true, "gov.": true, "lt.": true, "col.": true,
	"adm.": true, "pres.": true, "amb.": true, "sec.": true, "capt.": true, "sgt.": true,
	"us": true, "u.s.": true, "un": true, "u.n.": true, "eu": true, "nato": true, "unsg": true,
	"potus": true, "sheikh": true, "shaikh": true, "mullah": true, "mr": true, "mr.": true,
	"mrs.": true, "ms.": true, "dr.": true, "sir": true, "dame": true, "lord": true,
}

// cleanForm turns a form as the dictionary writes it into a name in news
// case, or says why it is left out. given holds the words that begin the
// names of several actors, surname the last words of the actor's forms of
// several words.
func (e *env) cleanForm(raw string, institution, korean bool, given, surname map[string]bool) (string, string) {
	if !utf8.ValidString(raw) || strings.ContainsRune(raw, utf8.RuneError) ||
		strings.IndexFunc(raw, func(r rune) bool { return r < ' ' && r != '\t' }) >= 0 {
		return "", "binary bytes or broken characters, dropped"
	}
	words, why := capitalWords(raw)
	if why != "" {
		return "", why
	}
	if institution {
		return e.cleanBody(words)
	}
	if strings.Contains(raw, ",") {
		return "", "a list or note, not a name"
	}
	for len(words) > 2 && honorifics[strings.ToLower(words[0])] {
		words = words[1:]
	}
	for _, w := range words {
		lw := strings.ToLower(w)
		if titleWords[lw] {
			return "", "title or description in the name"
		}
		if e.terms[lw] == "" && !e.words[lw] {
			break
		}
	}
	for _, w := range words {
		if c := e.roles[strings.ToLower(w)]; c == "institution" || c == "group" {
			return "", "institution or group word in a person's name"
		}
	}
	if len(words) == 1 {
		lw := strings.ToLower(words[0])
		switch {
		case e.words[lw]:
			return "", "one word that is an ordinary English word"
		case e.terms[lw] != "":
			return "", "one word that is a country term"
		case utf8.RuneCountInString(lw) < 3:
			return "", "one word of fewer than three letters"
		case given[lw] && !surname[lw]:
			return "", "one word that begins the names of several people"
		}
	}
	return newsCase(words, false, korean, e.ordinary), ""
}

// capitalWords returns the words of a form (splitForm), or why there are
// none to take: the dictionaries write names in capitals, and a form in
// lower case is a note ("US_PREsident George Bush").
func capitalWords(raw string) ([]string, string) {
	words := splitForm(raw)
	if len(words) == 0 {
		return nil, "empty"
	}
	for _, w := range words {
		if strings.IndexFunc(w, unicode.IsLower) >= 0 {
			return nil, "not written in capitals"
		}
	}
	return words, ""
}

// cleanBody checks the name of a body (an undated actor): it must name a
// body (a body word or an acronym) and hold no title or person word.
func (e *env) cleanBody(words []string) (string, string) {
	if len(words) > 1 && words[0] == "THE" {
		words = words[1:]
	}
	body := false
	for _, w := range words {
		lw := strings.ToLower(w)
		if c := e.roles[lw]; c == "person" || c == "title" && !bodyWords[lw] && titleWords[lw] || bodyPersonWords[lw] {
			return "", "a body's form that names a person or a group"
		}
		if regionalWords[lw] {
			return "", "a regional or local body"
		}
		body = body || bodyWords[lw]
	}
	name := newsCase(words, true, false, e.ordinary)
	if !body && (len(words) > 1 || name != words[0]) {
		return "", "a body's form without a body word or acronym"
	}
	if len(words) == 1 && e.words[strings.ToLower(name)] {
		return "", "one word that is an ordinary English word"
	}
	return name, ""
}

// bodyPersonWords make a body's form name people ("STATE_DEPARTMENT_OFFICIAL",
// "SUPREME_COURT_JUSTICES"), with the person words of roles.tsv and the
// office titles of titleWords.
var bodyPersonWords = map[string]bool{
	"official": true, "officials": true, "justices": true, "staff": true, "soldiers": true,
	"peacekeeper": true, "peacekeepers": true, "bundeskanzler": true, "mr": true, "mr.": true,
	"members": true, "spokesperson": true,
}

// regionalWords mark a body that is not the country's: a region's or a
// city's.
var regionalWords = map[string]bool{
	"regional": true, "provincial": true, "municipal": true, "city": true, "state's": true,
}

// bodyWords mark the name of a body that speaks for a state or an
// organisation.
var bodyWords = map[string]bool{
	"ministry": true, "ministries": true, "government": true, "department": true, "office": true,
	"council": true, "parliament": true, "congress": true, "senate": true, "assembly": true,
	"cabinet": true, "commission": true, "secretariat": true, "presidency": true, "army": true,
	"navy": true, "force": true, "forces": true, "police": true, "court": true, "kremlin": true,
	"pentagon": true, "duma": true, "knesset": true, "majlis": true, "bundestag": true,
	"bundeswehr": true, "sejm": true, "rada": true, "storting": true, "riksdag": true,
	"folketing": true, "eduskunta": true, "althing": true, "cortes": true, "oireachtas": true,
	"dail": true, "politburo": true, "junta": true, "embassy": true,
	"agency": true, "bureau": true, "committee": true, "guard": true, "guards": true,
	"sabha": true, "palace": true, "mossad": true, "reichstag": true, "organization": true,
	"organisation": true,
}

// isBody reports whether an undated actor's name is that of a government
// or organisation body.
func (e *env) isBody(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if bodyWords[w] {
			return true
		}
	}
	return false
}

var particles = map[string]bool{
	"al": true, "el": true, "bin": true, "ibn": true, "bint": true, "de": true, "da": true,
	"di": true, "do": true, "dos": true, "das": true, "du": true, "del": true, "della": true,
	"der": true, "den": true, "van": true, "von": true, "la": true, "y": true, "e": true,
	"ter": true, "ten": true, "ul": true, "ud": true, "of": true, "and": true, "the": true,
	"for": true, "on": true, "in": true, "to": true, "at": true,
}

// hyphenParticles are the Arabic articles written joined to a name by a
// hyphen ("al-Assad", "ad-Din").
var hyphenParticles = map[string]bool{
	"al": true, "el": true, "ad": true, "ar": true, "as": true, "ash": true, "at": true,
	"az": true, "an": true, "ud": true, "ul": true, "ed": true, "er": true, "es": true,
}

// acronyms stay in capitals in the names of bodies.
var acronyms = map[string]bool{
	"UN": true, "U.N.": true, "US": true, "U.S.": true, "EU": true, "NATO": true, "UK": true,
	"USSR": true, "UNSC": true, "UNHCR": true, "UNICEF": true, "IAEA": true, "WHO": true,
	"DPKO": true, "FBI": true, "CIA": true, "NSA": true, "KGB": true, "FSB": true,
}

// newsCase writes a name the way news does: "SERGEY_LAVROV" → "Sergey
// Lavrov", "OMAR_AL-BASHIR" → "Omar al-Bashir", "GEORGE_W._BUSH" →
// "George W. Bush", "BAN_KI-MOON" → "Ban Ki-moon" (Korean names keep the
// second syllable in lower case).
func newsCase(words []string, institution, korean bool, ordinary func(string) bool) string {
	out := make([]string, len(words))
	for i, w := range words {
		lw := lower(w)
		switch {
		case i > 0 && isRoman(w):
			out[i] = w
		case lw == "jr" || lw == "jr." || lw == "sr.":
			out[i] = capitalise(strings.TrimSuffix(lw, ".")) + "."
		case i > 0 && i < len(words)-1 && particles[lw] && !(lw == "van" && !institution && korean):
			out[i] = lw
		case acronyms[w] || len(words) == 1 && (institution && isAcronym(w, ordinary) || !strings.ContainsAny(lw, "aeiouy")):
			out[i] = w
		case strings.Contains(w, "."):
			out[i] = dotted(w)
		default:
			parts := strings.Split(lw, "-")
			for k, p := range parts {
				switch {
				case p == "":
				case k > 0 && korean:
				case (i > 0 || k > 0) && hyphenParticles[p] && k < len(parts)-1:
				default:
					parts[k] = capitalise(p)
				}
			}
			out[i] = strings.Join(parts, "-")
			if strings.HasPrefix(w, "İ") {
				out[i] = "İ" + strings.TrimPrefix(out[i], "I")
			}
		}
	}
	return strings.Join(out, " ")
}

// isAcronym reports whether a word of a body's name is an acronym
// ("PLA", "IDF"): two to four letters, not an ordinary word, not a body
// word.
func isAcronym(w string, ordinary func(string) bool) bool {
	lw := strings.ToLower(w)
	n := utf8.RuneCountInString(w)
	return n >= 2 && n <= 4 && !ordinary(lw) && !bodyWords[lw] && !particles[lw] && strings.IndexFunc(w, unicode.IsDigit) < 0
}

// ordinary reports whether EWT writes w in lower case.
func (e *env) ordinary(w string) bool { return e.words[w] }

// dotted writes initials and abbreviations: "W." → "W.", "R.K." → "R.K.",
// "ST." → "St.".
func dotted(w string) string {
	segs := strings.Split(w, ".")
	for k, s := range segs {
		if utf8.RuneCountInString(s) <= 1 {
			segs[k] = strings.ToUpper(s)
		} else {
			segs[k] = capitalise(lower(s))
		}
	}
	return strings.Join(segs, ".")
}

// capitalise puts the first letter in capitals, and the letter after
// "Mc", "O'" or "D'".
func capitalise(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return s
	}
	r[0] = unicode.ToUpper(r[0])
	if len(r) > 3 && r[0] == 'M' && r[1] == 'c' {
		r[2] = unicode.ToUpper(r[2])
	}
	if len(r) > 2 && (r[0] == 'O' || r[0] == 'D') && (r[1] == '\'' || r[1] == '’') {
		r[2] = unicode.ToUpper(r[2])
	}
	return string(r)
}

// lower lower-cases s letter by letter, so that a Turkish dotted capital
// I does not leave a combining dot behind.
func lower(s string) string {
	return strings.Map(func(r rune) rune {
		if r == 'İ' {
			return 'i'
		}
		return unicode.ToLower(r)
	}, s)
}

// isRoman reports whether w is a regnal number ("II", "III", "IV").
func isRoman(w string) bool {
	if len(w) > 4 {
		return false
	}
	for _, c := range w {
		if c != 'I' && c != 'V' && c != 'X' {
			return false
		}
	}
	return true
}

// stats counts what the import read, kept and left out, by reason, in the
// order the reasons were first met.
type stats struct {
	order []string
	n     map[string]int
}

func newActorStats() *stats { return &stats{n: map[string]int{}} }

func (s *stats) add(reason string, n int) {
	if _, ok := s.n[reason]; !ok {
		s.order = append(s.order, reason)
	}
	s.n[reason] += n
}

// lines returns "reason: n" lines, sorted by reason.
func (s *stats) lines() []string {
	keys := slices.Sorted(slices.Values(s.order))
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = fmt.Sprintf("%s: %d", k, s.n[k])
	}
	return out
}

// formatActors writes actors-phoenix.tsv.
func formatActors(rows []actorRow, st *stats) []byte {
	dated, undated, inst := 0, 0, 0
	for _, r := range rows {
		switch {
		case r.role == "institution":
			inst++
		case r.from != "" || r.to != "":
			dated++
		default:
			undated++
		}
	}
	var b bytes.Buffer
	b.WriteString(actorsHeader)
	fmt.Fprintf(&b, "# Counts: %d rows: %d people's rows with a dated term, %d undated, %d institutions.\n", len(rows), dated, undated, inst)
	for _, l := range st.lines() {
		fmt.Fprintf(&b, "#   %s\n", l)
	}
	b.WriteString("#\n")
	for _, r := range rows {
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\t%s\n", r.name, strings.Join(r.aliases, ";"), r.country, r.role, r.from, r.to)
	}
	return b.Bytes()
}

const actorsHeader = `# stance actor lexicon: people and bodies imported from the Phoenix actor dictionaries
# version: 1
# source: Phoenix.Countries.actors.txt (generated from CountryInfo.140130.txt,
# January 2014) and Phoenix.International.actors.txt of ` + petrarchCommit + `
# (data/dictionaries), MIT licence: see LICENSE-petrarch.txt. Office-holders
# after January 2014 are missing, and a term open in January 2014 is open
# here: actors.tsv, written for stance, has the current office-holders.
# generated by go generate ./lexicons; do not edit (the importer is
# internal/cmd/import-lexicons; change it and run it again).
#
# Columns as in actors.tsv: name, aliases (";"), country, role, from, to.
# One row per person, country code and term of the dictionaries.
# How the dictionaries are read:
#   - A code's first three letters are the country (ISO 3166-1 alpha-3; the
#     CAMEO codes USR, KSV, FRY and TMP are written SUN, XKX, YUG and TLS); a
#     code whose country is not in countries.tsv is left out. An
#     organisation's code gives stance's code: IGOUNO… UN (IGOUNOIAE IAEA,
#     IGOUNOHLHWHO WHO; the World Bank and IGOUNOAIE, the OECD's energy
#     agency, are left out), IGOEUREEC EU, IGOEURSCE OSCE, IGOWSTNAT NATO,
#     IGOAFRAFU and IGOAFROAU AU, IGOSEAASN ASEAN, IGOBUSOPC and IGOOPC
#     OPEC, IGOMEAARL ARL, IGOPGSGCC GCC, IGOMOSOIC OIC, IGOBUSIMF IMF,
#     IGOBUSWTO WTO; other organisations, multinationals and NGOs are left
#     out.
#   - The agent code after the country gives the role: GOV "government
#     official", MIL "military", LEG "legislator", JUD "judiciary", COP
#     "police", SPY "intelligence", ELI "elite" (former officials and other
#     public figures of the country); a second agent code adds the sector in
#     brackets: GOVMIL "government official (defence)", GOVBUS "(economy)",
#     GOVAGR "(agriculture)", GOVMED "(information)", GOVEDU "(education)",
#     GOVHLH "(health)", GOVDEV "(development)", GOVJUD "(justice)", GOVLAB
#     "(labour)", GOVENV "(environment)", GOVHRI "(human rights)", GOVCOP
#     "(police)", GOVSPY "(intelligence)", GOVREF "(refugees)", GOVREL and
#     GOVMUS "(religion)", GOVLEG "(legislature)", GOVPTY "(party)". An
#     organisation's officials are "international official"; "institution"
#     is a body (below).
#   - The rule for who speaks for a country: a code with REB (rebels), INS
#     (insurgents), OPP (opposition), SEP (separatists), UAF (unaligned armed
#     forces), CRM, RAD, OCC, UNR or AUT anywhere in it is left out, as is
#     a code whose first agent is not one of GOV, MIL, LEG, JUD, COP, SPY,
#     ELI (business, media, religion, ethnic groups …) or names a territory
#     (GBRVGB…, USAPRI…), and a bare country code: rebels and the opposition
#     speak against their government, not for their country. A six-month
#     presidency of the Council of the EU (IGOEUREEC) is left out: the
#     minister who holds it speaks for their own country.
#   - Dates: yymmdd (00–30 are 20yy, as in PETRARCH) or yyyymmdd; ">d" from
#     d on, "<d" until d, "d1-d2" a term. A term whose date does not parse
#     (seven digits, no such day, end before start) is left out and
#     counted. An open term ends the day before the same person's later term
#     for another country begins. A code with no date is PETRARCH's default
#     for the dates no dated code covers: it is written undated (always)
#     when all the person's terms name its country, else as the gaps
#     between the other terms.
#   - An actor with at least one dated term is a person. An actor with only
#     undated codes is kept only when its name is that of a government or
#     organisation body (ministry, council, parliament, army, Kremlin,
#     Knesset …; not a regional one), with the role "institution" and no
#     dates; other undated actors (countries, places, generic descriptions,
#     people without dates) are left out.
#   - Names: underscores join words; a trailing "_" (PETRARCH's exact-word
#     mark) is dropped; capitals are turned into news case ("Sergey Lavrov",
#     "Omar al-Bashir", "George W. Bush", "Ban Ki-moon"); "Bashar al Assad"
#     also gets "Bashar al-Assad", a Korean "Ban Ki Moon" "Ban Ki-moon". A
#     form with binary bytes or broken characters is dropped. Honorifics
#     before a name are taken off when two words remain ("Sir", "Sheikh",
#     "King", "Ayatollah" …: "Queen Elizabeth II" is "Elizabeth II"). A
#     person's form is dropped when it starts with a title or description
#     ("Foreign Minister Sergey V. Lavrov", "Russian Foreign Minister
#     Lavrov", "President Obama", "US …", "Ambassador …", "Senator …"), holds
#     an institution or group word of roles.tsv ("Clinton Administration")
#     or a comma; a one-word form is dropped when UD English-EWT writes it in
#     lower case outside proper nouns (an ordinary English word), when it is
#     a country term, when it has fewer than three letters, or when it
#     begins the names of several people and is no surname of this one
#     ("Abdullah"). A person known by one word only is kept only with an
#     elite code (a ruler known by one name, "Suharto"). The first form left
#     is the name, the others are aliases.
#   - When stance loads this file beside actors.tsv, actors.tsv wins: an
#     imported row whose name is a name or alias of a row of actors.tsv is
#     left out, and an alias of an imported row that is such a name or alias
#     is taken off it (compared without regard to case). A name that names
#     two countries on a date stays ambiguous and gives no country then; in
#     text, an imported name followed by another capitalised word is taken
#     as part of someone else's name.
#
`
