package reports

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/stance-project/stance/analysis/aggregate"
	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/analysis/record"
)

// Collector gathers, while stances stream past, what the HTML report needs
// beyond the dyads: the mean stance of each speaker (a person or an
// institution) toward each target, and a sample of statements for the
// report's statement explorer. Its memory is bounded by the number of
// distinct (speaker, target) and (speaker country, target) pairs, not by
// the number of stances. The zero value is not usable: call
// [NewCollector]. It is not safe for concurrent use.
//
// Speakers are shown under one name for the spellings of one person of
// one country (see [CollectOptions.ActorName]): TopSpeakers and Rows
// agree on it. The CSV files keep the names as written.
type Collector struct {
	opts     CollectOptions
	bounds   aggregate.Options // for Within
	speakers map[speakerKey]*meanAcc
	samples  map[pairKey][]sample
	pairs    map[pairKey]int // stances by pair
	marker   *evidenceMarker
	names    map[speakerID]string // speakerNames; nil after a new speaker
}

// sample is a row kept, with its statement whole until Rows shapes it.
type sample struct {
	row  ExplorerRow
	stmt StatementText
}

// CollectOptions configure a [Collector].
type CollectOptions struct {
	// PerPair is the number of statements kept for each (speaker country,
	// target) pair: those with the strongest evidence, |stance| ×
	// confidence, ties to the first statement id (0 means 2).
	PerPair int
	// MaxText caps the statement text a row shows, in characters
	// (runes): a longer text is cut, at white space, to the part around
	// its first evidence term and the mention of the target nearest it,
	// with "…" at each end where the text goes on (0 means
	// DefaultMaxText; less than 20 counts as 20).
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
	// Mentions finds the countries a statement's text names, as the
	// analysis does (its Analyzer.Mentions, which the caller adapts: this
	// package does not import the analysis): each row marks the mentions
	// of its target (codes mapped by Successors) in its text, and keeps
	// the part of a long text around them. nil marks no target (the text
	// is then kept around the evidence alone).
	Mentions func(text string, d corpus.Date) []Mention
	// ActorName gives the actor lexicon's name of a speaker of a country
	// ([ActorNames.Name]): the spellings it gives one name are shown as
	// that name ("Trump" and "Donald Trump" as "Donald Trump"). nil merges
	// spellings by case, honorifics and spacing alone.
	ActorName func(name, country string) (string, bool)
}

// Mention is a country a statement's text names, as
// [CollectOptions.Mentions] finds it: its code and the byte range
// [Start, End) of the text that names it.
type Mention struct {
	Code       string
	Start, End int
}

// StatementText is what the explorer shows of a stance's statement, as
// statements.csv has it.
type StatementText struct {
	Text string
	Kind string // direct, indirect, headline or speech
	Cue  string // the word or mark that introduces it ("said", ":")
}

type speakerKey struct{ speaker, country, target string }

type pairKey struct{ speaker, target string }

// meanAcc sums stances in ten-thousandths, as the CSV files write them:
// exactly, whatever the order of the stances.
type meanAcc struct {
	n   int
	sum int64
}

func (m *meanAcc) mean() float64 { return float64(m.sum) / 1e4 / float64(m.n) }

// ExplorerRow is a stance as the statement explorer shows it.
type ExplorerRow struct {
	StatementID string
	DocID       string
	Date        string
	Period      string
	// Speaker is the name the report shows for the speaker: one for the
	// spellings of one person of one country (see [Collector]).
	Speaker        string
	SpeakerCountry string
	Target         string
	Score          float64
	Label          string
	Confidence     float64
	Evidence       []string
	// Kind and Cue are the statement's, as statements.csv has them ("" when
	// unknown).
	Kind, Cue string
	// Text is the statement's text, or the part of it around its evidence
	// and its target when it is longer than CollectOptions.MaxText, with
	// "…" where it was cut.
	Text string
	// Targets are the byte ranges of Text that name Target.
	Targets []Span
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

// minMaxText is the least CollectOptions.MaxText.
const minMaxText = 20

// maxKeptText caps, in bytes, the statement text the collector keeps of
// a row and reads (a longer one is cut at a rune boundary): a window is
// found within it.
const maxKeptText = 16 << 10

// NewCollector returns an empty collector.
func NewCollector(o CollectOptions) *Collector {
	if o.PerPair <= 0 {
		o.PerPair = 2
	}
	if o.MaxText <= 0 {
		o.MaxText = DefaultMaxText
	}
	o.MaxText = max(o.MaxText, minMaxText)
	return &Collector{opts: o, bounds: aggregate.Options{Since: o.Since, Until: o.Until},
		speakers: map[speakerKey]*meanAcc{}, samples: map[pairKey][]sample{}, pairs: map[pairKey]int{}, marker: newEvidenceMarker()}
}

// Add counts one stance; st is its statement (zero when unknown:
// [Collector.FillTexts] can add it to the rows later). Stances without a
// speaker country, toward the speaker's own country (after the successor
// mapping) or outside Since and Until are left out, as in dyads. The
// stance and confidence count as the CSV files write them, four
// decimals, so that the stances read back from stances.csv give the same
// rows and speakers.
func (c *Collector) Add(s record.Stance, st StatementText) {
	speaker, target, distinct := c.opts.Successors.Pair(s.SpeakerCountry, s.TargetCountry)
	if speaker == "" || !distinct || math.IsNaN(s.Score) || !c.bounds.Within(s.Date) {
		return
	}
	s.SpeakerCountry, s.TargetCountry = speaker, target
	// As stances.csv has them: stance aggregate, which reads them back,
	// then keeps the same rows and means.
	s.Score, s.Confidence = csvValue(s.Score), csvValue(s.Confidence)
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
			c.names = nil
		}
		m.n++
		m.sum += int64(math.Round(s.Score * 1e4))
	}
	pk := pairKey{s.SpeakerCountry, s.TargetCountry}
	c.pairs[pk]++
	rows := c.samples[pk]
	cand := ExplorerRow{StatementID: s.StatementID, Score: s.Score, Confidence: s.Confidence}
	if len(rows) == c.opts.PerPair {
		if !strongerRow(cand, rows[len(rows)-1].row) {
			return
		}
		rows = rows[:len(rows)-1]
	}
	// Copies: a statement's text is a slice of its document, which must
	// not stay in memory for the sake of a sample.
	row := ExplorerRow{StatementID: strings.Clone(s.StatementID), DocID: strings.Clone(s.DocID), Date: s.Date.String(),
		Period: c.opts.Period.Key(s.Date), Speaker: strings.Clone(s.Speaker), SpeakerCountry: s.SpeakerCountry,
		Target: s.TargetCountry, Score: s.Score, Label: s.Label.String(), Confidence: s.Confidence, Evidence: slices.Clone(s.Evidence)}
	st = StatementText{Text: strings.Clone(clipText(st.Text)), Kind: strings.Clone(st.Kind), Cue: strings.Clone(st.Cue)}
	i, _ := slices.BinarySearchFunc(rows, row, func(a sample, b ExplorerRow) int {
		if strongerRow(a.row, b) {
			return -1
		}
		return 1
	})
	c.samples[pk] = slices.Insert(rows, i, sample{row, st})
}

// csvValue returns x as the CSV files write it ([Num]: four decimals),
// as the analysis rounds every stance ([record.RoundScore]); a stance
// made elsewhere is rounded here.
func csvValue(x float64) float64 { return record.RoundScore(x) }

// strongerRow orders rows by evidence strength, then by statement id.
func strongerRow(a, b ExplorerRow) bool {
	sa, sb := math.Abs(a.Score)*a.Confidence, math.Abs(b.Score)*b.Confidence
	if sa != sb {
		return sa > sb
	}
	return a.StatementID < b.StatementID
}

// FillTexts sets the statement of each row of rows (from [Collector.Rows]
// of c) found in texts, by statement id, as Rows sets it when Add was
// given the statement: kind, cue, the text kept and its target marks. A
// collector fed without statements (stance aggregate, which reads them
// from statements.csv afterwards) gives the rows of one fed with them.
func (c *Collector) FillTexts(rows []ExplorerRow, texts map[string]StatementText) {
	for i := range rows {
		if st, ok := texts[rows[i].StatementID]; ok {
			c.setStatement(&rows[i], st)
		}
	}
}

// setStatement sets a row's kind, cue, text (the window of it that
// CollectOptions.MaxText allows) and the marks of its target.
func (c *Collector) setStatement(r *ExplorerRow, st StatementText) {
	r.Kind, r.Cue = st.Kind, st.Cue
	text := strings.TrimSpace(clipText(st.Text))
	var targets []Span
	if c.opts.Mentions != nil && text != "" {
		d, _ := corpus.ParseDate(r.Date) // as Add wrote it
		for _, m := range c.opts.Mentions(text, d) {
			if 0 <= m.Start && m.Start < m.End && m.End <= len(text) && c.opts.Successors.Map(m.Code) == r.Target {
				targets = append(targets, Span{m.Start, m.End})
			}
		}
		sortSpans(targets)
	}
	ev := c.marker.spans(text, r.Evidence)
	r.Text, r.Targets = window(text, c.opts.MaxText, ev, targets)
}

// clipText cuts s to at most maxKeptText bytes, at a rune boundary.
func clipText(s string) string {
	if len(s) <= maxKeptText {
		return s
	}
	i := maxKeptText
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i]
}

// Rows returns at most limit kept rows (0: all): those of the pairs with
// the most stances first (ties to the first pair by codes), each pair's
// by strength. Speakers have the names TopSpeakers gives them.
func (c *Collector) Rows(limit int) []ExplorerRow {
	keys := make([]pairKey, 0, len(c.samples))
	for k := range c.samples {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b pairKey) int {
		return cmp.Or(cmp.Compare(c.pairs[b], c.pairs[a]), cmp.Compare(a.speaker, b.speaker), cmp.Compare(a.target, b.target))
	})
	names := c.speakerNames()
	var out []ExplorerRow
	for _, k := range keys {
		if limit > 0 && len(out) >= limit {
			break
		}
		rows := c.samples[k]
		if limit > 0 {
			rows = rows[:min(len(rows), limit-len(out))]
		}
		for _, smp := range rows {
			r := smp.row
			if name, ok := names[speakerID{r.Speaker, r.SpeakerCountry}]; ok {
				r.Speaker = name
			}
			c.setStatement(&r, smp.stmt)
			out = append(out, r)
		}
	}
	return out
}

// speakerNames returns the name shown for each speaker seen
// (mergeSpeakers).
func (c *Collector) speakerNames() map[speakerID]string {
	if c.names == nil {
		seen := map[speakerID]int{}
		for k, m := range c.speakers {
			seen[speakerID{k.speaker, k.country}] += m.n
		}
		c.names = mergeSpeakers(seen, c.opts.ActorName)
	}
	return c.names
}

// TopSpeakers returns the mean stance toward every target of the n
// speakers (name and country) with the most stances, ties to the first
// name; sorted by speaker, country and target. The spellings of one
// speaker's name count as one speaker, under the name Rows shows.
func (c *Collector) TopSpeakers(n int) []SpeakerTarget {
	type who struct{ speaker, country string }
	names := c.speakerNames()
	// The stances of each shown name (integer sums: the same whatever
	// the order of the map).
	merged := map[speakerKey]*meanAcc{}
	for k, m := range c.speakers {
		mk := speakerKey{names[speakerID{k.speaker, k.country}], k.country, k.target}
		acc := merged[mk]
		if acc == nil {
			acc = &meanAcc{}
			merged[mk] = acc
		}
		acc.n += m.n
		acc.sum += m.sum
	}
	total := map[who]int{}
	for k, m := range merged {
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
	for k, m := range merged {
		if top[who{k.speaker, k.country}] {
			out = append(out, SpeakerTarget{Speaker: k.speaker, Country: k.country, Target: k.target, N: m.n, Mean: m.mean()})
		}
	}
	slices.SortFunc(out, func(a, b SpeakerTarget) int {
		return cmp.Or(cmp.Compare(a.Speaker, b.Speaker), cmp.Compare(a.Country, b.Country), cmp.Compare(a.Target, b.Target))
	})
	return out
}
