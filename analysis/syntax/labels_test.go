package syntax

import "testing"

func TestUPOSRoundTrip(t *testing.T) {
	for u := NoUPOS; u < numUPOS; u++ {
		name := u.String()
		if got, ok := ParseUPOS(name); !ok || got != u {
			t.Errorf("ParseUPOS(%q) = %v, %v; want %v, true", name, got, ok, u)
		}
	}
	if got := numUPOS.String(); got != "UPOS?" {
		t.Errorf("UPOS(%d).String() = %q, want %q", numUPOS, got, "UPOS?")
	}
	for _, s := range []string{"", "noun", "NOUNS", "UPOS?", "PROPN ", "nsubj"} {
		if got, ok := ParseUPOS(s); ok {
			t.Errorf("ParseUPOS(%q) = %v, true; want false", s, got)
		}
	}
}

func TestXPOSRoundTrip(t *testing.T) {
	for x := NoXPOS; x < numXPOS; x++ {
		name := x.String()
		if got, ok := ParseXPOS(name); !ok || got != x {
			t.Errorf("ParseXPOS(%q) = %v, %v; want %v, true", name, got, ok, x)
		}
	}
	if got := numXPOS.String(); got != "XPOS?" {
		t.Errorf("XPOS(%d).String() = %q, want %q", numXPOS, got, "XPOS?")
	}
	// The tags whose constants are not named after them.
	for _, c := range []struct {
		name string
		want XPOS
	}{
		{"POS", XPossessive}, {"PRP$", XPRPS}, {"WP$", XWPS}, {"$", XDollar}, {"#", XHash},
		{",", XComma}, {".", XPeriod}, {":", XColon}, {"``", XOpenQ}, {"''", XCloseQ},
		{"-LRB-", XLRB}, {"-RRB-", XRRB}, {"HYPH", XHYPH}, {"NFP", XNFP}, {"XX", XXX}, {"_", NoXPOS},
	} {
		if got, ok := ParseXPOS(c.name); !ok || got != c.want {
			t.Errorf("ParseXPOS(%q) = %v, %v; want %v, true", c.name, got, ok, c.want)
		}
	}
	for _, s := range []string{"", "nn", "NNX", "(", "XPOS?"} {
		if got, ok := ParseXPOS(s); ok {
			t.Errorf("ParseXPOS(%q) = %v, true; want false", s, got)
		}
	}
}

func TestRelRoundTrip(t *testing.T) {
	for r := NoRel; r < numRel; r++ {
		name := r.String()
		if got, ok := ParseRel(name); !ok || got != r {
			t.Errorf("ParseRel(%q) = %v, %v; want %v, true", name, got, ok, r)
		}
	}
	if got := numRel.String(); got != "rel?" {
		t.Errorf("Rel(%d).String() = %q, want %q", numRel, got, "rel?")
	}
	for _, s := range []string{"", "NSUBJ", "nsubj:foo", "root ", "rel?", "nmod:"} {
		if got, ok := ParseRel(s); ok {
			t.Errorf("ParseRel(%q) = %v, true; want false", s, got)
		}
	}
}

func TestRelBase(t *testing.T) {
	for _, c := range []struct{ rel, want Rel }{
		{NsubjPass, Nsubj},
		{NmodPoss, Nmod},
		{NmodUnmarked, Nmod},
		{OblAgent, Obl},
		{OblUnmarked, Obl},
		{AclRelcl, Acl},
		{CompoundPrt, Compound},
		{AuxPass, Aux},
		{FlatForeign, Flat},
		{OblTmod, Obl},
		{Nsubj, Nsubj},
		{Root, Root},
		{NoRel, NoRel},
	} {
		if got := c.rel.Base(); got != c.want {
			t.Errorf("%v.Base() = %v, want %v", c.rel, got, c.want)
		}
	}
	// Every subtype's base is a relation without a subtype.
	for r := NoRel; r < numRel; r++ {
		if b := r.Base(); b.Base() != b || b == NoRel && r != NoRel {
			t.Errorf("%v.Base() = %v", r, b)
		}
	}
}
