package lang

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"graphbuild/internal/text"
)

// TestProfiles walks every registered profile: every list must load, be
// non-empty and well formed (Load fails otherwise, naming the file and row).
func TestProfiles(t *testing.T) {
	tags := Tags()
	if len(tags) < 2 {
		t.Fatalf("registered profiles: %v; want at least ar and en", tags)
	}
	for _, tag := range tags {
		p, err := Load(tag)
		if err != nil {
			t.Errorf("%s: %v", tag, err)
			continue
		}
		checkLoaded(t, tag, reflect.ValueOf(p.Lists))
	}
}

// checkLoaded fails on a nil list or empty map among the fields of v,
// walking into embedded groups of lists (WordLists).
func checkLoaded(t *testing.T, tag text.Lang, v reflect.Value) {
	t.Helper()
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		if f.Kind() == reflect.Struct {
			checkLoaded(t, tag, f)
		} else if f.IsNil() || (f.Kind() == reflect.Map && f.Len() == 0) {
			t.Errorf("%s: list %s not loaded", tag, v.Type().Field(i).Name)
		}
	}
}

// A language whose directory lacks the lists is an error naming them, never
// a profile with empty lists.
func TestMissingListIsAnError(t *testing.T) {
	_, err := build(Spec{Tag: "xx", Script: func(rune) bool { return false }})
	if err == nil || !strings.Contains(err.Error(), `no word list "triggers"`) {
		t.Fatalf("build(xx) error = %v; want one naming the missing triggers list", err)
	}
	if _, err := Load("xx"); err == nil {
		t.Fatal(`Load("xx") succeeded; want an error for an unregistered tag`)
	}
}

// Ill-formed rows name the list and the row.
func TestIllFormedRows(t *testing.T) {
	for _, tt := range []struct {
		name string
		row  []string
		f    func([]string) error
	}{
		{"gender", []string{"قال", "x", "both"}, func(c []string) error { _, err := speechVerbs(c); return err }},
		{"mode", []string{"said", "-", "loud"}, func(c []string) error { _, err := speechVerbs(c); return err }},
		{"type", []string{"startup", "Company"}, func(c []string) error { _, err := triggers(c); return err }},
		{"month", []string{"Smarch", "13"}, func(c []string) error { _, err := months(c); return err }},
		{"predicate", []string{"bought", "boughtBy"}, func(c []string) error { _, err := cues(c); return err }},
		{"cue flag", []string{"listed on", "listedOn", "noun,final"}, func(c []string) error { _, err := cues(c); return err }},
		{"iso", []string{"bucks", "dollar"}, func(c []string) error { _, err := currencies(c); return err }},
		{"missing column", []string{"chief"}, func(c []string) error { _, err := titles(c); return err }},
		{"empty word before", []string{"partner", "-", "at,,in"}, func(c []string) error { _, err := titles(c); return err }},
	} {
		if err := tt.f(tt.row); err == nil {
			t.Errorf("%s: row %q accepted; want an error", tt.name, tt.row)
		}
	}
}

// Typed rows carry what the list says.
func TestTypedRows(t *testing.T) {
	ar := Of(Arabic)
	e, ok := ar.SpeechVerbs.Has("قالت")
	if !ok || e.Value != (SpeechVerb{Gender: "f", Mode: "both"}) {
		t.Errorf("ar قالت = %+v, %v; want f both", e.Value, ok)
	}
	en := Of(English)
	c, ok := en.Cues.Has("acquired")
	if !ok || c.Value.Predicate != "acquired" {
		t.Errorf("en acquired = %+v, %v", c.Value, ok)
	}
	if c, ok := en.Cues.Has("listing"); !ok || c.Value != (Cue{Predicate: "listedOn", Noun: true, ObjectNotSubject: true}) {
		t.Errorf("en listing = %+v, %v; want a noun cue whose object is not a later subject", c.Value, ok)
	}
	if p, ok := ar.Pronouns.Word("هي"); !ok || p.Value.Gender != "f" {
		t.Errorf("ar pronoun هي = %+v, %v; want f", p.Value, ok)
	}
	if _, ok := ar.Pronouns.Word("وهي"); ok {
		t.Errorf("ar pronoun وهي found; want the word as it is, no proclitics")
	}
	if m, ok := en.Months.Has("march"); !ok || m.Value.Number != 3 {
		t.Errorf("en march = %+v, %v", m.Value, ok)
	}
	if p, ok := en.Titles.Has("partner"); !ok || !slices.Contains(p.Value.OnlyBefore, "at") {
		t.Errorf("en title partner = %+v, %v; want a title only before at", p.Value, ok)
	}
	if p, ok := en.Titles.Has("analyst"); !ok || len(p.Value.OnlyBefore) != 0 {
		t.Errorf("en title analyst = %+v, %v; want a title anywhere", p.Value, ok)
	}
}

// One proclitic list: the profile, the phrase matcher and the tagger strip
// "وللشركة" the same way (it used to keep "شركة" in text and lose it in
// the tagger's copy).
func TestOneProcliticList(t *testing.T) {
	got := Of(Arabic).Forms("وللشركة")
	for _, want := range []string{"وللشركه", "شركه", "الشركه"} {
		if !slices.Contains(got, want) {
			t.Errorf("Forms(وللشركة) = %q; want it to hold %q", got, want)
		}
	}
	if !reflect.DeepEqual(got, text.StripFolded(text.Fold("وللشركة"))) {
		t.Errorf("profile and text.StripFolded disagree: %q", got)
	}
	if got := Of(English).Forms("Bank"); !reflect.DeepEqual(got, []string{text.Fold("Bank")}) {
		t.Errorf("en Forms(Bank) = %q; want the folded word only", got)
	}
}

func TestIsCommon(t *testing.T) {
	for _, tt := range []struct {
		tag  text.Lang
		w    string
		want bool
	}{
		{Arabic, "والشركات", true},
		{Arabic, "ألتمان", false},
		{English, "The", true},
		{English, "Altman", false},
	} {
		if got := Of(tt.tag).IsCommon(tt.w); got != tt.want {
			t.Errorf("%s IsCommon(%q) = %v; want %v", tt.tag, tt.w, got, tt.want)
		}
	}
}

// Profiles are loaded once, and their sets match what the code relies on: a
// cue ending in a preposition glued to the next word.
func TestProfileSets(t *testing.T) {
	if Of(Arabic) != Of(Arabic) {
		t.Error("profile is not cached")
	}
	if _, ok := Of(Arabic).SpeechVerbs.Has("وقالت"); !ok {
		t.Error(`ar speech_verbs lacks "قالت" under a proclitic`)
	}
	toks := text.Tokenize("الشركة التابعة لعلي بابا")
	if m, ok := Of(Arabic).Cues.At(toks, 1, len(toks), true); !ok || m.End != 2 {
		t.Errorf("ar relation_triggers at التابعة لعلي = %+v, %v; want a match ending before لعلي", m, ok)
	}
}

// clitics.txt fills the clitic fields of every profile (TestProfiles loads
// it); the Arabic forms are the ones the steps were written for, and a bad
// file is an error naming the role.
func TestClitics(t *testing.T) {
	ar := Of(Arabic)
	for _, tt := range []struct {
		role      string
		got, want any
	}{
		{"article", ar.Article, "ال"},
		{"elided_article", ar.ElidedArticle, "لل"},
		{"possessive_suffix", ar.PossessiveSuffixes, []string{"ها", "هم", "ه"}},
		{"article_proclitic", ar.ArticleProclitics, []string{"و", "وب", "ب", "ك", "وك"}},
		{"indefinite_mark", ar.IndefiniteMarks, []string{"\u064b", "\u064c", "\u064d"}},
	} {
		if !reflect.DeepEqual(tt.got, tt.want) {
			t.Errorf("ar %s = %q, want %q", tt.role, tt.got, tt.want)
		}
	}
	if en := Of(English); en.Article != "" || en.PossessiveSuffixes != nil || en.GluedPrepositions != nil {
		t.Errorf("en clitics not empty: %q %q %q", en.Article, en.PossessiveSuffixes, en.GluedPrepositions)
	}
	if !ar.Clitics || Of(English).Clitics {
		t.Errorf("Clitics (from clitics.txt) = ar %v, en %v; want true, false", ar.Clitics, Of(English).Clitics)
	}
	all := func(extra ...[]string) [][]string {
		var rows [][]string
		for role := range cliticRoles(&Spec{}) {
			rows = append(rows, []string{role, "-"})
		}
		return append(rows, extra...)
	}
	for _, tt := range []struct {
		name string
		rows [][]string
		want string
	}{
		{"unknown role", all([]string{"suffix", "ها"}), `unknown role "suffix"`},
		{"missing role", all()[1:], "missing roles"},
		{"one-form role twice", append(all()[:0:0], []string{"article", "ال"}, []string{"article", "لل"}), `role "article" given twice`},
		{"no form", [][]string{{"article"}}, "want role<TAB>form"},
		{"two letters in a letter role", withRole(all(), "proclitic_letter", "وب"), "takes one letter"},
	} {
		if err := parseClitics(tt.rows, &Spec{}); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want one containing %q", tt.name, err, tt.want)
		}
	}
	if err := parseClitics(all(), &Spec{}); err != nil {
		t.Errorf("every role empty: %v", err)
	}
	for _, role := range []string{"and_proclitic", "to_proclitic", "glued_preposition", "article_proclitic"} {
		s := Spec{}
		if err := parseClitics(withRole(all(), role, "و"), &s); err != nil || !hasProclitics(&s) {
			t.Errorf("only %s given: err %v, hasProclitics %v; want true", role, err, hasProclitics(&s))
		}
	}
	if s := (Spec{}); hasProclitics(&s) {
		t.Errorf("no proclitic role given: hasProclitics true")
	}
}

// withRole returns rows with the form of role replaced by form.
func withRole(rows [][]string, role, form string) [][]string {
	var out [][]string
	for _, r := range rows {
		if r[0] == role {
			r = []string{role, form}
		}
		out = append(out, r)
	}
	return out
}
