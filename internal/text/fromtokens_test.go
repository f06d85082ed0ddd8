package text

import (
	"slices"
	"testing"
)

func TestFromTokens(t *testing.T) {
	sents := [][]string{
		{"قال", "أحمد", "،", "Z.ai", "GPT-4o", "وMiniMax"},
		{"Meta’s", "U.S.", "1,000", "."},
		{},
		{"“", "نعم", "”"},
	}
	d := FromTokens(sents, "")
	wantText := "قال أحمد ، Z.ai GPT-4o وMiniMax\nMeta’s U.S. 1,000 .\n\n“ نعم ”\n"
	if d.Text != wantText {
		t.Errorf("Text = %q, want %q", d.Text, wantText)
	}
	if d.Lang != Arabic || d.ID != "conll" {
		t.Errorf("Lang, ID = %q, %q", d.Lang, d.ID)
	}
	var got []string
	for _, tk := range d.Tokens {
		if d.Slice(tk.Span) != tk.Text {
			t.Errorf("token %q: span %v slices to %q", tk.Text, tk.Span, d.Slice(tk.Span))
		}
		if tk.Fold != Fold(tk.Text) {
			t.Errorf("token %q: Fold %q", tk.Text, tk.Fold)
		}
		got = append(got, tk.Text)
	}
	// Every token is kept exactly as given, even those Tokenize would split.
	if want := slices.Concat(sents...); !slices.Equal(got, want) {
		t.Errorf("tokens = %q, want %q", got, want)
	}
	classes := map[string]TokenClass{"قال": Word, "،": Punct, "Z.ai": Word, "وMiniMax": Word, "Meta’s": Word, "1,000": Number, ".": Punct, "“": Punct}
	for _, tk := range d.Tokens {
		if c, ok := classes[tk.Text]; ok && tk.Class != c {
			t.Errorf("token %q class %d, want %d", tk.Text, tk.Class, c)
		}
	}
	if len(d.Sentences) != len(sents) || len(d.Paragraphs) != len(sents) {
		t.Fatalf("%d sentences, %d paragraphs; want %d", len(d.Sentences), len(d.Paragraphs), len(sents))
	}
	k := 0
	for i, s := range d.Sentences {
		if s.Para != i || s.Kind != Body || s.FirstToken != k || s.EndToken != k+len(sents[i]) {
			t.Errorf("sentence %d = %+v", i, s)
		}
		for j := s.FirstToken; j < s.EndToken; j++ {
			if d.Tokens[j].Sent != i || !s.Contains(d.Tokens[j].Span) {
				t.Errorf("token %d %q not in sentence %d", j, d.Tokens[j].Text, i)
			}
		}
		k = s.EndToken
	}
	if got := FromTokens([][]string{{"MiniMax", "said"}}, "").Lang; got != English {
		t.Errorf("detected %q, want en", got)
	}
	if got := FromTokens([][]string{{"MiniMax", "said"}}, Arabic).Lang; got != Arabic {
		t.Errorf("forced %q, want ar", got)
	}
	if e := FromTokens(nil, English); e.Text != "" || len(e.Tokens) != 0 {
		t.Errorf("FromTokens(nil) = %+v", e)
	}
}
