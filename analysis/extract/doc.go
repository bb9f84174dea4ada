// Package extract holds what the extraction stage hands to scoring: the
// statement found ([Found]), with the typed rule that found it ([Rule],
// whose String is the text stance explain shows and whose ID names its
// golden test, analysis/testdata/rules/<id>.txtar).
//
// The passes that find statements (the ordered registry, the shapes of
// reported speech, the headline and tree rules, the arbitration and the
// resolution of speakers) still live in package analysis, which runs them
// with the document's state; scoring (package analysis/score) reads a
// Found without them.
package extract
