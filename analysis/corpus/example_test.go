package corpus_test

import (
	"fmt"

	"github.com/stance-project/stance/analysis/corpus"
)

func ExampleParseDate() {
	for _, s := range []string{
		"2018-11-05T23:30:00+03:30", // stays on the 5th: the document's own zone
		"Nov 05, 2018 14:31 Asia/Tehran [Updated: May 20, 2019 21:09 Asia/Tehran]",
		"Monday, November 5, 2018",
		"November 2018",
		"2020",
		"",
	} {
		d, err := corpus.ParseDate(s)
		fmt.Printf("%q %v\n", d, err)
	}
	_, err := corpus.ParseDate("2019-02-29")
	fmt.Println(err)
	// Output:
	// "2018-11-05" <nil>
	// "2018-11-05" <nil>
	// "2018-11-05" <nil>
	// "2018-11" <nil>
	// "2020" <nil>
	// "" <nil>
	// parse date "2019-02-29": day 29 out of range 1..28 for February 2019
}
