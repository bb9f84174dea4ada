package reports

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/stance-project/stance/analysis/aggregate"
	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/analysis/record"
)

// TestCollectorMerge: stances split between collectors, each fed in its
// own order, some encoded and decoded, merged in any order, give the rows
// and speakers of one collector fed them all.
func TestCollectorMerge(t *testing.T) {
	t.Parallel()
	o := CollectOptions{Period: aggregate.Year, Successors: aggregate.DefaultSuccessors(), PerPair: 3,
		Since: corpus.Date{Year: 2016, Precision: corpus.Year}}
	speakers := []string{"Ann", "Bob", "Cy", ""}
	countries := []string{"USA", "RUS", "SUN", "FRA", ""}
	for seed := range uint64(20) {
		r := rand.New(rand.NewPCG(seed, 7))
		n := 1 + r.IntN(300)
		type item struct {
			s  record.Stance
			st StatementText
		}
		items := make([]item, n)
		for i := range items {
			// Statement ids are unique: rows of equal strength are told
			// apart by them, as in a run.
			id := fmt.Sprintf("d%d#%d", i/3, i%3)
			s := collectStance(id, speakers[r.IntN(len(speakers))], countries[r.IntN(len(countries))], countries[r.IntN(len(countries))],
				float64(r.IntN(2001)-1000)/1e3, float64(r.IntN(11))/10, 2015+r.IntN(4))
			items[i] = item{s, StatementText{Text: "text of " + id + " about USA", Kind: "direct", Cue: "said"}}
		}
		whole := NewCollector(o)
		for _, it := range items {
			whole.Add(it.s, it.st)
		}
		parts := make([]*Collector, 1+r.IntN(5))
		for i := range parts {
			parts[i] = NewCollector(o)
		}
		for _, j := range r.Perm(n) {
			parts[r.IntN(len(parts))].Add(items[j].s, items[j].st)
		}
		for i, p := range parts {
			if r.IntN(2) == 0 {
				data, err := p.MarshalBinary()
				if err != nil {
					t.Fatal(err)
				}
				q := NewCollector(o)
				if err := q.UnmarshalBinary(data); err != nil {
					t.Fatal(err)
				}
				parts[i] = q
			}
		}
		r.Shuffle(len(parts), func(i, j int) { parts[i], parts[j] = parts[j], parts[i] })
		for len(parts) > 1 {
			if err := parts[0].Merge(parts[len(parts)-1]); err != nil {
				t.Fatal(err)
			}
			parts = parts[:len(parts)-1]
		}
		got := parts[0]
		if g, w := got.Rows(0), whole.Rows(0); !reflect.DeepEqual(g, w) {
			t.Fatalf("seed %d: merged Rows(0) =\n%+v\nwant\n%+v", seed, g, w)
		}
		if g, w := got.TopSpeakers(3), whole.TopSpeakers(3); !reflect.DeepEqual(g, w) {
			t.Fatalf("seed %d: merged TopSpeakers(3) = %+v, want %+v", seed, g, w)
		}
	}
}

func TestCollectorMergeItself(t *testing.T) {
	t.Parallel()
	c, twice := NewCollector(CollectOptions{}), NewCollector(CollectOptions{})
	for _, s := range []record.Stance{
		collectStance("d1#1", "Ann", "AAA", "BBB", -0.5, 1, 2019),
		collectStance("d2#1", "Bob", "AAA", "BBB", 0.25, 1, 2019),
	} {
		c.Add(s, StatementText{})
		twice.Add(s, StatementText{})
		twice.Add(s, StatementText{})
	}
	if err := c.Merge(c); err != nil {
		t.Fatal(err)
	}
	if g, w := c.TopSpeakers(5), twice.TopSpeakers(5); !reflect.DeepEqual(g, w) {
		t.Errorf("merged into itself: TopSpeakers = %+v, want %+v", g, w)
	}
}

func TestCollectorUnmarshalBad(t *testing.T) {
	t.Parallel()
	c := NewCollector(CollectOptions{})
	c.Add(collectStance("d1#1", "Ann", "AAA", "BBB", -0.5, 1, 2019), StatementText{Text: "x"})
	data, err := c.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	for n := range len(data) {
		if err := NewCollector(CollectOptions{}).UnmarshalBinary(data[:n]); !errors.Is(err, ErrDecode) {
			t.Fatalf("UnmarshalBinary(first %d of %d bytes) = %v, want ErrDecode", n, len(data), err)
		}
	}
	if err := NewCollector(CollectOptions{PerPair: 5}).UnmarshalBinary(data); !errors.Is(err, ErrDecode) {
		t.Errorf("UnmarshalBinary into a collector of another PerPair = %v, want ErrDecode", err)
	}
	if err := NewCollector(CollectOptions{PerPair: 5}).Merge(c); err == nil {
		t.Error("Merge of collectors of different PerPair succeeded")
	}
}
