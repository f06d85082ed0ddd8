package relations

import "testing"

// TestTitleGuards covers the guards on titles read before or after a
// name: titleOrgReachesName and wordAfterTitle (TitleOrgName),
// title_breakers.txt, title_adverbs.txt and titleOfNextName
// (HeadFinalApposition, Apposition). Sentences of our own.
func TestTitleGuards(t *testing.T) {
	tests := []struct {
		rule, text string
		want, not  []string
	}{
		{"title-org-name: a spokesman for Mr X speaks for him",
			"But a spokesman for Mr Harlowe warned that the changes would go ahead.",
			nil, []string{"Harlowe jobTitle spokesman"}},
		{"title-org-name: a lawyer representing Mr X",
			"A lawyer representing Mr Quenby said outside court the pair denied the charges.",
			nil, []string{"Quenby jobTitle lawyer representing", "Quenby jobTitle lawyer"}},
		{"title-org-name: a spokesman for a party calls on Mr X",
			"A spokesman for Zentrox called on Mr Pellow to quit the board.",
			nil, []string{"Pellow jobTitle spokesman", "Pellow worksAt Zentrox"}},
		{"title-org-name: the organisation right before the honorific still counts",
			"Zentrox chairman Mr Dalby said profits would rise.",
			[]string{"Dalby jobTitle chairman"}, nil},
		{"title-org-name: a plain noun after the title word",
			"Surveys suggest a stronger economy than official estimates, Ms Varley said.",
			nil, []string{"Varley jobTitle official estimates"}},
		{"title-org-name: a verb after the title word",
			"What they wanted was not what the prime minister want to see, Mr Osgood said.",
			nil, []string{"Osgood jobTitle prime minister want"}},
		{"title-org-name: a title with its field and a comma",
			"The chief inspector of schools, Dorian Pell, also said exams should go.",
			[]string{"Dorian Pell jobTitle chief inspector"}, nil},
		{"head-final: a list member after and is no apposition",
			"Footballers Ivo Brenner and Ole Marsk, and club manager Sir Alec Tolley, backed the group.",
			nil, []string{"Ole Marsk jobTitle and club manager", "Ole Marsk jobTitle club manager"}},
		{"head-final: whose opens a relative clause",
			"He was invited by Chancellor Gordon Vale, whose minister father used to preach there.",
			nil, []string{"Gordon Vale jobTitle whose minister"}},
		{"head-final: the title of the next name",
			"It led to the resignation of its chairman, Sir Phil Oakes, and production chief Walter Brint.",
			nil, []string{"Phil Oakes jobTitle and production chief", "Phil Oakes jobTitle production chief"}},
		{"title-comma-name: a former title is no jobTitle",
			"The claim was questioned by Plaid Cymru's former President, Dafydd Wynne.",
			nil, []string{"Dafydd Wynne jobTitle President", "Dafydd Wynne jobTitle former President"}},
		{"title-before-name: former president is a past title",
			"People hid their earnings under the regime of former president Eduard Velidze.",
			nil, []string{"Eduard Velidze jobTitle former president", "Eduard Velidze jobTitle president"}},
		{"title adverb: now chairman",
			"Phil Ridley, now chairman of Zentrox, told the minister he would run it.",
			[]string{"Phil Ridley jobTitle chairman", "Phil Ridley worksAt Zentrox"}, []string{"Phil Ridley jobTitle now chairman"}},
		{"title adverb and a determiner: presently a director",
			"She is to be replaced by Lilian Tarn, presently a non-executive director of the company.",
			[]string{"Lilian Tarn jobTitle non-executive director"}, []string{"Lilian Tarn jobTitle presently a non-executive director"}},
	}
	for _, tc := range tests {
		t.Run(tc.rule, func(t *testing.T) {
			r, out := extract(t, tc.text)
			checkFacts(t, facts(r, out), tc.want, tc.not)
		})
	}
}
