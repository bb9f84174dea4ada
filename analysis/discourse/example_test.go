package discourse_test

import (
	"fmt"

	"github.com/stance-project/stance/analysis/discourse"
)

// A statement names an envoy; a rule reading a later "he" sees the envoy
// only once that statement is committed.
func Example() {
	var doc discourse.Record[string]
	envoy := &discourse.Person{Name: "Ana Ruiz", Surname: "Ruiz"}
	u := discourse.Update{Person: envoy, IsNew: true, Country: "PER"}

	m := doc.View()
	fmt.Println("before:", m.Last == nil)

	// A rule reading after the statement was accepted, not yet kept.
	m.Read(u)
	fmt.Println("read:", m.Last.Name, m.CountryOf(envoy), "committed:", len(doc.People))

	doc.Commit(u) // the statement is kept
	m = doc.View()
	fmt.Println("committed:", m.Known("", "Ruiz").Name, m.Last.Country)
	// Output:
	// before: true
	// read: Ana Ruiz PER committed: 0
	// committed: Ana Ruiz PER
}
