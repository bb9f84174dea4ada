package analysis

import (
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stance-project/stance/analysis/corpus"
)

// Hostile and broken texts: Analyze must finish each in bounded time and
// memory, with statements whose offsets are right. The limits are generous,
// for a slow 2-core CI machine; the logged times are the typical ones.

// adversarialLimit is the time Analyze may take on any one of these
// documents; each typically takes well under a second.
const adversarialLimit = 10 * time.Second

// checkResult fails the test when a statement's offsets lie outside its
// field or do not give its text, or a stance is out of range.
func checkResult(t *testing.T, doc corpus.Document, r Result) {
	t.Helper()
	for _, s := range r.Statements {
		field := doc.Text
		if s.Field == TitleField {
			field = doc.Title
		}
		if s.Start < 0 || s.End > len(field) || s.Start > s.End || field[s.Start:s.End] != s.Text {
			t.Fatalf("statement %.40q has offsets %d-%d outside or off its field", s.Text, s.Start, s.End)
		}
		// Valid text in, valid text out: no name cut inside a character
		// ("Council’s" less a two-byte "'s").
		if !utf8.ValidString(s.Speaker) || !utf8.ValidString(s.Text) {
			t.Fatalf("statement %.40q has speaker %q: not valid UTF-8", s.Text, s.Speaker)
		}
	}
	for _, s := range r.Stances {
		if !(s.Score >= -1 && s.Score <= 1 && s.Confidence >= 0 && s.Confidence <= 1) {
			t.Fatalf("stance %+v out of range", s)
		}
	}
}

// countryList returns n country mentions joined by sep, cycling through
// names, capitals, adjectives and the forms the matcher treats apart.
func countryList(n int, sep string) string {
	names := []string{"France", "Germany", "Iran", "Russia", "China", "Peru", "Chile", "Japan", "Brazil", "Egypt",
		"Moscow", "Iranian", "the Kremlin", "Saudi-led", "Russias", "Georgia", "Jordan", "Washington", "Niger", "Turkey"}
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(names[i%len(names)])
	}
	return b.String()
}

// fillerText returns about size bytes of words with no sentence
// punctuation: one sentence, with a country every 23 words and a cue every
// 97 words when rich is set.
func fillerText(size int, rich bool) string {
	words := strings.Fields("the of talks and a to in delegation is was for on that with as by at from it an be this which or are have has but not were they all")
	var b strings.Builder
	b.Grow(size + 16)
	for i := 0; b.Len() < size; i++ {
		switch {
		case rich && i%97 == 96:
			b.WriteString("said")
		case rich && i%23 == 22:
			b.WriteString([]string{"Iran", "France", "Moscow", "Chinese"}[i%4])
		default:
			b.WriteString(words[i%len(words)])
		}
		b.WriteByte(' ')
	}
	return b.String()
}

func TestAdversarialAnalyze(t *testing.T) {
	t.Parallel()
	const kb = 1 << 10
	unclosed := func(mark string, period bool) string {
		// A paragraph of about 100 KB with 1,000 opening quotes and no
		// closing one.
		unit := mark + "Lavrov said Russia condemned the sanctions that France and Germany imposed on its banks and firms"
		if period {
			unit += ". "
		} else {
			unit += " "
		}
		return strings.Repeat(unit, 1000)
	}
	tests := []struct {
		name           string
		title, text    string
		speakerCountry string
	}{
		{name: "unclosed “ in one sentence", text: unclosed("“", false)},
		{name: "unclosed “ over sentences", text: unclosed("“", true)},
		{name: "unclosed « in one sentence", text: unclosed("«", false)},
		{name: "unclosed „ over sentences", text: unclosed("„", true)},
		{name: "unclosed ‘ in one sentence", text: unclosed("‘", false)},
		{name: "unclosed ' over sentences", text: unclosed("'", true)},
		{name: "unclosed '' in one sentence", text: unclosed("''", false)},
		{name: "straight quotes, paired by accident", text: unclosed(`"`, false)},
		{name: "10,000 countries listed after a cue", text: "Lavrov said that " + countryList(10_000, ", ") + " must be condemned."},
		{name: "10,000 countries in a row", text: countryList(10_000, " ") + "."},
		{name: "10,000 countries as a joint subject", text: countryList(10_000, " and ") + " said the talks failed."},
		{name: "10,000 countries, each condemning the next", text: countryList(10_000, " condemned ") + "."},
		{name: "10,000 countries, each saying", text: countryList(10_000, " said ") + "."},
		{name: "10,000 countries praised", text: "Lavrov praised " + countryList(10_000, ", ") + " for their support."},
		{name: "10,000 countries in a speech", text: "We reject the claims of " + countryList(10_000, ", ") + ".", speakerCountry: "FRA"},
		{name: "10,000 countries condemned in a speech", text: countryList(10_000, " condemned ") + ".", speakerCountry: "FRA"},
		{name: "10,000 countries in a headline", title: "Lavrov: " + countryList(10_000, " condemned ")},
		{name: "256 KB paragraph without a blank line", text: strings.Repeat("France said Germany condemned Iran. ", 256*kb/36)},
		{name: "10 MB sentence without punctuation", text: fillerText(10<<20, false)},
		{name: "2 MB sentence with countries and cues", text: fillerText(2<<20, true)},
		{name: "10 MB word", text: strings.Repeat("Iran", 10<<20/4)},
		{name: "invalid UTF-8", text: strings.Repeat("“Iran\xff said \xe2\x80 France\xe2\x80\x9d \xc3 condemned \x80\x80 Peru. ", 10_000),
			title: "Lavrov\xff: Iran \xe2\x80\x9c condemned"},
		{name: "NUL-filled", text: strings.Repeat("\x00", 1<<20), title: strings.Repeat("\x00", 100*kb)},
		{name: "NULs between words", text: strings.Repeat("Lavrov\x00said\x00Iran \x00 condemned France.\x00\n", 20_000)},
	}
	a := newActorAnalyzer(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			doc := corpus.Document{ID: "adv", Title: tt.title, Text: tt.text, SpeakerCountry: tt.speakerCountry}
			start := time.Now()
			r := a.Analyze(doc)
			took := time.Since(start)
			t.Logf("%d bytes in %v: %d statements, %d stances", len(tt.title)+len(tt.text), took, len(r.Statements), len(r.Stances))
			if took > adversarialLimit {
				t.Errorf("Analyze took %v, want less than %v", took, adversarialLimit)
			}
			checkResult(t, doc, r)
		})
	}
}

// TestAdversarialQuotesMemory: 4,000 short quotes in one sentence. Each
// quote used to copy the tokens of its sentence, all kept until the end of
// the document: 3.5 GB for these 24 KB. Not parallel: it measures memory.
func TestAdversarialQuotesMemory(t *testing.T) {
	a := newActorAnalyzer(t)
	doc := corpus.Document{ID: "quotes", Text: strings.Repeat(`"a b" `, 4000)}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	r := a.Analyze(doc)
	took := time.Since(start)
	runtime.ReadMemStats(&after)
	alloc := after.TotalAlloc - before.TotalAlloc
	t.Logf("%d bytes in %v, %d KiB allocated", len(doc.Text), took, alloc>>10)
	if took > adversarialLimit {
		t.Errorf("Analyze took %v, want less than %v", took, adversarialLimit)
	}
	if alloc > 16<<20 {
		t.Errorf("Analyze allocated %d MiB, want at most 16 MiB", alloc>>20)
	}
	checkResult(t, doc, r)
}
