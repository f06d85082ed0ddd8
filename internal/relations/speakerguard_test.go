package relations

import (
	"testing"
)

// TestSpeakerGuards covers speakerguard.go and the checks beside it: a
// passive speech verb, a subject that is no person's name, a person who
// only completes the subject noun, an unnamed speaker before a quote, the
// hearer of "told", a "that"-only verb, short reported fragments, a quote
// closed by a full stop, and "quoted X as saying".
func TestSpeakerGuards(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		want, not []string // "SPEAKER KIND: words" prefixes
	}{
		{"clause-subject-after-verb: a name after said and before an auxiliary is what was said about",
			"Orla Penrith, the transport minister, said Mr Dalvey had been very committed to the project. A majority, 52%, said Chancellor Brennan Holt had done a good job.",
			[]string{"Orla Penrith indirect: Mr Dalvey had been very committed"}, []string{"Dalvey", "Brennan Holt"}},
		{"clause-subject-after-verb: not after according to",
			"Sales rose, a period that, according to Kestrel analyst Marta Quell is \"seldom strong\".",
			[]string{"Marta Quell"}, nil},
		{"passive: is said to",
			"Late film star Dorian Vell is said to have repeatedly turned down the role.",
			nil, []string{"Dorian Vell"}},
		{"organisation subject: The ILO estimated that",
			"Marta Quell spoke in Geneva. The Kestrel Institute estimated that 400,000 workers have lost their jobs this year.",
			nil, []string{"Marta Quell indirect: 400,000"}},
		{"possessive subject: his backers have said",
			"Mr Talbot Greaves's financial backers have said they will not back a bid for the club this year.",
			nil, []string{"Talbot Greaves"}},
		{"impersonal subject: who it says headed",
			"Regulators filed charges against Oren Falk, who it says headed the sales operations of the unit.",
			nil, []string{"Oren Falk"}},
		{"affiliation: Mr X from ORG said",
			"But Mr Hollis Drane from Retail Banking Research said the number of machines at risk was low.",
			[]string{"Hollis Drane indirect: the number of machines at risk was low"}, nil},
		{"relative: NAME who said",
			"That was a message repeated by Home Secretary Colin Barwick who said the matter should now be left to lie.",
			[]string{"Colin Barwick indirect: the matter should now be left to lie"}, nil},
		{"complement: a spokesman for Mr X said",
			"A spokesman for Mr Anton Velde said the company would appeal against the ruling.",
			nil, []string{"Anton Velde"}},
		{"unnamed speaker before a quote stops the continuation",
			"\"We will keep our promise to the poorest nations,\" said Dora Finch. A spokeswoman for the department said: \"The government has made a clear commitment to the target.\"",
			[]string{"Dora Finch direct: We will keep"}, []string{"Dora Finch direct: The government"}},
		{"told: the hearer is not what was said",
			"\"I could not understand the file of complaints against me,\" he said. Platon Rusk told a Moscow court.",
			nil, []string{"Platon Rusk indirect: a Moscow court"}},
		{"told: the clause after the hearer and that",
			"Ann Corlett told the court in Santa Maria that she was hired to manage the fallout.",
			[]string{"Ann Corlett indirect: she was hired to manage the fallout"}, nil},
		{"after the name: a preposition starts no clause",
			"\"We believe the whole industry will move in this direction,\" said analyst Ray Nedell at Calyx Securities.",
			[]string{"Ray Nedell direct: We believe"}, []string{"Ray Nedell indirect"}},
		{"that-only verb: denied charges is no speech",
			"Mr Bernard Ebbs has denied charges of fraud and conspiracy in the long case.",
			nil, []string{"Bernard Ebbs indirect"}},
		{"that-only verb: denied that",
			"Bernard Ebbs denied that he had known about the accounting fraud at the firm.",
			[]string{"Bernard Ebbs indirect: he had known about the accounting fraud"}, nil},
		{"short fragment after the verb",
			"\"The authorities should be proud of the strong economy,\" Tomas Dahl, an IMF director, said earlier this month.",
			[]string{"Tomas Dahl direct: The authorities"}, []string{"Tomas Dahl indirect"}},
		{"a quote closed by a full stop is not the next sentence's",
			"Mr Harwood attacked the decision, saying: \"It is not householders who should be frightened, it is the burglars.\" Home Secretary Colin Barwick said ministers had kept their pledge.",
			nil, []string{"Colin Barwick direct"}},
		{"quoted X as saying",
			"\"We are going to have to get the lowest cost structure we can,\" the newspaper quoted chief executive Geoff Dalby as saying.",
			[]string{"Geoff Dalby direct: We are going to have"}, nil},
		{"a name inside the quote is not the speaker; plain words before a title",
			"\"Lomax Home is a bit of a shrivelled husk of a company,\" said retail analyst Nick Barra of Evolution Securities.",
			[]string{"Nick Barra direct: Lomax Home is"}, []string{"Lomax Home direct"}},
		{"trailing verb after an apposition: her lawyer, NAME, said",
			"The woman waited two years to sue because she was trying to reach a settlement, her lawyer, Perry Wandell, said.",
			[]string{"Perry Wandell indirect: The woman waited two years to sue because she was trying to reach a settlement"}, []string{"Perry Wandell indirect: The woman waited two years to sue because she was trying to reach a settlement, her lawyer"}},
		{"participle: the sentence's subject, not a name in between",
			"Merrick Dale criticised the new plan put forward by Mr Tobin Blare on Monday, adding that the bond between the two leaders was too close.",
			[]string{"Merrick Dale indirect: the bond between the two leaders"}, []string{"Tobin Blare"}},
		{"an apposition after said X is no clause",
			"\"It just keeps going stronger and stronger,\" said Kurt Karel, economist at Swiss Re in New York.",
			[]string{"Kurt Karel direct: It just keeps"}, []string{"Kurt Karel indirect"}},
		{"asked whether reports a question, not a statement",
			"\"We will more than match the generosity of the public,\" said Tobin Blare. Asked whether he had stayed away on doctors' orders, Mr Blare said there was also a story about his holiday.",
			nil, []string{"Tobin Blare indirect: whether"}},
		{"pronoun: the subject of the sentence before, not the last speaker",
			"\"Such action sends out the wrong signals to violent criminals,\" said Jon Denholm. Shadow home secretary Dorian Dace echoed the criticism of the rules. \"There is genuine concern about the reductions in murder sentences,\" he said.",
			[]string{"Dorian Dace direct: There is genuine concern"}, []string{"Jon Denholm direct: There is genuine"}},
		{"wrote with an object is no speech",
			"He is working with Stefan Brough, who wrote the award-winning musical Spend Spend Spend.",
			nil, []string{"Stefan Brough indirect"}},
		{"the person before the verb after a quote, past a possessive",
			"\"If you have not gone against the book, then how can you go against the movie?\" Mr Kashmir's lawyer Mihir Desmond said.",
			[]string{"Mihir Desmond direct: If you have not gone"}, []string{"Kashmir direct"}},
		{"an organisation subject with an apposition",
			"\"Demand is weak this year,\" said Kazu Tahara. China's Baoshan, the country's largest steel producer, said that the uncertainty had prompted it to pull its share sale.",
			[]string{"Kazu Tahara direct: Demand is weak"}, []string{"Kazu Tahara indirect"}},
		{"he also said",
			"\"The plane is a niche player,\" said David Lermont. He also said that the plane would have to stop somewhere on the return journey.",
			[]string{"David Lermont indirect: the plane would have to stop"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, out := extract(t, tc.text)
			got := quotes(r, out)
			checkQuotes(t, got, tc.want, tc.not)
		})
	}
}
