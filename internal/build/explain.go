package build

import (
	"fmt"
	"io"

	"graphbuild/internal/entities"
	"graphbuild/internal/relations"
	"graphbuild/internal/text"
)

// Explain writes, for one document, every mention with the recognizer that
// found it and the kind of text it was in, then every fact and quote with
// the rule that made it and its confidence: what a user reads to see why
// the graph says what it says.
func Explain(w io.Writer, d *text.Document) error {
	r := entities.Default(d.Lang).Extract(d)
	out := relations.Default().Extract(r)
	fmt.Fprintf(w, "document %s (%s): %d paragraphs, %d sentences, %d tokens\n", d.ID, d.Lang, len(d.Paragraphs), len(d.Sentences), len(d.Tokens))
	fmt.Fprintln(w, "\nmentions (type, recognizer, text kind, entity; the typing rules when they changed the recognizer's type):")
	for _, m := range r.Mentions {
		ent := "-"
		if e := r.EntityOf(indexOf(r, m)); e != nil {
			ent = e.Name
		}
		typed := ""
		if m.TypedBy != "" {
			typed = "  (typed by " + m.TypedBy + ")"
		}
		if m.KeptBy != "" {
			typed += "  (kept apart by " + m.KeptBy + ")"
		}
		fmt.Fprintf(w, "  %-12s %-20s %-9s %s  → %s%s\n", m.Type, m.Source, m.Kind, m.Text, ent, typed)
	}
	name := func(i int) string { return r.Entities[i].Name }
	fmt.Fprintln(w, "\nfacts (rule, confidence):")
	for _, f := range out.Facts {
		o := ""
		if f.Value != nil {
			o = f.Value.Text
		} else {
			o = name(f.Object)
		}
		fmt.Fprintf(w, "  %s %s %s  [%s %.2f]\n", name(f.Subject), f.Predicate, o, f.Rule, f.Confidence)
	}
	fmt.Fprintln(w, "\nquotes (rule, confidence):")
	for _, q := range out.Quotes {
		kind := "indirect"
		if q.Direct {
			kind = "direct"
		}
		fmt.Fprintf(w, "  %s (%s): %s  [%s %.2f]\n", name(q.Speaker), kind, d.Slice(q.Span), q.Rule, q.Confidence)
	}
	return nil
}

func indexOf(r *entities.Result, m entities.Mention) int {
	for i := range r.Mentions {
		if r.Mentions[i].Tok == m.Tok && r.Mentions[i].Source == m.Source {
			return i
		}
	}
	return -1
}
