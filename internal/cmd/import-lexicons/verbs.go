package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/stance-project/stance/lexicons"
)

// The CAMEO verb dictionary imported, and where it comes from.
const (
	verbSource = "petrarch/CAMEO.verbpatterns.150430.txt.gz"
	verbOrigin = "PETRARCH's CAMEO verb patterns of 30 April 2015,\n# openeventdata/UniversalPetrarch @ 067552d83956,\n# UniversalPetrarch/data/dictionaries/CAMEO.verbpatterns.150430.txt"
)

// importVerbs imports PETRARCH's CAMEO verb-pattern dictionary into
// cameo.tsv: its synonym sets, each verb with its forms, block, code,
// weight, class and attach, and each pattern with its frame. Weights come
// from the Goldstein scale (goldstein.tsv) by cameoWeight. The irregular
// verbs of irregular.tsv in the output folder inflect verbs the dictionary
// gives no forms for.
func importVerbs(src, out string) ([]output, error) {
	gold, err := readGoldstein(filepath.Join(src, "goldstein.tsv"))
	if err != nil {
		return nil, err
	}
	irr, err := readIrregular(os.DirFS(out))
	if err != nil {
		return nil, err
	}
	raw, err := readGzip(filepath.Join(src, verbSource))
	if err != nil {
		return nil, err
	}
	d, err := parseVerbDict(raw, irr)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", verbSource, err)
	}
	if d.common, err = readVerbCounts(filepath.Join(src, "..", "corpora", "ud-english-ewt")); err != nil {
		return nil, err
	}
	return []output{{name: lexicons.EventsFile, data: d.write(gold), rows: d.rows()}}, nil
}

// Thresholds of a verb that is an event alone (see alone).
const (
	// minAgreement is the least share of its block's coded patterns whose
	// CAMEO root is the verb's own code's.
	minAgreement = 0.4
	// maxCommon is the most times the verb's lemma may stand as a VERB in
	// UD English-EWT (general web English, 254,000 words).
	maxCommon = 100
)

// ewtFiles are the treebank's files counted for maxCommon.
var ewtFiles = []string{"en_ewt-ud-train.conllu.gz", "en_ewt-ud-dev.conllu.gz", "en_ewt-ud-test.conllu.gz"}

// readVerbCounts counts the lemmas of the words tagged VERB in the UD
// English-EWT treebank in dir.
func readVerbCounts(dir string) (map[string]int, error) {
	counts := map[string]int{}
	for _, name := range ewtFiles {
		raw, err := readGzip(filepath.Join(dir, name))
		if err != nil {
			return nil, err
		}
		for _, l := range strings.Split(string(raw), "\n") {
			cols := strings.Split(l, "\t")
			if len(cols) > 3 && cols[3] == "VERB" {
				counts[strings.ToLower(cols[2])]++
			}
		}
	}
	return counts, nil
}

// alone reports whether a verb of a block with the given code is an event
// by itself, or only in one of the block's patterns. PETRARCH codes a verb
// only with its source and target in their places; stance matches words,
// so a verb whose block default is unreliable counts only where a pattern
// says what it means: a verb of a block whose coded patterns mostly have
// another root than its code (GRANT, 060, holds "give", whose patterns
// code aid, ceasefires, speeches ...: the block spans many kinds of event),
// and a verb among the most common of general English (take, give, come,
// send, need, call).
func (d *verbDict) alone(bl block, v verbEntry, code string) bool {
	if code == "" || d.common[firstWord(v.lemma)] >= maxCommon {
		return false
	}
	same, coded := 0, 0
	for _, p := range bl.patterns {
		if p.code != "" {
			coded++
			if p.code[:2] == code[:2] {
				same++
			}
		}
	}
	return coded == 0 || float64(same)/float64(coded) >= minAgreement
}

// verbDict is the dictionary as read.
type verbDict struct {
	synsets []synset
	blocks  []block
	// Counts for the header: patterns dropped because their notation is
	// beyond what stance matches, and verb lines without a word.
	droppedPatterns int
	droppedVerbs    int
	// common counts the lemmas tagged VERB in UD English-EWT (see alone).
	common map[string]int
}

type synset struct {
	name  string
	words []string
}

type block struct {
	name, code string
	verbs      []verbEntry
	patterns   []patternEntry
}

type verbEntry struct {
	lemma string
	forms []string
	code  string // the verb's own code, "" for the block's
}

type patternEntry struct {
	text, code string
}

var (
	blockRe   = regexp.MustCompile(`^---\s*(\S+)\s*\[([^\]]*)\]\s*---`)
	codeRe    = regexp.MustCompile(`\[([0-9:]+|---)\]`)
	patternRe = regexp.MustCompile(`^-\s+(.*?)\s*\[([0-9:]+|---)\]`)
)

// parseVerbDict reads the dictionary's two sections: synonym sets
// ("&CEASEFIRE" then "+TRUCE" lines) and verb blocks ("--- ACCUSE [112]
// ---", verb lines, "- pattern [code]" lines).
func parseVerbDict(raw []byte, irr lexicons.Irregular) (*verbDict, error) {
	d := &verbDict{}
	sc := bufio.NewScanner(bytes.NewReader(raw))
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	inVerbs := false
	var cur *block
	var set *synset
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r \t")
		if strings.Contains(text, "VERB PATTERNS") && strings.HasPrefix(text, "#") {
			inVerbs, set = true, nil
			continue
		}
		if strings.HasPrefix(text, "#") {
			continue
		}
		if i := strings.Index(text, "#"); i >= 0 {
			text = strings.TrimSpace(text[:i])
		}
		if text == "" {
			set = nil
			continue
		}
		if !inVerbs {
			switch {
			case strings.HasPrefix(text, "&"):
				d.synsets = append(d.synsets, synset{name: strings.ToLower(strings.TrimSuffix(text, "_"))})
				set = &d.synsets[len(d.synsets)-1]
			case strings.HasPrefix(text, "+") && set != nil:
				if w := phrase(text[1:]); w != "" {
					set.words = append(set.words, w)
				}
			}
			continue
		}
		if m := blockRe.FindStringSubmatch(text); m != nil {
			d.blocks = append(d.blocks, block{name: m[1], code: firstCode(m[2])})
			cur = &d.blocks[len(d.blocks)-1]
			continue
		}
		if cur == nil {
			return nil, fmt.Errorf("line %d: %q before the first verb block", line, text)
		}
		if strings.HasPrefix(text, "-") {
			m := patternRe.FindStringSubmatch(text)
			if m == nil {
				d.droppedPatterns++
				continue
			}
			p := strings.ToLower(strings.Join(strings.Fields(m[1]), " "))
			if _, _, err := lexicons.ParsePattern(p); err != nil {
				d.droppedPatterns++
				continue
			}
			cur.patterns = append(cur.patterns, patternEntry{text: p, code: firstCode(m[2])})
			continue
		}
		v, ok := parseVerbLine(text, irr)
		if !ok {
			d.droppedVerbs++
			continue
		}
		cur.verbs = append(cur.verbs, v)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return d, nil
}

// parseVerbLine reads "EXPEL {EXPELS EXPELLING EXPELLED }", "+KICK_OUT",
// "EXPRESS [0110]".
func parseVerbLine(text string, irr lexicons.Irregular) (verbEntry, bool) {
	var v verbEntry
	if m := codeRe.FindStringSubmatch(text); m != nil {
		v.code = firstCode(m[1])
		if v.code == "" {
			v.code = "---"
		}
		text = strings.TrimSpace(codeRe.ReplaceAllString(text, ""))
	}
	var listed []string
	if i := strings.Index(text, "{"); i >= 0 {
		j := strings.Index(text, "}")
		if j < i {
			return v, false
		}
		for _, f := range strings.Fields(text[i+1 : j]) {
			if p := phrase(strings.TrimPrefix(f, "+")); p != "" {
				listed = append(listed, p)
			}
		}
		text = strings.TrimSpace(text[:i])
	}
	v.lemma = phrase(strings.TrimPrefix(text, "+"))
	if v.lemma == "" || strings.ContainsAny(v.lemma, "{}[]&*$%^") {
		return v, false
	}
	if len(listed) > 0 {
		// The dictionary's own forms, with the -s and -ing forms the
		// regular rules give when it lists none of that kind.
		v.forms = append([]string{v.lemma}, listed...)
		reg := lexicons.VerbForms(v.lemma, lexicons.Irregular{firstWord(v.lemma): nil})
		if !slices.ContainsFunc(listed, func(f string) bool { return strings.HasSuffix(firstWord(f), "s") }) {
			v.forms = append(v.forms, thirdOf(reg, v.lemma))
		}
		if !slices.ContainsFunc(listed, func(f string) bool { return strings.HasSuffix(firstWord(f), "ing") }) {
			for _, f := range reg {
				if strings.HasSuffix(firstWord(f), "ing") {
					v.forms = append(v.forms, f)
				}
			}
		}
	} else {
		v.forms = lexicons.VerbForms(v.lemma, irr)
	}
	slices.Sort(v.forms)
	v.forms = slices.Compact(v.forms)
	return v, true
}

// thirdOf picks the third person singular out of regular forms.
func thirdOf(forms []string, lemma string) string {
	head := firstWord(lemma)
	for _, f := range forms {
		if h := firstWord(f); h != head && strings.HasSuffix(h, "s") && !strings.HasSuffix(h, "ss") {
			return f
		}
	}
	return lemma
}

func firstWord(s string) string {
	w, _, _ := strings.Cut(s, " ")
	return w
}

// phrase turns the dictionary's "KICK_OUT_" into "kick out".
func phrase(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.Trim(strings.ReplaceAll(s, "_", " "), " ")
	return strings.Join(strings.Fields(s), " ")
}

// firstCode returns the first code of "112", "042:043" or "---" ("" for
// "---").
func firstCode(s string) string {
	c, _, _ := strings.Cut(strings.TrimSpace(s), ":")
	if c == "---" {
		return ""
	}
	return c
}

func (d *verbDict) rows() int {
	n := len(d.synsets)
	for _, b := range d.blocks {
		n += len(b.verbs) + len(b.patterns)
	}
	return n
}

// write renders cameo.tsv.
func (d *verbDict) write(gold map[string]float64) []byte {
	var b bytes.Buffer
	lemmas, coded, patterns, codedPatterns, framed := 0, map[string]bool{}, 0, 0, 0
	alone := 0
	for _, bl := range d.blocks {
		for _, v := range bl.verbs {
			lemmas++
			if d.alone(bl, v, verbCode(bl, v)) {
				alone++
			}
			if c := verbCode(bl, v); c != "" {
				coded[v.lemma] = true
			}
		}
		for _, p := range bl.patterns {
			patterns++
			if p.code != "" {
				codedPatterns++
				if strings.ContainsAny(p.text, "+") || hasWordAfterVerb(p.text) {
					framed++
				}
			}
		}
	}
	fmt.Fprintf(&b, `# stance event lexicon: CAMEO verbs and verb patterns
# version: cameo-150430.1
# source: %s;
# MIT licence (LICENSE-petrarch.txt beside this file). Goldstein (1992)
# weights per CAMEO code from goldstein.tsv of stance's lexicon sources.
# Generated by "go generate ./lexicons" (internal/cmd/import-lexicons); do not
# edit: write rows of ours in stance.tsv, which win over these.
# %d verb lines (%d lemmas with a CAMEO code), %d patterns (%d with a
# code, %d of them with an object or preposition frame), %d synonym sets;
# %d pattern lines and %d verb lines of the dictionary are left out
# because their notation is beyond what stance matches.
#
# Rows (tab-separated), by kind in the first column:
#   synset   &name   words separated by ";"
#   verb     lemma   forms (";")  block  code  weight  class  attach  use
#   pattern  block   pattern      code   weight class
# code is the CAMEO event code, "---" when the verb alone (or in that
# pattern) is no event: a verb with no code counts only in a pattern that
# has one. weight = Goldstein(code) / 10; for verbal conflict and support
# (CAMEO 051, 09-14), where the word states an attitude more than an act,
# twice that; capped at ±%.1f so that no imported word outweighs the
# strongest of ours. class is the PLOVER class of the code's root (01
# STATEMENT, 02 REQUEST, 03 COOPERATE, 04 CONSULT, 05 COOPERATE (051
# SUPPORT, 057 AGREE), 06 COOPERATE, 07 AID, 08 CONCEDE (087 RETREAT), 09
# ACCUSE, 10 REQUEST, 11 ACCUSE, 12 REJECT, 13 THREATEN, 14 PROTEST, 15
# MOBILIZE, 16 SANCTION, 17 COERCE, 18-20 ASSAULT). attach is "act" for
# material conflict (15-20), else "object" (see stance.tsv). use is
# "alone" for a verb that is an event by itself, "pattern" for one that is
# an event only in a pattern of its block that matches: a verb with no code,
# a verb of a block where fewer than %.0f%% of the coded patterns share the
# root of its code (the block spans many kinds of event: GRANT holds "give"),
# or a verb among the most common of general English (%d or more times a
# VERB in UD English-EWT: take, give, come, send). %d verb lines are alone.
# A pattern is CAMEO's notation, lowercased: "*" the verb, "+" the target,
# "$" the source, "%%" both, "&name" a synonym set, words joined by "_" side
# by side; a word matches itself and its forms, a word ending in "_" itself
# only.
`, verbOrigin, lemmas, len(coded), patterns, codedPatterns, framed, len(d.synsets), d.droppedPatterns, d.droppedVerbs, maxImported, minAgreement*100, maxCommon, alone)
	for _, s := range d.synsets {
		fmt.Fprintf(&b, "synset\t%s\t%s\n", s.name, strings.Join(s.words, ";"))
	}
	for _, bl := range d.blocks {
		for _, v := range bl.verbs {
			c := verbCode(bl, v)
			w, class, attach := cameoWeight(c, gold), ploverClass(c), attachOf(c)
			if c == "" {
				w, class = 0, "NONE"
			}
			use := "pattern"
			if d.alone(bl, v, c) {
				use = "alone"
			}
			fmt.Fprintf(&b, "verb\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", v.lemma, strings.Join(v.forms, ";"), bl.name, dash(c), fmtWeight(w), class, attach, use)
		}
		for _, p := range bl.patterns {
			w, class := cameoWeight(p.code, gold), ploverClass(p.code)
			if p.code == "" {
				w, class = 0, "NONE"
			}
			fmt.Fprintf(&b, "pattern\t%s\t%s\t%s\t%s\t%s\n", bl.name, p.text, dash(p.code), fmtWeight(w), class)
		}
	}
	return b.Bytes()
}

// hasWordAfterVerb reports whether a pattern has a word after its verb.
func hasWordAfterVerb(p string) bool {
	_, after, _ := lexicons.ParsePattern(p)
	return len(after) > 0
}

func verbCode(bl block, v verbEntry) string {
	switch v.code {
	case "":
		return bl.code
	case "---":
		return ""
	}
	return v.code
}

func dash(code string) string {
	if code == "" {
		return "---"
	}
	return code
}

func fmtWeight(w float64) string {
	s := strconv.FormatFloat(w, 'f', 3, 64)
	if s == "-0.000" {
		s = "0.000"
	}
	return s
}

// maxImported caps the weight of an imported row.
const maxImported = 0.6

// cameoWeight is Goldstein(code) / 10, doubled for verbal conflict and
// support (051, 09-14), capped at ±maxImported. A code the scale lacks
// takes its parent's weight (0110 → 011).
func cameoWeight(code string, gold map[string]float64) float64 {
	if code == "" {
		return 0
	}
	g, ok := 0.0, false
	for c := code; len(c) >= 2 && !ok; c = c[:len(c)-1] {
		g, ok = gold[c]
	}
	w := g / 10
	root := code[:2]
	if strings.HasPrefix(code, "051") || root >= "09" && root <= "14" {
		w *= 2
	}
	w = math.Max(-maxImported, math.Min(maxImported, w))
	return math.Round(w*1000) / 1000
}

// ploverClass maps a CAMEO code to its PLOVER class by root.
func ploverClass(code string) string {
	if len(code) < 2 {
		return "NONE"
	}
	switch {
	case strings.HasPrefix(code, "051"):
		return "SUPPORT"
	case strings.HasPrefix(code, "057"):
		return "AGREE"
	case strings.HasPrefix(code, "087"):
		return "RETREAT"
	}
	switch code[:2] {
	case "01":
		return "STATEMENT"
	case "02", "10":
		return "REQUEST"
	case "03", "05", "06":
		return "COOPERATE"
	case "04":
		return "CONSULT"
	case "07":
		return "AID"
	case "08":
		return "CONCEDE"
	case "09", "11":
		return "ACCUSE"
	case "12":
		return "REJECT"
	case "13":
		return "THREATEN"
	case "14":
		return "PROTEST"
	case "15":
		return "MOBILIZE"
	case "16":
		return "SANCTION"
	case "17":
		return "COERCE"
	}
	return "ASSAULT"
}

// attachOf is "act" for material conflict (15-20), else "object".
func attachOf(code string) string {
	if len(code) >= 2 && code[:2] >= "15" {
		return "act"
	}
	return "object"
}

// readGoldstein reads goldstein.tsv: code, weight.
func readGoldstein(path string) (map[string]float64, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	out := map[string]float64{}
	for i, l := range strings.Split(string(data), "\n") {
		if l == "" || strings.HasPrefix(l, "#") || strings.HasPrefix(l, "cameo_code") {
			continue
		}
		c, w, ok := strings.Cut(l, "\t")
		g, err := strconv.ParseFloat(strings.TrimSpace(w), 64)
		if !ok || err != nil || !(g >= -10 && g <= 10) { // NaN fails both
			return nil, fmt.Errorf("%s:%d: want code, weight (a number in [-10, 10], the Goldstein scale)", path, i+1)
		}
		out[c] = g
	}
	return out, nil
}

// readIrregular reads irregular.tsv from the output folder.
func readIrregular(dir fs.FS) (lexicons.Irregular, error) {
	s, err := lexicons.LoadIrregular(dir)
	if err != nil {
		return nil, err
	}
	return s, nil
}
