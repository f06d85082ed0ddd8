package entities

import (
	"math"
	"regexp"
	"strconv"
	"strings"

	"graphbuild/internal/kg"
	"graphbuild/internal/lang"
	"graphbuild/internal/text"
	"graphbuild/schema"
)

// valueRecognizer finds money, percentages and dates: the corpus the tagger
// learns from has no tags for them, and their shape is regular enough for
// rules read from the language's word lists.
type valueRecognizer struct{}

// Values is the recognizer of money, percentages and dates.
func Values() Recognizer { return valueRecognizer{} }

func (valueRecognizer) Name() string { return "values" }

// numberWithUnit splits "11bn", "1.2m", "560m" into number and scale word.
var numberWithUnit = regexp.MustCompile(`^([0-9]+(?:[.,][0-9]+)*)([a-z]+)$`)

// startsDigit reports whether s starts with an ASCII digit, as every match
// of numberWithUnit does: most tokens skip the regexp.
func startsDigit(s string) bool { return s != "" && '0' <= s[0] && s[0] <= '9' }

// ParseNumber reads a number written with ASCII or Arabic-Indic digits,
// thousands separators and a decimal point or Arabic decimal separator.
func ParseNumber(s string) (float64, bool) {
	f := text.Fold(s)
	f = strings.ReplaceAll(f, "٫", ".")
	f = strings.ReplaceAll(f, "٬", "")
	if strings.Count(f, ",") > 0 {
		// 1,000 or 1,000,000: thousands; a lone 1,5 is a European decimal.
		parts := strings.Split(f, ",")
		thousands := true
		for _, p := range parts[1:] {
			if len(p) != 3 {
				thousands = false
			}
		}
		if thousands {
			f = strings.ReplaceAll(f, ",", "")
		} else if len(parts) == 2 {
			f = parts[0] + "." + parts[1]
		}
	}
	v, err := strconv.ParseFloat(f, 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, false
	}
	return v, true
}

func (valueRecognizer) Recognize(d *text.Document) []Mention {
	// Currency and scale words of both languages: English amounts appear
	// in Arabic text ("$11bn") and the reverse is harmless.
	langs := []*lang.Profile{lang.Of(d.Lang)}
	for _, b := range langs[0].Borrow {
		langs = append(langs, lang.Of(b))
	}
	var out []Mention
	for _, s := range d.Sentences {
		if !s.Kind.Extractable() {
			continue
		}
		i := s.FirstToken
		for i < s.EndToken {
			if m, ok := matchValue(d, langs, i, s.EndToken); ok {
				m.Kind = s.Kind
				out = append(out, m)
				i = m.Tok[1]
				continue
			}
			i++
		}
	}
	return out
}

func matchValue(d *text.Document, langs []*lang.Profile, i, end int) (Mention, bool) {
	toks := d.Tokens
	mk := func(first, last int, t schema.Type, v kg.Value, conf float64) Mention {
		sp := text.Span{Start: toks[first].Start, End: toks[last-1].End}
		v.Text = d.Slice(sp)
		return Mention{Span: sp, Text: v.Text, Type: t, Tok: [2]int{first, last}, Source: srcValues, Conf: conf, Value: &v, Entity: -1}
	}
	for _, L := range langs {
		// Currency before the number: $11bn, £1.2 billion, A$2.1bn, US$ 5m.
		if c, ok := L.Currencies.At(toks, i, end, false); ok && c.End < end {
			j := c.End
			if amount, k, ok := readAmount(toks, j, end, L); ok {
				return mk(i, k, schema.Money, kg.Value{Amount: amount, Currency: c.Value.ISO, Kind: "Money"}, 0.95), true
			}
		}
		if toks[i].Class == text.Number || startsDigit(toks[i].Fold) && numberWithUnit.MatchString(toks[i].Fold) {
			amount, k, ok := readAmount(toks, i, end, L)
			if !ok {
				continue
			}
			// Number then currency: "560 مليون دولار", "11 billion dollars".
			if c, ok := L.Currencies.At(toks, k, end, true); ok {
				return mk(i, c.End, schema.Money, kg.Value{Amount: amount, Currency: c.Value.ISO, Kind: "Money"}, 0.95), true
			}
			// Number then percent sign or word.
			if k < end && (toks[k].Text == "%" || toks[k].Text == "٪") {
				return mk(i, k+1, schema.Percent, kg.Value{Amount: amount, Kind: "Percent"}, 0.95), true
			}
			if p, ok := L.Percent.At(toks, k, end, true); ok {
				return mk(i, p.End, schema.Percent, kg.Value{Amount: amount, Kind: "Percent"}, 0.95), true
			}
		}
	}
	// Dates: "11 فبراير 2026", "February 11, 2026", "في يناير".
	if p, n := text.ParseDateToks(toks[i:min(end, i+4)]); n > 0 {
		if langs[0].CasedNames && n == 1 && (lang.HasWritten(langs[0].VerbMonths, toks[i].Text) || len(toks[i].Text) <= 4) {
			return Mention{}, false // the modal verb; "Jan" the name
		}
		if langs[0].CasedNames && !startsUpper(toks[i].Text) && text.MonthNumber(toks[i].Text) > 0 {
			return Mention{}, false
		}
		return mk(i, i+n, schema.Date, kg.Value{Kind: "Date", ISO: p.ISO()}, 0.9), true
	}
	return Mention{}, false
}

// readAmount reads a number and an optional scale word starting at token i:
// "560 مليون", "1.5bn", "11 billion". It returns the amount in units and the
// token after it.
func readAmount(toks []text.Token, i, end int, L *lang.Profile) (float64, int, bool) {
	if i >= end {
		return 0, i, false
	}
	if m := numberWithUnit.FindStringSubmatch(toks[i].Fold); m != nil {
		v, ok := ParseNumber(m[1])
		if !ok {
			return 0, i, false
		}
		if e, ok := L.Scales.Has(m[2]); ok {
			if mult := e.Value.Multiplier; mult > 0 {
				return v * mult, i + 1, true
			}
		}
		return 0, i, false
	}
	if toks[i].Class != text.Number {
		return 0, i, false
	}
	v, ok := ParseNumber(toks[i].Text)
	if !ok {
		return 0, i, false
	}
	k := i + 1
	if s, ok := L.Scales.At(toks, k, end, true); ok {
		if mult := s.Value.Multiplier; mult > 0 {
			v *= mult
			k = s.End
		}
	}
	return v, k, true
}

func startsUpper(s string) bool {
	r := firstRune(s)
	return r >= 'A' && r <= 'Z'
}
