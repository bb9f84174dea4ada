package aggregate

import (
	"cmp"
	"context"
	"maps"
	"math/rand/v2"
	"slices"

	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/simple"
)

// BlocOptions configure [Blocs]. The zero value is the default.
type BlocOptions struct {
	// MinScore is the alignment score a pair must exceed to be joined by
	// an edge (0 means 0.1). Edges always need a positive score: any
	// negative MinScore means 0, every positive score makes an edge.
	MinScore float64
	// Resolution is the Louvain resolution γ: above 1 favours more,
	// smaller blocs, below 1 fewer, larger ones (0 or less means 1).
	Resolution float64
	// Seed seeds the random order in which Louvain visits the countries
	// (0 means 1). Each period gets its own source seeded with it, so a
	// period's blocs do not depend on the other periods.
	Seed uint64
}

func (o BlocOptions) defaults() BlocOptions {
	if o.MinScore == 0 {
		o.MinScore = 0.1
	}
	if o.MinScore < 0 {
		o.MinScore = 0
	}
	if o.Resolution <= 0 {
		o.Resolution = 1
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	return o
}

// Blocs finds communities of countries in each period's positive-alignment
// graph with the Louvain method (gonum's community.Modularize, top level of
// the hierarchy). The graph is undirected: a node per country, an edge of
// weight Score for each pair whose score is above MinScore. Rows with a NaN
// score or the same country on both sides are ignored; duplicate rows for
// a pair in a period are averaged before the threshold.
//
// Countries with no such edge in a period are not listed for it: a country
// only opposed to, or neutral toward, the others forms no bloc.
//
// Blocs are numbered 1, 2, ... within each period by decreasing size, ties
// broken by their first country alphabetically. Rows are sorted by period,
// bloc and country.
//
// The result is deterministic for a given input, whatever the order of its
// rows: node IDs follow the sorted country names, the graph lists
// neighbours in ID order, and the random source is a PCG seeded with
// (Seed, Seed). Another seed may give another partition where the
// modularity landscape is flat.
func Blocs(align []Alignment, o BlocOptions) []Bloc {
	out, _ := BlocsContext(context.Background(), align, o)
	return out
}

// BlocsContext is [Blocs] that stops when ctx is done: it returns nil and
// ctx.Err() then. It looks at ctx for each period.
func BlocsContext(ctx context.Context, align []Alignment, o BlocOptions) ([]Bloc, error) {
	o = o.defaults()
	periods, rows, err := periodRows(ctx, align)
	if err != nil {
		return nil, err
	}
	// Each period's blocs on its own (side by side: each has its own
	// random source), then in period order.
	blocs := make([][][]string, len(periods))
	if err := eachPeriod(ctx, len(periods), func(i int) {
		blocs[i] = blocsOfPeriod(pairScores(align, rows[i]), o)
	}); err != nil {
		return nil, err
	}
	var out []Bloc
	for j, period := range periods {
		for i, members := range blocs[j] {
			for _, c := range members {
				out = append(out, Bloc{Period: period, Bloc: i + 1, Country: c})
			}
		}
	}
	return out, nil
}

// blocsOfPeriod returns the communities of one period, each sorted, in
// bloc order.
func blocsOfPeriod(pairs map[countryPair]float64, o BlocOptions) [][]string {
	type edge struct {
		p countryPair
		w float64
	}
	var edges []edge
	linked := map[string]bool{}
	for p, s := range pairs {
		if s > o.MinScore {
			edges = append(edges, edge{p, s})
			linked[p.a] = true
			linked[p.b] = true
		}
	}
	if len(edges) == 0 {
		return nil
	}
	names := slices.Sorted(maps.Keys(linked))
	id := make(map[string]int64, len(names))
	for i, c := range names {
		id[c] = int64(i)
	}
	// A matrix graph lists a node's neighbours in ID order. gonum's
	// map-backed graphs list them in map order, which Louvain carries into
	// the order of its floating-point sums of community weights: that can
	// change a close comparison from one run to the next.
	g := simple.NewUndirectedMatrix(len(names), 0, 0, 0)
	for _, e := range edges {
		g.SetWeightedEdge(simple.WeightedEdge{
			F: simple.Node(id[e.p.a]),
			T: simple.Node(id[e.p.b]),
			W: e.w,
		})
	}
	src := rand.NewPCG(o.Seed, o.Seed)
	reduced := community.Modularize(g, o.Resolution, src)

	var blocs [][]string
	for _, comm := range reduced.Communities() {
		if len(comm) == 0 {
			continue
		}
		members := make([]string, 0, len(comm))
		for _, n := range comm {
			members = append(members, names[n.ID()])
		}
		slices.Sort(members)
		blocs = append(blocs, members)
	}
	slices.SortFunc(blocs, func(x, y []string) int {
		if c := cmp.Compare(len(y), len(x)); c != 0 {
			return c
		}
		return cmp.Compare(x[0], y[0])
	})
	return blocs
}
