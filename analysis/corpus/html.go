package corpus

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// html reads an HTML page: the whole input is one document.
func (rd *reader) html(r io.Reader) error {
	data, err := io.ReadAll(io.LimitReader(r, int64(rd.max)+1))
	if err != nil {
		return err
	}
	if len(data) > rd.max {
		rd.problem(Problem{File: rd.name, Reason: TooLarge, Err: fmt.Errorf("file larger than %d bytes", rd.max)})
		return nil
	}
	if err := rd.ctx.Err(); err != nil {
		return err
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil // readStream reports the empty file
	}
	s, repaired := repair(string(data))
	root, err := html.Parse(strings.NewReader(s))
	if err != nil { // not expected: html.Parse fails only when reading fails
		rd.problem(Problem{File: rd.name, Reason: Malformed, Err: fmt.Errorf("html: %w", err)})
		return nil
	}
	d := parseHTML(root)
	d.ID, d.File, d.Line, d.Repaired = rd.name, rd.name, 1, repaired
	return rd.finish(d)
}

// parseHTML takes an article out of a parsed page.
//
// The text comes from the largest outermost <article>, else <main>, else
// <body>, without script, style, noscript, nav, header, footer, aside,
// form, template, svg and the like, nor elements with a hidden attribute.
// Block elements separate paragraphs ("\n\n"); white space inside a
// paragraph is collapsed to single spaces.
//
// The title is og:title, else the first <h1>, else <title>. The date is the
// first that parses among article:published_time, <meta name="date">
// (pubdate, publishdate, dc.date…), itemprop datePublished,
// <time datetime> and JSON-LD datePublished; when none parses, the first
// one found is kept as RawDate. The URL is <link rel=canonical>, else
// og:url; the source is og:site_name.
func parseHTML(root *html.Node) Document {
	var (
		d                           Document
		ogTitle, h1, title          string
		published, metaDate, itemDt string
		timeDt, ldDate              string
		canonical, ogURL            string
		articles                    []*html.Node
		main, body                  *html.Node
	)
	setOnce := func(dst *string, v string) {
		if *dst == "" {
			*dst = strings.TrimSpace(v)
		}
	}
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.Meta:
			content := attr(n, "content")
			switch strings.ToLower(attr(n, "property")) {
			case "og:title":
				setOnce(&ogTitle, collapse(content))
			case "og:url":
				setOnce(&ogURL, content)
			case "og:site_name":
				setOnce(&d.Source, collapse(content))
			case "article:published_time":
				setOnce(&published, content)
			}
			switch strings.ToLower(attr(n, "name")) {
			case "og:title":
				setOnce(&ogTitle, collapse(content))
			case "date", "pubdate", "publishdate", "dc.date", "dc.date.issued", "dcterms.date":
				setOnce(&metaDate, content)
			}
			if strings.EqualFold(attr(n, "itemprop"), "datePublished") {
				setOnce(&itemDt, content)
			}
		case atom.Link:
			if hasToken(attr(n, "rel"), "canonical") {
				setOnce(&canonical, attr(n, "href"))
			}
		case atom.Time:
			setOnce(&timeDt, attr(n, "datetime"))
		case atom.Script:
			if ldDate == "" && n.FirstChild != nil && strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
				var v any
				if json.Unmarshal([]byte(n.FirstChild.Data), &v) == nil {
					ldDate = strings.TrimSpace(findDatePublished(v, 0))
				}
			}
			return false
		case atom.Title:
			if title == "" {
				title = textOf(n)
			}
			return false
		case atom.H1:
			if h1 == "" && !skipped(n) {
				h1 = strings.ReplaceAll(textOf(n), "\n\n", " ")
			}
		case atom.Article:
			articles = append(articles, n)
			return true
		case atom.Main:
			if main == nil {
				main = n
			}
		case atom.Body:
			if body == nil {
				body = n
			}
		}
		return true
	}, nil)

	for _, v := range []string{ogTitle, h1, title} {
		if v != "" {
			d.Title = v
			break
		}
	}
	for _, v := range []string{canonical, ogURL} {
		if v != "" {
			d.URL = v
			break
		}
	}
	for _, v := range []string{published, metaDate, itemDt, timeDt, ldDate} {
		if v == "" {
			continue
		}
		if d.RawDate == "" {
			d.RawDate = v
		}
		if _, err := ParseDate(v); err == nil {
			d.RawDate = v
			break
		}
	}

	// The text: the largest outermost article, else main, else body.
	for _, a := range articles {
		if inside(a, atom.Article) {
			continue
		}
		if t := textOf(a); len(t) > len(d.Text) {
			d.Text = t
		}
	}
	for _, n := range []*html.Node{main, body, root} {
		if d.Text != "" {
			break
		}
		if n != nil {
			d.Text = textOf(n)
		}
	}
	return d
}

// walk calls visit for n and the nodes below it in document order, going
// into the children of a node only when visit returns true, and then
// calls leave (if not nil) for each visited node after its children. It
// does not recurse, so that deep nesting cannot exhaust the stack.
func walk(n *html.Node, visit func(*html.Node) bool, leave func(*html.Node)) {
	root := n
	for {
		if visit(n) && n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		for {
			if leave != nil {
				leave(n)
			}
			if n == root {
				return
			}
			if n.NextSibling != nil {
				n = n.NextSibling
				break
			}
			n = n.Parent
		}
	}
}

// dropped lists the elements whose content is not article text.
func dropped(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Nav, atom.Header,
		atom.Footer, atom.Aside, atom.Form, atom.Template, atom.Svg,
		atom.Math, atom.Iframe, atom.Object, atom.Embed, atom.Canvas,
		atom.Button, atom.Select, atom.Textarea, atom.Head, atom.Title:
		return true
	}
	return false
}

// block lists the elements that separate paragraphs.
func block(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5,
		atom.H6, atom.Li, atom.Ul, atom.Ol, atom.Dl, atom.Dt, atom.Dd,
		atom.Br, atom.Hr, atom.Section, atom.Article, atom.Main,
		atom.Blockquote, atom.Pre, atom.Table, atom.Tr, atom.Caption,
		atom.Figure, atom.Figcaption, atom.Address, atom.Details,
		atom.Summary, atom.Body, atom.Center, atom.Fieldset, atom.Legend:
		return true
	}
	return false
}

// skipped reports whether an element's content is left out of the text.
func skipped(n *html.Node) bool {
	if dropped(n.DataAtom) {
		return true
	}
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == "hidden" {
			return true
		}
	}
	return false
}

// textOf returns the text under n: paragraphs separated by "\n\n", white
// space collapsed inside them.
func textOf(n *html.Node) string {
	var t textBuilder
	walk(n, func(c *html.Node) bool {
		switch c.Type {
		case html.TextNode:
			t.add(c.Data)
		case html.ElementNode:
			if c != n && skipped(c) {
				return false
			}
			switch {
			case block(c.DataAtom):
				t.paragraph()
			case c.DataAtom == atom.Td || c.DataAtom == atom.Th:
				t.space = true
			}
		}
		return true
	}, func(c *html.Node) {
		if c.Type == html.ElementNode {
			switch {
			case block(c.DataAtom):
				t.paragraph()
			case c.DataAtom == atom.Td || c.DataAtom == atom.Th:
				t.space = true
			}
		}
	})
	t.paragraph()
	return t.out.String()
}

// textBuilder collects paragraphs of collapsed text.
type textBuilder struct {
	out, par strings.Builder
	space    bool // white space is pending in par
}

func (t *textBuilder) add(s string) {
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u200b' {
			t.space = true
			continue
		}
		if t.space && t.par.Len() > 0 {
			t.par.WriteByte(' ')
		}
		t.space = false
		t.par.WriteRune(r)
	}
}

func (t *textBuilder) paragraph() {
	if t.par.Len() > 0 {
		if t.out.Len() > 0 {
			t.out.WriteString("\n\n")
		}
		t.out.WriteString(t.par.String())
		t.par.Reset()
	}
	t.space = false
}

// collapse trims s and collapses its white space to single spaces.
func collapse(s string) string {
	var t textBuilder
	t.add(s)
	return t.par.String()
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val
		}
	}
	return ""
}

// hasToken reports whether the space-separated list holds tok (any case).
func hasToken(list, tok string) bool {
	for f := range strings.FieldsSeq(list) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

// inside reports whether n has an ancestor element a.
func inside(n *html.Node, a atom.Atom) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && p.DataAtom == a {
			return true
		}
	}
	return false
}

// findDatePublished looks for datePublished in JSON-LD: an object, an array
// of objects, or an object with an @graph, a few levels deep at most.
func findDatePublished(v any, depth int) string {
	if depth > 4 {
		return ""
	}
	switch v := v.(type) {
	case map[string]any:
		if s, ok := v["datePublished"].(string); ok && utf8.ValidString(s) && strings.TrimSpace(s) != "" {
			return s
		}
		if g, ok := v["@graph"]; ok {
			return findDatePublished(g, depth+1)
		}
	case []any:
		for _, e := range v {
			if s := findDatePublished(e, depth+1); s != "" {
				return s
			}
		}
	}
	return ""
}
