package extract

import "github.com/stance-project/stance/analysis/annotate"

// Country mentions come from package annotate; extraction reads them under
// short names.
type mention = annotate.Mention

// How a country is named.
const (
	byName      = annotate.ByName
	byAdjective = annotate.ByAdjective
	byCapital   = annotate.ByCapital
	byLeader    = annotate.ByLeader
)
