package evaluate

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// speakerTokens splits a speaker into normalised tokens: words split at
// white space, lower-cased, curly apostrophes made straight, punctuation
// trimmed from both ends, a final clitic ('s, 've, 'd, 'll, 're, 'm) or a
// bare final apostrophe removed, then every character that is not a letter
// or a digit dropped ("O’Malley" → "omalley", "U.S." → "us", "Trump's" →
// "trump", "Republicans'" → "republicans"). Words left empty are dropped.
func speakerTokens(s string) []string {
	var toks []string
	for _, w := range strings.Fields(s) {
		if t := normalizeWord(w); t != "" {
			toks = append(toks, t)
		}
	}
	return toks
}

func normalizeWord(w string) string {
	w = strings.Map(func(r rune) rune {
		switch r {
		case '’', '‘', 'ʼ', '`', '´':
			return '\''
		}
		return unicode.ToLower(r)
	}, w)
	w = strings.TrimFunc(w, func(r rune) bool { return r != '\'' && !isAlnum(r) })
	if i := strings.LastIndexByte(w, '\''); i >= 0 {
		switch w[i+1:] {
		case "s", "ve", "d", "ll", "re", "m":
			w = w[:i]
		}
	}
	return strings.Map(func(r rune) rune {
		if isAlnum(r) {
			return r
		}
		return -1
	}, w)
}

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// nameToken returns the token a predicted speaker must contain to be right
// about the gold speaker: the gold speaker's last token. It returns false
// when the gold speaker is not judged: it has no token, or it is a single
// token that is a pronoun.
func nameToken(goldSpeaker string) (string, bool) {
	toks := speakerTokens(goldSpeaker)
	if len(toks) == 0 || len(toks) == 1 && isPronoun(toks[0]) {
		return "", false
	}
	return toks[len(toks)-1], true
}

// speakerRight reports whether the predicted speaker has the token.
func speakerRight(predicted, token string) bool {
	return slices.Contains(speakerTokens(predicted), token)
}

// isPronoun reports whether a normalised token is a personal, possessive,
// reflexive, relative or demonstrative pronoun, or "one".
func isPronoun(tok string) bool {
	switch tok {
	case "i", "me", "my", "mine", "myself",
		"we", "us", "our", "ours", "ourselves",
		"you", "your", "yours", "yourself", "yourselves",
		"he", "him", "his", "himself",
		"she", "her", "hers", "herself",
		"it", "its", "itself",
		"they", "them", "their", "theirs", "themselves",
		"one", "oneself",
		"who", "whom", "whose", "whoever", "whomever", "which", "whichever", "that",
		"this", "these", "those":
		return true
	}
	return false
}

// nameHead returns the name at the head of a gold speaker span: the span
// cut before an appositive or a relative clause (at the first ", ", " who ",
// " which ", " whose ") and before a parenthesis ("Sen. Maria Lopez
// (D-Ore.)" → "Sen. Maria Lopez"; "Ana Ruiz, a veteran trade negotiator,"
// → "Ana Ruiz"). A span with nothing before the cut is returned whole.
// The first speaker accuracy stance eval prints judges the whole span's
// last token, the stricter reading; the README of the evaluation files
// judges this head, printed beside it (news sources often carry an
// appositive that is not part of the speaker's name).
func nameHead(s string) string {
	cut := len(s)
	for _, sep := range []string{",", " (", " who ", " which ", " whose ", " —", " -- "} {
		if i := strings.Index(s, sep); i > 0 && i < cut {
			cut = i
		}
	}
	if head := strings.TrimSpace(s[:cut]); len(speakerTokens(head)) > 0 {
		return head
	}
	return s
}

// isNamedSpeaker reports whether a predicted speaker is a name, for the
// speaker-country share. The speaker is split into words at white space
// and each word normalised as [speakerTokens] does. It is a name when
//
//   - its first word is not "the", "a" or "an" (in any case: "The Russian
//     envoy" and "a spokesman" are descriptions), and
//   - one of its words is capitalised (its first letter or digit is an
//     upper-case letter) and is not a pronoun of [isPronoun] ("He", "They"
//     and "It" are not names). A word of two letters or more that are all
//     capitals is an acronym, never a pronoun ("US", "U.S.", "IT").
//
// So "Sergei Lavrov", "Lavrov", "Tehran", "U.S. officials" and "Russian
// diplomats" are names; "he", "officials", "the ministry" and "" are not.
func isNamedSpeaker(speaker string) bool {
	words := strings.Fields(speaker)
	if len(words) == 0 {
		return false
	}
	switch normalizeWord(words[0]) {
	case "the", "a", "an":
		return false
	}
	for _, w := range words {
		tok := normalizeWord(w)
		if tok == "" || isPronoun(tok) && !isAcronym(w) {
			continue
		}
		if i := strings.IndexFunc(w, isAlnum); i >= 0 {
			r, _ := utf8.DecodeRuneInString(w[i:])
			if unicode.IsUpper(r) || unicode.IsTitle(r) {
				return true
			}
		}
	}
	return false
}

// isAcronym reports whether a word has two letters or more and all of them
// are capitals ("US", "U.S.").
func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}
