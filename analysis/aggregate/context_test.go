package aggregate_test

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	"github.com/stance-project/stance/analysis/aggregate"
	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/analysis/record"
)

// randomAccumulator returns an accumulator of n random stances among
// countries C00 ... over years periods, with the options o.
func randomAccumulator(o aggregate.Options, countries, years, n int) *aggregate.Accumulator {
	r := rand.New(rand.NewPCG(5, 6))
	acc := aggregate.NewAccumulator(o)
	for range n {
		sp, tg := fmt.Sprintf("C%02d", r.IntN(countries)), fmt.Sprintf("C%02d", r.IntN(countries))
		d := corpus.Date{Year: 2000 + r.IntN(years), Precision: corpus.Year}
		acc.Add(record.Stance{SpeakerCountry: sp, TargetCountry: tg, Score: 2*r.Float64() - 1, Confidence: 1, Evidence: []string{"term"}, Date: d})
	}
	return acc
}

// TestContextCancelled: with a cancelled context, each stage of the
// aggregation returns nil and context.Canceled; with a live one, what the
// plain function returns.
func TestContextCancelled(t *testing.T) {
	t.Parallel()
	acc := randomAccumulator(aggregate.Options{Period: aggregate.Year, Bootstrap: 50}, 20, 3, 2000)
	dyads := acc.Dyads()
	align := aggregate.Alignments(dyads, aggregate.AlignOptions{Period: aggregate.Year})
	if len(dyads) == 0 || len(align) == 0 {
		t.Fatalf("%d dyads, %d alignments: want some", len(dyads), len(align))
	}
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	live := context.Background()

	check := func(name string, run func(context.Context) (any, error), want any) {
		t.Helper()
		if got, err := run(cancelled); !errors.Is(err, context.Canceled) || !reflect.ValueOf(got).IsNil() {
			t.Errorf("%s(cancelled) = %d rows, %v; want none, %v", name, reflect.ValueOf(got).Len(), err, context.Canceled)
		}
		got, err := run(live)
		// Compared as text to 10 digits: NaN is not equal to itself, and
		// Dyads sums the priors in map order.
		if err != nil || fmt.Sprintf("%.10v", got) != fmt.Sprintf("%.10v", want) {
			t.Errorf("%s(live) = %v (%d rows), want the plain function's %d rows", name, err, reflect.ValueOf(got).Len(), reflect.ValueOf(want).Len())
		}
	}
	check("DyadsContext", func(ctx context.Context) (any, error) { return acc.DyadsContext(ctx) }, dyads)
	check("AlignmentsContext", func(ctx context.Context) (any, error) {
		return aggregate.AlignmentsContext(ctx, dyads, aggregate.AlignOptions{Period: aggregate.Year})
	}, align)
	check("MapContext", func(ctx context.Context) (any, error) {
		return aggregate.MapContext(ctx, align, aggregate.MapOptions{})
	}, aggregate.Map(align, aggregate.MapOptions{}))
	check("BlocsContext", func(ctx context.Context) (any, error) {
		return aggregate.BlocsContext(ctx, align, aggregate.BlocOptions{})
	}, aggregate.Blocs(align, aggregate.BlocOptions{}))
}

// TestDyadsContextStopsBootstrap: a cancel in the middle of one long
// bootstrap (two dyads of 25,000 stances, 10,000 resamples: seconds of
// work)
// stops it within a fraction of a second.
func TestDyadsContextStopsBootstrap(t *testing.T) {
	t.Parallel()
	acc := randomAccumulator(aggregate.Options{Period: aggregate.Year, Bootstrap: 10000}, 2, 1, 100_000)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	time.AfterFunc(50*time.Millisecond, cancel)
	start := time.Now()
	dyads, err := acc.DyadsContext(ctx)
	took := time.Since(start)
	if !errors.Is(err, context.Canceled) || dyads != nil {
		t.Fatalf("DyadsContext = %d dyads, %v after %v; want none, %v", len(dyads), err, took, context.Canceled)
	}
	if took > time.Second {
		t.Errorf("DyadsContext returned %v after its start (cancel at 50ms), want within 1s", took.Round(time.Millisecond))
	}
}
