package build

import (
	"errors"
	"fmt"
	"regexp"

	"graphbuild/internal/text"
)

// failures turns the error of one input into the failures a build reports:
// one per bad line of a JSON lines file (text.LineErrors) or per document
// left out (extractUnit), else one.
func failures(input string, err error) []Failure {
	var multi interface{ Unwrap() []error }
	if errors.As(err, &multi) {
		var out []Failure
		for _, e := range multi.Unwrap() {
			out = append(out, failures(input, e)...)
		}
		return out
	}
	return []Failure{{input, err}}
}

// lineLimit names at most text.MaxLineErrors bad lines of one input; the
// rest are counted and said in one line at the end of the build.
type lineLimit struct {
	shown  map[string]int
	hidden map[string]int
	order  []string
}

var lineSuffix = regexp.MustCompile(`^(.*):[0-9]+$`)

// show reports whether the failure is to be named.
func (l *lineLimit) show(f Failure) bool {
	m := lineSuffix.FindStringSubmatch(f.Input)
	if m == nil {
		return true
	}
	if l.shown == nil {
		l.shown, l.hidden = map[string]int{}, map[string]int{}
	}
	in := m[1]
	if l.shown[in] < text.MaxLineErrors {
		l.shown[in]++
		return true
	}
	if l.hidden[in] == 0 {
		l.order = append(l.order, in)
	}
	l.hidden[in]++
	return false
}

// rest is one failure per input whose bad lines were not all named.
func (l *lineLimit) rest() []Failure {
	var out []Failure
	for _, in := range l.order {
		out = append(out, Failure{in, &text.InputError{Input: in,
			Msg: fmt.Sprintf("%d more bad lines not named; fix the lines above and build again", l.hidden[in])}})
	}
	return out
}
