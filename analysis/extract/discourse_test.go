package extract

import (
	"testing"

	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/analysis/segment"
)

// nov2018 is the date of the invented documents.
var nov2018 = corpus.Date{Year: 2018, Month: 11, Day: 5, Precision: corpus.Day}

// TestResolveIsPure: resolving a subject changes nothing in the memory;
// committing its update does, once.
func TestResolveIsPure(t *testing.T) {
	a := newTestExtractor(t, true)
	text := "Chilean envoy Tomas Vidal spoke."
	st := &docState{doc: corpus.Document{ID: "d", Date: nov2018, Text: text}}
	subj := segment.Tokenize(text)[:4] // Chilean envoy Tomas Vidal
	name, country, _, mem := a.resolve(st, subj, text)
	if got, want := name+"|"+country, "Tomas Vidal|CHL"; got != want {
		t.Fatalf("resolve = %q, want %q", got, want)
	}
	if st.Last != nil || len(st.People) != 0 {
		t.Fatalf("resolve changed the memory: last %v, people %d", st.Last, len(st.People))
	}
	st.commit(mem)
	st.commit(mem) // a joint subject adds a statement of each country: committed again
	if st.Last == nil || st.Last.Name != "Tomas Vidal" || len(st.People) != 1 {
		t.Fatalf("after commit: last %v, people %d; want Tomas Vidal, 1", st.Last, len(st.People))
	}
	if name, _, via, _ := a.resolve(st, segment.Tokenize("He said.")[:1], "He said."); name != "Tomas Vidal" {
		t.Errorf("he = %q (%s), want Tomas Vidal", name, via)
	}
}
