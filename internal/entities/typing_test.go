package entities

import (
	"testing"

	"graphbuild/internal/lang"
	"graphbuild/schema"
)

// TestTypingRules runs each named typing rule (contextType) over a mention
// of a sentence of our own: the rule that must speak, the type it gives,
// and a mention it must leave alone.
func TestTypingRules(t *testing.T) {
	tests := []struct {
		rule, text, mention string
		typ                 schema.Type
	}{
		{"org-suffix", "Orvane Labs opened an office in Dubai.", "Orvane Labs", schema.Organization},
		{"subject-of-org-verb", "Kestrava raised $5m from investors last week.", "Kestrava", schema.Organization},
		{"object-of-acquired", "The group agreed to buy Datavia last week.", "Datavia", schema.Organization},
		{"title-at", "Marta Olsen, an analyst at Brivex, said prices would rise.", "Brivex", schema.Organization},
		{"product-noun-after", "Users praised the Falak model on Monday.", "Falak", schema.Product},
		{"honorific", "The plan was praised by Ms Vey on Monday.", "Vey", schema.Person},
		{"possessive-title", "Brivex's chief executive resigned on Monday.", "Brivex", schema.Organization},
		{"owned-product", "Orvane Labs said its first handheld console, the Vexa, would launch in March.", "Vexa", schema.Product},
		{"owned-product", "Orvane Labs says its new Shieldor technology will stop copying.", "Shieldor", schema.Product},
		// English typing rules of issue 11.
		{"plural-title-before", "The figures come from industry analysts Velmora Digest, which tracks sales.", "Velmora Digest", schema.Organization},
		{"owner-of-product-noun", "The microphone is used in Kestrava's launch title Project Quill.", "Kestrava", schema.Organization},
		{"owner-of-product-noun", "Orvelle's new handheld console sold well.", "Orvelle", schema.Organization},
		{"listed-with-company", "It competes head-on with BMW, Toyota and Kestrava.", "Kestrava", schema.Organization},
		{"listed-with-place", "Kalvex runs the Paris, Amsterdam, Brussels and Quintara bourses.", "Quintara", schema.Place},
		{"product-noun-after-pair", "Drivers can test its Kalvex and Morvane models this spring.", "Kalvex", schema.Product},
		{"trigger-called", "Other features include a messaging application called Quillchat, and a camera.", "Quillchat", schema.Product},
		{"honorific-first", "The reviewer of the laws, Lord Carlwyn, said the ruling was fair.", "Lord Carlwyn", schema.Person},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			r := extract(t, tt.text)
			L := lang.Of(r.Doc.Lang)
			found := false
			for i, m := range r.Mentions {
				if m.Text != tt.mention {
					continue
				}
				found = true
				ev, ok := contextType(r.Doc, L, r.Mentions, i)
				if !ok || ev.rule != tt.rule || ev.typ != tt.typ {
					t.Errorf("contextType(%q) = %s by %q (%v); want %s by %q", tt.mention, ev.typ, ev.rule, ok, tt.typ, tt.rule)
				}
			}
			if !found {
				t.Fatalf("no mention %q; got %q", tt.mention, mentionsOf(r))
			}
		})
	}
	// What "owned-product" must not read: a title after the owner, or a
	// name with no product noun.
	for _, tt := range []struct{ text, mention string }{
		{"Microsoft's chief executive Marta Olsen spoke on Monday.", "Marta Olsen"},
		{"The BBC's World Service reported the news.", "World Service"},
		{"The BBC's World Service reported the news.", "World"},
	} {
		r := extract(t, tt.text)
		for i, m := range r.Mentions {
			if m.Text != tt.mention {
				continue
			}
			if _, _, ok := OwnedProduct(r.Doc, lang.Of(r.Doc.Lang), r.Mentions, i); ok {
				t.Errorf("owned-product read %q in %q; want nothing", tt.mention, tt.text)
			}
		}
	}
	// What "listed-with-place" must not read: a clause after a place, or a
	// pair ("In London, Kestrava fell", "between Russia and Kestrava").
	for _, text := range []string{"In London, Kestrava fell 2% on Monday.", "The dispute between Russia and Kestrava goes on."} {
		r := extract(t, text)
		for i, m := range r.Mentions {
			if ev, ok := contextType(r.Doc, lang.Of(r.Doc.Lang), r.Mentions, i); ok && m.Text == "Kestrava" && ev.rule == "listed-with-place" {
				t.Errorf("listed-with-place read %q in %q", m.Text, text)
			}
		}
	}
	// "product-noun-after-pair" needs a product noun: "Kalvex and Morvane
	// workers" are no products.
	r0 := extract(t, "The Kalvex and Morvane workers went on strike.")
	for i, m := range r0.Mentions {
		if ev, ok := contextType(r0.Doc, lang.Of(r0.Doc.Lang), r0.Mentions, i); ok && ev.rule == "product-noun-after-pair" {
			t.Errorf("product-noun-after-pair read %q in a sentence without a product noun", m.Text)
		}
	}
	// What no rule may type: a name with nothing around it.
	r := extract(t, "Orlanda smiled.")
	for i, m := range r.Mentions {
		if ev, ok := contextType(r.Doc, lang.Of(r.Doc.Lang), r.Mentions, i); ok && m.Text == "Orlanda" {
			t.Errorf("contextType(Orlanda) = %s by %q; want no evidence", ev.typ, ev.rule)
		}
	}
}

// TestAcronymNotPerson: the typing rule acronym-not-person retypes a
// one-word name in capitals that the tagger or a cue read as a person
// (after retype the mention is an organisation, typed by the rule); a name
// of two capitals and a capitalised word stay as they are, and so does a
// person in a headline written all in capitals.
func TestAcronymNotPerson(t *testing.T) {
	for _, tt := range []struct {
		text, mention string
		typ           schema.Type
	}{
		{"\"The entries were strong,\" said KVFA founder and director Orla Pemberly.", "KVFA", schema.Organization},
		{"\"The entries were strong,\" said Orla Pemberly, the director of the festival.", "Orla Pemberly", schema.Person},
		// A headline in capitals: every name is in capitals, the person stays.
		{"TENNIS - KORVALDSEN REFUSES TO GO QUIETLY .", "KORVALDSEN", schema.Person},
		{"GOLF - BRENNICK TAKES LEAD IN MILWAUKEE .", "BRENNICK", schema.Person},
	} {
		for _, m := range mentionsNamed(t, extract(t, tt.text), tt.mention) {
			if m.Type != tt.typ {
				t.Errorf("%q in %q: type %s (by %q), want %s", tt.mention, tt.text, m.Type, m.TypedBy, tt.typ)
			}
		}
	}
	for w, want := range map[string]bool{"BIFA": true, "WADA": true, "JK": false, "Bifa": false, "B.I.F.A.": false} {
		if got := acronym(w); got != want {
			t.Errorf("acronym(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestFamilyOwnsNoProduct: "family" is no product noun (triggers.txt), so
// in "X's family" rule owner-of-product-noun does not read X as a company
// that owns a product line: in the BBC corpus every "X's family" is a
// person's.
func TestFamilyOwnsNoProduct(t *testing.T) {
	for _, tt := range []struct{ text, mention string }{
		{"The singer Tamsin Orrel said the award belonged to Orrel's family.", "Orrel"},
	} {
		for _, m := range mentionsNamed(t, extract(t, tt.text), tt.mention) {
			if m.Type != schema.Person || m.TypedBy != "" {
				t.Errorf("%q in %q: type %s (by %q), want Person, typed by no rule", tt.mention, tt.text, m.Type, m.TypedBy)
			}
		}
	}
}

// TestAmpersandNotPerson checks rule ampersand-not-person on sentences of
// our own: a name joined by "&" whose first word is a given name ("Douglas
// & Lomason") is not read as a person by given-name-first.
func TestAmpersandNotPerson(t *testing.T) {
	for _, text := range []string{
		"Shares in Douglas & Kettering rose after the car parts maker agreed a merger.",
		"Douglas & Kettering said its profits were hurt by the strike.",
	} {
		r := extract(t, text)
		found := false
		for i, m := range r.Mentions {
			if m.Text != "Douglas & Kettering" {
				continue
			}
			found = true
			if ev, ok := contextType(r.Doc, lang.Of(r.Doc.Lang), r.Mentions, i); ok && ev.rule == "given-name-first" {
				t.Errorf("%q: contextType(%q) = %s by given-name-first, want no person evidence", text, m.Text, ev.typ)
			}
			if personMarked(r.Doc, lang.Of(r.Doc.Lang), m) {
				t.Errorf("%q: personMarked(%q) = true, want false", text, m.Text)
			}
		}
		if !found {
			t.Fatalf("%q: no mention Douglas & Kettering; got %q", text, mentionsOf(r))
		}
	}
}

// mentionsNamed returns the mentions of r whose text is name, and stops the
// test when there is none.
func mentionsNamed(t *testing.T, r *Result, name string) []Mention {
	t.Helper()
	var out []Mention
	for _, m := range r.Mentions {
		if m.Text == name {
			out = append(out, m)
		}
	}
	if len(out) == 0 {
		t.Fatalf("no mention %q; got %q", name, mentionsOf(r))
	}
	return out
}
