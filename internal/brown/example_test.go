package brown_test

import (
	"context"
	"fmt"
	"os"

	"github.com/stance-project/stance/internal/brown"
)

func ExampleCluster() {
	var c brown.Corpus
	for _, line := range []string{
		"we met on monday", "they left on friday", "we met on sunday",
		"they left on monday", "we saw two cats", "they saw three dogs",
		"we saw three cats", "they saw two dogs",
	} {
		c.Add(brown.Words(line, nil))
	}
	res, err := brown.Cluster(context.Background(), &c, brown.Options{Clusters: 6})
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := res.WritePaths(os.Stdout); err != nil {
		fmt.Println(err)
	}
	// Output:
	// 00	they	4
	// 00	we	4
	// 01	cats	2
	// 01	dogs	2
	// 01	monday	2
	// 01	friday	1
	// 01	sunday	1
	// 100	on	4
	// 101	three	2
	// 101	two	2
	// 110	saw	4
	// 111	left	2
	// 111	met	2
}
