package evaluate

import (
	"fmt"
	"hash/fnv"
	"io"
	"strings"
)

// Half is one of the two fixed halves a gold file's documents are split
// into: the tuning half, which rules and weights may be tuned on, and the
// check half, which confirms that a change holds on documents it was not
// tuned on.
type Half int

// Halves.
const (
	Tune  Half = iota // the tuning half: FNV-1a 32-bit of the id is even
	Check             // the check half: FNV-1a 32-bit of the id is odd
)

func (h Half) String() string {
	switch h {
	case Tune:
		return "tune"
	case Check:
		return "check"
	}
	return fmt.Sprintf("Half(%d)", int(h))
}

// HalfOf returns the half of the document with the given id: [Tune] when
// the 32-bit FNV-1a hash (hash/fnv.New32a) of the id's bytes, as the gold
// file gives them (UTF-8, no normalisation), is even, else [Check]. The
// split depends on the id alone, so a document stays in its half whatever
// the file's order or size.
func HalfOf(id string) Half {
	h := fnv.New32a()
	io.WriteString(h, id)
	if h.Sum32()%2 == 0 {
		return Tune
	}
	return Check
}

// InHalf returns the figures of r's documents that are in half h (see
// [HalfOf]): their counts summed and the ratios recomputed. Its File is
// r.File followed by " (tune half)" or " (check half)"; the ignored
// predictions (of documents in neither half) are kept as they are.
func (r FileResult) InHalf(h Half) FileResult {
	out := FileResult{File: fmt.Sprintf("%s (%s half)", r.File, h),
		IgnoredStances: r.IgnoredStances, IgnoredStatements: r.IgnoredStatements}
	for _, d := range r.PerDoc {
		if HalfOf(d.ID) == h {
			out.Docs++
			out.Counts.add(d.Counts)
			out.PerDoc = append(out.PerDoc, d)
		}
	}
	out.setRatios()
	return out
}

// WriteHalves writes a table of the signed-dyad figures of each file's
// tuning half, check half and all its documents, then, when there are
// several files, of all files together ("overall"). Columns: file, half,
// documents, TP, FP, FN, precision, recall, F1, statement recall,
// statement F1, speaker accuracy, named-head speaker accuracy and
// speaker-country share (ratios with three decimals, "n/a" when their
// denominator is 0). Keep in sync with doc.go.
func WriteHalves(w io.Writer, results []FileResult) error {
	type row struct {
		file string
		r    FileResult
	}
	var rows []row
	addFile := func(name string, all FileResult) {
		rows = append(rows, row{name, all.InHalf(Tune)}, row{"", all.InHalf(Check)}, row{"", all})
	}
	for _, r := range results {
		addFile(r.File, r)
	}
	if len(results) > 1 {
		addFile("overall", Total(results))
	}
	width := len("file")
	for _, x := range rows {
		width = max(width, len(x.file))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%-*s  %-5s  %5s  %5s  %5s  %5s  %9s  %6s  %5s  %11s  %7s  %11s  %9s  %13s\n",
		width, "file", "half", "docs", "TP", "FP", "FN", "precision", "recall", "F1", "stmt recall", "stmt F1", "speaker acc", "named acc", "country share")
	for i, x := range rows {
		half := [...]string{"tune", "check", "all"}[i%3]
		r := x.r
		fmt.Fprintf(&b, "%-*s  %-5s  %5d  %5d  %5d  %5d  %9s  %6s  %5s  %11s  %7s  %11s  %9s  %13s\n",
			width, x.file, half, r.Docs, r.TP, r.FP, r.FN,
			fmtRatio(r.Precision, r.TP+r.FP), fmtRatio(r.Recall, r.TP+r.FN), fmtRatio(r.F1, 2*r.TP+r.FP+r.FN),
			fmtRatio(r.StmtRecall, r.GoldAttr), fmtRatio(r.StmtF1, r.GoldAttr+r.PredStatements),
			fmtRatio(r.SpeakerAccuracy, r.SpeakerJudged), fmtRatio(r.SpeakerNamedAccuracy, r.SpeakerNamedJudged),
			fmtRatio(r.SpeakerCountryShare, r.NamedSpeakers))
	}
	_, err := io.WriteString(w, b.String())
	return err
}
