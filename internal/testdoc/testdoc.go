// Package testdoc holds the invented article that the benchmarks and tests
// of the analysis stages share, so that each stage is measured on the same
// text.
package testdoc

import (
	"strings"

	"github.com/stance-project/stance/analysis/corpus"
)

// Article returns an invented news article of 80 paragraphs with a title:
// reported speech, a direct quote, a country's act and a headline, each
// naming countries and speakers.
func Article() corpus.Document {
	return corpus.Document{ID: "bench", Title: "Norway: Danish offer welcome", Text: strings.Repeat(
		"Chilean Foreign Minister Rosa Ibarra arrived in Lima on Friday. Ibarra said Chile firmly supports Peru in the border talks. "+
			"“We condemn the Kenyan raids on our villages,” Somali President Abdi Warsame said. Italy suspended air links with Serbia on Monday.\n\n", 20)}
}
