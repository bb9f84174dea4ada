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

// A statement tells that the one it names held an office before: they
// speak for no state, read before the statement is kept and after.
func ExampleMemory_IsFormer() {
	var doc discourse.Record[string]
	ex := &discourse.Person{Name: "Ana Ruiz", Surname: "Ruiz", Country: "PER"}
	u := discourse.Update{Person: ex, IsNew: true, Former: true}

	m := doc.View()
	m.Read(u)
	fmt.Printf("read: %q %v\n", m.CountryOf(ex), m.IsFormer(ex))

	doc.Commit(u)
	m = doc.View()
	fmt.Printf("committed: %q %v\n", m.CountryOf(m.Known("", "Ruiz")), m.IsFormer(ex))
	// Output:
	// read: "" true
	// committed: "" true
}
