package compare

import "strconv"

// itoa and ftoa format numbers for feature keys and text.
func itoa(i int) string { return strconv.Itoa(i) }

func ftoa(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }

// round rounds x to 4 decimals, for stable JSON.
func round(x float64) float64 {
	return float64(int64(x*1e4+sign(x)*0.5)) / 1e4
}

func sign(x float64) float64 {
	if x < 0 {
		return -1
	}
	return 1
}
