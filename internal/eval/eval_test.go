package eval

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

func TestNorm(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Raqeem AI", "raqeem ai"},
		{"  «رقيم»، ", "رقيم"},
		{"مُحَمَّد", "محمد"},                   // harakat dropped
		{"الشـركة", "الشركه"},                  // tatweel dropped, ta marbuta folded
		{"أحمد إبراهيم آل", "احمد ابراهيم ال"}, // hamza alifs folded
		{"مصطفى مؤسسة شئون", "مصطفي موسسه شيون"},
		{"Jay Y. Lee", "jay y lee"},
		{"al-Shammari", "al shammari"},
		{"Lumora’s", "lumora s"},
		{"a\u200fb\u00a0c\u3000d", "a b c d"}, // marks and Unicode spaces separate words
		{"ﬁnance", "finance"},                 // NFKC
		{"İstanbul", "i\u0307stanbul"},        // Python's full lower-case mapping
		{"ΟΔΟΣ", "οδος"},                      // final sigma
		{"-–—_/", ""},
		{"", ""},
	}
	for _, tc := range tests {
		if got := Norm(tc.in); got != tc.want {
			t.Errorf("Norm(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestPythonFormatting(t *testing.T) {
	reprs := []struct{ in, want string }{
		{"Hexa Labs", `'Hexa Labs'`},
		{"Lumora's", `"Lumora's"`},
		{`say "it's"`, `'say "it\'s"'`},
		{"رقيم", `'رقيم'`},
		{"a\tb\x01\u200f", `'a\tb\x01\u200f'`},
	}
	for _, tc := range reprs {
		if got := pyRepr(tc.in); got != tc.want {
			t.Errorf("pyRepr(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
	dumps := []struct{ in, want string }{
		{`{"amount": 350000000, "currency": "USD", "literal": "350 مليون دولار"}`, `{"amount": 350000000, "currency": "USD", "literal": "350 مليون دولار"}`},
		{`{"literal":"x","amount":1.5e9}`, `{"literal": "x", "amount": 1500000000.0}`},
		{`{"text":"a\"b\n","v":[1e16,1.5e-5,0.0001,2.50,true,null]}`, `{"text": "a\"b\n", "v": [1e+16, 1.5e-05, 0.0001, 2.5, true, null]}`},
		{``, `null`},
	}
	for _, tc := range dumps {
		if got := pyDumps(json.RawMessage(tc.in)); got != tc.want {
			t.Errorf("pyDumps(%s) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

// key builds a small answer key: Raqeem (an organisation also written
// رقيم), its chief Laila Mansour, Riyadh, and an event that is not scored.
func key(facts []GoldFact, quotes []GoldQuote) *Gold {
	return &Gold{
		Entities: []GoldEntity{
			{ID: "raqeem", Type: "Organization", En: "Raqeem AI", Names: []string{"رقيم"}},
			{ID: "laila", Type: "Person", En: "Laila Mansour", Names: []string{"ليلى منصور", "المنصور"}},
			{ID: "riyadh", Type: "Place", En: "Riyadh", Names: []string{"الرياض"}},
			{ID: "summit", Type: "Event", En: "Leap", Names: []string{"ليب"}},
		},
		Facts:  facts,
		Quotes: quotes,
	}
}

func obj(s string) *string { return &s }

func TestEntityMatching(t *testing.T) {
	tests := []struct {
		name             string
		typed            bool
		sys              []SysEntity
		want             Count
		missed, spurious []string
	}{
		{"by an alias against a gold name", true,
			[]SysEntity{{ID: "o1", Type: "Organization", Name: "Raqeem", Aliases: []string{"رُقيم"}}},
			Count{1, 1, 1, 3}, []string{"Laila Mansour", "Riyadh"}, nil},
		{"by the en name, folded", true,
			[]SysEntity{{ID: "p1", Type: "Person", Name: "LAILA  MANSOUR"}},
			Count{1, 1, 1, 3}, []string{"Raqeem AI", "Riyadh"}, nil},
		{"typed: a wrong type misses and is spurious", true,
			[]SysEntity{{ID: "x", Type: "Person", Name: "رقيم"}},
			Count{0, 1, 0, 3}, []string{"Raqeem AI", "Laila Mansour", "Riyadh"}, []string{"رقيم"}},
		{"untyped: the same entity matches", false,
			[]SysEntity{{ID: "x", Type: "Person", Name: "رقيم"}},
			Count{1, 1, 1, 3}, []string{"Laila Mansour", "Riyadh"}, nil},
		{"a part of a name is not the name", true,
			[]SysEntity{{ID: "p", Type: "Person", Name: "ليلى"}},
			Count{0, 1, 0, 3}, []string{"Raqeem AI", "Laila Mansour", "Riyadh"}, []string{"ليلي"}},
		{"events and unknown types are not scored", true,
			[]SysEntity{{ID: "e", Type: "Event", Name: "ليب"}, {ID: "m", Type: "Money", Name: "5"}},
			Count{0, 0, 0, 3}, []string{"Raqeem AI", "Laila Mansour", "Riyadh"}, nil},
		{"two system entities on one key entity both count for precision", true,
			[]SysEntity{{ID: "a", Type: "Place", Name: "Riyadh"}, {ID: "b", Type: "Place", Name: "الرياض"}},
			Count{2, 2, 1, 3}, []string{"Raqeem AI", "Laila Mansour"}, nil},
		{"a spurious entity is listed by its smallest folded name", true,
			[]SysEntity{{ID: "z", Type: "Organization", Name: "Zeta", Aliases: []string{"Alpha Co."}}},
			Count{0, 1, 0, 3}, []string{"Raqeem AI", "Laila Mansour", "Riyadh"}, []string{"alpha co"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Score(key(nil, nil), &System{Entities: tc.sys}, Options{Typed: tc.typed})
			if r.Entities != tc.want {
				t.Errorf("counts %+v, want %+v", r.Entities, tc.want)
			}
			if !slices.Equal(r.MissedEntities, tc.missed) {
				t.Errorf("missed %q, want %q", r.MissedEntities, tc.missed)
			}
			if !slices.Equal(r.SpuriousEntities, tc.spurious) {
				t.Errorf("spurious %q, want %q", r.SpuriousEntities, tc.spurious)
			}
		})
	}
}

func TestFactMatching(t *testing.T) {
	ents := []SysEntity{
		{ID: "o", Type: "Organization", Name: "Raqeem AI"},
		{ID: "p", Type: "Person", Name: "ليلى منصور"},
		{ID: "l", Type: "Place", Name: "الرياض"},
		{ID: "o2", Type: "Organization", Name: "Other"},
	}
	raw := func(s string) json.RawMessage { return json.RawMessage(s) }
	money := GoldFact{S: "raqeem", P: "raised", O: raw(`{"amount": 40000000, "currency": "USD", "literal": "40 مليون دولار"}`), Core: true}
	sar := GoldFact{S: "raqeem", P: "raised", O: raw(`{"amount": 150000000, "currency": "SAR"}`)}
	title := GoldFact{S: "laila", P: "jobTitle", O: raw(`{"literal": "الرئيسة التنفيذية"}`)}
	works := GoldFact{S: "laila", P: "worksAt", O: raw(`"raqeem"`), Core: true}
	located := GoldFact{S: "raqeem", P: "locatedIn", O: raw(`"riyadh"`), Core: true}
	tests := []struct {
		name   string
		gold   []GoldFact
		sys    []SysFact
		want   Count
		core   Core
		missed []string
		wrong  []string
	}{
		{"an entity object matches by name", []GoldFact{works},
			[]SysFact{{Subject: "p", Predicate: "worksAt", Object: obj("o")}},
			Count{1, 1, 1, 1}, Core{1, 1}, nil, nil},
		{"the wrong object is wrong, and the key's fact missed", []GoldFact{works},
			[]SysFact{{Subject: "p", Predicate: "worksAt", Object: obj("o2")}},
			Count{0, 1, 0, 1}, Core{0, 1}, []string{"laila worksAt raqeem"}, []string{"['ليلي منصور'] worksAt ['other']"}},
		{"an object that is not an entity prints null", []GoldFact{works},
			[]SysFact{{Subject: "p", Predicate: "worksAt", Object: obj("nowhere")}},
			Count{0, 1, 0, 1}, Core{0, 1}, []string{"laila worksAt raqeem"}, []string{"['ليلي منصور'] worksAt null"}},
		{"money within 1% and the currency", []GoldFact{money},
			[]SysFact{{Subject: "o", Predicate: "raised", Value: raw(`{"amount":40390000,"currency":"usd","text":"x"}`)}},
			Count{1, 1, 1, 1}, Core{1, 1}, nil, nil},
		{"money off by more than 1%", []GoldFact{money},
			[]SysFact{{Subject: "o", Predicate: "raised", Value: raw(`{"amount":40500000,"currency":"USD","text":"40 مليون دولار"}`)}},
			Count{0, 1, 0, 1}, Core{0, 1},
			[]string{`raqeem raised {"amount": 40000000, "currency": "USD", "literal": "40 مليون دولار"}`},
			[]string{`['raqeem ai'] raised {"amount": 40500000, "currency": "USD", "text": "40 مليون دولار"}`}},
		{"money in another currency", []GoldFact{sar},
			[]SysFact{{Subject: "o", Predicate: "raised", Value: raw(`{"amount":150000000,"currency":"USD","text":"150"}`)}},
			Count{0, 1, 0, 1}, Core{0, 0},
			[]string{`raqeem raised {"amount": 150000000, "currency": "SAR"}`},
			[]string{`['raqeem ai'] raised {"amount": 150000000, "currency": "USD", "text": "150"}`}},
		{"money without an amount never matches, whatever the text", []GoldFact{money},
			[]SysFact{{Subject: "o", Predicate: "raised", Value: raw(`{"currency":"USD","text":"40 مليون دولار"}`)}},
			Count{0, 1, 0, 1}, Core{0, 1}, []string{`raqeem raised {"amount": 40000000, "currency": "USD", "literal": "40 مليون دولار"}`},
			[]string{`['raqeem ai'] raised {"currency": "USD", "text": "40 مليون دولار"}`}},
		{"a literal inside the system text, folded", []GoldFact{title},
			[]SysFact{{Subject: "p", Predicate: "jobTitle", Value: raw(`{"text":"الرئيسة التنفيذية لشركة رقيم"}`)}},
			Count{1, 1, 1, 1}, Core{0, 0}, nil, nil},
		{"the system text inside the literal", []GoldFact{title},
			[]SysFact{{Subject: "p", Predicate: "jobTitle", Value: raw(`{"text":"التنفيذيه"}`)}},
			Count{1, 1, 1, 1}, Core{0, 0}, nil, nil},
		{"an empty text never matches a literal", []GoldFact{title},
			[]SysFact{{Subject: "p", Predicate: "jobTitle", Value: raw(`{"text":"،"}`)}},
			Count{0, 1, 0, 1}, Core{0, 0}, []string{`laila jobTitle {"literal": "الرئيسة التنفيذية"}`},
			[]string{`['ليلي منصور'] jobTitle {"text": "،"}`}},
		{"the wrong subject", []GoldFact{located},
			[]SysFact{{Subject: "o2", Predicate: "locatedIn", Object: obj("l")}},
			Count{0, 1, 0, 1}, Core{0, 1}, []string{"raqeem locatedIn riyadh"}, []string{"['other'] locatedIn ['الرياض']"}},
		{"predicates the key does not use are not scored", []GoldFact{located},
			[]SysFact{{Subject: "o", Predicate: "locatedIn", Object: obj("l")}, {Subject: "o", Predicate: "developed", Object: obj("o2")}},
			Count{1, 1, 1, 1}, Core{1, 1}, nil, nil},
		{"two system facts on one key fact both count for precision", []GoldFact{located, works},
			[]SysFact{{Subject: "o", Predicate: "locatedIn", Object: obj("l")}, {Subject: "o", Predicate: "locatedIn", Object: obj("l")}},
			Count{2, 2, 1, 2}, Core{1, 2}, []string{"laila worksAt raqeem"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Score(key(tc.gold, nil), &System{Entities: ents, Facts: tc.sys}, Options{Typed: true})
			if r.Facts != tc.want || r.Core != tc.core {
				t.Errorf("counts %+v core %+v, want %+v core %+v", r.Facts, r.Core, tc.want, tc.core)
			}
			if !slices.Equal(r.MissedFacts, tc.missed) {
				t.Errorf("missed %q, want %q", r.MissedFacts, tc.missed)
			}
			if !slices.Equal(r.WrongFacts, tc.wrong) {
				t.Errorf("wrong %q, want %q", r.WrongFacts, tc.wrong)
			}
		})
	}
}

func TestQuoteMatching(t *testing.T) {
	ents := []SysEntity{{ID: "p", Type: "Person", Name: "Laila Mansour"}, {ID: "o", Type: "Organization", Name: "Raqeem AI"}}
	ten := "one two three four five six seven eight nine ten"
	tests := []struct {
		name    string
		snippet string
		speaker string
		text    string
		match   bool
	}{
		{"the snippet inside the text, folded", "«الطلب قوي»", "p", "قالت: الطلب قويٌّ جداً", true},
		{"7 of 10 words", ten, "p", "one two three four five six seven", true},
		{"6 of 10 words", ten, "p", "one two three four five six", false},
		{"another speaker", "الطلب قوي", "o", "الطلب قوي", false},
		{"an empty snippet is in every text", "«»", "p", "anything", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := key(nil, []GoldQuote{{Speaker: "laila", Snippet: tc.snippet}})
			r := Score(g, &System{Entities: ents, Quotes: []SysQuote{{Speaker: tc.speaker, Text: tc.text}}}, Options{Typed: true})
			want := Count{0, 1, 0, 1}
			if tc.match {
				want = Count{1, 1, 1, 1}
			}
			if r.Quotes != want {
				t.Errorf("counts %+v, want %+v", r.Quotes, want)
			}
			if !tc.match && (len(r.MissedQuotes) != 1 || len(r.WrongQuotes) != 1 ||
				!strings.HasPrefix(r.MissedQuotes[0], "laila: ")) {
				t.Errorf("missed %q, wrong %q", r.MissedQuotes, r.WrongQuotes)
			}
		})
	}
}

func TestLinesAndMicroAverage(t *testing.T) {
	a := Result{Entities: Count{3, 4, 3, 5}, Facts: Count{1, 2, 1, 4}, Core: Core{1, 3}, Quotes: Count{0, 0, 0, 1}}
	b := Result{Entities: Count{1, 1, 1, 1}, Facts: Count{2, 2, 2, 2}, Core: Core{2, 2}, Quotes: Count{1, 1, 1, 1}}
	want := []string{
		"counts {'sys_entities': 4, 'gold_entities': 5, 'sys_facts': 2, 'gold_facts': 4, 'sys_quotes': 0, 'gold_quotes': 1}",
		"entities P=0.75 R=0.60 F1=0.67",
		"facts    P=0.50 R=0.25 F1=0.33 core-recall=0.33",
		"quotes   P=0.00 R=0.00 F1=0.00",
	}
	if got := a.Lines(); !slices.Equal(got, want) {
		t.Errorf("Lines:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if got, w := a.DocLine("x"), "x  ent F1 0.67  fact P 0.50  core R 0.33  quote F1 0.00"; got != w {
		t.Errorf("DocLine %q, want %q", got, w)
	}
	// Micro-averaging sums counts: entities 4/5 and 4/6, not the mean of the two F1s.
	if got, w := a.Add(b).TotalLine("ar", 2), "ar  entP 0.80 entR 0.67 entF1 0.73  factP 0.75 factR 0.50 coreR 0.60  quoteP 1.00 quoteR 0.50 quoteF1 0.67  (2 articles)"; got != w {
		t.Errorf("TotalLine %q, want %q", got, w)
	}
}
