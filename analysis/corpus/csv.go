package corpus

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
)

// csv reads a CSV or TSV table with a header row naming the fields. Quotes
// are lazy and rows may have any number of fields. A row larger than the
// record limit (its bytes in the file, without its line end) is skipped as
// TooLarge, without being held whole, and the read goes on with the next
// row: csvStream follows where rows end, as encoding/csv splits them.
func (rd *reader) csv(r io.Reader, comma rune) error {
	s := &csvStream{r: r, comma: byte(comma), limit: int64(rd.max) + 2} // +2: a "\r\n" line end
	cr := newCSVReader(s, comma)
	base := 0 // the lines before the start of cr's input

	header, err := cr.Read()
	switch {
	case err == io.EOF:
		return nil // only white space: readStream reports the empty file
	case errors.Is(err, errRecordTooLarge):
		rd.problem(Problem{File: rd.name, Line: s.recLine, Reason: TooLarge,
			Err: fmt.Errorf("header larger than %d bytes", rd.max)})
		return nil
	case err == nil && s.pop() > int64(rd.max):
		line, _ := cr.FieldPos(0)
		rd.problem(Problem{File: rd.name, Line: line, Reason: TooLarge,
			Err: fmt.Errorf("header larger than %d bytes", rd.max)})
		return nil
	case err != nil && !isParseError(err):
		return err
	case err != nil:
		rd.problem(Problem{File: rd.name, Line: parseErrorLine(err), Reason: Malformed, Err: fmt.Errorf("header: %w", err)})
		return nil
	}
	col := columns(header, rd.fields)
	if col.title < 0 && col.text < 0 {
		rd.problem(Problem{File: rd.name, Line: 1, Reason: Malformed,
			Err: fmt.Errorf("the header has no %q or %q column", rd.fields.Text, rd.fields.Title)})
		return nil
	}
	rows := 0
	for {
		if err := rd.ctx.Err(); err != nil {
			return err
		}
		rec, err := cr.Read()
		switch {
		case err == io.EOF:
			if rows == 0 {
				rd.problem(Problem{File: rd.name, Reason: Empty, Err: errors.New("no rows after the header")})
			}
			return nil
		case errors.Is(err, errRecordTooLarge):
			// encoding/csv cannot resume in the middle of a record: skip
			// to its end, and start a new reader after it.
			rows++
			rd.problem(Problem{File: rd.name, Line: s.recLine, Reason: TooLarge,
				Err: fmt.Errorf("row larger than %d bytes", rd.max)})
			if err := s.skip(rd.ctx); err != nil {
				return err
			}
			cr, base = newCSVReader(s, comma), s.lines
			continue
		case isParseError(err): // not expected with LazyQuotes
			s.pop()
			rd.problem(Problem{File: rd.name, Line: base + parseErrorLine(err), Reason: Malformed, Err: err})
			continue
		case err != nil:
			return err
		}
		rows++
		size := s.pop()
		line, _ := cr.FieldPos(0)
		line += base
		if size > int64(rd.max) {
			rd.problem(Problem{File: rd.name, Line: line, Reason: TooLarge,
				Err: fmt.Errorf("row larger than %d bytes", rd.max)})
			continue
		}
		d := Document{File: rd.name, Line: line}
		get := func(i int) string {
			if i < 0 || i >= len(rec) {
				return ""
			}
			s, n := repair(rec[i])
			d.Repaired += n
			return s
		}
		d.ID = get(col.id)
		d.RawDate = get(col.date)
		d.Title = get(col.title)
		d.Text = get(col.text)
		d.URL = get(col.url)
		d.Source = get(col.source)
		d.Speaker = get(col.speaker)
		d.SpeakerCountry = get(col.speakerCountry)
		if strings.TrimSpace(d.ID) == "" {
			d.ID = fmt.Sprintf("%s:%d", rd.name, line)
		}
		if err := rd.finish(d); err != nil {
			return err
		}
	}
}

func newCSVReader(r io.Reader, comma rune) *csv.Reader {
	cr := csv.NewReader(r)
	cr.Comma = comma
	cr.LazyQuotes = true
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	return cr
}

func isParseError(err error) bool {
	_, ok := errors.AsType[*csv.ParseError](err)
	return ok
}

func parseErrorLine(err error) int {
	if pe, ok := errors.AsType[*csv.ParseError](err); ok {
		return pe.Line
	}
	return 0
}

// columnIndex holds the column of each field, -1 when absent.
type columnIndex struct {
	id, date, title, text, url, source, speaker, speakerCountry int
}

// columns finds the fields in a header row: the first column whose name
// matches exactly, or else the first that matches ignoring case.
func columns(header []string, f Fields) columnIndex {
	find := func(name string) int {
		if name == "" {
			return -1
		}
		fold := -1
		for i, h := range header {
			h = strings.TrimSpace(h)
			if h == name {
				return i
			}
			if fold < 0 && strings.EqualFold(h, name) {
				fold = i
			}
		}
		return fold
	}
	return columnIndex{
		id:             find(f.ID),
		date:           find(f.Date),
		title:          find(f.Title),
		text:           find(f.Text),
		url:            find(f.URL),
		source:         find(f.Source),
		speaker:        find(f.Speaker),
		speakerCountry: find(f.SpeakerCountry),
	}
}

// errRecordTooLarge stops encoding/csv inside a record that is over the
// limit.
var errRecordTooLarge = errors.New("record too large")

// csvStream passes a CSV or TSV input to encoding/csv and follows it
// through a state machine that splits it into records where encoding/csv
// (with LazyQuotes, no comments, no TrimLeadingSpace) does. It knows the
// size of each record, so that:
//   - a read fails with errRecordTooLarge when the record it would pass on
//     has more than limit bytes: encoding/csv never holds much more than
//     the limit;
//   - skip can then go to the end of that record without holding it, and
//     a new encoding/csv reader resume after it;
//   - pop tells the size of each record encoding/csv returns.
//
// Blank lines ("\n", "\r\n", which encoding/csv skips) are records of 0
// bytes here, that pop never returns.
type csvStream struct {
	r     io.Reader
	ahead []byte // read by skip past the end of the record skipped: passed on first
	comma byte
	limit int64 // the most bytes a record may have before the read fails

	state   csvState
	off     int64 // bytes passed on (or skipped)
	start   int64 // the offset of the current record
	recLine int   // its line, 1-based
	prev    byte  // its last byte so far
	lines   int   // the line ends passed on (or skipped)
	// sizes[head:] are the sizes of the records ended and not yet popped.
	sizes []int64
	head  int
}

// csvState is where csvStream is in a record.
type csvState int

const (
	fieldStart csvState = iota // at the start of a field (or record)
	unquoted                   // in a field that does not start with a quote
	quoted                     // in a quoted field
	quote                      // after a quote in a quoted field
	quoteCR                    // after a quote and a "\r" in a quoted field
)

func (s *csvStream) Read(p []byte) (int, error) {
	left := s.start + s.limit - s.off
	if left <= 0 {
		return 0, errRecordTooLarge
	}
	if int64(len(p)) > left {
		p = p[:left]
	}
	var n int
	var err error
	if len(s.ahead) > 0 {
		n = copy(p, s.ahead)
		s.ahead = s.ahead[n:]
	} else {
		n, err = s.r.Read(p)
	}
	s.scan(p[:n], false)
	if err == io.EOF {
		s.end(s.off) // a last record without a line end
	}
	return n, err
}

// scan follows p through the state machine. With stop, it stops after the
// first record end. It returns the bytes it took, and whether it stopped.
func (s *csvStream) scan(p []byte, stop bool) (int, bool) {
	base := s.off // the offset of p[0]
	nl := -1      // the index of the next "\n" at or after i (len(p): none); -1 before looking
	for i := 0; i < len(p); {
		if base+int64(i) == s.start {
			s.recLine = s.lines + 1
		}
		// A run of bytes that leaves the state as it is, at once.
		run := 0
		switch s.state {
		case quoted:
			if run = bytes.IndexByte(p[i:], '"'); run < 0 {
				run = len(p) - i
			}
			s.lines += bytes.Count(p[i:i+run], newline)
		case unquoted:
			if nl < i {
				if nl = bytes.IndexByte(p[i:], '\n'); nl < 0 {
					nl = len(p)
				} else {
					nl += i
				}
			}
			if run = bytes.IndexByte(p[i:nl], s.comma); run < 0 {
				run = nl - i
			}
		}
		if run > 0 {
			i += run
			s.prev = p[i-1]
			continue
		}
		c := p[i]
		i++
		ended := false
		switch s.state {
		case fieldStart, unquoted:
			switch {
			case c == '\n':
				ended = true
			case c == s.comma:
				s.state = fieldStart
			case c == '"' && s.state == fieldStart:
				s.state = quoted
			default:
				s.state = unquoted
			}
		case quoted: // c is a quote
			s.state = quote
		case quote:
			switch c {
			case '"':
				s.state = quoted // an escaped quote
			case s.comma:
				s.state = fieldStart
			case '\n':
				ended = true
			case '\r':
				s.state = quoteCR
			default:
				s.state = quoted // a bare quote (LazyQuotes)
			}
		case quoteCR:
			switch c {
			case '\n':
				ended = true
			case '"':
				s.state = quote // the "\r" and the quote before it were text
			default:
				s.state = quoted
			}
		}
		if c == '\n' {
			s.lines++
		}
		if ended {
			s.off = base + int64(i)
			s.end(s.off - 1)
			if stop {
				return i, true
			}
			continue
		}
		s.prev = c
	}
	s.off = base + int64(len(p))
	return len(p), false
}

var newline = []byte{'\n'}

// end ends the current record at offset at (where its line end or the end
// of the input is) and starts the next after it. A "\r" before the end is
// not counted (encoding/csv drops it too). A blank record is not kept for
// pop.
func (s *csvStream) end(at int64) {
	size := at - s.start
	if size > 0 && s.prev == '\r' {
		size--
	}
	if size > 0 {
		s.sizes = append(s.sizes, size)
	}
	s.state, s.start, s.prev = fieldStart, s.off, 0
}

// pop returns the size of the oldest record ended and not yet popped: the
// record encoding/csv has just returned.
func (s *csvStream) pop() int64 {
	if s.head == len(s.sizes) {
		return 0 // not expected
	}
	size := s.sizes[s.head]
	s.head++
	if s.head == len(s.sizes) {
		s.sizes, s.head = s.sizes[:0], 0
	}
	return size
}

// skip reads on to the end of the current record, which has passed the
// limit, with bounded memory. The bytes read past its end are passed on by
// the next reads. It returns a read error of the input, or ctx.Err().
func (s *csvStream) skip(ctx context.Context) error {
	buf := make([]byte, 32<<10)
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		var n int
		var err error
		if len(s.ahead) > 0 {
			n = copy(buf, s.ahead)
			s.ahead = s.ahead[n:]
		} else {
			n, err = s.r.Read(buf)
		}
		if k, ended := s.scan(buf[:n], true); ended {
			s.ahead = append(append([]byte(nil), buf[k:n]...), s.ahead...)
			s.sizes, s.head = s.sizes[:0], 0 // the record skipped
			return nil
		}
		switch {
		case err == io.EOF:
			s.end(s.off)
			s.sizes, s.head = s.sizes[:0], 0
			return nil
		case err != nil:
			return err
		}
	}
}
