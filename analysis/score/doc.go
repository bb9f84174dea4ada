// Package score is the scoring stage of the analysis: it scores a
// statement found by extraction ([extract.Found]) toward each country its
// content names, and returns its stances ([record.Stance]).
//
// The lexicon terms of a statement (score.go) are attached to the
// countries they speak about by one attacher a lexicon attach kind
// (attach.go; the rules, attachRule, each with the text that explain and
// the evidence column show: attachrule.go), with the roles that keep
// places and victims out (roles.go), negation (negation.go), the topic
// of sympathy (sympathy.go) and the demands made of a country (demand.go).
// The compiled lexicons and their matchers are package annotate's
// ([annotate.Lexicon]).
package score

import (
	"github.com/cdipaolo/sentiment"
	"sync"

	"github.com/stance-project/stance/analysis/annotate"
	"github.com/stance-project/stance/analysis/extract"
	"github.com/stance-project/stance/analysis/segment"
)

// Options configure a [Scorer].
type Options struct {
	// Lexicon is the compiled lexicons (annotate.NewLexicon).
	Lexicon *annotate.Lexicon
	// Sentiment is cdipaolo's restored model (sentiment.Restore). When nil,
	// general_sentiment is left unknown (NaN).
	Sentiment sentiment.Models
	// KeepSelf keeps stances of a speaker toward its own country.
	KeepSelf bool
	// Blend adds Blend × general_sentiment to the stance of statements with
	// lexicon evidence (0 keeps cdipaolo's model out of the stance).
	Blend float64
}

// Scorer scores statements. It is read-only after [New]: safe for
// concurrent use.
type Scorer struct {
	lex       *annotate.Lexicon
	sentiment sentiment.Models // asked only when bayes is nil
	bayes     *bayes           // the English model as a table (sentiment.go)
	keepSelf  bool
	blend     float64
	scratch   sync.Pool // *scratch: per-token slices reused across statements
}

// New returns a Scorer of o.
func New(o Options) *Scorer {
	sc := &Scorer{lex: o.Lexicon, keepSelf: o.KeepSelf, blend: o.Blend}
	if sc.bayes = englishBayes(o.Sentiment); sc.bayes == nil {
		sc.sentiment = o.Sentiment
	}
	return sc
}

// The tokens, mentions and statements scored are those of packages
// segment, annotate and extract, under the short names the rules read
// them by.
type (
	token   = segment.Token
	mention = annotate.Mention
	found   = extract.Found
)
