package pipeline

import (
	"slices"
	"strings"
	"testing"

	"graphbuild/internal/text"
)

// mixedArticle is an article of our own with Arabic and English paragraphs.
const mixedArticle = `سديم للحوسبة تفتح مكتبا في لندن

قالت شركة سديم للحوسبة، ومقرها الرياض، إنها افتتحت مكتبا جديدا في لندن يوم الثلاثاء، في خطوة تهدف إلى التوسع في السوق الأوروبية.

وقال عمر الشمري، الرئيس التنفيذي لشركة سديم للحوسبة: «نريد أن نكون قريبين من عملائنا في أوروبا».

The company said the London office would employ 40 engineers by the end of the year. Its chief technology officer, Laura Bennett, will lead the team.

"London has the talent we need for our next generation of chips," said Laura Bennett, chief technology officer of Sadeem Computing.

She added that the company had already signed two contracts with British banks. "We are starting with the financial sector," Bennett said.

In Paris, analyst Thomas Girard of Helix Research said the move was expected. "Gulf companies are looking for engineers in Europe," Girard said.

وأضاف الشمري أن الشركة تخطط لجمع 50 مليون دولار خلال العام المقبل.
`

// TestReliabilityMixedLanguage: the language is decided per paragraph, so
// the English paragraphs of an Arabic article are read as English (issue
// 15, finding 8: "the", "She", "In Paris" became organisations and none of
// the English quotes were found).
func TestReliabilityMixedLanguage(t *testing.T) {
	docs, err := text.Parse("mixed.txt", []byte(mixedArticle), text.ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	g := Extract(docs[0])
	if err := g.Validate(); err != nil {
		t.Fatal(err)
	}
	if g.Doc.Lang != "ar" {
		t.Errorf("document language %q, want ar (most of its letters)", g.Doc.Lang)
	}
	types := map[string]string{}
	for _, e := range g.Entities {
		types[e.Name] = string(e.Type)
	}
	for _, junk := range []string{"The", "She", "In Paris", "Its", "we", "Bennett", "generation of chips", "added", "company"} {
		if _, ok := types[junk]; ok {
			t.Errorf("junk entity %q (%s)", junk, types[junk])
		}
	}
	for name, typ := range map[string]string{"Laura Bennett": "Person", "Thomas Girard": "Person", "Helix Research": "Organization", "عمر الشمري": "Person", "London": "Place"} {
		if types[name] != typ {
			t.Errorf("%s is %q, want %s", name, types[name], typ)
		}
	}
	var en, ar int
	for _, q := range g.Quotes {
		if text.DetectLang(q.Text) == text.English {
			en++
		} else {
			ar++
		}
		if got := mixedArticle[q.Span.Start:q.Span.End]; got != q.Text {
			t.Errorf("quote span %v holds %q, not %q", q.Span, got, q.Text)
		}
	}
	if en < 4 || ar < 1 {
		t.Errorf("%d English and %d Arabic quotes, want at least 4 and 1: %v", en, ar, g.Quotes)
	}
	// A document whose language is given is read in that language only.
	docs, _ = text.Parse("mixed.txt", []byte(mixedArticle), text.ParseOptions{Lang: text.Arabic})
	if text.SplitByLang(docs[0]) != nil {
		t.Error("--lang ar still splits the document")
	}
	// One language throughout: not split.
	docs, _ = text.Parse("en.txt", []byte(strings.Join(slices.Repeat([]string{"Laura Bennett said the office would open."}, 5), "\n\n")), text.ParseOptions{})
	if text.SplitByLang(docs[0]) != nil {
		t.Error("an English document is split")
	}
}
