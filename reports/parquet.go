package reports

import (
	"fmt"
	"io"
	"math"
	"reflect"
	"strconv"
	"strings"

	"github.com/parquet-go/parquet-go"
)

// defaultRowGroupRows is the default number of rows in a Parquet row group.
const defaultRowGroupRows = 65536

// parquetEncoder writes a table as Apache Parquet: the columns of the
// schema in order, String and Date columns as UTF-8 byte arrays, Integer
// as int64, Number as double, compressed with Snappy. A nullable column is
// optional: an empty string and a NaN are written as null. Rows are
// written in row groups of TableOptions.RowGroupRows.
type parquetEncoder struct {
	w     *parquet.GenericWriter[any]
	cols  []Column
	row   parquet.Row
	batch [1]parquet.Row
}

func newParquetEncoder(w io.Writer, schema *TableSchema, opts TableOptions) (*parquetEncoder, error) {
	n := opts.RowGroupRows
	if n <= 0 {
		n = defaultRowGroupRows
	}
	config, err := parquet.NewWriterConfig(parquetSchema(schema), parquet.MaxRowsPerRowGroup(int64(n)), parquet.Compression(&parquet.Snappy))
	if err != nil {
		return nil, err
	}
	// The config is checked above: NewGenericWriter panics on a bad one.
	return &parquetEncoder{w: parquet.NewGenericWriter[any](w, config), cols: schema.Columns, row: make(parquet.Row, 0, len(schema.Columns))}, nil
}

// parquetSchema returns the Parquet schema of a table. The columns are the
// fields of a struct type made for it, which keeps their order (a
// parquet.Group would sort them by name).
func parquetSchema(t *TableSchema) *parquet.Schema {
	fields := make([]reflect.StructField, len(t.Columns))
	for i, c := range t.Columns {
		typ := reflect.TypeFor[string]()
		switch c.Type {
		case Integer:
			typ = reflect.TypeFor[int64]()
		case Number:
			typ = reflect.TypeFor[float64]()
		}
		tag := c.Name
		if c.Nullable {
			tag += ",optional"
		}
		fields[i] = reflect.StructField{Name: "F" + strconv.Itoa(i), Type: typ, Tag: reflect.StructTag(`parquet:"` + tag + `"`)}
	}
	model := reflect.New(reflect.StructOf(fields)).Interface()
	return parquet.NewSchema(t.Name, parquet.SchemaOf(model))
}

func (e *parquetEncoder) write(row []cell) error {
	r := e.row[:0]
	for i, c := range row {
		col := e.cols[i]
		var v parquet.Value
		null := false
		switch col.Type {
		case Integer:
			v = parquet.Int64Value(int64(c.i))
		case Number:
			x := c.x
			if x == 0 {
				x = 0 // no -0
			}
			null = math.IsNaN(x) || math.IsInf(x, 0)
			v = parquet.DoubleValue(x)
		default:
			null = c.s == ""
			v = parquet.ByteArrayValue([]byte(c.s))
		}
		switch {
		case !col.Nullable:
			v = v.Level(0, 0, i)
		case null:
			v = parquet.NullValue().Level(0, 0, i)
		default:
			v = v.Level(0, 1, i)
		}
		r = append(r, v)
	}
	e.row = r
	e.batch[0] = r
	_, err := e.w.WriteRows(e.batch[:])
	return err
}

func (e *parquetEncoder) close() error { return e.w.Close() }

// ParquetReader reads a Parquet table, such as one written by a [Table],
// row by row, each value as text: null as "", a string as it is, an
// integer in decimal, a double in the shortest form that reads back the
// same (strconv 'g'). It reads flat tables (no nested columns).
type ParquetReader struct {
	r     *parquet.GenericReader[any]
	cols  []string
	buf   []parquet.Row
	n, i  int // rows in buf, the next one
	lines int // rows returned
	rec   []string
	err   error
}

// NewParquetReader opens the Parquet file r of size bytes.
func NewParquetReader(r io.ReaderAt, size int64) (*ParquetReader, error) {
	f, err := parquet.OpenFile(r, size)
	if err != nil {
		return nil, err
	}
	pr := &ParquetReader{buf: make([]parquet.Row, 128)}
	if groups := f.RowGroups(); len(groups) > 0 { // none: no row to read
		// The rows of every row group, in the file's own schema.
		pr.r = parquet.NewGenericRowGroupReader[any](parquet.MultiRowGroup(groups...), f.Schema())
	}
	for _, path := range f.Schema().Columns() {
		if len(path) != 1 {
			return nil, fmt.Errorf("nested column %s: want a flat table", strings.Join(path, "."))
		}
		pr.cols = append(pr.cols, path[0])
	}
	return pr, nil
}

// Columns returns the column names, in order.
func (p *ParquetReader) Columns() []string { return p.cols }

// Read returns the next row, or io.EOF after the last one. The slice is
// reused by the next call.
func (p *ParquetReader) Read() ([]string, error) {
	if p.i == p.n {
		if p.err != nil {
			return nil, p.err
		}
		if p.r == nil {
			p.err = io.EOF
			return nil, p.err
		}
		p.n, p.err = p.r.ReadRows(p.buf)
		p.i = 0
		if p.n == 0 {
			if p.err == nil {
				p.err = io.ErrNoProgress
			}
			return nil, p.err
		}
	}
	row := p.buf[p.i]
	p.i++
	p.lines++
	p.rec = p.rec[:0]
	for range p.cols {
		p.rec = append(p.rec, "")
	}
	for _, v := range row {
		if c := v.Column(); c >= 0 && c < len(p.rec) {
			p.rec[c] = valueText(v)
		}
	}
	return p.rec, nil
}

// Close releases the reader's buffers; it does not close the file.
func (p *ParquetReader) Close() error {
	if p.r == nil {
		return nil
	}
	return p.r.Close()
}

// FieldPos returns the position of field in the row last read as the
// same row would have it in the CSV file: the header is line 1, so the
// first row is line 2.
func (p *ParquetReader) FieldPos(field int) (line, column int) { return p.lines + 1, field + 1 }

func valueText(v parquet.Value) string {
	if v.IsNull() {
		return ""
	}
	switch v.Kind() {
	case parquet.ByteArray, parquet.FixedLenByteArray:
		return string(v.ByteArray())
	case parquet.Int32:
		return strconv.FormatInt(int64(v.Int32()), 10)
	case parquet.Int64:
		return strconv.FormatInt(v.Int64(), 10)
	case parquet.Float:
		return strconv.FormatFloat(float64(v.Float()), 'g', -1, 32)
	case parquet.Double:
		return strconv.FormatFloat(v.Double(), 'g', -1, 64)
	case parquet.Boolean:
		return strconv.FormatBool(v.Boolean())
	}
	return v.String()
}
