package corpus

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// json reads a JSON file: an array of objects, streamed one element at a
// time, or one object (or several, one after the other). Each element is
// framed by a small scanner that holds at most the record limit in memory,
// so that a bad element is reported as Malformed and a huge one as
// TooLarge, and the read goes on with the next element. A broken array
// structure (a missing comma, an unterminated element) stops the file.
func (rd *reader) json(r *bufio.Reader) error {
	s := jsonScanner{r: r, max: rd.max, line: 1}
	c, err := s.peek()
	switch {
	case err == io.EOF:
		return nil // only white space: readStream reports the empty file
	case err != nil:
		return err
	case c == '[':
		s.readByte()
		return rd.jsonArray(&s)
	case c == '{':
		return rd.jsonObjects(&s)
	}
	rd.problem(Problem{File: rd.name, Line: s.line, Reason: Malformed,
		Err: fmt.Errorf("json: expected an array or an object, found %q", c)})
	return nil
}

// jsonArray reads the elements of an array whose "[" has been read.
func (rd *reader) jsonArray(s *jsonScanner) error {
	stop := func(line int, err error) error {
		var re *readError
		if errors.As(err, &re) {
			return err
		}
		rd.problem(Problem{File: rd.name, Line: line, Reason: Malformed, Err: err})
		return nil
	}
	index := 0
	for {
		if err := rd.ctx.Err(); err != nil {
			return err
		}
		c, err := s.peek()
		if err != nil {
			return stop(s.line, eofIsUnexpected(err))
		}
		if c == ']' {
			s.readByte()
			break
		}
		if index > 0 {
			if c != ',' {
				return stop(s.line, fmt.Errorf("json: expected \",\" or \"]\" after element %d, found %q", index, c))
			}
			s.readByte()
			if c, err = s.peek(); err != nil {
				return stop(s.line, eofIsUnexpected(err))
			}
			if c == ']' { // a trailing comma
				s.readByte()
				break
			}
		}
		index++
		line := s.line
		raw, tooLarge, err := s.value()
		if err != nil {
			return stop(line, err)
		}
		if tooLarge {
			rd.problem(Problem{File: rd.name, Line: line, Reason: TooLarge,
				Err: fmt.Errorf("array element %d larger than %d bytes", index, rd.max)})
			continue
		}
		d, err := rd.jsonDocument(raw, line)
		if err != nil {
			rd.problem(Problem{File: rd.name, Line: line, Reason: Malformed,
				Err: fmt.Errorf("array element %d: %w", index, err)})
			continue
		}
		if strings.TrimSpace(d.ID) == "" { // an ID of spaces is none (finish trims it)
			d.ID = fmt.Sprintf("%s#%d", rd.name, index)
		}
		if err := rd.finish(d); err != nil {
			return err
		}
	}
	if index == 0 {
		rd.problem(Problem{File: rd.name, Reason: Empty, Err: errors.New("empty JSON array")})
	}
	if c, err := s.peek(); err == nil {
		return stop(s.line, fmt.Errorf("json: unexpected %q after the array", c))
	} else if err != io.EOF {
		return err
	}
	return nil
}

// jsonObjects reads one object, or several one after the other.
func (rd *reader) jsonObjects(s *jsonScanner) error {
	for {
		if err := rd.ctx.Err(); err != nil {
			return err
		}
		c, err := s.peek()
		switch {
		case err == io.EOF:
			return nil
		case err != nil:
			return err
		case c != '{':
			rd.problem(Problem{File: rd.name, Line: s.line, Reason: Malformed,
				Err: fmt.Errorf("json: unexpected %q after an object", c)})
			return nil
		}
		line := s.line
		raw, tooLarge, err := s.value()
		var re *readError
		switch {
		case errors.As(err, &re):
			return err
		case err != nil:
			rd.problem(Problem{File: rd.name, Line: line, Reason: Malformed, Err: err})
			return nil
		case tooLarge:
			rd.problem(Problem{File: rd.name, Line: line, Reason: TooLarge,
				Err: fmt.Errorf("object larger than %d bytes", rd.max)})
			continue
		}
		d, err := rd.jsonDocument(raw, line)
		if err != nil {
			rd.problem(Problem{File: rd.name, Line: line, Reason: Malformed, Err: err})
			continue
		}
		if strings.TrimSpace(d.ID) == "" { // an ID of spaces is none (finish trims it)
			d.ID = fmt.Sprintf("%s:%d", rd.name, line)
		}
		if err := rd.finish(d); err != nil {
			return err
		}
	}
}

var errJSONEnd = errors.New("json: unexpected end of input")

func eofIsUnexpected(err error) error {
	if err == io.EOF {
		return errJSONEnd
	}
	return err
}

// jsonScanner finds where JSON values start and end without parsing them:
// it only follows strings, escapes and bracket depth. encoding/json checks
// each value afterwards.
type jsonScanner struct {
	r    *bufio.Reader
	max  int
	buf  []byte
	line int // the line of the next byte, 1-based
}

func (s *jsonScanner) readByte() (byte, error) {
	c, err := s.r.ReadByte()
	if c == '\n' && err == nil {
		s.line++
	}
	return c, err
}

// peek returns the next byte that is not JSON white space, without
// consuming it.
func (s *jsonScanner) peek() (byte, error) {
	for {
		c, err := s.readByte()
		if err != nil {
			return 0, err
		}
		switch c {
		case ' ', '\t', '\r', '\n':
			continue
		}
		s.r.UnreadByte()
		return c, nil
	}
}

// value reads the bytes of the next value (which starts at the next byte).
// When the value is longer than s.max, its bytes are skipped, not kept, and
// tooLarge is set. The slice is valid until the next call.
func (s *jsonScanner) value() (raw []byte, tooLarge bool, err error) {
	s.buf = s.buf[:0]
	size := 0
	keep := func(b []byte) {
		size += len(b)
		switch {
		case tooLarge:
		case size > s.max:
			tooLarge = true
			s.buf = nil
		default:
			s.buf = appendBounded(s.buf, b, s.max)
		}
	}
	c, err := s.readByte()
	if err != nil {
		return nil, false, eofIsUnexpected(err)
	}
	switch c {
	case '{', '[', '"':
	case ',', ':', ']', '}':
		return nil, false, fmt.Errorf("json: unexpected %q", c)
	default: // a number, true, false, null, or garbage: up to a delimiter
		s.r.UnreadByte()
		for {
			c, err := s.readByte()
			if err == io.EOF {
				return s.buf, tooLarge, nil
			}
			if err != nil {
				return nil, false, err
			}
			switch c {
			case ' ', '\t', '\r', '\n', ',', ':', '[', ']', '{', '}', '"':
				if c == '\n' {
					s.line--
				}
				s.r.UnreadByte()
				return s.buf, tooLarge, nil
			}
			keep([]byte{c})
		}
	}
	keep([]byte{c})
	depth := 0
	inString, escaped := c == '"', false
	if !inString {
		depth = 1
	}
	// Scan what is buffered, a chunk at a time; inside strings, jump to the
	// next quote or backslash.
	for {
		if _, err := s.r.Peek(1); err != nil {
			return nil, false, eofIsUnexpected(err)
		}
		chunk, _ := s.r.Peek(s.r.Buffered())
		i, done := 0, false
		for i < len(chunk) && !done {
			switch {
			case escaped:
				escaped = false
			case inString:
				j := bytes.IndexAny(chunk[i:], `"\`)
				if j < 0 {
					i = len(chunk)
					continue
				}
				i += j
				if chunk[i] == '\\' {
					escaped = true
				} else {
					inString = false
					done = depth == 0
				}
			default:
				switch chunk[i] {
				case '"':
					inString = true
				case '{', '[':
					depth++
				case '}', ']':
					depth--
					done = depth == 0
				}
			}
			i++
		}
		keep(chunk[:i])
		s.line += bytes.Count(chunk[:i], []byte("\n"))
		s.r.Discard(i)
		if done {
			return s.buf, tooLarge, nil
		}
	}
}
