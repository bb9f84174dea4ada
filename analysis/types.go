package analysis

import (
	"fmt"

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
