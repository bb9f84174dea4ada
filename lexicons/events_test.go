package lexicons

import (
	"strings"
	"testing"
)

func TestParsePattern(t *testing.T) {
	w := func(s string) Elem { return Elem{Kind: ElemWord, Word: s} }
	tests := []struct {
		text          string
		before, after []Elem
		err           bool
	}{
		{"* +", nil, []Elem{{Kind: ElemTarget}}, false},
		{"* sanctions on +", nil, []Elem{w("sanctions"), w("on"), {Kind: ElemTarget}}, false},
		{"+ &auxverb1 * from $", []Elem{{Kind: ElemTarget}, {Kind: ElemSynset, Synset: "&auxverb1"}}, []Elem{w("from"), {Kind: ElemSource}}, false},
		{"* diplomatic_relations with +", nil, []Elem{{Kind: ElemWord, Word: "diplomatic", Next: true}, w("relations"), w("with"), {Kind: ElemTarget}}, false},
		{"* cash_ to +", nil, []Elem{{Kind: ElemWord, Word: "cash", Exact: true}, w("to"), {Kind: ElemTarget}}, false},
		{"not * ^ from", []Elem{w("not")}, []Elem{w("from")}, false},
		{"sanctions on +", nil, nil, true},
		{"* * +", nil, nil, true},
		{"* {bad}", nil, nil, true},
	}
	for _, tt := range tests {
		before, after, err := ParsePattern(tt.text)
		if (err != nil) != tt.err {
			t.Errorf("ParsePattern(%q) error = %v, want error %v", tt.text, err, tt.err)
			continue
		}
		if tt.err {
			continue
		}
		if !equalElems(before, tt.before) || !equalElems(after, tt.after) {
			t.Errorf("ParsePattern(%q) = %+v | %+v, want %+v | %+v", tt.text, before, after, tt.before, tt.after)
		}
	}
}

func equalElems(a, b []Elem) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestEventsCoverage is the import's bar: at least 1,000 verb lemmas with a
// CAMEO code and 8,000 coded patterns with their frames.
func TestEventsCoverage(t *testing.T) {
	s, err := Load(Default(), nil)
	if err != nil {
		t.Fatal(err)
	}
	coded := map[string]bool{}
	for _, v := range s.Events.Verbs {
		if v.Code != "" {
			coded[v.Lemma] = true
		}
	}
	patterns, framed := 0, 0
	for _, ps := range s.Events.Blocks {
		for _, p := range ps {
			if p.Code == "" {
				continue
			}
			patterns++
			if len(p.After) > 0 || len(p.Before) > 0 {
				framed++
			}
		}
	}
	if len(coded) < 1000 {
		t.Errorf("coded verb lemmas = %d, want at least 1000", len(coded))
	}
	if framed < 8000 {
		t.Errorf("coded patterns with a frame = %d (of %d), want at least 8000", framed, patterns)
	}
	t.Logf("%d coded verb lemmas, %d coded patterns, %d with a frame", len(coded), patterns, framed)
}

// TestEventsSample checks rows of the import: a verb with its forms and
// code, a pattern with a preposition frame, a synonym set, and that a form
// of ours wins over the imported one.
func TestEventsSample(t *testing.T) {
	s, err := Load(Default(), nil)
	if err != nil {
		t.Fatal(err)
	}
	var expel *Verb
	for i, v := range s.Events.Verbs {
		if v.Lemma == "expel" && v.Block == "DEPORT" {
			expel = &s.Events.Verbs[i]
		}
	}
	if expel == nil {
		t.Fatal("no verb expel in block DEPORT")
	}
	if got, want := strings.Join(expel.Forms, ";"), "expel;expelled;expelling;expels"; got != want || expel.Code != "174" || expel.Class != "COERCE" || expel.Attach != AttachAct || !expel.Alone {
		t.Errorf("expel = %+v, want forms %s, code 174, COERCE, act, alone", *expel, want)
	}
	found := false
	for _, p := range s.Events.Blocks["IMPOSE"] {
		if p.Text == "* sanctions on +" {
			found = true
			if p.Code != "163" || p.Weight >= 0 || p.Class != "SANCTION" {
				t.Errorf("pattern %q = %+v, want code 163, a negative weight, SANCTION", p.Text, p)
			}
			if n := len(p.After); n != 3 || p.After[1].Word != "on" || p.After[2].Kind != ElemTarget {
				t.Errorf("pattern %q frame = %+v, want sanctions, on, target", p.Text, p.After)
			}
		}
	}
	if !found {
		t.Error("no pattern \"* sanctions on +\" in block IMPOSE")
	}
	// A pattern that ends with CAMEO's skip "^" passes over the phrase
	// after its last word; "^" inside a pattern does not set SkipEnd.
	for block, ps := range s.Events.Blocks {
		for _, p := range ps {
			f := strings.Fields(p.Text)
			if want := strings.HasSuffix(f[len(f)-1], "^"); p.SkipEnd != want {
				t.Errorf("%s pattern %q: SkipEnd = %v, want %v", block, p.Text, p.SkipEnd, want)
			}
		}
	}
	skips := 0
	for _, p := range s.Events.Blocks["START"] {
		if p.Text == "% * talks in ^" && p.SkipEnd {
			skips++
		}
	}
	if skips != 1 {
		t.Errorf("START patterns \"%% * talks in ^\" with SkipEnd = %d, want 1", skips)
	}
	// "take" is among the most common verbs of English, and GRANT ("give")
	// spans many kinds of event: both count only in a pattern.
	for _, v := range s.Events.Verbs {
		if (v.Lemma == "take" || v.Lemma == "give") && v.Alone {
			t.Errorf("%s (%s) is an event alone, want only in a pattern", v.Lemma, v.Block)
		}
	}
	if got := s.Events.Synsets["&ceasefire"]; len(got) < 3 {
		t.Errorf("&ceasefire = %q, want its words", got)
	}
	// "condemn" is ours: its forms come from stance.tsv, not cameo.tsv.
	for _, term := range s.Terms {
		if strings.Join(term.Words, " ") == "condemned" && term.Source != SourceOurs {
			t.Errorf("condemned comes from %s, want ours", term.Source)
		}
	}
}

// TestEventsRows checks cameo.tsv's row syntax errors.
func TestEventsRows(t *testing.T) {
	tests := []struct{ row, want string }{
		{"verb\texpel\texpel;expels\tDEPORT\t174\t-0.5\tCOERCE\tact", "9 columns"},
		{"verb\texpel\texpel\tDEPORT\t17a\t-0.5\tCOERCE\tact\talone", "CAMEO code"},
		{"verb\texpel\tExpel\tDEPORT\t174\t-0.5\tCOERCE\tact\talone", "lowercase"},
		{"verb\texpel\texpel\tDEPORT\t174\t-0.5\tCOERCE\tnoun\talone", "attach"},
		{"verb\texpel\texpel\tDEPORT\t174\t-0.5\tCOERCE\tact\tsometimes", "use"},
		{"pattern\tDEPORT\tfrom +\t174\t-0.5\tCOERCE", "no verb"},
		{"pattern\tDEPORT\t* from +\t174\t-2\tCOERCE", "weight"},
		{"synset\tceasefire\ttruce", "synset"},
		{"event\tx", "row kind"},
	}
	for _, tt := range tests {
		_, err := Load(Default(), mapFS(map[string]string{EventsFile: "# version: x\n" + tt.row + "\n"}))
		if err == nil || !strings.Contains(err.Error(), "cameo.tsv:2:") || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("row %q: err = %v, want cameo.tsv:2 and %q", tt.row, err, tt.want)
		}
	}
}

func FuzzParsePattern(f *testing.F) {
	for _, s := range []string{"* +", "+ &auxverb1 * from $", "* diplomatic_relations with +", "* cash_", "^_* _", "*_*"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		before, after, err := ParsePattern(s)
		if err != nil {
			return
		}
		for _, e := range append(before, after...) {
			if e.Kind == ElemWord && e.Word == "" {
				t.Errorf("%q: an empty word", s)
			}
		}
		if len(before) > 0 && before[len(before)-1].Next {
			t.Errorf("%q: the element before the verb is joined to it", s)
		}
	})
}

// TestPatternOnlyKeepsCues: a form that is a cue of ours and a CAMEO verb
// that is an event only in a pattern keeps its patterns; a form of
// stance.tsv does not (ours decides it).
func TestPatternOnlyKeepsCues(t *testing.T) {
	s, err := Load(Default(), nil)
	if err != nil {
		t.Fatal(err)
	}
	only := map[string]bool{}
	for _, p := range s.Events.PatternOnly {
		only[strings.Join(p.Words, " ")] = true
	}
	terms := map[string]bool{}
	for _, tm := range s.Terms {
		if tm.Source == SourceOurs {
			terms[strings.Join(tm.Words, " ")] = true
		}
	}
	tests := []struct {
		form string
		want bool
	}{
		{"recalled", true}, // a cue ("recall/v say") and CAMEO RECALL, pattern only
		{"recalls", true},
	}
	for _, tt := range tests {
		if got := only[tt.form]; got != tt.want {
			t.Errorf("PatternOnly holds %q: %v, want %v", tt.form, got, tt.want)
		}
	}
	for f := range only {
		if terms[f] {
			t.Errorf("PatternOnly holds %q, a form of stance.tsv", f)
		}
	}
}

func TestSubjectAssault(t *testing.T) {
	tests := []struct {
		text, code string
		want       bool
	}{
		{"&weapon *", "190", true},    // a weapon as the subject of assault
		{"&military *", "150", false}, // a show of force, no assault
		{"* &weapon", "194", false},   // what follows the verb is its own object
		{"&weapon * +", "190", false},
		{"&weapon *", "---", false},
	}
	for _, tt := range tests {
		before, after, err := ParsePattern(tt.text)
		if err != nil {
			t.Fatal(err)
		}
		p := Pattern{Text: tt.text, Code: tt.code, Before: before, After: after}
		if got := p.SubjectAssault(); got != tt.want {
			t.Errorf("Pattern{%q, %s}.SubjectAssault() = %v, want %v", tt.text, tt.code, got, tt.want)
		}
	}
}

func TestCooperative(t *testing.T) {
	tests := []struct {
		class  string
		weight float64
		want   bool
	}{
		{ClassAgree, 0.6, true},       // "% * &treaty": a treaty made
		{ClassCooperate, 0.5, true},   // cooperation resumed
		{ClassConsult, 0.1, true},     // talks held
		{ClassAid, 0.6, true},         // aid sent
		{ClassSanction, -0.56, false}, // "* &military cooperation": cooperation halted
		{"CONCEDE", 0.5, false},       // "* troops": a withdrawal is a concession, no tie made
		{ClassAgree, 0, false},
	}
	for _, tt := range tests {
		p := Pattern{Text: "* x", Class: tt.class, Weight: tt.weight}
		if got := p.Cooperative(); got != tt.want {
			t.Errorf("Pattern{%s, %.2f}.Cooperative() = %v, want %v", tt.class, tt.weight, got, tt.want)
		}
	}
}
