package analysis

import (
	"fmt"
	"testing"

	"github.com/stance-project/stance/analysis/corpus"
)

// TestDiscourseMemory: what a document has said so far (the last person
// who spoke, the last speaker, the people met) changes only with the
// statements that are kept, in the order the text gives them. Each want is
// "speaker|country|content", in the order of the text. The documents are
// invented.
func TestDiscourseMemory(t *testing.T) {
	a := newActorAnalyzer(t)
	const vidal = "Chilean Foreign Minister Tomas Vidal said the talks with Peru would resume in March.\n\n"
	const vidalSaid = "Tomas Vidal|CHL|the talks with Peru would resume in March"
	tests := []struct {
		name string
		text string
		want []string
	}{
		// Issue 13: a sentence tried as a country's act and rejected (an
		// arrival at home is about no other country) named a person: "he"
		// went to her, though she never spoke.
		{"a rejected act leaves the last person who spoke",
			vidal + "Peruvian President Ana Quispe arrived in Lima on Sunday.\n\n“We expect a fair agreement on the border,” he said.",
			[]string{vidalSaid, "Tomas Vidal|CHL|We expect a fair agreement on the border"}},
		{"rejected reported speech leaves the last person who spoke",
			vidal + "Bolivian envoy Jorge Rojas said so.\n\n“We have no quarrel with Peru,” he said.",
			[]string{vidalSaid, "Tomas Vidal|CHL|We have no quarrel with Peru"}},
		// Issue 13: a quote's pronoun was looked up in the last sentence
		// read before the quote, the end of the previous paragraph, as if
		// it were the quote's own sentence.
		{"a quote opening a paragraph: a leader named at the end of the previous one did not speak",
			vidal + "The talks were first proposed during a visit by Vladimir Putin.\n\n“We expect a fair agreement on the border,” he said.",
			[]string{vidalSaid, "Tomas Vidal|CHL|We expect a fair agreement on the border"}},
		{"a quote's own words are no antecedent of its speaker",
			vidal + "“Vladimir Putin will not decide our border,” he said.",
			[]string{vidalSaid, "Tomas Vidal|CHL|Vladimir Putin will not decide our border"}},
		// Quotes are attributed before the reported speech of their
		// paragraph: the speaker named just before the quote was not yet
		// known to the memory.
		{"a quote after a reported statement of its paragraph",
			vidal + "Peruvian minister Rosa Mamani said the border was calm. “We have no quarrel with Chile,” she said.",
			[]string{vidalSaid, "Rosa Mamani|PER|the border was calm", "Rosa Mamani|PER|We have no quarrel with Chile"}},
		{"it: the last speaker of the same paragraph",
			"Chile said the talks would resume.\n\nPeru said the border was calm. It also said trade would grow.",
			[]string{"Chile|CHL|the talks would resume", "Peru|PER|the border was calm", "Peru|PER|trade would grow"}},
		// What must not change.
		{"a quote opening a paragraph continues the previous speaker, not one named after it",
			vidal + "“We have no quarrel with Peru,” he said. Bolivian envoy Jorge Rojas later said the plan was unfair.",
			[]string{vidalSaid, "Tomas Vidal|CHL|We have no quarrel with Peru", "Jorge Rojas|BOL|the plan was unfair"}},
		{"a pronoun in the next sentence of the paragraph",
			vidal + "Peruvian minister Rosa Mamani said the border was calm. She said trade would grow.",
			[]string{vidalSaid, "Rosa Mamani|PER|the border was calm", "Rosa Mamani|PER|trade would grow"}},
		{"a pronoun in the next paragraph",
			vidal + "Peruvian minister Rosa Mamani said the border was calm.\n\n“We have no quarrel with Chile,” she said.",
			[]string{vidalSaid, "Rosa Mamani|PER|the border was calm", "Rosa Mamani|PER|We have no quarrel with Chile"}},
		{"a speaker ending a paragraph with a colon",
			vidal + "Peruvian minister Rosa Mamani replied:\n\n“We have no quarrel with Chile.”",
			[]string{vidalSaid, "Rosa Mamani|PER|We have no quarrel with Chile"}},
		{"a speaker ending a paragraph with a colon, then a quote with a pronoun",
			vidal + "Peruvian minister Rosa Mamani replied:\n\n“We have no quarrel with Chile,” she said.",
			[]string{vidalSaid, "Rosa Mamani|PER|We have no quarrel with Chile"}},
		{"a surname after the full name",
			vidal + "Peruvian minister Rosa Mamani said the border was calm.\n\nMamani said trade would grow.",
			[]string{vidalSaid, "Rosa Mamani|PER|the border was calm", "Rosa Mamani|PER|trade would grow"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range a.Analyze(corpus.Document{ID: "d", Date: nov2018, Text: tt.text}).Statements {
				got = append(got, s.Speaker+"|"+s.SpeakerCountry+"|"+s.Text)
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("statements:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}
