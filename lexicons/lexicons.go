// Package lexicons holds stance's word lists as documented, versioned data
// files and loads them.
//
// The files beside this source are embedded in the binary ([Default]). A user
// can replace any of them with a file of the same name in a folder of their
// own (stance --lexicons DIR): a file found there replaces the built-in file
// as a whole, and run.json records which one was used. Each file starts with a
// header of "#" lines that gives its version and sources; rows are
// tab-separated. Rows are validated when loading: a bad row is a [ParseError]
// with its file and line.
package lexicons

import (
	"bufio"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strconv"
	"strings"
	"unicode/utf8"
)

//go:generate go run ../internal/cmd/import-lexicons -sources ../../shared/lexicon-sources -o .

//go:embed *.tsv
var builtin embed.FS

// Default returns the built-in lexicon files.
func Default() fs.FS { return builtin }

// File names of the lexicons.
const (
	CountriesFile = "countries.tsv"
	StanceFile    = "stance.tsv"
	CuesFile      = "cues.tsv"
	RolesFile     = "roles.tsv"
	// IrregularFile lists the irregular verbs that "word/v" terms inflect
	// by; it is read before the files that use it.
	IrregularFile = "irregular.tsv"
	// EventsFile is the event lexicon imported from PETRARCH's CAMEO verb
	// patterns (go generate ./lexicons).
	EventsFile = "cameo.tsv"
	// WordsFile lists words by a class that decides a reading (WordClass).
	WordsFile = "words.tsv"
)

// ErrSyntax is wrapped by every [ParseError] for a row that does not parse.
var ErrSyntax = errors.New("bad lexicon row")

// ParseError reports a bad row: "file:line: message".
type ParseError struct {
	File string
	Line int
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err) }
func (e *ParseError) Unwrap() error { return e.Err }

// Country is one row of countries.tsv.
type Country struct {
	Code       string   // ISO 3166-1 alpha-3 (or a documented historical code)
	Names      []string // "Iran", "Islamic Republic of Iran" ...
	Adjectives []string // "Iranian", "Iranians" ...
	Capitals   []string // capitals, seats of government and institutions used as metonyms
	// Until is the last year a state that no longer exists existed (the
	// Soviet Union: 1991); 0 for a state that exists. A text dated after
	// it names the state as history, no party of the day.
	Until int
}

// PlacesPhoenixFile holds the cities and regions of countries imported
// from the Phoenix country dictionary of PETRARCH (go generate ./lexicons).
const PlacesPhoenixFile = "places-phoenix.tsv"

// PlacesFile holds cities and regions that news names and the Phoenix
// dictionary (of 2014) lacks, written for stance ("Kherson", "Rafah"),
// in the format of places-phoenix.tsv. A place that both files list must
// be of one country.
const PlacesFile = "places.tsv"

// Place is one row of places-phoenix.tsv or places.tsv: a country and its cities and
// regions ("UKR": "Kharkiv", "Crimea"). A place names its country only as
// what an act befalls, never as a speaker or an agent.
type Place struct {
	Code  string
	Names []string
	File  string // the file of the row
}

// Term is one row of stance.tsv or of an imported event lexicon.
type Term struct {
	Words  []string // lowercase whole words, matched in sequence
	Weight float64  // in [-1, 1]
	Class  string
	Attach Attach // object, prep, act, predicate, noun or any (see stance.tsv)
	// Label is the row's term as written in its file: what evidence and
	// lexicon stats name it by.
	Label string
	// Source is SourceOurs for a hand-written row, or the imported
	// dictionary's name (SourceCAMEO).
	Source string
	// Code is the CAMEO event code of an imported row ("112"), "" for ours.
	Code string
}

// ClassConsult is the class of contact terms: meetings, visits, calls,
// talks (CAMEO 04).
const ClassConsult = "CONSULT"

// ClassAgree is the class of agreement terms ("agreed", "signed"): like
// talks, an agreement is of each party toward the other.
const ClassAgree = "AGREE"

// ClassCooperate is the class of material and diplomatic cooperation
// (CAMEO 03, 05, 06): ties restored, exercises held, trade resumed.
const ClassCooperate = "COOPERATE"

// ClassConciliate is the class of conciliation terms ("apology"): one
// demanded of a country is a grievance against it.
const ClassConciliate = "CONCILIATE"

// ClassSanction is the class of sanction terms ("sanctions", "embargo",
// CAMEO 163): the measures an international organisation takes are its
// members' own.
const ClassSanction = "SANCTION"

// ClassFight is the class of terms of fighting ("war", "clash"): a fight
// ended is no quarrel settled.
const ClassFight = "FIGHT"

// ClassAid is the class of aid terms (aid sent: "sent doctors to X").
const ClassAid = "AID"

// ClassSport is the class of sports terms ("volleyball", "semifinal"): a
// statement that holds one is a sports report, with no diplomatic stance.
const ClassSport = "SPORT"

// Sources of lexicon rows.
const (
	SourceOurs  = "ours"
	SourceCAMEO = "cameo"
)

// Cue is one form of a row of cues.tsv.
type Cue struct {
	Words      []string // lowercase
	Evaluative bool     // the verb carries a stance by itself
	Think      bool     // a verb of belief or intent ("believes", "wants")
	Weight     float64  // in [-1, 1]; 0 for plain communicative verbs
	// Label is the row's cue as written ("slam/v").
	Label string
	// Bare marks a form that a noun can share, generated from a "word/v"
	// row: the lemma and its -s form ("report", "reports"). The analysis
	// takes it as a cue only where a noun cannot stand.
	Bare bool
	// Noun marks a Bare form of a verb whose forms are common nouns (the
	// row's "noun" column): a cue only right after its subject.
	Noun bool
	// Lemma marks the lemma of a "word/v" row (Noun cues: the lemma needs
	// a plural subject, the -s form a singular one).
	Lemma bool
	// Verb marks every form of a "word/v" row; a row of other words
	// ("critical of", "according to") is no verb.
	Verb bool
}

// Set is a loaded set of lexicons.
type Set struct {
	Countries []Country
	// Blocked are phrases that contain a country term but name no country
	// ("Latin America"): they are matched first and produce no mention.
	Blocked []string
	// Places are the cities and regions of countries (places-phoenix.tsv,
	// places.tsv).
	Places []Place
	Terms  []Term
	Cues   []Cue
	// Roles maps a lowercase word that describes a speaker to its class:
	// "title", "person", "group" or "institution".
	Roles map[string]string
	// Words maps a lowercase word of words.tsv to its classes.
	Words map[string]ClassSet
	// Versions maps each file name to the version its header gives, with
	// "user:" before it when the file came from the user's folder.
	Versions map[string]string
	// Irregular holds the irregular verbs of irregular.tsv.
	Irregular Irregular
	// Events is the imported CAMEO event lexicon: its verb blocks and
	// patterns. Its verb forms are in Terms too (Source SourceCAMEO), less
	// those a row of ours lists.
	Events *Events

	formLine  map[string]int   // while parsing a file: each form's line
	nameClaim map[string]claim // while parsing countries.tsv: each term's code
}

// Load reads every lexicon from builtin, replacing a file by the one of the
// same name in user when user is not nil and has it.
func Load(builtin, user fs.FS) (*Set, error) {
	s := newSet()
	for _, name := range []string{IrregularFile, CountriesFile, PlacesPhoenixFile, PlacesFile, StanceFile, CuesFile, RolesFile, EventsFile, WordsFile} {
		data, origin, err := readFile(builtin, user, name)
		if err != nil {
			return nil, err
		}
		version, err := parse(name, data, s)
		if err != nil {
			return nil, err
		}
		s.Versions[name] = origin + version
	}
	version, err := loadImportedRoles(builtin, user, s.Roles)
	if err != nil {
		return nil, err
	}
	if version != "" {
		s.Versions[RolesPhoenixFile] = version
	}
	if err := s.checkPlaces(); err != nil {
		return nil, err
	}
	s.mergeEvents()
	return s, nil
}

// checkPlaces reports a place of places-phoenix.tsv or places.tsv that is
// a term or a blocked phrase of countries.tsv: the files would read it
// differently.
func (s *Set) checkPlaces() error {
	terms := map[string]string{}
	for _, c := range s.Countries {
		for _, list := range [][]string{c.Names, c.Adjectives, c.Capitals} {
			for _, t := range list {
				terms[countryTermKey(t)] = c.Code
			}
		}
	}
	for _, b := range s.Blocked {
		terms[countryTermKey(b)] = ""
	}
	placed := map[string]Place{} // a place of both files is of one country
	for _, p := range s.Places {
		for _, n := range p.Names {
			if prev, dup := placed[countryTermKey(n)]; dup && prev.File != p.File && prev.Code != p.Code {
				return fmt.Errorf("%s: place %q of %s is a place of %s in %s: %w", p.File, n, p.Code, prev.Code, prev.File, ErrSyntax)
			}
			placed[countryTermKey(n)] = p
			c, ok := terms[countryTermKey(n)]
			switch {
			case ok && c == "":
				return fmt.Errorf("%s: place %q of %s is a blocked phrase of %s: %w", p.File, n, p.Code, CountriesFile, ErrSyntax)
			case ok:
				return fmt.Errorf("%s: place %q of %s is a term of %s in %s: %w", p.File, n, p.Code, c, CountriesFile, ErrSyntax)
			}
		}
	}
	return nil
}

// LoadCountries reads countries.tsv from fsys alone (the importer of the
// generated files reads it without the files it generates).
func LoadCountries(fsys fs.FS) ([]Country, error) {
	data, err := readBounded(fsys, CountriesFile)
	if err != nil {
		return nil, fmt.Errorf("read lexicon: %w", err)
	}
	s := newSet()
	if _, err := parse(CountriesFile, data, s); err != nil {
		return nil, err
	}
	return s.Countries, nil
}

// LoadIrregular reads irregular.tsv from fsys.
func LoadIrregular(fsys fs.FS) (Irregular, error) {
	data, err := readBounded(fsys, IrregularFile)
	if err != nil {
		return nil, fmt.Errorf("read lexicon: %w", err)
	}
	s := newSet()
	if _, err := parse(IrregularFile, data, s); err != nil {
		return nil, err
	}
	return s.Irregular, nil
}

func newSet() *Set {
	return &Set{Versions: map[string]string{}, Roles: map[string]string{}, Words: map[string]ClassSet{}, Irregular: Irregular{}, Events: newEvents()}
}

// scanRows calls row for each data line of a lexicon file (comments and
// blank lines skipped) and returns the version its header gives. A line
// that is not valid UTF-8, comments included, is a bad row that row does
// not see. The error of a bad row (row's own, returned as it is) stops the
// scan when collect is nil; else collect is given it and the scan goes on.
// A missing version and a line too long to read are returned, not
// collected.
func scanRows(name, data string, collect func(error), row func(line int, text string) error) (string, error) {
	version := ""
	sc := bufio.NewScanner(strings.NewReader(data))
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	line := 0
	bad := func(err error) error {
		if collect == nil {
			return err
		}
		collect(err)
		return nil
	}
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if err := validUTF8(name, line, text); err != nil {
			if err := bad(err); err != nil {
				return "", err
			}
			continue
		}
		if strings.HasPrefix(text, "#") {
			if v, ok := strings.CutPrefix(text, "# version:"); ok && version == "" {
				version = strings.TrimSpace(v)
			}
			continue
		}
		if strings.TrimSpace(text) == "" {
			continue
		}
		if err := row(line, text); err != nil {
			if err := bad(err); err != nil {
				return "", err
			}
		}
	}
	if err := sc.Err(); err != nil {
		return "", &ParseError{File: name, Line: line + 1, Err: fmt.Errorf("%w: %w", ErrSyntax, err)}
	}
	if version == "" {
		return "", &ParseError{File: name, Line: 1, Err: fmt.Errorf("%w: no \"# version:\" header line", ErrSyntax)}
	}
	return version, nil
}

// validUTF8 returns a *ParseError when the line at line of file name is
// not valid UTF-8: a term with invalid bytes matches nothing, and would
// reach the outputs and run.json as it is.
func validUTF8(name string, line int, text string) error {
	if utf8.ValidString(text) {
		return nil
	}
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && n == 1 {
			break
		}
		i += n
	}
	return &ParseError{File: name, Line: line, Err: fmt.Errorf("%w: not valid UTF-8 (byte 0x%02X at column %d)", ErrSyntax, text[i], i+1)}
}

// parse adds the rows of one file to s and returns the file's version.
func parse(name, data string, s *Set) (string, error) {
	seen := map[string]int{}
	s.startFile()
	defer s.endFile()
	return scanRows(name, data, nil, func(line int, text string) error {
		return parseLine(name, line, text, s, seen)
	})
}

// startFile starts the state kept while the rows of one file are parsed;
// endFile lets it go.
func (s *Set) startFile() {
	s.formLine = map[string]int{}
	s.nameClaim = map[string]claim{}
}

func (s *Set) endFile() { s.formLine, s.nameClaim = nil, nil }

// claim is the country code that a name of countries.tsv belongs to, and
// the line that gave it.
type claim struct {
	code string
	line int
}

// countryTermKey is the key under which a term of countries.tsv is
// matched: without the "?" that marks it ambiguous, its words separated
// by one space (matching is case-sensitive).
func countryTermKey(term string) string {
	return strings.Join(strings.Fields(strings.TrimPrefix(term, "?")), " ")
}

// parseLine adds the row at line of file name to s. seen maps the key of
// each good row before it to its line; a bad row is left out of it.
func parseLine(name string, line int, text string, s *Set, seen map[string]int) error {
	cols := strings.Split(text, "\t")
	bad := func(format string, args ...any) error {
		return &ParseError{File: name, Line: line, Err: fmt.Errorf("%w: "+format, append([]any{ErrSyntax}, args...)...)}
	}
	key := strings.ToLower(cols[0])
	if name == WordsFile && len(cols) > 1 {
		key += "\t" + cols[1] // a word may have several classes
	}
	if prev, dup := seen[key]; dup && cols[0] != "-" && name != EventsFile {
		return bad("%q repeats line %d", cols[0], prev)
	}
	if err := parseRow(name, line, cols, s, bad); err != nil {
		return err
	}
	seen[key] = line
	return nil
}

// parseRow adds one row of file name to s.
func parseRow(name string, line int, cols []string, s *Set, bad func(string, ...any) error) error {
	switch name {
	case IrregularFile:
		if len(cols) < 1 || len(cols) > 2 {
			return bad("want 1 or 2 columns (lemma, forms), got %d", len(cols))
		}
		lemma := cols[0]
		if lemma == "" || strings.ToLower(lemma) != lemma || strings.ContainsAny(lemma, " /*") {
			return bad("lemma %q must be one lowercase word", lemma)
		}
		var forms []string
		if len(cols) == 2 {
			forms = strings.Fields(cols[1])
		}
		s.Irregular[lemma] = forms
	case EventsFile:
		return s.Events.parseRow(cols, s.Irregular, bad)
	case CountriesFile:
		if len(cols) < 2 || len(cols) > 5 {
			return bad("want 2 to 5 columns, got %d", len(cols))
		}
		for len(cols) < 5 {
			cols = append(cols, "")
		}
		until := 0
		if cols[4] != "" {
			y, err := strconv.Atoi(cols[4])
			if err != nil || y < 1000 || y > 9999 {
				return bad("until %q is no year", cols[4])
			}
			until = y
		}
		if cols[0] == "-" {
			s.Blocked = append(s.Blocked, splitList(cols[1])...)
			return nil
		}
		if err := checkCode(cols[0]); err != nil {
			return bad("%v", err)
		}
		c := Country{Code: cols[0], Names: splitList(cols[1]), Adjectives: splitList(cols[2]), Capitals: splitList(cols[3]), Until: until}
		if len(c.Names) == 0 {
			return bad("country %s has no name", c.Code)
		}
		// A term is one country's: under a second code it would be
		// matched as whichever comes first.
		var terms []string
		for _, list := range [][]string{c.Names, c.Adjectives, c.Capitals} {
			for _, t := range list {
				k := countryTermKey(t)
				if prev, ok := s.nameClaim[k]; ok && prev.code != c.Code {
					return bad("%q is already a term of %s (line %d)", t, prev.code, prev.line)
				}
				terms = append(terms, k)
			}
		}
		for _, k := range terms {
			if _, ok := s.nameClaim[k]; !ok {
				s.nameClaim[k] = claim{c.Code, line}
			}
		}
		s.Countries = append(s.Countries, c)
	case StanceFile:
		if len(cols) != 3 && len(cols) != 4 {
			return bad("want 3 or 4 columns (term, weight, class, attach), got %d", len(cols))
		}
		w, err := parseWeight(cols[1])
		if err != nil {
			return bad("%v", err)
		}
		if strings.TrimSpace(cols[0]) == "" || strings.ToLower(cols[0]) != cols[0] {
			return bad("term %q must be lowercase words", cols[0])
		}
		if strings.Contains(cols[0], "*") {
			return bad("term %q: wildcards match unrelated words (sever* matches several); write the lemma with /v or /n (sever/v) or list each word", cols[0])
		}
		attach := AttachAny
		if len(cols) == 4 {
			k, ok := ParseAttach(cols[3])
			if !ok {
				return bad("attach %q is not object, prep, act, predicate, noun or any", cols[3])
			}
			attach = k
		}
		forms, ok := Expand(cols[0], s.Irregular)
		if !ok {
			return bad("term %q: at most one word may carry /v or /n", cols[0])
		}
		label := strings.Join(strings.Fields(cols[0]), " ")
		for _, f := range forms {
			if prev, dup := s.formLine[f]; dup {
				return bad("%q repeats a form of line %d (%s)", cols[0], prev, f)
			}
		}
		for _, f := range forms {
			s.formLine[f] = line
			s.Terms = append(s.Terms, Term{Words: strings.Fields(f), Weight: w, Class: cols[2], Attach: attach, Label: label, Source: SourceOurs})
		}
	case PlacesPhoenixFile, PlacesFile:
		if len(cols) != 2 {
			return bad("want 2 columns (code, places), got %d", len(cols))
		}
		if err := checkCode(cols[0]); err != nil {
			return bad("%v", err)
		}
		places := splitList(cols[1])
		if len(places) == 0 {
			return bad("country %s has no place", cols[0])
		}
		for _, p := range places {
			if strings.HasPrefix(p, "?") {
				return bad("place %q: a place is no ambiguous term", p)
			}
			// A place is one country's (Load checks that it is no
			// term of countries.tsv).
			if prev, ok := s.nameClaim[countryTermKey(p)]; ok {
				return bad("%q is already a place of %s (line %d)", p, prev.code, prev.line)
			}
		}
		for _, p := range places {
			s.nameClaim[countryTermKey(p)] = claim{cols[0], line}
		}
		s.Places = append(s.Places, Place{Code: cols[0], Names: places, File: name})
	case RolesFile, RolesPhoenixFile:
		if len(cols) != 2 {
			return bad("want 2 columns (word, class), got %d", len(cols))
		}
		switch cols[1] {
		case "title", "person", "group", "institution":
		default:
			return bad("role class %q is not title, person, group or institution", cols[1])
		}
		if cols[0] != strings.ToLower(cols[0]) || strings.TrimSpace(cols[0]) == "" {
			return bad("role word %q must be lowercase", cols[0])
		}
		s.Roles[cols[0]] = cols[1]
	case WordsFile:
		if len(cols) != 2 {
			return bad("want 2 columns (word, class), got %d", len(cols))
		}
		if cols[0] != strings.ToLower(cols[0]) || strings.TrimSpace(cols[0]) == "" || strings.ContainsAny(cols[0], " ") {
			return bad("word %q must be one lowercase word", cols[0])
		}
		c, ok := ParseWordClass(cols[1])
		if !ok {
			return bad("word class %q is not one of %s", cols[1], strings.Join(wordClassNames[:], ", "))
		}
		// "reject/v": every form of the verb (irregular.tsv's too).
		forms, ok := Expand(cols[0], s.Irregular)
		if !ok {
			return bad("word %q: a marker /v or /n ends the word", cols[0])
		}
		for _, f := range forms {
			cs := s.Words[f]
			cs.Add(c)
			s.Words[f] = cs
		}
	case CuesFile:
		if len(cols) != 3 && len(cols) != 4 {
			return bad("want 3 or 4 columns (cue, kind, weight, noun), got %d", len(cols))
		}
		noun := len(cols) == 4
		if noun && cols[3] != "noun" {
			return bad("the fourth column is \"noun\" or nothing, got %q", cols[3])
		}
		w, err := parseWeight(cols[2])
		if err != nil {
			return bad("%v", err)
		}
		var ev, think bool
		switch cols[1] {
		case "say", "think":
			if w != 0 {
				return bad("a %q cue has weight 0, got %v", cols[1], w)
			}
			think = cols[1] == "think"
		case "evaluate":
			ev = true
		default:
			return bad("cue kind %q is not say, think or evaluate", cols[1])
		}
		if len(strings.Fields(cols[0])) == 0 {
			return bad("an empty cue")
		}
		if strings.Contains(cols[0], "*") {
			return bad("cue %q: wildcards are not allowed; write the lemma with /v", cols[0])
		}
		forms, ok := Expand(strings.ToLower(cols[0]), s.Irregular)
		if !ok {
			return bad("cue %q: at most one word may carry /v", cols[0])
		}
		label := strings.Join(strings.Fields(strings.ToLower(cols[0])), " ")
		lemma, marked := bareLemma(label)
		for _, f := range forms {
			if prev, dup := s.formLine[f]; dup {
				return bad("%q repeats a form of line %d (%s)", cols[0], prev, f)
			}
		}
		for _, f := range forms {
			s.formLine[f] = line
			bare := marked && (f == lemma || f == thirdPersonPhrase(lemma))
			s.Cues = append(s.Cues, Cue{Words: strings.Fields(f), Evaluative: ev, Think: think, Weight: w, Label: label, Bare: bare, Noun: bare && noun, Lemma: marked && f == lemma, Verb: marked})
		}
	}
	return nil
}
func parseWeight(s string) (float64, error) {
	w, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil || !(w >= -1 && w <= 1) { // not w < -1 || w > 1: NaN passes that
		return 0, fmt.Errorf("weight %q is not a number in [-1, 1]", s)
	}
	return w, nil
}

func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ";") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// FileNames returns the names of all lexicon files, in the order they are
// checked.
func FileNames() []string {
	return []string{CountriesFile, StanceFile, CuesFile, RolesFile, IrregularFile, EventsFile, WordsFile, ActorsFile, ActorsPhoenixFile, RolesPhoenixFile, PlacesPhoenixFile, PlacesFile}
}

// Check validates the lexicon files found in user (a user's folder for
// --lexicons) and returns every bad row of every file as a [*ParseError],
// in file order, with the names of the files it checked. Files that user
// does not have are not checked (the built-in ones are used for them). A
// line too long to read ends the check of its file.
func Check(user fs.FS) (checked []string, errs []error) {
	for _, name := range FileNames() {
		data, err := readBounded(user, name)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		checked = append(checked, name)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", name, err))
			continue
		}
		errs = append(errs, checkRows(name, data)...)
	}
	return checked, errs
}

// checkRows parses every row of the file name, going on after a bad one,
// and returns the error of each bad row, then that of the file itself (no
// version line, a line too long). A bad row counts as a blank line: it
// cannot be the line a later row repeats.
func checkRows(name, data string) []error {
	var errs []error
	collect := func(err error) { errs = append(errs, err) }
	var err error
	if name == ActorsFile || name == ActorsPhoenixFile {
		st := newActorState()
		_, err = scanRows(name, data, collect, func(line int, text string) error {
			_, err := st.line(name, line, text)
			return err
		})
	} else {
		// The built-in irregular verbs inflect the user's "word/v" rows
		// (the user's own irregular.tsv when it is the file checked).
		s := newSet()
		if irr, err := LoadIrregular(builtin); err == nil {
			s.Irregular = irr
		}
		s.startFile()
		seen := map[string]int{}
		_, err = scanRows(name, data, collect, func(line int, text string) error {
			return parseLine(name, line, text, s, seen)
		})
	}
	if err != nil {
		collect(err)
	}
	return errs
}

// maxFileBytes bounds the size of a lexicon file (the built-in ones have
// about 100 KB at most), so that a wrong file in a user's folder cannot
// take all memory.
const maxFileBytes = 16 << 20

// readBounded reads the file name of fsys, failing when it is larger than
// maxFileBytes.
func readBounded(fsys fs.FS, name string) (string, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return "", err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxFileBytes+1))
	if err != nil {
		return "", err
	}
	if len(b) > maxFileBytes {
		return "", fmt.Errorf("%s: larger than %d bytes", name, maxFileBytes)
	}
	return string(b), nil
}

// readFile reads the lexicon file name from user when user has it (origin
// "user:"), else from builtin (origin "").
func readFile(builtin, user fs.FS, name string) (data, origin string, err error) {
	fsys := builtin
	if user != nil {
		if _, err := fs.Stat(user, name); err == nil {
			fsys, origin = user, "user:"
		}
	}
	b, err := readBounded(fsys, name)
	if err != nil {
		return "", "", fmt.Errorf("read lexicon: %w", err)
	}
	return b, origin, nil
}
