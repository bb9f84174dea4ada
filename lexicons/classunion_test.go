package lexicons

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestNoWordClassUnion: a WordClass is a typed id, not a bit, so
// "WordDeny|WordAnswer" compiles but names some third class. No Go file
// of the module may join word classes with "|" (list them:
// ClassesOf(WordDeny, WordAnswer), Is(w, WordDeny, WordAnswer)).
func TestNoWordClassUnion(t *testing.T) {
	class := regexp.MustCompile(`^Word[A-Z]`)
	isClass := func(e ast.Expr) bool {
		switch x := e.(type) {
		case *ast.Ident:
			return class.MatchString(x.Name)
		case *ast.SelectorExpr:
			return class.MatchString(x.Sel.Name)
		}
		return false
	}
	fset := token.NewFileSet()
	files := 0
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".") && d.Name() != "..") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		files++
		ast.Inspect(f, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.BinaryExpr:
				if (x.Op == token.OR || x.Op == token.AND || x.Op == token.AND_NOT) && (isClass(x.X) || isClass(x.Y)) {
					t.Errorf("%s: word classes joined with %s", fset.Position(x.OpPos), x.Op)
				}
			case *ast.AssignStmt:
				if (x.Tok == token.OR_ASSIGN || x.Tok == token.AND_ASSIGN) && len(x.Rhs) == 1 && isClass(x.Rhs[0]) {
					t.Errorf("%s: word class joined with %s", fset.Position(x.TokPos), x.Tok)
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files < 100 {
		t.Fatalf("read %d Go files, want the module's (more than 100)", files)
	}
}
