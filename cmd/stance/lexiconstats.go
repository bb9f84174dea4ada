package main

import (
	"cmp"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/stance-project/stance/analysis"
	"github.com/stance-project/stance/lexicons"
)

// This file computes and prints "stance lexicon stats": what the loaded
// lexicons hold and, over a corpus, how often each stance term fired.
// Keep the output in sync with doc.go ("Lexicon check and stats").

// topTerms is how many terms the table of the most fired terms lists.
const topTerms = 30

// termRow is one row of a stance-term lexicon: the terms (forms) of
// lexicons.Set.Terms that share a source, a label and a code.
type termRow struct {
	Source, Label, Class, Code string
	Weight                     float64
	Forms                      int
	Firings                    int
}

// sourceOf returns a term's source, SourceOurs when it gives none.
func sourceOf(t lexicons.Term) string {
	if t.Source == "" {
		return lexicons.SourceOurs
	}
	return t.Source
}

// labelOf returns the name evidence gives a term: its label, or its words
// when it has none.
func labelOf(t lexicons.Term) string {
	if t.Label != "" {
		return t.Label
	}
	return strings.Join(t.Words, " ")
}

// rowKey identifies a term row.
type rowKey struct{ source, label, code string }

// termRows groups the terms of a set into rows, in the order of their
// first form.
func termRows(terms []lexicons.Term) []termRow {
	var rows []termRow
	index := map[rowKey]int{}
	for _, t := range terms {
		key := rowKey{sourceOf(t), labelOf(t), t.Code}
		i, ok := index[key]
		if !ok {
			i = len(rows)
			index[key] = i
			class := t.Class
			if class == "" {
				class = "-"
			}
			rows = append(rows, termRow{Source: key.source, Label: key.label, Class: class, Code: t.Code, Weight: t.Weight})
		}
		rows[i].Forms++
	}
	return rows
}

// sources returns the sources of rows: SourceOurs first, then the others
// sorted.
func sources(rows []termRow) []string {
	set := map[string]bool{lexicons.SourceOurs: true}
	for _, r := range rows {
		set[r.Source] = true
	}
	delete(set, lexicons.SourceOurs)
	return append([]string{lexicons.SourceOurs}, slices.Sorted(maps.Keys(set))...)
}

// lexiconFile is one lexicon file that was loaded.
type lexiconFile struct {
	Name, Version string
	Rows          int // data lines: not blank, not a "#" comment
}

// lexiconFiles lists the files of versions (each loaded file and its
// version), those of lexicons.FileNames first, in that order, then the
// others by name, with their data lines counted in user when it has the
// file, else in builtin.
func lexiconFiles(versions map[string]string, builtin, user fs.FS) ([]lexiconFile, error) {
	names := slices.DeleteFunc(slices.Clone(lexicons.FileNames()), func(n string) bool {
		_, ok := versions[n]
		return !ok
	})
	for _, n := range slices.Sorted(maps.Keys(versions)) {
		if !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	var files []lexiconFile
	for _, name := range names {
		fsys := builtin
		if user != nil {
			if _, err := fs.Stat(user, name); err == nil {
				fsys = user
			}
		}
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("count rows: %w", err)
		}
		n := 0
		for _, line := range strings.Split(string(data), "\n") {
			if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
				n++
			}
		}
		files = append(files, lexiconFile{Name: name, Version: versions[name], Rows: n})
	}
	return files, nil
}

// actorSource returns the file an actor row comes from.
func actorSource(a lexicons.Actor) string {
	if a.Source == lexicons.SourcePhoenix {
		return lexicons.ActorsPhoenixFile
	}
	return lexicons.ActorsFile
}

// writeLexiconTables writes the tables of what the lexicons hold: rows per
// file, stance-term rows per class and source, cue rows per kind, roles
// per class, actors per source and role.
func writeLexiconTables(w io.Writer, files []lexiconFile, set *lexicons.Set, actors []lexicons.Actor) error {
	var b strings.Builder

	b.WriteString("lexicon files\n")
	t := newTextTable("file", "version", ">rows")
	for _, f := range files {
		t.add(f.Name, f.Version, strconv.Itoa(f.Rows))
	}
	t.write(&b)

	rows := termRows(set.Terms)
	srcs := sources(rows)
	fmt.Fprintf(&b, "\nstance terms: rows by class and source (%d rows, %d forms)\n", len(rows), len(set.Terms))
	t = newTextTable(append(append([]string{"class"}, prefixAll(">", srcs)...), ">total")...)
	byClass := map[string]map[string]int{}
	perSource := map[string]int{}
	for _, r := range rows {
		if byClass[r.Class] == nil {
			byClass[r.Class] = map[string]int{}
		}
		byClass[r.Class][r.Source]++
		perSource[r.Source]++
	}
	for _, class := range slices.Sorted(maps.Keys(byClass)) {
		t.add(countRow(class, srcs, byClass[class])...)
	}
	t.add(countRow("total", srcs, perSource)...)
	t.write(&b)

	fmt.Fprintf(&b, "\ncues: rows by kind (%d forms)\n", len(set.Cues))
	t = newTextTable("kind", ">rows", ">forms")
	cueRows := map[string]map[string]bool{}
	cueForms := map[string]int{}
	for _, c := range set.Cues {
		kind := "say"
		switch {
		case c.Evaluative:
			kind = "evaluate"
		case c.Think:
			kind = "think"
		}
		label := c.Label
		if label == "" {
			label = strings.Join(c.Words, " ")
		}
		if cueRows[kind] == nil {
			cueRows[kind] = map[string]bool{}
		}
		cueRows[kind][label] = true
		cueForms[kind]++
	}
	total, totalForms := 0, 0
	for _, kind := range []string{"say", "think", "evaluate"} {
		t.add(kind, strconv.Itoa(len(cueRows[kind])), strconv.Itoa(cueForms[kind]))
		total += len(cueRows[kind])
		totalForms += cueForms[kind]
	}
	t.add("total", strconv.Itoa(total), strconv.Itoa(totalForms))
	t.write(&b)

	b.WriteString("\nroles: words by class\n")
	t = newTextTable("class", ">words")
	roles := map[string]int{}
	for _, class := range set.Roles {
		roles[class]++
	}
	for _, class := range []string{"title", "person", "group", "institution"} {
		t.add(class, strconv.Itoa(roles[class]))
	}
	t.add("total", strconv.Itoa(len(set.Roles)))
	t.write(&b)

	fmt.Fprintf(&b, "\nactors: rows by source and role (%d rows)\n", len(actors))
	t = newTextTable("source", "role", ">rows", ">dated", ">undated")
	type key struct{ source, role string }
	type dated struct{ yes, no int }
	byRole := map[key]dated{}
	var all dated
	for _, a := range actors {
		k := key{actorSource(a), a.Role}
		d := byRole[k]
		if a.From != "" || a.To != "" {
			d.yes++
			all.yes++
		} else {
			d.no++
			all.no++
		}
		byRole[k] = d
	}
	keys := slices.SortedFunc(maps.Keys(byRole), func(x, y key) int {
		return cmp.Or(cmp.Compare(x.source, y.source), cmp.Compare(x.role, y.role))
	})
	for _, k := range keys {
		d := byRole[k]
		t.add(k.source, k.role, strconv.Itoa(d.yes+d.no), strconv.Itoa(d.yes), strconv.Itoa(d.no))
	}
	t.add("total", "", strconv.Itoa(all.yes+all.no), strconv.Itoa(all.yes), strconv.Itoa(all.no))
	t.write(&b)

	_, err := io.WriteString(w, b.String())
	return err
}

func prefixAll(p string, xs []string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = p + x
	}
	return out
}

// countRow returns a table row: the label, the count of each source, the
// total.
func countRow(label string, srcs []string, counts map[string]int) []string {
	row := []string{label}
	total := 0
	for _, s := range srcs {
		row = append(row, strconv.Itoa(counts[s]))
		total += counts[s]
	}
	return append(row, strconv.Itoa(total))
}

// evidenceRE splits a stance's evidence entry, "label±w.ww rule [mod]"
// (analysis/score.go), at the first signed weight with two decimals that
// follows a non-empty label.
var evidenceRE = regexp.MustCompile(`^(.+?)([+-][0-9]+\.[0-9]{2})(?: (.*))?$`)

// sourceTagRE matches the tag the analysis puts after the label of an
// imported term, "accuse [CAMEO 112]", or after the form of an imported
// verb that a CAMEO pattern framed, "accused [CAMEO 112: * + of]".
var sourceTagRE = regexp.MustCompile(`^(.+?) \[([A-Za-z]+) ([^\]:]*)(?::[^\]]*)?\]$`)

// evidence is a parsed evidence entry.
type evidence struct {
	label        string // the term as its row writes it (or one of its forms), without a source tag
	source, code string // from a source tag ("cameo", "112"); "" without one
	rule         string // with any modifier: "forward negated"
}

// parseEvidence parses an evidence entry. It reports false when the entry
// has no weight.
func parseEvidence(e string) (evidence, bool) {
	m := evidenceRE.FindStringSubmatch(e)
	if m == nil {
		return evidence{}, false
	}
	ev := evidence{label: m[1], rule: m[3]}
	if t := sourceTagRE.FindStringSubmatch(ev.label); t != nil {
		ev.label, ev.source, ev.code = t[1], strings.ToLower(t[2]), t[3]
	}
	return ev, true
}

// firings counts, over a corpus, how often each stance-term row fired: a
// row fires once for each evidence entry of a stance that names it. An
// entry whose label carries a source tag ("accuse [CAMEO 112]") names the
// row of that source, label and code, else the first row of that source
// with that label, else the one with that form (a verb framed by a CAMEO
// pattern is named by its form and the pattern's code: "accused [CAMEO
// 112: * + of]"). An untagged label names the first row with that label in
// load order (rows of ours come first), else the first with that form. A
// "cue (object)" entry is an evaluative cue's, and so is a "cue" entry
// whose label is no row's.
//
// Evidence is text, so this depends on its format (analysis/score.go);
// OtherEntries counts what it cannot read, and should be 0.
type firings struct {
	Rows    []termRow
	byKey   map[rowKey]int    // (source, label, code) → row
	byLabel map[rowKey]int    // (source, label, "") and ("", label, "") → the first row with it
	byForm  map[[2]string]int // (source, form) and ("", form) → the first row with it

	Documents, Statements, Stances int
	Entries                        int // evidence entries
	TermEntries                    int // ... that name a term row
	CueEntries                     int // ... of an evaluative cue
	BlendEntries                   int // ... general_sentiment, with -blend
	OtherEntries                   int // ... that name nothing known
}

func newFirings(terms []lexicons.Term) *firings {
	f := &firings{Rows: termRows(terms), byKey: map[rowKey]int{}, byLabel: map[rowKey]int{}, byForm: map[[2]string]int{}}
	first := func(m map[rowKey]int, k rowKey, i int) {
		if _, dup := m[k]; !dup {
			m[k] = i
		}
	}
	for i, r := range f.Rows {
		f.byKey[rowKey{r.Source, r.Label, r.Code}] = i
		first(f.byLabel, rowKey{r.Source, r.Label, ""}, i)
		first(f.byLabel, rowKey{"", r.Label, ""}, i)
	}
	rowOf := make(map[rowKey]int, len(f.Rows))
	for i, r := range f.Rows {
		rowOf[rowKey{r.Source, r.Label, r.Code}] = i
	}
	for _, t := range terms {
		i := rowOf[rowKey{sourceOf(t), labelOf(t), t.Code}]
		form := strings.Join(t.Words, " ")
		for _, k := range [][2]string{{sourceOf(t), form}, {"", form}} {
			if _, dup := f.byForm[k]; !dup {
				f.byForm[k] = i
			}
		}
	}
	return f
}

// row returns the index of the row an evidence entry names.
func (f *firings) row(ev evidence) (int, bool) {
	if i, ok := f.byKey[rowKey{ev.source, ev.label, ev.code}]; ok && ev.source != "" {
		return i, true
	}
	if i, ok := f.byLabel[rowKey{ev.source, ev.label, ""}]; ok {
		return i, true
	}
	i, ok := f.byForm[[2]string{ev.source, ev.label}]
	return i, ok
}

// add counts the evidence of one document's stances.
func (f *firings) add(r *analysis.Result) {
	f.Documents++
	f.Statements += len(r.Statements)
	f.Stances += len(r.Stances)
	for _, s := range r.Stances {
		for _, e := range s.Evidence {
			f.Entries++
			ev, ok := parseEvidence(e)
			if !ok {
				f.OtherEntries++
				continue
			}
			i, term := f.row(ev)
			switch {
			case ev.label == "general_sentiment" && ev.rule == "blend":
				f.BlendEntries++
			case strings.HasPrefix(ev.rule, "cue (object)"):
				f.CueEntries++
			case term:
				f.TermEntries++
				f.Rows[i].Firings++
			case ev.rule == "cue" || strings.HasPrefix(ev.rule, "cue "):
				f.CueEntries++
			default:
				f.OtherEntries++
			}
		}
	}
}

// write writes the tables of firings: the evidence entries by kind, the
// rows that fired per source and class, the rows that never fired per
// source, and the most fired terms.
func (f *firings) write(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "\ncorpus: %d documents, %d statements, %d stances, %d evidence entries\n",
		f.Documents, f.Statements, f.Stances, f.Entries)
	fmt.Fprintf(&b, "evidence: %d of stance terms, %d of cues, %d of general_sentiment, %d unrecognised\n",
		f.TermEntries, f.CueEntries, f.BlendEntries, f.OtherEntries)

	type key struct{ source, class string }
	type count struct{ rows, fired, firings int }
	bySC := map[key]count{}
	bySource := map[string]count{}
	var all count
	add := func(c *count, r termRow) {
		c.rows++
		c.firings += r.Firings
		if r.Firings > 0 {
			c.fired++
		}
	}
	for _, r := range f.Rows {
		k := key{r.Source, r.Class}
		c, s := bySC[k], bySource[r.Source]
		add(&c, r)
		add(&s, r)
		add(&all, r)
		bySC[k], bySource[r.Source] = c, s
	}

	b.WriteString("\nstance terms fired: rows by source and class\n")
	t := newTextTable("source", "class", ">rows", ">fired", ">firings")
	srcs := sources(f.Rows)
	keys := slices.SortedFunc(maps.Keys(bySC), func(x, y key) int {
		return cmp.Or(cmp.Compare(slices.Index(srcs, x.source), slices.Index(srcs, y.source)), cmp.Compare(x.class, y.class))
	})
	for _, k := range keys {
		c := bySC[k]
		t.add(k.source, k.class, strconv.Itoa(c.rows), strconv.Itoa(c.fired), strconv.Itoa(c.firings))
	}
	t.write(&b)

	b.WriteString("\nstance terms that never fired: rows by source\n")
	t = newTextTable("source", ">rows", ">fired", ">never fired", ">firings")
	for _, s := range srcs {
		c := bySource[s]
		t.add(s, strconv.Itoa(c.rows), strconv.Itoa(c.fired), strconv.Itoa(c.rows-c.fired), strconv.Itoa(c.firings))
	}
	t.add("total", strconv.Itoa(all.rows), strconv.Itoa(all.fired), strconv.Itoa(all.rows-all.fired), strconv.Itoa(all.firings))
	t.write(&b)

	top := slices.Clone(f.Rows)
	top = slices.DeleteFunc(top, func(r termRow) bool { return r.Firings == 0 })
	slices.SortStableFunc(top, func(x, y termRow) int {
		return cmp.Or(cmp.Compare(y.Firings, x.Firings), cmp.Compare(x.Source, y.Source), cmp.Compare(x.Label, y.Label))
	})
	fmt.Fprintf(&b, "\ntop %d stance terms by firings (of %d that fired)\n", min(topTerms, len(top)), len(top))
	t = newTextTable(">rank", ">firings", "source", "class", "code", ">weight", "term")
	for i, r := range top[:min(topTerms, len(top))] {
		t.add(strconv.Itoa(i+1), strconv.Itoa(r.Firings), r.Source, r.Class, dash(r.Code), fmt.Sprintf("%+.2f", r.Weight), r.Label)
	}
	t.write(&b)

	_, err := io.WriteString(w, b.String())
	return err
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// writeTSV writes every stance-term row with its firings, in load order:
// a header, then source, class, code, term, weight, forms, firings.
func (f *firings) writeTSV(w io.Writer) error {
	var b strings.Builder
	b.WriteString("source\tclass\tcode\tterm\tweight\tforms\tfirings\n")
	for _, r := range f.Rows {
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%.2f\t%d\t%d\n", tsvCell(r.Source), tsvCell(r.Class), tsvCell(r.Code), tsvCell(r.Label), r.Weight, r.Forms, r.Firings)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// tsvCell replaces the tabs and line breaks of a cell by spaces.
func tsvCell(s string) string {
	return strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(s)
}

// textTable is a plain-text table with columns padded to their widest
// cell; a header that starts with ">" marks a right-aligned column.
type textTable struct {
	header []string
	right  []bool
	rows   [][]string
}

func newTextTable(header ...string) *textTable {
	t := &textTable{}
	for _, h := range header {
		r := strings.HasPrefix(h, ">")
		t.header = append(t.header, strings.TrimPrefix(h, ">"))
		t.right = append(t.right, r)
	}
	return t
}

func (t *textTable) add(cells ...string) { t.rows = append(t.rows, cells) }

func (t *textTable) write(b *strings.Builder) {
	width := make([]int, len(t.header))
	for _, row := range append([][]string{t.header}, t.rows...) {
		for i, c := range row {
			width[i] = max(width[i], len([]rune(c)))
		}
	}
	for _, row := range append([][]string{t.header}, t.rows...) {
		var line strings.Builder
		for i, c := range row {
			if i > 0 {
				line.WriteString("  ")
			}
			pad := strings.Repeat(" ", width[i]-len([]rune(c)))
			if t.right[i] {
				line.WriteString(pad + c)
			} else {
				line.WriteString(c + pad)
			}
		}
		b.WriteString(strings.TrimRight(line.String(), " ") + "\n")
	}
}
