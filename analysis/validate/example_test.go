package validate_test

import (
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/stance-project/stance/analysis/validate"
)

func ExampleCompare() {
	const alignment = `country_a,country_b,period,score,mutual,similarity,n,shared
AAA,BBB,1990,0.9000,0.9000,,2,0
AAA,CCC,1990,0.1000,0.1000,,1,0
BBB,CCC,1990,-0.5000,-0.5000,,3,0
AAA,DDD,1990,0.3000,,0.3000,9,3
AAA,BBB,1991,0.2000,0.2000,,1,0
AAA,CCC,1991,0.4000,0.4000,,1,0
BBB,CCC,1991,0.6000,0.6000,,2,0
AAA,EEE,1991,0.5000,0.5000,,1,0
`
	const agreement = `iso3_a,iso3_b,year,agreement,n
BBB,AAA,1990,0.95,20
AAA,CCC,1990,0.6,20
BBB,CCC,1990,0.2,20
AAA,DDD,1990,0.6,20
AAA,BBB,1991,0.5,30
AAA,CCC,1991,0.5,30
BBB,CCC,1991,0.9,30
`
	align, err := validate.Read(strings.NewReader(alignment), "alignment.csv", validate.AlignmentColumns("score"))
	if err != nil {
		log.Fatal(err)
	}
	agree, err := validate.Read(strings.NewReader(agreement), "agreement.csv", validate.AgreementColumns())
	if err != nil {
		log.Fatal(err)
	}
	res := validate.Compare(align, agree, validate.Options{})
	if err := res.WriteText(os.Stdout); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("rho in 1990: %.6f\n", res.Periods[0].Spearman)
	// Output:
	// alignment: alignment.csv, column score: 8 rows; 7 compared, 1 without a partner
	// agreement: agreement.csv, column agreement: 7 rows; 7 compared, 0 without a partner
	//
	// period   pairs  spearman  pearson
	// overall      7    0.7638   0.9249
	// 1990         4    0.9487   0.9889
	// 1991         3    0.8660   0.8660
	// rho in 1990: 0.948683
}

func ExampleSpearman() {
	// The tied agreements 0.6 share the ranks 2 and 3: both get 2.5.
	alignment := []float64{0.9, 0.1, -0.5, 0.3}
	agreement := []float64{0.95, 0.6, 0.2, 0.6}
	fmt.Println(validate.Ranks(agreement))
	fmt.Printf("rho %.4f, r %.4f\n", validate.Spearman(alignment, agreement), validate.Pearson(alignment, agreement))
	// Output:
	// [4 2.5 1 2.5]
	// rho 0.9487, r 0.9889
}
