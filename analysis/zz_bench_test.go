package analysis

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/stance-project/stance/analysis/corpus"
)

func BenchmarkUN40(b *testing.B) {
	a := newActorAnalyzer(b)
	data, _ := os.ReadFile("/tmp/un40.json")
	var docs []struct{ ID, Date, Speaker_country, Text string }
	json.Unmarshal(data, &docs)
	var ds []corpus.Document
	n := 0
	for _, d := range docs {
		dt, _ := corpus.ParseDate(d.Date)
		ds = append(ds, corpus.Document{ID: d.ID, Date: dt, SpeakerCountry: d.Speaker_country, Text: d.Text})
		n += len(d.Text)
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, d := range ds {
			a.Analyze(d)
		}
	}
}
