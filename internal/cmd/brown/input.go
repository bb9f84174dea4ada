package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/stance-project/stance/internal/brown"
)

// format is the format of an input file.
type format int

const (
	unknown format = iota
	jsonLines
	plainText
)

// inputFormat returns the format of the file named path, by its name.
func inputFormat(path string) format {
	name := strings.TrimSuffix(path, ".gz")
	switch {
	case strings.HasSuffix(name, ".jsonl"):
		return jsonLines
	case strings.HasSuffix(name, ".txt"):
		return plainText
	}
	return unknown
}

// Errors of input lines, wrapped in a *ParseError.
var (
	errJSON   = errors.New("invalid JSON")
	errNoText = errors.New(`no "text" field`)
)

// ParseError is bad input at a line of a file.
type ParseError struct {
	File string
	Line int
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err) }

func (e *ParseError) Unwrap() error { return e.Err }

// readInput adds the documents of the file named path to c.
func readInput(ctx context.Context, path string, c *brown.Corpus) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		defer zr.Close()
		r = zr
	}
	return readDocuments(ctx, path, r, inputFormat(path), c)
}

// readDocuments adds the documents read from r, in format form, to c.
// name is the file name for error messages.
func readDocuments(ctx context.Context, name string, r io.Reader, form format, c *brown.Corpus) error {
	br := bufio.NewReaderSize(r, 1<<20)
	var words []string
	var rec struct {
		Text *string `json:"text"`
	}
	for line := 1; ; line++ {
		b, err := br.ReadBytes('\n')
		if len(b) > 0 {
			if line%1024 == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
			}
			switch form {
			case jsonLines:
				if len(bytes.TrimSpace(b)) == 0 {
					break
				}
				rec.Text = nil
				if jerr := json.Unmarshal(b, &rec); jerr != nil {
					return &ParseError{name, line, fmt.Errorf("%w: %v", errJSON, jerr)}
				}
				if rec.Text == nil {
					return &ParseError{name, line, errNoText}
				}
				words = brown.Words(*rec.Text, words[:0])
				c.Add(words)
			default:
				words = brown.Words(string(b), words[:0])
				c.Add(words)
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s:%d: %w", name, line, err)
		}
	}
}
