package lexicons

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

// Events is the event lexicon imported from PETRARCH's CAMEO verb-pattern
// dictionary (cameo.tsv): verbs in blocks that share a default CAMEO code,
// and the patterns of each block, which give a verb with its objects and
// prepositions a code of its own and say where the target stands ("accuse
// + of", "impose sanctions on +").
type Events struct {
	// Verbs are the imported verbs, in file order.
	Verbs []Verb
	// Blocks maps a block's name ("ACCUSE") to its patterns, in file order.
	Blocks map[string][]Pattern
	// FormBlocks maps each form of an imported verb ("accused", "kick
	// out") to the blocks it belongs to, whether or not a row of ours
	// lists the form: ours decides the weight, the block's patterns the
	// frame.
	FormBlocks map[string][]string
	// Synsets maps a synonym set's name ("&ceasefire") to its words.
	Synsets map[string][]string
	// PatternOnly are the forms of the verbs that are an event only in a
	// pattern of their block (not Verb.Alone), less the forms of ours and
	// of the verbs that are events alone; filled by Load.
	PatternOnly []Term
}

func newEvents() *Events {
	return &Events{Blocks: map[string][]Pattern{}, FormBlocks: map[string][]string{}, Synsets: map[string][]string{}}
}

// Verb is one imported verb: a lemma with its forms, the block it is in,
// and the CAMEO code, weight and class it has alone (its block's default
// unless the dictionary gives the verb its own).
type Verb struct {
	Lemma  string
	Forms  []string
	Block  string
	Code   string // "" when the verb alone is no event (CAMEO "---")
	Weight float64
	Class  string
	Attach Attach
	// Alone: the verb is an event by itself; otherwise only in a pattern
	// of its block that matches (cameo.tsv's use column).
	Alone bool
}

// Pattern is one CAMEO verb pattern: the elements before and after the
// verb, and the code, weight and class of the event it describes. A
// pattern with Code "" says that the verb in this frame is no event
// ("- CREW * SHIP [---]").
type Pattern struct {
	Text          string // as written in cameo.tsv, "*" the verb
	Code          string
	Weight        float64
	Class         string
	Before, After []Elem
	// SkipEnd: the pattern ends with CAMEO's skip "^" after its verb
	// ("% * talks in ^"): the phrase after its last word is one it passes
	// over (a venue, a go-between), no target.
	SkipEnd bool
}

// SubjectAssault reports whether the pattern is one of assault (CAMEO
// 18-20) that names only what stands before its verb ("&weapon *": a
// missile brought down a jet, "&military *"): the verb, no event alone,
// is then the act of that subject's country, attached as cameo.tsv
// attaches the verbs of material conflict; a pattern with words after
// its verb says its own object.
func (p *Pattern) SubjectAssault() bool {
	return len(p.Code) >= 2 && p.Code[:2] >= "18" && p.Code[:2] <= "20" && len(p.Before) > 0 && len(p.After) == 0
}

// Cooperative reports whether the pattern describes cooperation made
// (agreement, cooperation, contact or aid, with a positive weight). A
// verb that ends an agreement or tie (words.tsv class renounce: "quit",
// "terminate", "cancel") takes none of them: CAMEO's blocks gather verbs
// of both senses, and a pattern written for "finalize the treaty" does
// not make "quit the treaty" a treaty signed.
func (p *Pattern) Cooperative() bool {
	switch p.Class {
	case ClassAgree, ClassCooperate, ClassConsult, ClassAid:
		return p.Weight > 0
	}
	return false
}

// ElemKind is the kind of a pattern element.
type ElemKind uint8

// Kinds of pattern elements (the CAMEO notation in brackets).
const (
	ElemWord   ElemKind = iota // a word: itself or one of its forms (exact when written "word_")
	ElemSynset                 // a synonym set ("&ceasefire")
	ElemTarget                 // where the target stands ("+")
	ElemSource                 // where the source stands ("$")
	ElemBoth                   // a phrase that holds source and target ("%")
)

// Elem is one element of a pattern. Words of a compound ("diplomatic_
// relations") are consecutive ElemWord elements with Next set on all but
// the last: they must stand side by side.
type Elem struct {
	Kind   ElemKind
	Word   string // ElemWord
	Exact  bool   // ElemWord: the word itself only
	Synset string // ElemSynset, with its "&"
	Next   bool   // the next element follows at once
}

// parseRow reads one row of cameo.tsv:
//
//	verb     lemma  forms  block  code  weight  class  attach  use
//	pattern  block  text   code   weight  class
//	synset   name   words
//
// forms and words are separated by ";"; code is "" (written "---") when
// the verb or pattern is no event.
func (ev *Events) parseRow(cols []string, irr Irregular, bad func(string, ...any) error) error {
	code := func(s string) (string, error) {
		if s == "---" {
			return "", nil
		}
		if _, err := strconv.Atoi(s); err != nil || len(s) < 2 || len(s) > 4 {
			return "", bad("CAMEO code %q is not 2 to 4 digits or ---", s)
		}
		return s, nil
	}
	switch cols[0] {
	case "verb":
		if len(cols) != 9 {
			return bad("a verb row has 9 columns (verb, lemma, forms, block, code, weight, class, attach, use), got %d", len(cols))
		}
		if cols[8] != "alone" && cols[8] != "pattern" {
			return bad("a verb's use %q is not alone or pattern", cols[8])
		}
		c, err := code(cols[4])
		if err != nil {
			return err
		}
		w, err := parseWeight(cols[5])
		if err != nil {
			return bad("%v", err)
		}
		forms := splitList(cols[2])
		if cols[1] == "" || len(forms) == 0 || cols[3] == "" {
			return bad("a verb row needs a lemma, its forms and a block")
		}
		for _, f := range forms {
			if f != strings.ToLower(f) || strings.Contains(f, "*") {
				return bad("verb form %q must be lowercase whole words", f)
			}
		}
		attach, _ := ParseAttach(cols[7])
		if attach != AttachObject && attach != AttachAct {
			return bad("a verb's attach %q is not object or act", cols[7])
		}
		ev.Verbs = append(ev.Verbs, Verb{Lemma: cols[1], Forms: forms, Block: cols[3], Code: c, Weight: w, Class: cols[6], Attach: attach, Alone: cols[8] == "alone" && c != ""})
		for _, f := range forms {
			if !slices.Contains(ev.FormBlocks[f], cols[3]) {
				ev.FormBlocks[f] = append(ev.FormBlocks[f], cols[3])
			}
		}
	case "pattern":
		if len(cols) != 6 {
			return bad("a pattern row has 6 columns (pattern, block, text, code, weight, class), got %d", len(cols))
		}
		c, err := code(cols[3])
		if err != nil {
			return err
		}
		w, err := parseWeight(cols[4])
		if err != nil {
			return bad("%v", err)
		}
		before, after, err := ParsePattern(cols[2])
		if err != nil {
			return bad("%v", err)
		}
		fields := strings.Fields(cols[2])
		skip := strings.HasSuffix(fields[len(fields)-1], "^") // "in ^", "in_^"
		ev.Blocks[cols[1]] = append(ev.Blocks[cols[1]], Pattern{Text: cols[2], Code: c, Weight: w, Class: cols[5], Before: before, After: after, SkipEnd: skip})
	case "synset":
		if len(cols) != 3 || !strings.HasPrefix(cols[1], "&") {
			return bad("a synset row has 3 columns (synset, &name, words)")
		}
		ev.Synsets[cols[1]] = splitList(cols[2])
	default:
		return bad("row kind %q is not verb, pattern or synset", cols[0])
	}
	return nil
}

// ParsePattern splits a pattern in CAMEO notation, lowercased ("* + of
// &ceasefire", "+ &auxverb1 * from $"), into the elements before and after
// its verb "*". Words joined by "_" stand side by side; a word ending in
// "_" matches only itself.
func ParsePattern(text string) (before, after []Elem, err error) {
	var elems []Elem
	verb := -1
	for _, chunk := range strings.Fields(text) {
		parts := strings.Split(chunk, "_")
		start := len(elems)
		for i, p := range parts {
			if p == "" {
				// "cash_": the word before is exact.
				if i > 0 && len(elems) > start && elems[len(elems)-1].Kind == ElemWord {
					elems[len(elems)-1].Exact = true
				}
				continue
			}
			var e Elem
			switch {
			case p == "*":
				if verb >= 0 {
					return nil, nil, fmt.Errorf("pattern %q has two verbs", text)
				}
				verb = len(elems)
				continue
			case p == "+":
				e.Kind = ElemTarget
			case p == "$":
				e.Kind = ElemSource
			case p == "%":
				e.Kind = ElemBoth
			case p == "^":
				continue // a skip: the matcher skips words anyway
			case strings.HasPrefix(p, "&"):
				e.Kind, e.Synset = ElemSynset, p
			default:
				if strings.ContainsAny(p, "*+$%^&{}[]") {
					return nil, nil, fmt.Errorf("pattern %q: bad word %q", text, p)
				}
				e.Kind, e.Word = ElemWord, p
			}
			elems = append(elems, e)
		}
		for k := start; k < len(elems)-1; k++ {
			if k+1 != verb {
				elems[k].Next = true
			}
		}
	}
	if verb < 0 {
		return nil, nil, fmt.Errorf("pattern %q has no verb \"*\"", text)
	}
	before, after = elems[:verb:verb], elems[verb:]
	if len(before) > 0 {
		before[len(before)-1].Next = false
	}
	return before, after, nil
}

// mergeEvents adds the imported verbs' forms to s.Terms, less the forms a
// row of ours already lists (ours wins); the forms of verbs that are no
// event alone (they count only in a pattern) go to s.Events.PatternOnly,
// less those of stance.tsv: a cue's form keeps its patterns there
// ("recalled its ambassador from X" is CAMEO 161, "recalled that ..."
// speech).
func (s *Set) mergeEvents() {
	// Ours: the forms of stance.tsv and of cues.tsv (a cue of ours says how
	// the verb introduces speech; "says" is no event of its own).
	ours := map[string]bool{}
	for _, t := range s.Terms {
		ours[strings.Join(t.Words, " ")] = true
	}
	terms := maps.Clone(ours)
	for _, c := range s.Cues {
		ours[strings.Join(c.Words, " ")] = true
	}
	added := map[string]bool{}
	for _, v := range s.Events.Verbs {
		for _, f := range v.Forms {
			if ours[f] || added[f] || !v.Alone || v.Weight == 0 {
				continue
			}
			added[f] = true
			s.Terms = append(s.Terms, Term{Words: strings.Fields(f), Weight: v.Weight, Class: v.Class, Attach: v.Attach,
				Label: v.Lemma, Source: SourceCAMEO, Code: v.Code})
		}
	}
	// The verbs that are an event only in a pattern, with the forms left.
	for _, v := range s.Events.Verbs {
		if v.Alone && v.Weight != 0 {
			continue
		}
		for _, f := range v.Forms {
			if terms[f] || added[f] {
				continue
			}
			added[f] = true
			s.Events.PatternOnly = append(s.Events.PatternOnly, Term{Words: strings.Fields(f), Class: "NONE", Attach: AttachObject,
				Label: v.Lemma, Source: SourceCAMEO})
		}
	}
}
