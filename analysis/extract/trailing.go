package extract

import (
	"strings"

	"github.com/stance-project/stance/analysis/annotate"
)

// A trailing attribution ends the sentence after what was said: "…, the
// ministry said.", "…, Ruiz told reporters in Juba.", "…, the ministry in
// Quito said, raising its contingent to ninety." The words after its cue say
// to whom, where, when or how one spoke; an aside after a comma may
// follow. This file reads such tails.

// speakerStart returns where the phrase of the subject subj of a cue
// starts in toks: at subj[0], or before a role word of roles.tsv that a
// place follows ("the transport ministry in Quito said", whose subject
// is read as "Quito"). A role before "for", "of" or "at" ("a spokesman for
// the ministry") is part of the subject already (roleBeforePhrase).
func (a *Extractor) speakerStart(toks, subj []token) int {
	k := indexOf(toks, subj[0])
	if k < 2 || toks[k-1].Lower != "in" && toks[k-1].Lower != "at" || len(a.lex.Countries.Find(subj)) == 0 {
		return k
	}
	for j := k - 2; j >= 0 && j >= k-6; j-- {
		t := toks[j]
		if t.Text == "," || isQuote(t.Text) || isDash(t.Text) {
			if j+1 < k-1 && a.lex.Roles[toks[k-2].Lower] != "" { // "the health ministry", "officials"
				return j + 1
			}
			return k
		}
		if !t.Word || t.Cap && j > 0 && !annotate.IsDeterminer(toks[j-1].Lower) && a.lex.Roles[t.Lower] == "" || a.looksVerb(t) {
			return k
		}
	}
	return k
}

// trailingTail reports whether the words after the cue toks[i:i+n] end a
// trailing attribution: up to the end of the sentence or to a comma,
// only a listener and phrases of where, when or how one spoke ("told
// reporters in Juba", "said in Ottawa on Monday", "told parliament in
// Oslo before travelling north"); after the comma, an aside that holds
// no cue but the participle that may open it and opens no clause of its
// own (", raising its contingent to ninety", ", in its largest step of
// the kind", ", citing health concerns"; not ", is accepting …" of "Peru,
// the minister said, is accepting …").
func (a *Extractor) trailingTail(toks []token, i, n int, c *annotate.Cue) bool {
	if c == nil || c.Evaluative || c.Think {
		return false
	}
	rest := i + n
	end := len(toks)
	for end > rest && !toks[end-1].Word {
		end--
	}
	comma := end
	for k := rest; k < end; k++ {
		t := toks[k]
		if t.Text == "," {
			comma = k
			break
		}
		if t.Text == ";" || t.Text == ":" || isQuote(t.Text) || isDash(t.Text) || t.Lower == "that" {
			return false
		}
	}
	j := rest
	if listenerCue(c) && j < comma {
		if e := nameAfter(toks, j); e > j {
			j = e // "told CNN", "told the Daily Courier"
		} else {
			j = listenerEnd(toks, j, comma) // "told reporters", "told the parliament"
		}
	}
	if j < comma && !a.adverbialsOnly(toks[j:comma]) {
		return false
	}
	if comma == end {
		return true
	}
	aside := toks[comma+1 : end]
	if len(aside) == 0 {
		return true
	}
	// An aside opens with a participle, a preposition, "a" (", a move
	// that …"), a subordinator (", as the two governments …": the writer's
	// context) or "and" before a verb (", and will also open …"); a
	// subject would open a clause (", it is …").
	switch first := aside[0]; {
	case strings.HasSuffix(first.Lower, "ing") && !first.Cap, annotate.IsPreposition(first.Lower) || first.Lower == "without", first.Lower == "a", first.Lower == "an", asideSubordinators[first.Lower]:
	case first.Lower == "and" && len(aside) > 1 && (annotate.IsAuxiliary(aside[1].Lower) || a.lex.PastVerb(aside[1])):
	default:
		return false
	}
	for k := range aside {
		if k == 1 && strings.HasSuffix(aside[k].Lower, "ing") && (aside[0].Lower == "without" || aside[0].Lower == "after" || aside[0].Lower == "before" || aside[0].Lower == "while") {
			continue // ", without raising …", ", after meeting …": the speaker's own act
		}
		if k > 1 && (aside[k-1].Lower == "who" || k > 2 && aside[k-2].Lower == "who" && annotate.IsAuxiliary(aside[k-1].Lower)) {
			continue // ", quoting an officer who said …": the aside's source speaks in a clause of its own
		}
		if k > 0 && aside[k].Word && a.lex.CueAt(aside, k) != nil {
			return false
		}
	}
	// A participle cue may open the aside: ", citing health concerns"
	// gives the speaker's reason, and what was said is still the clause
	// before the speaker.
	return true
}

// asideSubordinators open a clause of the writer's after a trailing
// attribution: "…, the minister said, as the two governments tried to
// …": those
// of time and contrast, and "amid". Not every subordinator
// (annotate.IsSubordinator): a clause of condition or cause ("…, the
// minister said, if X attacks", "because …") goes on with what was said.
var asideSubordinators = map[string]bool{"as": true, "amid": true, "while": true, "when": true, "whereas": true, "though": true, "although": true}
