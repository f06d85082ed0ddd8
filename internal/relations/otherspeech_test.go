package relations

import (
	"testing"
)

// TestOtherSpeaker runs the default rules over sentences of our own where
// a speech verb's subject is not a named person (rule other-speaker): its
// clause and the quotes after it are not the last speaker's, while a
// named speaker later in the sentence, a pronoun, the speaker's own "we"
// and words quoted over mispaired marks keep theirs.
func TestOtherSpeaker(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"an organisation's clause holds a quoted phrase: nobody's",
			"Mr Victor Hale said the plan was sound. \"We will win the case in the end,\" he said. Kalvex argued that the sale was illegal and \"will cause the company to suffer great harm\".",
			[]string{"quote-direct Victor Hale direct: We will win"}, []string{"quote-continued Victor Hale direct: will cause"}},
		{"an unnamed subject's speech: the quote after it is not the last speaker's",
			"Victor Hale said he had visited Orlov. He added: \"I have no wish to change the story.\" His agent told the Times newspaper that Orlov was happy with the film. \"Of course the studio wants to make money, but Mr Hale is a fine director.\"",
			[]string{"quote-direct Victor Hale direct: I have no wish"}, []string{"quote-continued Victor Hale direct: Of course"}},
		{"a party's speech: the quote inside its clause is not the named person's",
			"Mr Victor Hale left the party last week. \"We shall be honest and open with the voters,\" he said. The party said that Mr Hale \"has a moral obligation, if not a legal one\" to stand down.",
			[]string{"quote-direct Victor Hale direct: We shall"}, []string{"quote-continued Victor Hale direct: has a moral"}},
		{"a named speaker after a group's clause keeps his own",
			"Rights groups say the code is not binding - but Mr Victor Hale said it would be given legal force by the courts.",
			[]string{"quote-indirect Victor Hale indirect: it would be given"}, nil},
		{"'they say' inside a quote over mispaired marks keeps the speaker",
			"Victor Hale said: \"We understand the plan was agreed. \"The board concedes it is up to ministers, but they say officials make that decision. \"But ministers can ask hard questions about the patient.\"",
			[]string{"quote-continued Victor Hale direct: But ministers"}, nil},
		{"'we say' inside the speaker's words keeps the speaker",
			"Victor Hale added: \"I do not think he will spend it. \"We would say to him that he should not spend it. \"That would be a good way to spend any excess.\"",
			[]string{"quote-continued Victor Hale direct: That would be"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, out := extract(t, tc.text)
			got := ruleQuotes(r, out)
			checkQuotes(t, got, tc.want, tc.not)
		})
	}
}

// TestSubjectAfterComma: the name right before a speech verb, after a
// comma, is its subject; a person in the opening phrase is not (rule
// subject-after-comma), nor is the complement of a noun.
func TestSubjectAfterComma(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"an opening participle phrase names another person",
			"The former finance chief of Kalvex has admitted lying.\n\nSpeaking at the trial of his former boss Victor Hale, Ivo Marr said he lied to the board to cover up the losses.",
			[]string{"quote-indirect Ivo Marr indirect: he lied"}, []string{"quote-indirect Victor Hale"}},
		{"an opening phrase lists other people",
			"After beating Rosa Kell, Ana Lund and Mia Torres to the prize, Dana Orlov said: \"I do not know what to say to all of you tonight.\"",
			[]string{"quote-direct Dana Orlov direct: I do not know"}, []string{"quote-direct Rosa Kell"}},
		{"a spokesman for a person after a comma is not that person",
			"On Monday, a spokesman for Victor Hale said the talks would go on for a week.",
			nil, []string{"quote-indirect Victor Hale"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, out := extract(t, tc.text)
			got := ruleQuotes(r, out)
			checkQuotes(t, got, tc.want, tc.not)
		})
	}
}

// TestRelativeSpeech: a speech verb inside a relative clause ("which he
// said was …") reports no clause of its own (rule relative-speech), and
// its speaker still counts as having spoken.
func TestRelativeSpeech(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"which he said: a fragment, not a quote",
			"Victor Hale said there had been a sharp drop in the number of tests, which he said the council needed to address at once.",
			[]string{"quote-indirect Victor Hale indirect: there had been"}, []string{"quote-indirect Victor Hale indirect: the council"}},
		{"what he thinks: a fragment; the next 'he said' is still his",
			"Victor Hale has outlined what he thinks should be the main themes of the campaign. He said the schools would come first in the new plan.",
			[]string{"quote-indirect Victor Hale indirect: the schools would"}, []string{"quote-indirect Victor Hale indirect: should be"}},
		{"who she claims: a fragment",
			"Dana Orlov has won an order against two photographers who she claims left her fearful of leaving her home.",
			nil, []string{"quote-indirect Dana Orlov indirect: left her"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, out := extract(t, tc.text)
			got := ruleQuotes(r, out)
			checkQuotes(t, got, tc.want, tc.not)
		})
	}
}

// TestPronounQuoteBoundary: a sentence the reader leaves joined after a
// quote's closing mark ("… it.” Victor Hale is …") is split for the
// pronoun's antecedent (rule pronoun-quote-boundary); the opening mark of
// a quote that runs on ("far. “Mark …") is no boundary.
func TestPronounQuoteBoundary(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"he after a joined sentence is its subject, not the quoted speaker's",
			"And Home Secretary Ivo Marr told BBC One: \"I am not organising an inquiry into it.\" Mr Victor Hale is the first of the four men freed last month to give an interview. He told the Observer his worst moment was when he was told he would be released.\n\nHe claimed he was stripped of his clothes in the camp.",
			[]string{"quote-indirect Victor Hale indirect: he was told", "quote-indirect Victor Hale indirect: he was stripped"}, []string{"quote-indirect Ivo Marr indirect: he was"}},
		{"she after a joined sentence: the second woman",
			"Ms Rosa Kell said: \"The minister has called for a review of what happened.\" Ms Dana Orlov has written to the minister about the move. She said questions must be answered about the escape.",
			[]string{"quote-indirect Dana Orlov indirect: questions must"}, []string{"quote-indirect Rosa Kell indirect: questions must"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, out := extract(t, tc.text)
			got := ruleQuotes(r, out)
			checkQuotes(t, got, tc.want, tc.not)
		})
	}
}

// TestInvertedSpeaker: "…, says X, a lecturer at …" — the apposition after
// an inverted name is no clause, and X has spoken, so a later "he says"
// is X's (rule inverted-speaker).
func TestInvertedSpeaker(t *testing.T) {
	r, out := extract(t, "Factory manager Ivo Marr says that he hopes to raise output. The real answer is to cut wages, says Victor Hale, a politics lecturer at the University of Lille. \"Labour is too costly here and this is the main problem for the region,\" he says.")
	got := ruleQuotes(r, out)
	checkQuotes(t, got, []string{"quote-direct Victor Hale direct: Labour is too costly"},
		[]string{"quote-indirect Victor Hale indirect: a politics lecturer", "quote-direct Ivo Marr direct: Labour"})
}

// TestCircumstancePhrase: a place, time or circumstance phrase after a
// speech verb ("she said, after winning the cup", "said in a press
// conference alongside …") is not reported speech (rule
// circumstance-phrase); a "that" after the phrase still opens the clause.
func TestCircumstancePhrase(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"after a direct quote: the phrase is no clause",
			`Dana Orlov won the cup. "I am still shaking," she said, after collecting her trophy from the mayor.`,
			nil, []string{"quote-indirect Dana Orlov indirect: after collecting"}},
		{"during: no clause",
			`"The port will reopen next spring," Victor Hale explained during a visit to the harbour.`,
			nil, []string{"quote-indirect Victor Hale indirect: during a visit"}},
		{"a two-word setting: the noun left over is no clause",
			`"Plans and results rarely match," Victor Hale said in a press conference alongside the release of the figures.`,
			nil, []string{"quote-indirect Victor Hale indirect: conference"}},
		{"a that after the phrase still opens the clause",
			"Victor Hale said after the vote that it would rebuild the bridge.",
			[]string{"quote-indirect Victor Hale indirect: it would rebuild"}, []string{"quote-indirect Victor Hale indirect: after the vote"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, out := extract(t, tc.text)
			checkQuotes(t, ruleQuotes(r, out), tc.want, tc.not)
		})
	}
}
