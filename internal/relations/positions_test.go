package relations

import (
	"strings"
	"testing"
)

// TestPositionRules checks the name-title and title-org-name rules on
// sentences of our own.
func TestPositionRules(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"name-title: NAME TITLE لشركة ORG, no comma",
			"اعتقلت الشرطة بيدرو ماركوس فيلانويفا الرئيس التنفيذي لشركة كوستا فيردي للإنشاءات أمس.",
			[]string{"بيدرو ماركوس فيلانويفا jobTitle الرئيس التنفيذي", "بيدرو ماركوس فيلانويفا worksAt كوستا فيردي للإنشاءات"}, nil},
		{"name-title: 'the company' is the one named earlier in the sentence",
			"وصل بيدرو فيلانويفا الرئيس التنفيذي لشركة كوستا فيردي وفيرناندو ليما رئيس مجلس إدارة الشركة إلى المحكمة.",
			[]string{"فيرناندو ليما worksAt كوستا فيردي"}, nil},
		{"name-title: وهو before a former title",
			"واعتقل أنطونيو بيريرا، وهو مدير سابق في شركة بتروكا، الشهر الماضي.",
			[]string{"أنطونيو بيريرا formerlyWorkedAt بتروكا"}, []string{"أنطونيو بيريرا worksAt بتروكا"}},
		{"name-title: a portfolio is not the organisation's lead",
			"وقال سامر حداد المدير التنفيذي للشؤون العامة في مجموعة نوفاكو إن البرنامج ناجح.",
			[]string{"سامر حداد jobTitle المدير التنفيذي"}, []string{"سامر حداد leads نوفاكو"}},
		{"title-org-name: TITLE لـORG HONORIFIC NAME",
			"رحب الرئيس التنفيذي لبنك الريان الشيخ منصور بن سالم آل ثاني بالقرار.",
			[]string{"منصور بن سالم آل ثاني jobTitle الرئيس التنفيذي", "منصور بن سالم آل ثاني worksAt بنك الريان"}, nil},
		{"title-org-name: TITLE ORG، HONORIFIC NAME",
			"وقال مدير عام صندوق التنمية، الدكتور سامي الحربي، إن القروض زادت.",
			[]string{"سامي الحربي jobTitle مدير عام", "سامي الحربي worksAt صندوق التنمية"}, nil},
		{"title-org-name: a that-clause between the title and the organisation",
			"وأعلن المدير التنفيذي بأن صندوق التنمية، الدكتور سامي الحربي، زاد القروض.",
			nil, []string{"سامي الحربي jobTitle المدير التنفيذي", "سامي الحربي worksAt صندوق التنمية"}},
		{"title-org-name: two titles joined by و before the organisation",
			"وأكد عضو مجلس الإدارة المنتدب والرئيس التنفيذي لمجموعة نوفاكو م. سامر حداد أن الأرباح زادت.",
			[]string{"سامر حداد jobTitle عضو مجلس الإدارة المنتدب", "سامر حداد jobTitle الرئيس التنفيذي", "سامر حداد worksAt نوفاكو"}, nil},
		{"title-org-name: a name with a glued و is the next member of a list, not the title's",
			"وتلقى اتصالا من وزير الدفاع في مملكة البحرين، وجيمس ماتسون وزير الدفاع الأميركي.",
			nil, []string{"جيمس ماتسون worksAt مملكة البحرين", "وجيمس ماتسون worksAt مملكة البحرين", "جيمس ماتسون jobTitle وزير الدفاع في مملكة البحرين", "وجيمس ماتسون jobTitle وزير الدفاع في مملكة البحرين"}},
		{"name-title: a second title after the first one's portfolio",
			"وقال سامر حداد المدير التنفيذي للشؤون العامة والاستدامة وأمين مجلس إدارة مجموعة نوفاكو إن البرنامج ناجح.",
			[]string{"سامر حداد jobTitle المدير التنفيذي", "سامر حداد jobTitle أمين مجلس إدارة", "سامر حداد worksAt نوفاكو"}, nil},
		{"title-before-name: a minister's field and nationality before the name",
			"قال وزير البترول الكويتي محمد عبدالله السالم إن الإنتاج سيرتفع.",
			[]string{"محمد عبدالله السالم jobTitle وزير البترول الكويتي"}, nil},
		{"title-before-name: no nationality, no title across the field",
			"وزار مكتب البترول فهد العنزي أمس.",
			nil, []string{"فهد العنزي jobTitle مكتب البترول"}},
		{"apposition: a feminine title after a man's name is someone else's",
			"في عام 1993 عينها الرئيس بيل كلينتون، مديرة في مؤسسة فاني ماي.",
			nil, []string{"بيل كلينتون jobTitle مديرة"}},
		{"name-title: a title ends before a speech verb",
			"وكان سامر حداد وزير الخارجية الكويتي أعلن في حديث أدلى به إلى قناة محلية أن الاتفاق قريب.",
			[]string{"سامر حداد jobTitle وزير الخارجية الكويتي"}, []string{"سامر حداد jobTitle وزير الخارجية الكويتي أعلن"}},
		{"nationality-before-name: TITLE ORG NATIONALITY NAME",
			"وقال رئيس مجلس إدارة شركة نوفاكو المصري سامر الحلبي إن الأرباح زادت.",
			[]string{"سامر الحلبي jobTitle رئيس مجلس إدارة شركة", "سامر الحلبي worksAt نوفاكو"}, nil},
		{"nationality-before-name: not after an organisation that ends in a nationality",
			"وقال مدير الإدارة في البنك السعودي الفرنسي سامر الحلبي إن الأرباح زادت.",
			nil, []string{"سامر الحلبي worksAt البنك السعودي"}},
		{"title-org-next-name: TITLE ORG right before another name is that name's",
			"وأبلغ وزير الطاقة الروسي ألكسندر نوفاك الأمين العام لأوبك عبد الله البدري أن السوق مستقرة.",
			nil, []string{"ألكسندر نوفاك jobTitle الأمين العام", "ألكسندر نوفاك worksAt أوبك"}},
		{"title-org-next-name: TITLE and definite words, then an honorific and another name",
			"والتقى الأمير سامر الحلبي مدير عام الإدارة العامة للمتقاعدين الدكتور كريم بن علي العلي أمس.",
			nil, []string{"سامر الحلبي jobTitle مدير عام", "سامر الحلبي jobTitle مدير عام الإدارة العامة"}},
		{"title-org-next-name: the next member of a list does not take the title",
			"وحضر المهندس سامر الحلبي الرئيس التنفيذي للشركة الوطنية للكهرباء والدكتور كريم العلي الحفل.",
			[]string{"سامر الحلبي jobTitle الرئيس التنفيذي"}, nil},
		{"former-after-org: سابقا after the organisation",
			"ونفى الاتحاد وجود خلاف مع سامر الحلبي رئيس لجنة الانضباط سابقا في الاتحاد.",
			[]string{"سامر الحلبي formerlyWorkedAt لجنة الانضباط"}, []string{"سامر الحلبي worksAt لجنة الانضباط"}},
		{"former-after-org: السابق after the organisation",
			"وقال سامر الحلبي، رئيس المفوضية الأوروبية السابق، إن الاتحاد قوي.",
			[]string{"سامر الحلبي formerlyWorkedAt المفوضية الأوروبية"}, []string{"سامر الحلبي worksAt المفوضية الأوروبية"}},
		{"title-before-name: ولي ولي العهد is one title",
			"وبحث ولي ولي العهد الأمير محمد بن سلمان مع الوفد عددا من المسائل.",
			[]string{"محمد بن سلمان jobTitle ولي ولي العهد"}, []string{"محمد بن سلمان jobTitle ولي العهد"}},
		{"name-title: English 'ORG chief executive NAME' is not the org's title",
			"\"We will grow,\" said Vantor chief executive Paul Weber.",
			nil, []string{"Vantor jobTitle chief executive"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, out := extract(t, tc.text)
			got := facts(r, out)
			checkFacts(t, got, tc.want, tc.not)
		})
	}
}

// TestOrgPositionFacts checks the facts read once org-by-position has found
// the organisations.
func TestOrgPositionFacts(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"org-by-position: worksAt and locatedIn around ومقرها",
			"وقال سامر حداد الرئيس التنفيذي لنوفا بارتنرز ومقرها الكويت إن السوق تتحسن.",
			[]string{"سامر حداد worksAt نوفا بارتنرز", "نوفا بارتنرز locatedIn الكويت"}},
		{"org-by-position: acquisition with the subject before على",
			"واستحوذت كارلايل فيستا على حصة الأغلبية في سيرفانتو العام الماضي.",
			[]string{"كارلايل فيستا acquired سيرفانتو"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, out := extract(t, tc.text)
			got := facts(r, out)
			for _, w := range tc.want {
				if !contains(got, w) {
					t.Errorf("missing %q\ngot: %s", w, strings.Join(got, " | "))
				}
			}
		})
	}
}

// TestQuoteSpeakers checks that bodies and groups are not speakers and that
// a name in quotation marks is not a quote.
func TestQuoteSpeakers(t *testing.T) {
	tests := []struct {
		name, text string
		not        []string // speakers or quotes that must not appear
	}{
		{"trigger لجنة: a committee is not a person",
			"وقالت اللجنة إنها ستبيع حصة الحكومة في البنك خلال العام المقبل.",
			[]string{"اللجنة indirect: إنها ستبيع حصة الحكومة في البنك خلال العام المقبل"}},
		{"nounShaped: a noun with a pronoun is not a speaker",
			"وأبلغت المصارف عملاءها أن الحد الأعلى للسحب سينخفض إلى النصف.",
			[]string{"عملاءها indirect: الحد الأعلى للسحب سينخفض إلى النصف"}},
		{"minDirectWords: a quoted name is not a direct quote",
			"وقال سامر حداد إن شركة \"نوفا تك\" ستتوسع في الخليج العام المقبل.",
			[]string{"سامر حداد direct: نوفا تك"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, out := extract(t, tc.text)
			got := quotes(r, out)
			for _, n := range tc.not {
				if contains(got, n) {
					t.Errorf("unwanted %q\ngot: %s", n, strings.Join(got, " | "))
				}
			}
		})
	}
}

// TestRoyalRanksAndCoordinatedTitles: a royal rank is no job title, and a
// title joined by و after a comma starts a second person.
func TestRoyalRanksAndCoordinatedTitles(t *testing.T) {
	r, out := extract(t, "استقبل الأمير فيصل بن بندر أمير منطقة الرياض الوفد. وبعث الملك سلمان بن عبدالعزيز، وولي العهد الأمير محمد بن نايف برقيتي تهنئة.")
	got := facts(r, out)
	for _, n := range []string{"فيصل بن بندر jobTitle الأمير", "سلمان بن عبدالعزيز jobTitle ولي العهد"} {
		if contains(got, n) {
			t.Errorf("unwanted %q\ngot: %s", n, strings.Join(got, " | "))
		}
	}
}

// TestNamedAfter: a title inside the name of a place or an institution
// (named_after.txt) is not a person's job title.
func TestNamedAfter(t *testing.T) {
	r, out := extract(t, "نقل المصابون إلى مستشفى الملك عبدالعزيز بالزاهر، ووقع الحادث على طريق الملك سعود أمس.")
	got := facts(r, out)
	for _, f := range got {
		if strings.Contains(f, "jobTitle الملك") {
			t.Errorf("unwanted %q\ngot: %s", f, strings.Join(got, " | "))
		}
	}
}

// TestNamedAfterTitle: a title after a noun named_after.txt gained by corpus
// count (مؤسسة, جامع, ملعب, …) is part of an institution's name, and a
// one-word title that is itself such a noun ("مؤسسة") before a name is the
// institution, not the person's title (rule named-after-title).
func TestNamedAfterTitle(t *testing.T) {
	tests := []struct{ text, not string }{
		{"وتبرعت مؤسسة نوال بن حمدان الخيرية بمئة حاسب للمدارس.", "نوال بن حمدان jobTitle مؤسسة"},
		{"وأقيمت الصلاة عليه في جامع الملك فيصل بحي الروضة أمس.", "jobTitle الملك"},
		{"وتدرب الطلاب في ملعب الأمير نايف بن حمدان قبل المباراة.", "jobTitle الأمير"},
		{"ونظمت مؤسسة الملك خالد للموهبة لقاء للطلاب.", "jobTitle الملك"},
		{"وقال إن مؤسسة الشيخ سعد الحربي الثقافية قدمت الكثير لخدمة الثقافة.", "jobTitle مؤسسة"},
	}
	for _, tc := range tests {
		r, out := extract(t, tc.text)
		got := facts(r, out)
		for _, f := range got {
			if strings.Contains(f, tc.not) {
				t.Errorf("%s: unwanted %q\ngot: %s", tc.text, f, strings.Join(got, " | "))
			}
		}
	}
}

// TestNamedAfterClitic: rule named-after-clitic — a named_after noun with a
// preposition or و glued to it ("بجامعة", "ومستشفى") still makes the title
// after it part of a place's name.
func TestNamedAfterClitic(t *testing.T) {
	noFactWith(t, "jobTitle الملك", []string{
		"وتخرج الطالب بجامعة الملك سعود في الرياض العام الماضي.",
		"ونقل المصاب إلى المستوصف ومستشفى الملك فهد بالمدينة.",
		"وزار الوفد أنفاق الملك خالد في مكة أمس.",
		"وأقيم الحفل في حدائق الملك عبدالله العالمية بالرياض.",
	})
}

// TestNamedAfterTitleOrgName: rule named-after-person in title-org-name —
// a place named after a king, with no person read in it, does not lend
// "الملك" and the name to the person after it.
func TestNamedAfterTitleOrgName(t *testing.T) {
	noFactWith(t, "jobTitle الملك", []string{
		"وكان في وداعه بمطار الملك رامي الدولي صاحب السمو الأمير سامر بن نادر المحافظ.",
		"واستقبل في مطار الملك رامي الدولي الأمير سامر بن نادر الضيوف.",
	})
}

// noFactWith fails for each fact of the texts that contains part.
func noFactWith(t *testing.T, part string, texts []string) {
	t.Helper()
	for _, text := range texts {
		r, out := extract(t, text)
		got := facts(r, out)
		for _, f := range got {
			if strings.Contains(f, part) {
				t.Errorf("%s: unwanted %q\ngot: %s", text, f, strings.Join(got, " | "))
			}
		}
	}
}
