package tagger

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestRepair(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"O O O", "O O O"},
		{"B-PERS I-PERS O", "B-PER I-PER O"},
		{"I-PER I-PER O I-LOC", "B-PER I-PER O B-LOC"}, // IOB1
		{"I-ORG B-ORG I-ORG", "B-ORG B-ORG I-ORG"},     // IOB1 B- between two adjacent ORGs
		{"B-LOC I-ORG", "B-LOC B-ORG"},                 // type change
		{"O I-MISC I-MISC", "O B-MISC I-MISC"},         // stray I- (ANERcorp noise)
		{"B-DATE X I-PER", "O O B-PER"},                // unknown tags
		{"B-PERS I-PER", "B-PER I-PER"},                // PERS and PER are one type
	} {
		got := strings.Join(Repair(strings.Fields(tc.in)), " ")
		if got != tc.want {
			t.Errorf("Repair(%s) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

func TestSpans(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []Span
	}{
		{"O O", nil},
		{"B-PER I-PER O B-LOC", []Span{{0, 2, "PER"}, {3, 4, "LOC"}}},
		{"B-ORG B-ORG I-ORG", []Span{{0, 1, "ORG"}, {1, 3, "ORG"}}},
		{"I-LOC I-LOC", []Span{{0, 2, "LOC"}}},                // lenient start
		{"B-PER I-ORG", []Span{{0, 1, "PER"}, {1, 2, "ORG"}}}, // type change splits
	} {
		if got := Spans(strings.Fields(tc.in)); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Spans(%s) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestReadCoNLL(t *testing.T) {
	aner := "فرانكفورت B-LOC\n(د O\n\nأعلن O\nاتحاد I-ORG\nصناعة I-ORG\nجورج B-PERS\n\n\n"
	got, err := ReadCoNLL(strings.NewReader(aner), ANER)
	if err != nil {
		t.Fatal(err)
	}
	want := []Sentence{
		{Tokens: []string{"فرانكفورت", "(د"}, Tags: []string{"B-LOC", "O"}},
		{Tokens: []string{"أعلن", "اتحاد", "صناعة", "جورج"}, Tags: []string{"O", "B-ORG", "I-ORG", "B-PER"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ANER: got %v, want %v", got, want)
	}

	conll := "-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\nGerman JJ I-NP I-MISC\n\n" +
		"Peter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\nB NNP I-NP B-PER\n-DOCSTART- -X- O O\nBRUSSELS NNP I-NP I-LOC\n"
	got, err = ReadCoNLL(strings.NewReader(conll), CoNLL2003)
	if err != nil {
		t.Fatal(err)
	}
	want = []Sentence{
		{Tokens: []string{"EU", "rejects", "German"}, Tags: []string{"B-ORG", "O", "B-MISC"}},
		{Tokens: []string{"Peter", "Blackburn", "B"}, Tags: []string{"B-PER", "I-PER", "B-PER"}},
		{Tokens: []string{"BRUSSELS"}, Tags: []string{"B-LOC"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("CoNLL2003: got %v, want %v", got, want)
	}

	if _, err := ReadCoNLL(strings.NewReader("EU NNP I-ORG\n"), CoNLL2003); err == nil {
		t.Error("CoNLL2003 line with three columns: want an error")
	}
	got, err = ReadCoNLL(strings.NewReader("a\nb x\n\nc\n"), Tokens)
	if err != nil || len(got) != 2 || got[0].Tags != nil || !reflect.DeepEqual(got[0].Tokens, []string{"a", "b"}) {
		t.Errorf("Tokens: got %v, %v", got, err)
	}
}

func TestEvaluate(t *testing.T) {
	gold := [][]string{
		strings.Fields("B-PER I-PER O B-LOC O B-ORG"),
		strings.Fields("B-MISC O"),
	}
	pred := [][]string{
		strings.Fields("B-PER O O B-LOC O B-LOC"), // PER boundary wrong, LOC right, ORG typed as LOC
		strings.Fields("B-MISC O"),
	}
	s := Evaluate(gold, pred)
	want := map[string]Count{
		"PER":  {TP: 0, FP: 1, FN: 1},
		"LOC":  {TP: 1, FP: 1, FN: 0},
		"ORG":  {TP: 0, FP: 0, FN: 1},
		"MISC": {TP: 1, FP: 0, FN: 0},
	}
	if !reflect.DeepEqual(s.ByType, want) {
		t.Errorf("got %v, want %v", s.ByType, want)
	}
	c := s.Combined("PER", "ORG", "LOC")
	if c.TP != 1 || c.FP != 2 || c.FN != 2 {
		t.Errorf("combined %+v", c)
	}
	if f := s.ByType["LOC"].F1(); f < 0.666 || f > 0.667 {
		t.Errorf("LOC F1 = %v, want 2/3", f)
	}
	if f := (Count{}).F1(); f != 0 {
		t.Errorf("empty F1 = %v", f)
	}
}

func TestShapesAffixesScript(t *testing.T) {
	for _, tc := range []struct{ in, long, short, script string }{
		{"Alibaba", "Xxxxxxx", "Xx", "lat"},
		{"GPT-4o", "XXX-dx", "X-dx", "lat"},
		{"الصين", "aaaaa", "a", "ar"},
		{"٥٦٠", "ddd", "d", "dig"},
		{"،", "،", "،", "punct"},
		{"وDeepSeek", "aXxxxXxxx", "aXxXx", "mix"},
	} {
		l, s := shapes(tc.in)
		if l != tc.long || s != tc.short {
			t.Errorf("shapes(%q) = %q, %q; want %q, %q", tc.in, l, s, tc.long, tc.short)
		}
		if sc := script(tc.in); sc != tc.script {
			t.Errorf("script(%q) = %q, want %q", tc.in, sc, tc.script)
		}
	}
	if p, s := prefix("بالصين", 2), suffix("بالصين", 3); p != "با" || s != "صين" {
		t.Errorf("prefix/suffix: %q %q", p, s)
	}
	if prefix("ab", 2) != "" || suffix("ab", 2) != "" || suffix("abc", 2) != "bc" {
		t.Error("affixes of short words")
	}
}

// features returns the observation features of token i.
func features(lang string, tokens []string, g Gazetteer, i int) map[string]bool {
	var gz [][]string
	if g != nil {
		gz = g.Match(tokens)
	}
	in := newTokInfos(lang, tokens, prepare(tokens, hasClitics(lang)), gz, nil, nil)
	out := map[string]bool{}
	e := emitter{keep: true, f: func(_ uint64, f []byte) { out[string(f)] = true }}
	tokenFeatures(lang, in, i, &e, casedNames(lang) && sentenceAllCaps(tokens), 0)
	return out
}

func TestFeatures(t *testing.T) {
	g := NewPhrases(true)
	g.Add("علي بابا", "lex:ORG")
	g.Add("شركة", "trig:ORG")
	toks := []string{"قالت", "شركة", "وعلي", "بابا", "إن"}
	for _, tc := range []struct {
		lang   string
		tokens []string
		i      int
		want   []string
	}{
		{"ar", toks, 2, []string{"w=وعلي", "f=وعلي", "st=علي", "g=lex:ORG-B", "g+1=lex:ORG-I", "g-1=trig:ORG-B", "f-1=شركه", "f+1=بابا", "f-2=قالت", "sc=ar", "p1=و", "s2=لي"}},
		{"ar", toks, 0, []string{"f-1=<s>", "f-2=<s>", "g+1=trig:ORG-B", "f|f+1=قالت|شركه"}},
		{"ar", []string{"نموذج", "DeepSeek"}, 1, []string{"sc=lat", "f=deepseek", "sh=XxxxXxxx", "ss=XxXx", "f-1=نموذج"}},
		{"en", []string{"Mr", "Jobs", "said"}, 1, []string{"w=Jobs", "f=jobs", "w-1=Mr", "cap|f-1=mr", "s3=obs", "ss=Xx"}},
		{"en", []string{"Apple", "rose"}, 0, []string{"first|ss=Xx", "w+1=rose"}},
		{"en", []string{"BRUSSELS", "MEETING", "ENDS"}, 0, []string{"allcaps|ss=X"}},
	} {
		var gz Gazetteer
		if tc.lang == "ar" {
			gz = g
		}
		got := features(tc.lang, tc.tokens, gz, tc.i)
		for _, w := range tc.want {
			if !got[w] {
				t.Errorf("%v[%d]: missing feature %q", tc.tokens, tc.i, w)
			}
		}
	}
}

func TestPhrases(t *testing.T) {
	p := NewPhrases(true)
	p.Add("علي بابا", "lex:ORG")
	p.Add("علي", "lex:PER")
	p.Add("الصين", "lex:LOC")
	p.Add("x", "lex:LOC") // too short: ignored
	got := p.Match([]string{"ولعلي", "بابا", "بالصين", "x", "الصّين"})
	want := [][]string{{"lex:ORG-B", "lex:PER-B"}, {"lex:ORG-I"}, {"lex:LOC-B"}, nil, {"lex:LOC-B"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	if p.Len() != 3 {
		t.Errorf("Len = %d", p.Len())
	}
	en := NewPhrases(false)
	en.Add("chief executive", "title")
	m := Multi{en, nil, NewPhrases(false)}.Match([]string{"Chief", "Executive", "Tim", "Cook"})
	for i := range m {
		if len(m[i]) == 0 {
			m[i] = nil // no match: empty or nil
		}
	}
	if !reflect.DeepEqual(m, [][]string{{"title-B"}, {"title-I"}, nil, nil}) {
		t.Errorf("english: %v", m)
	}
	// Without clitic stripping, "بالصين" is not الصين.
	np := NewPhrases(false)
	np.Add("الصين", "lex:LOC")
	if m := np.Match([]string{"بالصين"}); m[0] != nil {
		t.Errorf("no stripping: %v", m)
	}
}

func TestViterbiBIO(t *testing.T) {
	// Emissions that favour an I- tag after O must still give valid BIO:
	// the best valid path makes token 1 a B-ORG to reach I-ORG at 2.
	em := make([][numTags]float64, 4)
	em[0][0] = 5                  // O
	em[1][tagIndex["I-PER"]] = 10 // I-PER after O: not allowed
	em[1][tagIndex["B-PER"]] = 3
	em[2][tagIndex["I-ORG"]] = 10 // I-ORG after PER: not allowed
	em[2][tagIndex["I-PER"]] = 2
	em[3][tagIndex["I-LOC"]] = 1
	var tr [numTags + 1][numTags]float64
	got := viterbi(em, &tr)
	want := []int{0, tagIndex["B-ORG"], tagIndex["I-ORG"], 0}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("viterbi = %v, want %v", got, want)
	}
	m := maxMarginals(em, &tr, got)
	for i, x := range m {
		if x < 0 {
			t.Errorf("margin %d = %v < 0", i, x)
		}
	}
}

func toyData() []Sentence {
	var out []Sentence
	for _, s := range []string{
		"John/B-PER Smith/I-PER visited/O Paris/B-LOC ./O",
		"Acme/B-ORG Corp/I-ORG hired/O Mary/B-PER ./O",
		"Mary/B-PER Jones/I-PER left/O Acme/B-ORG for/O London/B-LOC ./O",
		"The/O French/B-MISC team/O won/O in/O Paris/B-LOC ./O",
	} {
		var st Sentence
		for _, f := range strings.Fields(s) {
			i := strings.LastIndexByte(f, '/')
			st.Tokens = append(st.Tokens, f[:i])
			st.Tags = append(st.Tags, f[i+1:])
		}
		out = append(out, st)
	}
	return out
}

// entities returns "TYPE:token token" for each mention of tags.
func entities(tokens, tags []string) []string {
	var out []string
	for _, s := range Spans(tags) {
		out = append(out, s.Type+":"+strings.Join(tokens[s.Start:s.End], " "))
	}
	return out
}

func TestEmbeddedModels(t *testing.T) {
	for _, tc := range []struct {
		lang, sentence string
		want           []string // mentions that must be found
	}{
		{"ar", "وقال الرئيس الأمريكي جو بايدن في واشنطن إن الولايات المتحدة ستدعم الأمم المتحدة .", []string{"PER:جو بايدن", "LOC:واشنطن"}},
		{"ar", "أعلنت شركة مايكروسوفت الأمريكية اليوم في لندن عن اتفاق مع الحكومة البريطانية .", []string{"ORG:مايكروسوفت", "LOC:لندن"}},
		{"ar", "التقى وزير الخارجية المصري أحمد أبو الغيط نظيره الفرنسي في القاهرة .", []string{"PER:أحمد أبو الغيط", "LOC:القاهرة"}},
		{"en", "Apple chief executive Tim Cook said on Monday in California that the company would invest in China .", []string{"ORG:Apple", "PER:Tim Cook", "LOC:California", "LOC:China"}},
		{"en", "Mr Jobs met officials of the European Commission in Brussels .", []string{"LOC:Brussels", "ORG:European Commission"}},
	} {
		tg, err := ForLang(tc.lang)
		if err != nil {
			t.Fatal(err)
		}
		toks := strings.Fields(tc.sentence)
		tags, scores := tg.TagWithScores(toks)
		if len(tags) != len(toks) || len(scores) != len(toks) {
			t.Fatalf("%d tags, %d scores for %d tokens", len(tags), len(scores), len(toks))
		}
		got := entities(toks, tags)
		t.Logf("%s: %v", tc.lang, got)
		for _, w := range tc.want {
			found := false
			for _, g := range got {
				found = found || g == w
			}
			if !found {
				t.Errorf("%q: %s not found in %v", tc.sentence, w, got)
			}
		}
	}
	if _, err := ForLang("fr"); err == nil {
		t.Error("ForLang(fr): want an error")
	}
	a1, _ := ForLang("ar")
	a2, _ := ForLang("ar")
	if a1 != a2 {
		t.Error("ForLang loads the model twice")
	}
}

// TestUseTimeGazetteer checks that a list entry the model never saw in
// training moves its decisions: the gazetteer features are generic. Each
// made-up word is listed as each type in turn; in the sentences below it
// must get that type at least as often as without the list, and, over all
// the words, more often. (Over several words: a model may already tag one
// word as a person wherever the context allows, so that listing it as a
// person can change nothing.)
func TestUseTimeGazetteer(t *testing.T) {
	m, err := ForLang("ar")
	if err != nil {
		t.Fatal(err)
	}
	names := []string{"كوانتيكسا", "زيفورا", "بلوترانكس", "فرينوماك", "كارتيلو", "موندريكس", "تالفيرو", "سيبرانو"}
	sentences := []string{
		"وأعلنت %s عن نتائجها أمس .",
		"وقال %s للصحفيين إن الاتفاق مهم .",
		"وصل الوفد إلى %s صباح اليوم .",
		"ارتفعت أسهم %s بنسبة 5 في المئة .",
	}
	for _, typ := range []string{"PER", "ORG", "LOC"} {
		k := tagIndex["B-"+typ]
		before, after := 0, 0
		for _, name := range names {
			g := NewPhrases(true)
			g.Add(name, "lex:"+typ)
			with := m.WithGazetteer(Multi{SchemaGazetteer("ar"), g})
			b, a := 0, 0
			for _, s := range sentences {
				toks := strings.Fields(fmt.Sprintf(s, name))
				i := slices.Index(toks, name)
				// The list raises the score of the type at the word, whatever
				// the context.
				em0, _ := m.emissions(toks, m.infos(toks))
				em1, _ := with.emissions(toks, with.infos(toks))
				if em1[i][k] <= em0[i][k] {
					t.Errorf("listing %s as %s does not raise B-%s in %q: %.2f → %.2f", name, typ, typ, toks, em0[i][k], em1[i][k])
				}
				if m.Tag(toks)[i] == "B-"+typ {
					b++
				}
				if with.Tag(toks)[i] == "B-"+typ {
					a++
				}
			}
			if a < b {
				t.Errorf("listing %s as %s: tagged %s in %d sentences, %d without the list", name, typ, typ, a, b)
			}
			before, after = before+b, after+a
		}
		n := len(names) * len(sentences)
		t.Logf("%s: %d of %d without the list, %d with it", typ, before, n, after)
		// And it changes decisions where the context leaves room.
		if after <= before && before < n {
			t.Errorf("listing the words as %s: tagged %s %d times of %d, %d without the list", typ, typ, after, n, before)
		}
	}
}

// sharedDir returns ../shared relative to the repository root, or "" when
// it does not exist.
func sharedDir(t testing.TB) string {
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
	s := filepath.Join(dir, "..", "shared", "data", "ner")
	if _, err := os.Stat(s); err != nil {
		return ""
	}
	return s
}

func readData(t *testing.T, path string, f Format) []Sentence {
	r, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	s, err := ReadCoNLL(r, f)
	if err != nil {
		t.Fatal(err)
	}
	return s
}
