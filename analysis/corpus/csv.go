package corpus

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
)

// csvSlack is how far encoding/csv may read ahead of the record it parses
// (its buffer is 4 KiB), with room to spare.
const csvSlack = 16 << 10

// errRecordTooLarge stops encoding/csv inside a record that is over the
// limit.
var errRecordTooLarge = errors.New("record too large")

// csv reads a CSV or TSV table with a header row naming the fields. Quotes
// are lazy and rows may have any number of fields. A row larger than the
// record limit is skipped as TooLarge when encoding/csv has already read
// it, and otherwise stops the file (encoding/csv cannot resume in the middle
// of a record).
func (rd *reader) csv(r io.Reader, comma rune) error {
	lim := &budgetReader{r: r, limit: int64(rd.max) + csvSlack}
	cr := csv.NewReader(lim)
	cr.Comma = comma
	cr.LazyQuotes = true
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true

	header, err := cr.Read()
	switch {
	case err == io.EOF:
		return nil // only white space: readStream reports the empty file
	case errors.Is(err, errRecordTooLarge):
		rd.problem(Problem{File: rd.name, Line: 1, Reason: TooLarge,
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
	rows, end := 0, 1 // end: the last line of the last record read
	for {
		if err := rd.ctx.Err(); err != nil {
			return err
		}
		start := cr.InputOffset()
		lim.limit = start + int64(rd.max) + csvSlack
		rec, err := cr.Read()
		switch {
		case err == io.EOF:
			if rows == 0 {
				rd.problem(Problem{File: rd.name, Reason: Empty, Err: errors.New("no rows after the header")})
			}
			return nil
		case errors.Is(err, errRecordTooLarge):
			rd.problem(Problem{File: rd.name, Line: end + 1, Reason: TooLarge,
				Err: fmt.Errorf("record larger than %d bytes; the rest of the file is skipped", rd.max)})
			return nil
		case isParseError(err):
			rd.problem(Problem{File: rd.name, Line: parseErrorLine(err), Reason: Malformed, Err: err})
			continue
		case err != nil:
			return err
		}
		rows++
		line, _ := cr.FieldPos(0)
		end, _ = cr.FieldPos(len(rec) - 1)
		if cr.InputOffset()-start > int64(rd.max)+1 { // +1: the line end
			rd.problem(Problem{File: rd.name, Line: line, Reason: TooLarge,
				Err: fmt.Errorf("record larger than %d bytes", rd.max)})
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

// budgetReader fails with errRecordTooLarge once limit bytes have been read
// in all, so that encoding/csv never buffers a record much larger than the
// record limit; the caller raises limit before each record.
type budgetReader struct {
	r     io.Reader
	n     int64
	limit int64
}

func (b *budgetReader) Read(p []byte) (int, error) {
	left := b.limit - b.n
	if left <= 0 {
		return 0, errRecordTooLarge
	}
	if int64(len(p)) > left {
		p = p[:left]
	}
	n, err := b.r.Read(p)
	b.n += int64(n)
	return n, err
}
