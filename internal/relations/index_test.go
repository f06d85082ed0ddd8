package relations

import (
	"fmt"
	"strings"
	"testing"

	"graphbuild/internal/lang"
)

// TestReliabilityIndexesAgreeWithScans: the indexed lookups that keep the
// rules linear (index.go) answer exactly as the scans they replace.
func TestReliabilityIndexesAgreeWithScans(t *testing.T) {
	var b strings.Builder
	orgs := []string{"Orbital Compute", "Vantage Robotics", "Kestrel Vision", "Reuters"}
	for i := 0; i < 60; i++ {
		fmt.Fprintf(&b, "%s hired Ana Ribeiro %d, the company said. Its chief executive Omar Haddad told Reuters that %s would grow. ",
			orgs[i%len(orgs)], i, orgs[(i*7)%len(orgs)])
		if i%5 == 0 {
			b.WriteString("\n\n")
		}
	}
	r, _ := extract(t, b.String())
	c := &Context{R: r, Doc: r.Doc, L: lang.Of(r.Doc.Lang)}
	if len(r.Mentions) < 100 {
		t.Fatalf("only %d mentions", len(r.Mentions))
	}
	for tok := 0; tok <= len(r.Doc.Tokens); tok++ {
		if got, want := c.topicOrganization(tok), c.topicOrganizationScan(tok); got != want {
			t.Fatalf("topicOrganization(%d) = %d, the scan says %d", tok, got, want)
		}
		want := -1
		for i, m := range r.Mentions {
			if m.Tok[0] == tok {
				want = i
				break
			}
		}
		if got := c.mentionStarting(tok); got != want {
			t.Fatalf("mentionStarting(%d) = %d, want %d", tok, got, want)
		}
		for _, start := range []int{0, max(0, tok-3), max(0, tok-40)} {
			want := -1
			for i, m := range r.Mentions {
				if m.Tok[1] <= tok && m.Tok[0] >= start && (want < 0 || m.Tok[0] > r.Mentions[want].Tok[0]) {
					want = i
				}
			}
			if got := c.prevMention(tok, start); got != want {
				t.Fatalf("prevMention(%d, %d) = %d, want %d", tok, start, got, want)
			}
		}
	}
}
