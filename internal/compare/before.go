package compare

// Days are the publication days of a report's articles, by article id
// ("2006-01-02"; an undated article has none).
type Days map[string]string

// Days returns the publication days of r's articles.
func (r *Report) Days() Days {
	d := make(Days, len(r.Articles))
	for _, a := range r.Articles {
		if !a.Published.IsZero() {
			d[a.ID] = a.Published.Time.Format("2006-01-02")
		}
	}
	return d
}

// Before reports whether every article of ids was published on a calendar
// day before the first day an article of f.ReportedBy was: the outlet
// wrote before anyone reported the fact (a piece two days before the press
// conference the others report), so it cannot be said to leave it out.
// Days, not instants: most inputs date an article by its day, and a fact
// reported later the same day may have been known earlier. False when an
// article of ids, or every article reporting f, has no date.
func (d Days) Before(ids []string, f Fact) bool {
	if len(ids) == 0 {
		return false
	}
	first := ""
	for _, id := range f.ReportedBy {
		if day, ok := d[id]; ok && (first == "" || day < first) {
			first = day
		}
	}
	if first == "" {
		return false
	}
	for _, id := range ids {
		day, ok := d[id]
		if !ok || day >= first {
			return false
		}
	}
	return true
}
