package corpus

import "fmt"

// Reason classifies a [Problem].
type Reason int

// Reasons for a problem, and for a note (see [Reason.Note]). Keep in sync
// with doc.go and the README (run.json).
const (
	Unreadable   Reason = iota // the file could not be opened or read (vanished, permissions, I/O)
	Binary                     // the file is not text (UTF-16 and UTF-32 text included: the message says how to convert it)
	Empty                      // the file (or record) holds no text
	Malformed                  // a record could not be parsed (bad JSON, bad CSV, bad gzip)
	TooLarge                   // a record is larger than Options.MaxRecordBytes
	Unsupported                // the file's extension is not a known input format
	InvalidUTF8                // the text (or the file name) had invalid UTF-8, repaired (the document is kept)
	BadDate                    // the date could not be parsed (the document is kept, with no date)
	DanglingLink               // a symbolic link to nothing
	LinkLoop                   // a symbolic link to a folder that holds it, or a chain of links that never ends
	SpecialFile                // a named pipe (FIFO), socket or device met in a folder, or a socket or device given: not read
	Excluded                   // note: a folder left out on purpose (the run's output folder)
	Duplicate                  // note: a file or folder met again under another name, read once
)

var reasonNames = [...]string{
	Unreadable:   "unreadable",
	Binary:       "binary",
	Empty:        "empty",
	Malformed:    "malformed",
	TooLarge:     "too-large",
	Unsupported:  "unsupported",
	InvalidUTF8:  "invalid-utf8",
	BadDate:      "bad-date",
	DanglingLink: "dangling-link",
	LinkLoop:     "link-loop",
	SpecialFile:  "special-file",
	Excluded:     "excluded",
	Duplicate:    "duplicate",
}

// String returns the reason's name as written in run.json.
func (r Reason) String() string {
	if r >= 0 && int(r) < len(reasonNames) {
		return reasonNames[r]
	}
	return fmt.Sprintf("Reason(%d)", int(r))
}

// Skips reports whether a problem of this reason loses the record (true) or
// only notes a repair on a document that is kept, or is a note (false).
func (r Reason) Skips() bool { return r != InvalidUTF8 && r != BadDate && !r.Note() }

// Note reports whether the reason is a note on how the input was walked (a
// folder excluded, a path met twice) rather than a problem with it: nothing
// is lost, so a note does not count as a problem (run -strict ignores it).
func (r Reason) Note() bool { return r == Excluded || r == Duplicate }

// Problem is a piece of bad input: where it is, what is wrong, and whether the
// record was skipped. It prints as "file:line: reason: message".
type Problem struct {
	File   string
	Line   int // 1-based; 0 when the problem concerns the whole file
	Reason Reason
	Err    error
}

func (p *Problem) Error() string {
	loc := p.File
	if p.Line > 0 {
		loc = fmt.Sprintf("%s:%d", p.File, p.Line)
	}
	if p.Err == nil {
		return fmt.Sprintf("%s: %s", loc, p.Reason)
	}
	return fmt.Sprintf("%s: %s: %v", loc, p.Reason, p.Err)
}

func (p *Problem) Unwrap() error { return p.Err }
