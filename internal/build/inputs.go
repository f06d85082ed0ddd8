package build

import (
	"errors"
)

// failures turns the error of one input into the failures a build reports:
// one per bad line of a JSON lines file (text.LineErrors), else one.
func failures(input string, err error) []Failure {
	var multi interface{ Unwrap() []error }
	if errors.As(err, &multi) {
		var out []Failure
		for _, e := range multi.Unwrap() {
			out = append(out, Failure{input, e})
		}
		return out
	}
	return []Failure{{input, err}}
}
