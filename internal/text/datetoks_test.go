package text

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"graphbuild/schema"
)

// TestParseDateToksAgrees checks that the token forms of the date reader
// (ParseDateToks, MonthNumberToken) give what the word forms give
// (ParseDateTokens, MonthNumber) on every token of the fixture articles and
// on every month name with clitics, capitals and diacritics.
func TestParseDateToksAgrees(t *testing.T) {
	var texts []string
	files, _ := filepath.Glob("../../fixtures/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	for _, l := range []string{"ar", "en"} {
		rows, err := schema.Table(l, "months")
		if err != nil {
			continue
		}
		for _, r := range rows {
			m := r[0]
			for _, v := range []string{m, strings.ToUpper(m), strings.Title(m), "و" + m, "وفي " + m, "ب" + m, "ل" + m, "لل" + m, "وال" + m, m + "،", "11 " + m + " 2026", m + " 11, 2026", "فِي " + m} {
				texts = append(texts, v)
			}
		}
	}
	texts = append(texts, "في 3 يناير/كانون الثاني 2025 قال", "On 4 July, 1999 and July 4 2000; may May 5.")
	n := 0
	for _, s := range texts {
		toks := Tokenize(s)
		for i := range toks {
			if got, want := MonthNumberToken(&toks[i]), MonthNumber(toks[i].Text); got != want {
				t.Errorf("MonthNumberToken(%q) = %d, MonthNumber = %d", toks[i].Text, got, want)
			}
			end := min(len(toks), i+4)
			words := make([]string, 0, 4)
			for k := i; k < end; k++ {
				words = append(words, toks[k].Text)
			}
			p1, n1 := ParseDateToks(toks[i:end])
			p2, n2 := ParseDateTokens(words)
			if p1 != p2 || n1 != n2 {
				t.Errorf("ParseDateToks(%q) = %v %d, ParseDateTokens = %v %d", words, p1, n1, p2, n2)
			}
			if n1 > 0 {
				n++
			}
		}
	}
	if n < 20 {
		t.Errorf("only %d dates read: the test reads too little", n)
	}
}
