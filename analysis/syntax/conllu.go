package syntax

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// Word is one syntactic word of a sentence: what a CoNLL-U line holds, and
// what the parser gives for each word of its input.
type Word struct {
	Form  string
	Lemma string
	UPOS  UPOS
	XPOS  XPOS
	Feats string // morphological features as written in CoNLL-U; the parser leaves them empty
	Head  int    // index of the head word in the sentence; -1 for the root
	Rel   Rel
	Misc  string // CoNLL-U MISC, without SpaceAfter (the parser leaves it empty)
	// Start and End are the word's byte offsets in the text it was parsed
	// from, Token the index of the input token it belongs to (several
	// words may share one: "Iran's" is "Iran" and "'s"). Words read from
	// CoNLL-U have offsets into the sentence's text when it has one and
	// Token -1.
	Start, End int
	Token      int
	SpaceAfter bool
}

// Multiword is a CoNLL-U multiword token: the surface form of words
// First…Last (0-based, inclusive), such as "don't" for "do" and "n't".
type Multiword struct {
	First, Last int
	Form        string
}

// Sentence is a sentence of a treebank, or a parsed one.
type Sentence struct {
	ID        string // the sent_id comment
	Text      string // the text comment
	Words     []Word
	Multiword []Multiword
	Line      int // line of the sentence's first line in its file (1-based)
}

// ErrSyntax is wrapped by every [ParseError] of a CoNLL-U file.
var ErrSyntax = errors.New("bad conll-u")

// ParseError is a problem of a CoNLL-U file, with its place.
type ParseError struct {
	File string
	Line int
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err) }

func (e *ParseError) Unwrap() error { return e.Err }

// Limits of the CoNLL-U reader: a line longer than MaxLineBytes or a
// sentence of more than MaxWords words is an error, not a memory blow-up.
const (
	MaxLineBytes = 1 << 20
	MaxWords     = 5000
)

// Reader reads sentences from a CoNLL-U file.
type Reader struct {
	sc    *bufio.Scanner
	file  string
	line  int
	done  bool
	lines []int // line of each word of the sentence being read
	noSp  int   // word that ends a multiword token with SpaceAfter=No (-1: none)
}

// NewReader returns a reader of r; name is the file name errors give.
func NewReader(r io.Reader, name string) *Reader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), MaxLineBytes)
	return &Reader{sc: sc, file: name}
}

func (r *Reader) errorf(format string, args ...any) error {
	return &ParseError{File: r.file, Line: r.line, Err: fmt.Errorf("%w: "+format, append([]any{ErrSyntax}, args...)...)}
}

// Next returns the next sentence, or io.EOF after the last one.
func (r *Reader) Next() (*Sentence, error) {
	if r.done {
		return nil, io.EOF
	}
	var s *Sentence
	for r.sc.Scan() {
		r.line++
		line := strings.TrimSuffix(r.sc.Text(), "\r")
		if s == nil {
			if strings.TrimSpace(line) == "" {
				continue
			}
			s = &Sentence{Line: r.line}
			r.lines = r.lines[:0]
			r.noSp = -1
		}
		if strings.TrimSpace(line) == "" {
			return r.finish(s)
		}
		if line[0] == '#' {
			key, value, ok := strings.Cut(strings.TrimSpace(line[1:]), "=")
			if ok {
				switch strings.TrimSpace(key) {
				case "sent_id":
					s.ID = strings.TrimSpace(value)
				case "text":
					s.Text = strings.TrimSpace(value)
				}
			}
			continue
		}
		if err := r.word(s, line); err != nil {
			return nil, err
		}
	}
	r.done = true
	if err := r.sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			r.line++
			return nil, r.errorf("line longer than %d bytes", MaxLineBytes)
		}
		return nil, fmt.Errorf("%s: %w", r.file, err)
	}
	if s == nil {
		return nil, io.EOF
	}
	return r.finish(s)
}

// word reads one word, multiword or empty-node line into s.
func (r *Reader) word(s *Sentence, line string) error {
	f := strings.Split(line, "\t")
	if len(f) != 10 {
		return r.errorf("%d fields, want 10", len(f))
	}
	for i, x := range f {
		if x == "" && i == 1 {
			return r.errorf("empty form")
		}
		if x == "" {
			return r.errorf("column %d is empty (write _ for none)", i+1)
		}
		if strings.ContainsRune(x, '\r') {
			return r.errorf("column %d holds a carriage return", i+1)
		}
	}
	id := f[0]
	if strings.Contains(id, ".") {
		return nil // an empty node of the enhanced graph
	}
	if first, last, ok := strings.Cut(id, "-"); ok {
		a, err1 := strconv.Atoi(first)
		b, err2 := strconv.Atoi(last)
		if err1 != nil || err2 != nil || a != len(s.Words)+1 || b < a || b-a > 16 {
			return r.errorf("bad multiword range %q", id)
		}
		if n := len(s.Multiword); n > 0 && s.Multiword[n-1].Last >= a-1 {
			return r.errorf("multiword range %q overlaps the one before", id)
		}
		s.Multiword = append(s.Multiword, Multiword{First: a - 1, Last: b - 1, Form: f[1]})
		if slices.Contains(strings.Split(f[9], "|"), "SpaceAfter=No") {
			r.noSp = b - 1
		}
		return nil
	}
	n, err := strconv.Atoi(id)
	if err != nil || n != len(s.Words)+1 {
		return r.errorf("word id %q, want %d", id, len(s.Words)+1)
	}
	if len(s.Words) >= MaxWords {
		return r.errorf("sentence longer than %d words", MaxWords)
	}
	if f[1] == "" {
		return r.errorf("empty form")
	}
	w := Word{Form: f[1], Lemma: f[2], Feats: f[5], Token: -1, SpaceAfter: true, Start: -1, End: -1}
	var ok bool
	if w.UPOS, ok = ParseUPOS(f[3]); !ok {
		return r.errorf("unknown UPOS %q", f[3])
	}
	if w.XPOS, ok = ParseXPOS(f[4]); !ok {
		return r.errorf("unknown XPOS %q", f[4])
	}
	head, err := strconv.Atoi(f[6])
	if err != nil || head < 0 {
		return r.errorf("bad head %q", f[6])
	}
	w.Head = head - 1
	if w.Rel, ok = ParseRel(f[7]); !ok {
		return r.errorf("unknown relation %q", f[7])
	}
	var misc []string
	for _, m := range strings.Split(f[9], "|") {
		switch m {
		case "SpaceAfter=No":
			w.SpaceAfter = false
		case "_", "":
		default:
			misc = append(misc, m)
		}
	}
	w.Misc = strings.Join(misc, "|")
	if r.noSp == len(s.Words) {
		w.SpaceAfter = false
	}
	if n := len(s.Multiword); n > 0 && s.Multiword[n-1].First <= len(s.Words) && len(s.Words) < s.Multiword[n-1].Last {
		w.SpaceAfter = false // the words of a multiword token are written together
	}
	s.Words = append(s.Words, w)
	r.lines = append(r.lines, r.line)
	return nil
}

// finish checks the heads of s: each within the sentence, and no cycle.
func (r *Reader) finish(s *Sentence) (*Sentence, error) {
	if len(s.Words) == 0 {
		return nil, &ParseError{File: r.file, Line: s.Line, Err: fmt.Errorf("%w: sentence without words", ErrSyntax)}
	}
	for _, m := range s.Multiword {
		if m.Last >= len(s.Words) {
			return nil, &ParseError{File: r.file, Line: s.Line, Err: fmt.Errorf("%w: multiword %d-%d beyond the last word", ErrSyntax, m.First+1, m.Last+1)}
		}
	}
	for i, w := range s.Words {
		if w.Head >= len(s.Words) || w.Head == i {
			return nil, &ParseError{File: r.file, Line: r.lines[i], Err: fmt.Errorf("%w: word %d: head %d", ErrSyntax, i+1, w.Head+1)}
		}
	}
	if i := cycle(s.Words); i >= 0 {
		return nil, &ParseError{File: r.file, Line: r.lines[i], Err: fmt.Errorf("%w: word %d is in a cycle of heads", ErrSyntax, i+1)}
	}
	setOffsets(s)
	return s, nil
}

// cycle returns a word on a cycle of heads, or -1.
func cycle(words []Word) int {
	state := make([]uint8, len(words)) // 0 unseen, 1 on the current path, 2 reaches the root
	for i := range words {
		j := i
		for j >= 0 && state[j] == 0 {
			state[j] = 1
			j = words[j].Head
		}
		if j >= 0 && state[j] == 1 {
			return j
		}
		for k := i; k >= 0 && state[k] == 1; k = words[k].Head {
			state[k] = 2
		}
	}
	return -1
}

// setOffsets gives the words of s offsets into s.Text when the text is the
// words' forms with their spaces; otherwise into the forms joined as
// SpaceAfter says.
func setOffsets(s *Sentence) {
	pos := 0
	text := s.Text
	for i := range s.Words {
		w := &s.Words[i]
		if text != "" {
			for pos < len(text) && text[pos] == ' ' {
				pos++
			}
			if strings.HasPrefix(text[pos:], w.Form) {
				w.Start, w.End = pos, pos+len(w.Form)
				pos += len(w.Form)
				continue
			}
			// The text does not match the words (multiword surface forms
			// such as "dont"): offsets are into the words joined.
			text = ""
			pos = 0
			for j := range s.Words[:i] {
				pos = s.Words[j].End
				if s.Words[j].SpaceAfter {
					pos++
				}
			}
		}
		w.Start, w.End = pos, pos+len(w.Form)
		pos = w.End
		if w.SpaceAfter {
			pos++
		}
	}
}

// ReadAll reads every sentence of a CoNLL-U file.
func ReadAll(r io.Reader, name string) ([]Sentence, error) {
	rd := NewReader(r, name)
	var out []Sentence
	for {
		s, err := rd.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, *s)
	}
}

// Write writes s in CoNLL-U: its comments, multiword tokens, and one line
// per word, with SpaceAfter=No where no space follows (on the multiword
// token's line for its words).
func Write(w io.Writer, s *Sentence) error {
	bw := bufio.NewWriter(w)
	if s.ID != "" {
		fmt.Fprintf(bw, "# sent_id = %s\n", oneLine(s.ID))
	}
	if s.Text != "" {
		fmt.Fprintf(bw, "# text = %s\n", oneLine(s.Text))
	}
	mw := 0
	inside := -1 // last word of the multiword token being written
	for i, w := range s.Words {
		for mw < len(s.Multiword) && s.Multiword[mw].First < i {
			mw++
		}
		if mw < len(s.Multiword) && s.Multiword[mw].First == i {
			m := s.Multiword[mw]
			misc := "_"
			if m.Last < len(s.Words) && !s.Words[m.Last].SpaceAfter {
				misc = "SpaceAfter=No"
			}
			fmt.Fprintf(bw, "%d-%d\t%s\t_\t_\t_\t_\t_\t_\t_\t%s\n", m.First+1, m.Last+1, field(m.Form), misc)
			inside = m.Last
		}
		misc := w.Misc
		if !w.SpaceAfter && i > inside {
			if misc == "" {
				misc = "SpaceAfter=No"
			} else {
				misc = "SpaceAfter=No|" + misc
			}
		}
		fmt.Fprintf(bw, "%d\t%s\t%s\t%s\t%s\t%s\t%d\t%s\t_\t%s\n", i+1, field(w.Form), field(w.Lemma),
			w.UPOS, w.XPOS, field(w.Feats), w.Head+1, w.Rel, field(misc))
	}
	bw.WriteString("\n")
	return bw.Flush()
}

// field makes s safe for a CoNLL-U column: no tab, no line break, not empty.
func field(s string) string {
	if s == "" {
		return "_"
	}
	if strings.ContainsAny(s, "\t\n\r") {
		s = strings.Map(func(r rune) rune {
			if r == '\t' || r == '\n' || r == '\r' {
				return ' '
			}
			return r
		}, s)
	}
	return s
}

// oneLine keeps s on one line: line breaks and tabs become spaces.
func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\t' {
			return ' '
		}
		return r
	}, s)
}
