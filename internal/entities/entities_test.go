package entities

import (
	"fmt"
	"strings"
	"testing"

	"graphbuild/internal/text"
	"graphbuild/schema"
)

func extract(t testing.TB, body string) *Result {
	t.Helper()
	title := "عنوان الخبر"
	if text.DetectLang(body) == text.English {
		title = "news of the day"
	}
	docs, err := text.Parse("t.txt", []byte(title+"\n"+body), text.ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return Default(docs[0].Lang).Extract(docs[0])
}

// mentionsOf renders body mentions as "Type text".
func mentionsOf(r *Result) []string {
	var out []string
	for _, m := range r.Mentions {
		if m.Kind == text.Title {
			continue
		}
		out = append(out, string(m.Type)+" "+m.Text)
	}
	return out
}

func TestMentions(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"lexicon names with clitics",
			"تعاونت Tencent وعلي بابا في مشروع جديد بالصين وللولايات المتحدة حصة فيه.",
			[]string{"Organization Tencent", "Organization علي بابا", "Place الصين", "Place الولايات المتحدة"}, nil},
		{"Latin names inside Arabic, typed by the trigger noun",
			"أطلقت شركة Nimbus Labs نموذج Orion-7 الجديد، ورقائق Helix من شركة Vantor.",
			[]string{"Organization Nimbus Labs", "Product Orion-7", "Product Helix", "Organization Vantor"}, nil},
		{"an Arabic name after a trigger noun, found again later",
			"جمعت شركة فالكورا 20 مليون دولار. وقالت فالكورا إنها ستتوسع في الخليج.",
			[]string{"Organization فالكورا"}, nil},
		{"generic nouns after a trigger noun are not names",
			"قالت شركة ناشئة إن شركة أبحاث تعمل على نموذج مفتوح.",
			nil, []string{"Organization ناشئة", "Organization أبحاث", "Product مفتوح"}},
		{"people after speech verbs and titles",
			"قال كريم منصور، المدير التنفيذي لشركة Brightline، إن الطلب قوي. وأشاد الرئيس الفرنسي إيمانويل ماكرون بالخطة.",
			[]string{"Person كريم منصور", "Person إيمانويل ماكرون"}, []string{"Person المدير"}},
		{"groups that speak are not people",
			"ويقول محللون إن الطلب قوي، ويرى مستثمرون أن الأسعار مرتفعة.",
			nil, []string{"Person محللون", "Person مستثمرون"}},
		{"photo credits: a photographer and agencies",
			"مصنع للرقائق في تايوان، في 3 مارس 2026. - لي وانغ/رويترز/Getty Images",
			[]string{"Person لي وانغ", "Organization رويترز", "Organization Getty Images"}, nil},
		{"English names typed by their context",
			"Riyadh-based Falcon Compute agreed to buy Datara, the Amsterdam-based data centre operator, said Lena Park, an analyst at Meridian Insight.",
			[]string{"Place Riyadh", "Organization Falcon Compute", "Organization Datara", "Place Amsterdam", "Person Lena Park", "Organization Meridian Insight"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkMentions(t, mentionsOf(extract(t, tc.text)), tc.want, tc.not)
		})
	}
}

// checkMentions fails t for every wanted mention ("Type text", or "Type
// text source" for a recognizer run alone) missing from got and every
// unwanted one present: the comparison of the table tests of recognizers
// and typing rules.
func checkMentions(t *testing.T, got, want, not []string) {
	t.Helper()
	for _, w := range want {
		if !has(got, w) {
			t.Errorf("missing %q\ngot: %s", w, strings.Join(got, " | "))
		}
	}
	for _, n := range not {
		if has(got, n) {
			t.Errorf("unwanted %q\ngot: %s", n, strings.Join(got, " | "))
		}
	}
}

func has(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

func TestValues(t *testing.T) {
	tests := []struct {
		text     string
		typ      schema.Type
		amount   float64
		currency string
		iso      string
	}{
		{"جمعت 560 مليون دولار.", schema.Money, 560e6, "USD", ""},
		{"جمعت ٥٦٠ مليون دولار.", schema.Money, 560e6, "USD", ""},
		{"جمعت 1.5 مليار يورو.", schema.Money, 1.5e9, "EUR", ""},
		{"جمعت 150 مليون ريال.", schema.Money, 150e6, "SAR", ""},
		{"ارتفعت بنسبة 30%.", schema.Percent, 30, "", ""},
		{"ارتفعت 20 بالمئة.", schema.Percent, 20, "", ""},
		{"في 11 فبراير 2026 أعلنت.", schema.Date, 0, "", "2026-02-11"},
		{"It raised $11bn.", schema.Money, 11e9, "USD", ""},
		{"It raised £1.2 billion.", schema.Money, 1.2e9, "GBP", ""},
		{"It raised A$2.1bn.", schema.Money, 2.1e9, "AUD", ""},
		{"It will spend 11 billion dollars.", schema.Money, 11e9, "USD", ""},
		{"It opened on February 11, 2026.", schema.Date, 0, "", "2026-02-11"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			r := extract(t, tc.text)
			for _, m := range r.Mentions {
				if m.Type != tc.typ || m.Value == nil {
					continue
				}
				if m.Value.Amount != tc.amount || m.Value.Currency != tc.currency || m.Value.ISO != tc.iso {
					t.Errorf("%q: got amount %g %q date %q; want %g %q %q", m.Text, m.Value.Amount, m.Value.Currency, m.Value.ISO, tc.amount, tc.currency, tc.iso)
				}
				return
			}
			t.Errorf("no %s found in %s", tc.typ, strings.Join(mentionsOf(r), " | "))
		})
	}
}

// entityOf returns the entity whose name or alias is s.
func entityOf(r *Result, s string) *Entity {
	for i, e := range r.Entities {
		if e.Name == s || has(e.Aliases, s) {
			return &r.Entities[i]
		}
	}
	return nil
}

func TestClusters(t *testing.T) {
	t.Run("a surname later is the person named in full", func(t *testing.T) {
		r := extract(t, "قال كريم منصور إن الطلب قوي. وأضاف منصور أن الأسعار ترتفع.")
		a, b := entityOf(r, "كريم منصور"), entityOf(r, "منصور")
		if a == nil || a != b {
			t.Errorf("كريم منصور and منصور: %v, %v; want one entity", a, b)
		}
	})
	t.Run("two people sharing a word stay two", func(t *testing.T) {
		r := extract(t, "قال تان جي إن الفجوة تتسع.\nمصنع في بكين، في 3 مارس 2026. - تان يونفنغ/رويترز")
		a, b := entityOf(r, "تان جي"), entityOf(r, "تان يونفنغ")
		if a == nil || b == nil || a == b {
			t.Errorf("تان جي and تان يونفنغ: %v, %v; want two entities", a, b)
		}
	})
	t.Run("an alias joins its entity", func(t *testing.T) {
		r := extract(t, "قالت شركة Orbitly، المعروفة أيضًا باسم Orbit Labs، إنها ستتوسع.")
		a, b := entityOf(r, "Orbitly"), entityOf(r, "Orbit Labs")
		if a == nil || a != b {
			t.Errorf("Orbitly and Orbit Labs: %v, %v; want one entity", a, b)
		}
	})
	t.Run("spelling variants are one entity", func(t *testing.T) {
		r := extract(t, "طرحت شركة Nexora أسهمها. وقالت NEXORA إن الطلب كبير. وأضافت نيكسورا أن")
		if a, b := entityOf(r, "Nexora"), entityOf(r, "NEXORA"); a == nil || a != b {
			t.Errorf("Nexora and NEXORA: %v, %v; want one entity", a, b)
		}
	})
	t.Run("the lexicon gives the same IRI in both languages", func(t *testing.T) {
		ar := extract(t, "استثمرت علي بابا في الذكاء الاصطناعي.")
		en := extract(t, "Alibaba invested in artificial intelligence.")
		a, b := entityOf(ar, "Alibaba"), entityOf(en, "Alibaba")
		if a == nil || b == nil || a.IRI != b.IRI {
			t.Errorf("Alibaba in Arabic and English: %v, %v", a, b)
		}
	})
}

// FuzzExtract feeds arbitrary text through every recognizer: nothing may
// panic, and every mention's span must lie inside the text and slice back
// to its text (clitic-elided article forms aside).
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"قال كريم منصور، المدير التنفيذي لشركة Brightline، إن “الطلب قوي”.",
		"جمعت Alpha وBeta 10 مليون دولار و20 مليون دولار على التوالي.",
		"Riyadh-based Falcon Compute raised $40m, said Ms Lena Park.",
		"- تان يونفنغ/رويترز",
		"«»“”\"'’s ، ؛ ؟",
		"شركة شركة شركة",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		docs, err := text.Parse("f.txt", []byte(s), text.ParseOptions{})
		if err != nil {
			return
		}
		d := docs[0]
		r := Default(d.Lang).Extract(d)
		for _, m := range r.Mentions {
			if m.Span.Start < 0 || m.Span.End > len(d.Text) || m.Span.Start > m.Span.End {
				t.Fatalf("mention %q span %v outside text of %d bytes", m.Text, m.Span, len(d.Text))
			}
			if m.Tok[0] < 0 || m.Tok[1] > len(d.Tokens) || m.Tok[0] >= m.Tok[1] {
				t.Fatalf("mention %q tokens %v", m.Text, m.Tok)
			}
		}
		for _, e := range r.Entities {
			if e.IRI == "" || len(e.Mentions) == 0 {
				t.Fatalf("entity %+v has no IRI or mentions", e)
			}
		}
		_ = fmt.Sprint(r.Entities)
	})
}

// parseBody parses body as the text of an article under a one-line
// Arabic headline, so that body's first sentence is read as body text.
func parseBody(t *testing.T, body string) *text.Document {
	t.Helper()
	docs, err := text.Parse("t.txt", []byte("عنوان الخبر\n"+body), text.ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return docs[0]
}

// parseAtToken reads an Arabic sentence as the body of an article (under a
// title line) and gives the document and the index of the last token whose
// text is word, failing the test when there is none.
func parseAtToken(t *testing.T, sentence, word string) (*text.Document, int) {
	t.Helper()
	d := parseBody(t, sentence)
	at := -1
	for i, tok := range d.Tokens {
		if tok.Text == word {
			at = i
		}
	}
	if at < 0 {
		t.Fatalf("no token %q", word)
	}
	return d, at
}
