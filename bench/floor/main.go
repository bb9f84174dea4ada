// Command floor is the floor that stance's throughput is measured
// against: it does the least any tool must do with a JSON Lines corpus,
// on one core. It gunzips each file, decodes each line's JSON into a
// record with only the "text" field (the cheapest decoding: the other
// fields are skipped, not built), splits the text into words and looks
// every word up in a map. It prints the bytes it decoded, the lines, the
// words and the seconds it took.
//
// Usage:
//
//	go run ./bench/floor FILE.jsonl[.gz]...
//
// bench/run.sh runs it beside stance run on the same corpus.
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"time"
	"unicode"
)

func main() {
	flag.Parse()
	runtime.GOMAXPROCS(1)
	start := time.Now()
	// A small lexicon, as a tool looks words up in one.
	lexicon := map[string]int{}
	for i, w := range strings.Fields("peace war support condemn sanctions cooperation threat aggression friendship alliance treaty dialogue violence terrorism sovereignty") {
		lexicon[w] = i
	}
	var bytes, lines, words, hits int64
	for _, name := range flag.Args() {
		b, l, w, h, err := floor(name, lexicon)
		if err != nil {
			fmt.Fprintln(os.Stderr, "floor:", err)
			os.Exit(1)
		}
		bytes, lines, words, hits = bytes+b, lines+l, words+w, hits+h
	}
	fmt.Printf("bytes %d lines %d words %d hits %d seconds %.3f\n", bytes, lines, words, hits, time.Since(start).Seconds())
}

func floor(name string, lexicon map[string]int) (bytes, lines, words, hits int64, err error) {
	f, err := os.Open(name)
	if err != nil {
		return 0, 0, 0, 0, err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(name, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return 0, 0, 0, 0, fmt.Errorf("%s: %w", name, err)
		}
		defer zr.Close()
		r = zr
	}
	br := bufio.NewReaderSize(r, 1<<20)
	notLetter := func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }
	for {
		line, err := br.ReadBytes('\n')
		if len(line) > 0 {
			bytes += int64(len(line))
			lines++
			var rec struct {
				Text string `json:"text"`
			}
			if jerr := json.Unmarshal(line, &rec); jerr != nil {
				return 0, 0, 0, 0, fmt.Errorf("%s:%d: %w", name, lines, jerr)
			}
			for _, w := range strings.FieldsFunc(rec.Text, notLetter) {
				words++
				if _, ok := lexicon[w]; ok {
					hits++
				}
			}
		}
		if err == io.EOF {
			return bytes, lines, words, hits, nil
		}
		if err != nil {
			return 0, 0, 0, 0, fmt.Errorf("%s: %w", name, err)
		}
	}
}
