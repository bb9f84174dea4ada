package evaluate

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
	"unicode/utf8"
)

// Errors wrapped by a [ParseError].
var (
	ErrMalformed = errors.New("malformed line") // not a JSON object of the expected shape
	ErrInvalid   = errors.New("invalid gold")   // well-formed JSON that breaks a rule of stance-gold/1
)

// ParseError is a bad line of a gold file. It prints as "file:line:col:
// message", or "file:line: message" when the column is unknown.
type ParseError struct {
	File   string
	Line   int // 1-based
	Column int // 1-based byte column in the line (for a value of the wrong type, its last byte); 0 when unknown
	Err    error
}

func (e *ParseError) Error() string {
	if e.Column > 0 {
		return fmt.Sprintf("%s:%d:%d: %v", e.File, e.Line, e.Column, e.Err)
	}
	return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

// Dyad is a signed, directed stance of one country toward another.
type Dyad struct {
	Speaker, Target string // ISO 3166-1 alpha-3 codes
	Stance          int    // +1 or -1
}

// String formats the dyad as "RUS→USA +" or "RUS→USA -".
func (d Dyad) String() string {
	sign := "+"
	switch {
	case d.Stance < 0:
		sign = "-"
	case d.Stance == 0:
		sign = "0"
	}
	return d.Speaker + "→" + d.Target + " " + sign
}

func compareDyads(a, b Dyad) int {
	return cmp.Or(cmp.Compare(a.Speaker, b.Speaker), cmp.Compare(a.Target, b.Target), cmp.Compare(a.Stance, b.Stance))
}

// Judge says which dyads of a document the annotators judged: a dyad is
// judged when its unordered country pair and its sign both are.
type Judge struct {
	AllPairs bool        // every pair is judged ("pairs": "all")
	Pairs    [][2]string // the judged unordered pairs when not AllPairs: each pair sorted, the list sorted, no duplicates
	Signs    []int       // the judged signs: sorted, no duplicates, each -1 or +1
}

// JudgesPair reports whether the unordered pair {a, b} was judged.
func (j Judge) JudgesPair(a, b string) bool {
	if j.AllPairs {
		return true
	}
	if b < a {
		a, b = b, a
	}
	return slices.Contains(j.Pairs, [2]string{a, b})
}

// JudgesSign reports whether stances of the given sign were annotated.
func (j Judge) JudgesSign(sign int) bool { return slices.Contains(j.Signs, sign) }

// Judges reports whether the dyad's pair and sign were both judged.
func (j Judge) Judges(d Dyad) bool {
	return j.JudgesPair(d.Speaker, d.Target) && j.JudgesSign(d.Stance)
}

// Attribution is a gold "who said what": Start and End are the UTF-8 byte
// offsets of the reported content in the document's text (End exclusive).
type Attribution struct {
	Speaker    string // as the text gives it: a name, a description or a pronoun
	Start, End int
}

// GoldDoc is the gold part of one line of a stance-gold/1 file.
type GoldDoc struct {
	ID           string
	Line         int    // 1-based line in the gold file
	Text         string // the document's text, which attribution offsets refer to
	Dyads        []Dyad // sorted, no duplicates
	Judge        Judge
	Attributions []Attribution // in file order; empty when the document has no attribution gold
}

// ReadGold reads the gold part of a stance-gold/1 JSON Lines file; name is
// used in error messages. Blank lines are skipped. Unlike stance's corpus
// readers it does not skip bad records: the first malformed or invalid line
// stops the read with a *[ParseError] wrapping [ErrMalformed] or
// [ErrInvalid]. Checks: valid UTF-8, a JSON object with a non-empty unique
// "id" and a "gold" object; dyads with two different alpha-3 codes (three
// upper-case ASCII letters) and a stance of -1 or 1; a judge with "pairs"
// ("all" or a list of two-country lists) and "signs" (a list of -1 and 1);
// attribution spans with 0 ≤ start ≤ end ≤ len(text). Duplicate dyads and
// duplicate judged pairs or signs are merged. Unknown fields are ignored.
func ReadGold(r io.Reader, name string) ([]GoldDoc, error) {
	br := bufio.NewReader(r)
	var docs []GoldDoc
	firstLine := make(map[string]int) // id → line
	for n := 1; ; n++ {
		b, err := br.ReadBytes('\n')
		if len(b) > 0 {
			skip := 0
			if n == 1 && bytes.HasPrefix(b, []byte("\uFEFF")) {
				skip = len("\uFEFF")
			}
			if len(bytes.TrimSpace(b[skip:])) > 0 {
				doc, col, perr := parseGoldLine(b[skip:])
				if perr == nil {
					if first, dup := firstLine[doc.ID]; dup {
						perr = fmt.Errorf("duplicate id %q (first on line %d): %w", doc.ID, first, ErrInvalid)
						col = 0
					}
				}
				if perr != nil {
					if col > 0 {
						col += skip
					}
					return nil, &ParseError{File: name, Line: n, Column: col, Err: perr}
				}
				doc.Line = n
				firstLine[doc.ID] = n
				docs = append(docs, doc)
			}
		}
		if err == io.EOF {
			return docs, nil
		}
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", name, err)
		}
	}
}

type rawGoldLine struct {
	ID   *string  `json:"id"`
	Text string   `json:"text"`
	Gold *rawGold `json:"gold"`
}

type rawGold struct {
	Dyads []struct {
		Speaker string `json:"speaker_country"`
		Target  string `json:"target_country"`
		Stance  int    `json:"stance"`
	} `json:"dyads"`
	Judge *struct {
		Pairs json.RawMessage `json:"pairs"`
		Signs *[]int          `json:"signs"`
	} `json:"judge"`
	Attributions []struct {
		Speaker string `json:"speaker"`
		Start   *int   `json:"start"`
		End     *int   `json:"end"`
	} `json:"attributions"`
}

// parseGoldLine parses one non-blank line. On error it returns the 1-based
// byte column when the JSON decoder knows it, 0 otherwise.
func parseGoldLine(b []byte) (GoldDoc, int, error) {
	if !utf8.Valid(b) {
		return GoldDoc{}, 0, fmt.Errorf("invalid UTF-8: %w", ErrMalformed)
	}
	var raw rawGoldLine
	if err := json.Unmarshal(b, &raw); err != nil {
		var syn *json.SyntaxError
		var typ *json.UnmarshalTypeError
		switch {
		case errors.As(err, &syn):
			return GoldDoc{}, int(syn.Offset), fmt.Errorf("%v: %w", err, ErrMalformed)
		case errors.As(err, &typ):
			// Offset is the end of the offending value.
			where := "the line"
			if typ.Field != "" {
				where = typ.Field
			}
			return GoldDoc{}, int(typ.Offset), fmt.Errorf("%s: got %s, want %s: %w", where, typ.Value, jsonKind(typ.Type), ErrMalformed)
		}
		return GoldDoc{}, 0, fmt.Errorf("%v: %w", err, ErrMalformed)
	}
	doc, err := validateGold(raw)
	return doc, 0, err
}

// jsonKind names the JSON value a Go type decodes.
func jsonKind(t reflect.Type) string {
	if t == nil {
		return "another value"
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.Int, reflect.Int64:
		return "an integer"
	case reflect.String:
		return "a string"
	case reflect.Slice:
		if t == reflect.TypeFor[json.RawMessage]() {
			return "another value"
		}
		return "a list"
	case reflect.Struct, reflect.Map:
		return "an object"
	}
	return "another value"
}

func invalid(format string, args ...any) error {
	return fmt.Errorf(format+": %w", append(args, ErrInvalid)...)
}

func validateGold(raw rawGoldLine) (GoldDoc, error) {
	if raw.ID == nil || *raw.ID == "" {
		return GoldDoc{}, invalid(`missing "id"`)
	}
	if raw.Gold == nil {
		return GoldDoc{}, invalid(`missing "gold"`)
	}
	doc := GoldDoc{ID: *raw.ID, Text: raw.Text}
	g := raw.Gold
	for i, d := range g.Dyads {
		if !isCountryCode(d.Speaker) {
			return GoldDoc{}, invalid("gold.dyads[%d]: speaker_country %q is not an alpha-3 code", i, d.Speaker)
		}
		if !isCountryCode(d.Target) {
			return GoldDoc{}, invalid("gold.dyads[%d]: target_country %q is not an alpha-3 code", i, d.Target)
		}
		if d.Speaker == d.Target {
			return GoldDoc{}, invalid("gold.dyads[%d]: self-stance %s→%s", i, d.Speaker, d.Target)
		}
		if d.Stance != 1 && d.Stance != -1 {
			return GoldDoc{}, invalid("gold.dyads[%d]: stance %d, want -1 or 1", i, d.Stance)
		}
		doc.Dyads = append(doc.Dyads, Dyad{Speaker: d.Speaker, Target: d.Target, Stance: d.Stance})
	}
	slices.SortFunc(doc.Dyads, compareDyads)
	doc.Dyads = slices.Compact(doc.Dyads)

	if g.Judge == nil {
		return GoldDoc{}, invalid(`missing "gold.judge"`)
	}
	judge, err := parsePairs(g.Judge.Pairs)
	if err != nil {
		return GoldDoc{}, err
	}
	if g.Judge.Signs == nil {
		return GoldDoc{}, invalid(`missing "gold.judge.signs"`)
	}
	for i, s := range *g.Judge.Signs {
		if s != 1 && s != -1 {
			return GoldDoc{}, invalid("gold.judge.signs[%d]: %d, want -1 or 1", i, s)
		}
		judge.Signs = append(judge.Signs, s)
	}
	slices.Sort(judge.Signs)
	judge.Signs = slices.Compact(judge.Signs)
	doc.Judge = judge

	for i, a := range g.Attributions {
		if a.Start == nil || a.End == nil {
			return GoldDoc{}, invalid("gold.attributions[%d]: missing start or end", i)
		}
		start, end := *a.Start, *a.End
		if start < 0 || end < start || end > len(doc.Text) {
			return GoldDoc{}, invalid("gold.attributions[%d]: span [%d,%d) is not within the text (%d bytes)", i, start, end, len(doc.Text))
		}
		doc.Attributions = append(doc.Attributions, Attribution{Speaker: a.Speaker, Start: start, End: end})
	}
	return doc, nil
}

// parsePairs parses judge.pairs: "all" or a list of two-country lists.
func parsePairs(msg json.RawMessage) (Judge, error) {
	if len(msg) == 0 || bytes.Equal(msg, []byte("null")) {
		return Judge{}, invalid(`missing "gold.judge.pairs"`)
	}
	var all string
	if json.Unmarshal(msg, &all) == nil {
		if all != "all" {
			return Judge{}, invalid(`gold.judge.pairs: %q, want "all" or a list of pairs`, all)
		}
		return Judge{AllPairs: true}, nil
	}
	var list [][]string
	if err := json.Unmarshal(msg, &list); err != nil || list == nil {
		return Judge{}, invalid(`gold.judge.pairs: want "all" or a list of pairs`)
	}
	j := Judge{Pairs: make([][2]string, 0, len(list))}
	for i, p := range list {
		if len(p) != 2 {
			return Judge{}, invalid("gold.judge.pairs[%d]: %d countries, want 2", i, len(p))
		}
		a, b := p[0], p[1]
		if !isCountryCode(a) || !isCountryCode(b) {
			return Judge{}, invalid("gold.judge.pairs[%d]: %q is not a pair of alpha-3 codes", i, p)
		}
		if a == b {
			return Judge{}, invalid("gold.judge.pairs[%d]: %s paired with itself", i, a)
		}
		if b < a {
			a, b = b, a
		}
		j.Pairs = append(j.Pairs, [2]string{a, b})
	}
	slices.SortFunc(j.Pairs, func(x, y [2]string) int {
		return cmp.Or(cmp.Compare(x[0], y[0]), cmp.Compare(x[1], y[1]))
	})
	j.Pairs = slices.Compact(j.Pairs)
	return j, nil
}

// isCountryCode reports whether s looks like an ISO 3166-1 alpha-3 code.
func isCountryCode(s string) bool {
	if len(s) != 3 {
		return false
	}
	for i := range len(s) {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}
