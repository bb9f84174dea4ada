package analysis

import (
	"fmt"
	"testing"

	"github.com/stance-project/stance/analysis/corpus"
	"github.com/stance-project/stance/lexicons"
)

// TestSidesAndOwners checks, on invented sentences, two mechanisms of
// reach: hostility that takes two sides (a clash, an exchange of fire or of
// accusations is of each party toward the other; a one-way cue of a joint
// subject is not), and the owner of a noun-phrase stance inside another
// statement as its agent ("A condemned B's raids on C"); with demands to
// stop, joint drills, an act before an absolute clause and the subject of
// a passive cue that ends in a common noun.
func TestSidesAndOwners(t *testing.T) {
	tests := []struct {
		name string
		doc  corpus.Document
		want []string
	}{
		{"a joint subject that clashes: each toward the other",
			corpus.Document{Text: "Gabonese and Cameroonian border guards clashed near the river crossing on Sunday."},
			[]string{"CMR→GAB -", "GAB→CMR -"}},
		{"an exchange of fire with another side is of both",
			corpus.Document{Text: "Eritrean soldiers exchanged fire with Djiboutian troops at dawn."},
			[]string{"DJI→ERI -", "ERI→DJI -"}},
		{"accusations traded in a title with a comma list",
			corpus.Document{Title: "Guyana, Suriname trade accusations over river islands"},
			[]string{"GUY→SUR -", "SUR→GUY -"}},
		{"a clash in a title after a list of two countries and a plural",
			corpus.Document{Title: "Tajik, Kyrgyz troops clash in border valley"},
			[]string{"KGZ→TJK -", "TJK→KGZ -"}},
		{"a clash only in prospect is no clash of two sides",
			corpus.Document{Text: "Ghana was on the brink of clashes with Burkina Faso last year."},
			[]string{"GHA→BFA -"}},
		{"a one-way cue of a joint subject is no stance between its parts",
			corpus.Document{Text: "Uruguay and Paraguay condemned the bombing of the embassy."},
			nil},
		{"an agreeing joint subject shares the cue",
			corpus.Document{Text: "Uruguay and Paraguay agreed to reopen the bridge."},
			[]string{"PRY→URY +", "URY→PRY +"}},
		{"the owner of a hostile noun inside a statement acts on its object",
			corpus.Document{Text: "Mali condemned Niger's repeated raids on Burkina Faso."},
			[]string{"MLI→NER -", "NER→BFA -"}},
		{"the owner of a supportive noun inside a statement",
			corpus.Document{Text: "Fiji welcomed Japan's aid to Tonga after the eruption."},
			[]string{"FJI→JPN +", "JPN→TON +"}},
		{"a noun phrase inside a quote is asserted too",
			corpus.Document{Text: "\"Canada's sanctions on Venezuela are a mistake,\" the Venezuelan foreign minister said."},
			[]string{"CAN→VEN -", "VEN→CAN -"}},
		{"what is only reported is not asserted",
			corpus.Document{Text: "Bolivia dismissed reports of Chilean interference in Bolivia's elections."},
			nil},
		{"a possessive later in the phrase owns its own noun",
			corpus.Document{Text: "Norway's criticism of Sweden's recognition of Kosovo drew a sharp reply."},
			[]string{"NOR→SWE -"}},
		{"a name that qualifies a noun is not the target",
			corpus.Document{Text: "Kenya condemned Somalia's raid on the Ethiopia border post."},
			[]string{"KEN→SOM -"}},
		{"asking a country to stop what it does is a demand",
			corpus.Document{Title: "Ghana urges Togo to stop building wall on shared border"},
			[]string{"GHA→TGO -"}},
		{"asking a country to help stop a hazard is no demand",
			corpus.Document{Text: "Ghana urged Togo to help stop the spread of the cholera outbreak."},
			[]string{"GHA→TGO +"}},
		{"joint drills are of each party toward the others",
			corpus.Document{Title: "Oman, Jordan hold joint naval drills in Red Sea"},
			[]string{"JOR→OMN +", "OMN→JOR +"}},
		{"an act before an absolute clause with a statement",
			corpus.Document{Text: "Latvia closed its border with Belarus in June, with the Latvian interior minister thanking Lithuania for its help."},
			[]string{"LVA→BLR -", "LVA→LTU +"}},
		{"a passive's subject that ends in a common noun",
			corpus.Document{Text: "Malawi's seizure of the grain trucks was condemned by Zambia."},
			[]string{"ZMB→MWI -"}},
		{"a verb after a possessive's noun is no noun-phrase stance",
			corpus.Document{Text: "Malawi's decision was condemned by Zambia."},
			[]string{"ZMB→MWI -"}},
		{"contact is not with where it is held",
			corpus.Document{Text: "The Swiss envoy met rebel negotiators in Oman on Friday."},
			nil},
		{"a trailing attribution of a role before its phrase",
			corpus.Document{Text: "Chile's blockade of the pass is illegal, a spokesman for the Argentine foreign ministry said."},
			[]string{"ARG→CHL -"}},
		{"arms sales are aid; the owner nearest the term is its agent",
			corpus.Document{Title: "Quito: Ecuador objects to Brazilian arms sales to Paraguay"},
			[]string{"BRA→PRY +", "ECU→BRA -"}},
		{"an appositive that judges the act before it",
			corpus.Document{Text: "Laos raised tariffs on Thai rice in March, a step officials in Bangkok said was unfair."},
			[]string{"LAO→THA -", "THA→LAO -"}},
		{"an appositive that welcomes the act before it",
			corpus.Document{Text: "Ghana reopened its border with Togo on Monday, a decision Lome welcomed."},
			[]string{"GHA→TGO +", "TGO→GHA +", "TGO→GHA +"}}, // the reopening's reverse stance, and Lome's welcome
		{"a claim rejected by the other side",
			corpus.Document{Text: "Croatia demanded that Serbia return the archives, a claim Belgrade rejected."},
			[]string{"HRV→SRB -", "SRB→HRV -"}},
		{"the act a clause prompted",
			corpus.Document{Text: "Gabon detained a Congolese trawler in June, prompting Brazzaville to summon Gabon's ambassador."},
			[]string{"COG→GAB -", "GAB→COG -"}},
		{"recalling envoys to a country is an act, no speech",
			corpus.Document{Title: "Norway recalls its envoys to Iceland, Denmark over fishing row"},
			[]string{"NOR→DNK -", "NOR→ISL -"}},
		{"a passive act is done to its subject",
			corpus.Document{Title: "Kenyan president receives phone call from Ugandan leader"},
			[]string{"KEN→UGA +", "UGA→KEN +"}},
		{"a title that is a noun phrase with an amount",
			corpus.Document{Title: "Kenya's 20% tariffs on Ugandan sugar take effect"},
			[]string{"KEN→UGA -"}},
		{"what a negated verb takes its object as is negated too",
			corpus.Document{Title: "Chile refuses to recognise junta as Bolivia's legitimate government"},
			[]string{"CHL→BOL -"}},
		{"a subordinate clause with its own subject is no part of the act",
			corpus.Document{Title: "Norway signs gas deal with Denmark as Moscow recognises rebel regions"},
			[]string{"DNK→NOR +", "NOR→DNK +"}},
		{"an act with no other country answers the subordinate clause's subject",
			corpus.Document{Title: "Seoul lodges protest as Japanese minister visits disputed islets"},
			[]string{"KOR→JPN -"}},
		{"attending an organisation's gathering is no contact of the parties",
			corpus.Document{Title: "Thai, Malaysian ministers fly to Manila for ASEAN meetings"},
			nil},
		{"a phrase of time names no target",
			corpus.Document{Text: "Peru criticised Chile's blockade during Bolivia's elections."},
			[]string{"PER→CHL -"}},
	}
	set, err := lexicons.Load(lexicons.Default(), nil)
	if err != nil {
		t.Fatal(err)
	}
	a, err := New(Options{Lexicons: set})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.doc.ID = "d"
			got := signedStances(a.Analyze(tt.doc))
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("stances = %q, want %q", got, tt.want)
			}
		})
	}
}
