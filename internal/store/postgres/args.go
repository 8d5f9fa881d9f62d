package postgres

import "fmt"

// args collects a query's arguments and names each as a placeholder.
type args []any

// add appends v and returns its placeholder ($1, $2, …).
func (a *args) add(v any) string {
	*a = append(*a, v)
	return fmt.Sprintf("$%d", len(*a))
}
