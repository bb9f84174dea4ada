package brown

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"testing"
)

var (
	days    = []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
	numbers = []string{"two", "three", "four", "five", "six", "seven"}
	verbs   = []string{"kick", "throw", "catch", "hit", "push"}
)

// framesCorpus returns a corpus where days, numbers and verbs each fill
// the middle of three-word frames of their own ("on monday morning", "about
// three apples", "they kick it"). Each frame word goes with most fillers of
// its group, so the fillers are the most frequent words.
func framesCorpus() *Corpus {
	groups := []struct {
		fill, before, after []string
	}{
		{days,
			[]string{"on", "last", "next", "every", "until", "since", "by", "from", "before", "after"},
			[]string{"morning", "evening", "night", "afternoon", "lunch", "mass", "market", "meeting", "session", "dinner"}},
		{numbers,
			[]string{"about", "exactly", "only", "nearly", "almost", "some", "just", "over", "under", "roughly"},
			[]string{"apples", "people", "cats", "dogs", "books", "houses", "cars", "trees", "boats", "shoes"}},
		{verbs,
			[]string{"they", "we", "you", "i", "she", "he", "people", "friends", "dogs", "children"},
			[]string{"it", "them", "him", "her", "that", "this", "everything", "something", "nothing", "one"}},
	}
	rng := rand.New(rand.NewPCG(1, 2))
	var c Corpus
	for _, g := range groups {
		for _, b := range g.before {
			for _, f := range g.fill {
				for _, a := range g.after {
					for range 1 + rng.IntN(3) {
						c.Add([]string{b, f, a})
					}
				}
			}
		}
	}
	return &c
}

// commonPrefix returns the longest common prefix of the paths of words.
func commonPrefix(paths map[string]string, words []string) string {
	p := paths[words[0]]
	for _, w := range words[1:] {
		q := paths[w]
		i := 0
		for i < len(p) && i < len(q) && p[i] == q[i] {
			i++
		}
		p = p[:i]
	}
	return p
}

func TestClusterFrames(t *testing.T) {
	t.Parallel()
	c := framesCorpus()
	for _, clusters := range []int{5, 8, 1000} {
		t.Run(fmt.Sprint(clusters), func(t *testing.T) {
			t.Parallel()
			res, err := Cluster(context.Background(), c, Options{Clusters: clusters})
			if err != nil {
				t.Fatal(err)
			}
			paths := map[string]string{}
			for _, w := range res.Words {
				paths[w.Text] = w.Path
			}
			groups := [][]string{days, numbers, verbs}
			for _, group := range groups {
				prefix := commonPrefix(paths, group)
				if prefix == "" {
					t.Errorf("%q share no prefix", group)
					continue
				}
				// No word of another group is under its prefix, and with
				// a cluster for each word, no other word at all.
				for w, p := range paths {
					if !strings.HasPrefix(p, prefix) || slices.Contains(group, w) {
						continue
					}
					if clusters >= len(paths) || slices.ContainsFunc(groups, func(g []string) bool { return slices.Contains(g, w) }) {
						t.Errorf("%s (%s) is under the prefix %s of %q", w, p, prefix, group)
					}
				}
			}
			if t.Failed() {
				var b bytes.Buffer
				res.WritePaths(&b)
				t.Logf("paths:\n%s", b.String())
			}
		})
	}
}

func TestClusterResult(t *testing.T) {
	t.Parallel()
	var c Corpus
	for _, doc := range []string{"a b a b c", "a c", "d"} {
		c.Add(Words(doc, nil))
	}
	tests := []struct {
		clusters, minCount int
		words              int // words in the result
		distinct           int // distinct paths
	}{
		{clusters: 1, minCount: 1, words: 4, distinct: 1},
		{clusters: 2, minCount: 1, words: 4, distinct: 2},
		{clusters: 10, minCount: 1, words: 4, distinct: 4},
		{clusters: 10, minCount: 2, words: 3, distinct: 3},
		{clusters: 10, minCount: 4, words: 0, distinct: 0},
	}
	for _, tt := range tests {
		res, err := Cluster(context.Background(), &c, Options{Clusters: tt.clusters, MinCount: tt.minCount})
		if err != nil {
			t.Fatalf("Cluster(C=%d, min %d): %v", tt.clusters, tt.minCount, err)
		}
		paths := map[string]bool{}
		for _, w := range res.Words {
			paths[w.Path] = true
			if w.Path == "" || strings.Trim(w.Path, "01") != "" {
				t.Errorf("C=%d: %s has the path %q", tt.clusters, w.Text, w.Path)
			}
		}
		if len(res.Words) != tt.words || len(paths) != tt.distinct {
			t.Errorf("Cluster(C=%d, min %d): %d words, %d paths, want %d, %d",
				tt.clusters, tt.minCount, len(res.Words), len(paths), tt.words, tt.distinct)
		}
		if res.Tokens != 8 {
			t.Errorf("Tokens = %d, want 8", res.Tokens)
		}
	}
}

func TestClusterErrors(t *testing.T) {
	t.Parallel()
	c := randomCorpus(1, 50, 100, 20)
	if _, err := Cluster(context.Background(), c, Options{Clusters: 0}); err == nil {
		t.Error("Cluster with 0 clusters: no error")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Cluster(ctx, c, Options{Clusters: 5}); !errors.Is(err, context.Canceled) {
		t.Errorf("Cluster with a cancelled context: %v, want %v", err, context.Canceled)
	}
}

// TestClusterDeterministic checks that the paths are byte-identical from
// run to run and for any GOMAXPROCS.
func TestClusterDeterministic(t *testing.T) {
	c := randomCorpus(42, 300, 400, 60)
	var want []byte
	for _, procs := range []int{1, 2, 1, 4} {
		old := runtime.GOMAXPROCS(procs)
		res, err := Cluster(context.Background(), c, Options{Clusters: 20, MinCount: 2})
		runtime.GOMAXPROCS(old)
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := res.WritePaths(&b); err != nil {
			t.Fatal(err)
		}
		if want == nil {
			want = b.Bytes()
			continue
		}
		if !bytes.Equal(b.Bytes(), want) {
			t.Fatalf("GOMAXPROCS=%d: paths differ from the first run", procs)
		}
	}
}

// TestClusterSorted checks the order of the words of the result.
func TestClusterSorted(t *testing.T) {
	t.Parallel()
	res, err := Cluster(context.Background(), randomCorpus(3, 200, 300, 40), Options{Clusters: 16})
	if err != nil {
		t.Fatal(err)
	}
	for i := 1; i < len(res.Words); i++ {
		a, b := res.Words[i-1], res.Words[i]
		if a.Path > b.Path || a.Path == b.Path && (a.Count < b.Count || a.Count == b.Count && a.Text >= b.Text) {
			t.Fatalf("words %d and %d out of order: %v, %v", i-1, i, a, b)
		}
	}
}

// classCorpus generates text from a class bigram model: classes of words
// that follow each other in a fixed pattern.
func classCorpus(seed uint64, classes, perClass, tokens int) *Corpus {
	rng := rand.New(rand.NewPCG(seed, 11))
	var c Corpus
	doc := make([]string, 0, 100)
	class := 0
	for range tokens / 100 {
		doc = doc[:0]
		for range 100 {
			// Zipf-like choice within the class.
			k := int(float64(perClass) * rng.Float64() * rng.Float64())
			doc = append(doc, fmt.Sprintf("c%dw%d", class, k))
			class = (class*3 + 1 + rng.IntN(3)) % classes
		}
		c.Add(doc)
	}
	return &c
}

func BenchmarkCluster(b *testing.B) {
	c := classCorpus(1, 40, 100, 500_000)
	b.ResetTimer()
	for b.Loop() {
		if _, err := Cluster(context.Background(), c, Options{Clusters: 100, MinCount: 2}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkWords(b *testing.B) {
	text := strings.Repeat("The U.S. delegation doesn't believe that the well-known 1990 agreement (signed by 25 States) is \"outdated\"... ", 100)
	b.SetBytes(int64(len(text)))
	var words []string
	for b.Loop() {
		words = Words(text, words[:0])
	}
}
