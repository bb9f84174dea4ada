package syntax

// Features are 64-bit hashes of a template id and the atoms it joins
// (word hashes, tag and label ids, distances). The hash is a few multiplies
// and shifts; collisions among the model's features are checked when it is
// built.

const (
	hashK0 = 0x9E3779B97F4A7C15
	hashK1 = 0xC2B2AE3D27D4EB4F
	hashK2 = 0x165667B19E3779F9
)

func mix64(h uint64) uint64 {
	h ^= h >> 31
	h *= 0xBF58476D1CE4E5B9
	h ^= h >> 29
	h *= 0x94D049BB133111EB
	h ^= h >> 32
	return h
}

// tBase keeps template ids away from 0 (mix64(0) is 0).
const tBase = 0x51ED27

func f1(t, a uint64) uint64 { return mix64((t+tBase)*hashK0 ^ a) }

func f2(t, a, b uint64) uint64 { return mix64(((t+tBase)*hashK0^a)*hashK1 ^ b) }

func f3(t, a, b, c uint64) uint64 { return mix64((((t+tBase)*hashK0^a)*hashK1^b)*hashK2 ^ c) }

// hashString is FNV-1a over s, mixed.
func hashString[S string | []byte](s S) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return mix64(h)
}
