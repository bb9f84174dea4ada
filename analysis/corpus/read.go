package corpus

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"
	"unicode/utf8"

	"github.com/klauspost/compress/zstd"
)

// Fields names the input fields (JSON keys, CSV/TSV header names) that fill
// a [Document]. An empty name means the field is not read. Names match
// exactly, or else ignoring case.
type Fields struct {
	ID, Date, Title, Text, URL, Source, Speaker, SpeakerCountry string
}

// DefaultFields returns the field names of stance's own input format: id,
// date, title, text, url, source, speaker, speaker_country.
func DefaultFields() Fields {
	return Fields{
		ID:             "id",
		Date:           "date",
		Title:          "title",
		Text:           "text",
		URL:            "url",
		Source:         "source",
		Speaker:        "speaker",
		SpeakerCountry: "speaker_country",
	}
}

// DefaultMaxRecordBytes is the record size limit when
// Options.MaxRecordBytes is 0.
const DefaultMaxRecordBytes = 64 << 20

// Options controls the readers. The zero value reads stance's own format
// with the default limits.
type Options struct {
	// Fields names the input fields; the zero value means DefaultFields.
	Fields Fields

	// MaxRecordBytes is the size limit of one record: a JSON Lines line, a
	// JSON array element, a CSV row, or a whole text or HTML file (after
	// decompression). A larger one is skipped as TooLarge without being held
	// in memory. 0 means DefaultMaxRecordBytes.
	MaxRecordBytes int64

	// CountRead, when set, is called with the number of bytes read from
	// an input file each time some are (before decompression): the
	// progress of a run through its input.
	CountRead func(n int)
}

func (o Options) fields() Fields {
	if o.Fields == (Fields{}) {
		return DefaultFields()
	}
	return o.Fields
}

func (o Options) maxRecord() int {
	if o.MaxRecordBytes <= 0 {
		return DefaultMaxRecordBytes
	}
	return int(min(o.MaxRecordBytes, math.MaxInt/4)) // no overflow adding slack
}

// format is an input format, chosen by file extension.
type format int

const (
	unsupported format = iota
	textFormat
	jsonlFormat
	jsonFormat
	csvFormat
	tsvFormat
	htmlFormat
)

// compression is the outer compression of a file.
type compression int

const (
	uncompressed compression = iota
	gzipped
	zstandard
)

// detect returns the format and compression of a file from its name:
// x.jsonl, x.jsonl.gz, X.JSONL.ZST.
func detect(name string) (format, compression) {
	ext := strings.ToLower(filepath.Ext(name))
	comp := uncompressed
	switch ext {
	case ".gz":
		comp = gzipped
	case ".zst":
		comp = zstandard
	}
	if comp != uncompressed {
		name = name[:len(name)-len(ext)]
		ext = strings.ToLower(filepath.Ext(name))
	}
	switch ext {
	case ".txt":
		return textFormat, comp
	case ".jsonl", ".ndjson":
		return jsonlFormat, comp
	case ".json":
		return jsonFormat, comp
	case ".csv":
		return csvFormat, comp
	case ".tsv":
		return tsvFormat, comp
	case ".html", ".htm":
		return htmlFormat, comp
	}
	return unsupported, comp
}

// SupportedList names the extensions ReadFile reads, for messages.
const SupportedList = ".txt, .jsonl, .ndjson, .json, .csv, .tsv, .html, .htm, each optionally with .gz or .zst"

// Supported reports whether ReadFile knows the format of the named file by
// its extension: .txt, .jsonl, .ndjson, .json, .csv, .tsv, .html, .htm,
// each optionally followed by .gz or .zst.
func Supported(name string) bool {
	f, _ := detect(name)
	return f != unsupported
}

// ReadFile streams the documents of one file to emit, in input order. Bad
// input is reported to problem, once per problem, and never stops the read
// of the other records: see [Reason] for what is reported and whether the
// record is kept. The format is chosen by extension (see [Supported]).
//
// The file is named in documents (File, and the ID when the input has
// none) and problems by [ShownName]: a name that is not valid UTF-8 is
// shown escaped, and reported once as InvalidUTF8.
//
// A named pipe (FIFO) is read as it comes; its writer may come later. A
// socket or a device is not read (SpecialFile).
//
// ReadFile returns an error only when emit returns one (that error) or when
// ctx is done (ctx.Err()); it checks ctx between records, and gives up a
// read or an open that waits (on a FIFO) as soon as ctx is done.
func ReadFile(ctx context.Context, name string, opts Options, emit func(Document) error, problem func(Problem)) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	shown := ShownName(name)
	if shown != name {
		problem(Problem{File: shown, Reason: InvalidUTF8,
			Err: errors.New(`the file name is not valid UTF-8: outputs show each invalid byte as \xNN`)})
	}
	form, comp := detect(name)
	if form == unsupported {
		problem(Problem{File: shown, Reason: Unsupported, Err: errors.New("unknown file extension (supported: " + SupportedList + ")")})
		return nil
	}
	f, bad, err := open(ctx, name)
	if err != nil {
		return err
	}
	if bad != nil {
		bad.File = shown
		problem(*bad)
		return nil
	}
	defer f.Close()
	// A read that waits (on a FIFO) ends when ctx is done. (A regular
	// file takes no deadline, and needs none.)
	stop := context.AfterFunc(ctx, func() { f.SetReadDeadline(time.Now()) })
	defer stop()
	name = shown
	return readContent(ctx, &fileReader{r: f, count: opts.CountRead}, name, form, comp, opts, emit, problem)
}

// readContent reads the documents of a file's content from in,
// decompressed by comp and parsed as form, and reports a read error (an
// I/O error, a bad compressed stream) as one problem of the file: the
// step after opening that ReadFile and ReadStream share.
func readContent(ctx context.Context, in *fileReader, name string, form format, comp compression, opts Options, emit func(Document) error, problem func(Problem)) error {
	r, closeR, ok, err := decompressed(ctx, in, func() error { return in.err }, name, comp, problem)
	if !ok {
		return err
	}
	defer closeR()
	err = readStream(ctx, r, name, form, opts, emit, problem)
	var re *readError
	if errors.As(err, &re) {
		if ctx.Err() != nil { // a read cut short by ctx
			return ctx.Err()
		}
		p := Problem{File: name, Line: re.line, Reason: Malformed, Err: re.err}
		switch {
		case in.err != nil:
			p.Reason, p.Err = Unreadable, in.err
		case comp == gzipped:
			p.Err = prefixed("gzip", re.err)
		case comp == zstandard:
			p.Err = prefixed("zstd", re.err)
		}
		problem(p)
		return nil
	}
	return err
}

// open opens the file name for reading. It returns the file, or a problem
// when the file cannot be read: it is missing, a folder, a socket or a
// device. A named pipe is opened in a goroutine, since open(2) waits for a
// writer: when ctx is done first, open gives up, and returns ctx.Err().
func open(ctx context.Context, name string) (*os.File, *Problem, error) {
	info, err := os.Stat(name)
	if err != nil {
		return nil, &Problem{Reason: Unreadable, Err: err}, nil
	}
	switch mode := info.Mode(); {
	case mode.IsDir():
		return nil, &Problem{Reason: Unreadable, Err: errors.New("a folder, not a file")}, nil
	case !mode.IsRegular() && mode&fs.ModeNamedPipe == 0:
		return nil, &Problem{Reason: SpecialFile, Err: errors.New("a socket or device, not a file: not read")}, nil
	case mode.IsRegular():
		f, err := os.Open(name)
		if err != nil {
			return nil, &Problem{Reason: Unreadable, Err: err}, nil
		}
		return f, nil, nil
	}
	type opened struct {
		f   *os.File
		err error
	}
	done := make(chan opened, 1)
	go func() {
		f, err := os.Open(name)
		done <- opened{f, err}
	}()
	select {
	case o := <-done:
		if o.err != nil {
			return nil, &Problem{Reason: Unreadable, Err: o.err}, nil
		}
		return o.f, nil, nil
	case <-ctx.Done():
	}
	// Wake the open up, as a writer that comes and goes would, and close
	// what it opened. The open may not have begun yet: try again a while.
	go func() {
		tick := time.NewTicker(10 * time.Millisecond)
		defer tick.Stop()
		o, ok := opened{}, false
		for range 100 {
			if w, err := os.OpenFile(name, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
				w.Close()
			}
			select {
			case o, ok = <-done:
			case <-tick.C:
			}
			if ok {
				break
			}
		}
		if !ok {
			o = <-done // when a writer comes
		}
		if o.f != nil {
			o.f.Close()
		}
	}()
	return nil, nil, ctx.Err()
}

// prefixed says which decompressor failed, unless the error says it
// already ("gzip: invalid header").
func prefixed(what string, err error) error {
	if strings.HasPrefix(err.Error(), what+":") {
		return err
	}
	return fmt.Errorf("%s: %w", what, err)
}

// maxZstdWindow bounds the memory a zstd stream may ask for (the zstd
// command line tool decodes up to 128 MiB windows without --long).
const maxZstdWindow = 128 << 20

// fileReader remembers the error of its input (a file, or any stream), to tell an I/O error
// (Unreadable) from a bad compressed stream (Malformed).
type fileReader struct {
	r     io.Reader
	err   error
	count func(int) // Options.CountRead
}

func (r *fileReader) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
	if r.count != nil && n > 0 {
		r.count(n)
	}
	if err != nil && err != io.EOF && r.err == nil {
		r.err = err
	}
	return n, err
}

// readError is an error from the input stream (an I/O error or a bad
// compressed stream), as opposed to one from emit or ctx. line is where it
// happened when known.
type readError struct {
	err  error
	line int
}

func (e *readError) Error() string { return e.err.Error() }

func (e *readError) Unwrap() error { return e.err }

// source wraps the decompressed input. It makes a read error sticky and of
// type *readError, and notes whether any non-space byte went through.
type source struct {
	r        io.Reader
	err      error
	nonSpace bool
}

func (s *source) Read(p []byte) (int, error) {
	if s.err != nil {
		return 0, s.err
	}
	n, err := s.r.Read(p)
	if !s.nonSpace && n > 0 && len(bytes.TrimLeft(p[:n], " \t\r\n\v\f")) > 0 {
		s.nonSpace = true
	}
	if err != nil && err != io.EOF {
		s.err = &readError{err: err}
		err = s.err
	}
	return n, err
}

// sniffLen is how much of a file is looked at to tell text from binary.
const sniffLen = 8 << 10

// readStream reads the documents of one decompressed input: it rejects
// binary input, drops a byte order mark, runs the format's reader and
// reports an input that holds nothing but white space (unless it had
// another problem, such as TooLarge: one problem per file). Read errors
// come back as *readError for the caller to report.
func readStream(ctx context.Context, r io.Reader, name string, form format, opts Options, emit func(Document) error, problem func(Problem)) error {
	src := &source{r: r}
	br := bufio.NewReaderSize(src, 64<<10)
	head, _ := br.Peek(sniffLen) // a read error comes back on the next read
	// A file that had a problem is not reported empty too.
	reported := false
	report := func(p Problem) {
		reported = true
		problem(p)
	}
	if why := binary(head, len(head) < sniffLen); why != "" {
		problem(Problem{File: name, Reason: Binary, Err: errors.New(why)})
		return nil
	}
	if bytes.HasPrefix(head, []byte("\uFEFF")) {
		br.Discard(3)
	}
	rd := reader{ctx: ctx, name: name, fields: opts.fields(), max: opts.maxRecord(), emit: emit, problem: report}
	var err error
	switch form {
	case textFormat:
		err = rd.text(br)
	case jsonlFormat:
		err = rd.jsonl(br)
	case jsonFormat:
		err = rd.json(br)
	case csvFormat:
		err = rd.csv(br, ',')
	case tsvFormat:
		err = rd.csv(br, '\t')
	case htmlFormat:
		err = rd.html(br)
	default:
		return fmt.Errorf("corpus: unknown format %d", form) // not reached: ReadFile checks
	}
	if err == nil && src.err == nil && !src.nonSpace && !reported {
		problem(Problem{File: name, Reason: Empty, Err: errors.New("empty file")})
	}
	return err
}

// binary tells why the start of a file is not text, or returns "": it is
// UTF-16 or UTF-32 text (by its byte order mark, or by the NUL byte in
// every other byte of ASCII text in UTF-16), it holds a NUL byte, or more
// than a third of it is invalid UTF-8 or control characters. whole says
// the sample is the whole file.
func binary(head []byte, whole bool) string {
	if enc := wideText(head); enc != "" {
		return enc + " text: convert it to UTF-8 (iconv -f " + enc + " -t UTF-8)"
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return "NUL byte in the first 8 KiB"
	}
	bad := 0
	for i := 0; i < len(head); {
		c := head[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b || c == 0x7f {
				bad++
			}
			i++
			continue
		}
		if !whole && !utf8.FullRune(head[i:]) {
			break // a rune cut by the end of the sample
		}
		r, size := utf8.DecodeRune(head[i:])
		if r == utf8.RuneError && size == 1 {
			bad++
		}
		i += size
	}
	if bad*3 > len(head) {
		return "mostly invalid UTF-8 or control characters"
	}
	return ""
}

// wideText returns "UTF-16" or "UTF-32" when head is the start of text in
// that encoding: it begins with the encoding's byte order mark, or (UTF-16
// without one) at least 9 in 10 of its 2-byte units are an ASCII character
// and a NUL, the NUL on the same side. It returns "" for anything else.
func wideText(head []byte) string {
	switch {
	case bytes.HasPrefix(head, []byte{0xff, 0xfe, 0, 0}), bytes.HasPrefix(head, []byte{0, 0, 0xfe, 0xff}):
		return "UTF-32"
	case bytes.HasPrefix(head, []byte{0xff, 0xfe}), bytes.HasPrefix(head, []byte{0xfe, 0xff}):
		return "UTF-16"
	}
	units := len(head) / 2
	if units < 2 {
		return ""
	}
	little, big := 0, 0
	for i := 0; i+1 < len(head); i += 2 {
		lo, hi := head[i], head[i+1]
		switch {
		case hi == 0 && lo != 0 && lo < utf8.RuneSelf:
			little++
		case lo == 0 && hi != 0 && hi < utf8.RuneSelf:
			big++
		}
	}
	if 10*max(little, big) >= 9*units {
		return "UTF-16"
	}
	return ""
}

// reader holds what the format readers share for one input.
type reader struct {
	ctx     context.Context
	name    string
	fields  Fields
	max     int
	emit    func(Document) error
	problem func(Problem)
}

// finish completes a document read from a record and hands it to emit:
// it trims the short fields, parses the date and reports the document's
// problems. A document with neither title nor text is reported as Empty
// and skipped. The text is kept as it is (offsets into it stay valid).
func (rd *reader) finish(d Document) error {
	d.ID = strings.TrimSpace(d.ID)
	d.RawDate = strings.TrimSpace(d.RawDate)
	d.Title = strings.TrimSpace(d.Title)
	d.URL = strings.TrimSpace(d.URL)
	d.Source = strings.TrimSpace(d.Source)
	d.Speaker = strings.TrimSpace(d.Speaker)
	d.SpeakerCountry = strings.TrimSpace(d.SpeakerCountry)
	if d.Title == "" && strings.TrimSpace(d.Text) == "" {
		rd.problem(Problem{File: d.File, Line: d.Line, Reason: Empty, Err: errors.New("no title and no text")})
		return nil
	}
	if d.Repaired > 0 {
		rd.problem(Problem{File: d.File, Line: d.Line, Reason: InvalidUTF8,
			Err: fmt.Errorf("%d invalid UTF-8 sequences replaced with U+FFFD", d.Repaired)})
	}
	if d.RawDate != "" {
		date, err := ParseDate(d.RawDate)
		if err != nil {
			rd.problem(Problem{File: d.File, Line: d.Line, Reason: BadDate, Err: err})
		}
		d.Date = date
	}
	return rd.emit(d)
}

// ShownName returns a file name as outputs show it (document ids, problems,
// run.json): as it is when it is valid UTF-8, and otherwise with each byte
// of an invalid sequence written as \xNN (lower-case hex), so that two
// names that differ stay different ("caf\xe9.txt" for Latin-1 "café.txt").
func ShownName(name string) string {
	if utf8.ValidString(name) {
		return name
	}
	const hex = "0123456789abcdef"
	b := make([]byte, 0, len(name)+12)
	for i := 0; i < len(name); {
		r, size := utf8.DecodeRuneInString(name[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, '\\', 'x', hex[name[i]>>4], hex[name[i]&0xf])
			i++
			continue
		}
		b = append(b, name[i:i+size]...)
		i += size
	}
	return string(b)
}

// repair replaces each run of invalid UTF-8 bytes in s with U+FFFD and
// returns the result and the number of runs replaced.
func repair(s string) (string, int) {
	if utf8.ValidString(s) {
		return s, 0
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	n := 0
	invalid := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			b.WriteByte(c)
			i++
			invalid = false
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			if !invalid {
				b.WriteRune(utf8.RuneError)
				n++
				invalid = true
			}
			i++
			continue
		}
		b.WriteString(s[i : i+size])
		i += size
		invalid = false
	}
	return b.String(), n
}

// decompressed returns the content of a file read through in (whose read
// error, if any, readErr returns), decompressed by comp, and the function
// that closes the decompressor. When the file cannot be decompressed it
// reports a problem and returns ok false, with ctx's error when ctx is
// done (the read was cut short) and nil otherwise: the file is skipped.
func decompressed(ctx context.Context, in io.Reader, readErr func() error, name string, comp compression, problem func(Problem)) (r io.Reader, closeFn func(), ok bool, err error) {
	switch comp {
	case gzipped:
		zr, err := gzip.NewReader(in)
		if err != nil {
			switch {
			case ctx.Err() != nil:
				return nil, nil, false, ctx.Err()
			case readErr() != nil:
				problem(Problem{File: name, Reason: Unreadable, Err: readErr()})
			case errors.Is(err, io.EOF):
				problem(Problem{File: name, Reason: Empty, Err: errors.New("empty file")})
			default:
				problem(Problem{File: name, Reason: Malformed, Err: prefixed("gzip", err)})
			}
			return nil, nil, false, nil
		}
		return zr, func() { zr.Close() }, true, nil
	case zstandard:
		zr, err := zstd.NewReader(in,
			zstd.WithDecoderConcurrency(1),
			zstd.WithDecoderLowmem(true),
			zstd.WithDecoderMaxWindow(maxZstdWindow))
		if err != nil {
			problem(Problem{File: name, Reason: Malformed, Err: prefixed("zstd", err)})
			return nil, nil, false, nil
		}
		return zr, zr.Close, true, nil
	}
	return in, func() {}, true, nil
}
