package corpus

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// ErrBadDate is wrapped by every error that [ParseDate] returns.
var ErrBadDate = errors.New("bad date")

// maxDateLen caps how much of a date string ParseDate looks at, so that a
// long line costs no more than a short one.
const maxDateLen = 200

// dateError is an error of ParseDate: the input (clipped) and what is wrong.
type dateError struct {
	input string
	msg   string
}

func (e *dateError) Error() string { return fmt.Sprintf("parse date %q: %s", e.input, e.msg) }

func (e *dateError) Unwrap() error { return ErrBadDate }

// ParseDate parses the date of a document and returns the calendar date in
// the document's own time zone: "2018-11-05T23:30:00+03:30" is 5 November
// 2018, whatever the offset; a time and a zone are checked for syntax but never
// move the date. The empty string (or only spaces) gives the zero Date and no
// error.
//
// Accepted forms, with English month and weekday names (full or abbreviated,
// any case, with or without a final dot):
//
//	2018-11-05T14:31:00+03:30    RFC 3339, also with Z, fractions, or a space for T
//	2018-11-05  2018/11/05  2018.11.05
//	2018-11  2018/11  November 2018      (month precision)
//	2018                                 (year precision; also a JSON number)
//	Nov 05, 2018 14:31 Asia/Tehran       (an IANA zone name, or UTC, GMT, EST, +0330, +03:30, Z)
//	5 November 2018, 5th Nov. 2018, 05-Nov-2018
//	November 5, 2018 at 2:31 pm
//	Monday, November 5, 2018
//	Mon, 05 Nov 2018 14:31:00 GMT        (RFC 1123, as in RSS)
//
// Anything from the first "[" or "(" on is ignored, so that
// "Nov 05, 2018 14:31 Asia/Tehran [Updated: May 20, 2019 21:09 Asia/Tehran]"
// is 5 November 2018. Only the first 200 bytes are looked at. A zone name
// is checked for its shape only: an unknown name is accepted, since the date
// is in the document's own zone anyway. The date must exist (no 30
// February) and the year must lie in 1000..9999. Errors wrap [ErrBadDate].
func ParseDate(s string) (Date, error) {
	in := s
	if len(s) > maxDateLen {
		s = s[:maxDateLen]
	}
	if k := strings.IndexAny(s, "[("); k >= 0 {
		s = s[:k]
	}
	s = strings.TrimFunc(s, unicode.IsSpace)
	if s == "" {
		if strings.TrimFunc(in, unicode.IsSpace) == "" {
			return Date{}, nil
		}
		return Date{}, newDateError(in, "no date before the bracket")
	}
	p := dateScanner{s: s}
	d, msg := p.date()
	if msg == "" && d.Precision == Day {
		msg = p.timeAndZone()
	}
	if msg == "" && !p.eof() {
		msg = fmt.Sprintf("unexpected %q", clip(p.s[p.i:], 24))
	}
	if msg == "" {
		msg = d.check()
	}
	if msg != "" {
		return Date{}, newDateError(in, msg)
	}
	return d, nil
}

func newDateError(in, msg string) error {
	return &dateError{input: clip(strings.TrimSpace(in), 64), msg: msg}
}

// clip shortens s to at most n bytes (on a rune boundary) for a message.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

// check reports what is wrong with a parsed date, or "".
func (d Date) check() string {
	if d.Year < 1000 || d.Year > 9999 {
		return fmt.Sprintf("year %d out of range 1000..9999", d.Year)
	}
	if d.Precision >= Month && (d.Month < time.January || d.Month > time.December) {
		return fmt.Sprintf("month %d out of range 1..12", int(d.Month))
	}
	if d.Precision == Day {
		if n := daysIn(d.Month, d.Year); d.Day < 1 || d.Day > n {
			return fmt.Sprintf("day %d out of range 1..%d for %s %d", d.Day, n, d.Month, d.Year)
		}
	}
	return ""
}

func daysIn(m time.Month, year int) int {
	switch m {
	case time.February:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// dateScanner reads a date string left to right. Every method consumes
// what it recognises and never backtracks more than one token, so parsing
// is linear in the (capped) length.
type dateScanner struct {
	s string
	i int
}

func (p *dateScanner) eof() bool { return p.i >= len(p.s) }

func (p *dateScanner) peek() byte {
	if p.eof() {
		return 0
	}
	return p.s[p.i]
}

// skipSpace skips white space, including no-break spaces, and reports
// whether there was any.
func (p *dateScanner) skipSpace() bool {
	start := p.i
	for !p.eof() {
		c := p.s[p.i]
		if c < utf8.RuneSelf {
			if c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\v' && c != '\f' {
				break
			}
			p.i++
			continue
		}
		r, size := utf8.DecodeRuneInString(p.s[p.i:])
		if !unicode.IsSpace(r) {
			break
		}
		p.i += size
	}
	return p.i > start
}

// skipByte consumes c if it comes next.
func (p *dateScanner) skipByte(c byte) bool {
	if p.peek() == c {
		p.i++
		return true
	}
	return false
}

// number reads a run of ASCII digits and returns its value and width. The
// value is only meaningful for widths up to 9.
func (p *dateScanner) number() (n, width int) {
	for !p.eof() && isDigit(p.s[p.i]) {
		if width < 9 {
			n = n*10 + int(p.s[p.i]-'0')
		}
		width++
		p.i++
	}
	return n, width
}

// word reads a run of ASCII letters.
func (p *dateScanner) word() string {
	start := p.i
	for !p.eof() && isLetter(p.s[p.i]) {
		p.i++
	}
	return p.s[start:p.i]
}

func isDigit(c byte) bool  { return '0' <= c && c <= '9' }
func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// date reads the date part: a year, a month, a day, in one of the accepted
// orders, after an optional weekday. It returns a message when it fails.
func (p *dateScanner) date() (Date, string) {
	if isLetter(p.peek()) {
		save := p.i
		if isWeekday(p.word()) {
			p.skipByte('.')
			p.skipSpace()
			p.skipByte(',')
			p.skipSpace()
		} else {
			p.i = save
		}
	}
	c := p.peek()
	switch {
	case isDigit(c):
		n, w := p.number()
		switch {
		case w == 4:
			return p.yearFirst(n)
		case w <= 2:
			return p.dayFirst(n)
		}
		return Date{}, fmt.Sprintf("unexpected %d-digit number", w)
	case isLetter(c):
		return p.monthFirst()
	}
	return Date{}, "no year, month or day"
}

// yearFirst reads "2018", "2018-11", "2018-11-05" (also with / or .).
func (p *dateScanner) yearFirst(year int) (Date, string) {
	d := Date{Year: year, Precision: Year}
	sep := p.peek()
	if sep != '-' && sep != '/' && sep != '.' {
		return d, ""
	}
	p.i++
	m, w := p.number()
	if w < 1 || w > 2 {
		return Date{}, "expected a 1- or 2-digit month after the year"
	}
	d.Month, d.Precision = time.Month(m), Month
	if !p.skipByte(sep) {
		return d, ""
	}
	day, w := p.number()
	if w < 1 || w > 2 {
		return Date{}, "expected a 1- or 2-digit day after the month"
	}
	d.Day, d.Precision = day, Day
	return d, ""
}

// dayFirst reads "5 November 2018", "5th Nov. 2018", "05-Nov-2018".
func (p *dateScanner) dayFirst(day int) (Date, string) {
	p.ordinal()
	if !p.skipByte('-') {
		p.skipByte('.')
		p.skipSpace()
	}
	m := monthByName(p.word())
	if m == 0 {
		return Date{}, "expected a month name after the day"
	}
	p.skipByte('.')
	if !p.skipByte('-') {
		p.skipSpace()
		if p.skipByte(',') {
			p.skipSpace()
		}
	}
	year, w := p.number()
	if w != 4 {
		return Date{}, "expected a 4-digit year after the month"
	}
	return Date{Year: year, Month: m, Day: day, Precision: Day}, ""
}

// monthFirst reads "November 5, 2018", "Nov. 05 2018", "November 2018".
func (p *dateScanner) monthFirst() (Date, string) {
	m := monthByName(p.word())
	if m == 0 {
		return Date{}, "expected a month name"
	}
	p.skipByte('.')
	p.skipSpace()
	n, w := p.number()
	if w == 4 {
		return Date{Year: n, Month: m, Precision: Month}, ""
	}
	if w < 1 || w > 2 {
		return Date{}, "expected a day or a year after the month"
	}
	p.ordinal()
	p.skipSpace()
	if p.skipByte(',') {
		p.skipSpace()
	}
	year, w := p.number()
	if w != 4 {
		return Date{}, "expected a 4-digit year after the day"
	}
	return Date{Year: year, Month: m, Day: n, Precision: Day}, ""
}

// ordinal skips "st", "nd", "rd" or "th" after a day number.
func (p *dateScanner) ordinal() {
	if p.i+2 > len(p.s) {
		return
	}
	switch strings.ToLower(p.s[p.i : p.i+2]) {
	case "st", "nd", "rd", "th":
		if p.i+2 == len(p.s) || !isLetter(p.s[p.i+2]) {
			p.i += 2
		}
	}
}

// timeAndZone reads what may follow a full date: a time of day and a zone,
// each optional, as in "T14:31:00.5+03:30", ", 14:31 Asia/Tehran" or
// " at 2:31 pm GMT".
func (p *dateScanner) timeAndZone() string {
	if c := p.peek(); (c == 'T' || c == 't') && p.i+1 < len(p.s) && isDigit(p.s[p.i+1]) {
		p.i++
	} else {
		p.skipSpace()
		if p.skipByte(',') {
			p.skipSpace()
		}
		if save := p.i; strings.EqualFold(p.word(), "at") {
			p.skipSpace()
		} else {
			p.i = save
		}
	}
	if isDigit(p.peek()) {
		if msg := p.clock(); msg != "" {
			return msg
		}
	}
	p.skipSpace()
	if p.eof() {
		return ""
	}
	return p.zone()
}

// clock reads "14:31", "14:31:00", "14:31:00.123" or "2:31 pm".
func (p *dateScanner) clock() string {
	h, w := p.number()
	if w < 1 || w > 2 || !p.skipByte(':') {
		return "expected a time as hh:mm"
	}
	m, w := p.number()
	if w != 2 || m > 59 {
		return "expected 2-digit minutes 00..59"
	}
	if p.skipByte(':') {
		sec, w := p.number()
		if w != 2 || sec > 60 {
			return "expected 2-digit seconds 00..60"
		}
		if p.skipByte('.') || p.skipByte(',') {
			if _, w := p.number(); w == 0 {
				return "expected a fraction of a second"
			}
		}
	}
	save := p.i
	p.skipSpace()
	if c := p.peek() | 0x20; (c == 'a' || c == 'p') && p.i+1 < len(p.s) {
		rest := strings.ToLower(p.s[p.i:min(p.i+4, len(p.s))])
		for _, mer := range [...]string{"a.m.", "p.m.", "am", "pm"} {
			if strings.HasPrefix(rest, mer) && (p.i+len(mer) == len(p.s) || !isLetter(p.s[p.i+len(mer)])) {
				if h < 1 || h > 12 {
					return fmt.Sprintf("hour %d out of range 1..12 with %s", h, mer)
				}
				p.i += len(mer)
				return ""
			}
		}
	}
	p.i = save
	if h > 24 {
		return fmt.Sprintf("hour %d out of range 0..24", h)
	}
	return ""
}

// zone reads "Z", an offset ("+0330", "+03:30", "-05"), an abbreviation
// ("UTC", "GMT", "IRST", optionally followed by an offset: "UTC+3") or an
// IANA name ("Asia/Tehran").
func (p *dateScanner) zone() string {
	switch c := p.peek(); {
	case c == '+' || c == '-':
		return p.offset()
	case isLetter(c):
		start := p.i
		for !p.eof() {
			c := p.s[p.i]
			if !isLetter(c) && !isDigit(c) && c != '_' && c != '/' && c != '-' && c != '+' {
				break
			}
			if (c == '+' || c == '-') && !strings.Contains(p.s[start:p.i], "/") {
				break // an abbreviation followed by an offset: UTC+3
			}
			p.i++
		}
		name := p.s[start:p.i]
		if strings.Contains(name, "/") {
			if !isZoneName(name) {
				return fmt.Sprintf("bad time zone name %q", name)
			}
			break
		}
		if !isAbbreviation(name) {
			return fmt.Sprintf("unexpected %q", clip(p.s[start:], 24))
		}
		if c := p.peek(); c == '+' || c == '-' {
			return p.offset()
		}
	}
	return ""
}

// offset reads a numeric zone offset: +hh, +hhmm, +hh:mm, or +h after an
// abbreviation (UTC+3).
func (p *dateScanner) offset() string {
	p.i++ // the sign
	h, w := p.number()
	switch {
	case w == 4:
		h, w = h/100, h%100
		if h > 23 || w > 59 {
			return "zone offset out of range"
		}
		return ""
	case w < 1 || w > 2:
		return "expected a zone offset as hh:mm or hhmm"
	}
	if h > 23 {
		return "zone offset out of range"
	}
	if p.skipByte(':') {
		m, w := p.number()
		if w != 2 || m > 59 {
			return "expected 2-digit zone offset minutes"
		}
	}
	return ""
}

// isZoneName reports whether name has the shape of an IANA zone name such
// as "Asia/Tehran", "America/Argentina/Buenos_Aires" or "Etc/GMT+3": parts
// separated by "/", each starting with a letter. The name is not looked up:
// an unknown zone does not change the date, which is in the document's own
// zone anyway.
func isZoneName(name string) bool {
	for part := range strings.SplitSeq(name, "/") {
		if part == "" || !isLetter(part[0]) {
			return false
		}
	}
	return true
}

// isAbbreviation reports whether w looks like a zone abbreviation: "Z",
// "UTC", "GMT", "EST", "IRST", "CEST" (1 to 5 upper-case letters), or "z".
func isAbbreviation(w string) bool {
	if w == "z" { // RFC 3339 allows a lower-case Z
		return true
	}
	if len(w) < 1 || len(w) > 5 {
		return false
	}
	for i := range len(w) {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// monthByName returns the month named by an English name or abbreviation
// (any case), or 0.
func monthByName(w string) time.Month {
	if len(w) < 3 || len(w) > len("September") {
		return 0
	}
	switch strings.ToLower(w) {
	case "jan", "january":
		return time.January
	case "feb", "february":
		return time.February
	case "mar", "march":
		return time.March
	case "apr", "april":
		return time.April
	case "may":
		return time.May
	case "jun", "june":
		return time.June
	case "jul", "july":
		return time.July
	case "aug", "august":
		return time.August
	case "sep", "sept", "september":
		return time.September
	case "oct", "october":
		return time.October
	case "nov", "november":
		return time.November
	case "dec", "december":
		return time.December
	}
	return 0
}

// isWeekday reports whether w is an English weekday name or abbreviation.
func isWeekday(w string) bool {
	if len(w) < 3 || len(w) > len("Wednesday") {
		return false
	}
	switch strings.ToLower(w) {
	case "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday",
		"thu", "thur", "thurs", "thursday", "fri", "friday",
		"sat", "saturday", "sun", "sunday":
		return true
	}
	return false
}
