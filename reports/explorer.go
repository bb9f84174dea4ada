package reports

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stance-project/stance/lexicons"
)

// This file shapes the statement explorer's rows: the part of a
// statement's text kept (a window around its evidence and its target),
// the marks in it, and the rule that produced the stance.

// Span is a byte range [Start, End) of a text.
type Span struct{ Start, End int }

// Marks of a segment of the explorer's text.
const (
	markNone     = ""  // plain text
	markEvidence = "e" // an evidence term
	markTarget   = "t" // a mention of the target country
)

// explorerRows formats the statements of the explorer, at most limit.
// Each row is [statement id, date, speaker, speaker country, target,
// stance, label, confidence, segments, evidence, period, document id,
// rule]. Segments are the text cut into parts [text, mark], mark being
// "" (plain), "e" (an evidence term) or "t" (a mention of the target);
// rule is lines of text: the statement's kind and cue, then each evidence
// item's term and attachment rule.
func explorerRows(rows []ExplorerRow, limit int) ([][]any, int) {
	rows = rows[:min(len(rows), limit)]
	m := newEvidenceMarker()
	out := make([][]any, 0, len(rows))
	for _, r := range rows {
		out = append(out, []any{r.StatementID, r.Date, r.Speaker, r.SpeakerCountry, r.Target, jsonNum(r.Score), r.Label,
			jsonNum(r.Confidence), m.segments(r.Text, r.Evidence, r.Targets), strings.Join(r.Evidence, EvidenceSep), r.Period,
			r.DocID, ruleLines(r.Kind, r.Cue, r.Evidence)})
	}
	return out, len(out)
}

// evidenceItem reads an evidence item: "condemn/v-0.80 forward negated"
// → term "condemn/v", weight "-0.80", rule and flags "forward negated".
// Items of another shape ("reciprocal contact with FRA") have no term.
var evidenceItem = regexp.MustCompile(`^(.+?)([+-]\d+\.\d+)(?: (.*))?$`)

// ruleLines says how a stance came about, a line each: the statement's
// kind and cue (`indirect, cue "said"`), then each evidence item's term,
// weight and attachment rule ("condemn/v -0.80: forward, negated"); an
// item of another shape as it is. Equal lines are written once, counted.
func ruleLines(kind, cue string, evidence []string) []string {
	lines := make([]string, 0, len(evidence)+1)
	switch {
	case kind != "" && cue != "":
		lines = append(lines, kind+`, cue "`+cue+`"`)
	case kind != "":
		lines = append(lines, kind)
	case cue != "":
		lines = append(lines, `cue "`+cue+`"`)
	}
	for _, e := range evidence {
		m := evidenceItem.FindStringSubmatch(e)
		if m == nil {
			lines = append(lines, e)
			continue
		}
		rule := m[3]
		// The words an item may end in after its rule.
		for _, f := range [...]string{"negated", "intensified", "hedged"} {
			if r, ok := strings.CutSuffix(rule, " "+f); ok {
				rule = r + ", " + f
				break
			}
		}
		line := m[1] + " " + m[2]
		if rule != "" {
			line += ": " + rule
		}
		lines = append(lines, line)
	}
	return countRepeats(lines)
}

// countRepeats keeps the first of equal lines, with " (×N)" after it when
// it came N > 1 times (an evidence term that scored twice).
func countRepeats(lines []string) []string {
	n := make(map[string]int, len(lines))
	for _, l := range lines {
		n[l]++
	}
	out := lines[:0]
	for _, l := range lines {
		switch c := n[l]; {
		case c == 1:
			out = append(out, l)
		case c > 1:
			out = append(out, fmt.Sprintf("%s (×%d)", l, c))
			n[l] = 0 // written
		}
	}
	return out
}

// evidenceMarker finds the words of evidence items in texts. A term with
// an inflection marker stands for its forms ("condemn/v": condemn,
// condemns, condemned, condemning; "meet/v": met too, from the built-in
// irregular verbs; "ally/n": allies), a term ending in "*" for any word it
// starts; a CAMEO term ("aim [CAMEO 190]") for the forms of its verb. It
// remembers the forms of each item; it is not safe for concurrent use.
type evidenceMarker struct {
	irr   lexicons.Irregular
	forms map[string][]evidenceForm // by evidence item
}

// evidenceForm is one form of a term, lowercase.
type evidenceForm struct {
	text   string
	prefix bool // any word it starts
}

func newEvidenceMarker() *evidenceMarker {
	// The embedded table always parses; without it, regular forms only.
	irr, _ := lexicons.LoadIrregular(lexicons.Default())
	return &evidenceMarker{irr: irr, forms: map[string][]evidenceForm{}}
}

// itemForms returns the forms of an evidence item's term (none for an
// item without one).
func (m *evidenceMarker) itemForms(item string) []evidenceForm {
	if fs, ok := m.forms[item]; ok {
		return fs
	}
	var fs []evidenceForm
	if sub := evidenceItem.FindStringSubmatch(item); sub != nil {
		term := sub[1]
		if i := strings.Index(term, " [CAMEO "); i >= 0 {
			// A CAMEO verb's lemma: its forms.
			term = term[:i]
			if !strings.Contains(term, "/") {
				first, rest, _ := strings.Cut(term, " ")
				term = strings.TrimSpace(first + "/v " + rest)
			}
		}
		term = strings.ToLower(strings.TrimSpace(term))
		prefix := strings.HasSuffix(term, "*")
		term = strings.TrimSuffix(term, "*")
		words, ok := lexicons.Expand(term, m.irr)
		if !ok {
			words = []string{term}
		}
		for _, w := range words {
			if w != "" {
				fs = append(fs, evidenceForm{w, prefix})
			}
		}
	}
	m.forms[item] = fs
	return fs
}

// spans returns where the evidence terms stand in text, as whole words
// compared without regard to case, sorted by start (the longer first at
// the same start); they may overlap.
func (m *evidenceMarker) spans(text string, evidence []string) []Span {
	var spans []Span
	lower := lowerInPlace(text)
	for _, e := range evidence {
		for _, f := range m.itemForms(e) {
			for i := 0; i < len(lower); {
				k := strings.Index(lower[i:], f.text)
				if k < 0 {
					break
				}
				start, end := i+k, i+k+len(f.text)
				i = end
				if start > 0 && isWordByte(lower, start-1, true) {
					continue
				}
				if f.prefix {
					for end < len(lower) && isWordByte(lower, end, false) {
						_, n := utf8.DecodeRuneInString(lower[end:])
						end += n
					}
				} else if end < len(lower) && isWordByte(lower, end, false) {
					continue
				}
				spans = append(spans, Span{start, end})
			}
		}
	}
	sortSpans(spans)
	return slices.Compact(spans)
}

func sortSpans(spans []Span) {
	slices.SortFunc(spans, func(a, b Span) int { return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(b.End, a.End)) })
}

// segments cuts text into parts [text, mark]: the evidence terms marked
// "e", the spans of targets "t", the rest plain (""). Where marks
// overlap, the one that starts first (the longer at the same start; the
// evidence term when both are as long) wins. The parts joined give text
// back, and no part is empty but a lone plain one.
func (m *evidenceMarker) segments(text string, evidence []string, targets []Span) [][2]string {
	type mark struct {
		Span
		kind string
	}
	var marks []mark
	for _, s := range m.spans(text, evidence) {
		marks = append(marks, mark{s, markEvidence})
	}
	for _, s := range targets {
		if 0 <= s.Start && s.Start < s.End && s.End <= len(text) {
			marks = append(marks, mark{s, markTarget})
		}
	}
	slices.SortStableFunc(marks, func(a, b mark) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(b.End, a.End))
	})
	var parts [][2]string
	at := 0
	for _, mk := range marks {
		if mk.Start < at {
			continue // overlaps the previous mark
		}
		if mk.Start > at {
			parts = append(parts, [2]string{text[at:mk.Start], markNone})
		}
		parts = append(parts, [2]string{text[mk.Start:mk.End], mk.kind})
		at = mk.End
	}
	if at < len(text) || len(parts) == 0 {
		parts = append(parts, [2]string{text[at:], markNone})
	}
	return parts
}

// lowerInPlace lowercases s rune by rune, keeping a rune as it is when
// its lowercase form has another length in UTF-8: byte offsets in the
// result are those of s.
func lowerInPlace(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range s {
		l := unicode.ToLower(r)
		if r == utf8.RuneError || utf8.RuneLen(l) != utf8.RuneLen(r) {
			_, n := utf8.DecodeRuneInString(s[i:])
			b.WriteString(s[i : i+n])
			continue
		}
		b.WriteRune(l)
	}
	return b.String()
}

// isWordByte reports whether the rune at (before, if before is true:
// ending at) byte i of s is a letter or digit.
func isWordByte(s string, i int, before bool) bool {
	var r rune
	if before {
		r, _ = utf8.DecodeLastRuneInString(s[:i+1])
	} else {
		r, _ = utf8.DecodeRuneInString(s[i:])
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// ellipsis ends a text cut short.
const ellipsis = "…"

// window returns what the explorer shows of text (trimmed of white
// space): all of it when it has at most limit characters (runes); else whole
// words around the first evidence term (the first of ev, sorted by start)
// and the mention of the target nearest it (of targets), with "…" at each
// end where text goes on, at most limit characters in all. When the two do
// not fit together the evidence term wins; with neither, the text is kept
// from its start. It returns the spans of targets within the result; those
// cut off are left out. A limit below 3 counts as 3.
func window(text string, limit int, ev, targets []Span) (string, []Span) {
	limit = max(limit, 3)
	if utf8.RuneCountInString(text) <= limit {
		return text, targets
	}
	runes := func(s Span) int { return utf8.RuneCountInString(text[s.Start:s.End]) }
	var core Span
	near, hasTarget := nearestSpan(targets, ev)
	switch {
	case len(ev) > 0 && hasTarget:
		core = Span{min(ev[0].Start, near.Start), max(ev[0].End, near.End)}
		if runes(core) > limit-2 {
			core = ev[0]
		}
	case len(ev) > 0:
		core = ev[0]
	case hasTarget:
		core = near
	}
	if runes(core) > limit-2 {
		core.End = core.Start
	}
	a, b, n := core.Start, core.End, runes(core)
	cost := func(a, b, n int) int {
		if a > 0 {
			n++
		}
		if b < len(text) {
			n++
		}
		return n
	}
	// Grow a rune at a time, one side then the other, while it fits.
	for left := true; ; left = !left {
		grew := false
		for _, side := range [2]bool{left, !left} {
			if side && a > 0 {
				_, size := utf8.DecodeLastRuneInString(text[:a])
				if cost(a-size, b, n+1) <= limit {
					a, n, grew = a-size, n+1, true
					break
				}
			}
			if !side && b < len(text) {
				_, size := utf8.DecodeRuneInString(text[b:])
				if cost(a, b+size, n+1) <= limit {
					b, n, grew = b+size, n+1, true
					break
				}
			}
		}
		if !grew {
			break
		}
	}
	a, b = wholeWords(text, a, b, core)
	out := text[a:b]
	shift := -a
	if a > 0 {
		out = ellipsis + out
		shift += len(ellipsis)
	}
	if b < len(text) {
		out += ellipsis
	}
	var kept []Span
	for _, t := range targets {
		if a <= t.Start && t.End <= b {
			kept = append(kept, Span{t.Start + shift, t.End + shift})
		}
	}
	return out, kept
}

// nearestSpan returns the span of spans nearest the first span of to (0
// when they overlap), ties to the first; with no to, the first of spans.
func nearestSpan(spans, to []Span) (Span, bool) {
	if len(spans) == 0 {
		return Span{}, false
	}
	if len(to) == 0 {
		return spans[0], true
	}
	e := to[0]
	best, bestGap := spans[0], -1
	for _, s := range spans {
		gap := 0
		switch {
		case s.End <= e.Start:
			gap = e.Start - s.End
		case s.Start >= e.End:
			gap = s.Start - e.End
		}
		if bestGap < 0 || gap < bestGap {
			best, bestGap = s, gap
		}
	}
	return best, true
}

// wholeWords moves the cut ends a and b of text inward to white space, so
// that no word is cut, and past it; never into core.
func wholeWords(text string, a, b int, core Span) (int, int) {
	space := func(i int) bool {
		r, _ := utf8.DecodeRuneInString(text[i:])
		return unicode.IsSpace(r)
	}
	if a > 0 {
		prev, _ := utf8.DecodeLastRuneInString(text[:a])
		if !unicode.IsSpace(prev) {
			for a < core.Start && !space(a) {
				_, n := utf8.DecodeRuneInString(text[a:])
				a += n
			}
		}
		for a < core.Start && space(a) {
			_, n := utf8.DecodeRuneInString(text[a:])
			a += n
		}
	}
	if b < len(text) {
		if !space(b) {
			for b > core.End {
				r, n := utf8.DecodeLastRuneInString(text[:b])
				if unicode.IsSpace(r) {
					break
				}
				b -= n
			}
		}
		for b > core.End {
			r, n := utf8.DecodeLastRuneInString(text[:b])
			if !unicode.IsSpace(r) {
				break
			}
			b -= n
		}
	}
	return a, max(a, b)
}
