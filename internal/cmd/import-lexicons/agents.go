package main

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
)

// roleRow is one row of roles-phoenix.tsv.
type roleRow struct{ word, class string }

// agentEntry is one noun of the agents dictionary with its code.
type agentEntry struct {
	phrase   string // upper case, words joined by "_" or " "
	code     string // "GOV", "MILGOV" … (without "~")
	singular string // for a plural form (given in braces or derived), its singular
}

// parseAgents reads the PETRARCH agents dictionary: "!NAME! = A, B" defines
// a substitution set; "PHRASE [~CODE]" an agent noun, "PHRASE {PLURAL}
// [~CODE]" one with its plural ("{}": none), else the plural is derived
// as PETRARCH does (Y → IES, S → SES, else + S).
func parseAgents(data []byte, st *stats) []agentEntry {
	subst := map[string][]string{}
	var out []agentEntry
	for _, raw := range strings.Split(string(data), "\n") {
		line, _, _ := strings.Cut(strings.TrimRight(raw, "\r"), "#")
		if strings.TrimSpace(line) == "" {
			continue
		}
		if strings.Contains(line, "!") && strings.Contains(line, "=") {
			i := strings.IndexByte(line, '!')
			j := strings.IndexByte(line[i+1:], '!')
			if j < 0 {
				st.add("lines: bad substitution set", 1)
				continue
			}
			name := line[i+1 : i+1+j]
			_, list, _ := strings.Cut(line, "=")
			for _, item := range strings.Split(list, ",") {
				if item = strings.TrimSpace(item); item != "" {
					subst[name] = append(subst[name], item)
				}
			}
			continue
		}
		phrase, rest, ok := strings.Cut(line, "[")
		if !ok {
			st.add("lines: no code", 1)
			continue
		}
		code, _, _ := strings.Cut(rest, "]")
		code = strings.TrimPrefix(strings.TrimSpace(code), "~")
		plural, explicit := "", false
		if i := strings.IndexByte(phrase, '{'); i >= 0 {
			j := strings.IndexByte(phrase[i:], '}')
			if j < 0 {
				st.add("lines: no closing brace", 1)
				continue
			}
			plural, explicit = strings.TrimSpace(phrase[i+1:i+j]), true
			phrase = phrase[:i]
		}
		phrase = strings.TrimSpace(phrase)
		for _, p := range expand(phrase, subst) {
			out = append(out, agentEntry{phrase: p, code: code})
			switch {
			case explicit && plural != "":
				for _, q := range expand(plural, subst) {
					out = append(out, agentEntry{phrase: q, code: code, singular: p})
				}
			case !explicit && !strings.Contains(phrase, "!"):
				out = append(out, agentEntry{phrase: derivePlural(p), code: code, singular: p})
			}
		}
	}
	return out
}

// expand replaces a !NAME! marker by each member of its set.
func expand(phrase string, subst map[string][]string) []string {
	i := strings.IndexByte(phrase, '!')
	if i < 0 {
		return []string{phrase}
	}
	j := strings.IndexByte(phrase[i+1:], '!')
	if j < 0 {
		return nil
	}
	var out []string
	for _, s := range subst[phrase[i+1:i+1+j]] {
		out = append(out, expand(phrase[:i]+s+phrase[i+2+j:], subst)...)
	}
	return out
}

// derivePlural is PETRARCH's plural of an agent noun (Y → IES, S → SES,
// else + S), with a vowel before the Y (+ S) and -MAN → -MEN as English
// has them.
func derivePlural(p string) string {
	switch {
	case len(p) > 1 && strings.HasSuffix(p, "Y") && strings.ContainsRune("AEIOU", rune(p[len(p)-2])):
		return p + "S"
	case strings.HasSuffix(p, "Y"):
		return p[:len(p)-1] + "IES"
	case strings.HasSuffix(p, "S"):
		return p + "ES"
	case strings.HasSuffix(p, "MAN"):
		return p[:len(p)-3] + "MEN"
	}
	return p + "S"
}

// agentCodes are the agent codes whose nouns describe speakers of
// international news: state offices, armed forces, courts, legislatures,
// their opponents, media, clergy, academics, business, and the like.
var agentCodes = map[string]bool{
	"GOV": true, "MIL": true, "COP": true, "JUD": true, "LEG": true, "SPY": true,
	"REB": true, "OPP": true, "UAF": true, "INS": true, "SEP": true, "RAD": true,
	"ELI": true, "PTY": true, "MED": true, "REL": true, "MUS": true, "CHR": true,
	"JEW": true, "BUD": true, "HIN": true, "EDU": true, "BUS": true, "HRI": true,
	"LAB": true, "REF": true, "CVL": true, "ENV": true, "HLH": true, "AGR": true,
}

// agentSuffixes mark a noun for a person ("lawmaker", "diplomat" is not
// one: see personHeads).
var agentSuffixes = []string{"er", "or", "ist", "ian", "ant", "ent", "man", "woman", "person", "crat", "eer", "ee", "ary", "ier", "ic", "ive"}

// personHeads are nouns for a person that no suffix marks.
var personHeads = map[string]bool{
	"envoy": true, "diplomat": true, "consul": true, "legate": true, "king": true,
	"prince": true, "emperor": true, "empress": true, "monarch": true, "premier": true,
	"president": true, "mayor": true, "judge": true, "counsel": true, "magistrate": true,
	"advocate": true, "attorney": true, "captain": true, "colonel": true, "admiral": true,
	"lieutenant": true, "corporal": true, "ensign": true, "soldier": true, "commando": true,
	"spy": true, "rebel": true, "guerrilla": true, "guerilla": true, "militant": true,
	"mercenary": true, "dissident": true, "exile": true, "cleric": true, "imam": true,
	"mullah": true, "rabbi": true, "priest": true, "monk": true, "bishop": true,
	"archbishop": true, "prelate": true, "nurse": true, "surgeon": true, "medic": true,
	"tycoon": true, "boss": true, "ceo": true, "mp": true, "despot": true, "tyrant": true,
	"autocrat": true, "potentate": true, "hierarch": true, "abbot": true,
	"pilgrim": true, "convict": true, "felon": true, "crook": true, "bandit": true,
	"brigand": true, "outlaw": true, "pirate": true, "mobster": true, "gangster": true,
	"refugee": true, "expatriate": true, "returnee": true, "citizen": true, "civilian": true,
	"voter": true, "villager": true, "victim": true, "tourist": true, "migrant": true,
	"immigrant": true, "settler": true, "peasant": true, "scholar": true, "academic": true,
	"intellectual": true, "pupil": true, "dean": true, "doctor": true, "dentist": true,
}

// bodyHeads are nouns for a body that speaks.
var bodyHeads = map[string]bool{
	"ministry": true, "ministries": true, "administration": true, "authority": true,
	"cabinet": true, "chancellery": true, "consulate": true, "embassy": true,
	"government": true, "junta": true, "politburo": true, "presidium": true,
	"praesidium": true, "regime": true, "secretariat": true, "secretariate": true,
	"court": true, "tribunal": true, "judiciary": true, "legislature": true,
	"parliament": true, "congress": true, "senate": true, "chamber": true, "army": true,
	"navy": true, "military": true, "militia": true, "gendarmerie": true, "media": true,
	"newspaper": true, "magazine": true, "gazette": true, "tabloid": true,
	"publication": true, "website": true, "university": true, "college": true,
	"company": true, "corporation": true, "conglomerate": true, "cartel": true,
	"mafia": true, "gang": true, "bureaucracy": true, "procuratorate": true,
	"insurgency": true, "electorate": true,
}

// groupHeads are nouns for several people that are not plurals.
var groupHeads = map[string]bool{
	"police": true, "troops": true, "soldiery": true, "clergy": true, "people": true,
	"population": true, "infantry": true, "marines": true, "children": true, "men": true,
	"women": true, "hasidim": true, "gunmen": true, "militiamen": true, "townspeople": true,
	"paratroops": true, "representatives": true, "generals": true, "victims": true,
	"taxpayers": true, "jihadists": true, "cyberdissidents": true, "reactionaries": true,
}

// notPeople end like a person noun but name things or places: vehicles,
// buildings, adjectives.
var notPeople = map[string]bool{
	"tanker": true, "supertanker": true, "bomber": true, "destroyer": true, "cruiser": true,
	"carrier": true, "freighter": true, "oiler": true, "airliner": true, "jetliner": true,
	"containership": true, "privateer": true, "manufacture": true, "transport": true,
	"semi-official": true, "state-owned": true, "islamic": true, "jewish": true, "retired": true,
	"naval": true, "paramilitary": true, "hebrew": true, "sunni": true, "native": true,
	"naturalized": true, "non-native": true, "non-resident": true, "constituent": true,
	"monger": true, "tourer": true, "humvee": true, "jetfighter": true, "infirmary": true,
	"midwive": true, "gendermarie": true,
}

// importRoles turns the agents dictionary into role words: one-word agent
// nouns of the codes that describe speakers, classed person (a singular
// noun for a person), group (its plural, or a collective noun) or
// institution (a body), less the words roles.tsv has (the hand-written
// file wins), words that are also parts of people's names (they would cut
// names short: "Hunter", "Fisher"), and words that are not nouns for
// people or bodies.
func importRoles(data []byte, e *env) ([]roleRow, *stats) {
	st := newActorStats()
	entries := parseAgents(data, st)
	byWord := map[string]string{}
	for _, a := range entries {
		w := strings.ToLower(strings.TrimSpace(a.phrase))
		if w == "" {
			continue
		}
		st.add("agent nouns read (with plurals and sets expanded)", 1)
		if strings.ContainsAny(w, " _") {
			st.add("left out: two words or more (the analysis reads role words one at a time)", 1)
			continue
		}
		if !agentCodes[baseCode(a.code)] {
			st.add("left out: an agent code of no speaker (criminals, unknown codes)", 1)
			continue
		}
		if strings.ContainsAny(w, "0123456789./'") {
			st.add("left out: not a word", 1)
			continue
		}
		class := e.roleClass(w, strings.ToLower(a.singular))
		if class == "" {
			st.add("left out: not a noun for a person, a group or a body", 1)
			continue
		}
		if _, ok := e.roles[w]; ok {
			st.add("left out: in roles.tsv (the hand-written class wins)", 1)
			continue
		}
		if e.nameWords[w] || e.propn[w] {
			st.add("left out: also a word of people's names or a proper noun in EWT", 1)
			continue
		}
		if prev, ok := byWord[w]; ok && prev != class {
			st.add("left out: a second class for the same word", 1)
			continue
		}
		byWord[w] = class
	}
	rows := make([]roleRow, 0, len(byWord))
	for _, w := range slices.Sorted(func(yield func(string) bool) {
		for w := range byWord {
			if !yield(w) {
				return
			}
		}
	}) {
		rows = append(rows, roleRow{w, byWord[w]})
	}
	return rows, st
}

// singularOf undoes an English plural: -men, -ies, -es after s, -s.
func singularOf(w string) string {
	switch {
	case strings.HasSuffix(w, "men"):
		return w[:len(w)-3] + "man"
	case strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w[:len(w)-1]
	}
	return w
}

// baseCode is an agent code's first three letters.
func baseCode(code string) string {
	if len(code) < 3 {
		return code
	}
	return code[:3]
}

// roleClass returns the class of a one-word agent noun, or "". singular
// is, for a plural, the noun it is the plural of.
func (e *env) roleClass(w, singular string) string {
	switch {
	case notPeople[w]:
		return ""
	case bodyHeads[w]:
		return "institution"
	case groupHeads[w]:
		return "group"
	}
	plural := singular != ""
	if !plural {
		// A member of a substitution set ("MEN", "MINISTERS") may be a
		// plural with no singular given.
		if s := singularOf(w); s != w && e.roleClass(s, "") == "person" {
			return "group"
		}
		singular = w
	}
	if plural && bodyHeads[singular] {
		return "institution" // "ministries", "chambers"
	}
	if strings.ContainsAny(singular, " _") || notPeople[singular] || e.roles[singular] != "" && e.roles[singular] != "person" && e.roles[singular] != "title" {
		return ""
	}
	person := personHeads[singular] || e.roles[singular] == "person"
	for _, s := range agentSuffixes {
		person = person || strings.HasSuffix(singular, s) && len(singular) > len(s)+2 && !strings.HasSuffix(singular, "ment")
	}
	if !person {
		return ""
	}
	if plural {
		return "group"
	}
	return "person"
}

// formatRoles writes roles-phoenix.tsv.
func formatRoles(rows []roleRow, st *stats) []byte {
	var b bytes.Buffer
	b.WriteString(rolesHeader)
	counts := map[string]int{}
	for _, r := range rows {
		counts[r.class]++
	}
	fmt.Fprintf(&b, "# Counts: %d words: %d person, %d group, %d institution.\n", len(rows), counts["person"], counts["group"], counts["institution"])
	for _, l := range st.lines() {
		fmt.Fprintf(&b, "#   %s\n", l)
	}
	b.WriteString("#\n")
	for _, r := range rows {
		fmt.Fprintf(&b, "%s\t%s\n", r.word, r.class)
	}
	return b.Bytes()
}

const rolesHeader = `# stance roles: words that describe a speaker, imported from the Phoenix agents dictionary
# version: 1
# source: Phoenix.agents.txt of ` + petrarchCommit + ` (data/dictionaries),
# MIT licence: see LICENSE-petrarch.txt.
# generated by go generate ./lexicons; do not edit (the importer is
# internal/cmd/import-lexicons; change it and run it again).
#
# Columns and classes as in roles.tsv, which wins: a word it has keeps its
# class there, and is left out here. How the dictionary is read:
#   - "!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON" and the like are
#     substitution sets, expanded ("SPOKES!PERSON!" gives spokesman,
#     spokesmen …); "NOUN {PLURAL}" gives the plural ("{}": none), else it is
#     derived as PETRARCH does (Y → IES, S → SES, else + S; but vowel + Y
#     → + S and -MAN → -MEN);
#     a plural is a group when its singular is a person noun.
#   - Only one-word nouns are kept: the analysis reads role words one token
#     at a time, and a phrase of several words ("riot police", "foreign
#     minister") is covered by its head noun.
#   - Only nouns of the agent codes that describe speakers are kept
#     (government, military, police, courts, legislatures, intelligence,
#     rebels and the opposition, media, clergy, academics, business, labour,
#     health, civilians, refugees …).
#   - Class: a body noun ("ministry", "junta", "tribunal") or its plural is
#     an institution;
#     a collective noun ("police", "troops", "clergy") or a plural of a
#     person noun is a group; a singular noun with a person's ending
#     (-er, -or, -ist, -ian, -ant, -ent, -man, -person, -crat, -eer, -ee,
#     -ary, -ier, -ic, -ive) or a person noun without one ("envoy",
#     "diplomat", "judge", "rebel") is a person. Vehicles, places and
#     adjectives with such endings ("tanker", "destroyer", "naval") are
#     left out.
#   - A word that is also a word of a person's name in the Phoenix actor
#     dictionaries, or that UD English-EWT tags as a proper noun, is left
#     out: as a role word it would cut a name short ("Hunter", "Fisher").
#
`
