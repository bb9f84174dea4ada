package corpus

import (
	"context"
	"errors"
	"io"
)

// ReadStream is [ReadFile] for an input that is not a local file, such as
// an object of a cloud store that a Beam pipeline opened: it reads the
// documents of r as ReadFile reads a file called name (the format and the
// compression by name's extension; name, as [ShownName] shows it, in
// documents and problems) and reports problems alike. An error reading r
// is an Unreadable problem. The caller opens and closes r. Keep in step
// with ReadFile, which does the same after opening its file.
func ReadStream(ctx context.Context, r io.Reader, name string, opts Options, emit func(Document) error, problem func(Problem)) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	shown := ShownName(name)
	if shown != name {
		problem(Problem{File: shown, Reason: InvalidUTF8,
			Err: errors.New(`the file name is not valid UTF-8: outputs show each invalid byte as \xNN`)})
	}
	name = shown
	form, comp := detect(name)
	if form == unsupported {
		problem(Problem{File: name, Reason: Unsupported, Err: errors.New("unknown file extension (supported: " + SupportedList + ")")})
		return nil
	}
	in := &streamReader{r: r, count: opts.CountRead}
	dr, closeR, ok, err := decompressed(ctx, in, func() error { return in.err }, name, comp, problem)
	if !ok {
		return err
	}
	defer closeR()
	err = readStream(ctx, dr, name, form, opts, emit, problem)
	var re *readError
	if errors.As(err, &re) {
		if ctx.Err() != nil {
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

// streamReader is fileReader for any reader: it remembers the input's
// own error, to tell an I/O error (Unreadable) from a bad compressed
// stream (Malformed).
type streamReader struct {
	r     io.Reader
	err   error
	count func(int) // Options.CountRead
}

func (s *streamReader) Read(p []byte) (int, error) {
	n, err := s.r.Read(p)
	if s.count != nil && n > 0 {
		s.count(n)
	}
	if err != nil && err != io.EOF && s.err == nil {
		s.err = err
	}
	return n, err
}
