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
