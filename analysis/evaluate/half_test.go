package evaluate

import (
	"strings"
	"testing"
)

// TestHalfOf fixes a few ids to their halves. The hashes were computed
// apart from Go's hash/fnv (FNV-1a 32-bit: offset basis 0x811c9dc5, prime
// 0x01000193, XOR then multiply, byte by byte); a change of the split
// would move every tuned figure, so it must show here.
func TestHalfOf(t *testing.T) {
	t.Parallel()
	tests := []struct {
		id   string
		hash uint32 // for the reader: FNV-1a 32-bit of id
		want Half
	}{
		{"", 0x811c9dc5, Check},
		{"a", 0xe40c292c, Tune},
		{"b", 0xe70c2de5, Check},
		{"doc-1", 0x5a0f449b, Check},
		{"doc-2", 0x5b0f462e, Tune},
		{"doc-3", 0x5c0f47c1, Check},
		{"x-0001", 0xcad76351, Check},
		{"x-0002", 0xc7d75e98, Tune},
		{"Zürich-7", 0x20d9f7c0, Tune},
	}
	for _, tt := range tests {
		if got := HalfOf(tt.id); got != tt.want {
			t.Errorf("HalfOf(%q) = %v, want %v (hash %#08x)", tt.id, got, tt.want, tt.hash)
		}
	}
}

func TestHalfString(t *testing.T) {
	t.Parallel()
	for h, want := range map[Half]string{Tune: "tune", Check: "check", Half(7): "Half(7)"} {
		if got := h.String(); got != want {
			t.Errorf("Half(%d).String() = %q, want %q", int(h), got, want)
		}
	}
}

// halfGold has two documents in each half: a and doc-2 (tune), b and
// doc-3 (check).
func halfGold() []GoldDoc {
	all := Judge{AllPairs: true, Signs: []int{-1, 1}}
	return []GoldDoc{
		{ID: "a", Line: 1, Dyads: []Dyad{{"CHL", "PER", 1}}, Judge: all},
		{ID: "b", Line: 2, Dyads: []Dyad{{"KEN", "SOM", -1}}, Judge: all},
		{ID: "doc-2", Line: 3, Dyads: []Dyad{{"NOR", "SWE", 1}}, Judge: all},
		{ID: "doc-3", Line: 4, Dyads: []Dyad{{"PER", "CHL", -1}}, Judge: all},
	}
}

func TestInHalf(t *testing.T) {
	t.Parallel()
	stances := []PredStance{
		{DocID: "a", Speaker: "CHL", Target: "PER", Score: 0.5},      // tune: TP
		{DocID: "doc-2", Speaker: "NOR", Target: "SWE", Score: -0.5}, // tune: FP (wrong sign), FN
		{DocID: "b", Speaker: "KEN", Target: "SOM", Score: -0.5},     // check: TP
		{DocID: "doc-3", Speaker: "PER", Target: "CHL", Score: -0.5}, // check: TP
		{DocID: "zz", Speaker: "PER", Target: "CHL", Score: -0.5},    // in no document: ignored
	}
	stmts := []PredStatement{
		{DocID: "a", Speaker: "Ana Ruiz", SpeakerCountry: "CHL"},
		{DocID: "b", Speaker: "Juma Otieno"},
	}
	all := Score("g.jsonl", halfGold(), stmts, stances)
	tests := []struct {
		half       Half
		wantFile   string
		wantIDs    []string
		wantCounts Counts
	}{
		{Tune, "g.jsonl (tune half)", []string{"a", "doc-2"}, Counts{TP: 1, FP: 1, FN: 1, WrongSign: 1, NamedSpeakers: 1, NamedWithCountry: 1}},
		{Check, "g.jsonl (check half)", []string{"b", "doc-3"}, Counts{TP: 2, NamedSpeakers: 1}},
	}
	var sum Counts
	for _, tt := range tests {
		got := all.InHalf(tt.half)
		var ids []string
		for _, d := range got.PerDoc {
			ids = append(ids, d.ID)
		}
		if got.File != tt.wantFile || got.Docs != len(tt.wantIDs) || strings.Join(ids, ",") != strings.Join(tt.wantIDs, ",") {
			t.Errorf("InHalf(%v): File %q, Docs %d, documents %v; want %q, %d, %v", tt.half, got.File, got.Docs, ids, tt.wantFile, len(tt.wantIDs), tt.wantIDs)
		}
		if got.Counts != tt.wantCounts {
			t.Errorf("InHalf(%v).Counts = %+v, want %+v", tt.half, got.Counts, tt.wantCounts)
		}
		if got.IgnoredStances != 1 {
			t.Errorf("InHalf(%v).IgnoredStances = %d, want 1 (kept from the file)", tt.half, got.IgnoredStances)
		}
		sum.add(got.Counts)
	}
	if sum != all.Counts {
		t.Errorf("tune + check = %+v, want all %+v", sum, all.Counts)
	}
	if tune := all.InHalf(Tune); tune.Precision != 0.5 || tune.Recall != 0.5 || tune.SpeakerCountryShare != 1 {
		t.Errorf("tune half: precision %v, recall %v, country share %v; want 0.5, 0.5, 1", tune.Precision, tune.Recall, tune.SpeakerCountryShare)
	}
}

func TestWriteHalves(t *testing.T) {
	t.Parallel()
	stances := []PredStance{
		{DocID: "a", Speaker: "CHL", Target: "PER", Score: 0.5},
		{DocID: "b", Speaker: "SOM", Target: "KEN", Score: -0.5},
	}
	r1 := Score("one.jsonl", halfGold()[:2], nil, stances)
	r2 := Score("two.jsonl", halfGold()[2:], []PredStatement{{DocID: "doc-2", Speaker: "Eva Lind", SpeakerCountry: "SWE"}}, nil)
	var b strings.Builder
	if err := WriteHalves(&b, []FileResult{r1, r2}); err != nil {
		t.Fatal(err)
	}
	want := `file       half    docs     TP     FP     FN  precision  recall     F1  stmt recall  stmt F1  speaker acc  named acc  country share
one.jsonl  tune       1      1      0      0      1.000   1.000  1.000          n/a      n/a          n/a        n/a            n/a
           check      1      0      1      1      0.000   0.000  0.000          n/a      n/a          n/a        n/a            n/a
           all        2      1      1      1      0.500   0.500  0.500          n/a      n/a          n/a        n/a            n/a
two.jsonl  tune       1      0      0      1        n/a   0.000  0.000          n/a      n/a          n/a        n/a          1.000
           check      1      0      0      1        n/a   0.000  0.000          n/a      n/a          n/a        n/a            n/a
           all        2      0      0      2        n/a   0.000  0.000          n/a      n/a          n/a        n/a          1.000
overall    tune       2      1      0      1      1.000   0.500  0.667          n/a      n/a          n/a        n/a          1.000
           check      2      0      1      2      0.000   0.000  0.000          n/a      n/a          n/a        n/a            n/a
           all        4      1      1      3      0.500   0.250  0.333          n/a      n/a          n/a        n/a          1.000
`
	if got := b.String(); got != want {
		t.Errorf("WriteHalves:\n%s\nwant:\n%s", got, want)
	}
}
