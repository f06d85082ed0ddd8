package entities

import (
	"testing"

	"graphbuild/internal/lang"
)

// TestHonorificFirst: the typing rule honorific-first reads "Lord X" as a
// person, but leaves "Mr X" alone when the article names X in full
// ("Emilio Vardez"), so the lone surname joins the full name; and a title
// or a small word after the honorific is no name.
func TestHonorificFirst(t *testing.T) {
	L := lang.Of("en")
	for _, tt := range []struct {
		text, mention string
		want          bool
	}{
		{"The reviewer of the laws, Lord Carlwyn, said the ruling was fair.", "Lord Carlwyn", true},
	} {
		r := extract(t, tt.text)
		found := false
		for i, m := range r.Mentions {
			if m.Text != tt.mention {
				continue
			}
			found = true
			ev, ok := contextType(r.Doc, L, r.Mentions, i)
			if got := ok && ev.rule == "honorific-first"; got != tt.want {
				t.Errorf("%q in %q: honorific-first %v, want %v", tt.mention, tt.text, got, tt.want)
			}
		}
		if !found {
			t.Fatalf("no mention %q; got %q", tt.mention, mentionsOf(r))
		}
	}
	// namedInFull: "Mr Vardez" after "Emilio Vardez" is the full name's.
	r := extract(t, "Emilio Vardez chairs the bank. As he arrived, Mr Vardez greeted the media.")
	for k, tok := range r.Doc.Tokens {
		if tok.Text == "Mr" {
			if !namedInFull(r.Doc, L, r.Mentions, Mention{Tok: [2]int{k, k + 2}}) {
				t.Errorf("namedInFull(Mr Vardez) = false after Emilio Vardez")
			}
		}
	}
	for _, ws := range []string{"Lord of the Rings", "Lord Chancellor"} {
		r := extract(t, "It was "+ws+".")
		k := 2
		if got := honorificFirst(L, r.Doc.Tokens[k:k+len(splitWords(ws))]); got {
			t.Errorf("honorificFirst(%q) = true, want false", ws)
		}
	}
}

func splitWords(s string) []string {
	var out []string
	w := ""
	for _, r := range s + " " {
		if r == ' ' {
			if w != "" {
				out = append(out, w)
			}
			w = ""
			continue
		}
		w += string(r)
	}
	return out
}
