package reports

import (
	"bytes"
	"cmp"
	"encoding/gob"
	"errors"
	"fmt"
	"maps"
	"slices"
)

// Merge adds what o collected to c, as if c had been given o's stances
// too: the speakers' means and the stances by pair add up, and each
// pair keeps its strongest rows of the two (ties to the first statement
// id, then to c's rows). o must have been made with c's options (its
// functions aside); it is not changed and shares no memory with c
// afterwards. A Beam pipeline collects on many workers and merges.
func (c *Collector) Merge(o *Collector) error {
	if c.opts.PerPair != o.opts.PerPair {
		return fmt.Errorf("merge collectors: %d and %d statements per pair", c.opts.PerPair, o.opts.PerPair)
	}
	if c == o {
		o = o.clone()
	}
	for k, m := range o.speakers {
		acc := c.speakers[k]
		if acc == nil {
			acc = &meanAcc{}
			c.speakers[k] = acc
			c.names = nil
		}
		acc.n += m.n
		acc.sum += m.sum
	}
	for k, n := range o.pairs {
		c.pairs[k] += n
	}
	for k, rows := range o.samples {
		merged := append(slices.Clone(c.samples[k]), cloneSamples(rows)...)
		slices.SortStableFunc(merged, func(a, b sample) int {
			switch {
			case strongerRow(a.row, b.row):
				return -1
			case strongerRow(b.row, a.row):
				return 1
			}
			return 0
		})
		c.samples[k] = merged[:min(len(merged), c.opts.PerPair)]
	}
	return nil
}

// clone returns a copy of c's counts, with c's options.
func (c *Collector) clone() *Collector {
	d := NewCollector(c.opts)
	for k, m := range c.speakers {
		d.speakers[k] = &meanAcc{m.n, m.sum}
	}
	maps.Copy(d.pairs, c.pairs)
	for k, rows := range c.samples {
		d.samples[k] = cloneSamples(rows)
	}
	return d
}

func cloneSamples(rows []sample) []sample {
	out := slices.Clone(rows)
	for i := range out {
		out[i].row.Evidence = slices.Clone(out[i].row.Evidence)
		out[i].row.Targets = slices.Clone(out[i].row.Targets)
	}
	return out
}

// collectorWire is the encoding of a Collector's counts, in a fixed order.
type collectorWire struct {
	PerPair  int
	Speakers []speakerWire
	Pairs    []pairWire
}

type speakerWire struct {
	Speaker, Country, Target string
	N                        int
	Sum                      int64
}

type pairWire struct {
	Speaker, Target string
	N               int
	Rows            []ExplorerRow
	Statements      []StatementText
}

// MarshalBinary encodes what c collected (not its options) for
// [Collector.UnmarshalBinary]: a Beam coder, a file.
func (c *Collector) MarshalBinary() ([]byte, error) {
	w := collectorWire{PerPair: c.opts.PerPair}
	for _, k := range slices.SortedFunc(maps.Keys(c.speakers), func(a, b speakerKey) int {
		return cmp.Or(cmp.Compare(a.speaker, b.speaker), cmp.Compare(a.country, b.country), cmp.Compare(a.target, b.target))
	}) {
		m := c.speakers[k]
		w.Speakers = append(w.Speakers, speakerWire{k.speaker, k.country, k.target, m.n, m.sum})
	}
	keys := slices.Collect(maps.Keys(c.pairs))
	for k := range c.samples {
		if _, ok := c.pairs[k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.SortFunc(keys, func(a, b pairKey) int {
		return cmp.Or(cmp.Compare(a.speaker, b.speaker), cmp.Compare(a.target, b.target))
	})
	for _, k := range keys {
		p := pairWire{Speaker: k.speaker, Target: k.target, N: c.pairs[k]}
		for _, s := range c.samples[k] {
			p.Rows, p.Statements = append(p.Rows, s.row), append(p.Statements, s.stmt)
		}
		w.Pairs = append(w.Pairs, p)
	}
	var b bytes.Buffer
	if err := gob.NewEncoder(&b).Encode(&w); err != nil {
		return nil, fmt.Errorf("encode collector: %w", err)
	}
	return b.Bytes(), nil
}

// ErrDecode marks data that [Collector.UnmarshalBinary] cannot decode.
var ErrDecode = errors.New("not an encoded collector")

// UnmarshalBinary sets what c collected to what data holds
// ([Collector.MarshalBinary]); c keeps its options, which must be those of
// the collector encoded: make c with [NewCollector]. On an error
// (wrapping [ErrDecode]) c is left as it was.
func (c *Collector) UnmarshalBinary(data []byte) error {
	var w collectorWire
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&w); err != nil {
		return fmt.Errorf("decode collector: %w: %v", ErrDecode, err)
	}
	if w.PerPair != c.opts.PerPair {
		return fmt.Errorf("decode collector: %w: %d statements per pair, want %d", ErrDecode, w.PerPair, c.opts.PerPair)
	}
	speakers := make(map[speakerKey]*meanAcc, len(w.Speakers))
	for _, s := range w.Speakers {
		speakers[speakerKey{s.Speaker, s.Country, s.Target}] = &meanAcc{s.N, s.Sum}
	}
	pairs, samples := make(map[pairKey]int, len(w.Pairs)), make(map[pairKey][]sample, len(w.Pairs))
	for _, p := range w.Pairs {
		if len(p.Rows) != len(p.Statements) || len(p.Rows) > c.opts.PerPair {
			return fmt.Errorf("decode collector: %w: %d rows and %d statements for a pair", ErrDecode, len(p.Rows), len(p.Statements))
		}
		k := pairKey{p.Speaker, p.Target}
		if p.N != 0 {
			pairs[k] = p.N
		}
		for i := range p.Rows {
			samples[k] = append(samples[k], sample{p.Rows[i], p.Statements[i]})
		}
	}
	c.speakers, c.pairs, c.samples, c.names = speakers, pairs, samples, nil
	return nil
}
