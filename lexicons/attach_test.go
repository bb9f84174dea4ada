package lexicons

import "testing"

func TestParseAttach(t *testing.T) {
	for k := AttachAny; k < numAttach; k++ {
		got, ok := ParseAttach(k.String())
		if !ok || got != k {
			t.Errorf("ParseAttach(%q) = %v, %v; want %v, true", k.String(), got, ok, k)
		}
	}
	if _, ok := ParseAttach("subject"); ok {
		t.Error(`ParseAttach("subject") ok, want not`)
	}
}
