package query

import (
	"encoding/json"
	"io"
	"slices"
	"strings"
)

// OutputFormats are the --format values of the listing commands: an
// aligned table for people, JSON (one array), NDJSON (one object a line)
// and TSV (a header line, then tab-separated rows) for scripts.
var OutputFormats = []string{"table", "json", "ndjson", "tsv"}

// CheckOutputFormat returns a usage error for an unknown --format.
func CheckOutputFormat(f string) error {
	if !slices.Contains(OutputFormats, f) {
		return errorf(ErrUsage, "unknown format %q; choose one of %s", f, strings.Join(OutputFormats, ", "))
	}
	return nil
}

// writeList writes records in format. Table and TSV show the header and
// one row a record; JSON and NDJSON the records themselves. When there is
// no record, JSON still writes [], and the error is ErrNoMatch with the
// message none.
func writeList[T any](w io.Writer, format string, header []string, recs []T, row func(T) []string, none string) error {
	if err := CheckOutputFormat(format); err != nil {
		return err
	}
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if recs == nil {
			recs = []T{}
		}
		if err := enc.Encode(recs); err != nil {
			return err
		}
	case "ndjson":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, r := range recs {
			if err := enc.Encode(r); err != nil {
				return err
			}
		}
	case "tsv":
		if len(recs) > 0 {
			var b strings.Builder
			h := make([]string, len(header))
			for i, c := range header {
				h[i] = strings.ToLower(c)
			}
			b.WriteString(strings.Join(h, "\t") + "\n")
			for _, r := range recs {
				cells := row(r)
				for i, c := range cells {
					cells[i] = SafeCell(strings.Join(strings.Fields(c), " "))
				}
				b.WriteString(strings.Join(cells, "\t") + "\n")
			}
			if _, err := io.WriteString(w, b.String()); err != nil {
				return err
			}
		}
	default:
		if len(recs) > 0 {
			rows := [][]string{slices.Clone(header)}
			for _, r := range recs {
				rows = append(rows, row(r))
			}
			if err := WriteTable(w, rows); err != nil {
				return err
			}
		}
	}
	if len(recs) == 0 {
		return errorf(ErrNoMatch, "%s", none)
	}
	return nil
}

// writeJSON writes one value as indented JSON.
func writeJSON(w io.Writer, v any, ndjson bool) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if !ndjson {
		enc.SetIndent("", "  ")
	}
	return enc.Encode(v)
}
