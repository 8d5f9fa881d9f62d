// Package outlet knows what an outlet is: a publisher with names (aliases
// and sections such as "- Opinion"), web domains and ratings that users
// supply (lean on a left–right scale, factuality), each with its source,
// date and provenance. It holds the pure parts of outlets: reading names
// and addresses, folding the names and sites that articles carry into
// outlet records, reading and writing rating files, and measuring a set of
// articles' coverage by lean, blindspots included. Nothing here reaches a
// store; package outlets does that.
//
// Parallax makes up no rating: every lean and factuality comes from the
// user's data (an imported file, a command, or fields of the articles'
// input) and says where it came from.
package outlet
