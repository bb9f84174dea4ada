// Package annotate finds what a sentence names: the countries (by name,
// adjective, capital or institution: [Countries]) and the people of the
// actor lexicon who speak for one ([Actors]), as token ranges
// ([Mention]). The indexes are built once from the lexicons and are
// read-only afterwards: safe for concurrent use.
package annotate
