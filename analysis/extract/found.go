package extract

import (
	"github.com/stance-project/stance/analysis/annotate"
	"github.com/stance-project/stance/analysis/discourse"
	"github.com/stance-project/stance/analysis/record"
	"github.com/stance-project/stance/analysis/segment"
)

// Found is a statement with the tokens of its content, its cue and the
// rules that found it (for explain): what extraction hands to scoring.
type Found struct {
	Stmt    record.Statement
	Toks    []segment.Token // tokens of the content, offsets in the field
	CueTerm *annotate.Cue
	Subj    []segment.Token // the subject phrase, when the statement has one
	// Partners are the other countries of a joint subject ("Israel and
	// Lebanon renewed talks"): the statement is about them too.
	Partners []string
	Act      bool // a country's act: places in it are targets too
	// Talks: the clause tells of talks outside the content, after a
	// passive's agent ("X was received by Y in Z for talks"): contact
	// in the statement takes two parties (score's reciprocal).
	Talks bool
	// Negated: the cue itself is negated ("did not say", "does not
	// believe", "has never accused"): the content is not asserted.
	Negated  bool
	Question bool // the content ends in a question mark
	// OwnPredicate: the content opens with the speaker's own first
	// predicate, before the cue's ("A expels B's consul, says he spied"):
	// the verb it opens with is the speaker's act.
	OwnPredicate bool
	// Objects are countries the statement is addressed to or refers to by
	// a pronoun ("told Xi", "accusing them"): targets outside the content.
	Objects []string
	// About is the country a title's topic label names when the
	// statement's content names no other ("Peru floods: Chile pledges
	// aid"): cooperation that reaches no country is toward it. Hostility
	// is not, as it is seldom toward the country a story is about
	// ("Peru crisis: Chile warns of refugee surge").
	About []string
	// Rule is the rule that found it (Statement.Rule is its text).
	Rule Rule
	// Mem is what the statement tells the document's memory, committed
	// when it is kept (see discourse.Update).
	Mem discourse.Update
	// Silent: the speaker speaks but says nothing here ("X spoke to
	// reporters after the vote."). It is no statement of the result; it
	// tells the memory who spoke last, and quotes next to it with no cue of
	// their own continue its speaker.
	Silent bool
}
