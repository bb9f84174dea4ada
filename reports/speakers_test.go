package reports

import (
	"maps"
	"slices"
	"testing"

	"github.com/stance-project/stance/analysis/aggregate"
	"github.com/stance-project/stance/lexicons"
)

func TestFoldName(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"Mr. KOVALENKO", "Mr. Kovalenko"},
		{"Mr. Kovalenko", "Mr. Kovalenko"},
		{"Ilse VARGA-NOVAK", "Ilse Varga-Novak"},
		{"Mrs. O'DELL", "Mrs. O'Dell"},
		{"H.E. Mr. VAN DER BRUGGE", "H.E. Mr. Van Der Brugge"},
		{"Mr.  Tomas   REYES ", "Mr. Tomas Reyes"},
		{"Minister ÅSTRÖM", "Minister Åström"},
		// Capitals alone, or after a lowercase word, are not a surname.
		{"NATO", "NATO"},
		{"UN Secretary-General", "UN Secretary-General"},
		{"Director of UNESCO", "Director of UNESCO"},
		{"ILSE VARGA", "ILSE VARGA"},
		{"Mr.", "Mr."},
		{"", ""},
	}
	for _, tt := range tests {
		if got := foldName(tt.in); got != tt.want {
			t.Errorf("foldName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNameKey(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"Mr. KOVALENKO", "kovalenko"},
		{"mr kovalenko", "kovalenko"},
		{"H. E. Mrs.  Ilse Varga", "ilse varga"},
		{"His Excellency Tomas Reyes", "tomas reyes"},
		{"The Honourable Ann Example", "ann example"},
		{"Sir Bo Sample", "bo sample"},
		{"Sheikh Omar Haddad", "omar haddad"},
		{"Omar O’Dell", "omar o'dell"},
		// An honorific alone is the name.
		{"Mr.", "mr."},
		{"His Excellency", "his excellency"},
		{"Mr. H. E.", "h. e."},
		{"Dr Who", "who"},
		{"  ", ""},
	}
	for _, tt := range tests {
		if got := nameKey(tt.in); got != tt.want {
			t.Errorf("nameKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// testActorNames is an invented actor lexicon: "Reyes" is two people in
// CHL, one in ARG; Varga is one.
func testActorNames() *ActorNames {
	return NewActorNames([]lexicons.Actor{
		{Name: "Ilse Varga", Aliases: []string{"Varga", "Ilse M. Varga"}, Country: "HUN"},
		{Name: "Ilse Varga", Aliases: []string{"Varga"}, Country: "HUN", From: "2020-01-01"}, // a second term
		{Name: "Tomas Reyes", Aliases: []string{"Reyes"}, Country: "CHL"},
		{Name: "Ana Reyes", Aliases: []string{"Reyes"}, Country: "CHL"},
		{Name: "Luis Reyes", Aliases: []string{"Reyes"}, Country: "ARG"},
		{Name: "Pavel Orlov", Aliases: []string{"Orlov"}, Country: "SUN"},
	}, aggregate.DefaultSuccessors())
}

func TestActorNames(t *testing.T) {
	t.Parallel()
	x := testActorNames()
	tests := []struct {
		name, country string
		want          string // "" for none
	}{
		{"Varga", "HUN", "Ilse Varga"},
		{"Mrs. VARGA", "HUN", "Ilse Varga"},
		{"ilse m. varga", "HUN", "Ilse Varga"},
		{"Varga", "AUT", ""}, // another country
		{"Reyes", "CHL", ""}, // two people of Chile
		{"Reyes", "ARG", "Luis Reyes"},
		{"Tomas Reyes", "CHL", "Tomas Reyes"},
		{"Orlov", "RUS", "Pavel Orlov"}, // SUN mapped to RUS
		{"Orlov", "SUN", ""},
		{"Nobody", "HUN", ""},
	}
	for _, tt := range tests {
		got, ok := x.Name(tt.name, tt.country)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("Name(%q, %q) = %q, %v; want %q", tt.name, tt.country, got, ok, tt.want)
		}
	}
	if got, ok := (*ActorNames)(nil).Name("Varga", "HUN"); ok || got != "" {
		t.Errorf("nil ActorNames: Name = %q, %v; want none", got, ok)
	}
}

func TestMergeSpeakers(t *testing.T) {
	t.Parallel()
	type seen = map[speakerID]int
	id := func(name, country string) speakerID { return speakerID{name, country} }
	tests := []struct {
		name    string
		seen    seen
		lexicon bool
		want    map[speakerID]string
	}{
		{"case and honorifics",
			seen{id("Mr. KOVALENKO", "UKR"): 5, id("Mr. Kovalenko", "UKR"): 2, id("Kovalenko", "UKR"): 9},
			false,
			map[speakerID]string{id("Mr. KOVALENKO", "UKR"): "Mr. Kovalenko", id("Mr. Kovalenko", "UKR"): "Mr. Kovalenko", id("Kovalenko", "UKR"): "Mr. Kovalenko"}},
		{"one name, two countries: two people",
			seen{id("Bo Sample", "SWE"): 1, id("BO SAMPLE", "NOR"): 1},
			false,
			map[speakerID]string{id("Bo Sample", "SWE"): "Bo Sample", id("BO SAMPLE", "NOR"): "BO SAMPLE"}},
		{"a spelling in capitals and one as a name",
			seen{id("ANN EXAMPLE", "FJI"): 7, id("Ann Example", "FJI"): 1},
			false,
			map[speakerID]string{id("ANN EXAMPLE", "FJI"): "Ann Example", id("Ann Example", "FJI"): "Ann Example"}},
		{"surname and full name without the lexicon: two speakers",
			seen{id("Varga", "HUN"): 3, id("Ilse Varga", "HUN"): 4},
			false,
			map[speakerID]string{id("Varga", "HUN"): "Varga", id("Ilse Varga", "HUN"): "Ilse Varga"}},
		{"the lexicon joins a surname to the full name",
			seen{id("Varga", "HUN"): 3, id("Mrs. Ilse VARGA", "HUN"): 4, id("Ilse M. Varga", "HUN"): 1},
			true,
			map[speakerID]string{id("Varga", "HUN"): "Ilse Varga", id("Mrs. Ilse VARGA", "HUN"): "Ilse Varga", id("Ilse M. Varga", "HUN"): "Ilse Varga"}},
		{"an ambiguous surname stays apart",
			seen{id("Reyes", "CHL"): 2, id("Tomas Reyes", "CHL"): 2, id("Reyes", "ARG"): 1},
			true,
			map[speakerID]string{id("Reyes", "CHL"): "Reyes", id("Tomas Reyes", "CHL"): "Tomas Reyes", id("Reyes", "ARG"): "Luis Reyes"}},
	}
	for _, tt := range tests {
		var actorName func(string, string) (string, bool)
		if tt.lexicon {
			actorName = testActorNames().Name
		}
		got := mergeSpeakers(tt.seen, actorName)
		if !maps.Equal(got, tt.want) {
			t.Errorf("%s: mergeSpeakers = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestCollectorSpeakers: TopSpeakers and Rows show the spellings of one
// speaker under one name, and count them as one.
func TestCollectorSpeakers(t *testing.T) {
	t.Parallel()
	in := []struct {
		speaker string
		score   float64
	}{
		{"Mr. VARGA", -0.4}, {"Mrs. Varga", -0.2}, {"Varga", 0.3}, {"Ilse Varga", -0.1},
		{"Bo Sample", 0.5}, {"Bo Sample", 0.5}, {"Bo Sample", 0.5}, {"Bo Sample", 0.5},
	}
	for _, lexicon := range []bool{false, true} {
		o := CollectOptions{PerPair: 20}
		if lexicon {
			o.ActorName = testActorNames().Name
		}
		c := NewCollector(o)
		for i, s := range in {
			c.Add(collectStance("d"+string(rune('a'+i))+"#1", s.speaker, "HUN", "AUT", s.score, 1, 2020), StatementText{})
		}
		var got []string
		for _, s := range c.TopSpeakers(2) {
			got = append(got, s.Speaker+" "+htmlMean(s.Mean))
		}
		names := map[string]bool{}
		for _, r := range c.Rows(0) {
			names[r.Speaker] = true
		}
		// Without the lexicon, the Vargas without a first name are one
		// speaker (the longest spelling), Ilse Varga another.
		want, wantNames := []string{"Bo Sample 0.500", "Mrs. Varga -0.100"}, []string{"Bo Sample", "Ilse Varga", "Mrs. Varga"}
		if lexicon {
			want, wantNames = []string{"Bo Sample 0.500", "Ilse Varga -0.100"}, []string{"Bo Sample", "Ilse Varga"}
		}
		if !slices.Equal(got, want) {
			t.Errorf("lexicon %v: TopSpeakers(2) = %q, want %q", lexicon, got, want)
		}
		if g := slices.Sorted(maps.Keys(names)); !slices.Equal(g, wantNames) {
			t.Errorf("lexicon %v: the rows' speakers = %q, want %q", lexicon, g, wantNames)
		}
	}
}
