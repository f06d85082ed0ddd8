package query

import (
	"io"
	"slices"
	"strings"

	"github.com/jedib0t/go-pretty/v6/table"
	"github.com/jedib0t/go-pretty/v6/text"
)

// Terminal is a writer that shows its output in a terminal Width columns
// wide: tables written to it are fitted to that width. Tables written to
// any other writer are as wide as their widest cells.
type Terminal struct {
	io.Writer
	Width int
}

// widthOf is the width w shows tables in, 0 when unlimited.
func widthOf(w io.Writer) int {
	if t, ok := w.(*Terminal); ok {
		return t.Width
	}
	return 0
}

// The layout of tables.
const (
	colGap = 2 // spaces between columns
	// minWrapped is the narrowest a wrapped column (a quote, a sentence) gets
	// before the other columns are cut.
	minWrapped = 24
	// minCut is the narrowest a cut column gets; narrower than that the
	// table turns into records, one field a line.
	minCut = 8
)

// wrappedColumns are the columns of running text: wrapped over several
// lines, never cut. The other columns are cut with … when the table does
// not fit.
var wrappedColumns = []string{"QUOTE", "EVIDENCE"}

// keptColumns are never cut: ids, dates and numbers a reader copies.
var keptColumns = []string{"DOCUMENT", "ID", "PUBLISHED", "CONFIDENCE", "DEPTH", "LANG", "DOCS"}

// WriteTable writes rows (the first one the header) as columns separated
// by two spaces and padded to the widest cell as a terminal shows it
// (combining marks take no room, wide East Asian letters two). Newlines and
// tabs in a cell become spaces; lines have no trailing spaces. On a
// Terminal, the table is fitted to its width: the quote or evidence column
// is wrapped, the widest other columns are cut with …, and when even that
// does not fit, each row is written as a record, one field a line.
func WriteTable(w io.Writer, rows [][]string) error {
	_, err := io.WriteString(w, renderTable(rows, widthOf(w)))
	return err
}

func renderTable(rows [][]string, width int) string {
	if len(rows) == 0 {
		return ""
	}
	ncol := 0
	for _, r := range rows {
		for i, c := range r {
			r[i] = strings.Join(strings.Fields(c), " ")
		}
		ncol = max(ncol, len(r))
	}
	if width > 0 {
		rows, ncol = dropEmptyColumns(rows, ncol)
	}
	limits, ok := fit(rows, ncol, width)
	if !ok {
		return renderRecords(rows, width)
	}
	tw := table.NewWriter()
	tw.SetStyle(plainStyle())
	tw.AppendHeader(toRow(rows[0]))
	for _, r := range rows[1:] {
		tw.AppendRow(toRow(r))
	}
	var cfgs []table.ColumnConfig
	for i := range ncol {
		cfg := table.ColumnConfig{Number: i + 1}
		if limits != nil {
			cfg.WidthMax = limits[i]
			cfg.WidthMaxEnforcer = cut
			if i < len(rows[0]) && slices.Contains(wrappedColumns, rows[0][i]) {
				cfg.WidthMaxEnforcer = text.WrapSoft
			}
		}
		cfgs = append(cfgs, cfg)
	}
	tw.SetColumnConfigs(cfgs)
	return trimLines(tw.Render())
}

// dropEmptyColumns leaves out the columns no row has a value in: on a
// terminal, their headers would take room from the others.
func dropEmptyColumns(rows [][]string, ncol int) ([][]string, int) {
	var keep []int
	for i := range ncol {
		for _, r := range rows[1:] {
			if i < len(r) && r[i] != "" {
				keep = append(keep, i)
				break
			}
		}
	}
	if len(keep) == ncol || len(keep) == 0 {
		return rows, ncol
	}
	out := make([][]string, len(rows))
	for k, r := range rows {
		for _, i := range keep {
			c := ""
			if i < len(r) {
				c = r[i]
			}
			out[k] = append(out[k], c)
		}
	}
	return out, len(keep)
}

// fit returns the widest each column may be for the table to fit width
// (nil: no limit), or false when it cannot fit.
func fit(rows [][]string, ncol, width int) ([]int, bool) {
	natural := make([]int, ncol)
	for _, r := range rows {
		for i, c := range r {
			natural[i] = max(natural[i], text.StringWidthWithoutEscSequences(c))
		}
	}
	avail := width - colGap*(ncol-1)
	total := 0
	for _, n := range natural {
		total += n
	}
	if width <= 0 || total <= avail {
		return nil, true
	}
	limits := slices.Clone(natural)
	floor := make([]int, ncol)
	wrapped := make([]bool, ncol)
	for i := range ncol {
		head := 0
		if i < len(rows[0]) {
			head = text.StringWidthWithoutEscSequences(rows[0][i])
			wrapped[i] = slices.Contains(wrappedColumns, rows[0][i])
		}
		switch {
		case wrapped[i]:
			floor[i] = min(natural[i], minWrapped)
		case i < len(rows[0]) && slices.Contains(keptColumns, rows[0][i]):
			floor[i] = natural[i]
		default:
			floor[i] = min(natural[i], max(head, minCut))
		}
	}
	for total > avail {
		// Wrap the running text first, down to its floor; then cut the
		// widest other column, a little at a time.
		pick := -1
		for i := range ncol {
			if wrapped[i] && limits[i] > floor[i] {
				pick = i
				break
			}
		}
		if pick < 0 {
			for i := range ncol {
				if !wrapped[i] && limits[i] > floor[i] && (pick < 0 || limits[i] > limits[pick]) {
					pick = i
				}
			}
		}
		if pick < 0 {
			return nil, false
		}
		step := total - avail
		if !wrapped[pick] {
			// Cut the widest column down to the next widest at most, so
			// the cuts spread over the wide columns.
			next := 0
			for i := range ncol {
				if i != pick && !wrapped[i] && limits[i] < limits[pick] {
					next = max(next, limits[i])
				}
			}
			step = min(step, max(limits[pick]-next, 1))
		}
		n := min(step, limits[pick]-floor[pick])
		limits[pick] -= n
		total -= n
	}
	return limits, true
}

// renderRecords writes each row as a record: the header's names down the
// left, the values wrapped to the width, a blank line between records.
func renderRecords(rows [][]string, width int) string {
	names := rows[0]
	label := 0
	for _, n := range names {
		label = max(label, text.StringWidthWithoutEscSequences(n))
	}
	valueWidth := max(width-label-colGap, minCut)
	var b strings.Builder
	for k, r := range rows[1:] {
		if k > 0 {
			b.WriteByte('\n')
		}
		tw := table.NewWriter()
		tw.SetStyle(plainStyle())
		for i, c := range r {
			if c == "" {
				continue
			}
			name := ""
			if i < len(names) {
				name = names[i]
			}
			tw.AppendRow(table.Row{name, c})
		}
		tw.SetColumnConfigs([]table.ColumnConfig{
			{Number: 1, WidthMin: label},
			{Number: 2, WidthMax: valueWidth, WidthMaxEnforcer: text.WrapSoft},
		})
		b.WriteString(trimLines(tw.Render()))
	}
	return b.String()
}

// cut shortens s to width columns, ending it with … when it was longer.
func cut(s string, width int) string {
	return text.Snip(s, width, "…")
}

// plainStyle draws no lines: columns separated by two spaces, as ls and
// ps do.
func plainStyle() table.Style {
	st := table.StyleDefault
	st.Box.PaddingLeft = ""
	st.Box.PaddingRight = strings.Repeat(" ", colGap)
	st.Format.Header = text.FormatDefault
	st.Format.HeaderAlign = text.AlignLeft
	st.Options = table.Options{}
	return st
}

func toRow(cells []string) table.Row {
	r := make(table.Row, len(cells))
	for i, c := range cells {
		r[i] = c
	}
	return r
}

// trimLines drops trailing spaces and ends every line with a newline.
func trimLines(s string) string {
	if s == "" {
		return ""
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n") + "\n"
}
