package text

import (
	"slices"
	"strings"
	"testing"
)

// segment segments s as a document of language lang and checks the spans of
// every paragraph, sentence and token.
func segment(t *testing.T, s string, lang Lang) *Document {
	t.Helper()
	d := &Document{Text: s, Lang: lang}
	Segment(d)
	checkSegmentation(t, d)
	return d
}

// checkSegmentation checks that paragraphs, sentences and tokens lie within
// d.Text in order, that sentences lie in their paragraph and tokens in their
// sentence, and that every token's span slices back to its text.
func checkSegmentation(t testing.TB, d *Document) {
	t.Helper()
	n := len(d.Text)
	prev := 0
	for i, p := range d.Paragraphs {
		if p.Start < prev || p.End < p.Start || p.End > n {
			t.Fatalf("paragraph %d span %v out of order or outside the %d-byte text", i, p.Span, n)
		}
		prev = p.End
	}
	prev = 0
	for i, s := range d.Sentences {
		if s.Start < prev || s.End <= s.Start || s.End > n {
			t.Fatalf("sentence %d span %v out of order or outside the %d-byte text", i, s.Span, n)
		}
		if s.Para < 0 || s.Para >= len(d.Paragraphs) || !d.Paragraphs[s.Para].Contains(s.Span) {
			t.Fatalf("sentence %d %v not inside its paragraph %d", i, s.Span, s.Para)
		}
		if s.Kind != d.Paragraphs[s.Para].Kind {
			t.Fatalf("sentence %d kind %v, paragraph kind %v", i, s.Kind, d.Paragraphs[s.Para].Kind)
		}
		if s.FirstToken > s.EndToken || s.EndToken > len(d.Tokens) {
			t.Fatalf("sentence %d token range [%d,%d) of %d tokens", i, s.FirstToken, s.EndToken, len(d.Tokens))
		}
		if i > 0 && s.FirstToken != d.Sentences[i-1].EndToken {
			t.Fatalf("sentence %d starts at token %d, previous ends at %d", i, s.FirstToken, d.Sentences[i-1].EndToken)
		}
		for k := s.FirstToken; k < s.EndToken; k++ {
			tk := d.Tokens[k]
			if tk.Sent != i || !s.Contains(tk.Span) {
				t.Fatalf("token %d %q (sent %d, %v) not inside sentence %d %v", k, tk.Text, tk.Sent, tk.Span, i, s.Span)
			}
		}
		if d.SentenceAt(s.Start) != i || d.SentenceAt(s.End-1) != i {
			t.Fatalf("SentenceAt(%d..%d) != %d", s.Start, s.End-1, i)
		}
		prev = s.End
	}
	prev = 0
	for i, tk := range d.Tokens {
		if tk.Start < prev || tk.End <= tk.Start || tk.End > n {
			t.Fatalf("token %d %q span %v out of order or outside the %d-byte text", i, tk.Text, tk.Span, n)
		}
		if d.Text[tk.Start:tk.End] != tk.Text {
			t.Fatalf("token %d span %v slices to %q, Text %q", i, tk.Span, d.Text[tk.Start:tk.End], tk.Text)
		}
		prev = tk.End
	}
}

func sentenceTexts(d *Document) []string {
	var out []string
	for _, s := range d.Sentences {
		out = append(out, d.Slice(s.Span))
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		lang Lang
		in   string
		want []string
	}{
		{"arabic question mark and period", Arabic,
			"هل قالت الشركة ذلك؟ نعم. وأضافت أن الأرباح بلغت 1.5 مليار دولار. انتهى",
			[]string{"هل قالت الشركة ذلك؟", "نعم.", "وأضافت أن الأرباح بلغت 1.5 مليار دولار.", "انتهى"}},
		{"arabic decimal and digits", Arabic,
			"بلغت الحصة ٣.٥ بالمئة. ثم ارتفعت!",
			[]string{"بلغت الحصة ٣.٥ بالمئة.", "ثم ارتفعت!"}},
		{"english titles and initials", English,
			"Mr. Smith met Dr. X in London. U.S. firms rose 1.5% on Monday. J. K. Rowling agreed.",
			[]string{"Mr. Smith met Dr. X in London.", "U.S. firms rose 1.5% on Monday.", "J. K. Rowling agreed."}},
		{"company suffix and times", English,
			"Shares of Apple Inc. fell at 3 p.m. in New York. They recovered.",
			[]string{"Shares of Apple Inc. fell at 3 p.m. in New York.", "They recovered."}},
		{"abbreviation case-insensitive", English,
			"See e.g. the report vs. the memo. Done.",
			[]string{"See e.g. the report vs. the memo.", "Done."}},
		{"ordinary word before period ends sentence", English,
			"It rose to 5. Then it fell.",
			[]string{"It rose to 5.", "Then it fell."}},
		{"repeated terminators", English,
			"Really?! Yes... Fine.",
			[]string{"Really?!", "Yes...", "Fine."}},
		{"arabic quote with several sentences stays with attribution", Arabic,
			"“الذكاء الاصطناعي مهم. نحن نستثمر فيه. سنواصل”، قال أحمد علي. ثم غادر.",
			[]string{"“الذكاء الاصطناعي مهم. نحن نستثمر فيه. سنواصل”، قال أحمد علي.", "ثم غادر."}},
		{"guillemet quote", Arabic,
			"وقال: «نحن سعداء. سنتوسع؟ نعم». وانتهى المؤتمر.",
			[]string{"وقال: «نحن سعداء. سنتوسع؟ نعم».", "وانتهى المؤتمر."}},
		{"straight quotes", English,
			`"We are growing. We will hire more," said Ms. Lee. She left.`,
			[]string{`"We are growing. We will hire more," said Ms. Lee.`, "She left."}},
		{"reopened-quote: a quotation reopened without closing ends the sentence", English,
			`Lena Park said: "Sales will grow. "Costs will fall. "We hire". Tom Hart of Veltrix left.`,
			[]string{`Lena Park said: "Sales will grow.`, `"Costs will fall.`, `"We hire".`, "Tom Hart of Veltrix left."}},
		{"reopened-quote: a full stop and a closing mark end the sentence", English,
			`Tom Hart said: "We grow." However, Lena Park said: "We shrink." Then "we wait," she said.`,
			[]string{`Tom Hart said: "We grow."`, `However, Lena Park said: "We shrink."`, `Then "we wait," she said.`}},
		{"unbalanced quote splits as if unquoted", English,
			"Unbalanced “quote. Next sentence. Last.",
			[]string{"Unbalanced “quote.", "Next sentence.", "Last."}},
		{"glued-stop: a full stop between caseless words ends the sentence", Arabic,
			"فشل هجوم التنظيم.وقال المتحدث إن الوضع هادئ.«المدينة آمنة» كما قال.",
			[]string{"فشل هجوم التنظيم.", "وقال المتحدث إن الوضع هادئ.", "«المدينة آمنة» كما قال."}},
		{"glued-stop: initials, agency abbreviations, decimals and domains stay whole", Arabic,
			"نقلت (د.ب.أ) عن د.سامر أن شركة إل.جي ربحت ٣.٥ بالمئة في 65 ق.م وفق موقع news.example.com.sa أمس.",
			[]string{"نقلت (د.ب.أ) عن د.سامر أن شركة إل.جي ربحت ٣.٥ بالمئة في 65 ق.م وفق موقع news.example.com.sa أمس."}},
		{"period without following space", English,
			"Visit Z.ai.Then stop.",
			[]string{"Visit Z.ai.Then stop."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := segment(t, tt.in, tt.lang)
			if got := sentenceTexts(d); !slices.Equal(got, tt.want) {
				t.Errorf("sentences of %q:\n got  %q\n want %q", tt.in, got, tt.want)
			}
		})
	}
}

// A scraped article page as a news site serves it, with the furniture around
// the article text.
const scrapedArabic = `شركة مرسى كلاود تجمع 560 مليون دولار في جولة تمويل جديدة
تقرير سارة الخطيب، ساحل برس
الرياض، 11 فبراير 2026
قالت شركة مرسى كلاود، ومقرها الرياض، إنها جمعت 560 مليون دولار من مستثمرين بينهم صندوق الاستثمارات العامة.
اقرأ المزيد
المؤسس عمر الشمري يتحدث في مؤتمر بالرياض - يوسف الحداد/رويترز
توسع إقليمي
“سنفتح مكاتب في القاهرة. وسنوظف المزيد”، قال الشمري. وأضاف أن الشركة تخطط للتوسع.
قالت شركة مرسى كلاود، ومقرها الرياض، إنها جمعت 560 مليون دولار من مستثمرين بينهم صندوق الاستثمارات العامة.
إخلاء المسؤولية: هذا المقال لأغراض إعلامية فقط ولا يمثل نصيحة استثمارية من أي نوع كان وعلى القارئ التحقق بنفسه.
جميع الحقوق محفوظة © 2026`

const scrapedEnglish = `MiniMax raises $600 million in new funding round

   By Jane Doe, Reuters
February 11, 2026
Shanghai-based MiniMax said on Tuesday it raised $600 million from investors including Alibaba.
Read more
Founder Yan Junjie speaks at a conference in Shanghai – Tingshu Wang/Reuters
Expansion plans
The company plans to open offices in Singapore and Tokyo next year, Yan said.
Shanghai-based MiniMax said on Tuesday it raised $600 million from investors including Alibaba.
This page may contain third-party content, which is provided for information purposes only.
Alibaba +2.15%
Subscribe`

type para struct {
	kind Kind
	text string
}

func paragraphs(d *Document) []para {
	var out []para
	for _, p := range d.Paragraphs {
		out = append(out, para{p.Kind, d.Slice(p.Span)})
	}
	return out
}

func TestParagraphKinds(t *testing.T) {
	tests := []struct {
		name, in  string
		lang      Lang
		title     string
		published string
		want      []para
	}{
		{"arabic", scrapedArabic, Arabic, "شركة مرسى كلاود تجمع 560 مليون دولار في جولة تمويل جديدة", "2026-02-11", []para{
			{Title, "شركة مرسى كلاود تجمع 560 مليون دولار في جولة تمويل جديدة"},
			{Byline, "تقرير سارة الخطيب، ساحل برس"},
			{Dateline, "الرياض، 11 فبراير 2026"},
			{Body, "قالت شركة مرسى كلاود، ومقرها الرياض، إنها جمعت 560 مليون دولار من مستثمرين بينهم صندوق الاستثمارات العامة."},
			{Boilerplate, "اقرأ المزيد"},
			{Caption, "المؤسس عمر الشمري يتحدث في مؤتمر بالرياض"},
			{Credit, "يوسف الحداد/رويترز"},
			{Heading, "توسع إقليمي"},
			{Body, "“سنفتح مكاتب في القاهرة. وسنوظف المزيد”، قال الشمري. وأضاف أن الشركة تخطط للتوسع."},
			{Duplicate, "قالت شركة مرسى كلاود، ومقرها الرياض، إنها جمعت 560 مليون دولار من مستثمرين بينهم صندوق الاستثمارات العامة."},
			{Boilerplate, "إخلاء المسؤولية: هذا المقال لأغراض إعلامية فقط ولا يمثل نصيحة استثمارية من أي نوع كان وعلى القارئ التحقق بنفسه."},
			{Boilerplate, "جميع الحقوق محفوظة © 2026"},
		}},
		{"english", scrapedEnglish, English, "MiniMax raises $600 million in new funding round", "2026-02-11", []para{
			{Title, "MiniMax raises $600 million in new funding round"},
			{Byline, "By Jane Doe, Reuters"},
			{Dateline, "February 11, 2026"},
			{Body, "Shanghai-based MiniMax said on Tuesday it raised $600 million from investors including Alibaba."},
			{Boilerplate, "Read more"},
			{Caption, "Founder Yan Junjie speaks at a conference in Shanghai"},
			{Credit, "Tingshu Wang/Reuters"},
			{Heading, "Expansion plans"},
			{Body, "The company plans to open offices in Singapore and Tokyo next year, Yan said."},
			{Duplicate, "Shanghai-based MiniMax said on Tuesday it raised $600 million from investors including Alibaba."},
			{Boilerplate, "This page may contain third-party content, which is provided for information purposes only."},
			{Boilerplate, "Alibaba +2.15%"},
			{Boilerplate, "Subscribe"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := segment(t, tt.in, tt.lang)
			got := paragraphs(d)
			if !slices.Equal(got, tt.want) {
				for i := range max(len(got), len(tt.want)) {
					var g, w para
					if i < len(got) {
						g = got[i]
					}
					if i < len(tt.want) {
						w = tt.want[i]
					}
					if g != w {
						t.Errorf("paragraph %d: got %v %q, want %v %q", i, g.kind, g.text, w.kind, w.text)
					}
				}
			}
			if d.Title != tt.title {
				t.Errorf("Title = %q, want %q", d.Title, tt.title)
			}
			if d.Published != tt.published {
				t.Errorf("Published = %q, want %q", d.Published, tt.published)
			}
			// The quote and its attribution are one sentence.
			for _, s := range d.Sentences {
				if txt := d.Slice(s.Span); strings.HasPrefix(txt, "“") && !strings.Contains(txt, "قال") {
					t.Errorf("quote split from its attribution: %q", txt)
				}
			}
		})
	}
}

// Title, Published and the document's own fields are kept when given.
func TestSegmentKeepsGivenTitleAndDate(t *testing.T) {
	d := &Document{Text: scrapedEnglish, Lang: English, Title: "Given", Published: "2025-01-01"}
	Segment(d)
	if d.Title != "Given" || d.Published != "2025-01-01" {
		t.Errorf("Title, Published = %q, %q; want the given ones", d.Title, d.Published)
	}
	// Segmenting twice gives the same result (slices are reset).
	n, m := len(d.Sentences), len(d.Tokens)
	Segment(d)
	if len(d.Sentences) != n || len(d.Tokens) != m {
		t.Errorf("second Segment: %d sentences, %d tokens; first gave %d, %d", len(d.Sentences), len(d.Tokens), n, m)
	}
	checkSegmentation(t, d)
}

func TestParagraphKindsSmall(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []Kind
	}{
		// The first content paragraph is the title only if short enough.
		{"long first paragraph is body", "title\n" + strings.Repeat("word ", 45), []Kind{Title, Body}},
		{"iso date line", "Title here\nPublished 2026-02-11 08:00", []Kind{Title, Dateline}},
		{"sentence with a date is body", "Title here\nThe round closed on February 11, 2026 in Riyadh.", []Kind{Title, Body}},
		{"short line ending in period is body", "Title here\nShe agreed.", []Kind{Title, Body}},
		{"short line with comma is body, not heading", "Title here\nYes, she said", []Kind{Title, Body}},
		{"stock ticker", "Title here\nبائع التجزئة علي بابا −1.5%", []Kind{Title, Boilerplate}},
		{"blank and space-only lines dropped", "\n \t\nTitle here\n\n\u200f\nBody text that ends.", []Kind{Title, Body}},
		{"duplicate ignoring case and punctuation", "Title\nSame words here, again.\nsame words here again", []Kind{Title, Body, Duplicate}},
		{"boilerplate first is not title", "Read more\nActual headline", []Kind{Boilerplate, Title}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := segment(t, tt.in, English)
			var got []Kind
			for _, p := range d.Paragraphs {
				got = append(got, p.Kind)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("kinds of %q = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestKind(t *testing.T) {
	names := map[Kind]string{Body: "body", Title: "title", Byline: "byline", Dateline: "dateline", Heading: "heading",
		Caption: "caption", Credit: "credit", Boilerplate: "boilerplate", Duplicate: "duplicate", Kind(200): "unknown"}
	for k, want := range names {
		if k.String() != want {
			t.Errorf("Kind(%d).String() = %q, want %q", k, k.String(), want)
		}
	}
	for _, k := range []Kind{Body, Title, Heading, Byline} {
		if !k.Readable() || !k.Extractable() {
			t.Errorf("%v: want readable and extractable", k)
		}
	}
	for _, k := range []Kind{Caption, Credit} {
		if k.Readable() || !k.Extractable() {
			t.Errorf("%v: want extractable, not readable", k)
		}
	}
	for _, k := range []Kind{Boilerplate, Duplicate} {
		if k.Readable() || k.Extractable() {
			t.Errorf("%v: want neither readable nor extractable", k)
		}
	}
}
