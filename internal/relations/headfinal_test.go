package relations

import (
	"testing"
)

// TestEnglishAppositions covers HeadFinalApposition, TitleCommaName, the
// possessive employer and founder role of TitleBeforeName, PlaceComma and
// ParenAlias, on sentences of our own.
func TestEnglishAppositions(t *testing.T) {
	tests := []struct {
		rule, text string
		want, not  []string
	}{
		{"apposition-head-final: ORG's words TITLE",
			"\"We need new faces,\" said Mara Quist, Zentrix's sound and casting producer.",
			[]string{"Mara Quist jobTitle sound and casting producer", "Mara Quist worksAt Zentrix"}, nil},
		{"apposition-head-final: words TITLE of ORG",
			"Tomas Reyl, regional division secretary of the Harbour Pilots Union, said talks had failed.",
			[]string{"Tomas Reyl jobTitle regional division secretary", "Tomas Reyl worksAt Harbour Pilots Union"}, nil},
		{"apposition-head-final: at a described organisation",
			"Ola Brennick, safety editor at trade magazine Rotor Weekly, said the jet was late.",
			[]string{"Ola Brennick jobTitle safety editor", "Ola Brennick worksAt Rotor Weekly"}, nil},
		{"apposition-head-final: ORG TITLE",
			"\"Sales are flat,\" said Ivo Marten, Quorra analyst.",
			[]string{"Ivo Marten jobTitle analyst", "Ivo Marten worksAt Quorra"}, nil},
		{"title-comma-name",
			"The firm's lawyer, Pella Vance, told the judge the filing was late.",
			[]string{"Pella Vance jobTitle lawyer"}, nil},
		{"title-before-name: ORG's TITLE NAME",
			"\"It was a good year,\" said Korvex's chief executive Dana Whitfield.",
			[]string{"Dana Whitfield worksAt Korvex", "Dana Whitfield jobTitle chief executive"}, nil},
		{"title-before-name: its founder",
			"Korvex Group said the ambitions of its founder Ilya Brandt had cost it dear.",
			[]string{"Ilya Brandt founded Korvex Group"}, []string{"Ilya Brandt worksAt Korvex Group"}},
		{"place-comma",
			"The plant stands in Trelleborg, Sweden, near the port.",
			[]string{"Trelleborg locatedIn Sweden"}, nil},
		{"place-comma: a list is not a pair",
			"Trading halted in Paris, Amsterdam, Brussels and Lisbon.",
			nil, []string{"Paris locatedIn Amsterdam", "Brussels locatedIn Lisbon"}},
		{"place-comma: a possessive place describes, it does not contain",
			"Trelleborg, Sweden's third-biggest port, is busy.",
			nil, []string{"Trelleborg locatedIn Sweden"}},
		{"paren-alias",
			"Shares in the Federation of Harbour Pilots (Fohp) fell.",
			[]string{"Federation of Harbour Pilots alias Fohp"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.rule, func(t *testing.T) {
			r, out := extract(t, tc.text)
			got := facts(r, out)
			checkFacts(t, got, tc.want, tc.not)
		})
	}
}
