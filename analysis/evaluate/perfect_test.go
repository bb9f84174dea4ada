package evaluate

import (
	"os"
	"path/filepath"
	"testing"
)

// TestScorePerfectOnSharedFiles predicts exactly the gold of every
// development file and checks that nothing is counted wrong.
func TestScorePerfectOnSharedFiles(t *testing.T) {
	t.Parallel()
	files, _ := filepath.Glob(filepath.Join(sharedEval, "*.jsonl"))
	if len(files) == 0 {
		skipNoShared(t, "no gold files in %s", sharedEval)
	}
	var results []FileResult
	for _, path := range files {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		docs, err := ReadGold(f, filepath.Base(path))
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		var stmts []PredStatement
		var stances []PredStance
		for _, d := range docs {
			for _, a := range d.Attributions {
				stmts = append(stmts, PredStatement{DocID: d.ID, Speaker: a.Speaker, Start: a.Start, End: a.End})
			}
			for _, dy := range d.Dyads {
				stances = append(stances, PredStance{DocID: d.ID, Speaker: dy.Speaker, Target: dy.Target, Score: float64(dy.Stance)})
			}
		}
		r := Score(filepath.Base(path), docs, stmts, stances)
		t.Logf("%s: TP %d unjudged %d, attributions %d, speakers %d/%d", r.File, r.TP, r.Unjudged, r.GoldAttr, r.SpeakerRight, r.SpeakerJudged)
		if r.FP != 0 || r.FN != 0 || r.MatchedGold != r.GoldAttr || r.MatchedPred != r.PredStatements {
			t.Errorf("%s: FP %d, FN %d, matched gold %d of %d, matched predicted %d of %d; want no error",
				r.File, r.FP, r.FN, r.MatchedGold, r.GoldAttr, r.MatchedPred, r.PredStatements)
		}
		// Nested gold spans can judge a speaker on an enclosing statement
		// that starts earlier (the tie rule): a few, not many.
		if r.SpeakerRight < r.SpeakerJudged*99/100 {
			t.Errorf("%s: speakers right %d of %d, want at least 99%%", r.File, r.SpeakerRight, r.SpeakerJudged)
		}
		results = append(results, r)
	}
	total := Total(results)
	t.Logf("total: %d docs, P %.3f R %.3f, speakers %.4f", total.Docs, total.Precision, total.Recall, total.SpeakerAccuracy)
}
