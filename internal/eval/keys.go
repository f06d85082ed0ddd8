package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"graphbuild/internal/export"
	"os"
)

// Gold is an answer key, in the format of ../shared/dev/GUIDELINES.md.
type Gold struct {
	Doc      string       `json:"doc"`
	Lang     string       `json:"lang"`
	Entities []GoldEntity `json:"entities"`
	Facts    []GoldFact   `json:"facts"`
	Quotes   []GoldQuote  `json:"quotes"`
}

// GoldEntity is one entity of a key: its id, type, English name and every
// surface form the article uses.
type GoldEntity struct {
	ID    string   `json:"id"`
	Type  string   `json:"type"`
	En    string   `json:"en"`
	Names []string `json:"names"`
}

// GoldFact is one fact of a key; O is an entity id (a JSON string) or a
// value ({"amount", "currency"} or {"literal"}).
type GoldFact struct {
	S        string          `json:"s"`
	P        string          `json:"p"`
	O        json.RawMessage `json:"o"`
	Evidence string          `json:"evidence,omitempty"`
	Core     bool            `json:"core"`
}

// GoldQuote is one quote of a key: who said it and a snippet of the words.
type GoldQuote struct {
	Speaker string `json:"speaker"`
	Snippet string `json:"snippet"`
	Direct  bool   `json:"direct"`
}

// System is the part of a graph export (../shared/design/export-json.md)
// the scorer reads.
type System struct {
	Entities []SysEntity `json:"entities"`
	Facts    []SysFact   `json:"facts"`
	Quotes   []SysQuote  `json:"quotes"`
}

// SysEntity is one exported entity.
type SysEntity struct {
	ID      string   `json:"id"`
	Type    string   `json:"type"`
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
}

// SysFact is one exported fact: Object (an entity id) or Value (the JSON
// object {"amount", "currency", "text"}).
type SysFact struct {
	Subject   string          `json:"subject"`
	Predicate string          `json:"predicate"`
	Object    *string         `json:"object,omitempty"`
	Value     json.RawMessage `json:"value,omitempty"`
}

// SysQuote is one exported quote.
type SysQuote struct {
	Speaker string `json:"speaker"`
	Text    string `json:"text"`
}

// ReadGold reads an answer key; errors name the file.
func ReadGold(path string) (*Gold, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var g Gold
	if err := json.Unmarshal(b, &g); err != nil {
		return nil, fmt.Errorf("%s: not an answer key: %v", path, err)
	}
	if g.Entities == nil || g.Facts == nil {
		return nil, fmt.Errorf("%s: not an answer key: it needs \"entities\" and \"facts\" lists (the format is in README.md, under graphbuild eval)", path)
	}
	for i, f := range g.Facts {
		if len(bytes.TrimSpace(f.O)) == 0 {
			return nil, fmt.Errorf("%s: fact %d (%s %s) has no object \"o\"", path, i+1, f.S, f.P)
		}
	}
	return &g, nil
}

// ReadSystem reads a graph export written by graphbuild --print json or
// graphquery export --format json.
func ReadSystem(path string) (*System, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var s System
	if err := json.Unmarshal(b, &s); err != nil {
		return nil, fmt.Errorf("%s: not a graph export: %v", path, err)
	}
	return &s, nil
}

// FromExport gives the scorer's view of an export, as a JSON round trip
// would (so values keep the export's key order and number forms).
func FromExport(ex export.Export) (*System, error) {
	b, err := json.Marshal(ex)
	if err != nil {
		return nil, err
	}
	var s System
	if err := json.Unmarshal(b, &s); err != nil {
		return nil, err
	}
	return &s, nil
}
