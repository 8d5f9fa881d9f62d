// Package paging checks the limit and offset of a listing. Every command
// and every API endpoint and page that takes a limit or an offset checks
// it here, so that they all accept the same values and refuse the others
// with the same words.
package paging

import (
	"fmt"
	"strconv"
	"strings"
)

// MaxOffset is the largest offset any listing accepts.
const MaxOffset = 1 << 30

// Rule says which limits a listing accepts.
type Rule struct {
	// All lets a limit of 0 mean "no limit".
	All bool
	// Max is the largest limit; 0 means no upper bound.
	Max int
}

// Error is a limit or offset that a listing refuses. Its message names the
// parameter as the caller spelled it ("--limit", "limit") and what it
// wants.
type Error struct {
	Name  string
	Value string
	Want  string
}

func (e *Error) Error() string {
	return fmt.Sprintf("%s: want %s, not %s", e.Name, e.Want, e.Value)
}

// want describes the limits r accepts.
func (r Rule) want() string {
	switch {
	case r.All && r.Max > 0:
		return fmt.Sprintf("0 (all) or a whole number from 1 to %d", r.Max)
	case r.All:
		return "0 (all) or a positive whole number"
	case r.Max > 0:
		return fmt.Sprintf("a whole number from 1 to %d", r.Max)
	default:
		return "a positive whole number"
	}
}

// Limit checks n as the limit called name under rule r.
func Limit(name string, n int, r Rule) error {
	if n < 0 || (n == 0 && !r.All) || (r.Max > 0 && n > r.Max) {
		return &Error{Name: name, Value: strconv.Itoa(n), Want: r.want()}
	}
	return nil
}

// Offset checks n as the offset called name: from 0 to MaxOffset.
func Offset(name string, n int) error {
	if n < 0 || n > MaxOffset {
		return &Error{Name: name, Value: strconv.Itoa(n), Want: offsetWant}
	}
	return nil
}

var offsetWant = fmt.Sprintf("a whole number from 0 to %d", MaxOffset)

// ParseLimit reads the limit called name from text (a query parameter):
// "" gives def, anything else must be a whole number that Limit accepts.
func ParseLimit(name, s string, def int, r Rule) (int, error) {
	if s == "" {
		return def, nil
	}
	n, err := parseInt(s)
	if err != nil {
		return 0, &Error{Name: name, Value: strconv.Quote(s), Want: r.want()}
	}
	if err := Limit(name, n, r); err != nil {
		return 0, &Error{Name: name, Value: strconv.Quote(s), Want: r.want()}
	}
	return n, nil
}

// ParseOffset reads the offset called name from text: "" gives 0,
// anything else must be a whole number that Offset accepts.
func ParseOffset(name, s string) (int, error) {
	if s == "" {
		return 0, nil
	}
	n, err := parseInt(s)
	if err != nil || Offset(name, n) != nil {
		return 0, &Error{Name: name, Value: strconv.Quote(s), Want: offsetWant}
	}
	return n, nil
}

// parseInt reads a plain decimal number: digits with an optional sign, no
// spaces, no base prefixes, no underscores.
func parseInt(s string) (int, error) {
	if strings.TrimLeft(s, "+-0123456789") != "" {
		return 0, fmt.Errorf("not a whole number: %q", s)
	}
	return strconv.Atoi(s)
}
