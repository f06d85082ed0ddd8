package relations

import (
	"testing"
)

// TestSpeakerAnaphor runs the default rules over sentences of our own where
// the speaker is not named at the verb: a bare "وقال" after a sentence whose
// verb has a named subject, and a title standing for the one person the
// article gave it. Each case lists quote prefixes ("RULE SPEAKER KIND:
// words") that must be there and those that must be absent.
func TestSpeakerAnaphor(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"a bare وقال after a sentence whose verb has a named subject",
			"قال رامي عيسى إن الأسعار ترتفع في كل الأسواق. كما رحب الرئيس التنفيذي لشركة نوفاكو الدكتور سامر حداد بالقرار الجديد. وقال: «سيغير هذا القرار السوق خلال السنوات المقبلة».",
			[]string{"quote-direct سامر حداد direct: سيغير هذا القرار"}, []string{"quote-direct رامي عيسى"}},
		{"topic-opener-subject: a bare وقال after «ومن جهته» + a verb that is no speech verb + a name",
			"وأشار رامي عيسى إلى أن الأسعار ترتفع في كل الأسواق.\n\nومن جهته عبر فهد العتيبي، وزير المالية، عن تفاؤله بالقرار الجديد. وقال لـ«الوطن»، إن «الاقتصاد سيتحسن كثيرا خلال السنوات المقبلة».",
			[]string{"quote-direct-in-indirect فهد العتيبي direct: الاقتصاد سيتحسن"}, []string{"quote-direct-in-indirect رامي عيسى"}},
		{"topic-opener-subject: بدوره، with a comma, then a verb and a name",
			"وأشار رامي عيسى إلى أن الأسعار ترتفع في كل الأسواق.\n\nوبدوره، أبدى الدكتور خالد العتيبي ارتياحه للقرار الجديد. وأضاف أن الطلب سيبقى قويا في العام المقبل.",
			[]string{"quote-indirect خالد العتيبي indirect: الطلب سيبقى"}, []string{"quote-indirect رامي عيسى indirect: الطلب"}},
		{"a bare وأضاف after a sentence with no named subject keeps the last speaker",
			"قال رامي عيسى إن الأسعار ترتفع في كل الأسواق. وارتفعت المبيعات في الربع الأخير. وأضاف أن الطلب سيبقى قويا في العام المقبل.",
			[]string{"quote-indirect رامي عيسى indirect: الطلب سيبقى"}, nil},
		{"a title standing for the one person who holds it",
			"وقالت ليلى حداد المتحدثة باسم الادعاء العام إن التحقيق مستمر. وأضافت المتحدثة باسم الادعاء العام، أن المحققين جمعوا أدلة كثيرة من البنوك.",
			[]string{"quote-indirect ليلى حداد indirect: المحققين جمعوا"}, nil},
		{"a title two people hold names no one",
			"وقال سامر حداد وزير المالية إن العجز تراجع. وقال رامي عيسى وزير المالية السابق إن الدين ارتفع. وأضاف وزير المالية، أن الحكومة ستخفض الإنفاق في العام المقبل.",
			nil, []string{"quote-indirect سامر حداد indirect: الحكومة", "quote-indirect رامي عيسى indirect: الحكومة"}},
		// English (issue 11): pronoun-title-subject, opening words,
		// a paragraph that opens with a quote, mispaired-marks.
		{"he after a sentence opened by a title nobody holds names no one",
			"Dana Orlov said the plan was sound. The prime minister toured the country at the weekend. He insisted he did not know the date of the vote.",
			[]string{"quote-indirect Dana Orlov indirect: the plan"}, []string{"quote-indirect Dana Orlov indirect: he did not know"}},
		{"he after an opening word and across a paragraph that opens with a quote",
			"Minister Dana Orlov said the plan was sound. Earlier Victor Hale defended the plans against his critics.\n\n\"We should have the same freedom as other countries,\" he told MPs.",
			[]string{"quote-direct Victor Hale direct: We should"}, []string{"quote-direct Dana Orlov direct: We should"}},
		{"a spokesman for a titled person speaks for him, not as him",
			"Mr Hale said the deal was good.\n\nA spokesman for European Trade Commissioner Ivo Marr said the plans broke the rules. Dana Orlov said the talks would go on.",
			[]string{"quote-indirect Dana Orlov indirect: the talks"}, []string{"quote-indirect Ivo Marr"}},
		{"participle-clause: the circumstance of the speech is no quote, its speaker still speaks",
			"Speaking at a Kalvex event ahead of the motor show, Dana Orlov predicted demand would soar. \"We will enter the market,\" she said.",
			[]string{"quote-direct Dana Orlov direct: We will enter"}, []string{"quote-leading-clause Dana Orlov indirect: Speaking"}},
		{"a hearer verb: cautioned takes a hearer, not a clause",
			"Dana Orlov said the vote was fair. She also cautioned members against using hidden earpieces.",
			[]string{"quote-indirect Dana Orlov indirect: the vote"}, []string{"quote-indirect Dana Orlov indirect: members against"}},
		{"pronoun-possessed-subject: she after X's ex-wife Y is Y, not X",
			"Victor Hale said the film was good. Victor Hale's ex-wife Dana Orlov nominated both John and Bez. She said: \"Bez is a difficult man. There is something wrong with him.\"",
			[]string{"quote-direct Dana Orlov direct: Bez is"}, []string{"quote-direct Victor Hale direct: Bez is"}},
		{"pronoun-possessed-subject: X's film does not speak, the speaker named after it does",
			"The old plan was sound, Dana Orlov said. Victor Hale's new film is a documentary about the war, says Ivo Marr, a critic. But he also believes the film will not win a prize.",
			[]string{"quote-indirect Ivo Marr indirect: the film will"}, []string{"quote-indirect Victor Hale indirect: the film will"}},
		{"pronoun-possessed-subject: X's e-mail with no other speaker in the sentence is X's",
			"Victor Hale's e-mail, which was meant for his aide, suggested a delay. In it, he said: \"We should wait for the vote.\"",
			[]string{"quote-direct Victor Hale direct: We should wait"}, nil},
		{"pronoun-competing-person: a man who spoke before is named between the last speaker and he: nobody",
			"Mr Ivo Marr said the deal was bad for the town. Mr Victor Hale said the talks had failed on Monday.\n\nBut that was not enough for Mr Marr.\n\n\"We want more from the council,\" he said.",
			[]string{"quote-indirect Victor Hale indirect: the talks"}, []string{"quote-direct Victor Hale direct: We want", "quote-direct Ivo Marr direct: We want"}},
		{"pronoun-competing-person: a sentence opened by he goes on with the last speaker",
			"Mr Ivo Marr said the deal was bad for the town. Mr Victor Hale said the talks had failed on Monday. He described Mr Marr as careless. \"We want more from the council,\" he said.",
			[]string{"quote-direct Victor Hale direct: We want"}, []string{"quote-direct Ivo Marr direct: We want"}},
		{"pronoun-after-opening-phrase: a person inside the opening phrase is not the subject",
			"Mr Victor Hale said the deal was fair to both sides. At a news conference after talks with Mr Hale, Mr Ivo Marr said the plan was sound. He added: \"We will sign the deal next week in the capital.\"",
			[]string{"quote-direct Ivo Marr direct: We will sign", "quote-indirect Ivo Marr indirect: the plan was sound"}, []string{"quote-direct Victor Hale direct: We will sign", "quote-indirect Victor Hale indirect: the plan"}},
		{"pronoun-after-opening-phrase: a title and the name in apposition open the sentence",
			"The town's mayor, Dana Orlov, welcomed the move on Monday. She said: \"The time has come for a ban on smoking in public places.\"",
			[]string{"quote-direct Dana Orlov direct: The time has come"}, nil},
		{"pronoun-after-opening-phrase: a sentence opened by a name has no opening phrase",
			"Mr Victor Hale held talks with his counterpart, Ivo Marr, on Monday. He confirmed that the talks would go on next month.",
			nil, []string{"quote-indirect Ivo Marr"}},
		{"a hyphenated title modifier opens the subject: Vice-Prime Minister X",
			"Mr Ivo Marr said the deal was good for the firm. Vice-Prime Minister Victor Hale called on the board to act. He said the vote would come within a month.",
			[]string{"quote-indirect Victor Hale indirect: the vote would come"}, []string{"quote-indirect Ivo Marr indirect: the vote"}},
		{"the words between a closing and an opening mark are no quote",
			"Victor Hale said the deal was done.\n\n\"Departments must weed out improper spending. \"The government must act now.\" A spokesman for the office said the group agreed. \"There is room for improvement,\" spokesman Ivo Marr said.",
			nil, []string{"quote-continued Victor Hale direct:  A spokesman"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, out := extract(t, tc.text)
			got := ruleQuotes(r, out)
			checkQuotes(t, got, tc.want, tc.not)
		})
	}
}
