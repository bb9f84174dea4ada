package extract

import (
	"github.com/stance-project/stance/analysis/annotate"
	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/analysis/record"
	"github.com/stance-project/stance/analysis/segment"
	"github.com/stance-project/stance/analysis/syntax"
)

// Parsing. With a parser (Input.Parser, which the Analyzer gives with
// its Options.Syntax) the extraction parses every title (the rules of
// treerules.go read them) and, in a news body, every sentence where a
// cue's form that a noun can share follows a determiner or a possessive
// (treeNeeds): markNouns reads from its tree whether the word is a noun,
// and then no cue; and every sentence with a cue whose subject word order
// does not find (treeNeeds): the reported-speech shape of word order
// takes the tree's subject then (treeSubject, rule RuleTreeSubject). With
// Options.ParseBody it parses as well every body sentence that names a
// country or an actor and holds a cue or a lexicon term (wantsTree); no
// rule reads those trees beyond the two above, so ParseBody does not
// change the outputs. The trees are kept with the
// document's state while it is read (docState.parses, and sentence.tree
// for the sentences of the paragraph being read).

// Parser parses the sentences a rule needs a tree of. The caller owns the
// model and its parsers (package analysis lends one of its pool).
type Parser interface {
	// Parse returns the tree of the sentence whose tokens, toks (not
	// empty), are tokens of text (offsets in text).
	Parse(text string, toks []segment.Token) *syntax.Sentence
}

// Parse is a sentence of a document as the extraction read it, with its
// dependency tree when it was parsed.
type Parse struct {
	Field      record.Field
	Start, End int              // byte span of the sentence in Field
	Tree       *syntax.Sentence // nil when the sentence was not parsed
}

// wantsTree reports whether a body sentence with tokens toks and country
// mentions ms (countries.find, already known) is parsed: it names a
// country or an actor of the actor lexicon (on date d) and holds a cue or
// a lexicon term. The cheap tests come first: the countries are known, the
// actors are looked up (on capitalised words only) when there is none, and
// the cues and terms (on lowercase words) last, up to the first found.
func (a *Extractor) wantsTree(toks []token, ms []mention, d corpus.Date) bool {
	if len(ms) == 0 && (a.lex.Actors == nil || len(a.lex.Actors.Find(toks, d)) == 0) {
		return false
	}
	for i := range toks {
		if a.lex.CueAt(toks, i) != nil {
			return true
		}
		if _, n := a.lex.TermAt(toks, i); n > 0 {
			return true
		}
	}
	return false
}

// parseSentence parses the sentence sp of text (field f of the document),
// whose tokens are toks, when want and a parser is set, and keeps the
// result in st.parses (every sentence, parsed or not, with
// Options.KeepParses). It returns the tree, or nil.
func (a *Extractor) parseSentence(st *docState, f record.Field, text string, sp span, toks []token, want bool) *syntax.Sentence {
	if st.parser == nil && !a.keepParses {
		return nil
	}
	var tree *syntax.Sentence
	if want && st.parser != nil && len(toks) > 0 {
		tree = st.parser.Parse(text, toks)
		tree.Text = text[sp.Start:sp.End]
		st.parsed++
	}
	if tree != nil || a.keepParses {
		st.parses = append(st.parses, Parse{Field: f, Start: sp.Start, End: sp.End, Tree: tree})
	}
	return tree
}

// treeNeeds reports what a sentence of a news body (st's document has no
// speaker country) needs its tree for, reading its cues once:
//   - nouns: a cue in a form a noun can share with a determiner or a
//     possessive before it (determinedBefore), for markNouns to tell "the
//     border attacks" from "Lopez attacks the plan";
//   - subjects: a cue whose subject word order does not find
//     (subjectBefore), and that is not an inverted cue with its speaker
//     after it (", said Ana Ruiz": invertedSubject), for treeSubject.
func (a *Extractor) treeNeeds(st *docState, toks []token) (nouns, subjects bool) {
	if st.parser == nil || st.doc.SpeakerCountry != "" {
		return false, false
	}
	for i := 0; i < len(toks) && !(nouns && subjects); i++ {
		c := a.lex.CueAt(toks, i)
		if c == nil {
			continue
		}
		if !nouns && c.Bare && determinedBefore(toks, i) {
			nouns = true
		}
		if !subjects && i > 0 && len(a.subjectBefore(toks, i)) == 0 &&
			(toks[i-1].Text != "," && !isQuote(toks[i-1].Text) || len(a.invertedSubject(toks, i+len(c.Words))) == 0) {
			subjects = true
		}
	}
	return nouns, subjects
}

// treeSubject returns the subject of the verb at toks[i] in tree, the
// parse of toks: its nsubj's phrase (the words it heads), or that of the
// verb it is conjoined to, when it stands before the verb and its head
// can speak: a name or a pronoun (not a time: "On Monday"), or a word of
// roles.tsv ("the judge", "the rally"). nil when the tree has none.
func (a *Extractor) treeSubject(tree *syntax.Sentence, toks []token, i int) []token {
	if tree == nil {
		return nil
	}
	v := -1
	for k, w := range tree.Words {
		if w.Token == i {
			v = k
			break
		}
	}
	for range 2 {
		if v < 0 {
			return nil
		}
		for k, w := range tree.Words {
			if w.Head == v && (w.Rel == syntax.Nsubj || w.Rel == syntax.NsubjOuter) {
				if w.Token < 0 || w.Token >= len(toks) || !a.canSpeak(w, toks[w.Token]) {
					return nil
				}
				lo, hi := w.Token, w.Token
				for j, d := range tree.Words {
					if d.Token < 0 || !inPhrase(tree, j, k) {
						continue
					}
					lo, hi = min(lo, d.Token), max(hi, d.Token)
				}
				if lo < 0 || hi >= len(toks) || hi >= i {
					return nil
				}
				np := toks[lo : hi+1]
				if annotate.IsPreposition(np[0].Lower) {
					return nil
				}
				if name := nameBeforeAppositive(toks, lo); len(name) > 0 {
					// "Okello, the author of "Lake Stories," said …": the
					// tree took the appositive for the subject (and the
					// name for an interjection); the name it describes
					// speaks.
					return name
				}
				for x, t := range np {
					if lo+x != w.Token && a.lex.CueAt(toks, lo+x) != nil {
						return nil // a clause, not a noun phrase
					}
					if t.Lower == "and" || t.Text == "," || isDash(t.Text) {
						return nil // a list or an aside: the resolver names one person
					}
				}
				return np
			}
		}
		if tree.Words[v].Rel != syntax.Conj {
			return nil
		}
		v = tree.Words[v].Head
	}
	return nil
}

// nameBeforeAppositive returns the name that opens toks and ends in a
// comma right before the description at toks[lo] (a determiner first:
// "Okello, the author of …", "Ana Ruiz, a former adviser, …"): one to
// four capitalised words. nil otherwise.
func nameBeforeAppositive(toks []token, lo int) []token {
	if lo < 2 || lo > 5 || toks[lo-1].Text != "," || !annotate.IsDeterminer(toks[lo].Lower) {
		return nil
	}
	for _, t := range toks[:lo-1] {
		if !t.Word || !t.Cap || annotate.IsDeterminer(t.Lower) || annotate.IsPreposition(t.Lower) {
			return nil
		}
	}
	return toks[:lo-1]
}

// inPhrase reports whether word j of tree belongs to the noun phrase
// headed by word k: k itself, or a word under it by relations inside a
// noun phrase (not a clause, an adverbial or punctuation: "On Monday,
// Ruiz", "Ruiz, who is running, said" keep Ruiz alone).
func inPhrase(tree *syntax.Sentence, j, k int) bool {
	for range len(tree.Words) {
		if j == k {
			return true
		}
		w := tree.Words[j]
		switch w.Rel {
		case syntax.Punct, syntax.Obl, syntax.OblUnmarked, syntax.Advmod, syntax.Advcl, syntax.AclRelcl, syntax.Acl,
			syntax.Parataxis, syntax.Dep, syntax.Mark:
			return false
		}
		if w.Head < 0 {
			return false
		}
		j = w.Head
	}
	return false
}

// canSpeak reports whether w, the head word of a subject, names someone
// who can speak: a proper noun that is no time word, a personal pronoun,
// or a word of roles.tsv.
func (a *Extractor) canSpeak(w syntax.Word, t token) bool {
	switch {
	case w.UPOS == syntax.PROPN:
		return !annotate.IsTimeWord(t.Lower)
	case w.UPOS == syntax.PRON:
		return true
	}
	return a.lex.Roles[t.Lower] != ""
}

// markNouns marks the cue words that tree, the parse of toks, reads as
// nouns (token.Noun): a cue form of treeNeeds tagged NOUN or PROPN, with a
// determiner, an adjective or a possessor of its own, in a noun phrase's
// place (subject, object, oblique, modifier: nominalRel), and not followed
// by "that" or a modal, which only a verb takes (clauseAfter). Such a word
// is no cue: "after the border attacks, Lopez said" has one statement.
func (a *Extractor) markNouns(toks []token, tree *syntax.Sentence) {
	for _, d := range tree.Words {
		if d.Rel != syntax.Det && d.Rel != syntax.Amod && d.Rel != syntax.NmodPoss || d.Head < 0 {
			continue
		}
		w := tree.Words[d.Head]
		i := w.Token
		if i < 0 || i >= len(toks) || w.UPOS != syntax.NOUN && w.UPOS != syntax.PROPN || !nominalRel(w.Rel) {
			continue
		}
		if determinedBefore(toks, i) && a.bareCueAt(toks, i) && !clauseAfter(toks, i+1) {
			toks[i].Noun = true
		}
	}
}

// bareCueAt reports whether a cue starts at toks[i] in a form that a noun
// can share (lexicons.Cue.Bare: "attacks", "call for"; not "said").
func (a *Extractor) bareCueAt(toks []token, i int) bool {
	c := a.lex.CueAt(toks, i)
	return c != nil && c.Bare
}

// determinedBefore reports whether a determiner or a possessive stands
// before toks[i] within the words of a noun phrase (at most four, no
// punctuation between): the only place where a tree can read a cue's form
// as a noun with its determiner ("the border attacks", "a wake-up call").
// The cheap test that spares the parser the other sentences.
func determinedBefore(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		t := toks[j]
		if !t.Word {
			return false
		}
		if t.Poss {
			return true
		}
		switch t.Lower {
		case "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your":
			return true
		}
	}
	return false
}

// clauseAfter reports whether toks[i] opens a clause that only a verb
// before it takes: "that" or a modal ("the fund predicts will rise").
func clauseAfter(toks []token, i int) bool {
	if i >= len(toks) {
		return false
	}
	switch toks[i].Lower {
	case "that", "will", "would", "could", "should", "may", "might", "must", "can":
		return true
	}
	return false
}

// nominalRel reports whether r attaches a noun phrase to its head: a
// subject, an object, an oblique, a modifier or a conjunct of one.
func nominalRel(r syntax.Rel) bool {
	switch r {
	case syntax.Nsubj, syntax.NsubjPass, syntax.Obj, syntax.Iobj, syntax.Obl, syntax.OblUnmarked,
		syntax.Nmod, syntax.NmodPoss, syntax.NmodUnmarked, syntax.Compound, syntax.Appos:
		return true
	}
	return false
}
