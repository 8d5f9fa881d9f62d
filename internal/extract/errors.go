package extract

import "errors"

// Sentinel errors; HTML and Parse wrap them with detail, so test with
// errors.Is.
var (
	// ErrEmpty reports input with no bytes, or only white space.
	ErrEmpty = errors.New("empty input")
	// ErrTooLarge reports input longer than Options.MaxBytes.
	ErrTooLarge = errors.New("input too large")
	// ErrNotHTML reports input that is not an HTML page (binary data, or
	// text without any markup).
	ErrNotHTML = errors.New("not HTML")
	// ErrNoText reports a page where no main text was found.
	ErrNoText = errors.New("no main text found")
)
