package analysis

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stance-project/stance/analysis/annotate"
	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/analysis/record"
	"github.com/stance-project/stance/analysis/segment"
	"github.com/stance-project/stance/lexicons"
)

// testActors is a small merged actor lexicon: rows of ours and imported
// ones (invented people).
func testActors() []lexicons.Actor {
	ours := lexicons.SourceOurs
	imp := lexicons.SourcePhoenix
	return []lexicons.Actor{
		{Name: "Ilse Varga", Aliases: []string{"Varga"}, Country: "HUN", Role: "foreign minister", From: "2015-01-01", Source: ours},
		{Name: "Tomas Reyes", Country: "CHL", Role: "government official", From: "2003-01-01", To: "2006-12-31", Source: imp},
		{Name: "Tomas Reyes", Country: "CHL", Role: "government official (defence)", From: "2010-03-01", Source: imp},
		{Name: "Abdul Karim", Country: "AFG", Role: "government official", From: "2003-01-01", Source: imp},
		{Name: "Omar Haddad", Country: "JOR", Role: "elite", Source: imp},
		{Name: "Omar Haddad", Country: "LBN", Role: "government official", From: "2005-01-01", To: "2009-12-31", Source: imp},
		{Name: "Karel Novak", Aliases: []string{"Novak"}, Country: "CZE", Role: "elite", Source: imp},
		{Name: "Knesset", Country: "ISR", Role: "institution", Source: imp},
		{Name: "Lena Berg", Country: "SWE", Role: "government official", From: "2001-01-01", To: "2004-12-31", Source: imp},
		{Name: "Lena Berg", Country: "NOR", Role: "government official", From: "2010-01-01", To: "2012-12-31", Source: imp},
	}
}

// newTestActorsAnalyzer is an analyzer with the built-in lexicons and the
// actors of testActors.
func newTestActorsAnalyzer(t *testing.T) *Analyzer {
	t.Helper()
	set, err := lexicons.Load(lexicons.Default(), nil)
	if err != nil {
		t.Fatal(err)
	}
	a, err := New(Options{Lexicons: set, Actors: testActors()})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestActorIndexImported: imported people are targets on the dates of
// their terms; an imported name inside a longer run of capitalised words
// is someone else's; a name with two countries on a date gives none.
func TestActorIndexImported(t *testing.T) {
	t.Parallel()
	x := annotate.NewActors(testActors())
	on := func(y, m, d int) corpus.Date {
		return corpus.Date{Year: y, Month: time.Month(m), Day: d, Precision: corpus.Day}
	}
	tests := []struct {
		text string
		date corpus.Date
		want string // codes found, in order
	}{
		{"Ilse Varga met Tomas Reyes in Santiago.", on(2015, 6, 1), "HUN CHL"},
		{"Tomas Reyes spoke.", on(2008, 1, 1), ""},                    // between his terms
		{"Lena Berg spoke.", on(2007, 1, 1), ""},                      // between terms of two countries
		{"Lena Berg spoke.", on(2011, 1, 1), "NOR"},                   // in her second term
		{"Tomas Reyes spoke.", on(2004, 1, 1), "CHL"},                 // in his first term
		{"Mohammed Abdul Karim Zahid spoke.", on(2005, 1, 1), ""},     // a longer name
		{"Abdul Karim Zahid and Varga spoke.", on(2015, 6, 1), "HUN"}, // the run is passed over
		{"Abdul Karim's plan.", on(2005, 1, 1), "AFG"},
		{"Omar Haddad spoke.", on(2007, 1, 1), ""},    // JOR and LBN on that date
		{"Omar Haddad spoke.", on(2012, 1, 1), "JOR"}, // his undated row alone
		{"Novak wrote.", on(1999, 1, 1), "CZE"},
		{"Novak Djokovic won.", on(2012, 1, 1), ""},
		{"The Knesset voted.", on(2012, 1, 1), ""}, // bodies are left to the country lexicon
	}
	for _, tt := range tests {
		var got []string
		for _, m := range x.Find(segment.Tokenize(tt.text), tt.date) {
			got = append(got, m.Code)
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("find(%q, %v) = %q, want %q", tt.text, tt.date, g, tt.want)
		}
	}
}

// TestSpeakerImported: an imported person who speaks gets the country of
// the term in force.
func TestSpeakerImported(t *testing.T) {
	t.Parallel()
	a := newTestActorsAnalyzer(t)
	tests := []struct {
		date string
		want string
	}{
		{"2004-05-01", "Tomas Reyes|CHL"},
		// Between his terms he still speaks as a Chilean: every row of
		// the name says CHL.
		{"2008-05-01", "Tomas Reyes|CHL"},
		{"", "Tomas Reyes|CHL"}, // undated: every row says CHL
		// Between terms in two countries, the name gives none.
		{"2007-05-01", "Lena Berg|"},
	}
	for _, tt := range tests {
		name := "Tomas Reyes"
		if strings.HasPrefix(tt.want, "Lena") {
			name = "Lena Berg"
		}
		doc := corpus.Document{ID: "d", Text: name + " said the border talks had failed."}
		if tt.date != "" {
			d, err := corpus.ParseDate(tt.date)
			if err != nil {
				t.Fatal(err)
			}
			doc.Date = d
		}
		var got []string
		for _, s := range a.Analyze(doc).Statements {
			got = append(got, s.Speaker+"|"+s.SpeakerCountry)
		}
		if g := strings.Join(got, ";"); g != tt.want {
			t.Errorf("date %q: speakers = %q, want %q", tt.date, g, tt.want)
		}
	}
}

// TestOfficeInText: a person named as a target stands for their country
// on the dates of their terms; an office written before the name dates
// the term where the document's date does not ("Defence Minister X" in a
// text dated between two of X's terms), unless the office is past.
func TestOfficeInText(t *testing.T) {
	t.Parallel()
	a := newTestActorsAnalyzer(t)
	date, err := corpus.ParseDate("2008-05-01")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want string // speaker→target sign of the non-neutral stances
	}{
		{"Peru condemned Defence Minister Tomas Reyes over the border incident.", "PER→CHL -"},
		{"Peru condemned Tomas Reyes over the border incident.", ""},
		{"Peru condemned former Defence Minister Tomas Reyes over the border incident.", ""},
	}
	for _, tt := range tests {
		doc := corpus.Document{ID: "d", Date: date, Text: tt.text}
		var got []string
		for _, s := range a.Analyze(doc).Stances {
			if s.Label != record.Neutral {
				got = append(got, fmt.Sprintf("%s→%s %s", s.SpeakerCountry, s.TargetCountry, map[bool]string{true: "+", false: "-"}[s.Score > 0]))
			}
		}
		if g := strings.Join(got, "; "); g != tt.want {
			t.Errorf("%q: stances = %q, want %q", tt.text, g, tt.want)
		}
	}
}

// BenchmarkActorIndex builds the index of the built-in actor lexicons
// (actors.tsv and the imported rows).
func BenchmarkActorIndex(b *testing.B) {
	rows, _, err := lexicons.LoadActors(lexicons.Default(), nil)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		annotate.NewActors(rows)
	}
}

// BenchmarkAnalyzeActors is BenchmarkAnalyze with the actor lexicons.
func BenchmarkAnalyzeActors(b *testing.B) {
	a := newActorAnalyzer(b)
	doc := benchDoc()
	doc.Date = nov2018
	b.SetBytes(int64(len(doc.Text)))
	b.ReportAllocs()
	for b.Loop() {
		a.Analyze(doc)
	}
}

// TestAppositiveJointSubject: two people named with their appositives and
// joined by ", and" are one subject of both countries (extract
// appositiveJoint): what they sign is of each toward the other.
func TestAppositiveJointSubject(t *testing.T) {
	t.Parallel()
	a := newTestActorsAnalyzer(t)
	d := corpus.Date{Year: 2016, Month: time.March, Day: 1, Precision: corpus.Day}
	checkDyads(t, a, corpus.Document{ID: "d", Date: d,
		Text: "Ilse Varga, Hungary's foreign minister, and Tomas Reyes, his Chilean counterpart, signed a visa agreement in Budapest on Tuesday."},
		[]string{"CHL→HUN +", "HUN→CHL +"})
}
