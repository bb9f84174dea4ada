package segment_test

import (
	"fmt"

	"github.com/stance-project/stance/analysis/segment"
)

func Example() {
	text := "Chile and Peru signed a fishing accord. “It is fair,” the envoy said.\n\nTalks resume in May."
	for _, p := range segment.Paragraphs(text) {
		for _, s := range segment.ParagraphSentences(text, p) {
			fmt.Printf("sentence %d-%d: %s\n", s.Start, s.End, text[s.Start:s.End])
		}
		for _, q := range segment.Quotes(text, p) {
			fmt.Printf("quote %d-%d (%d words): %s\n", q.Start, q.End, q.Words, text[q.Start:q.End])
		}
	}
	for _, t := range segment.Tokenize("Peru’s envoy") {
		fmt.Printf("%q lower %q possessive %v\n", t.Text, t.Lower, t.Poss)
	}
	// Output:
	// sentence 0-39: Chile and Peru signed a fishing accord.
	// sentence 40-73: “It is fair,” the envoy said.
	// quote 43-54 (3 words): It is fair,
	// sentence 75-95: Talks resume in May.
	// "Peru's" lower "peru" possessive true
	// "envoy" lower "envoy" possessive false
}
