// Package docexamples reads the command examples out of a Markdown file's
// code blocks, so the tools' tests can run every example the README shows.
package docexamples

import (
	"bufio"
	"os"
	"strings"
)

// Lines returns the lines of the Markdown file's fenced code blocks that
// start with prefix (a command name such as "graphquery ").
func Lines(path, prefix string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	inCode := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := sc.Text()
		if strings.HasPrefix(l, "```") {
			inCode = !inCode
			continue
		}
		if inCode && strings.HasPrefix(l, prefix) {
			out = append(out, l)
		}
	}
	return out, sc.Err()
}
