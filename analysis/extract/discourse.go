package extract

import (
	"slices"

	"github.com/stance-project/stance/analysis/discourse"
)

// The discourse (package discourse): what a document has said so far, as
// the rules of extraction read it. A rule reads the memory through a view
// (docState.memoryAt: what the kept statements committed, and what the
// statements accepted so far in the paragraph tell, in the order of the
// text) and returns what its statement would tell it (a memoryUpdate,
// computed by resolve, which changes nothing). The update is committed
// (docState.commit) only when the statement is kept (docState.add), so a
// candidate that is tried and rejected leaves the memory as it was.

// The memory's types are package discourse's, under short names.
type (
	person       = discourse.Person
	memoryUpdate = discourse.Update
	memory       = discourse.Memory[found]
)

// commit applies u to the document's memory: the statement that carries it
// is kept (docState.add).
func (st *docState) commit(u memoryUpdate) { st.Commit(u) }

// memoryAt returns the memory as a subject at offset pos of the paragraph
// being read sees it: what the kept statements committed, and what the
// statements accepted so far in this paragraph whose subject comes before
// pos tell, in the order of the text (they are committed when the
// paragraph's statements are added). Statements are found in passes (the
// quotes of a paragraph first, then reported speech, then acts), so the
// order they are found in is not the order of the text.
func (st *docState) memoryAt(pos int) memory {
	m := st.View()
	before := st.viewBuf[:0]
	for i := range st.pending {
		if f := &st.pending[i]; readAt(f) < pos {
			before = append(before, f)
		}
	}
	if len(before) == 0 {
		return m
	}
	slices.SortStableFunc(before, func(x, y *found) int { return x.Stmt.Start - y.Stmt.Start })
	m.Extra, m.Countries, m.Formers = st.viewExtra[:0], st.viewCountry[:0], st.viewFormer[:0]
	for _, f := range before {
		m.Read(f.Mem)
		m.LastSp = f
	}
	// The buffers are the document's, reused by the next memoryAt.
	st.viewBuf, st.viewExtra, st.viewCountry, st.viewFormer = before, m.Extra, m.Countries, m.Formers
	return m
}

// readAt returns where a reader meets f's speaker: the subject, else the
// statement itself.
func readAt(f *found) int {
	if f.Mem.Named {
		return f.Mem.At
	}
	return f.Stmt.Start
}
