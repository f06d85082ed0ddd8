package entities

import "testing"

// TestTitleComplement checks the rule "title-complement" on sentences of our
// own: words between two titles whose holder follows a form of address are
// the first title's complement, no person; a name after a rank, a name with
// no form of address after the next title, and a chain broken by a comma
// stay names.
func TestTitleComplement(t *testing.T) {
	runPersonSpanCases(t, dropTitleComplements, []personSpanCase{
		{"a title head read as a given name, then a title and المهندس", "وشكر أمين الجوف رئيس اللجنة البلدية المهندس سامي العتيبي الجميع.", "أمين", 2, ""},
		{"a portfolio after مدير, then a title and الدكتور", "وأوضح مدير شؤون الطلاب رئيس لجنة القبول الدكتور فهد الحربي أن التسجيل بدأ.", "شؤون", 2, ""},
		{"a form of address after the second title", "وحضر أمين القصيم رئيس المجلس ومعالي وزير الدولة الحفل.", "أمين", 2, ""},
		{"after a title, an honorific right after the words", "وقام مدير النخبة المهندس سالم الحربي بتوزيع الدروع.", "النخبة", 1, ""},
		{"after a title, a given name before الأستاذ stays", "وقال الباحث سامي محمود الأستاذ المساعد بجامعة القاهرة إن النتائج جيدة.", "سامي", 2, "سامي محمود"},
		{"a given name with no form of address after the title", "وقال أمين الجميل رئيس حزب الكتائب إن لبنان بخير.", "أمين", 2, "أمين الجميل"},
		{"a name after a rank stays a name", "وحضر الأمير فيصل بن سعود أمير منطقة القصيم الحفل مع الشيخ علي.", "فيصل", 3, "فيصل بن سعود"},
		{"a comma ends the chain", "وقال مدير المشروع خالد السالم رئيس الفريق، والدكتور علي حاضر.", "خالد", 2, "خالد السالم"},
		{"no title after the name", "وقال مدير المشروع خالد السالم إن الدكتور علي وافق.", "خالد", 2, "خالد السالم"},
	})
}
