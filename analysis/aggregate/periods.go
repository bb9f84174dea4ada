package aggregate

import (
	"cmp"
	"context"
	"math"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
)

// periodRows groups the rows of align that map and blocs read (a score
// that is not NaN, two different countries) by period: the sorted
// periods that have such rows and, for each, the indices of its rows in
// the order of align. Indices, not copies: on a corpus of decades the
// rows are the largest table of the report stage. It stops with
// ctx.Err() when ctx is done.
func periodRows(ctx context.Context, align []Alignment) ([]string, [][]int32, error) {
	at := map[string]int{}
	var rows [][]int32
	var periods []string
	for i := range align {
		if i%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return nil, nil, err
			}
		}
		r := &align[i]
		if math.IsNaN(r.Score) || r.A == r.B {
			continue
		}
		j, ok := at[r.Period]
		if !ok {
			j = len(periods)
			at[r.Period] = j
			periods = append(periods, r.Period)
			rows = append(rows, nil)
		}
		rows[j] = append(rows[j], int32(i))
	}
	order := make([]int, len(periods))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(x, y int) int { return cmp.Compare(periods[x], periods[y]) })
	sortedPeriods := make([]string, len(order))
	sortedRows := make([][]int32, len(order))
	for i, j := range order {
		sortedPeriods[i], sortedRows[i] = periods[j], rows[j]
	}
	return sortedPeriods, sortedRows, nil
}

// pairScores returns the scores of one period's rows (indices into
// align, from periodRows) by pair; duplicate rows for a pair are averaged
// over their sorted scores, so the result does not depend on the order of
// the rows.
func pairScores(align []Alignment, rows []int32) map[countryPair]float64 {
	out := make(map[countryPair]float64, len(rows))
	var dups map[countryPair][]float64 // pairs given more than once, rare
	for _, i := range rows {
		r := &align[i]
		p := countryPair{r.A, r.B}
		if p.b < p.a {
			p.a, p.b = p.b, p.a
		}
		prev, seen := out[p]
		if !seen {
			out[p] = r.Score
			continue
		}
		if dups == nil {
			dups = map[countryPair][]float64{}
		}
		if len(dups[p]) == 0 {
			dups[p] = []float64{prev}
		}
		dups[p] = append(dups[p], r.Score)
	}
	for p, scores := range dups {
		slices.Sort(scores)
		var sum float64
		for _, s := range scores {
			sum += s
		}
		out[p] = sum / float64(len(scores))
	}
	return out
}

// eachPeriod calls f(i) for every i in [0, n) on up to GOMAXPROCS
// goroutines, each i once, and returns when all have returned. It stops
// handing out periods when ctx is done and returns ctx.Err() then. f
// writes its result into the i-th place of a slice: the caller reads them
// in order, so the result does not depend on the order of the calls.
func eachPeriod(ctx context.Context, n int, f func(i int)) error {
	workers := min(runtime.GOMAXPROCS(0), n)
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				f(i)
			}
		}()
	}
	wg.Wait()
	return ctx.Err()
}
