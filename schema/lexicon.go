package schema

import (
	"bufio"
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"
)

// LexEntry is one well-known entity: its stable id, type, names in every
// language the lexicon knows, and its Wikidata id.
type LexEntry struct {
	ID       string   `json:"id"`             // stable slug, lower case ASCII: "alibaba", "xi-jinping"
	Type     Type     `json:"type"`           // Person, Organization, Product, Place
	Kind     string   `json:"kind,omitempty"` // finer kind: company, ai-lab, ai-model, chip, country, city, agency, bank, ...
	En       string   `json:"en"`             // canonical English display name
	Names    []string `json:"names"`          // every surface form, Arabic and Latin, as written in news
	Wikidata string   `json:"wikidata,omitempty"`
	Gender   string   `json:"gender,omitempty"` // "m" or "f" for people, when known
	Maker    string   `json:"maker,omitempty"`  // for products: the lexicon id of the organization that makes it
}

//go:embed lexicon/*.jsonl
var lexiconFS embed.FS

var loadLexicon = sync.OnceValues(func() ([]LexEntry, error) {
	files, err := fs.Glob(lexiconFS, "lexicon/*.jsonl")
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var out []LexEntry
	seen := map[string]string{}
	for _, f := range files {
		b, err := lexiconFS.ReadFile(f)
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(bytes.NewReader(b))
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for line := 1; sc.Scan(); line++ {
			l := strings.TrimSpace(sc.Text())
			if l == "" || strings.HasPrefix(l, "//") {
				continue
			}
			var e LexEntry
			dec := json.NewDecoder(strings.NewReader(l))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&e); err != nil {
				return nil, fmt.Errorf("schema: %s:%d: %w", f, line, err)
			}
			if err := e.check(); err != nil {
				return nil, fmt.Errorf("schema: %s:%d: %w", f, line, err)
			}
			key := string(e.Type) + "/" + e.ID
			if prev, dup := seen[key]; dup {
				return nil, fmt.Errorf("schema: %s:%d: id %q already declared in %s", f, line, key, prev)
			}
			seen[key] = fmt.Sprintf("%s:%d", f, line)
			out = append(out, e)
		}
		if err := sc.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
})

func (e LexEntry) check() error {
	if e.ID == "" || strings.ToLower(e.ID) != e.ID || strings.ContainsAny(e.ID, " /#?") {
		return fmt.Errorf("bad id %q: lower-case slug without spaces or slashes", e.ID)
	}
	t, ok := LookupType(string(e.Type))
	if !ok || !t.IsEntity() {
		return fmt.Errorf("%s: type %q is not an entity type", e.ID, e.Type)
	}
	if e.En == "" || len(e.Names) == 0 {
		return fmt.Errorf("%s: needs en and names", e.ID)
	}
	if e.Wikidata != "" && !strings.HasPrefix(e.Wikidata, "Q") {
		return fmt.Errorf("%s: wikidata id %q must look like Q123", e.ID, e.Wikidata)
	}
	return nil
}

// Lexicon returns every lexicon entry, in file then line order.
func Lexicon() []LexEntry {
	l, err := loadLexicon()
	if err != nil {
		panic(err) // embedded data, checked by the package tests
	}
	return l
}

//go:embed lang
var langFS embed.FS

// Words returns the entries of the word list lang/<lang>/<list>.txt: one
// entry a line, blank lines and lines starting with # skipped. A missing list
// is an error so that a misspelt name is caught by tests.
func Words(lang, list string) ([]string, error) {
	rows, err := Table(lang, list)
	if err != nil {
		return nil, err
	}
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = r[0]
	}
	return out, nil
}

// Table returns the rows of lang/<lang>/<list>.txt split on tabs, for lists
// whose entries carry attributes (a trigger word and the type it announces).
func Table(lang, list string) ([][]string, error) {
	b, err := langFS.ReadFile(path.Join("lang", lang, list+".txt"))
	if err != nil {
		return nil, fmt.Errorf("schema: no word list %q for language %q", list, lang)
	}
	var out [][]string
	for _, l := range strings.Split(string(b), "\n") {
		l = strings.TrimRight(l, "\r")
		if strings.TrimSpace(l) == "" || strings.HasPrefix(strings.TrimSpace(l), "#") {
			continue
		}
		cols := strings.Split(l, "\t")
		for i := range cols {
			cols[i] = strings.TrimSpace(cols[i])
		}
		out = append(out, cols)
	}
	return out, nil
}

// MustWords is Words for lists the code itself names; a missing list is a
// programming error caught by tests.
func MustWords(lang, list string) []string {
	w, err := Words(lang, list)
	if err != nil {
		panic(err)
	}
	return w
}

// MustTable is Table for lists the code itself names.
func MustTable(lang, list string) [][]string {
	t, err := Table(lang, list)
	if err != nil {
		panic(err)
	}
	return t
}
