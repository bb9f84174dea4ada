package syntax

import (
	"math/rand/v2"
	"testing"
)

func benchLinear(b *testing.B, nfeat int) {
	r := rand.New(rand.NewPCG(1, 2))
	feats := make([]feature, nfeat)
	for i := range feats {
		n := 1 + r.IntN(4)
		if r.IntN(50) == 0 {
			n = 60
		}
		f := feature{hash: r.Uint64()}
		for c := range n {
			f.classes = append(f.classes, uint8(c))
			f.weights = append(f.weights, float32(r.NormFloat64()))
		}
		feats[i] = f
	}
	l, err := newLinear(100, feats)
	if err != nil {
		b.Fatal(err)
	}
	queries := make([][]uint64, 1000)
	for i := range queries {
		q := make([]uint64, 90)
		for j := range q {
			if r.IntN(2) == 0 {
				q[j] = feats[r.IntN(nfeat)].hash
			} else {
				q[j] = r.Uint64()
			}
		}
		queries[i] = q
	}
	scores := make([]float32, l.stride)
	var sink uint32
	var found []int32
	b.ResetTimer()
	for i := range b.N {
		var u uint32
		found, u = l.score(queries[i%len(queries)], scores, found)
		sink += u
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/90, "ns/lookup")
	_ = sink
}

func BenchmarkLinearSmall(b *testing.B) { benchLinear(b, 20000) }
func BenchmarkLinearLarge(b *testing.B) { benchLinear(b, 900000) }
