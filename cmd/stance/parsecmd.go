package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stance-project/stance/analysis"
	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/analysis/syntax"
)

// parseCmd writes the sentences of one input, split and tokenized as the
// analysis reads them, tagged and parsed, in CoNLL-U. A file of a corpus
// format is read as run reads it, one document at a time; standard input
// and a file of any other extension are plain text, read a paragraph at a
// time. Nothing is held beyond the document or paragraph being parsed.
func parseCmd(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("parse", flag.ContinueOnError)
	c := commonFlags{fields: fieldMap{}}
	fs.Var(c.fields, "field", "map an input field: name=source (repeatable)")
	fs.Int64Var(&c.maxBytes, "max-record-bytes", 0, "skip records larger than this (0: 64 MiB)")
	files, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(files) != 1 {
		return usagef("parse: want one FILE or - (got %d)", len(files))
	}
	m, err := syntax.Load()
	if err != nil {
		return fmt.Errorf("load syntax model: %w", err)
	}
	out := bufio.NewWriterSize(stdout, 64<<10)
	w := &conlluWriter{w: out, p: m.NewParser()}
	skipped := 0
	problem := func(p corpus.Problem) {
		if p.Reason.Skips() {
			skipped++
		}
		fmt.Fprintf(stderr, "stance: %v\n", &p)
	}
	name := files[0]
	if name == "-" || !corpus.Supported(name) {
		in := stdin
		if name != "-" {
			f, err := os.Open(name)
			if err != nil {
				return err
			}
			defer f.Close()
			in = f
		} else {
			name = "stdin"
		}
		n := 0
		err = readPlain(ctx, in, name, c.readOptions().MaxRecordBytes, func(text string) error {
			return w.document(corpus.Document{Text: text}, "", &n)
		}, problem)
	} else {
		err = corpus.ReadFile(ctx, name, c.readOptions(), func(doc corpus.Document) error {
			n := 0
			return w.document(doc, doc.ID, &n)
		}, problem)
	}
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		if ctx.Err() != nil {
			return errInterrupted
		}
		return err
	}
	if skipped > 0 {
		return fmt.Errorf("input skipped or cut: %d problems (see above)", skipped)
	}
	return nil
}

// conlluWriter parses sentences and writes them in CoNLL-U.
type conlluWriter struct {
	w io.Writer
	p *syntax.Parser
}

// document parses and writes the sentences of doc. Their ids are
// "id#N", or "N" when id is empty, with N counted on from *n; the first
// sentence of a document with an id opens it with "# newdoc id". A
// sentence without a token is counted but not written.
func (cw *conlluWriter) document(doc corpus.Document, id string, n *int) error {
	first := true
	for s := range analysis.DocumentSentences(doc) {
		*n++
		if len(s.Tokens) == 0 {
			continue
		}
		field := doc.Text
		if s.Field == analysis.TitleField {
			field = doc.Title
		}
		tree := cw.p.Parse(s.Tokens)
		tree.ID, tree.Text = strconv.Itoa(*n), field[s.Start:s.End]
		if id != "" {
			tree.ID = id + "#" + tree.ID
			if first {
				fmt.Fprintf(cw.w, "# newdoc id = %s\n", strings.Join(strings.Fields(id), " "))
			}
		}
		first = false
		if err := syntax.Write(cw.w, tree); err != nil {
			return err
		}
	}
	return nil
}

// Plain text is handed to the analysis's sentence splitter in pieces: a
// paragraph (the lines between blank lines), or, when a paragraph grows
// past plainChunk bytes, the lines up to one whose last character ends a
// sentence whatever follows it (the splitter ends a sentence at the line
// break after . ! ? " ” ’ : or ;), so that the sentences are those of
// the whole text while memory stays bounded in a text with no blank
// lines.
const plainChunk = 64 << 10

// readPlain reads plain text from r and calls emit with each piece of it
// (see plainChunk), its lines normalised as the .txt reader does (invalid
// UTF-8 repaired to U+FFFD, carriage returns as line ends, no-break spaces
// as spaces, trailing space trimmed). A line longer than maxBytes is
// skipped and a piece that reaches maxBytes with no sentence end at a line
// end is cut there; both are reported to problem, as invalid UTF-8 is.
// It checks ctx between pieces.
func readPlain(ctx context.Context, r io.Reader, name string, maxBytes int64, emit func(string) error, problem func(corpus.Problem)) error {
	limit := int(corpus.DefaultMaxRecordBytes)
	if maxBytes > 0 {
		limit = int(min(maxBytes, 1<<40))
	}
	br := bufio.NewReaderSize(r, 64<<10)
	var piece strings.Builder
	flush := func() error {
		if piece.Len() == 0 {
			return nil
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		s := piece.String()
		piece.Reset()
		return emit(s)
	}
	// addLine adds a line to the piece and hands the piece over at a
	// paragraph's end, or when it is long (see plainChunk).
	addLine := func(line string, lineNo int) error {
		switch {
		case line == "":
			return flush()
		case piece.Len() > 0:
			piece.WriteByte('\n')
		}
		piece.WriteString(line)
		switch {
		case piece.Len() >= plainChunk && endsSentence(line):
			return flush()
		case piece.Len() >= limit:
			problem(corpus.Problem{File: name, Line: lineNo, Reason: corpus.TooLarge,
				Err: fmt.Errorf("%d bytes without a blank line or a line ending a sentence: cut here", piece.Len())})
			return flush()
		}
		return nil
	}
	var buf []byte
	badUTF8 := false
	for lineNo := 1; ; lineNo++ {
		buf = buf[:0]
		tooLong := false
		var err error
		for {
			var frag []byte
			frag, err = br.ReadSlice('\n')
			if !tooLong && len(buf)+len(frag) > limit {
				tooLong, buf = true, buf[:0]
			}
			if !tooLong {
				buf = append(buf, frag...)
			}
			if !errors.Is(err, bufio.ErrBufferFull) {
				break
			}
		}
		if err != nil && err != io.EOF {
			return fmt.Errorf("read %s: %w", name, err)
		}
		if tooLong {
			problem(corpus.Problem{File: name, Line: lineNo, Reason: corpus.TooLarge, Err: fmt.Errorf("line longer than %d bytes", limit)})
			if ferr := flush(); ferr != nil {
				return ferr
			}
		} else {
			text := string(buf)
			if !badUTF8 && !utf8.ValidString(text) {
				badUTF8 = true
				problem(corpus.Problem{File: name, Line: lineNo, Reason: corpus.InvalidUTF8, Err: errors.New("invalid UTF-8 replaced by U+FFFD")})
			}
			text = strings.ToValidUTF8(text, "\uFFFD")
			text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
			for _, line := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
				line = strings.TrimRightFunc(strings.Map(plainSpace, line), unicode.IsSpace)
				if err := addLine(line, lineNo); err != nil {
					return err
				}
			}
		}
		if err == io.EOF {
			return flush()
		}
	}
}

// endsSentence reports whether the sentence splitter ends a sentence at
// the line break after line, whatever the next line holds.
func endsSentence(line string) bool {
	return strings.ContainsAny(line[len(line)-1:], ".!?\":;") || strings.HasSuffix(line, "”") || strings.HasSuffix(line, "’")
}

// plainSpace maps the no-break spaces to a space, as the .txt reader does.
func plainSpace(r rune) rune {
	switch r {
	case '\u00a0', '\u2007', '\u202f':
		return ' '
	}
	return r
}
