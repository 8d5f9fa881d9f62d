package export

import (
	"fmt"
	"io"
	"reflect"
	"time"

	"github.com/parquet-go/parquet-go"
)

// orderedGroup is a Parquet group whose fields keep the table's column
// order (parquet.Group sorts them by name).
type orderedGroup struct {
	parquet.Group
	fields []parquet.Field
}

func (g *orderedGroup) Fields() []parquet.Field { return g.fields }

func (g *orderedGroup) String() string { return fmt.Sprint(g.Group) }

func (g *orderedGroup) GoType() reflect.Type { return reflect.TypeOf(map[string]any{}) }

type orderedField struct {
	parquet.Node
	name string
}

func (f *orderedField) Name() string { return f.name }

func (f *orderedField) Value(base reflect.Value) reflect.Value {
	if base.Kind() == reflect.Interface {
		if base.IsNil() {
			return reflect.ValueOf(nil)
		}
		base = base.Elem()
	}
	return base.MapIndex(reflect.ValueOf(f.name))
}

// parquetNode is the Parquet type of a column: optional scalars (null
// where a row has none), a list of strings for Strings.
func parquetNode(t Type) parquet.Node {
	switch t {
	case Int:
		return parquet.Optional(parquet.Int(64))
	case Float:
		return parquet.Optional(parquet.Leaf(parquet.DoubleType))
	case Bool:
		return parquet.Optional(parquet.Leaf(parquet.BooleanType))
	case Time:
		return parquet.Optional(parquet.Timestamp(parquet.Millisecond))
	case Strings:
		return parquet.List(parquet.String())
	}
	return parquet.Optional(parquet.String())
}

// parquetWriter writes a Parquet file, Snappy-compressed, a row group
// every opt.RowGroup rows, so that memory holds one row group.
type parquetWriter struct {
	// The untyped Writer takes the table's schema built at run time and
	// rows as maps; its generic successor wants the row's Go type.
	w     *parquet.Writer //lint:ignore SA1019 see above
	cols  []Column
	group int
	n     int
	row   map[string]any
}

func newParquetWriter(w io.Writer, name string, cols []Column, opt Options) (RowWriter, error) {
	g := &orderedGroup{Group: parquet.Group{}}
	for _, c := range cols {
		n := parquetNode(c.Type)
		g.Group[c.Name] = n
		g.fields = append(g.fields, &orderedField{Node: n, name: c.Name})
	}
	schema := parquet.NewSchema(name, g)
	group := opt.RowGroup
	if group <= 0 {
		group = 5000
	}
	pw := parquet.NewWriter(w, schema, parquet.Compression(&parquet.Snappy), parquet.CreatedBy("parallax", "0.1", ""))
	return &parquetWriter{w: pw, cols: cols, group: group, row: make(map[string]any, len(cols))}, nil
}

func (p *parquetWriter) Write(r Row) error {
	if len(r) != len(p.cols) {
		return fmt.Errorf("row of %d values for %d columns", len(r), len(p.cols))
	}
	for i, c := range p.cols {
		v := r[i]
		switch x := v.(type) {
		case time.Time:
			if x.IsZero() {
				v = nil
			}
		case int:
			v = int64(x)
		case nil:
			if c.Type == Strings {
				v = []string{}
			}
		}
		p.row[c.Name] = v
	}
	if err := p.w.Write(p.row); err != nil {
		return err
	}
	if p.n++; p.n%p.group == 0 {
		return p.w.Flush()
	}
	return nil
}

func (p *parquetWriter) Close() error { return p.w.Close() }
