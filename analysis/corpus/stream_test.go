package corpus

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestReadStream: ReadStream gives what ReadFile gives, documents and
// problems, for files of every format, compressed or not, and for bad
// ones.
func TestReadStream(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(`{"id":"a","text":"Paris said hello.","date":"2020-01-02"}` + "\n" + `{"id":"b","text":"x","date":"soon"}` + "\nnot json\n"))
	zw.Close()
	files := map[string][]byte{
		"wire.jsonl.gz": gz.Bytes(),
		"bad.jsonl.gz":  []byte("not gzip at all"),
		"a.txt":         []byte("Title\n\nBody text of the article.\n"),
		"rows.csv":      []byte("id,text\n1,one\n2,\"two\n"),
		"empty.txt":     []byte("  \n"),
		"bin.txt":       {0, 1, 2, 3},
		"what.doc":      []byte("hello"),
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for name := range files {
		path := filepath.Join(dir, name)
		var wantDocs, gotDocs []Document
		var wantProbs, gotProbs []string
		err := ReadFile(context.Background(), path, Options{}, func(d Document) error { wantDocs = append(wantDocs, d); return nil },
			func(p Problem) { wantProbs = append(wantProbs, p.Error()) })
		if err != nil {
			t.Fatal(err)
		}
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		err = ReadStream(context.Background(), f, path, Options{}, func(d Document) error { gotDocs = append(gotDocs, d); return nil },
			func(p Problem) { gotProbs = append(gotProbs, p.Error()) })
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(gotDocs, wantDocs) {
			t.Errorf("%s: ReadStream documents = %+v, ReadFile's %+v", name, gotDocs, wantDocs)
		}
		if !reflect.DeepEqual(gotProbs, wantProbs) {
			t.Errorf("%s: ReadStream problems = %q, ReadFile's %q", name, gotProbs, wantProbs)
		}
	}
}

// TestReadStreamError: an error reading the stream is an Unreadable
// problem.
func TestReadStreamError(t *testing.T) {
	t.Parallel()
	var probs []Problem
	r := &failingReader{data: []byte(`{"id":"a","text":"one"}` + "\n"), err: errors.New("connection reset")}
	err := ReadStream(context.Background(), r, "gs://bucket/x.jsonl", Options{}, func(Document) error { return nil },
		func(p Problem) { probs = append(probs, p) })
	if err != nil || len(probs) != 1 || probs[0].Reason != Unreadable || probs[0].File != "gs://bucket/x.jsonl" {
		t.Errorf("ReadStream over a failing reader: %v, problems %v; want one unreadable problem", err, probs)
	}
}

type failingReader struct {
	data []byte
	err  error
}

func (r *failingReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, r.err
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}
