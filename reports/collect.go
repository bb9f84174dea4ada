package reports

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/stance-project/stance/analysis"
	"github.com/stance-project/stance/analysis/aggregate"
	"github.com/stance-project/stance/analysis/corpus"
)

// Collector gathers, while stances stream past, what the HTML report needs
// beyond the dyads: the mean stance of each speaker (a person or an
// institution) toward each target, and a sample of statements for the
// report's statement explorer. Its memory is bounded by the number of
// distinct (speaker, target) and (speaker country, target) pairs, not by
// the number of stances. The zero value is not usable: call
// [NewCollector].
type Collector struct {
	opts     CollectOptions
	bounds   aggregate.Options // for Within
	speakers map[speakerKey]*meanAcc
	samples  map[pairKey][]ExplorerRow
	pairs    map[pairKey]int // stances by pair
}

// CollectOptions configure a [Collector].
type CollectOptions struct {
	// PerPair is the number of statements kept for each (speaker country,
	// target) pair: those with the strongest evidence, |stance| ×
	// confidence, ties to the first statement id (0 means 2).
	PerPair int
	// MaxText caps the statement text kept, in characters; longer texts
	// end in "…" (0 means DefaultMaxText).
	MaxText int
	// Period labels each row with its period, for the explorer's period
	// filter.
	Period aggregate.Period
	// Since and Until leave out stances outside them, as dyads do.
	Since, Until corpus.Date
	// Successors maps the speaker country and the target of each stance as
	// the dyads' [aggregate.Options.Successors] does (nil maps nothing): the
	// explorer's rows carry the codes of the charts, and a stance whose
	// speaker and target map to the same code is left out, as in dyads.
	Successors aggregate.Successors
}

type speakerKey struct{ speaker, country, target string }

type pairKey struct{ speaker, target string }

type meanAcc struct {
	n   int
	sum float64
}

// ExplorerRow is a stance as the statement explorer shows it.
type ExplorerRow struct {
	StatementID    string
	Date           string
	Period         string
	Speaker        string
	SpeakerCountry string
	Target         string
	Score          float64
	Label          string
	Confidence     float64
	Evidence       []string
	Text           string
}

// SpeakerTarget is the mean stance of one speaker toward one target
// country over the whole run.
type SpeakerTarget struct {
	Speaker, Country, Target string
	N                        int
	Mean                     float64
}

// DefaultMaxText is the length, in characters, at which the explorer's
// statement texts are cut.
const DefaultMaxText = 300

// NewCollector returns an empty collector.
func NewCollector(o CollectOptions) *Collector {
	if o.PerPair <= 0 {
		o.PerPair = 2
	}
	if o.MaxText <= 0 {
		o.MaxText = DefaultMaxText
	}
	return &Collector{opts: o, bounds: aggregate.Options{Since: o.Since, Until: o.Until},
		speakers: map[speakerKey]*meanAcc{}, samples: map[pairKey][]ExplorerRow{}, pairs: map[pairKey]int{}}
}

// Add counts one stance; text is its statement's text ("" when unknown:
// [FillTexts] can add it later). Stances without a speaker country,
// toward the speaker's own country (after the successor mapping) or
// outside Since and Until are left out, as in dyads.
func (c *Collector) Add(s analysis.Stance, text string) {
	speaker, target, distinct := c.opts.Successors.Pair(s.SpeakerCountry, s.TargetCountry)
	if speaker == "" || !distinct || math.IsNaN(s.Score) || !c.bounds.Within(s.Date) {
		return
	}
	s.SpeakerCountry, s.TargetCountry = speaker, target
	if s.Speaker != "" {
		k := speakerKey{s.Speaker, s.SpeakerCountry, s.TargetCountry}
		m := c.speakers[k]
		if m == nil {
			// Inserted once, with a copy of the name: not a slice of the
			// document's text (assigning to an existing string key would
			// store the new key).
			m = &meanAcc{}
			k.speaker = strings.Clone(k.speaker)
			c.speakers[k] = m
		}
		m.n++
		m.sum += s.Score
	}
	pk := pairKey{s.SpeakerCountry, s.TargetCountry}
	c.pairs[pk]++
	rows := c.samples[pk]
	cand := ExplorerRow{StatementID: s.StatementID, Score: s.Score, Confidence: s.Confidence}
	if len(rows) == c.opts.PerPair {
		if !strongerRow(cand, rows[len(rows)-1]) {
			return
		}
		rows = rows[:len(rows)-1]
	}
	// Copies: a statement's text is a slice of its document, which must
	// not stay in memory for the sake of a sample.
	row := ExplorerRow{StatementID: s.StatementID, Date: s.Date.String(), Period: c.opts.Period.Key(s.Date), Speaker: s.Speaker,
		SpeakerCountry: s.SpeakerCountry, Target: s.TargetCountry, Score: s.Score, Label: s.Label.String(),
		Confidence: s.Confidence, Evidence: slices.Clone(s.Evidence), Text: strings.Clone(truncateText(text, c.opts.MaxText))}
	i, _ := slices.BinarySearchFunc(rows, row, func(a, b ExplorerRow) int {
		if strongerRow(a, b) {
			return -1
		}
		return 1
	})
	c.samples[pk] = slices.Insert(rows, i, row)
}

// strongerRow orders rows by evidence strength, then by statement id.
func strongerRow(a, b ExplorerRow) bool {
	sa, sb := math.Abs(a.Score)*a.Confidence, math.Abs(b.Score)*b.Confidence
	if sa != sb {
		return sa > sb
	}
	return a.StatementID < b.StatementID
}

// FillTexts sets the text of each row from texts, by statement id, cut
// as the collector cuts them (DefaultMaxText).
func FillTexts(rows []ExplorerRow, texts map[string]string) {
	for i := range rows {
		if t, ok := texts[rows[i].StatementID]; ok {
			rows[i].Text = truncateText(t, DefaultMaxText)
		}
	}
}

// Rows returns at most limit kept rows (0: all): those of the pairs with
// the most stances first (ties to the first pair by codes), each pair's
// by strength.
func (c *Collector) Rows(limit int) []ExplorerRow {
	keys := make([]pairKey, 0, len(c.samples))
	for k := range c.samples {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b pairKey) int {
		return cmp.Or(cmp.Compare(c.pairs[b], c.pairs[a]), cmp.Compare(a.speaker, b.speaker), cmp.Compare(a.target, b.target))
	})
	var out []ExplorerRow
	for _, k := range keys {
		if limit > 0 && len(out) >= limit {
			break
		}
		rows := c.samples[k]
		if limit > 0 {
			rows = rows[:min(len(rows), limit-len(out))]
		}
		out = append(out, rows...)
	}
	return out
}

// TopSpeakers returns the mean stance toward every target of the n
// speakers (name and country) with the most stances, ties to the first
// name; sorted by speaker, country and target.
func (c *Collector) TopSpeakers(n int) []SpeakerTarget {
	type who struct{ speaker, country string }
	total := map[who]int{}
	for k, m := range c.speakers {
		total[who{k.speaker, k.country}] += m.n
	}
	ranked := make([]who, 0, len(total))
	for w := range total {
		ranked = append(ranked, w)
	}
	slices.SortFunc(ranked, func(a, b who) int {
		return cmp.Or(cmp.Compare(total[b], total[a]), cmp.Compare(a.speaker, b.speaker), cmp.Compare(a.country, b.country))
	})
	top := map[who]bool{}
	for _, w := range ranked[:min(n, len(ranked))] {
		top[w] = true
	}
	var out []SpeakerTarget
	for k, m := range c.speakers {
		if top[who{k.speaker, k.country}] {
			out = append(out, SpeakerTarget{Speaker: k.speaker, Country: k.country, Target: k.target, N: m.n, Mean: m.sum / float64(m.n)})
		}
	}
	slices.SortFunc(out, func(a, b SpeakerTarget) int {
		return cmp.Or(cmp.Compare(a.Speaker, b.Speaker), cmp.Compare(a.Country, b.Country), cmp.Compare(a.Target, b.Target))
	})
	return out
}

// truncateText cuts s to at most max characters, ending in "…" when cut.
func truncateText(s string, max int) string {
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	n := 0
	for i := range s {
		if n == max-1 {
			return strings.TrimSpace(s[:i]) + "…"
		}
		n++
	}
	return s
}
