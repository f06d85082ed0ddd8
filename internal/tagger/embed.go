package tagger

import (
	"bytes"
	"embed"
	"fmt"
	"sync"
)

//go:embed models/*.model.gz
var models embed.FS

var loaded = map[string]func() (*Tagger, error){
	"ar": sync.OnceValues(func() (*Tagger, error) { return loadEmbedded("ar") }),
	"en": sync.OnceValues(func() (*Tagger, error) { return loadEmbedded("en") }),
}

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

// ForLang returns the embedded model of a language, "ar" or "en", loaded on
// first use and shared afterwards.
func ForLang(lang string) (*Tagger, error) {
	f, ok := loaded[lang]
	if !ok {
		return nil, fmt.Errorf("tagger: no model for language %q", lang)
	}
	return f()
}
