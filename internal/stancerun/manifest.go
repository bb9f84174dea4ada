package stancerun

import (
	"fmt"
	"maps"
	"slices"
	"sort"

	"github.com/stance-project/stance/analysis/aggregate"
	"github.com/stance-project/stance/analysis/pipeline"
)

// Names in an output folder beside the tables (reports.TableSchema.File),
// as stance run and stance-beam write them. Keep in sync with
// cmd/stance/doc.go.
const (
	// ManifestFile is run.json, written last: its presence says the
	// outputs beside it are complete.
	ManifestFile = "run.json"
	// SchemaFile documents the tables beside it.
	SchemaFile = "schema.json"
	// ReportDir is the folder of the HTML report.
	ReportDir = "report"
)

// Manifest is the part of run.json that stance run and stance-beam both
// write, in this order. Each embeds it in its own run.json struct and
// adds its fields after it: stance run validation (with -votes) and
// elapsed_seconds; stance-beam elapsed_seconds, runner, shards and
// warnings. Keep in sync with cmd/stance/doc.go.
type Manifest struct {
	Tool     string            `json:"tool"`
	Version  string            `json:"version"`
	Command  []string          `json:"command"`
	Period   string            `json:"period"`
	Lexicons map[string]string `json:"lexicons"`
	// Successors is the successor table the dyads used, each code mapped
	// to the code it joined (chains followed); {} when there is none
	// (-no-successors without -alias).
	Successors map[string]string    `json:"successors"`
	Inputs     []pipeline.FileStats `json:"inputs"`
	// InputsOmitted counts the input files past the first
	// pipeline.MaxListed, which are counted but not listed.
	InputsOmitted int               `json:"inputs_omitted"`
	Problems      []Problem         `json:"problems"`
	Omitted       int               `json:"problems_omitted"`
	Counts        pipeline.Manifest `json:"counts"`
	Reasons       map[string]int    `json:"problems_by_reason"`
	Notes         []Note            `json:"notes"` // on the walk of the inputs: the output folder left out, a path met twice (not problems)
	NotesOmitted  int               `json:"notes_omitted"`
	NotDyads      map[string]int    `json:"stances_not_in_dyads"`
	Coarse        int               `json:"documents_dated_coarser_than_period"`
	Dyads         int               `json:"dyads"`
	Alignments    int               `json:"alignments"`
}

// Problem is an input problem in run.json's problems.
type Problem struct {
	File    string `json:"file"`
	Line    int    `json:"line,omitempty"`
	Reason  string `json:"reason"`
	Skipped bool   `json:"skipped"`
	Message string `json:"message"`
}

// Note is a note on the walk of the inputs in run.json's notes.
type Note struct {
	File    string `json:"file"`
	Reason  string `json:"reason"`
	Message string `json:"message"`
}

// MaxListedProblems caps the problems (and the notes) listed one by one
// in run.json; all are counted.
const MaxListedProblems = 1000

// NewManifest returns the run.json of a run with counts m: its inputs
// (sorted by file), counts, problems and notes (the first
// MaxListedProblems of each listed, the others counted). The caller sets
// the other fields.
func NewManifest(m *pipeline.Manifest) Manifest {
	r := Manifest{Inputs: m.Files, Counts: *m, Reasons: map[string]int{}, InputsOmitted: m.FilesOmitted}
	r.Problems = []Problem{}
	maps.Copy(r.Reasons, m.ProblemReasons)
	r.Omitted = m.ProblemCount - min(len(m.Problems), MaxListedProblems)
	for _, pr := range m.Problems[:min(len(m.Problems), MaxListedProblems)] {
		msg := ""
		if pr.Err != nil {
			msg = pr.Err.Error()
		}
		r.Problems = append(r.Problems, Problem{File: pr.File, Line: pr.Line, Reason: pr.Reason.String(), Skipped: pr.Reason.Skips(), Message: msg})
	}
	r.Notes = []Note{}
	r.NotesOmitted = m.NotesOmitted + len(m.Notes) - min(len(m.Notes), MaxListedProblems)
	for _, n := range m.Notes[:min(len(m.Notes), MaxListedProblems)] {
		msg := ""
		if n.Err != nil {
			msg = n.Err.Error()
		}
		r.Notes = append(r.Notes, Note{File: n.File, Reason: n.Reason.String(), Message: msg})
	}
	if r.Inputs == nil {
		r.Inputs = []pipeline.FileStats{}
	}
	sort.SliceStable(r.Inputs, func(i, j int) bool { return r.Inputs[i].File < r.Inputs[j].File })
	return r
}

// Warnings returns the warnings of a finished run about likely
// misconfiguration, in a fixed order: a -field source (fields) that no
// document had (fieldsSeen counts, per field, the documents with a
// value), every document undated, a -dyad country (focus) in none of the
// dyads, most stances left out of dyads (notDyads, by reason) for want of
// a speaker country. Empty, not nil, when there are none.
func Warnings(fields map[string]string, fieldsSeen map[string]int, m *pipeline.Manifest, dyads []aggregate.Dyad, focus [][2]string, notDyads map[string]int) []string {
	out := []string{}
	for _, name := range slices.Sorted(maps.Keys(fields)) {
		if fieldsSeen[name] == 0 {
			out = append(out, fmt.Sprintf("-field %s=%s: no document had a value in %q", name, fields[name], fields[name]))
		}
	}
	if m.Documents > 0 && m.Undated == m.Documents {
		out = append(out, fmt.Sprintf("all %d documents are undated: dyads have the empty period (give a date field with -field date=SOURCE)", m.Documents))
	}
	seen := map[string]bool{}
	for _, d := range dyads {
		seen[d.Speaker], seen[d.Target] = true, true
	}
	for _, d := range focus {
		for _, code := range d {
			if !seen[code] {
				out = append(out, fmt.Sprintf("-dyad %s:%s: no dyad has %s", d[0], d[1], code))
				seen[code] = true // once per code
			}
		}
	}
	if n := notDyads["no-speaker-country"]; m.Stances > 0 && 2*n > m.Stances {
		out = append(out, fmt.Sprintf("%d of %d stances have no speaker country and are not in dyads (for speeches, give -field speaker_country=SOURCE)", n, m.Stances))
	}
	return out
}
