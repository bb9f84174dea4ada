package lexicons

import (
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"time"
)

// ActorsFile is the name of the actor lexicon: people and institutions with
// the country they speak for, limited by dates.
const ActorsFile = "actors.tsv"

// ActorsPhoenixFile is the actor lexicon imported from the Phoenix actor
// dictionaries of PETRARCH (go generate ./lexicons): the same columns as
// actors.tsv, loaded beside it.
const ActorsPhoenixFile = "actors-phoenix.tsv"

// SourcePhoenix is the Source of a row of actors-phoenix.tsv.
const SourcePhoenix = "phoenix"

// Actor is one row of actors.tsv or actors-phoenix.tsv.
type Actor struct {
	Name    string
	Aliases []string
	Country string // ISO alpha-3 or an organisation code
	Role    string
	// From and To are "YYYY", "YYYY-MM" or "YYYY-MM-DD"; "" = open. A date of
	// year or month precision covers the whole year or month.
	From, To string
	// Source is SourceOurs for a row of actors.tsv, SourcePhoenix for an
	// imported one.
	Source string
}

// isOrgCode reports whether code is one of the organisation codes that
// actors.tsv documents in its header; keep the two in sync.
func isOrgCode(code string) bool { return IsOrganisation(code) }

// IsOrganisation reports whether code is one of the codes stance gives
// international organisations (they are actors and targets, not
// countries): EU, NATO, UN, AU, ASEAN, OPEC, ARL (Arab League), GCC, OIC,
// IAEA, WHO, IMF, WTO, OSCE, SCO, CSTO, BRICS, G7, G20.
func IsOrganisation(code string) bool {
	switch code {
	case "EU", "NATO", "UN", "AU", "ASEAN", "OPEC", "ARL", "GCC", "OIC", "IAEA", "WHO", "IMF", "WTO", "OSCE", "SCO", "CSTO", "BRICS", "G7", "G20":
		return true
	}
	return false
}

// LoadActors reads the actor lexicons, actors.tsv and actors-phoenix.tsv,
// each from builtin, or from user when user has it (like [Load]): a user
// file replaces the built-in one of the same name as a whole. It returns
// the merged rows (see [LoadActorFiles]) and the version of actors.tsv,
// with "user:" before it when the file came from user. A bad row is a
// [*ParseError] wrapping [ErrSyntax].
func LoadActors(builtin, user fs.FS) ([]Actor, string, error) {
	actors, versions, err := LoadActorFiles(builtin, user)
	if err != nil {
		return nil, "", err
	}
	return actors, versions[ActorsFile], nil
}

// LoadActorFiles is [LoadActors] with the version of each file read: it
// maps ActorsFile and ActorsPhoenixFile to their versions. A folder
// without actors-phoenix.tsv (neither user nor builtin has it) loads
// actors.tsv alone.
//
// The rows of actors.tsv come first, in file order, then the imported
// ones. Ours wins: an imported row whose name is the name or an alias of
// any row of actors.tsv is left out, and an imported row's alias that is
// such a name or alias is taken off it; names are compared without
// regard to case. Imported rows that give one name two countries on the
// same date stay: the analysis takes such a name as ambiguous then.
func LoadActorFiles(builtin, user fs.FS) ([]Actor, map[string]string, error) {
	versions := map[string]string{}
	data, origin, err := readFile(builtin, user, ActorsFile)
	if err != nil {
		return nil, nil, err
	}
	ours, version, err := parseActors(ActorsFile, data)
	if err != nil {
		return nil, nil, err
	}
	versions[ActorsFile] = origin + version
	data, origin, err = readFile(builtin, user, ActorsPhoenixFile)
	if errors.Is(err, fs.ErrNotExist) {
		return ours, versions, nil
	}
	if err != nil {
		return nil, nil, err
	}
	imported, version, err := parseActors(ActorsPhoenixFile, data)
	if err != nil {
		return nil, nil, err
	}
	versions[ActorsPhoenixFile] = origin + version
	return mergeActors(ours, imported), versions, nil
}

// mergeActors returns ours, then the imported rows that no name of ours
// overrides, with Source set (see [LoadActorFiles]).
func mergeActors(ours, imported []Actor) []Actor {
	keys := map[string]bool{}
	out := make([]Actor, 0, len(ours)+len(imported))
	for _, a := range ours {
		keys[strings.ToLower(a.Name)] = true
		for _, n := range a.Aliases {
			keys[strings.ToLower(n)] = true
		}
		a.Source = SourceOurs
		out = append(out, a)
	}
	for _, a := range imported {
		if keys[strings.ToLower(a.Name)] {
			continue
		}
		var aliases []string
		for _, n := range a.Aliases {
			if !keys[strings.ToLower(n)] {
				aliases = append(aliases, n)
			}
		}
		a.Aliases = aliases
		a.Source = SourcePhoenix
		out = append(out, a)
	}
	return out
}

// ActiveOn reports whether the actor held the role on the given date (year,
// month, day; month or day may be 0 when unknown: then the row counts when
// any part of that month or year overlaps the term). An actor with no dates
// is always active. The term's own dates are read as broadly: a term that
// ends "2023-05" includes 31 May 2023. A date that does not parse (possible
// only in a hand-built Actor) leaves that end of the term open.
func (a Actor) ActiveOn(year, month, day int) bool {
	qlo, qhi := queryBounds(year, month, day)
	if a.From != "" {
		if lo, _, err := dateBounds(a.From); err == nil && qhi < lo {
			return false
		}
	}
	if a.To != "" {
		if _, hi, err := dateBounds(a.To); err == nil && qlo > hi {
			return false
		}
	}
	return true
}

// queryBounds returns the first and last day the query date covers, as
// yyyymmdd numbers. A month outside 1..12 makes the day unknown too.
func queryBounds(year, month, day int) (lo, hi int) {
	if month < 1 || month > 12 {
		return year*10000 + 101, year*10000 + 1231
	}
	ym := year*10000 + month*100
	if day < 1 || day > 31 {
		return ym + 1, ym + 31
	}
	return ym + day, ym + day
}

// dateBounds parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" and returns the first
// and last day it covers as yyyymmdd numbers. The last day of a month is
// given as 31 whatever the month: only the order of the numbers matters.
func dateBounds(s string) (lo, hi int, err error) {
	bad := fmt.Errorf("date %q is not YYYY, YYYY-MM or YYYY-MM-DD", s)
	year, ok := digits(s, 0, 4)
	if !ok {
		return 0, 0, bad
	}
	switch len(s) {
	case 4:
		return year*10000 + 101, year*10000 + 1231, nil
	case 7:
		month, ok := digits(s, 5, 7)
		if !ok || s[4] != '-' || month < 1 || month > 12 {
			return 0, 0, bad
		}
		ym := year*10000 + month*100
		return ym + 1, ym + 31, nil
	case 10:
		if _, err := time.Parse(time.DateOnly, s); err != nil {
			return 0, 0, fmt.Errorf("date %q is not a calendar day", s)
		}
		month, _ := digits(s, 5, 7)
		day, _ := digits(s, 8, 10)
		d := year*10000 + month*100 + day
		return d, d, nil
	}
	return 0, 0, bad
}

// digits returns the number written in s[i:j] when it is all ASCII digits.
func digits(s string, i, j int) (int, bool) {
	if len(s) < j {
		return 0, false
	}
	n := 0
	for _, c := range []byte(s[i:j]) {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// parseActors reads the rows of an actor file named name and returns them
// with the file's version.
func parseActors(name, data string) ([]Actor, string, error) {
	var actors []Actor
	st := newActorState()
	version, err := scanRows(name, data, nil, func(line int, text string) error {
		a, err := st.line(name, line, text)
		if err != nil {
			return err
		}
		actors = append(actors, a)
		return nil
	})
	if err != nil {
		return nil, "", err
	}
	return actors, version, nil
}

// actorState is what the good rows of an actor file before the one read
// left: a bad row leaves nothing.
type actorState struct {
	seen map[string]int // each row's key → its line
	// terms maps each name and alias to the terms of the rows that give
	// it, for the rows of a country other than theirs.
	terms map[string][]actorTerm
}

// actorTerm is a row's country and dates, as yyyymmdd numbers (0 and
// 99991231 for an open end).
type actorTerm struct {
	country  string
	from, to int
	line     int
}

func newActorState() *actorState {
	return &actorState{seen: map[string]int{}, terms: map[string][]actorTerm{}}
}

// line parses the row at line of the actor file name.
//
// A name or alias that a row of another country gives for dates that
// overlap (or an undated row, which is always in force) is an error in
// actors.tsv: the analysis could not tell which country the name speaks
// for. actors-phoenix.tsv, imported, keeps such names (as the Phoenix
// dictionaries give them: "Elizabeth II" is the Queen of the United
// Kingdom and of Saint Kitts and Nevis), and the analysis takes them as
// ambiguous on those dates.
func (st *actorState) line(name string, line int, text string) (Actor, error) {
	a, key, err := parseActorRow(text)
	bad := func(err error) (Actor, error) {
		return Actor{}, &ParseError{File: name, Line: line, Err: fmt.Errorf("%w: %v", ErrSyntax, err)}
	}
	if err != nil {
		return bad(err)
	}
	if prev, dup := st.seen[key]; dup {
		return bad(fmt.Errorf("row repeats line %d", prev))
	}
	if name != ActorsPhoenixFile {
		t := actorTerm{country: a.Country, from: 0, to: 99991231, line: line}
		if a.From != "" {
			t.from, _, _ = dateBounds(a.From) // parsed by parseActorRow
		}
		if a.To != "" {
			_, t.to, _ = dateBounds(a.To)
		}
		names := append([]string{a.Name}, a.Aliases...)
		for _, n := range names {
			for _, o := range st.terms[n] {
				if o.country != t.country && o.from <= t.to && t.from <= o.to {
					return bad(fmt.Errorf("%q is already %s's on line %d, for dates that overlap these", n, o.country, o.line))
				}
			}
		}
		for i, n := range names {
			if !slices.Contains(names[:i], n) {
				st.terms[n] = append(st.terms[n], t)
			}
		}
	}
	st.seen[key] = line
	return a, nil
}

// parseActorRow parses one tab-separated row: name, aliases, country, role,
// from, to. It returns the actor and a key that is equal for rows that say
// the same thing.
func parseActorRow(text string) (Actor, string, error) {
	cols := strings.Split(text, "\t")
	if len(cols) != 6 {
		return Actor{}, "", fmt.Errorf("want 6 columns (name, aliases, country, role, from, to), got %d", len(cols))
	}
	for i := range cols {
		cols[i] = strings.TrimSpace(cols[i])
	}
	a := Actor{Name: cols[0], Aliases: splitList(cols[1]), Country: cols[2], Role: cols[3], From: cols[4], To: cols[5]}
	switch {
	case a.Name == "":
		return Actor{}, "", errors.New("empty name")
	case strings.Contains(a.Name, ";"):
		return Actor{}, "", fmt.Errorf("name %q holds \";\": other forms go in the aliases column", a.Name)
	case checkCode(a.Country) != nil:
		return Actor{}, "", checkCode(a.Country)
	case a.Role == "":
		return Actor{}, "", fmt.Errorf("%s has no role", a.Name)
	}
	var from, to int
	var err error
	if a.From != "" {
		if from, _, err = dateBounds(a.From); err != nil {
			return Actor{}, "", fmt.Errorf("from: %v", err)
		}
	}
	if a.To != "" {
		if _, to, err = dateBounds(a.To); err != nil {
			return Actor{}, "", fmt.Errorf("to: %v", err)
		}
		if a.From != "" && from > to {
			return Actor{}, "", fmt.Errorf("from %s is after to %s", a.From, a.To)
		}
	}
	return a, strings.Join([]string{a.Name, strings.Join(a.Aliases, ";"), a.Country, a.Role, a.From, a.To}, "\t"), nil
}

// checkCode returns an error unless code is a country code of the kinds
// the lexicons use: the form of an ISO 3166-1 alpha-3 code (three capital
// letters A to Z, as PSE, SUN and XKX are) or an organisation code
// ([IsOrganisation]: EU, NATO, G20 ...). Anything else ("<I>", "=A1",
// "usa", "U.S.") would reach the CSV files and the report as a country.
func checkCode(code string) error {
	if isISOCode(code) || isOrgCode(code) {
		return nil
	}
	return fmt.Errorf("country %q is neither three capital letters A to Z (ISO 3166-1 alpha-3) nor an organisation code (EU, NATO, UN, G20 ...; see actors.tsv)", code)
}

// isISOCode reports whether code has the form of an ISO 3166-1 alpha-3 code.
func isISOCode(code string) bool {
	if len(code) != 3 {
		return false
	}
	for _, c := range []byte(code) {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}
