package analysis

import (
	"runtime"
	"strings"
	"testing"
	"time"

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

// TestCapSentences checks the cuts of sentences too long to read as one.
func TestCapSentences(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("word ", maxSentenceBytes/5+10) // no white space left at a cut
	tests := []struct {
		name string
		text string
	}{
		{"words", long + "end."},
		{"one long word", strings.Repeat("é", maxSentenceBytes) + "x"},
		{"long word after a space", "a " + strings.Repeat("b", maxSentenceBytes+10)},
		{"spaces at the cut", strings.Repeat("a", maxSentenceBytes-3) + strings.Repeat(" ", 10) + "tail"},
		{"short", "Short sentence."},
	}
	for _, tt := range tests {
		got := capSentences(tt.text, []span{{0, len(tt.text)}})
		rest := tt.text
		for k, s := range got {
			piece := tt.text[s.Start:s.End]
			if s.End-s.Start > maxSentenceBytes || piece == "" || strings.TrimSpace(piece) != piece {
				t.Errorf("%s: piece %d is %d bytes, %.20q…, want 1 to %d bytes, trimmed", tt.name, k, len(piece), piece, maxSentenceBytes)
			}
			if k > 0 && s.Start < got[k-1].End {
				t.Errorf("%s: piece %d starts at %d, before the end of the previous one at %d", tt.name, k, s.Start, got[k-1].End)
			}
			rest = strings.TrimLeft(rest, " ")
			if !strings.HasPrefix(rest, piece) {
				t.Fatalf("%s: piece %d does not follow the previous one", tt.name, k)
			}
			rest = rest[len(piece):]
		}
		if strings.TrimSpace(rest) != "" {
			t.Errorf("%s: the pieces leave out %.20q…", tt.name, rest)
		}
	}
	// A title is cut the same way.
	if got := capTitle(long); len(got) > maxSentenceBytes || !strings.HasPrefix(long, got) || strings.HasSuffix(got, " ") {
		t.Errorf("capTitle gave %d bytes ending %q, want a prefix of at most %d bytes", len(got), got[len(got)-5:], maxSentenceBytes)
	}
}

// TestCapParagraph checks that a paragraph too long to read as one is cut
// into pieces of whole sentences that together cover it.
func TestCapParagraph(t *testing.T) {
	t.Parallel()
	var sents []span
	var b strings.Builder
	for b.Len() < 3*maxParagraphBytes {
		s := "Lavrov said Russia condemned the sanctions. "
		if len(sents)%1000 == 999 {
			s = strings.Repeat("x", maxSentenceBytes) + ". " // some long ones
		}
		sents = append(sents, span{b.Len(), b.Len() + len(s) - 1})
		b.WriteString(s)
	}
	p := span{0, b.Len() - 1}
	pieces := capParagraph(p, sents)
	if len(pieces) < 3 {
		t.Fatalf("capParagraph gave %d pieces, want at least 3", len(pieces))
	}
	n := 0
	for k, c := range pieces {
		if c.sp.End-c.sp.Start > maxParagraphBytes && len(c.sents) > 1 {
			t.Errorf("piece %d is %d bytes with %d sentences, want at most %d bytes", k, c.sp.End-c.sp.Start, len(c.sents), maxParagraphBytes)
		}
		if c.sents[0].Start < c.sp.Start || c.sents[len(c.sents)-1].End > c.sp.End {
			t.Errorf("piece %d %v does not hold its sentences", k, c.sp)
		}
		if k > 0 && c.sp.Start <= pieces[k-1].sp.End {
			t.Errorf("piece %d starts at %d, not after the previous one at %d", k, c.sp.Start, pieces[k-1].sp.End)
		}
		n += len(c.sents)
	}
	if n != len(sents) || pieces[0].sp.Start != p.Start || pieces[len(pieces)-1].sp.End != p.End {
		t.Errorf("pieces hold %d sentences from %d to %d, want %d from %d to %d",
			n, pieces[0].sp.Start, pieces[len(pieces)-1].sp.End, len(sents), p.Start, p.End)
	}
	if got := capParagraph(span{0, 10}, sents[:1]); len(got) != 1 || got[0].sp != (span{0, 10}) {
		t.Errorf("capParagraph of a short paragraph = %v, want it whole", got)
	}
}
