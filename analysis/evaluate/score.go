package evaluate

import (
	"maps"
	"slices"
)

// PredStatement is one predicted statement (a row of statements.csv).
type PredStatement struct {
	DocID          string
	Speaker        string // the speaker as stance extracted it
	SpeakerCountry string // the speaker's country code, "" when unknown
	Start, End     int    // UTF-8 byte offsets of the content (End exclusive)
	InTitle        bool   // the offsets refer to the title, not the text
}

// PredStance is one predicted stance (a row of stances.csv).
type PredStance struct {
	DocID           string
	Speaker, Target string // speaker and target country codes
	Score           float64
	Neutral         bool // the row's label is neutral
}

// Counts are the raw figures of a document or a file.
type Counts struct {
	// Signed dyads.
	TP, FP, FN int
	WrongSign  int // false positives whose opposite sign is gold
	Unjudged   int // predicted dyads whose pair or sign was not judged: neither right nor wrong

	// Attributions, in documents with attribution gold only.
	GoldAttr       int // gold attributions
	PredStatements int // predicted statements, title statements left out
	MatchedGold    int // gold attributions matched by at least one predicted statement
	MatchedPred    int // predicted statements that match at least one gold attribution

	// Speakers, on matched gold attributions whose speaker is a name.
	SpeakerJudged, SpeakerRight int
	// SpeakerHeadRight counts the same pairs judged on the name at the head
	// of the gold speaker (see nameHead): "Ana Ruiz, a veteran trade
	// negotiator," is judged on "Ruiz", not "negotiator".
	SpeakerHeadRight int
	// SpeakerNamedJudged and SpeakerNamedRight count, of those pairs, the
	// ones whose head is a name (isNamedSpeaker: "Ana Ruiz", "Tehran";
	// not "officials", "the ministry"), judged on the head: the README's
	// speaker accuracy read on names only, the figure the project's
	// issues quote.
	SpeakerNamedJudged, SpeakerNamedRight int

	// Speaker countries, on every predicted statement of the document
	// (title statements included) whose speaker is a name (see
	// isNamedSpeaker): NamedSpeakers statements, NamedWithCountry of them
	// with a speaker country.
	NamedSpeakers, NamedWithCountry int
}

func (c *Counts) add(o Counts) {
	c.TP += o.TP
	c.FP += o.FP
	c.FN += o.FN
	c.WrongSign += o.WrongSign
	c.Unjudged += o.Unjudged
	c.GoldAttr += o.GoldAttr
	c.PredStatements += o.PredStatements
	c.MatchedGold += o.MatchedGold
	c.MatchedPred += o.MatchedPred
	c.SpeakerJudged += o.SpeakerJudged
	c.SpeakerRight += o.SpeakerRight
	c.SpeakerHeadRight += o.SpeakerHeadRight
	c.SpeakerNamedJudged += o.SpeakerNamedJudged
	c.SpeakerNamedRight += o.SpeakerNamedRight
	c.NamedSpeakers += o.NamedSpeakers
	c.NamedWithCountry += o.NamedWithCountry
}

// SpeakerMiss is a matched gold attribution whose speaker the prediction
// got wrong.
type SpeakerMiss struct {
	Gold      Attribution
	Predicted PredStatement // the matched statement the speaker was judged on
}

// DocResult is the scoring of one gold document: its counts and what was
// right, wrong and missed.
type DocResult struct {
	File string // the gold file's name, as given to Score
	ID   string
	Line int    // the document's line in the gold file
	Text string // the document's text, for quoting spans
	Counts

	Right  []Dyad // true positives, sorted
	Wrong  []Dyad // false positives (wrong signs included), sorted
	Missed []Dyad // false negatives, sorted

	MissedAttributions []Attribution   // gold attributions no predicted statement matched, in gold order
	Unmatched          []PredStatement // predicted statements that matched no gold attribution, in input order
	WrongSpeakers      []SpeakerMiss   // in gold order
}

// FileResult is the scoring of one gold file, or of several (see [Total]).
// Ratios whose denominator is 0 are 0; [FileResult.WriteText] prints them
// as "n/a".
type FileResult struct {
	File string
	Docs int // gold documents
	Counts

	Precision, Recall, F1             float64 // signed dyads, micro-averaged over documents
	StmtRecall, StmtPrecision, StmtF1 float64 // attributions
	SpeakerAccuracy                   float64 // SpeakerRight / SpeakerJudged
	SpeakerHeadAccuracy               float64 // SpeakerHeadRight / SpeakerJudged
	SpeakerNamedAccuracy              float64 // SpeakerNamedRight / SpeakerNamedJudged
	SpeakerCountryShare               float64 // NamedWithCountry / NamedSpeakers

	IgnoredStances    int // predicted stances of documents not in the gold file
	IgnoredStatements int // predicted statements of documents not in the gold file

	PerDoc []DocResult // one per gold document, in gold order
}

// Score scores the predictions for the documents of one gold file; name is
// the file's name. Predictions for documents that are not in gold are
// ignored (and counted). Documents are matched by ID; when gold holds an ID
// twice (ReadGold refuses that) the predictions go to the first.
func Score(name string, gold []GoldDoc, stmts []PredStatement, stances []PredStance) FileResult {
	res := FileResult{File: name, Docs: len(gold)}
	index := make(map[string]int, len(gold))
	for i, g := range gold {
		if _, dup := index[g.ID]; !dup {
			index[g.ID] = i
		}
	}
	docStances := make([][]PredStance, len(gold))
	for _, s := range stances {
		i, ok := index[s.DocID]
		if !ok {
			res.IgnoredStances++
			continue
		}
		docStances[i] = append(docStances[i], s)
	}
	docStmts := make([][]PredStatement, len(gold))
	for _, s := range stmts {
		i, ok := index[s.DocID]
		if !ok {
			res.IgnoredStatements++
			continue
		}
		docStmts[i] = append(docStmts[i], s)
	}
	res.PerDoc = make([]DocResult, 0, len(gold))
	for i, g := range gold {
		d := DocResult{File: name, ID: g.ID, Line: g.Line, Text: g.Text}
		scoreDyads(&d, g, docStances[i])
		scoreAttributions(&d, g, docStmts[i])
		countSpeakerCountries(&d, docStmts[i])
		res.Counts.add(d.Counts)
		res.PerDoc = append(res.PerDoc, d)
	}
	res.setRatios()
	return res
}

// Total sums the counts of several files and recomputes the ratios (a
// micro-average over all their documents). Its File is "total" and its
// PerDoc holds the documents of every file, in order.
func Total(results []FileResult) FileResult {
	t := FileResult{File: "total"}
	for _, r := range results {
		t.Docs += r.Docs
		t.Counts.add(r.Counts)
		t.IgnoredStances += r.IgnoredStances
		t.IgnoredStatements += r.IgnoredStatements
		t.PerDoc = append(t.PerDoc, r.PerDoc...)
	}
	t.setRatios()
	return t
}

func (r *FileResult) setRatios() {
	r.Precision = ratio(r.TP, r.TP+r.FP)
	r.Recall = ratio(r.TP, r.TP+r.FN)
	r.F1 = ratio(2*r.TP, 2*r.TP+r.FP+r.FN) // the harmonic mean of Precision and Recall
	r.StmtRecall = ratio(r.MatchedGold, r.GoldAttr)
	r.StmtPrecision = ratio(r.MatchedPred, r.PredStatements)
	r.StmtF1 = 0
	if sum := r.StmtPrecision + r.StmtRecall; sum > 0 {
		r.StmtF1 = 2 * r.StmtPrecision * r.StmtRecall / sum
	}
	r.SpeakerAccuracy = ratio(r.SpeakerRight, r.SpeakerJudged)
	r.SpeakerHeadAccuracy = ratio(r.SpeakerHeadRight, r.SpeakerJudged)
	r.SpeakerNamedAccuracy = ratio(r.SpeakerNamedRight, r.SpeakerNamedJudged)
	r.SpeakerCountryShare = ratio(r.NamedWithCountry, r.NamedSpeakers)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// PredictedDyads turns the predicted stances of one document into signed
// dyads: rows labelled neutral, self-stances and rows with an empty speaker
// or target are dropped; the rest are grouped by (speaker, target) and each
// group gives the sign of its mean score. A group whose mean is exactly 0
// (or NaN) gives no dyad. The result is sorted.
func PredictedDyads(stances []PredStance) []Dyad {
	type pair struct{ speaker, target string }
	sums := make(map[pair]float64)
	for _, s := range stances {
		if s.Neutral || s.Speaker == "" || s.Target == "" || s.Speaker == s.Target {
			continue
		}
		// The mean has the sign of the sum: no need to count the rows.
		sums[pair{s.Speaker, s.Target}] += s.Score
	}
	var dyads []Dyad
	for p, sum := range sums {
		switch {
		case sum > 0:
			dyads = append(dyads, Dyad{Speaker: p.speaker, Target: p.target, Stance: 1})
		case sum < 0:
			dyads = append(dyads, Dyad{Speaker: p.speaker, Target: p.target, Stance: -1})
		}
	}
	slices.SortFunc(dyads, compareDyads)
	return dyads
}

func scoreDyads(d *DocResult, g GoldDoc, stances []PredStance) {
	gold := make(map[Dyad]bool, len(g.Dyads))
	for _, gd := range g.Dyads {
		gold[gd] = true
	}
	pred := PredictedDyads(stances)
	predicted := make(map[Dyad]bool, len(pred))
	for _, p := range pred {
		predicted[p] = true
		switch {
		case !g.Judge.Judges(p):
			d.Unjudged++
		case gold[p]:
			d.TP++
			d.Right = append(d.Right, p)
		default:
			d.FP++
			d.Wrong = append(d.Wrong, p)
			if gold[Dyad{Speaker: p.Speaker, Target: p.Target, Stance: -p.Stance}] {
				d.WrongSign++
			}
		}
	}
	for _, gd := range slices.SortedFunc(maps.Keys(gold), compareDyads) {
		if g.Judge.Judges(gd) && !predicted[gd] {
			d.FN++
			d.Missed = append(d.Missed, gd)
		}
	}
}

// overlap returns the length of the intersection of a gold span and a
// predicted one. A span with a negative start or an end before its start
// counts as empty.
func overlap(a Attribution, p PredStatement) int {
	if p.Start < 0 || p.End < p.Start || a.Start < 0 || a.End < a.Start {
		return 0
	}
	lo, hi := max(a.Start, p.Start), min(a.End, p.End)
	if hi <= lo {
		return 0
	}
	return hi - lo
}

// matches reports whether a predicted statement matches a gold attribution:
// their spans overlap by at least half of the shorter one. Empty spans
// never match.
func matches(a Attribution, p PredStatement, ov int) bool {
	if ov <= 0 {
		return false
	}
	// ov > 0 implies both spans are well formed (non-negative starts), so
	// no subtraction below overflows; ov ≤ shorter.
	shorter := min(a.End-a.Start, p.End-p.Start)
	return ov >= shorter-ov
}

func scoreAttributions(d *DocResult, g GoldDoc, stmts []PredStatement) {
	if len(g.Attributions) == 0 {
		return
	}
	var preds []PredStatement
	for _, s := range stmts {
		if !s.InTitle {
			preds = append(preds, s)
		}
	}
	d.GoldAttr = len(g.Attributions)
	d.PredStatements = len(preds)
	matchedPred := make([]bool, len(preds))
	for _, a := range g.Attributions {
		best, bestOv := -1, 0
		for j, p := range preds {
			ov := overlap(a, p)
			if !matches(a, p, ov) {
				continue
			}
			matchedPred[j] = true
			if best < 0 || ov > bestOv || ov == bestOv && p.Start < preds[best].Start {
				best, bestOv = j, ov
			}
		}
		if best < 0 {
			d.MissedAttributions = append(d.MissedAttributions, a)
			continue
		}
		d.MatchedGold++
		tok, ok := nameToken(a.Speaker)
		if !ok {
			continue
		}
		d.SpeakerJudged++
		headSpan := nameHead(a.Speaker)
		head, _ := nameToken(headSpan)
		headRight := speakerRight(preds[best].Speaker, head)
		if headRight {
			d.SpeakerHeadRight++
		}
		if isNamedSpeaker(headSpan) {
			d.SpeakerNamedJudged++
			if headRight {
				d.SpeakerNamedRight++
			}
		}
		if speakerRight(preds[best].Speaker, tok) {
			d.SpeakerRight++
		} else {
			d.WrongSpeakers = append(d.WrongSpeakers, SpeakerMiss{Gold: a, Predicted: preds[best]})
		}
	}
	for j, p := range preds {
		if matchedPred[j] {
			d.MatchedPred++
		} else {
			d.Unmatched = append(d.Unmatched, p)
		}
	}
}

// countSpeakerCountries counts the predicted statements of a document
// whose speaker is a name, and those of them with a speaker country.
func countSpeakerCountries(d *DocResult, stmts []PredStatement) {
	for _, s := range stmts {
		if !isNamedSpeaker(s.Speaker) {
			continue
		}
		d.NamedSpeakers++
		if s.SpeakerCountry != "" {
			d.NamedWithCountry++
		}
	}
}
