package score

import (
	"math"
	"testing"

	"github.com/cdipaolo/goml/text"
	"github.com/cdipaolo/sentiment"
)

// restored is cdipaolo's English model and its table.
func restored(tb testing.TB) (*text.NaiveBayes, *bayes) {
	tb.Helper()
	m, err := sentiment.Restore()
	if err != nil {
		tb.Fatalf("restore: %v", err)
	}
	b := englishBayes(m)
	if b == nil {
		tb.Fatal("the table of the model was not built")
	}
	return m[sentiment.English], b
}

// bayesInputs are texts of every shape the two tokenizers could read
// apart: capitals, punctuation, digits, runs of spaces, tabs and line
// breaks, letters outside ASCII and their capitals, invalid UTF-8, the
// replacement character written out, and an empty text.
var bayesInputs = []string{
	"",
	" ",
	"  two  spaces ",
	"Zambia warmly welcomed the agreement with Malawi.",
	"Oman condemned the brutal, unjustified attack — \"a disgrace\", it said.",
	"a wonderful, moving and beautiful film",
	"the worst, most boring and awful film ever",
	"ÉTATS-UNIS: Ça va très bien; ÜBER straße İstanbul ΣΊΣΥΦΟΣ",
	"tab\tand\nline break",
	"bad \xff\xfe bytes \xe2\x82 cut",
	"written \uFFFD replacement",
	"numbers 1994 and 2,000 and 3.5%",
	"good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good good",
}

// checkBayes fails t unless the table gives what the model gives for s,
// bit for bit.
func checkBayes(t *testing.T, m *text.NaiveBayes, b *bayes, s string) {
	t.Helper()
	gotClass, gotP := b.probability(s)
	wantClass, wantP := m.Probability(s)
	if gotClass != wantClass || math.Float64bits(gotP) != math.Float64bits(wantP) {
		t.Errorf("probability(%q) = %d, %v; want %d, %v", s, gotClass, gotP, wantClass, wantP)
	}
	if got, want := b.predict(s), m.Predict(s); got != want {
		t.Errorf("predict(%q) = %d, want %d", s, got, want)
	}
}

func TestBayesSameAsModel(t *testing.T) {
	m, b := restored(t)
	for _, s := range bayesInputs {
		checkBayes(t, m, b, s)
	}
}

func FuzzBayes(f *testing.F) {
	for _, s := range bayesInputs {
		f.Add(s)
	}
	m, b := restored(f)
	f.Fuzz(func(t *testing.T, s string) { checkBayes(t, m, b, s) })
}

func TestGeneralSentimentWithoutModel(t *testing.T) {
	sc := New(Options{})
	if got := sc.generalSentiment("Zambia welcomed the deal."); !math.IsNaN(got) {
		t.Errorf("generalSentiment without a model = %v, want NaN", got)
	}
}

func BenchmarkGeneralSentiment(b *testing.B) {
	m, tab := restored(b)
	s := "Zambia's foreign minister told reporters that the talks with Malawi had been frank, useful and constructive."
	b.Run("model", func(b *testing.B) {
		for b.Loop() {
			m.Probability(s)
		}
	})
	b.Run("table", func(b *testing.B) {
		for b.Loop() {
			tab.probability(s)
		}
	})
}

func TestWordTable(t *testing.T) {
	words := []string{"", "a", "ab", "b", "truce", "sanctions", "ça"}
	tab := newWordTable(words)
	for want, w := range words {
		if got := tab.index(w); got != want {
			t.Errorf("index(%q) = %d, want %d", w, got, want)
		}
	}
	for _, w := range []string{"abc", "A", "truc", "sanction", "c"} {
		if got := tab.index(w); got != -1 {
			t.Errorf("index(%q) = %d, want -1", w, got)
		}
	}
	var empty wordTable
	if got := empty.index("a"); got != -1 {
		t.Errorf("empty table: index(%q) = %d, want -1", "a", got)
	}
}
