package analysis

import "github.com/stance-project/stance/analysis/record"

// The records the analysis produces live in package record, a leaf
// package that aggregations and reports import without the analysis
// (issue 13). These aliases keep their names here: analysis.Statement and
// record.Statement are the same type, analysis.Positive and
// record.Positive the same constant.

// Kind says how a statement is reported: an alias of [record.Kind].
type Kind = record.Kind

// Statement kinds.
const (
	Direct   = record.Direct   // a direct quote: "...," X said
	Indirect = record.Indirect // reported speech: X said that ...
	Headline = record.Headline // a headline: "X: ..." or "X says ..."
	Speech   = record.Speech   // a sentence of a first-person speech by the document's speaker country
)

// Field names the document field a statement was found in: an alias of
// [record.Field].
type Field = record.Field

// Fields.
const (
	TextField  = record.TextField  // the body
	TitleField = record.TitleField // the title
)

// Label is the sign class of a stance score: an alias of [record.Label].
type Label = record.Label

// Labels.
const (
	Neutral  = record.Neutral
	Positive = record.Positive
	Negative = record.Negative
)

// Statement is one thing someone said (or one evaluative sentence of a
// speech): an alias of [record.Statement].
type Statement = record.Statement

// Stance is a statement's score toward one target country: an alias of
// [record.Stance].
type Stance = record.Stance

// RoundScore returns x rounded to four decimals, as [record.RoundScore]
// does (it is that function).
func RoundScore(x float64) float64 { return record.RoundScore(x) }
