package entities

import (
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// personGender is the gender a person mention marks: its own (from a verb,
// a title or an honorific) or that of its given name.
func personGender(d *text.Document, m Mention) string {
	if m.Gender != "" {
		return m.Gender
	}
	if g, ok := firstName(d.Lang, d.Tokens[m.Tok[0]]); ok && g != "-" {
		return g
	}
	return ""
}

// keyPrefix is the part of a cluster key before the folded name.
func keyPrefix(m Mention) string {
	if m.Type != schema.Person {
		return "thing|"
	}
	return string(m.Type) + "|"
}
