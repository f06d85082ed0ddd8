package tagger

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"embed"
	"strings"
	"sync"
)

//go:embed tables/*.grades.gz
var gradeTables embed.FS

var gradeGaz sync.Map // lang → *Phrases

// ArticleGrades returns the article grades of tables/<lang>.grades.gz
// (every stem seen 10+ times in the unlabelled news, with the share of its
// occurrences written with the article in grades 0–6 and "p" when it takes
// possessive pronouns; built by `cmd/commonwords --format grades`) as
// gazetteer labels "art:GRADE", read once; empty for a language without a
// table. A model trained with FeatArticleGrade reads them beside the schema
// gazetteer: a name keeps one form (0 or 6), an ordinary noun alternates.
func ArticleGrades(lang string) *Phrases {
	if g, ok := gradeGaz.Load(lang); ok {
		return g.(*Phrases)
	}
	p := NewPhrases(hasClitics(lang))
	if b, err := gradeTables.ReadFile("tables/" + lang + ".grades.gz"); err == nil {
		if zr, err := gzip.NewReader(bytes.NewReader(b)); err == nil {
			sc := bufio.NewScanner(zr)
			for sc.Scan() {
				line := sc.Text()
				if strings.HasPrefix(line, "#") {
					continue
				}
				if w, g, ok := strings.Cut(line, "\t"); ok {
					p.Add(w, "art:"+g)
				}
			}
		}
	}
	g, _ := gradeGaz.LoadOrStore(lang, p)
	return g.(*Phrases)
}

var gradeMaps sync.Map // lang → map[string]string

// ArticleGrade returns the article grade ("0"–"6", with "p" appended when
// the stem takes possessive pronouns) of a folded stem without proclitics
// or article in tables/<lang>.grades.gz, "" for a stem the table lacks.
func ArticleGrade(lang, stem string) string {
	m, ok := gradeMaps.Load(lang)
	if !ok {
		g := map[string]string{}
		if b, err := gradeTables.ReadFile("tables/" + lang + ".grades.gz"); err == nil {
			if zr, err := gzip.NewReader(bytes.NewReader(b)); err == nil {
				sc := bufio.NewScanner(zr)
				for sc.Scan() {
					if w, gr, ok := strings.Cut(sc.Text(), "\t"); ok && !strings.HasPrefix(w, "#") {
						g[w] = gr
					}
				}
			}
		}
		m, _ = gradeMaps.LoadOrStore(lang, g)
	}
	return m.(map[string]string)[stem]
}
