package relations

import "testing"

// TestTitleModifiers covers title_modifiers.txt (a title takes the words
// before it that belong to it), formerBefore (a past title is no jobTitle
// and its organisation is a former employer) and honorifics that are no
// job titles (Lord, Prof).
func TestTitleModifiers(t *testing.T) {
	tests := []struct {
		rule, text string
		want, not  []string
	}{
		{"modifier: Home Secretary",
			"New Home Secretary Dorian Falkwell has vowed to press on with the plans.",
			[]string{"Dorian Falkwell jobTitle Home Secretary"}, []string{"Dorian Falkwell jobTitle Secretary"}},
		{"modifiers: shadow home secretary",
			"Conservative shadow home secretary Dorian Falkwell said the scheme had failed.",
			[]string{"Dorian Falkwell jobTitle shadow home secretary"}, []string{"Dorian Falkwell jobTitle secretary"}},
		{"modifier: First Minister",
			"Smoke-free areas will save lives, First Minister Alasdair Brennock has insisted.",
			[]string{"Alasdair Brennock jobTitle First Minister"}, []string{"Alasdair Brennock jobTitle Minister"}},
		{"two-word field: Constitutional Affairs Minister",
			"Constitutional Affairs Minister Hollis Vantry said the bill would pass.",
			[]string{"Hollis Vantry jobTitle Constitutional Affairs Minister"}, nil},
		{"modifier in an apposition: the deputy head of",
			"\"It is too early to tell,\" said Serge Talmont, deputy head of Korvel Re's risk unit.",
			[]string{"Serge Talmont jobTitle deputy head"}, []string{"Serge Talmont jobTitle deputy head of"}},
		{"former: ex- glued to the employer or the modifier",
			"Ex-Labour minister Orla Venn spoke too. The ex-finance chief Barnaby Quell also spoke.",
			nil, []string{"Barnaby Quell jobTitle chief", "Orla Venn jobTitle minister"}},
		{"former: a past employer, no jobTitle",
			"Lawyers for former Zentrox chief Barnaby Quell called their first witness.",
			[]string{"Barnaby Quell formerlyWorkedAt Zentrox"}, []string{"Barnaby Quell jobTitle chief", "Barnaby Quell worksAt Zentrox"}},
		{"former-across-words: up to three plain words between former and the title",
			"Former record label boss Orla Venn spoke. The ex-Marlow Street media chief Barnaby Quell also spoke. Former spin chief Dana Orlov agreed.",
			nil, []string{"Orla Venn jobTitle boss", "Barnaby Quell jobTitle chief", "Dana Orlov jobTitle chief"}},
		{"then: a title held then is no jobTitle",
			"It was imposed by then president Wilbur Hagley in 1986. The then Home Secretary Dana Orlov agreed. He advised then-US secretary of state Ivo Marr.",
			nil, []string{"Wilbur Hagley jobTitle president", "Dana Orlov jobTitle Home Secretary", "Ivo Marr jobTitle secretary of state"}},
		{"former-in-name: Former taken into the organisation's name",
			"Former Downing Street communications chief Dana Orlov said he would stand. Former Labour leader Ivo Marr agreed with him.",
			nil, []string{"Dana Orlov jobTitle communications chief", "Ivo Marr jobTitle leader"}},
		{"former-across-words: a lower-case field stopword between",
			"The former British government minister Orla Venn spoke. Former government communications chief Dana Orlov agreed.",
			nil, []string{"Orla Venn jobTitle minister", "Dana Orlov jobTitle communications chief", "Dana Orlov jobTitle chief"}},
		{"left-after-name: the named holder has left the post",
			"Zentrox chief executive Barnaby Quell stepped down last week. Corvex manager Orla Venn has resigned for personal reasons.",
			[]string{"Barnaby Quell formerlyWorkedAt Zentrox"},
			[]string{"Barnaby Quell jobTitle chief executive", "Barnaby Quell worksAt Zentrox", "Orla Venn jobTitle manager"}},
		{"left-after-name: a leaving still to come is no past title",
			"Zentrox chief executive Barnaby Quell is to step down next year.",
			[]string{"Barnaby Quell jobTitle chief executive", "Barnaby Quell worksAt Zentrox"}, nil},
		{"former-across-words: a function word between stops it",
			"The former employees of the board said chairman Wilbur Hagley was right.",
			[]string{"Wilbur Hagley jobTitle chairman"}, nil},
		{"former before an unrecognised party name",
			"Former Conservative leader Wilbur Hagley says he will not stand again.",
			nil, []string{"Wilbur Hagley jobTitle leader"}},
		{"an honorific after a comma is no title",
			"He had his photo taken with director Marcus Scorvane, Mr Manley and Mr Kingsby.",
			nil, []string{"Marcus Scorvane jobTitle Mr"}},
		{"title-org-name: a modifier and a past title",
			"The party repaid £500,000 to former Tory Treasurer Lord Ashwell. But shadow attorney general Mr Grieves said it was a mistake.",
			[]string{"Grieves jobTitle shadow attorney general"}, []string{"Ashwell jobTitle Treasurer", "Grieves jobTitle attorney general"}},
		{"current title still works at",
			"Lawyers for Zentrox chief executive Barnaby Quell called their first witness.",
			[]string{"Barnaby Quell worksAt Zentrox", "Barnaby Quell jobTitle chief executive"}, nil},
		{"honorific: Lord is no job title",
			"Lord Falbrook warned ministers that they should prepare for changes.",
			nil, []string{"Falbrook jobTitle Lord"}},
		{"honorific: Prof is no job title",
			"Prof Ansel Dorrington was a lecturer at a large university.",
			nil, []string{"Ansel Dorrington jobTitle Prof"}},
	}
	for _, tc := range tests {
		t.Run(tc.rule, func(t *testing.T) {
			r, out := extract(t, tc.text)
			checkFacts(t, facts(r, out), tc.want, tc.not)
		})
	}
}
