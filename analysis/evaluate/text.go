package evaluate

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"
)

// Limits of the per-document report of WriteText.
const (
	maxListed   = 10 // items listed per kind and document; the rest are counted
	snippetRune = 60 // runes of quoted content
)

// WriteText writes the figures in a human-readable form, followed by the
// worst documents, at most worst of them: documents with something wrong
// (a false positive or negative, a missed attribution, an unmatched
// statement or a wrong speaker) ordered by FP+FN, then by missed
// attributions, both decreasing, then by document ID. For each it lists
// what was wrong and what was missed (at most 10 items of each kind).
// Ratios whose denominator is 0 print as "n/a". Keep in sync with doc.go.
func (r FileResult) WriteText(w io.Writer, worst int) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d %s\n", r.File, r.Docs, plural(r.Docs, "document", "documents"))
	fmt.Fprintf(&b, "dyads       TP %d, FP %d (wrong sign %d), FN %d, unjudged %d\n",
		r.TP, r.FP, r.WrongSign, r.FN, r.Unjudged)
	fmt.Fprintf(&b, "            precision %s, recall %s, F1 %s\n",
		fmtRatio(r.Precision, r.TP+r.FP), fmtRatio(r.Recall, r.TP+r.FN), fmtRatio(r.F1, 2*r.TP+r.FP+r.FN))
	fmt.Fprintf(&b, "statements  gold %d, predicted %d, matched gold %d, matched predicted %d\n",
		r.GoldAttr, r.PredStatements, r.MatchedGold, r.MatchedPred)
	fmt.Fprintf(&b, "            recall %s, precision %s, F1 %s\n",
		fmtRatio(r.StmtRecall, r.GoldAttr), fmtRatio(r.StmtPrecision, r.PredStatements), fmtRatio(r.StmtF1, r.GoldAttr+r.PredStatements))
	fmt.Fprintf(&b, "speakers    judged %d, right %d, accuracy %s\n",
		r.SpeakerJudged, r.SpeakerRight, fmtRatio(r.SpeakerAccuracy, r.SpeakerJudged))
	fmt.Fprintf(&b, "            on the name at the head of the gold speaker: right %d, accuracy %s\n",
		r.SpeakerHeadRight, fmtRatio(r.SpeakerHeadAccuracy, r.SpeakerJudged))
	fmt.Fprintf(&b, "            that head a name: judged %d, right %d, accuracy %s\n",
		r.SpeakerNamedJudged, r.SpeakerNamedRight, fmtRatio(r.SpeakerNamedAccuracy, r.SpeakerNamedJudged))
	fmt.Fprintf(&b, "speaker country: named speakers %d, with a country %d (share %s)\n",
		r.NamedSpeakers, r.NamedWithCountry, fmtRatio(r.SpeakerCountryShare, r.NamedSpeakers))
	if r.IgnoredStances > 0 || r.IgnoredStatements > 0 {
		fmt.Fprintf(&b, "ignored     %d %s, %d %s of documents not in the file\n",
			r.IgnoredStances, plural(r.IgnoredStances, "stance", "stances"),
			r.IgnoredStatements, plural(r.IgnoredStatements, "statement", "statements"))
	}
	if worst > 0 {
		writeWorst(&b, r.PerDoc, worst)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writeWorst(b *strings.Builder, docs []DocResult, worst int) {
	var bad []DocResult
	for _, d := range docs {
		if d.hasErrors() {
			bad = append(bad, d)
		}
	}
	if len(bad) == 0 {
		b.WriteString("\nno document has errors\n")
		return
	}
	slices.SortStableFunc(bad, compareWorst)
	n := min(worst, len(bad))
	fmt.Fprintf(b, "\nworst %d of %d %s with errors:\n", n, len(bad), plural(len(bad), "document", "documents"))
	for _, d := range bad[:n] {
		fmt.Fprintf(b, "%s (%s:%d): FP %d, FN %d, missed attributions %d\n",
			d.ID, d.File, d.Line, d.FP, d.FN, len(d.MissedAttributions))
		list(b, "false positive", d.Wrong, func(x Dyad) string {
			if slices.Contains(d.Missed, Dyad{Speaker: x.Speaker, Target: x.Target, Stance: -x.Stance}) {
				return x.String() + " (wrong sign)"
			}
			return x.String()
		})
		list(b, "false negative", d.Missed, Dyad.String)
		list(b, "missed attribution", d.MissedAttributions, func(a Attribution) string {
			return fmt.Sprintf("[%d,%d) %q: %s", a.Start, a.End, a.Speaker, snippet(d.Text, a.Start, a.End))
		})
		list(b, "unmatched statement", d.Unmatched, func(p PredStatement) string {
			return fmt.Sprintf("[%d,%d) %q: %s", p.Start, p.End, p.Speaker, snippet(d.Text, p.Start, p.End))
		})
		list(b, "wrong speaker", d.WrongSpeakers, func(m SpeakerMiss) string {
			return fmt.Sprintf("[%d,%d) gold %q, predicted %q", m.Gold.Start, m.Gold.End, m.Gold.Speaker, m.Predicted.Speaker)
		})
	}
}

func (d DocResult) hasErrors() bool {
	return d.FP > 0 || d.FN > 0 || len(d.MissedAttributions) > 0 || len(d.Unmatched) > 0 || len(d.WrongSpeakers) > 0
}

func compareWorst(a, b DocResult) int {
	return cmp.Or(
		cmp.Compare(b.FP+b.FN, a.FP+a.FN),
		cmp.Compare(len(b.MissedAttributions), len(a.MissedAttributions)),
		cmp.Compare(a.ID, b.ID),
		cmp.Compare(a.File, b.File),
		cmp.Compare(a.Line, b.Line),
	)
}

// list writes the items of one kind, one a line, at most maxListed.
func list[T any](b *strings.Builder, label string, items []T, format func(T) string) {
	for i, x := range items {
		if i == maxListed {
			fmt.Fprintf(b, "  %-19s ... %d more\n", label, len(items)-maxListed)
			return
		}
		fmt.Fprintf(b, "  %-19s %s\n", label, format(x))
	}
}

// snippet quotes text[start:end], clipped to the text and shortened to
// snippetRune runes.
func snippet(text string, start, end int) string {
	start, end = max(start, 0), min(end, len(text))
	if start >= end {
		return `""`
	}
	s := text[start:end]
	if utf8.RuneCountInString(s) <= snippetRune {
		return fmt.Sprintf("%q", s)
	}
	i, n := 0, 0
	for i = range s {
		if n == snippetRune {
			break
		}
		n++
	}
	return fmt.Sprintf("%q…", s[:i])
}

func fmtRatio(v float64, denominator int) string {
	if denominator == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.3f", v)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
