// Package extract is the extraction stage of the analysis: it finds the
// statements of a document, attributes each to a speaker and its country,
// and hands them to scoring (package analysis/score) as [Found], each
// with the typed rule that found it ([Rule], whose String is the text
// stance explain shows and whose ID names its golden test,
// analysis/testdata/rules/<id>.txtar).
//
// An [Extractor] is built once ([New]) from the compiled lexicons
// (annotate.Lexicon) and is safe for concurrent use. [Extractor.Extract]
// reads one document with the state of that document (docState, in
// extract.go): its title by the title passes, then each paragraph of its
// text by the body passes and one arbitration step, and hands the
// statements kept to its flush function in the order of the text. The caller
// (the Analyzer of package analysis) lends what it owns and pools: a
// token arena (Input.Arena) and a parser of the syntax model
// (Input.Parser, a [Parser]) for the sentences a rule needs a tree of
// (parse.go).
//
// The files:
//
//   - extract_registry.go: the ordered registry of body and title passes
//     and the arbitration; a file each for the passes (extract_*.go).
//   - reported*.go: the shapes of reported speech read at a cue.
//   - headrules.go, headcounter.go: the headline grammar; treerules.go:
//     the rules that read a title's dependency tree.
//   - resolve.go: the resolution of speakers (names, roles, pronouns,
//     actors); discourse.go: the views of the document's memory (package
//     analysis/discourse). Shared state is explicit and read-only until
//     committed: a rule reads a view of the memory (docState.memoryAt)
//     and returns what its statement would tell it (a discourse.Update,
//     computed by resolve), committed only when the statement is kept
//     (docState.add).
//   - extract.go, extract2.go: the document's state, the grammar of
//     subjects, cues and contents that the passes share.
package extract
