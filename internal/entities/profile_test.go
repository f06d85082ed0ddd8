package entities

import (
	"testing"

	"graphbuild/internal/lang"
)

// Every recognizer a language profile names exists, and each language
// recognizer runs for some profile.
func TestProfileRecognizers(t *testing.T) {
	used := map[string]bool{}
	for _, p := range lang.All() {
		for _, name := range p.Recognizers {
			if languageRecognizers[name] == nil {
				t.Errorf("profile %s names recognizer %q, which does not exist", p.Tag, name)
			}
			used[name] = true
		}
	}
	for name := range languageRecognizers {
		if !used[name] {
			t.Errorf("recognizer %q runs for no profile", name)
		}
	}
}

// Every mention the extractor makes on the fixtures comes from a declared
// source (sourceOf panics otherwise), and every recognizer's mentions do.
func TestSourcesDeclared(t *testing.T) {
	if len(Sources()) < 10 {
		t.Fatalf("Sources() = %d; want every mention source declared", len(Sources()))
	}
	for _, s := range Sources() {
		if s.Doc == "" {
			t.Errorf("source %s has no Doc line", s.Name)
		}
	}
	for _, body := range []string{
		"قال سام ألتمان، الرئيس التنفيذي لشركة OpenAI، إن شركة رقيم جمعت 5 ملايين دولار في يناير 2026.",
		"Vertex Labs raised $5m in January 2026, chief executive Anna Kowalski said.",
	} {
		for _, m := range extract(t, body).Mentions {
			sourceOf(m.Source)
		}
	}
}
