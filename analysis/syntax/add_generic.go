//go:build !amd64 || purego

package syntax

// addTo adds src to dst (len(src) a multiple of 8, len(dst) >= len(src)).
func addTo(dst, src []float32) {
	dst = dst[:len(src)]
	for i, v := range src {
		dst[i] += v
	}
}
