package eventeval

import (
	"cmp"
	"context"
	"fmt"
	"slices"
)

// Join is the clusterer's stored decision for one article
// (`story_articles`): the event it sits in, the score and parts of its
// decision, whether it started an event, and its place in the order of
// decisions.
type Join struct {
	Event string
	Score float64
	New   bool
	Parts string
	Seq   int64
}

// ReadJoins reads the stored decision of every grouped article of the
// Parallax SQLite database at path, by system id, read-only.
func ReadJoins(ctx context.Context, path string) (map[string]Join, error) {
	db, err := openRO(path)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	rows, err := db.QueryContext(ctx, `SELECT article_id, story_id, score, new, parts, seq FROM story_articles`)
	if err != nil {
		return nil, fmt.Errorf("read joins of %s: %w", path, err)
	}
	defer rows.Close()
	out := map[string]Join{}
	for rows.Next() {
		var id string
		var j Join
		if err := rows.Scan(&id, &j.Event, &j.Score, &j.New, &j.Parts, &j.Seq); err != nil {
			return nil, fmt.Errorf("read joins of %s: %w", path, err)
		}
		out[id] = j
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read joins of %s: %w", path, err)
	}
	return out, nil
}

// Members returns each event's articles by system id, in the order of
// the clusterer's decisions (Join.Seq).
func Members(joins map[string]Join) map[string][]string {
	members := map[string][]string{}
	for id, j := range joins {
		members[j.Event] = append(members[j.Event], id)
	}
	for _, ids := range members {
		slices.SortFunc(ids, func(x, y string) int { return cmp.Compare(joins[x].Seq, joins[y].Seq) })
	}
	return members
}

// JoinPeers returns the later of articles a and b in the order of
// decisions and the members of its event it was compared with when it
// joined (the join-time view): the event's first member and the n that
// joined last before it. ok is false when either article has no
// decision or the later one started its event.
func JoinPeers(a, b string, joins map[string]Join, members map[string][]string, n int) (later string, peers []string, ok bool) {
	ja, oka := joins[a]
	jb, okb := joins[b]
	if !oka || !okb {
		return "", nil, false
	}
	later, lj := b, jb
	if ja.Seq > jb.Seq {
		later, lj = a, ja
	}
	var before []string
	for _, id := range members[lj.Event] {
		if joins[id].Seq < lj.Seq {
			before = append(before, id)
		}
	}
	if len(before) == 0 {
		return "", nil, false
	}
	return later, append([]string{before[0]}, before[max(1, len(before)-n):]...), true
}
