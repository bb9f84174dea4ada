package main

import (
	"fmt"
	"strings"
	"testing"
)

// placesSnippet is an invented country dictionary: a block of Ruritania
// with its cities, a block of a state that ended, a person.
const placesSnippet = `RURITANIA_  [RUR]
+RURITANIAN_
+STRELSAU_
+ZENDA_CASTLE_
+TEAM_
+VLADIMIR_
+ST_
+THE_KINGDOM_OF_RURITANIA_
+GENEVA_
+OSTWALD
OLD_RURITANIA_
+OSTWALD_
	[RURGOV <500101]
KOREA_  [KOR]
+OSTWALD
RUDOLF_ELPHBERG_
	[RURGOV 700101-751231]
`

// TestConvertPlaces reads the invented dictionary into place rows: a
// country block's forms in news case, less country terms, ordinary
// words, given names, short words, "The …", seats of organisations, and
// forms two blocks hold; a dated block and a person give none.
func TestConvertPlaces(t *testing.T) {
	t.Parallel()
	st := newActorStats()
	e := testEnv()
	e.blocked = map[string]bool{}
	entries := parseActorDict("test", []byte(placesSnippet), st)
	given := map[string]bool{"vladimir": true}
	var got []string
	for _, r := range convertPlaces(entries, e, given, st) {
		got = append(got, fmt.Sprintf("%s %s", r.country, strings.Join(r.places, ";")))
	}
	if g, w := strings.Join(got, "\n"), "KOR Korea\nRUR Strelsau;Zenda Castle"; g != w {
		t.Errorf("rows:\n%s\nwant:\n%s", g, w)
	}
	for reason, n := range map[string]int{
		"country blocks read": 2,
		"places: a term or a blocked phrase of countries.tsv":                                2,
		"places: one word that is an ordinary English word":                                  1,
		"places: one word that begins the names of several people":                           1,
		"places: one word of fewer than three letters":                                       1,
		`places: a nickname or a name after "the" ("The Land of the Rising Sun", "The US")`:  1,
		"places: no one country's place (an organisation's seat, a disputed status, shared)": 1,
		"places: in the blocks of two countries":                                             1,
	} {
		if st.n[reason] != n {
			t.Errorf("count %q = %d, want %d", reason, st.n[reason], n)
		}
	}
}
