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
	return readContent(ctx, &fileReader{r: r, count: opts.CountRead}, name, form, comp, opts, emit, problem)
}
