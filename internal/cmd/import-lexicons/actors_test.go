package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseDictDate(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in, want string // want "" for a date that does not parse
	}{
		{"040309", "2004-03-09"},
		{"991231", "1999-12-31"},
		{"300101", "2030-01-01"}, // 00–30 are 20yy
		{"310101", "1931-01-01"},
		{"20040309", "2004-03-09"},
		{"19270101", "1927-01-01"},
		{"2004017", ""}, // seven digits
		{"040230", ""},  // no such day
		{"08022", ""},
		{"0403O9", ""},
		{"", ""},
	}
	for _, tt := range tests {
		got, ok := parseDictDate(tt.in)
		if !ok {
			got = ""
		}
		if got != tt.want {
			t.Errorf("parseDictDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParseTerm(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in, from, to string
		ok           bool
	}{
		{">20040309", "2004-03-09", "", true},
		{"<061231", "", "2006-12-31", true},
		{"320101-331108", "1932-01-01", "1933-11-08", true},
		{"19270101-730717", "1927-01-01", "1973-07-17", true},
		{"2004017-20061201", "", "", false},
		{"050101-040101", "", "", false}, // end before start
		{"040101", "", "", false},        // a date with no sign
	}
	for _, tt := range tests {
		from, to, ok := parseTerm(tt.in)
		if from != tt.from || to != tt.to || ok != tt.ok {
			t.Errorf("parseTerm(%q) = %q, %q, %v; want %q, %q, %v", tt.in, from, to, ok, tt.from, tt.to, tt.ok)
		}
	}
}

// dictSnippet is an invented actor dictionary in the Phoenix format.
const dictSnippet = `# a comment line
RURITANIA_  [RUR]
+STRELSAU_

# people
RUDOLF_ELPHBERG_  # CountryInfo.txt
+RUDOLF_V._ELPHBERG_
+KING_RUDOLF_ELPHBERG
+ELPHBERG
	[RURELI 500101-700101]
	[RURGOV 700101-751231]
	[RURGOV >800101]  # second term
	[RURELI]
MICHAEL_STRELSAU_
+PRESIDENT_MICHAEL_STRELSAU
+MICHAEL_OF_STRELSAU
	[RURGOVMIL 20010101-20031231]
	[RURREB 19900101-20001231]
	[RURGOV 2004017-20061201]
ANNA_MARIA_DE_LA_TORRE_	[IGOUNO 070101-111231] [RURGOV >120101]
ASEL_AL-HARITH_
+ASEL_AL_HARITH
	[RURGOV >100101]
	[USAGOV >120601]
TOMAS_Z` + "\x1a" + `RO_
	[RURGOV 050101-060101]
ROYAL_CUSTOMS_POLICE_
	[RURCOP]
RUR_CUSTOMS_TEAM_
	[RURCOP]
KIM_SU_IL_
	[KORGOV 050101-061231]
`

func testEnv() *env {
	return &env{
		countries: map[string]bool{"RUR": true, "KOR": true, "USA": true},
		terms:     map[string]string{"ruritania": "RUR", "ruritanian": "RUR"},
		roles:     map[string]string{"king": "person", "police": "group", "team": "institution", "president": "person"},
		words:     map[string]bool{"team": true},
		nameWords: map[string]bool{},
		propn:     map[string]bool{},
	}
}

// TestConvertActors reads the invented dictionary into rows: terms and
// dates, titles dropped, rebels left out, organisations mapped, a
// default code read as PETRARCH does, broken bytes, bodies.
func TestConvertActors(t *testing.T) {
	t.Parallel()
	st := newActorStats()
	entries := parseActorDict("test", []byte(dictSnippet), st)
	var got []string
	for _, r := range convertActors(entries, testEnv(), st) {
		got = append(got, fmt.Sprintf("%s [%s] %s %s %s..%s", r.name, strings.Join(r.aliases, ";"), r.country, r.role, r.from, r.to))
	}
	want := []string{
		"Kim Su Il [Kim Su-il] KOR government official 2005-01-01..2006-12-31",
		"Anna Maria de la Torre [] RUR government official 2012-01-01..",
		"Asel al-Harith [Asel al Harith] RUR government official 2010-01-01..2012-05-31",
		"Michael Strelsau [Michael of Strelsau] RUR government official (defence) 2001-01-01..2003-12-31",
		"Royal Customs Police [] RUR institution ..",
		"Rudolf Elphberg [Rudolf V. Elphberg;Elphberg] RUR elite ..",
		"Rudolf Elphberg [Rudolf V. Elphberg;Elphberg] RUR elite 1950-01-01..1970-01-01",
		"Rudolf Elphberg [Rudolf V. Elphberg;Elphberg] RUR government official 1970-01-01..1975-12-31",
		"Rudolf Elphberg [Rudolf V. Elphberg;Elphberg] RUR government official 1980-01-01..",
		"Anna Maria de la Torre [] UN international official 2007-01-01..2011-12-31",
		"Asel al-Harith [Asel al Harith] USA government official 2012-06-01..",
	}
	if g, w := strings.Join(got, "\n"), strings.Join(want, "\n"); g != w {
		t.Errorf("rows:\n%s\nwant:\n%s", g, w)
	}
	for reason, n := range map[string]int{
		"codes: not the country's voice: rebels":                                       1,
		"codes: country code without an agent":                                         1,
		"terms: malformed date (7 digits, no such day, end before start), skipped":     1,
		"names: title or description in the name":                                      1, // "KING_" is taken off, "PRESIDENT_" is not
		"names: binary bytes or broken characters, dropped":                            1,
		"terms: open end closed where a term for another country begins":               1,
		"actors: no usable name":                                                       1,
		"names: a body's form that names a person or a group":                          0,
		"actors: undated and not a government or organisation body":                    1,
		"names: one word that is an ordinary English word":                             0,
		"actors: no code that speaks for a country":                                    1,
		"terms: undated default limited to the dates outside the person's other terms": 0,
	} {
		if st.n[reason] != n {
			t.Errorf("count %q = %d, want %d", reason, st.n[reason], n)
		}
	}
}

// TestLimitTerms: an undated default code of one country beside dated
// terms of another is written as the gaps between them.
func TestLimitTerms(t *testing.T) {
	t.Parallel()
	terms := []term{
		{"DDR", "elite", "1946-01-01", "1989-11-13"},
		{"DDR", "government official", "1989-11-13", "1990-04-12"},
		{"DEU", "elite", "", ""},
	}
	var got []string
	for _, tm := range limitTerms(terms, newActorStats()) {
		got = append(got, tm.country+" "+tm.from+".."+tm.to)
	}
	want := "DDR 1946-01-01..1989-11-13 DDR 1989-11-13..1990-04-12 DEU ..1945-12-31 DEU 1990-04-13.."
	if g := strings.Join(got, " "); g != want {
		t.Errorf("limitTerms = %q, want %q", g, want)
	}
}

func TestNewsCase(t *testing.T) {
	t.Parallel()
	ordinary := func(w string) bool { return w == "air" || w == "force" }
	tests := []struct {
		in          string
		institution bool
		korean      bool
		want        string
	}{
		{"SERGEY_LAVROV_", false, false, "Sergey Lavrov"},
		{"OMAR_HASSAN_AL-BASHIR", false, false, "Omar Hassan al-Bashir"},
		{"AL-BASHIR", false, false, "Al-Bashir"},
		{"GEORGE_W._BUSH", false, false, "George W. Bush"},
		{"R.K._PACHAURI", false, false, "R.K. Pachauri"},
		{"JAMES_A._BAKER_III", false, false, "James A. Baker III"},
		{"OSAMA_BIN_LADEN", false, false, "Osama bin Laden"},
		{"JAVIER_PEREZ_DE_CUELLAR", false, false, "Javier Perez de Cuellar"},
		{"JOHN_MCCAIN", false, false, "John McCain"},
		{"ROBERT_O'BRIEN", false, false, "Robert O'Brien"},
		{"BAN_KI-MOON", false, true, "Ban Ki-moon"},
		{"RECEP_TAYYIP_ERDOĞAN", false, false, "Recep Tayyip Erdoğan"},
		{"EKMELEDDIN_İHSANOĞLU", false, false, "Ekmeleddin İhsanoğlu"},
		{"FDR", false, false, "FDR"},
		{"NGUYEN_VAN_THIEU", false, false, "Nguyen van Thieu"},
		{"ROYAL_AIR_FORCE", true, false, "Royal Air Force"},
		{"IDF", true, false, "IDF"},
		{"UN_SECURITY_COUNCIL", true, false, "UN Security Council"},
	}
	for _, tt := range tests {
		if got := newsCase(splitForm(tt.in), tt.institution, tt.korean, ordinary); got != tt.want {
			t.Errorf("newsCase(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

const agentsSnippet = `# an invented agents dictionary
!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON
!MINIST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES

ENVOY [~GOV]
SPOKES!PERSON! [~GOV]
!MINIST! [~GOV]
POLICE {} [~COP]
MAGISTRATE [~JUD]
JUNTA [~GOV]
TANKER [~BUS]
FARMER [~AGR]
RIOT_POLICE {} [~COP]
ATTORNEY [~JUD]
CHIEF_JUSTICE [~JUD]
COWHERD [~XXX]
`

// TestImportRoles reads the invented agents dictionary: sets expanded,
// plurals derived, classes given, roles.tsv winning.
func TestImportRoles(t *testing.T) {
	t.Parallel()
	e := testEnv()
	e.roles["envoy"] = "person"
	e.roles["minister"] = "title"
	e.nameWords["farmer"] = true
	rows, _ := importRoles([]byte(agentsSnippet), e)
	var got []string
	for _, r := range rows {
		got = append(got, r.word+" "+r.class)
	}
	want := []string{
		"attorney person", "attorneys group", "envoys group", "farmers group", "junta institution", "juntas institution",
		"magistrate person", "magistrates group", "ministers group", "ministries institution",
		"ministry institution", "spokesman person", "spokesmen group", "spokesperson person",
		"spokeswoman person", "spokeswomen group",
	}
	if g, w := strings.Join(got, ", "), strings.Join(want, ", "); g != w {
		t.Errorf("roles:\n%s\nwant:\n%s", g, w)
	}
}

// sourcesDir is the folder of the source dictionaries, from this package.
var sourcesDir = filepath.Join("..", "..", "..", "..", "shared", "lexicon-sources")

// TestImportDeterministic imports the real dictionaries twice and checks
// that the bytes are the same, and the same as the files in lexicons/
// (run go generate ./lexicons after changing the importer).
func TestImportDeterministic(t *testing.T) {
	if _, err := os.Stat(filepath.Join(sourcesDir, petrarchDir, countriesActorsFile)); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("source dictionaries not found: %v (CI has ../shared beside the project)", err)
		}
		t.Skipf("source dictionaries not found: %v", err)
	}
	if testing.Short() {
		t.Skip("reads the full dictionaries")
	}
	lexDir := filepath.Join("..", "..", "..", "lexicons")
	first, err := importAll(sourcesDir, lexDir)
	if err != nil {
		t.Fatal(err)
	}
	second, err := importAll(sourcesDir, lexDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(first) != len(second) {
		t.Fatalf("outputs: %d, then %d", len(first), len(second))
	}
	for i := range first {
		if first[i].name != second[i].name || !bytes.Equal(first[i].data, second[i].data) {
			t.Errorf("%s: two imports differ", first[i].name)
		}
		checked, err := os.ReadFile(filepath.Join(lexDir, first[i].name))
		if err != nil {
			t.Errorf("%s: %v", first[i].name, err)
			continue
		}
		if !bytes.Equal(checked, first[i].data) {
			t.Errorf("lexicons/%s is not what the importer writes: run go generate ./lexicons", first[i].name)
		}
	}
}
