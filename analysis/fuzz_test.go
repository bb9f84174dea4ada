package analysis

import (
	"testing"
	"unicode/utf8"

	"github.com/stance-project/stance/analysis/corpus"
)

// FuzzAnalyze: no text makes a stage panic, and every statement's offsets
// lie within its field and give its text.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"“We condemn the Kenyan raids,” Somali President Abdi Warsame said.",
		"Chile said it would not support Peru, while Bolivia said it had doubts.",
		"Related News:\n\nEgypt: Sudan's dam plan unacceptable",
		"Sen. Lindsey Graham, R-S.C., a candidate, said that Russia must be punished.",
		"Trump has since spoken to Putin, whom he has praised, accusing them of it, saying \"no\".",
		"Putin has been praised by Trump. Germany came under criticism from Trump advisers.",
		"\"unclosed quote, said X", "'", "”, said", ", saying", "to condemn", "were quick to condemn Iran",
	} {
		f.Add(s, "")
		f.Add(s, "FRA")
	}
	a := newActorAnalyzer(f)
	f.Fuzz(func(t *testing.T, text, speaker string) {
		if !utf8.ValidString(text) {
			return
		}
		doc := corpus.Document{ID: "f", Text: text, Title: text, SpeakerCountry: speaker}
		r := a.Analyze(doc)
		for _, s := range r.Statements {
			field := doc.Text
			if s.Field == TitleField {
				field = doc.Title
			}
			if s.Start < 0 || s.End > len(field) || s.Start > s.End || field[s.Start:s.End] != s.Text {
				t.Fatalf("statement %q has offsets %d-%d outside or off its field", s.Text, s.Start, s.End)
			}
		}
		for _, s := range r.Stances {
			if s.Score < -1 || s.Score > 1 || s.Confidence < 0 || s.Confidence > 1 {
				t.Fatalf("stance %+v out of range", s)
			}
		}
	})
}
