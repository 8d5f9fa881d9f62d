package story

// NonReportKinds is the set of headline kinds measured as non-reports for
// Config.NonReport: questions, first-person pieces, opinion and
// explainers (a bit 1<<kind for each).
const NonReportKinds = 1<<Question | 1<<FirstPerson | 1<<Opinion | 1<<Explainer

// nonReport reports whether h is a kind of headline that Config.NonReport
// names.
func (cfg *Config) nonReport(h Headline) bool {
	return h < 64 && cfg.NonReport&(1<<h) != 0
}

// onlyNonReports reports whether e has members and every one of them is
// a non-report (see Config.NonReport).
func (c *Clusterer) onlyNonReports(e *event) bool {
	for _, m := range e.members {
		if !c.cfg.nonReport(m.headline) {
			return false
		}
	}
	return len(e.members) > 0
}

// nonReportMargin is what the article p, scored r against e, needs above
// the threshold to join e (see Config.NonReportMargin): the margin when p
// is a non-report or every member of e is one, unless p's title or lead
// is at least NonReportHead similar to e's; else 0.
func (c *Clusterer) nonReportMargin(p *prepared, e *event, r *scored) float64 {
	if c.cfg.NonReportMargin <= 0 {
		return 0
	}
	if !c.cfg.nonReport(p.headline) && !c.onlyNonReports(e) {
		return 0
	}
	if c.cfg.NonReportHead > 0 && max(r.parts[kindLead], r.parts[kindTitle]) >= c.cfg.NonReportHead {
		return 0
	}
	return c.cfg.NonReportMargin
}
