package lang

import "testing"

// The clitic steps read clitics.txt: an Arabic word behind its proclitics
// or with an elided article is definite; English has none of them.
func TestDefiniteBehindClitics(t *testing.T) {
	ar, en := Of(Arabic), Of(English)
	for _, tt := range []struct {
		word string
		want bool
	}{
		{"الشركة", true},
		{"بالشركة", true},
		{"وبالشركة", true},
		{"كالعادة", true},
		{"للمجموعة", true},
		{"وللشركة", true},
		{"فللمجموعة", true},
		{"شركة", false},
		{"بشركة", false},
		{"مالك", false}, // ال inside the word, not after proclitics
		{"وزير", false},
	} {
		if got := ar.DefiniteBehindClitics(tt.word); got != tt.want {
			t.Errorf("ar DefiniteBehindClitics(%q) = %v, want %v", tt.word, got, tt.want)
		}
		if en.DefiniteBehindClitics(tt.word) {
			t.Errorf("en DefiniteBehindClitics(%q) = true; English writes no article as a prefix", tt.word)
		}
	}
}

func TestPhraseProclitic(t *testing.T) {
	ar, en := Of(Arabic), Of(English)
	for _, c := range []string{"ل", "ب", "لل", "بال", "ول", "وب"} {
		if !ar.PhraseProclitic(c) {
			t.Errorf("ar PhraseProclitic(%q) = false", c)
		}
		if en.PhraseProclitic(c) {
			t.Errorf("en PhraseProclitic(%q) = true", c)
		}
	}
	for _, c := range []string{"و", "ف", "ال", "وال", "ك"} {
		if ar.PhraseProclitic(c) {
			t.Errorf("ar PhraseProclitic(%q) = true; it makes no prepositional phrase", c)
		}
	}
}

// The English suffix steps read clitics.txt; Arabic declares them empty.
func TestSuffixSteps(t *testing.T) {
	ar, en := Of(Arabic), Of(English)
	for _, tt := range []struct {
		word           string
		adverb, gerund bool
		stem           string // "" when no plural
	}{
		{"barely", true, false, ""},
		{"speaking", false, true, ""},
		{"analysts", false, false, "analyst"},
		{"boss", false, false, ""},
		{"business", false, false, ""},
		{"analyst", false, false, ""},
	} {
		stem, ok := en.PluralStem(tt.word)
		if en.AdverbShaped(tt.word) != tt.adverb || en.GerundShaped(tt.word) != tt.gerund || stem != tt.stem || ok != (tt.stem != "") {
			t.Errorf("en %q: adverb %v gerund %v plural %q %v; want %v %v %q", tt.word, en.AdverbShaped(tt.word), en.GerundShaped(tt.word), stem, ok, tt.adverb, tt.gerund, tt.stem)
		}
		if _, ok := ar.PluralStem(tt.word); ar.AdverbShaped(tt.word) || ar.GerundShaped(tt.word) || ok {
			t.Errorf("ar %q: an English suffix read in Arabic", tt.word)
		}
	}
	// plural_rewrite ies:y, on words longer than the ending by two.
	for word, want := range map[string]string{"industries": "industry", "societies": "society", "ties": "", "pies": "", "games": ""} {
		got, ok := en.Singular(word)
		if got != want || ok != (want != "") {
			t.Errorf("en Singular(%q) = %q %v, want %q", word, got, ok, want)
		}
		if _, ok := ar.Singular(word); ok {
			t.Errorf("ar Singular(%q): an English ending read in Arabic", word)
		}
	}
}

func TestArticleAndNisbaSteps(t *testing.T) {
	ar, en := Of(Arabic), Of(English)
	for _, tt := range []struct {
		clitic string
		want   bool
	}{{"وال", true}, {"بال", true}, {"لل", false}, {"و", false}} {
		if got := ar.CliticHasArticle(tt.clitic); got != tt.want {
			t.Errorf("ar CliticHasArticle(%q) = %v, want %v", tt.clitic, got, tt.want)
		}
		if en.CliticHasArticle(tt.clitic) {
			t.Errorf("en CliticHasArticle(%q) = true", tt.clitic)
		}
	}
	for _, tt := range []struct {
		word string
		want bool
	}{{"الوطني", true}, {"الاسلامي", true}, {"الوطنيه", false}, {"البنك", false}} {
		if got := ar.NisbaShaped(tt.word); got != tt.want {
			t.Errorf("ar NisbaShaped(%q) = %v, want %v", tt.word, got, tt.want)
		}
		if en.NisbaShaped(tt.word) {
			t.Errorf("en NisbaShaped(%q) = true", tt.word)
		}
	}
}

// TestFutureVerb checks the rule "future-verb" of VocabularyKind on words of
// our own: a future prefix before an imperfect verb of the vocabulary, in
// any person, is a verb; names that start with the same letters are not.
func TestFutureVerb(t *testing.T) {
	ar, en := Of(Arabic), Of(English)
	for _, tt := range []struct {
		word string
		want bool
	}{
		{"سنعلن", true},     // we will announce (يعلن)
		{"سيقوم", true},     // he will do (يقوم)
		{"ستقوم", true},     // she will do
		{"سأبيع", true},     // I will sell (folded سابيع: س + ا + بيع)
		{"وسنعلن", true},    // and we will announce
		{"سامر", false},     // a given name: س + ا + مر, too short a stem
		{"سنغافورة", false}, // a place
		{"ستيفنز", false},   // a surname
		{"نعلن", false},     // no future prefix: not this rule
	} {
		got := ar.futureVerb(tt.word)
		for _, f := range ar.Forms(tt.word) {
			got = got || ar.futureVerb(f)
		}
		if got != tt.want {
			t.Errorf("ar futureVerb(%q) = %v, want %v", tt.word, got, tt.want)
		}
		if tt.want && ar.VocabularyKind(tt.word) != "verb" {
			t.Errorf("ar VocabularyKind(%q) = %q, want verb", tt.word, ar.VocabularyKind(tt.word))
		}
		if en.futureVerb(tt.word) {
			t.Errorf("en futureVerb(%q) = true; English has no future prefix", tt.word)
		}
	}
}

// The elided-article steps read article, to_proclitic, elided_article and
// and_proclitic from clitics.txt: "للصين" is ل + الصين, its surface behind
// the clitic "لصين" gets the article's alef back.
func TestElidedArticleSteps(t *testing.T) {
	ar, en := Of(Arabic), Of(English)
	for _, tt := range []struct {
		f, rest string
		letters int
		ok      bool
	}{
		{"للصين", "الصين", 1, true},
		{"وللولايات", "الولايات", 2, true},
		{"وبللصين", "الصين", 0, false}, // at most one and-proclitic's length before
		{"للصين", "صين", 0, false},
		{"بالصين", "الصين", 0, false},
	} {
		n, ok := ar.ElidedArticleClitic(tt.f, tt.rest)
		if n != tt.letters || ok != tt.ok {
			t.Errorf("ar ElidedArticleClitic(%q, %q) = %d, %v; want %d, %v", tt.f, tt.rest, n, ok, tt.letters, tt.ok)
		}
		if _, ok := en.ElidedArticleClitic(tt.f, tt.rest); ok {
			t.Errorf("en ElidedArticleClitic(%q) = true; English elides no article", tt.f)
		}
	}
	for _, tt := range []struct {
		f, name, surface, want string
		ok                     bool
	}{
		{"للصين", "الصين", "لصين", "الصين", true},
		{"وللولايات", "الولايات", "لولايات", "الولايات", true},
		{"واللغة", "اللغة", "اللغة", "اللغة", false}, // the article is whole
		{"لمصر", "مصر", "مصر", "مصر", false},
	} {
		got, ok := ar.RestoreElidedSurface(tt.f, tt.name, tt.surface)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ar RestoreElidedSurface(%q, %q, %q) = %q, %v; want %q, %v", tt.f, tt.name, tt.surface, got, ok, tt.want, tt.ok)
		}
		if _, ok := en.RestoreElidedSurface(tt.f, tt.name, tt.surface); ok {
			t.Errorf("en RestoreElidedSurface(%q) = true", tt.f)
		}
	}
}

// CliticEndsInArticle reads article and elided_article: "بال" and "لل" end
// in the article, "ب" and "وال" + more do not.
func TestCliticEndsInArticle(t *testing.T) {
	ar, en := Of(Arabic), Of(English)
	for c, want := range map[string]bool{"ال": true, "بال": true, "وال": true, "لل": true, "ولل": true, "ب": false, "و": false, "": false, "الب": false} {
		if got := ar.CliticEndsInArticle(c); got != want {
			t.Errorf("ar CliticEndsInArticle(%q) = %v, want %v", c, got, want)
		}
		if en.CliticEndsInArticle(c) {
			t.Errorf("en CliticEndsInArticle(%q) = true", c)
		}
	}
}

// TestIsComma checks the comma tokens come from commas.txt: the Arabic
// comma and the Latin one in Arabic text, the Latin one in English.
func TestIsComma(t *testing.T) {
	ar, en := Of(Arabic), Of(English)
	for s, want := range map[string][2]bool{"،": {true, false}, ",": {true, true}, ".": {}, "؛": {}, ";": {}, "و": {}, "": {}} {
		if got := ar.IsComma(s); got != want[0] {
			t.Errorf("ar IsComma(%q) = %v, want %v", s, got, want[0])
		}
		if got := en.IsComma(s); got != want[1] {
			t.Errorf("en IsComma(%q) = %v, want %v", s, got, want[1])
		}
	}
}

// TestAccusativeEnding: a vocabulary noun with the accusative alif (بنكا,
// وبنكا) reads as the noun; a name whose stem is no vocabulary word
// (برشلونة, كوستاريكا) or too short does not.
func TestAccusativeEnding(t *testing.T) {
	ar := Of(Arabic)
	for _, tt := range []struct {
		word, want string
	}{
		{"بنكا", "alternating"},
		{"وبنكا", "alternating"},
		{"كوستاريكا", ""},
		{"برشلونة", ""},
	} {
		if got := ar.VocabularyKind(tt.word); got != tt.want {
			t.Errorf("VocabularyKind(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}
