package wordclusters

import (
	"bytes"
	"testing"
)

// toy is a corpus where names, cities and verbs occur in fixed frames, so
// their contexts separate them.
func toy() *Corpus {
	c := NewCorpus()
	names := []string{"علي", "محمد", "سعد", "فهد"}
	cities := []string{"الرياض", "جده", "الدمام", "تبوك"}
	verbs := []string{"قال", "اكد", "اوضح", "ذكر"}
	for r := 0; r < 20; r++ {
		for i := range names {
			c.Add([]string{"وقال", "الامير", names[i], "في", cities[(i+r)%4], "امس"})
			c.Add([]string{"و" + verbs[(i+r)%4], "الامير", names[(i+1)%4], "ان", "المدينه", "جميله"})
			c.Add([]string{"زار", "الوفد", "مدينه", cities[i], "امس"})
		}
	}
	c.Add([]string{"بالرياض"}) // rare: counted under الرياض
	return c
}

func TestBuildSeparatesContexts(t *testing.T) {
	tab := Build(toy(), true, BuildOptions{MinCount: 2, Contexts: 50, Seed: 1})
	path := func(w string) Path {
		p, ok := tab.Lookup(w)
		if !ok {
			t.Fatalf("%s not in the table", w)
		}
		return p
	}
	share := func(a, b string) int {
		pa, pb := path(a), path(b)
		n := 0
		for n < int(min(pa.Len, pb.Len)) && pa.Prefix(n+1) == pb.Prefix(n+1) {
			n++
		}
		return n
	}
	if a, b := share("علي", "محمد"), share("علي", "الرياض"); a <= b {
		t.Errorf("names share %d bits, a name and a city %d: want more for the names", a, b)
	}
	if a, b := share("الرياض", "جده"), share("الرياض", "محمد"); a <= b {
		t.Errorf("cities share %d bits, a city and a name %d", a, b)
	}
	// A word with a proclitic finds its stripped form.
	if p, ok := tab.Lookup("بالدمام"); !ok || p != path("الدمام") {
		t.Errorf("بالدمام: %v %v, want the path of الدمام", p, ok)
	}
	if _, ok := tab.Lookup("غير_موجود"); ok {
		t.Error("an unknown word was found")
	}
	// Deterministic, and Save/Load keeps every path.
	var b1, b2 bytes.Buffer
	if err := tab.Save(&b1); err != nil {
		t.Fatal(err)
	}
	if err := Build(toy(), true, BuildOptions{MinCount: 2, Contexts: 50, Seed: 1}).Save(&b2); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b1.Bytes(), b2.Bytes()) {
		t.Error("two builds with one seed differ")
	}
	back, err := Load(bytes.NewReader(b1.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if back.Len() != tab.Len() || !back.arabic {
		t.Fatalf("loaded %d words (arabic %v), want %d", back.Len(), back.arabic, tab.Len())
	}
	Each(tab, func(w string, p Path) {
		if q, _ := back.Lookup(w); q != p {
			t.Errorf("%s: %v after Load, want %v", w, q, p)
		}
	})
	if _, err := Load(bytes.NewReader([]byte("not gzip"))); err == nil {
		t.Error("Load accepted garbage")
	}
}

func TestPath(t *testing.T) {
	p := Path{Bits: 0b1011, Len: 4}
	if p.String() != "1011" || p.Prefix(2).String() != "10" || p.Prefix(9) != p {
		t.Errorf("%s %s %s", p, p.Prefix(2), p.Prefix(9))
	}
}

// TestEmbedded: the shipped tables load and know common words.
func TestEmbedded(t *testing.T) {
	for lang, word := range map[string]string{"ar": "قال", "en": "said"} {
		tab := ForLang(lang)
		if tab == nil {
			t.Errorf("%s: no embedded table", lang)
			continue
		}
		if _, ok := tab.Lookup(word); !ok || tab.Len() < 5000 {
			t.Errorf("%s: %d words, %q found %v", lang, tab.Len(), word, ok)
		}
	}
}
