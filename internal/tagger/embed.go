package tagger

import (
	"bytes"
	"embed"
	"fmt"
	profile "graphbuild/internal/lang"
	"sync"
)

//go:embed models/*.model.gz
var models embed.FS

// loaded holds, per registered language profile, its embedded model
// loaded on first use.
var loaded = func() map[string]func() (*Tagger, error) {
	m := map[string]func() (*Tagger, error){}
	for _, tag := range profile.Tags() {
		l := string(tag)
		m[l] = sync.OnceValues(func() (*Tagger, error) { return loadEmbedded(l) })
	}
	return m
}()

func loadEmbedded(lang string) (*Tagger, error) {
	b, err := models.ReadFile("models/" + lang + ".model.gz")
	if err != nil {
		return nil, fmt.Errorf("tagger: no model for %q", lang)
	}
	t, err := Load(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	if t.lang != lang {
		return nil, fmt.Errorf("tagger: embedded %s model is for %q", lang, t.lang)
	}
	return t, nil
}

// ForLang returns the embedded model of a language tag, loaded on
// first use and shared afterwards.
func ForLang(lang string) (*Tagger, error) {
	f, ok := loaded[lang]
	if !ok {
		return nil, fmt.Errorf("tagger: no model for language %q", lang)
	}
	return f()
}
