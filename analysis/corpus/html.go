package corpus

import (
	"bytes"
	"cmp"
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
	var d Document
	if root, err := html.Parse(strings.NewReader(s)); err == nil {
		d = parseHTML(root)
	} else {
		// html.Parse gives up on elements nested more than 512 deep (as
		// on a page that never closes its divs): read the tokens instead.
		d = scanHTML(s)
	}
	d.ID, d.File, d.Line, d.Repaired = rd.name, rd.name, 1, repaired
	return rd.finish(d)
}

// page collects what a page says about its article, besides the text.
type page struct {
	ogTitle, h1, title          string
	published, metaDate, itemDt string
	timeDt, ldDate              string
	canonical, ogURL, siteName  string
}

func setOnce(dst *string, v string) {
	if *dst == "" {
		*dst = strings.TrimSpace(v)
	}
}

// element notes what a meta, link or time element says.
func (p *page) element(a atom.Atom, attrs []html.Attribute) {
	switch a {
	case atom.Meta:
		content := attrOf(attrs, "content")
		switch strings.ToLower(attrOf(attrs, "property")) {
		case "og:title":
			setOnce(&p.ogTitle, collapse(content))
		case "og:url":
			setOnce(&p.ogURL, content)
		case "og:site_name":
			setOnce(&p.siteName, collapse(content))
		case "article:published_time":
			setOnce(&p.published, content)
		}
		switch strings.ToLower(attrOf(attrs, "name")) {
		case "og:title":
			setOnce(&p.ogTitle, collapse(content))
		case "date", "pubdate", "publishdate", "dc.date", "dc.date.issued", "dcterms.date":
			setOnce(&p.metaDate, content)
		}
		if strings.EqualFold(attrOf(attrs, "itemprop"), "datePublished") {
			setOnce(&p.itemDt, content)
		}
	case atom.Link:
		if hasToken(attrOf(attrs, "rel"), "canonical") {
			setOnce(&p.canonical, attrOf(attrs, "href"))
		}
	case atom.Time:
		setOnce(&p.timeDt, attrOf(attrs, "datetime"))
	}
}

// script notes the datePublished of a JSON-LD script.
func (p *page) script(attrs []html.Attribute, content string) {
	if p.ldDate != "" || !strings.EqualFold(strings.TrimSpace(attrOf(attrs, "type")), "application/ld+json") {
		return
	}
	var v any
	if json.Unmarshal([]byte(content), &v) == nil {
		p.ldDate = strings.TrimSpace(findDatePublished(v, 0))
	}
}

// document makes the document of the page with the given text.
func (p *page) document(text string) Document {
	d := Document{Text: text, Source: p.siteName}
	d.Title = cmp.Or(p.ogTitle, p.h1, p.title)
	d.URL = cmp.Or(p.canonical, p.ogURL)
	for _, v := range []string{p.published, p.metaDate, p.itemDt, p.timeDt, p.ldDate} {
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
	return d
}

// parseHTML takes an article out of a parsed page.
//
// The text comes from the largest outermost <article>, else <main>, else
// <body>, without script, style, noscript, nav, header, footer, aside,
// form, template, svg and the like, nor elements with a hidden attribute.
// Block elements separate paragraphs ("\n\n"); white space inside a
// paragraph is collapsed to single spaces.
//
// The title is og:title, else the first <h1> of the article (or, if it has
// none, of the page), else <title>. The date is the
// first that parses among article:published_time, <meta name="date">
// (pubdate, publishdate, dc.date…), itemprop datePublished,
// <time datetime> and JSON-LD datePublished; when none parses, the first
// one found is kept as RawDate. The URL is <link rel=canonical>, else
// og:url; the source is og:site_name.
func parseHTML(root *html.Node) Document {
	var (
		p          page
		articles   []*html.Node // the outermost ones
		inArticle  int
		main, body *html.Node
	)
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.Meta, atom.Link, atom.Time:
			p.element(n.DataAtom, n.Attr)
		case atom.Script:
			if n.FirstChild != nil {
				p.script(n.Attr, n.FirstChild.Data)
			}
			return false
		case atom.Title:
			if p.title == "" {
				p.title = textOf(n)
			}
			return false
		case atom.H1:
			if p.h1 == "" && !skipped(n) {
				p.h1 = strings.ReplaceAll(textOf(n), "\n\n", " ")
			}
			return false // no h1 inside an h1
		case atom.Article:
			if inArticle == 0 {
				articles = append(articles, n)
			}
			inArticle++
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
	}, func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Article {
			inArticle--
		}
	})

	// The text: the largest outermost article, else main, else body.
	text, from := "", root
	for _, a := range articles {
		if t := textOf(a); len(t) > len(text) {
			text, from = t, a
		}
	}
	for _, n := range []*html.Node{main, body, root} {
		if text == "" && n != nil {
			text, from = textOf(n), n
		}
	}
	// The article's own heading is a better title than a site banner.
	if h1 := firstH1(from); h1 != "" {
		p.h1 = h1
	}
	return p.document(text)
}

// firstH1 returns the text of the first <h1> under n, or "".
func firstH1(n *html.Node) string {
	h1 := ""
	walk(n, func(c *html.Node) bool {
		if h1 != "" || c.Type != html.ElementNode || c != n && dropped(c.DataAtom) && c.DataAtom != atom.Header {
			return false
		}
		if c.DataAtom == atom.H1 && !skipped(c) {
			h1 = strings.ReplaceAll(textOf(c), "\n\n", " ")
			return false
		}
		return true
	}, nil)
	return h1
}

// scanHTML takes an article out of a page that html.Parse rejects, from
// its tokens: the same fields as parseHTML, with the text of the whole
// page (less the dropped elements) since there is no tree to pick an
// article from.
func scanHTML(s string) Document {
	var (
		p     page
		t     textBuilder
		skip  int    // depth inside dropped elements
		inTag string // "title", "h1" or "script" while inside one
		acc   strings.Builder
		attrs []html.Attribute
	)
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		tok := z.Token()
		switch tt {
		case html.TextToken:
			if inTag != "" {
				acc.WriteString(tok.Data)
			}
			if skip == 0 {
				t.add(tok.Data)
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			p.element(tok.DataAtom, tok.Attr)
			switch tok.DataAtom {
			case atom.Title, atom.H1, atom.Script:
				if inTag == "" && tt == html.StartTagToken {
					inTag, attrs = tok.Data, tok.Attr
					acc.Reset()
				}
			}
			switch {
			case tt == html.SelfClosingTagToken:
			case scanDropped(tok.DataAtom):
				skip++
			case block(tok.DataAtom):
				t.paragraph()
			}
		case html.EndTagToken:
			if tok.Data == inTag {
				switch tok.DataAtom {
				case atom.Title:
					setOnce(&p.title, collapse(acc.String()))
				case atom.H1:
					setOnce(&p.h1, collapse(acc.String()))
				case atom.Script:
					p.script(attrs, acc.String())
				}
				inTag = ""
			}
			switch {
			case scanDropped(tok.DataAtom):
				skip = max(skip-1, 0)
			case block(tok.DataAtom):
				t.paragraph()
			}
		}
	}
	t.paragraph()
	return p.document(t.out.String())
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

// scanDropped lists the dropped elements that scanHTML skips: not <head>,
// whose end tag is often left out, nor the void <embed>, which has none.
func scanDropped(a atom.Atom) bool {
	return dropped(a) && a != atom.Head && a != atom.Embed
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
	return hasAttr(n.Attr, "hidden")
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

func attrOf(attrs []html.Attribute, key string) string {
	for _, a := range attrs {
		if a.Namespace == "" && a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(attrs []html.Attribute, key string) bool {
	for _, a := range attrs {
		if a.Namespace == "" && a.Key == key {
			return true
		}
	}
	return false
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
