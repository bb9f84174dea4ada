package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// jsonl reads JSON Lines: one object a line. Blank lines are skipped; a bad
// line is reported as Malformed, a line longer than the record limit as
// TooLarge, and the read goes on with the next line.
func (rd *reader) jsonl(r *bufio.Reader) error {
	lr := lineReader{r: r, max: rd.max}
	for {
		if err := rd.ctx.Err(); err != nil {
			return err
		}
		line, tooLarge, err := lr.next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			if re, ok := errors.AsType[*readError](err); ok && re.line == 0 && lr.line > 0 {
				re.line = lr.line + 1
			}
			return err
		}
		if tooLarge {
			rd.problem(Problem{File: rd.name, Line: lr.line, Reason: TooLarge,
				Err: fmt.Errorf("line longer than %d bytes", rd.max)})
			continue
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		d, err := rd.jsonDocument(line, lr.line)
		if err != nil {
			rd.problem(Problem{File: rd.name, Line: lr.line, Reason: Malformed, Err: err})
			continue
		}
		if strings.TrimSpace(d.ID) == "" { // an ID of spaces is none (finish trims it)
			d.ID = fmt.Sprintf("%s:%d", rd.name, lr.line)
		}
		if err := rd.finish(d); err != nil {
			return err
		}
	}
}

// lineReader reads lines of at most max bytes with bounded memory: a longer
// line is skipped chunk by chunk, never held whole.
type lineReader struct {
	r    *bufio.Reader
	max  int
	buf  []byte
	line int // the physical line number of the last line returned, 1-based
}

// next returns the next line without its line end ("\n" or "\r\n"). The
// slice is valid until the next call. tooLarge reports a line longer than
// max, whose bytes are not returned. err is io.EOF after the last line.
func (lr *lineReader) next() (line []byte, tooLarge bool, err error) {
	chunk, err := lr.r.ReadSlice('\n')
	if err == nil { // the common case: the whole line is in the buffer
		lr.line++
		line = trimLineEnd(chunk)
		return line, len(line) > lr.max, nil
	}
	lr.buf = append(lr.buf[:0], chunk...)
	size := len(chunk)
	for err == bufio.ErrBufferFull {
		chunk, err = lr.r.ReadSlice('\n')
		size += len(chunk)
		switch {
		case tooLarge:
		case size > lr.max+2: // +2: the line end is not part of the line
			tooLarge = true
			lr.buf = nil // let a huge buffer go
		default:
			lr.buf = appendBounded(lr.buf, chunk, lr.max+2)
		}
	}
	switch {
	case err == io.EOF && size == 0:
		return nil, false, io.EOF
	case err != nil && err != io.EOF:
		return nil, false, err
	}
	lr.line++
	if tooLarge {
		return nil, true, nil
	}
	line = trimLineEnd(lr.buf)
	return line, len(line) > lr.max, nil
}

// appendBounded appends b to buf (len(buf)+len(b) <= limit), doubling its
// capacity when it grows, and growing it to limit at once when half of it
// would be passed: a record that approaches the limit costs about twice the
// limit in all, not the five times of append's gentler growth for large
// slices.
func appendBounded(buf, b []byte, limit int) []byte {
	if need := len(buf) + len(b); need > cap(buf) {
		size := max(2*cap(buf), need)
		if size > limit/2 {
			size = max(limit, need)
		}
		grown := make([]byte, len(buf), size)
		copy(grown, buf)
		buf = grown
	}
	return append(buf, b...)
}

func trimLineEnd(b []byte) []byte {
	b = bytes.TrimSuffix(b, []byte("\n"))
	return bytes.TrimSuffix(b, []byte("\r"))
}

// jsonDocument makes a document of one JSON object, taking the fields named
// by rd.fields. A string field is taken as is (invalid UTF-8 repaired and
// counted), a number by its literal text ("2020"), anything else as "".
// The ID is left empty when the object has none.
func (rd *reader) jsonDocument(raw []byte, line int) (Document, error) {
	trimmed := bytes.TrimLeft(raw, " \t\r\n")
	if len(trimmed) == 0 || trimmed[0] != '{' {
		return Document{}, errors.New("not a JSON object")
	}
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(trimmed, &obj); err != nil {
		return Document{}, fmt.Errorf("json: %w", err)
	}
	d := Document{File: rd.name, Line: line}
	get := func(key string) string {
		if key == "" {
			return ""
		}
		v, ok := obj[key]
		if !ok { // match ignoring case; the least such key, to be deterministic
			match := ""
			for k, kv := range obj {
				if strings.EqualFold(k, key) && (!ok || k < match) {
					v, ok, match = kv, true, k
				}
			}
		}
		if !ok || len(v) == 0 {
			return ""
		}
		switch c := v[0]; {
		case c == '"':
			s, n := unquote(v)
			d.Repaired += n
			return s
		case c == '-' || '0' <= c && c <= '9':
			return string(v)
		}
		return ""
	}
	f := rd.fields
	d.ID = get(f.ID)
	d.RawDate = get(f.Date)
	d.Title = get(f.Title)
	d.Text = get(f.Text)
	d.URL = get(f.URL)
	d.Source = get(f.Source)
	d.Speaker = get(f.Speaker)
	d.SpeakerCountry = get(f.SpeakerCountry)
	return d, nil
}

// unquote decodes a JSON string literal that encoding/json has already
// checked. Invalid UTF-8 is repaired as by repair, and counted; an escaped
// lone surrogate becomes U+FFFD, as in encoding/json.
func unquote(lit []byte) (string, int) {
	lit = bytes.Trim(lit, " \t\r\n")
	if len(lit) < 2 || lit[0] != '"' || lit[len(lit)-1] != '"' {
		return "", 0 // not reached: the literal was checked
	}
	lit = lit[1 : len(lit)-1]
	i := bytes.IndexByte(lit, '\\')
	if i < 0 {
		return repair(string(lit))
	}
	b := make([]byte, 0, len(lit))
	b = append(b, lit[:i]...)
	for i < len(lit) {
		c := lit[i]
		if c != '\\' {
			j := bytes.IndexByte(lit[i:], '\\')
			if j < 0 {
				j = len(lit) - i
			}
			b = append(b, lit[i:i+j]...)
			i += j
			continue
		}
		if i+1 >= len(lit) {
			break
		}
		switch e := lit[i+1]; e {
		case '"', '\\', '/':
			b = append(b, e)
		case 'b':
			b = append(b, '\b')
		case 'f':
			b = append(b, '\f')
		case 'n':
			b = append(b, '\n')
		case 'r':
			b = append(b, '\r')
		case 't':
			b = append(b, '\t')
		case 'u':
			r, ok := hex4(lit[i+2:])
			if !ok {
				return "", 0 // not reached: the literal was checked
			}
			i += 6
			if utf16.IsSurrogate(r) {
				if r2, ok := hex4(lit[min(i+2, len(lit)):]); ok && i+1 < len(lit) && lit[i] == '\\' && lit[i+1] == 'u' {
					if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
						i += 6
						b = utf8.AppendRune(b, dec)
						continue
					}
				}
				r = utf8.RuneError
			}
			b = utf8.AppendRune(b, r)
			continue
		}
		i += 2
	}
	return repair(string(b))
}

// hex4 decodes the 4 hexadecimal digits at the start of b.
func hex4(b []byte) (rune, bool) {
	if len(b) < 4 {
		return 0, false
	}
	var r rune
	for _, c := range b[:4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}
