package annotate_test

import (
	"fmt"

	"github.com/stance-project/stance/analysis/annotate"
	"github.com/stance-project/stance/analysis/segment"
	"github.com/stance-project/stance/lexicons"
)

func Example() {
	set, err := lexicons.Load(lexicons.Default(), nil)
	if err != nil {
		panic(err)
	}
	countries := annotate.NewCountries(set)
	toks := segment.Tokenize("Peruvian envoys met Chile's minister in Santiago, not in Latin America.")
	for _, m := range countries.Find(toks) {
		fmt.Println(m.Code, m.Kind, toks[m.Tok].Text)
	}
	// Output:
	// PER adjective Peruvian
	// CHL name Chile's
	// CHL capital Santiago
}
