package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestNewsVocabulary(t *testing.T) {
	var in strings.Builder
	line := func(s string) { in.WriteString(`{"title": "", "text": "` + s + `"}` + "\n") }
	for i := 0; i < 10; i++ {
		line("المحيط محيط والمحيط بالمحيط للمحيط مصر ومصر بمصر المملكة المملكة المملكة المملكة المملكة المملكة والمملكة مملكة")
		line("مكتب المكتب مكتبها مكتبهم")
		line("ينتمي تنتمي ينتمون برشلونة وبرشلونة يونس تونس")
	}
	var out bytes.Buffer
	if err := newsVocabulary(strings.NewReader(in.String()), &out, 5, 0.15); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, l := range strings.Split(out.String(), "\n") {
		if c := strings.Split(l, "\t"); len(c) == 2 {
			got[c[0]] = c[1]
		}
	}
	want := map[string]string{"محيط": "alternating", "ينتمي": "verb", "تنتمي": "verb", "مكتب": "possessed"}
	for w, k := range want {
		if got[w] != k {
			t.Errorf("%s: got %q, want %q", w, got[w], k)
		}
	}
	for _, w := range []string{"مصر", "مملكه", "برشلونه", "يونس", "تونس", "رشلونه"} {
		if got[w] != "" {
			t.Errorf("%s listed as %s", w, got[w])
		}
	}
}

// TestNewsGrades: a name keeps one form (مصر bare: grade 0; المملكة with
// the article 7 of 8 times: 5), a noun alternates (محيط 4 of 5 with it: 4)
// and takes pronouns (مكتب, half with it: 4p); rare stems are left out.
func TestNewsGrades(t *testing.T) {
	var in strings.Builder
	line := func(s string) { in.WriteString(`{"title": "", "text": "` + s + `"}` + "\n") }
	for i := 0; i < 10; i++ {
		line("المحيط محيط والمحيط بالمحيط للمحيط مصر ومصر بمصر المملكة المملكة المملكة المملكة المملكة المملكة والمملكة مملكة")
		line("مكتب المكتب مكتبها مكتبهم")
	}
	line("نادر")
	var out bytes.Buffer
	if err := newsGrades(strings.NewReader(in.String()), &out, 5); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, l := range strings.Split(out.String(), "\n") {
		if c := strings.Split(l, "\t"); len(c) == 2 {
			got[c[0]] = c[1]
		}
	}
	want := map[string]string{"مصر": "0", "مملكه": "5", "محيط": "4", "مكتب": "4p", "نادر": ""}
	for w, g := range want {
		if got[w] != g {
			t.Errorf("%s: grade %q, want %q", w, got[w], g)
		}
	}
}
