//go:build amd64 && !purego

package syntax

// addTo adds src to dst (len(src) a multiple of 8, len(dst) >= len(src)),
// four floats per SSE instruction.
func addTo(dst, src []float32) {
	if len(dst) < len(src) || len(src)%8 != 0 {
		panic("syntax: addTo: bad lengths")
	}
	addSSE(&dst[0], &src[0], len(src)/8)
}

//go:noescape
func addSSE(dst, src *float32, blocks int)
