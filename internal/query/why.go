package query

import (
	"fmt"
	"io"
	"strings"
)

// Reason is why one name belongs to an entity: the identity rule that put
// it there, how sure that rule is, and where the evidence is.
type Reason struct {
	Name       string  `json:"name"`
	Rule       string  `json:"rule"`
	Confidence float64 `json:"confidence"`
	Evidence   string  `json:"evidence,omitempty"`
	Doc        string  `json:"doc,omitempty"`
}

// Why returns, for each name on the card, why it belongs to the entity. A
// name joined by a link the build made (a transliteration) has that link's
// alias fact, with its rule and confidence; any other name shares the
// entity's key: its lexicon id, its exact folded name (a short name or an
// acronym) or its consonant skeleton (a long name, in either script).
func Why(c *Card) []Reason {
	key := keyRule(c.IRI)
	var out []Reason
	for _, n := range c.Names {
		r := Reason{Name: n.Text, Rule: key.rule, Confidence: key.conf}
		for _, f := range c.FactsOut {
			if f.Predicate != "alias" || !strings.HasPrefix(f.Evidence, n.Text+" ≈ ") {
				continue
			}
			r = Reason{Name: n.Text, Rule: f.Rule, Confidence: f.Confidence, Evidence: f.Evidence, Doc: f.Doc}
			break
		}
		if r.Rule == key.rule && n.Text == c.Name {
			r.Evidence = "the entity's name"
		}
		out = append(out, r)
	}
	return out
}

type keyReason struct {
	rule string
	conf float64
}

// keyRule says how an entity IRI was minted (kg.EntityIRI, identity.NameKey).
func keyRule(iri string) keyReason {
	seg := iri[strings.LastIndex(iri, "/")+1:]
	switch {
	case strings.HasPrefix(seg, "x-"):
		return keyReason{"same-consonant-skeleton", 0.9}
	case strings.HasPrefix(seg, "n-"):
		return keyReason{"same-folded-name", 1}
	}
	return keyReason{"lexicon-id", 1}
}

// WriteWhy writes the reasons as a table, or JSON/NDJSON/TSV rows.
func WriteWhy(w io.Writer, format string, c *Card) error {
	if err := CheckOutputFormat(format); err != nil {
		return err
	}
	rs := Why(c)
	switch format {
	case "json", "ndjson":
		return writeJSON(w, rs, format == "ndjson")
	}
	rows := [][]string{{"NAME", "RULE", "CONFIDENCE", "DOCUMENT", "EVIDENCE"}}
	for _, r := range rs {
		rows = append(rows, []string{r.Name, r.Rule, confidence(r.Confidence), r.Doc, r.Evidence})
	}
	if format == "tsv" {
		for _, row := range rows {
			if _, err := fmt.Fprintln(w, strings.Join(row, "\t")); err != nil {
				return err
			}
		}
		return nil
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s  (%s)  %s\nwhy each name belongs:\n", c.Name, c.Type, ShortID(c.IRI))
	indent(&b, rows, widthOf(w))
	_, err := io.WriteString(w, b.String())
	return err
}
