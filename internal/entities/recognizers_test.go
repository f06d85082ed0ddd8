package entities

import (
	"slices"
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
		{"speech-verb-subject", Persons(), "وقالت كارمينا لودفيغ إن الشركة ستتوسع.",
			[]string{"Person كارمينا لودفيغ speech-verb-subject"}, nil},
		{"title-before-name", Persons(), "أعلن الرئيس التنفيذي تامر فاضل عن الخطة.",
			[]string{"Person تامر فاضل title-before-name"}, nil},
		{"speech verb before a definite noun", Persons(), "وقال المبعوث الخاص إن المحادثات مستمرة.",
			nil, []string{"Person المبعوث الخاص speech-verb-subject"}},
		{"latin-in-arabic", LatinNames(), "أعلنت شركة Orvane Labs عن نموذج جديد.",
			[]string{"Organization Orvane Labs latin-in-arabic"}, nil},
		{"org-suffix", OrgSuffixNames(), "Shares of Orvane Labs rose on Monday.",
			[]string{"Organization Orvane Labs org-suffix"}, nil},
		{"org-suffix runs only where the profile names it", OrgSuffixNames(), "ارتفعت أسهم شركة Orvane Labs.",
			nil, []string{"Organization Orvane Labs org-suffix"}},
		{"values: money", Values(), "Kestrava raised $5m last week.",
			[]string{"Money $5m values"}, nil},
		{"values: May the modal is no date", Values(), "The firm may raise more money.",
			nil, []string{"Date may values"}},
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
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing %q; got %q", w, got)
				}
			}
			for _, n := range tt.not {
				if slices.Contains(got, n) {
					t.Errorf("unexpected %q; got %q", n, got)
				}
			}
		})
	}
}
