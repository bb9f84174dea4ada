package analysis

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/stance-project/stance/analysis/annotate"
	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/analysis/segment"
)

// TestTargetAmbiguity: country names that are also people, US states,
// common nouns or other countries' names.
func TestTargetAmbiguity(t *testing.T) {
	a := newActorAnalyzer(t)
	tests := []struct {
		in   string
		want string // the codes found, in order
	}{
		{"Georgia Smith praised the plan.", ""},
		{"Officials in Atlanta, Georgia, praised the plan.", "USA/place"}, // Atlanta is a city of the United States; Georgia, a US state, is no country
		{"Georgia and Armenia signed a deal.", "GEO ARM"},
		{"Jordan Peterson spoke in Amman.", "JOR"},
		{"Michael Jordan met King Abdullah of Jordan.", "JOR JOR"}, // the king (actors.tsv) and the country; not the player
		{"Niger and Nigeria closed the border.", "NER NGA"},
		{"Oil from the Niger Delta reached Nigeria.", "NGA"},
		{"The Democratic Republic of the Congo accused the Republic of the Congo.", "COD COG"},
		{"Guinea, Guinea-Bissau, Equatorial Guinea and Papua New Guinea met.", "GIN GNB GNQ PNG"},
		{"Turkey and Türkiye are one country.", "TUR TUR"},
		{"They ate turkey from fine china.", ""},
		{"North Korea threatened South Korea over Korea.", "PRK KOR"},
		{"Seattle, Washington, hosted the talks; Washington objected.", "USA/place USA"},
		{"The state of Washington sued George Washington University.", ""},
		{"Nairobi, Washington and Tokyo held drills.", "KEN USA JPN"}, // after a capital, a country of a list
		{"Armenia, Georgia and Moldova joined.", "ARM GEO MDA"},       // after a country too
		{"Officials in Tbilisi, Georgia, met.", "GEO GEO"},            // a capital and its own country
		{"Israeli-occupied land and the Saudi-led coalition.", "ISR SAU"},
		{"The Zionist regime and the Kremlin traded words.", "ISR RUS"},
		{"NATO and the European Union answered the United Nations.", "NATO EU UN"},
		{"Latin America and the South China Sea.", ""},
		{"Russias oil and Putins plan.", "RUS RUS"}, // apostrophes lost in the source
		{"Forces attacked Gaza.", "PSE"},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range a.lex.Mentions(segment.Tokenize(tt.in), nov2018) {
			if m.Kind == annotate.ByPlace {
				m.Code += "/place" // a city or region (places-phoenix.tsv)
			}
			got = append(got, m.Code)
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("targets(%q) = %q, want %q", tt.in, g, tt.want)
		}
	}
}

// TestStanceRules: each rule that attaches a term to a target, from
// invented sentences. Each want is "TARGET±" per non-neutral stance, sorted.
func TestStanceRules(t *testing.T) {
	a := newActorAnalyzer(t)
	tests := []struct {
		name string
		text string
		want string
	}{
		{"two targets of opposite sign", "Brasilia voiced firm support for Bolivia against the new wave of Chilean sanctions.", "BOL+ CHL-"},
		{"verb and its object", "Chile said it condemned Peru.", "PER-"},
		{"preposition", "Chile said it stands with Peru.", "PER+"},
		{"possessive noun", "Chile said Peru's aggression must end.", "PER-"},
		{"agent of a hostile act", "Chile said Bolivia had annexed the islands.", "BOL-"},
		// Chile's stance is toward the attacker; the attack itself is
		// Bolivia's act toward Peru (a nested statement).
		{"passive act: the victim is not the target", "Chile said Peru was attacked by Bolivia.", "BOL- PER-"},
		{"victim after a hostile noun", "Chile said the aggression against Peru must end.", ""},
		{"the speaker's own act", "Chile said we will sanction Peru.", "PER-"},
		{"predicate of the subject", "Chile said Bolivia's presence in Peru is illegal.", "BOL-"},
		{"relation noun", "Chile said it remained a close ally of Peru.", "PER+"},
		{"negation", "Chile said it would not support Peru.", "PER-"},
		// A hostile act that did not happen is no stance (see
		// negatedWeight).
		{"negated hostility", "Chile said it did not condemn Peru.", ""},
		{"coordination", "Chile said it praised Peru, Bolivia and Ecuador.", "BOL+ ECU+ PER+"},
		{"a place is not a target", "Chile said US troops in Peru were welcome.", "USA+"},
		{"the speaker's own country is not a target", "Chile said Chile supports Peru.", "PER+"},
		{"leaders are targets", "Chile said it praised Putin.", "RUS+"},
		{"organisations are targets", "Chile said it welcomed the European Union.", "EU+"},
		{"a term between governs", "Chile said it supported the opposition to Bolivia.", "BOL-"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := a.Analyze(corpus.Document{ID: "d", Date: nov2018, Text: tt.text})
			var got []string
			for _, s := range r.Stances {
				switch s.Label {
				case Positive:
					got = append(got, s.TargetCountry+"+")
				case Negative:
					got = append(got, s.TargetCountry+"-")
				}
			}
			sort.Strings(got)
			if g := strings.Join(got, " "); g != tt.want {
				var ev []string
				for _, s := range r.Stances {
					ev = append(ev, fmt.Sprintf("%s %+.2f %v", s.TargetCountry, s.Score, s.Evidence))
				}
				t.Errorf("stances = %q, want %q\n%s", g, tt.want, strings.Join(ev, "\n"))
			}
		})
	}
}

// TestModifiers: intensifiers raise, hedges and questions lower the score.
func TestModifiers(t *testing.T) {
	a := newActorAnalyzer(t)
	score := func(text string) float64 {
		for _, s := range a.Analyze(corpus.Document{ID: "d", Date: nov2018, Text: text}).Stances {
			if s.TargetCountry == "PER" {
				return s.Score
			}
		}
		t.Fatalf("%q: no stance toward PER", text)
		return 0
	}
	plain := score("Chile said it supports Peru.")
	if got := score("Chile said it strongly supports Peru."); got <= plain {
		t.Errorf("intensified %.3f, want more than plain %.3f", got, plain)
	}
	if got := score("Chile said it may support Peru."); got >= plain || got <= 0 {
		t.Errorf("hedged %.3f, want between 0 and plain %.3f", got, plain)
	}
	if got := score("Chile asked whether it supports Peru?"); got >= plain {
		t.Errorf("question %.3f, want less than plain %.3f", got, plain)
	}
}

// TestNoAgentOfWarnedAct: the country warned of an act, or alerted to
// it, is no agent of it; the act, with no agent, only counts weakly
// toward the countries of the statement (its evidence says so).
func TestNoAgentOfWarnedAct(t *testing.T) {
	a := newTestAnalyzer(t)
	tests := []struct{ text, term string }{
		{"Kenya alerted Uganda to a planned attack on its embassy.", "attack/v"},
		{"Kenya had tried to warn Uganda of an imminent raid on the capital.", "raid/v"},
	}
	for _, tt := range tests {
		r := a.Analyze(corpus.Document{ID: "d", Date: corpus.Date{Year: 2021, Month: 5, Day: 1, Precision: corpus.Day}, Text: tt.text})
		for _, s := range r.Stances {
			for _, e := range s.Evidence {
				if strings.HasPrefix(e, tt.term) && strings.HasSuffix(e, " agent") {
					t.Errorf("%q: %s → %s evidence %q, want no agent", tt.text, s.SpeakerCountry, s.TargetCountry, e)
				}
			}
		}
	}
}
