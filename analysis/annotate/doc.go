// Package annotate finds what a sentence names and holds the compiled
// lexicons that both extraction and scoring read.
//
// The countries (by name, adjective, capital or institution: [Countries])
// and the people of the actor lexicon who speak for one ([Actors]) are
// found as token ranges ([Mention]). [Lexicon] holds those indexes with the
// rest of the compiled lexicons (stance terms, cues of reported speech,
// CAMEO verbs, their patterns and synonym sets, roles, word classes) and
// their matchers: TermAt, CueAt, VerbUse, Frame, PatternVerbAt, Contact and
// Mentions (the join of countries and actors). The small grammar helpers
// the two stages share (IsBe, SkipAdverbials, PlaceBefore, TopicEnd,
// Symmetric, NegatedPattern ...) are here too (grammar.go, frames.go).
//
// The lexicon lives here, not in a package of its own, because annotating
// a sentence is matching it against the lexicons: the issue's "annotate:
// mentions, terms, cues per sentence" is this package, and a package
// lexicon beside the loader (package lexicons) would split one job and
// invite confusing the two names. Everything here is built once from the
// lexicons and is read-only afterwards: safe for concurrent use.
package annotate
