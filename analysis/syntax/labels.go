package syntax

import "strings"

// UPOS is a universal part-of-speech tag (UD v2). The zero value is no tag.
type UPOS uint8

// Universal part-of-speech tags.
const (
	NoUPOS UPOS = iota
	ADJ
	ADP
	ADV
	AUX
	CCONJ
	DET
	INTJ
	NOUN
	NUM
	PART
	PRON
	PROPN
	PUNCT
	SCONJ
	SYM
	VERB
	X
	numUPOS
)

var uposNames = [...]string{
	NoUPOS: "_", ADJ: "ADJ", ADP: "ADP", ADV: "ADV", AUX: "AUX", CCONJ: "CCONJ",
	DET: "DET", INTJ: "INTJ", NOUN: "NOUN", NUM: "NUM", PART: "PART", PRON: "PRON",
	PROPN: "PROPN", PUNCT: "PUNCT", SCONJ: "SCONJ", SYM: "SYM", VERB: "VERB", X: "X",
}

// String returns the tag as CoNLL-U writes it ("_" for none).
func (t UPOS) String() string {
	if t < numUPOS {
		return uposNames[t]
	}
	return "UPOS?"
}

// ParseUPOS returns the tag named s ("_" is [NoUPOS]).
func ParseUPOS(s string) (UPOS, bool) {
	for i, n := range uposNames {
		if n == s {
			return UPOS(i), true
		}
	}
	return NoUPOS, false
}

// XPOS is an English Penn Treebank tag, as UD English-EWT extends it (HYPH,
// NFP, ADD, GW, AFX). The zero value is no tag.
type XPOS uint8

// Penn Treebank tags. The constant of tag T is XT; punctuation tags are
// named after their mark.
const (
	NoXPOS XPOS = iota
	XCC
	XCD
	XDT
	XEX
	XFW
	XIN
	XJJ
	XJJR
	XJJS
	XLS
	XMD
	XNN
	XNNS
	XNNP
	XNNPS
	XPDT
	XPossessive // POS, the possessive ending
	XPRP
	XPRPS // PRP$
	XRB
	XRBR
	XRBS
	XRP
	XSYM
	XTO
	XUH
	XVB
	XVBD
	XVBG
	XVBN
	XVBP
	XVBZ
	XWDT
	XWP
	XWPS // WP$
	XWRB
	XDollar // $
	XHash   // #
	XComma  // ,
	XPeriod // .
	XColon  // :
	XOpenQ  // ``
	XCloseQ // ''
	XLRB    // -LRB-
	XRRB    // -RRB-
	XHYPH   // HYPH
	XNFP    // NFP
	XADD    // ADD
	XGW     // GW
	XAFX    // AFX
	XXX     // XX
	numXPOS
)

var xposNames = [...]string{
	NoXPOS: "_", XCC: "CC", XCD: "CD", XDT: "DT", XEX: "EX", XFW: "FW", XIN: "IN", XJJ: "JJ",
	XJJR: "JJR", XJJS: "JJS", XLS: "LS", XMD: "MD", XNN: "NN", XNNS: "NNS", XNNP: "NNP",
	XNNPS: "NNPS", XPDT: "PDT", XPossessive: "POS", XPRP: "PRP", XPRPS: "PRP$", XRB: "RB",
	XRBR: "RBR", XRBS: "RBS", XRP: "RP", XSYM: "SYM", XTO: "TO", XUH: "UH", XVB: "VB",
	XVBD: "VBD", XVBG: "VBG", XVBN: "VBN", XVBP: "VBP", XVBZ: "VBZ", XWDT: "WDT", XWP: "WP",
	XWPS: "WP$", XWRB: "WRB", XDollar: "$", XHash: "#", XComma: ",", XPeriod: ".",
	XColon: ":", XOpenQ: "``", XCloseQ: "''", XLRB: "-LRB-", XRRB: "-RRB-", XHYPH: "HYPH",
	XNFP: "NFP", XADD: "ADD", XGW: "GW", XAFX: "AFX", XXX: "XX",
}

// String returns the tag as CoNLL-U writes it ("_" for none).
func (t XPOS) String() string {
	if t < numXPOS {
		return xposNames[t]
	}
	return "XPOS?"
}

// ParseXPOS returns the tag named s ("_" is [NoXPOS]).
func ParseXPOS(s string) (XPOS, bool) {
	for i, n := range xposNames {
		if n == s {
			return XPOS(i), true
		}
	}
	return NoXPOS, false
}

// Rel is a dependency relation of UD v2, with the subtypes of UD
// English-EWT. The zero value is no relation.
type Rel uint8

// Dependency relations.
const (
	NoRel Rel = iota
	Acl
	AclRelcl
	Advcl
	AdvclRelcl
	Advmod
	Amod
	Appos
	Aux
	AuxPass
	Case
	Cc
	CcPreconj
	Ccomp
	Clf
	Compound
	CompoundPrt
	Conj
	Cop
	Csubj
	CsubjOuter
	CsubjPass
	Dep
	Det
	DetPredet
	Discourse
	Dislocated
	Expl
	Fixed
	Flat
	Goeswith
	Iobj
	List
	Mark
	Nmod
	NmodDesc
	NmodPoss
	NmodUnmarked
	Nsubj
	NsubjOuter
	NsubjPass
	Nummod
	Obj
	Obl
	OblAgent
	OblUnmarked
	Orphan
	Parataxis
	Punct
	Reparandum
	Root
	Vocative
	Xcomp
	// Subtypes of earlier EWT releases, read so that their files can be
	// scored; the model does not predict them.
	OblTmod
	OblNpmod
	NmodTmod
	NmodNpmod
	FlatForeign
	numRel
)

var relNames = [...]string{
	NoRel: "_", Acl: "acl", AclRelcl: "acl:relcl", Advcl: "advcl", AdvclRelcl: "advcl:relcl",
	Advmod: "advmod", Amod: "amod", Appos: "appos", Aux: "aux", AuxPass: "aux:pass",
	Case: "case", Cc: "cc", CcPreconj: "cc:preconj", Ccomp: "ccomp", Clf: "clf",
	Compound: "compound", CompoundPrt: "compound:prt", Conj: "conj", Cop: "cop",
	Csubj: "csubj", CsubjOuter: "csubj:outer", CsubjPass: "csubj:pass", Dep: "dep",
	Det: "det", DetPredet: "det:predet", Discourse: "discourse", Dislocated: "dislocated",
	Expl: "expl", Fixed: "fixed", Flat: "flat", Goeswith: "goeswith", Iobj: "iobj",
	List: "list", Mark: "mark", Nmod: "nmod", NmodDesc: "nmod:desc", NmodPoss: "nmod:poss",
	NmodUnmarked: "nmod:unmarked", Nsubj: "nsubj", NsubjOuter: "nsubj:outer",
	NsubjPass: "nsubj:pass", Nummod: "nummod", Obj: "obj", Obl: "obl", OblAgent: "obl:agent",
	OblUnmarked: "obl:unmarked", Orphan: "orphan", Parataxis: "parataxis", Punct: "punct",
	Reparandum: "reparandum", Root: "root", Vocative: "vocative", Xcomp: "xcomp",
	OblTmod: "obl:tmod", OblNpmod: "obl:npmod", NmodTmod: "nmod:tmod", NmodNpmod: "nmod:npmod",
	FlatForeign: "flat:foreign",
}

// String returns the relation as CoNLL-U writes it ("_" for none).
func (r Rel) String() string {
	if r < numRel {
		return relNames[r]
	}
	return "rel?"
}

// ParseRel returns the relation named s ("_" is [NoRel]).
func ParseRel(s string) (Rel, bool) {
	for i, n := range relNames {
		if n == s {
			return Rel(i), true
		}
	}
	return NoRel, false
}

// Base returns the universal relation without its subtype (nmod for
// nmod:poss).
func (r Rel) Base() Rel {
	name := r.String()
	if i := strings.IndexByte(name, ':'); i >= 0 {
		b, _ := ParseRel(name[:i])
		return b
	}
	return r
}
