package brown

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

func TestWords(t *testing.T) {
	t.Parallel()
	tests := []struct {
		text string
		want string // words joined by spaces
	}{
		{"", ""},
		{"   \t\n ", ""},
		{"Hello world", "hello world"},
		{"The U.S. and the U.N. met at 9 a.m. today.", "the u.s. and the u.n. met at 0 a.m. today ."},
		{"It was 1990; growth was 3.5%.", "it was 0000 ; growth was 0.0 % ."},
		{"1,000,000 people", "0,000,000 people"},
		{"a well-known, long-standing issue", "a well - known , long - standing issue"},
		{"the 2015-2030 agenda", "the 0000 - 0000 agenda"},
		{"peace—and security", "peace — and security"},
		{"U.S.-led coalition", "u.s. - led coalition"},
		{"We don't, can't and won't.", "we do n't , ca n't and wo n't ."},
		{"I cannot agree", "i can not agree"},
		{"It's the Assembly's view; they're here, we've come, we'll go, I'd say, I'm sure", "it 's the assembly 's view ; they 're here , we 've come , we 'll go , i 'd say , i 'm sure"},
		{"Don’t forget the nation’s duty", "do n't forget the nation 's duty"},
		{"the countries' efforts", "the countries ' efforts"},
		{`"Never again," he said.`, `" never again , " he said .`},
		{"(see above)...", "( see above ) ..."},
		{"Wait -- what?!", "wait -- what ? !"},
		{"Really!!! Yes??", "really !!! yes ??"},
		{"Mr. President, Mrs. Smith, Dr. Jones etc.", "mr. president , mrs. smith , dr. jones etc."},
		{"(Mr. Annan)", "( mr. annan )"},
		{"He said no.", "he said no ."},
		{"the Ph.D. thesis", "the ph.d. thesis"},
		{"Côte d'Ivoire's position", "côte d'ivoire 's position"},
		{"ÉCOLE Ünïcode", "école ünïcode"},
		{"the '90s", "the ' 00s"},
		{"the U.N. 's role", "the u.n. 's role"},
		{"...", "..."},
		{"$100 and 50%", "$ 000 and 00 %"},
		{"www.un.org", "www.un.org"},
		{"end.\"", "end . \""},
		{"Arabic ٣ digits", "arabic ٣ digits"},
	}
	for _, tt := range tests {
		got := strings.Join(Words(tt.text, nil), " ")
		if got != tt.want {
			t.Errorf("Words(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestWordsAppends(t *testing.T) {
	t.Parallel()
	dst := []string{"kept"}
	got := Words("new words", dst)
	if want := []string{"kept", "new", "words"}; !slices.Equal(got, want) {
		t.Errorf("Words appended %q, want %q", got, want)
	}
}

func FuzzWords(f *testing.F) {
	for _, s := range []string{
		"The U.S. and the U.N. met at 9 a.m. today.",
		"We don't, can't and won't. I cannot.",
		"a well-known--issue U.S.-led (Mr. Annan)...",
		"Don’t ’s '' -- !!! ¬ \xff\xfe",
		"-.-.- ' n't 's",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got := Words(text, nil)
		for i, w := range got {
			if w == "" {
				t.Fatalf("Words(%q)[%d] is empty", text, i)
			}
			if strings.ContainsFunc(w, unicode.IsSpace) {
				t.Fatalf("Words(%q)[%d] = %q holds white space", text, i, w)
			}
			if strings.ContainsAny(w, "123456789") {
				t.Fatalf("Words(%q)[%d] = %q holds a digit other than 0", text, i, w)
			}
		}
		if again := Words(text, nil); !slices.Equal(got, again) {
			t.Fatalf("Words(%q) = %q, then %q", text, got, again)
		}
		// Words depends only on the piece between white space.
		var pieces []string
		for p := range strings.FieldsFuncSeq(text, unicode.IsSpace) {
			pieces = Words(p, pieces)
		}
		if !slices.Equal(got, pieces) {
			t.Fatalf("Words(%q) = %q, piece by piece %q", text, got, pieces)
		}
	})
}
