package corpus

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode"
)

// maxTitleLen is the longest first line taken as the title of a plain text
// that has no date line.
const maxTitleLen = 200

// text reads a plain-text article: the whole input is one document.
func (rd *reader) text(r io.Reader) error {
	data, err := io.ReadAll(io.LimitReader(r, int64(rd.max)+1))
	if err != nil {
		return err
	}
	if len(data) > rd.max {
		rd.problem(Problem{File: rd.name, Reason: TooLarge, Err: fmt.Errorf("file larger than %d bytes", rd.max)})
		return nil
	}
	if err := rd.ctx.Err(); err != nil {
		return err
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil // readStream reports the empty file
	}
	d := parseText(string(data))
	d.ID, d.File, d.Line = rd.name, rd.name, 1
	return rd.finish(d)
}

// parseText splits a plain-text article into date, title and body.
//
// The shape is: an optional date line (a first line that ParseDate
// accepts, such as "Nov 05, 2018 14:31 Asia/Tehran [Updated: …]"), then
// the title line (without a leading bullet "•", "-" or "*"), then the body.
// Without a date line, the first line is the title only when it is short
// (at most 200 bytes) and does not end with a full stop; otherwise all is
// body. Line ends are normalised to "\n", no-break spaces become spaces,
// trailing spaces are trimmed from lines and runs of blank lines become
// one, so that paragraphs stay separated by "\n\n".
func parseText(s string) Document {
	var d Document
	s, d.Repaired = repair(s)
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.Map(plainSpace, s)
	lines := strings.Split(s, "\n")
	i := nextNonBlank(lines, 0)
	if i < len(lines) {
		first := strings.TrimSpace(lines[i])
		if _, err := ParseDate(first); err == nil {
			d.RawDate = first
			i = nextNonBlank(lines, i+1)
			if i < len(lines) {
				d.Title = stripBullet(lines[i])
				i++
			}
		} else if t := stripBullet(first); len(t) <= maxTitleLen && !strings.HasSuffix(t, ".") {
			d.Title = t
			i++
		}
	}
	d.Text = body(lines[min(i, len(lines)):])
	return d
}

// plainSpace maps the no-break spaces (U+00A0, U+2007, U+202F) to a space.
func plainSpace(r rune) rune {
	switch r {
	case '\u00a0', '\u2007', '\u202f':
		return ' '
	}
	return r
}

func nextNonBlank(lines []string, i int) int {
	for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	return i
}

// stripBullet trims a title line and drops a leading bullet: "•" with or
// without a space after it, or "-" or "*" followed by a space.
func stripBullet(s string) string {
	s = strings.TrimSpace(s)
	switch {
	case strings.HasPrefix(s, "•"):
		s = s[len("•"):]
	case strings.HasPrefix(s, "- "), strings.HasPrefix(s, "* "), strings.HasPrefix(s, "-\t"), strings.HasPrefix(s, "*\t"):
		s = s[1:]
	}
	return strings.TrimSpace(s)
}

// body joins the body lines with their trailing spaces trimmed, blank lines
// at both ends dropped and runs of blank lines collapsed to one.
func body(lines []string) string {
	var b strings.Builder
	blank := false
	for _, line := range lines {
		line = strings.TrimRightFunc(line, unicode.IsSpace)
		if line == "" {
			blank = b.Len() > 0
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
			if blank {
				b.WriteByte('\n')
			}
		}
		b.WriteString(line)
		blank = false
	}
	return b.String()
}
