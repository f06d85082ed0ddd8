package entities

import (
	"testing"
)

// TestActivityNames checks the activity-name recognizer and the quoted
// short form on sentences of our own.
func TestActivityNames(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"activity-name: after a trigger, with the activity's adjectives",
			"استحوذت المجموعة على حصة في شركة وردان للخدمات اللوجستية العام الماضي.",
			[]string{"Organization وردان للخدمات اللوجستية"}, []string{"Organization وردان"}},
		{"activity-name: a definite name after لشركة",
			"وقال المتحدث باسم الشركة إن لشركة الشمالية للطاقة خططا جديدة.",
			[]string{"Organization الشمالية للطاقة"}, nil},
		{"activity-name: a construct activity takes its genitive",
			"أدرجت البورصة شركة سيناء لإنتاج الأسمنت في مارس.",
			[]string{"Organization سيناء لإنتاج الأسمنت"}, nil},
		{"activity-name: a list a trigger opened, the glued و left out",
			"تم طرح شركات ماركو وديلتا نوفا للبتروكيماويات في البورصة.",
			[]string{"Organization ديلتا نوفا للبتروكيماويات"}, []string{"Organization وديلتا نوفا للبتروكيماويات"}},
		{"activity-name: a company name is never a person's",
			"باعت المجموعة حصتها في شركة فهد للتطوير العقاري أمس.",
			[]string{"Organization فهد للتطوير العقاري"}, []string{"Person فهد للتطوير العقاري"}},
		{"activity-name: an indefinite nationality names nothing",
			"فازت ثلاث شركات صينية للإنشاءات بعقود جديدة.",
			nil, []string{"Organization صينية للإنشاءات"}},
		{"activity-name: a definite trigger and a nationality describe",
			"تتعلق التحقيقات بالمجموعة الإيطالية للبناء منذ سنوات.",
			nil, []string{"Organization الإيطالية للبناء"}},
		{"activity-name: ordinary words after a trigger name nothing",
			"تحتاج شركة كبرى للاستثمار إلى رأس مال.",
			nil, []string{"Organization كبرى للاستثمار"}},
		{"activity-name: a definite trigger is part of the name",
			"وقالت الهيئة العامة للسياحة إن الزوار زادوا.",
			[]string{"Organization الهيئة العامة للسياحة"}, []string{"Organization العامة للسياحة"}},
		{"activity-name: a ministry and its portfolio are no company",
			"وقال وكيل وزارة الصحة للخدمات العلاجية إن المستشفيات جاهزة.",
			nil, []string{"Organization الصحة للخدمات العلاجية"}},
		{"activity-coordinate: a listed coordinate and its adjective continue the name",
			"وزار الوفد مقر الهيئة العامة للسياحة والتراث الوطني في الرياض.",
			[]string{"Organization الهيئة العامة للسياحة والتراث الوطني"}, []string{"Organization الهيئة العامة للسياحة"}},
		{"activity-coordinate: a second activity noun continues the name",
			"وقع المستثمر عقدا مع شركة ريم للاستثمار والتطوير العقاري أمس.",
			[]string{"Organization ريم للاستثمار والتطوير العقاري"}, []string{"Organization ريم للاستثمار"}},
		{"activity-coordinate: a relative adjective coordinated with an adjective",
			"وأعلنت المؤسسة العامة للتدريب التقني والمهني عن برامج جديدة.",
			[]string{"Organization المؤسسة العامة للتدريب التقني والمهني"}, nil},
		{"activity-coordinate: the next member of a list is no part of the name",
			"ارتفعت أسهم شركة بروج للتأمين والقصيم الزراعية أمس.",
			[]string{"Organization بروج للتأمين"}, []string{"Organization بروج للتأمين والقصيم"}},
		{"national-body: a federation, its nationality and its sport are one name",
			"وأعلن الاتحاد الماليزي لكرة القدم قائمة المنتخب أمس.",
			[]string{"Organization الاتحاد الماليزي لكرة القدم"}, []string{"Organization الاتحاد الماليزي"}},
		{"national-body: a regional federation is no lexicon body cut short",
			"وقال رئيس الاتحاد الأوروبي لكرة القدم إن البطولة ستقام في موعدها.",
			[]string{"Organization الاتحاد الأوروبي لكرة القدم"}, []string{"Organization الاتحاد الأوروبي"}},
		{"national-body: the name ends with its field",
			"وكلف الاتحاد الماليزي لكرة القدم المدرب الوطني بالمهمة.",
			[]string{"Organization الاتحاد الماليزي لكرة القدم"}, []string{"Organization الاتحاد الماليزي لكرة القدم المدرب"}},
		{"national-body: a club's team is no federation",
			"وانضم اللاعب إلى فريق النجمة لكرة القدم أمس.",
			nil, []string{"Organization النجمة لكرة القدم"}},
		{"trigger-name: an imperfect verb before a preposition is no name",
			"وقال إن شركات تنتمي إلى المجموعة دفعت الرشا.",
			nil, []string{"Organization تنتمي"}},
		{"trigger-name: a glued و starts the next name of a list",
			"وهي شركات برونكو وزيفار وتالمو كما قال الوزير.",
			nil, []string{"Organization برونكو وزيفار"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkMentions(t, mentionsOf(extract(t, tc.text)), tc.want, tc.not)
		})
	}
}

// TestQuotedShortForm checks that a name and the short form quoted right
// after it are one entity.
func TestQuotedShortForm(t *testing.T) {
	tests := []struct {
		text, long, short string
		same              bool
	}{
		{`قيدت البورصة شركة سيناء لإنتاج الأسمنت "سيمكو" في مارس، وارتفع سهم سيمكو.`, "سيناء لإنتاج الأسمنت", "سيمكو", true},
		{`قيدت البورصة شركة سيناء لإنتاج الأسمنت في مارس، وقالت "سيمكو" إنها ستتوسع.`, "سيناء لإنتاج الأسمنت", "سيمكو", false},
	}
	for _, tc := range tests {
		r := extract(t, tc.text)
		el, es := -1, -1
		for _, m := range r.Mentions {
			switch m.Text {
			case tc.long:
				el = m.Entity
			case tc.short:
				es = m.Entity
			}
		}
		if el < 0 || es < 0 {
			t.Errorf("%s: mentions missing (long %d, short %d): %q", tc.text, el, es, mentionsOf(r))
			continue
		}
		if (el == es) != tc.same {
			t.Errorf("%s: same entity = %v, want %v", tc.text, el == es, tc.same)
		}
	}
}
