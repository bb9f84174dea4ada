package corpus

import "fmt"

// Reason classifies a [Problem].
type Reason int

// Reasons for a problem. Keep in sync with doc.go and the README (run.json).
const (
	Unreadable  Reason = iota // the file could not be opened or read (vanished, permissions, I/O)
	Binary                    // the file is not text
	Empty                     // the file (or record) holds no text
	Malformed                 // a record could not be parsed (bad JSON, bad CSV, bad gzip)
	TooLarge                  // a record is larger than Options.MaxRecordBytes
	Unsupported               // the file's extension is not a known input format
	InvalidUTF8               // the text had invalid UTF-8, repaired to U+FFFD (the document is kept)
	BadDate                   // the date could not be parsed (the document is kept, with no date)
)

var reasonNames = [...]string{
	Unreadable:  "unreadable",
	Binary:      "binary",
	Empty:       "empty",
	Malformed:   "malformed",
	TooLarge:    "too-large",
	Unsupported: "unsupported",
	InvalidUTF8: "invalid-utf8",
	BadDate:     "bad-date",
}

// String returns the reason's name as written in run.json.
func (r Reason) String() string {
	if r >= 0 && int(r) < len(reasonNames) {
		return reasonNames[r]
	}
	return fmt.Sprintf("Reason(%d)", int(r))
}

// Skips reports whether a problem of this reason loses the record (true) or
// only notes a repair on a document that is kept (false).
func (r Reason) Skips() bool { return r != InvalidUTF8 && r != BadDate }

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
