package aggregate

import (
	"math"
	"strconv"
	"strings"
	"time"
)

// Smooth sets the Smoothed field of each dyad: the n-weighted mean of the
// means of the same speaker and target over the periods at most window
// periods away (by the calendar of the period p), only for periods with
// data. Empty periods stay absent: nothing is invented for them. A period
// that cannot be placed (undated "", or coarser than p) is left NaN.
// dyads must be sorted as [Accumulator.Dyads] returns them.
func Smooth(dyads []Dyad, p Period, window int) {
	if window <= 0 {
		return
	}
	for start := 0; start < len(dyads); {
		end := start
		for end < len(dyads) && dyads[end].Speaker == dyads[start].Speaker && dyads[end].Target == dyads[start].Target {
			end++
		}
		series := dyads[start:end]
		idx := make([]int, len(series))
		ok := make([]bool, len(series))
		for i, d := range series {
			idx[i], ok[i] = p.Index(d.Period)
		}
		for i := range series {
			if !ok[i] || math.IsNaN(series[i].Mean) {
				continue
			}
			var sw, swx float64
			for j := range series {
				if ok[j] && !math.IsNaN(series[j].Mean) && abs(idx[j]-idx[i]) <= window {
					sw += float64(series[j].N)
					swx += float64(series[j].N) * series[j].Mean
				}
			}
			series[i].Smoothed = swx / sw
		}
		start = end
	}
}

// Index places a period label of p on a line of consecutive integers (a
// day, ISO week, month, quarter or year number), so that neighbouring
// periods differ by 1. It reports false for "" and for labels of another
// precision.
func (p Period) Index(label string) (int, bool) {
	switch p {
	case Year:
		y, err := strconv.Atoi(label)
		return y, err == nil && len(label) == 4
	case Quarter:
		y, q, ok := strings.Cut(label, "-Q")
		yy, err1 := strconv.Atoi(y)
		qq, err2 := strconv.Atoi(q)
		return yy*4 + qq - 1, ok && err1 == nil && err2 == nil
	case Month:
		t, err := time.Parse("2006-01", label)
		return t.Year()*12 + int(t.Month()) - 1, err == nil
	case Week:
		y, w, ok := strings.Cut(label, "-W")
		yy, err1 := strconv.Atoi(y)
		ww, err2 := strconv.Atoi(w)
		if !ok || err1 != nil || err2 != nil {
			return 0, false
		}
		// Monday of ISO week 1 is the Monday on or before January 4.
		jan4 := time.Date(yy, 1, 4, 0, 0, 0, 0, time.UTC)
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
		return int(monday.AddDate(0, 0, 7*(ww-1)).Unix() / (7 * 86400)), true
	case Day:
		t, err := time.Parse("2006-01-02", label)
		return int(t.Unix() / 86400), err == nil
	}
	return 0, false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
