package analysis

import "strings"

// Headline grammar: the shapes of a title that tell a topic from a
// speaker, and a speaker from what it speaks about.

// topicPhrase reports whether the words before a headline's colon name a
// topic that holds a country rather than a speaker of it: a head word
// followed by a preposition and the country ("War in Sudan:", "Talks
// with Iran:"), where the head is no role ("Minister of Defence:"), no
// country, capital or institution ("Kremlin on Ukraine:") and no person
// of the actor lexicon ("Blinken on China:").
func (a *Analyzer) topicPhrase(st *docState, toks []token) bool {
	k := -1
	for i, t := range toks {
		if i > 0 && prepositions[t.Lower] {
			k = i
			break
		}
	}
	if k < 1 || k+1 >= len(toks) {
		return false
	}
	head := toks[:k]
	last := head[len(head)-1]
	if !last.Word || a.roles[last.Lower] != "" || len(a.countries.find(head)) > 0 {
		return false
	}
	switch last.Text {
	case "FM", "PM", "FMs", "PMs":
		return false
	}
	if a.actors != nil && len(a.actors.find(head, st.doc.Date)) > 0 {
		return false
	}
	return len(a.countries.find(toks[k+1:])) > 0
}

// reducedPassive reports whether the word at toks[j] is a past participle
// with its agent right after it and no "be" before it, as headlines write
// the passive ("Poland condemned by Hungary"): a lower-case word in -ed
// followed by "by".
func reducedPassive(toks []token, j int) bool {
	return j+2 < len(toks) && toks[j].Word && !toks[j].Cap && strings.HasSuffix(toks[j].Lower, "ed") && toks[j+1].Lower == "by"
}

// pairCompound finds a compound of two countries joined by a hyphen
// before a lexicon term ("Spain-Morocco ties improve", "Turkish-Greek
// talks resume"): the relation of each with the other. It returns a
// statement of each country about the other, the content running from the
// compound to the end of toks.
func (a *Analyzer) pairCompound(st *docState, text string, field Field, toks []token) []found {
	for i, t := range toks {
		if !t.Word || !strings.Contains(t.Text, "-") {
			continue
		}
		x, y, ok := a.countryPair(t)
		if !ok {
			continue
		}
		hasTerm := false
		for k := i + 1; k < len(toks) && k <= i+3 && toks[k].Word; k++ {
			if _, n := a.termAt(toks, k); n > 0 {
				hasTerm = true
				break
			}
		}
		if !hasTerm {
			continue
		}
		var out []found
		for _, p := range [2][2]string{{x, y}, {y, x}} {
			f := found{stmt: Statement{Speaker: t.Text, SpeakerCountry: p[0], Kind: Indirect, Cue: t.Text, Field: field,
				Rule: "pair compound (A-B ties): the relation of each country with the other", SpeakerRule: "pair compound: each country of it"},
				partners: []string{p[1]}, act: true}
			a.setContent(&f, text, toks[i:])
			if f.stmt.End > f.stmt.Start {
				out = append(out, f)
			}
		}
		return out
	}
	return nil
}

// countryPair returns the countries of a word of two parts joined by a
// hyphen when each part is a country's name or adjective on its own
// ("US-China", "Turkish-Greek").
func (a *Analyzer) countryPair(t token) (string, string, bool) {
	left, right, ok := strings.Cut(t.Text, "-")
	if !ok || strings.Contains(right, "-") || left == "" || right == "" {
		return "", "", false
	}
	one := func(part string) string {
		toks := tokenize(part)
		ms := a.countries.find(toks)
		if len(toks) != 1 || len(ms) != 1 || ms[0].Tok != 0 || ms[0].End != 1 {
			return ""
		}
		return ms[0].Code
	}
	x, y := one(left), one(right)
	if x == "" || y == "" || x == y {
		return "", "", false
	}
	return x, y, true
}

// titleFuture reports whether toks[j] is the "to" of a headline's future
// ("Peru to host talks", "Officials to travel to Chile"): "to" after a
// word and before a lower-case word.
func titleFuture(toks []token, j int) bool {
	return toks[j].Lower == "to" && j > 0 && toks[j-1].Word && j+1 < len(toks) && toks[j+1].Word && !toks[j+1].Cap
}

// placeBefore reports whether the country mention at toks[m] is a place: a
// locative preposition before it, over a determiner and words of
// direction ("in Syria", "across the north of Iraq", "in northern Syria").
func placeBefore(toks []token, m int) bool {
	k := m - 1
	for k >= 0 && k >= m-3 && directionWords[toks[k].Lower] {
		k--
	}
	return k >= 0 && locatives[toks[k].Lower]
}

// directionWords stand between a locative and its place: "in northern
// Syria", "inside the eastern part of".
var directionWords = map[string]bool{"the": true, "northern": true, "southern": true, "eastern": true, "western": true,
	"central": true, "north": true, "south": true, "east": true, "west": true, "northeastern": true, "northwestern": true,
	"southeastern": true, "southwestern": true, "north-eastern": true, "north-western": true, "south-eastern": true, "south-western": true}

// topicEnd returns the end of the topic phrase that starts at toks[j] after
// a word of contact or agreement ("talks on the border dispute", "an
// agreement over fishing quotas"): a preposition of topic and at most four
// words, up to punctuation. It returns j when no topic starts there.
func topicEnd(toks []token, j int) int {
	if j >= len(toks) || !topicPrepositions[toks[j].Lower] {
		return j
	}
	k := j + 1
	for k < len(toks) && k <= j+4 && toks[k].Word {
		k++
	}
	return k
}

// topicPrepositions introduce what talks or an agreement are about.
var topicPrepositions = map[string]bool{"on": true, "over": true, "about": true, "regarding": true, "concerning": true}
