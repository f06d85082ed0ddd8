package tagger

import (
	"reflect"
	"strings"
	"testing"

	"graphbuild/internal/text"
)

// Fuzz and folding tests of the tagger (split from tagger_test.go).

func FuzzTag(f *testing.F) {
	for _, s := range []string{
		"وقال الرئيس جو بايدن في واشنطن",
		"Apple chief executive Tim Cook said",
		"", "\x00\xff", "ـــ َُ", "a  b\tc", "٥٦٠ مليون دولار", "Z.ai وDeepSeek",
	} {
		f.Add(s, true)
	}
	ar, err := ForLang("ar")
	if err != nil {
		f.Fatal(err)
	}
	en, err := ForLang("en")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string, arabic bool) {
		toks := strings.Fields(s)
		if len(toks) == 0 {
			toks = strings.Split(s, "") // also try odd tokens: empty, one rune
		}
		m := en
		if arabic {
			m = ar
		}
		tags, scores := m.TagWithScores(toks)
		if len(tags) != len(toks) || len(scores) != len(toks) {
			t.Fatalf("%d tags, %d scores for %d tokens", len(tags), len(scores), len(toks))
		}
		if got := Repair(tags); !reflect.DeepEqual(got, tags) {
			t.Fatalf("invalid BIO %v", tags)
		}
		m.Tag([]string{s, "", s})
	})
}

func TestFoldWordAgreesWithText(t *testing.T) {
	words := []string{"", "a", "Apple", "ÉCOLE", "الصين", "إبراهيم", "مؤسسة", "مستشفى", "الشركةُ", "آمال", "ٱلله",
		"٥٦٠", "۵۶۰", "ــالعربيـة", "ﻻ", "ﺍﻟﺼﻴﻦ", "Z.ai", "GPT-4o", "وDeepSeek", "\u200fمرحبا", "ی", "ک", "ئ", "ؤ", "\xff"}
	for _, w := range words {
		if got, want := foldWord(w), text.Fold(w); got != want {
			t.Errorf("foldWord(%q) = %q, text.Fold = %q", w, got, want)
		}
		f := text.Fold(w)
		if got, want := stripForms(f), text.StripProclitics(w); !reflect.DeepEqual(got, want) {
			t.Errorf("stripForms(%q) = %q, text.StripProclitics = %q", w, got, want)
		}
	}
	for _, w := range []string{"وبالصين", "للصين", "والمعروفة", "فالشركة", "كالعادة", "بكين", "لل", "وب"} {
		if got, want := stripForms(foldWord(w)), text.StripProclitics(w); !reflect.DeepEqual(got, want) {
			t.Errorf("stripForms(%q) = %q, text.StripProclitics = %q", w, got, want)
		}
	}
}

func FuzzFoldWord(f *testing.F) {
	for _, s := range []string{"Apple", "الصين", "مؤسسة", "٥٦٠", "وبالصين"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := foldWord(s), text.Fold(s); got != want {
			t.Fatalf("foldWord(%q) = %q, text.Fold = %q", s, got, want)
		}
		if got, want := stripForms(text.Fold(s)), text.StripProclitics(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("stripForms(%q) = %q, text.StripProclitics = %q", s, got, want)
		}
	})
}
