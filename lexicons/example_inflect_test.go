package lexicons_test

import (
	"fmt"

	"github.com/stance-project/stance/lexicons"
)

func ExampleExpand() {
	irr := lexicons.Irregular{"stand": {"stood"}}
	forms, _ := lexicons.Expand("stand/v with", irr)
	fmt.Println(forms)
	forms, _ = lexicons.Expand("ally/n", irr)
	fmt.Println(forms)
	// Output:
	// [stand with standing with stands with stood with]
	// [allies ally]
}
