package evaluate_test

import (
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/stance-project/stance/analysis/evaluate"
)

func ExampleScore() {
	const gold = `{"id": "ex-1", "title": "Lavrov backs Tehran", "text": "Russia's foreign minister Sergei Lavrov said Moscow stands with Tehran. \"Washington is lying,\" he added. The US State Department said it was disappointed.", ` +
		`"gold": {"dyads": [{"speaker_country": "RUS", "target_country": "IRN", "stance": 1}, {"speaker_country": "RUS", "target_country": "USA", "stance": -1}], ` +
		`"judge": {"pairs": "all", "signs": [-1, 1]}, ` +
		`"attributions": [{"speaker": "Sergei Lavrov", "start": 45, "end": 70}, {"speaker": "he", "start": 73, "end": 92}, {"speaker": "The US State Department", "start": 134, "end": 153}]}}`
	docs, err := evaluate.ReadGold(strings.NewReader(gold), "example.jsonl")
	if err != nil {
		log.Fatal(err)
	}
	stances := []evaluate.PredStance{
		{DocID: "ex-1", Speaker: "RUS", Target: "IRN", Score: 0.6},
		{DocID: "ex-1", Speaker: "RUS", Target: "USA", Score: 0.2}, // wrong sign
		{DocID: "ex-1", Speaker: "USA", Target: "RUS", Score: 0, Neutral: true},
	}
	stmts := []evaluate.PredStatement{
		{DocID: "ex-1", Speaker: "Sergei Lavrov", SpeakerCountry: "RUS", Start: 45, End: 70},
		{DocID: "ex-1", Speaker: "Lavrov", SpeakerCountry: "RUS", Start: 72, End: 93}, // gold "he": not judged
		{DocID: "ex-1", Speaker: "Lavrov", SpeakerCountry: "RUS", Start: 0, End: 6, InTitle: true},
		{DocID: "ex-1", Speaker: "Russia", Start: 0, End: 8},
	}
	r := evaluate.Score("example.jsonl", docs, stmts, stances)
	fmt.Printf("P %.3f R %.3f F1 %.3f\n", r.Precision, r.Recall, r.F1)
	if err := r.WriteText(os.Stdout, 5); err != nil {
		log.Fatal(err)
	}
	// Output:
	// P 0.500 R 0.500 F1 0.500
	// example.jsonl: 1 document
	// dyads       TP 1, FP 1 (wrong sign 1), FN 1, unjudged 0
	//             precision 0.500, recall 0.500, F1 0.500
	// statements  gold 3, predicted 3, matched gold 2, matched predicted 2
	//             recall 0.667, precision 0.667, F1 0.667
	// speakers    judged 1, right 1, accuracy 1.000
	//             on the name at the head of the gold speaker: right 1, accuracy 1.000
	//             that head a name: judged 1, right 1, accuracy 1.000
	// speaker country: named speakers 4, with a country 3 (share 0.750)
	//
	// worst 1 of 1 document with errors:
	// ex-1 (example.jsonl:1): FP 1, FN 1, missed attributions 1
	//   false positive      RUS→USA + (wrong sign)
	//   false negative      RUS→USA -
	//   missed attribution  [134,153) "The US State Department": "it was disappointed"
	//   unmatched statement [0,8) "Russia": "Russia's"
}
