package entities

import (
	"testing"

	"graphbuild/internal/text"
)

// TestRecognizersAlone runs each recognizer by itself over a sentence of
// our own: the mentions it must find ("Type text source") and those it must
// not.
func TestRecognizersAlone(t *testing.T) {
	tests := []struct {
		name      string
		r         Recognizer
		text      string
		want, not []string
	}{
		{"lexicon", Lexicon(), "وقال سام ألتمان إن OpenAI ستفتتح مكتبا في الرياض.",
			[]string{"Person سام ألتمان lexicon", "Organization OpenAI lexicon", "Place الرياض lexicon"}, nil},
		{"lexicon: a common word is no name", Lexicon(), "He ate an apple in the morning.",
			nil, []string{"Organization apple lexicon"}},
		{"article-only-proclitic: كابل is no ك + a company", Lexicon(), "وقع انفجار قرب السفارة في كابل صباح اليوم.",
			nil, []string{"Organization ابل lexicon"}},
		{"article-only-proclitic: كلاما is no ك + a model", Lexicon(), "ووجه الوزير كلاما حادا إلى المعارضة.",
			nil, []string{"Product لاما lexicon"}},
		{"article-only-proclitic: a place is compared through ك", Lexicon(), "ويبقى الطلب في دول كمصر مرتفعا.",
			[]string{"Place مصر lexicon"}, nil},
		{"speech-verb-subject", Persons(), "وقالت كارمينا لودفيغ إن الشركة ستتوسع.",
			[]string{"Person كارمينا لودفيغ speech-verb-subject"}, nil},
		{"title-before-name", Persons(), "أعلن الرئيس التنفيذي تامر فاضل عن الخطة.",
			[]string{"Person تامر فاضل title-before-name"}, nil},
		{"speech-verb-subject: English inversion after a quote", Persons(), "“We will grow,” said Anna Kowalski on Monday.",
			[]string{"Person Anna Kowalski speech-verb-subject"}, nil},
		{"speech-verb-subject: a source-mode phrase names no speaker", Persons(), "Prices rose, according to Marta Olsen of the bank.",
			nil, []string{"Person Marta Olsen speech-verb-subject"}},
		{"speech verb before a definite noun", Persons(), "وقال المبعوث الخاص إن المحادثات مستمرة.",
			nil, []string{"Person المبعوث الخاص speech-verb-subject"}},
		{"latin-in-arabic", LatinNames(), "أعلنت شركة Orvane Labs عن نموذج جديد.",
			[]string{"Organization Orvane Labs latin-in-arabic"}, nil},
		{"org-suffix", OrgSuffixNames(), "Shares of Orvane Labs rose on Monday.",
			[]string{"Organization Orvane Labs org-suffix"}, nil},
		{"org-suffix: a nationality adjective is no part of the name", OrgSuffixNames(), "Shares of the Korean Orvane Bank rose.",
			[]string{"Organization Orvane Bank org-suffix"}, []string{"Organization Korean Orvane Bank org-suffix"}},
		{"org-suffix: acronym-keeps-adjective", OrgSuffixNames(), "Shares of the Korean Orvane Bank (KOB) rose.",
			[]string{"Organization Korean Orvane Bank org-suffix"}, []string{"Organization Orvane Bank org-suffix"}},
		{"org-suffix runs only where the profile names it", OrgSuffixNames(), "ارتفعت أسهم شركة Orvane Labs.",
			nil, []string{"Organization Orvane Labs org-suffix"}},
		{"values: money", Values(), "Kestrava raised $5m last week.",
			[]string{"Money $5m values"}, nil},
		{"values: May the modal is no date", Values(), "The firm may raise more money.",
			nil, []string{"Date may values"}},
		{"byline-credit: a byline's name", Credits(), "تقرير هالة سعيد، وكالة الأنباء الأردنية\nجمعت شركة Kappa مليون دولار.",
			[]string{"Person هالة سعيد byline-credit"}, nil},
		{"byline-credit: English byline", Credits(), "By Marta Olsen\nShares of Orvane Labs rose on Monday.",
			[]string{"Person Marta Olsen byline-credit"}, nil},
		{"byline-credit: body text is no credit", Credits(), "Marta Olsen said shares of Orvane Labs rose on Monday.",
			nil, []string{"Person Marta Olsen byline-credit"}},
		{"trigger-name: a name after a trigger noun", TriggerNames(), "أعلنت شركة نوفارا عن نموذج جديد.",
			[]string{"Organization نوفارا trigger-name"}, nil},
		{"trigger-name: a common word after the noun is no name", TriggerNames(), "أعلنت شركة ناشئة عن نموذج جديد.",
			nil, []string{"Organization ناشئة trigger-name"}},
		{"cue-subject: the capitalised subject of a cue", CueSubjects(), "Orvane agreed to buy Datavia for $40m.",
			[]string{"Organization Orvane cue-subject", "Organization Datavia cue-subject"}, nil},
		{"cue-subject: a lower-case subject is no name", CueSubjects(), "The company agreed to buy a rival for $40m.",
			nil, []string{"Organization The company cue-subject"}},
		{"name-by-position: a name before a title", PositionNames(), "وأوضح فهد القرني الخبير الاقتصادي أن الأسعار سترتفع.",
			[]string{"Person فهد القرني name-by-position"}, nil},
		{"name-by-position: ordinary words before a title", PositionNames(), "وأعلنت الحكومة الجديدة الرئيس السابق مسؤولا عن الملف.",
			nil, []string{"Person الحكومة الجديدة name-by-position"}},
		{"name-comma-title: a foreign name before a comma and a title", PositionNames(), "وتشمل التحقيقات أوسفالدو بريتو كامينيا، أمين الصندوق السابق للحزب الاشتراكي.",
			[]string{"Person أوسفالدو بريتو كامينيا name-comma-title"}, nil},
		{"name-comma-title: a word before a given name is left out", PositionNames(), "وكتب أمس جون ماكورميك، المدير التنفيذي لمؤسسة تيرا نوفا، أن الخطة فشلت.",
			[]string{"Person جون ماكورميك name-comma-title"}, []string{"Person أمس جون ماكورميك name-comma-title"}},
		{"name-comma-title: one word before the comma is no name", PositionNames(), "وفي المقابل، الرئيس التنفيذي للشركة غائب.",
			nil, []string{"Person المقابل name-comma-title", "Person في المقابل name-comma-title"}},
		{"name-comma-title: a name the lexicon knows in part is left to it", PositionNames(), "وزار الأمير محمد بن سلمان بن عبد العزيز، ولي ولي العهد، المنطقة.",
			nil, []string{"Person محمد بن سلمان بن عبد العزيز name-comma-title"}},
		{"shortform-org-name: a definite phrase before its bracketed short form", ShortformOrgs(), "وقال رئيس شركة الخدمات البحرية و الموانئ (بحري) إن الأرباح زادت.",
			[]string{"Organization شركة الخدمات البحرية و الموانئ shortform-org-name", "Organization بحري shortform-org-name"}, nil},
		{"shortform-org-name: ل before the trigger is left out, an activity is kept", ShortformOrgs(), "وباعت الحكومة حصتها لشركة الرمال لإنتاج الزجاج «رمال».",
			[]string{"Organization شركة الرمال لإنتاج الزجاج shortform-org-name"}, []string{"Organization لشركة الرمال لإنتاج الزجاج shortform-org-name"}},
		{"shortform-org-name: a nationality makes it a description", ShortformOrgs(), "وقالت شركة الطيران الإيطالية «أليطاليا» إن الرحلات ألغيت.",
			nil, []string{"Organization شركة الطيران الإيطالية shortform-org-name"}},
		{"shortform-org-name: a describing word makes it a description", ShortformOrgs(), "وأعلنت شركة البناء العملاقة «كوندور» عن خسائر.",
			nil, []string{"Organization شركة البناء العملاقة shortform-org-name"}},
		{"shortform-org-name: a trigger in the brackets is no short form", ShortformOrgs(), "وارتفع سهم شركة الاتحاد الخليجي (شركة تأمين) أمس.",
			nil, []string{"Organization شركة الاتحاد الخليجي shortform-org-name"}},
		{"shortform-org-name: no short form, no name", ShortformOrgs(), "وقالت شركة النفط البريطانية إن الإنتاج تراجع.",
			nil, []string{"Organization شركة النفط البريطانية shortform-org-name"}},
		{"institution-name: a trigger noun and a definite phrase", InstitutionNames(), "أعلن بنك الإسكان الأهلي عن قروض جديدة.",
			[]string{"Organization بنك الإسكان الأهلي institution-name"}, nil},
		{"institution-name: الوطني after a definite word is part of the name", InstitutionNames(), "وأقامت وزارة الدفاع الوطني حفلا للخريجين أمس.",
			[]string{"Organization وزارة الدفاع الوطني institution-name"}, []string{"Organization وزارة الدفاع institution-name"}},
		{"institution-name: a coordinated name keeps its last adjective", InstitutionNames(), "وقال رئيس لجنة الحقيقة والمصالحة الوطنية إن العمل بدأ.",
			[]string{"Organization لجنة الحقيقة والمصالحة الوطنية institution-name"}, nil},
		{"institution-name: the name ends at its adjective", InstitutionNames(), "وحضر رئيس الجهاز بوزارة الدفاع الوطني الفريق سالم الحفل.",
			[]string{"Organization وزارة الدفاع الوطني institution-name"}, []string{"Organization وزارة الدفاع الوطني الفريق سالم institution-name"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			title := "عنوان الخبر"
			if text.DetectLang(tt.text) == text.English {
				title = "news of the day"
			}
			docs, err := text.Parse("t.txt", []byte(title+"\n"+tt.text), text.ParseOptions{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, m := range tt.r.Recognize(docs[0]) {
				if m.Kind == text.Title {
					continue
				}
				got = append(got, string(m.Type)+" "+m.Text+" "+m.Source)
				sourceOf(m.Source) // declared
			}
			checkMentions(t, got, tt.want, tt.not)
		})
	}
}
