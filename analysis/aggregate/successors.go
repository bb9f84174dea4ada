package aggregate

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Successors maps the code of a country that no longer exists to the code
// of the state that continues it in the dyads, so that one delegation's
// stances are not split between two codes. The UN General Debate corpus,
// for one, codes the Soviet delegation's speeches RUS while the lexicons
// find "the Soviet Union" as SUN: without the mapping, USA→SUN and USA→RUS
// are two dyads about one country, and RUS→SUN is the delegation speaking
// about itself.
//
// A code not in the table maps to itself; chains are followed (A→B, B→C
// maps A to C). The nil table maps nothing. Build tables with
// [DefaultSuccessors] and [Successors.With]; do not change one that is in
// use.
type Successors map[string]string

// defaultSuccessors are the historical codes of lexicons/countries.tsv
// (the only ones it and the actor lexicons use; actors-phoenix.tsv maps
// CAMEO's USR, FRY and TMP to SUN, YUG and TLS when it is imported) with
// the state each is merged into. Keep in sync with doc.go and the README.
var defaultSuccessors = [...]struct{ from, to, why string }{
	// The Soviet Union (1922–1991): the Russian Federation took its seat in
	// the UN and the Security Council as its continuator in December 1991;
	// the UN General Debate corpus codes Soviet speeches RUS.
	{"SUN", "RUS", "Soviet Union, 1922–1991"},
	// Yugoslavia: the Socialist Federal Republic (1945–1992), then the
	// Federal Republic of Yugoslavia, Serbia and Montenegro from 2003
	// (countries.tsv gives all three YUG). The republics that left in
	// 1991–1992 are successors too, but Serbia carried the state on and
	// continued its UN membership when Montenegro left in 2006; the UN
	// corpus codes the delegation YUG until 2005 and SRB from 2006.
	{"YUG", "SRB", "Yugoslavia and Serbia and Montenegro, 1945–2006"},
	// Czechoslovakia (1918–1992): dissolved into the Czech Republic and
	// Slovakia on 1 January 1993. Neither is its legal continuator; the
	// Czech Republic is the conventional successor (as in the Correlates of
	// War codes) and the UN corpus has no year with both CSK and CZE.
	{"CSK", "CZE", "Czechoslovakia, 1918–1992"},
	// The German Democratic Republic (1949–1990) acceded to the Federal
	// Republic on 3 October 1990. Both states sat in the UN from 1973: with
	// the mapping, the stances of and toward East Germany in 1973–1990 join
	// West Germany's (countries.tsv gives "West Germany" DEU), and a stance
	// of either toward the other is left out as a stance toward itself.
	{"DDR", "DEU", "German Democratic Republic, 1949–1990"},
	// South Yemen, the People's Democratic Republic of Yemen (1967–1990),
	// united with North Yemen (the Yemen Arab Republic, coded YEM) as the
	// Republic of Yemen on 22 May 1990. Both sat in the UN from 1967: with
	// the mapping, their stances of 1967–1990 are pooled and a stance of
	// either toward the other is left out.
	{"YMD", "YEM", "South Yemen, 1967–1990"},
}

// DefaultSuccessors returns a new copy of the default table:
//
//	SUN → RUS   Soviet Union, 1922–1991
//	YUG → SRB   Yugoslavia and Serbia and Montenegro, 1945–2006
//	CSK → CZE   Czechoslovakia, 1918–1992
//	DDR → DEU   German Democratic Republic, 1949–1990
//	YMD → YEM   South Yemen, 1967–1990
//
// DDR and YMD sat in the UN beside the state they were merged into (West
// Germany 1973–1990, North Yemen 1967–1990): mapped, the two delegations
// of those years become one country. Remove a row with an alias of the
// code to itself ([Successors.With]) to keep them apart.
func DefaultSuccessors() Successors {
	s := make(Successors, len(defaultSuccessors))
	for _, r := range defaultSuccessors {
		s[r.from] = r.to
	}
	return s
}

// Map returns the code that stands for code in dyads: its successor, or
// code itself. It is safe on a nil table, which maps nothing.
func (s Successors) Map(code string) string {
	// A bounded walk: a hand-built table with a cycle cannot loop forever
	// (With refuses cycles).
	for range len(s) {
		to, ok := s[code]
		if !ok || to == code {
			break
		}
		code = to
	}
	return code
}

// Pair maps a speaker country and a target country and reports whether
// they are still two countries: false when both map to the same code (a
// delegation is never its own target after the mapping). It is safe on a
// nil table.
func (s Successors) Pair(speaker, target string) (string, string, bool) {
	speaker, target = s.Map(speaker), s.Map(target)
	return speaker, target, speaker != target
}

// Alias is one row of a successor table: From is merged into To.
type Alias struct{ From, To string }

// String returns the alias as "FROM=TO".
func (a Alias) String() string { return a.From + "=" + a.To }

// ParseAlias parses "FROM=TO" (as the -alias flag takes it): two codes of
// letters and digits, upper-cased ("sun=rus" is SUN=RUS).
func ParseAlias(s string) (Alias, error) {
	from, to, ok := strings.Cut(s, "=")
	a := Alias{strings.ToUpper(strings.TrimSpace(from)), strings.ToUpper(strings.TrimSpace(to))}
	if !ok || !isCode(a.From) || !isCode(a.To) {
		return Alias{}, fmt.Errorf("alias %q: want FROM=TO, two country codes such as SUN=RUS", s)
	}
	return a, nil
}

// isCode reports whether c is a non-empty code of ASCII letters and digits.
func isCode(c string) bool {
	if c == "" {
		return false
	}
	for _, r := range c {
		if !('A' <= r && r <= 'Z' || 'a' <= r && r <= 'z' || '0' <= r && r <= '9') {
			return false
		}
	}
	return true
}

// With returns a copy of s with the aliases applied in order: each adds
// its row or replaces the row of the same From, and an alias of a code to
// itself (DDR=DDR) removes that code's row. s may be nil. An alias that
// makes a cycle (A=B with B=A) is an error.
func (s Successors) With(aliases ...Alias) (Successors, error) {
	out := maps.Clone(s)
	if out == nil {
		out = Successors{}
	}
	for _, a := range aliases {
		if a.From == a.To {
			delete(out, a.From)
			continue
		}
		out[a.From] = a.To
	}
	for _, from := range slices.Sorted(maps.Keys(out)) {
		seen := map[string]bool{from: true}
		for c := out[from]; ; {
			if seen[c] {
				return nil, fmt.Errorf("successor aliases: %s maps back to itself through %s", from, out[from])
			}
			seen[c] = true
			next, ok := out[c]
			if !ok {
				break
			}
			c = next
		}
	}
	return out, nil
}

// Resolved returns the table with every chain followed: each code mapped
// to the code Map gives it, the rows that map a code to itself left out.
// It is a new map, empty (not nil) for a nil table, for a manifest to
// record.
func (s Successors) Resolved() map[string]string {
	out := make(map[string]string, len(s))
	for from := range s {
		if to := s.Map(from); to != from {
			out[from] = to
		}
	}
	return out
}
