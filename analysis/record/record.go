// Package record holds the records the analysis produces: the
// [Statement]s it finds in a document and the [Stance]s it scores from
// them, with their kinds and labels, and [RoundScore], the rounding of
// every score. It is a leaf package (it imports only the corpus package,
// for dates): aggregations and reports that read statements and stances
// import it without importing the analysis (its parser, lexicons and
// sentiment model). Package analysis keeps aliases of these names.
package record

import (
	"fmt"
	"math"
	"strconv"

	"github.com/stance-project/stance/analysis/corpus"
)

// Kind says how a statement is reported. Keep in sync with doc.go.
type Kind int

// Statement kinds.
const (
	Direct   Kind = iota // a direct quote: "...," X said
	Indirect             // reported speech: X said that ...
	Headline             // a headline: "X: ..." or "X says ..."
	Speech               // a sentence of a first-person speech by the document's speaker country
)

var kindNames = [...]string{Direct: "direct", Indirect: "indirect", Headline: "headline", Speech: "speech"}

func (k Kind) String() string {
	if k >= 0 && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// Field names the document field a statement was found in.
type Field int

// Fields.
const (
	TextField  Field = iota // the body
	TitleField              // the title
)

func (f Field) String() string {
	if f == TitleField {
		return "title"
	}
	return "text"
}

// Label is the sign class of a stance score.
type Label int

// Labels.
const (
	Neutral Label = iota
	Positive
	Negative
)

func (l Label) String() string {
	switch l {
	case Positive:
		return "positive"
	case Negative:
		return "negative"
	}
	return "neutral"
}

// Statement is one thing someone said (or one evaluative sentence of a
// speech). Start and End are UTF-8 byte offsets of the content in Field.
// Keep in sync with doc.go (statements.csv).
type Statement struct {
	ID             string
	DocID          string
	Date           corpus.Date
	Speaker        string
	SpeakerCountry string
	Kind           Kind
	Cue            string // the word or mark that signals the statement: "said", ":" ...
	Field          Field
	Start, End     int
	Text           string
	// Rule says how the statement was found and SpeakerRule how its
	// speaker and country were resolved (for stance explain; not in the
	// CSV files).
	Rule, SpeakerRule string
}

// Stance is a statement's score toward one target country.
// Keep in sync with doc.go (stances.csv).
type Stance struct {
	StatementID      string
	DocID            string
	Date             corpus.Date
	Speaker          string
	SpeakerCountry   string
	TargetCountry    string
	Score            float64  // in [-1, 1], four decimals (RoundScore)
	Label            Label    // of Score
	Confidence       float64  // in [0, 1], four decimals
	Evidence         []string // terms that produced the score
	GeneralSentiment float64  // cdipaolo's score of the statement, in [-1, 1], four decimals; NaN without the model
}

// RoundScore returns x rounded to four decimals: the double
// nearest the decimal that strconv.FormatFloat(x, 'f', 4, 64) writes (so
// that parsing the CSV cell gives x back), with 0 for -0. NaN and
// infinities are returned as they are. Every [Stance] the analysis
// produces has its Score, Confidence and GeneralSentiment rounded so.
func RoundScore(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return x
	}
	// Away from a half, x·1e4 rounds as x's exact value does, and r/1e4
	// is the double nearest the decimal r·10⁻⁴ (r and 1e4 are exact).
	y := x * 1e4
	v := math.Round(y) / 1e4
	if math.Abs(y) >= 1e9 || math.Abs(math.Abs(y-math.Trunc(y))-0.5) <= 1e-6 {
		var err error
		if v, err = strconv.ParseFloat(strconv.FormatFloat(x, 'f', 4, 64), 64); err != nil {
			return x // not reached: the text is a finite decimal
		}
	}
	if v == 0 {
		return 0 // not -0
	}
	return v
}
