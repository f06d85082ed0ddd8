package relations

import (
	"slices"
	"strings"
	"testing"

	"graphbuild/internal/text"
)

// TestReopenedQuote covers rule "reopened-quote" (findQuotes): a quotation
// reopened at each of its paragraphs without a closing mark pairs as one
// quoted stretch per paragraph, and the narration after it stays narration.
func TestReopenedQuote(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // the quoted stretches of the first paragraph
	}{
		{"a plain pair", "\"Prices will rise,\" she said.", []string{"Prices will rise,"}},
		{"reopened once, then narration",
			"Lena Park said: \"Sales will grow next year. \"Costs will fall too.\" Analyst Tom Hart doubted it.",
			[]string{"Sales will grow next year.", "Costs will fall too."}},
		{"reopened twice: an odd count of marks",
			"Lena Park said: \"Sales will grow. \"Costs will fall. \"Rivals are slower.\" Then Tom Hart spoke.",
			[]string{"Sales will grow.", "Costs will fall.", "Rivals are slower."}},
		{"a closing mark before a full stop",
			"Lena Park said: \"Sales will grow. \"Costs will fall\". But Tom Hart of Veltrix said \"the plan is risky\".",
			[]string{"Sales will grow.", "Costs will fall", "the plan is risky"}},
		{"open at the paragraph's end, the next paragraph reopens",
			"Lena Park said: \"Sales will grow next year.\n\n\"Costs will fall.\"",
			[]string{"Sales will grow next year."}},
		{"reopened after a word ending in a letter of two bytes (م ends in 0x85)",
			"وتابع \"جهود الجهات خصوصا تنظيم \"داعش تكللت بالنجاح في كل مناطق البلاد والمدن الكبرى.",
			[]string{"جهود الجهات خصوصا تنظيم"}},
		{"open at the paragraph's end, no quotation follows",
			"Lena Park said: \"Sales will grow next year.\n\nTom Hart left.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			end := strings.Index(tc.text, "\n\n")
			if end < 0 {
				end = len(tc.text)
			}
			var got []string
			for _, q := range findQuotes(tc.text, text.Span{Start: 0, End: end}) {
				got = append(got, tc.text[q.inner().Start:q.inner().End])
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("quoted stretches %q, want %q", got, tc.want)
			}
		})
	}
}

// TestReopenedQuoteSpeaker: narration between reopened quotations is no
// quote, and a name in it is no speaker.
func TestReopenedQuoteSpeaker(t *testing.T) {
	r, out := extract(t, "Lena Park said: \"Sales will grow a lot next year. \"Costs will fall sharply in the new plant\". Analyst Tom Hart said little about the plan in March. \"We expect to hire more engineers in Berlin.")
	checkQuotes(t, ruleQuotes(r, out),
		[]string{"quote-direct Lena Park direct: Sales will grow a lot next year.", "quote-continued Lena Park direct: Costs will fall sharply in the new plant"},
		[]string{"quote-direct Tom Hart", "quote-continued Tom Hart", "quote-direct-in-indirect Tom Hart"})
}

// TestNestedStraightQuote covers rule "nested-straight-quote" (findQuotes):
// a short name in straight marks inside a straight quotation, right after a
// word, stays in the quotation; a new quotation after a full stop or a
// colon still ends the one before.
func TestNestedStraightQuote(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a name after a word",
			"قال سامي الحداد \"إن جهود الأمن ضد تنظيم \"داعش\" نجحت في المدن كلها\".",
			[]string{"إن جهود الأمن ضد تنظيم \"داعش\" نجحت في المدن كلها"}},
		{"a term glued to a preposition",
			"وقالت ليلى نور \"نحن لا نقبل بمنح لـ\"الشركة القابضة\" أي امتياز إضافي\".",
			[]string{"نحن لا نقبل بمنح لـ\"الشركة القابضة\" أي امتياز إضافي"}},
		{"two names inside",
			"Ms Park said \"the bank \"Veltrix\" and its rival \"Ormond\" will merge this year\".",
			[]string{"the bank \"Veltrix\" and its rival \"Ormond\" will merge this year"}},
		{"after a colon: a new quotation",
			"وقال: \"سنبني مصنعا جديدا.   وتابع كريم: \"نحن جاهزون للعمل\".",
			[]string{"سنبني مصنعا جديدا.   وتابع كريم:", "نحن جاهزون للعمل"}},
		{"a long inner stretch is a reopened quotation",
			"قال \"سنبني مصنعا جديدا وأضاف \"نحن جاهزون للعمل في المدينة الصناعية الجديدة\".",
			[]string{"سنبني مصنعا جديدا وأضاف", "نحن جاهزون للعمل في المدينة الصناعية الجديدة"}},
		{"no closing mark after the name",
			"قال \"سنبني مصنعا مع شركة \"ألفا\" في المدينة.",
			[]string{"سنبني مصنعا مع شركة", "ألفا"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, q := range findQuotes(tc.text, text.Span{Start: 0, End: len(tc.text)}) {
				got = append(got, tc.text[q.inner().Start:q.inner().End])
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("quoted stretches %q, want %q", got, tc.want)
			}
		})
	}
}

// TestReopenedQuoteNarration covers rule "reopened-quote-narration": a
// quotation with no closing mark of its own ends at the full stop before a
// short narration that names the next speaker, and that narration does not
// attribute the quotation before it.
func TestReopenedQuoteNarration(t *testing.T) {
	r, out := extract(t, "وقال سامي الحداد مدير شركة ألفا للإنشاءات: \"سنبني مصنعا جديدا في المدينة الصناعية العام المقبل. وتابعت ليلى نور \"نحن جاهزون للعمل مع كل الشركاء في المنطقة\".")
	got := ruleQuotes(r, out)
	if want := "quote-direct سامي الحداد direct: سنبني مصنعا جديدا في المدينة الصناعية العام المقبل."; !slices.Contains(got, want) {
		t.Errorf("missing quote %q\ngot: %s", want, strings.Join(got, "\n     "))
	}
	checkQuotes(t, got, []string{"quote-direct ليلى نور direct: نحن جاهزون"},
		[]string{"quote-direct ليلى نور direct: سنبني", "quote-continued ليلى نور direct: سنبني"})
}
