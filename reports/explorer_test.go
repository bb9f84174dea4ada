package reports

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stance-project/stance/analysis/corpus"
)

// literalMentions is a stand-in for the analysis' mentions: every
// occurrence of a key of names is a mention of its code.
func literalMentions(names map[string]string) func(string, corpus.Date) []Mention {
	return func(text string, _ corpus.Date) []Mention {
		var out []Mention
		for name, code := range names {
			for i := 0; name != ""; {
				k := strings.Index(text[i:], name)
				if k < 0 {
					break
				}
				out = append(out, Mention{Code: code, Start: i + k, End: i + k + len(name)})
				i += k + len(name)
			}
		}
		slices.SortFunc(out, func(a, b Mention) int { return a.Start - b.Start })
		return out
	}
}

// codeMentions finds the codes themselves in a text.
func codeMentions(codes []string) func(string, corpus.Date) []Mention {
	names := map[string]string{}
	for _, c := range codes {
		names[c] = c
	}
	return literalMentions(names)
}

// joinSegments returns the text of segments.
func joinSegments(parts [][2]string) string {
	var b strings.Builder
	for _, p := range parts {
		b.WriteString(p[0])
	}
	return b.String()
}

// spansOf returns the span of each occurrence of word in text.
func spansOf(text, word string) []Span {
	var out []Span
	for i := 0; word != ""; {
		k := strings.Index(text[i:], word)
		if k < 0 {
			break
		}
		out = append(out, Span{i + k, i + k + len(word)})
		i += k + len(word)
	}
	return out
}

func TestWindow(t *testing.T) {
	t.Parallel()
	// 40 words of filler, then the evidence and the target, then 40 more.
	long := strings.Repeat("filler ", 40) + "the envoy condemned the raids by Norway on the coast. " + strings.Repeat("tail ", 40)
	tests := []struct {
		name     string
		text     string
		limit    int
		evidence []string
		target   string // the target's word ("": none)
		want     string
		wantMark []string // the target's mentions kept, as text
	}{
		{"short: whole", "  Peru thanked Chile.  ", 40, []string{"thank/v+0.50 forward"}, "Chile",
			"Peru thanked Chile.", []string{"Chile"}},
		{"both in the middle", long, 60, []string{"condemn/v-0.80 forward"}, "Norway",
			"…the envoy condemned the raids by Norway on the coast.…", []string{"Norway"}},
		{"evidence alone", long, 40, []string{"condemn/v-0.80 forward"}, "",
			"…the envoy condemned the raids by…", nil},
		{"target alone", long, 40, nil, "Norway",
			"…the raids by Norway on the coast.…", []string{"Norway"}},
		{"neither: from the start", long, 30, nil, "",
			"filler filler filler filler…", nil},
		// The two do not fit in 20 characters: the evidence wins. No "…"
		// where the text starts.
		{"too far apart", "They condemned the long and winding series of raids that Norway made.", 20,
			[]string{"condemn/v-0.80 forward"}, "Norway", "They condemned the…", nil},
		{"evidence at the start", "Condemned by all, the raids went on for weeks along the border with Peru.", 30,
			[]string{"condemn/v-0.80 forward"}, "", "Condemned by all, the raids…", nil},
		{"evidence at the end", "For weeks along the border with Peru the raids were condemned.", 30,
			[]string{"condemn/v-0.80 forward"}, "", "…the raids were condemned.", nil},
		// The nearest mention of the target, not the first.
		{"nearest mention", "Chile said this. " + strings.Repeat("word ", 20) + "Peru praised Chile warmly. " + strings.Repeat("word ", 20),
			40, []string{"praise/v+0.70 forward"}, "Chile", "…word Peru praised Chile warmly.…", []string{"Chile"}},
		// Characters, not bytes.
		{"runes", strings.Repeat("été ", 30) + "Ghana hailed Togo " + strings.Repeat("été ", 30), 30,
			[]string{"hail/v+0.70 cue"}, "Togo", "…Ghana hailed Togo été été…", []string{"Togo"}},
	}
	m := newEvidenceMarker()
	for _, tt := range tests {
		text := strings.TrimSpace(tt.text)
		got, marks := window(text, tt.limit, m.spans(text, tt.evidence), spansOf(text, tt.target))
		var gotMark []string
		for _, s := range marks {
			gotMark = append(gotMark, got[s.Start:s.End])
		}
		if got != tt.want || !slices.Equal(gotMark, tt.wantMark) {
			t.Errorf("%s: window = %q, targets %q; want %q, %q", tt.name, got, gotMark, tt.want, tt.wantMark)
		}
		if n := utf8.RuneCountInString(got); n > tt.limit {
			t.Errorf("%s: window has %d characters, more than %d", tt.name, n, tt.limit)
		}
	}
}

// FuzzWindow: any text, limit and marks give at most limit characters
// (3 at least), the text itself when it fits, and target spans that
// point at the target's words.
func FuzzWindow(f *testing.F) {
	f.Add("The envoy condemned the raids by Norway on the coast.", 20, "Norway")
	f.Add("ééé condemned ééé Peru", 5, "Peru")
	f.Add("condemned", 1, "")
	f.Add("  a  b  ", 3, "b")
	f.Fuzz(func(t *testing.T, text string, limit int, target string) {
		if !utf8.ValidString(text) || limit > 1000 {
			t.Skip()
		}
		text = strings.TrimSpace(text)
		m := newEvidenceMarker()
		got, marks := window(text, limit, m.spans(text, []string{"condemn/v-0.80 forward"}), spansOf(text, target))
		if n := utf8.RuneCountInString(got); n > max(limit, 3) {
			t.Fatalf("window(%q, %d) = %q: %d characters", text, limit, got, n)
		}
		if utf8.RuneCountInString(text) <= max(limit, 3) && got != text {
			t.Fatalf("window(%q, %d) = %q, want the text", text, limit, got)
		}
		for _, s := range marks {
			if s.Start < 0 || s.End > len(got) || got[s.Start:s.End] != target {
				t.Fatalf("window(%q, %d) = %q: target span %v is not %q", text, limit, got, s, target)
			}
		}
	})
}

func TestSegments(t *testing.T) {
	t.Parallel()
	type seg = [2]string
	tests := []struct {
		text     string
		evidence []string
		target   string
		want     []seg
	}{
		{"Iran condemned the strikes.", []string{"condemn*-0.80 forward"}, "",
			[]seg{{"Iran ", ""}, {"condemned", "e"}, {" the strikes.", ""}}},
		{"We support Iran and its support.", []string{"support+0.50 object"}, "Iran",
			[]seg{{"We ", ""}, {"support", "e"}, {" ", ""}, {"Iran", "t"}, {" and its ", ""}, {"support", "e"}, {".", ""}}},
		// Whole words only without "*"; case-insensitive.
		{"Supportive words, Support.", []string{"support+0.50 object"}, "",
			[]seg{{"Supportive words, ", ""}, {"Support", "e"}, {".", ""}}},
		// Inflection markers: the forms of a verb (irregular ones too) and
		// the plural of a noun; a CAMEO term without its code.
		{"Chile supported Peru.", []string{"support/v+0.60 forward"}, "Peru",
			[]seg{{"Chile ", ""}, {"supported", "e"}, {" ", ""}, {"Peru", "t"}, {".", ""}}},
		{"The ministers met in Quito.", []string{"meet/v+0.10 forward"}, "",
			[]seg{{"The ministers ", ""}, {"met", "e"}, {" in Quito.", ""}}},
		{"old allies of Fiji", []string{"ally/n+0.50 forward"}, "Fiji",
			[]seg{{"old ", ""}, {"allies", "e"}, {" of ", ""}, {"Fiji", "t"}}},
		{"troops aimed at Chad", []string{"aim [CAMEO 190]-0.60 agent"}, "Chad",
			[]seg{{"troops ", ""}, {"aimed", "e"}, {" at ", ""}, {"Chad", "t"}}},
		// Multi-word terms, and items that are not terms.
		{"a human rights issue", []string{"human rights-0.20 noun", "cue", "reciprocal contact with PER"}, "",
			[]seg{{"a ", ""}, {"human rights", "e"}, {" issue", ""}}},
		{"nothing here", nil, "", []seg{{"nothing here", ""}}},
		{"", nil, "", []seg{{"", ""}}},
		// Overlapping marks: the first, longer one wins.
		{"sanctions imposed", []string{"sanction*-0.5 object", "sanctions imposed-0.6 act"}, "",
			[]seg{{"sanctions imposed", "e"}}},
		{"Peruvian aid", []string{"peruvian aid+0.5 object"}, "Peru",
			[]seg{{"Peruvian aid", "e"}}},
	}
	m := newEvidenceMarker()
	for _, tt := range tests {
		got := m.segments(tt.text, tt.evidence, spansOf(tt.text, tt.target))
		if !slices.Equal(got, tt.want) {
			t.Errorf("segments(%q, %q, %q) = %q, want %q", tt.text, tt.evidence, tt.target, got, tt.want)
		}
	}
}

// FuzzSegments: any text, evidence item and target give parts that join
// to the text, none empty but a lone one, and never panic.
func FuzzSegments(f *testing.F) {
	f.Add("Iran condemned the strikes.", "condemn*-0.80 forward", "Iran")
	f.Add("ÉTATS-UNIS soutiennent", "soutien*+0.5 object", "UNIS")
	f.Add("İstanbul", "i+0.1 any", "")
	f.Add("", "", "")
	f.Fuzz(func(t *testing.T, text, item, target string) {
		got := newEvidenceMarker().segments(text, []string{item, item + "+0.10 object", item + "/v+0.10 object"}, spansOf(text, target))
		if joinSegments(got) != text {
			t.Fatalf("segments(%q, %q) = %q: do not join to the text", text, item, got)
		}
		for _, p := range got {
			if p[0] == "" && len(got) > 1 || p[1] != markNone && p[1] != markEvidence && p[1] != markTarget {
				t.Fatalf("segments(%q, %q) = %q: an empty part or an unknown mark", text, item, got)
			}
		}
	})
}

func TestRuleLines(t *testing.T) {
	t.Parallel()
	tests := []struct {
		kind, cue string
		evidence  []string
		want      []string
	}{
		{"indirect", "said", []string{"condemn/v-0.80 forward negated", "hostile-0.60 subject"},
			[]string{`indirect, cue "said"`, "condemn/v -0.80: forward, negated", "hostile -0.60: subject"}},
		{"speech", "", []string{"cue (object)+0.40 cue", "solidarity+0.60 joint subject intensified"},
			[]string{"speech", "cue (object) +0.40: cue", "solidarity +0.60: joint subject, intensified"}},
		{"headline", ":", []string{"reciprocal contact with PER", "aim [CAMEO 190]-0.60 agent", "trade+0.04"},
			[]string{`headline, cue ":"`, "reciprocal contact with PER", "aim [CAMEO 190] -0.60: agent", "trade +0.04"}},
		{"", "", nil, []string{}},
		{"", "hailed", nil, []string{`cue "hailed"`}},
		{"direct", "said", []string{"back/v+0.60 forward", "peace+0.20 adjacent", "back/v+0.60 forward"},
			[]string{`direct, cue "said"`, "back/v +0.60: forward (×2)", "peace +0.20: adjacent"}},
	}
	for _, tt := range tests {
		if got := ruleLines(tt.kind, tt.cue, tt.evidence); !slices.Equal(got, tt.want) {
			t.Errorf("ruleLines(%q, %q, %q) = %q, want %q", tt.kind, tt.cue, tt.evidence, got, tt.want)
		}
	}
}

// TestExplorerRowsJSON: a row as the page reads it, in the order of
// explorerRows' comment.
func TestExplorerRowsJSON(t *testing.T) {
	t.Parallel()
	rows := []ExplorerRow{{StatementID: "d1#2", DocID: "d1", Date: "2021-05-04", Period: "2021", Speaker: "Ann Example",
		SpeakerCountry: "PER", Target: "CHL", Score: -0.5, Label: "negative", Confidence: 0.8,
		Evidence: []string{"condemn/v-0.80 forward"}, Kind: "indirect", Cue: "said",
		Text: "Peru condemned Chile.", Targets: []Span{{15, 20}}}}
	got, n := explorerRows(rows, 10)
	want := []any{"d1#2", "2021-05-04", "Ann Example", "PER", "CHL", -0.5, "negative", 0.8,
		[][2]string{{"Peru ", ""}, {"condemned", "e"}, {" ", ""}, {"Chile", "t"}, {".", ""}},
		"condemn/v-0.80 forward", "2021", "d1", []string{`indirect, cue "said"`, "condemn/v -0.80: forward"}}
	if n != 1 || len(got) != 1 || len(got[0]) != len(want) {
		t.Fatalf("explorerRows = %v, %d; want one row %v", got, n, want)
	}
	for i, w := range want {
		if g := got[0][i]; !equalJSONish(g, w) {
			t.Errorf("explorer row field %d = %#v, want %#v", i, g, w)
		}
	}
}

func equalJSONish(a, b any) bool {
	switch b := b.(type) {
	case [][2]string:
		a, ok := a.([][2]string)
		return ok && slices.Equal(a, b)
	case []string:
		a, ok := a.([]string)
		return ok && slices.Equal(a, b)
	}
	return a == b
}
