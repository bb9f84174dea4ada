package segment

// wireSlugs are the labels news agencies put before a title, joined to
// it by a hyphen: "UPDATE 2-A summons B envoy", "EXCLUSIVE-A plans …",
// "RPT-UPDATE 1-…". They name the kind of the story, never a speaker or a
// country.
var wireSlugs = map[string]bool{"UPDATE": true, "EXCLUSIVE": true, "RPT": true, "REFILE": true, "CORRECTED": true,
	"CORRECTION": true, "WRAPUP": true, "FACTBOX": true, "ANALYSIS": true, "INSIGHT": true, "TIMELINE": true,
	"BREAKINGVIEWS": true, "COLUMN": true, "PREVIEW": true, "GRAPHIC": true, "FOCUS": true, "SPECIAL REPORT": true,
	"EXPLAINER": true, "INTERVIEW": true, "FEATURE": true, "POLL": true, "BUZZ": true, "URGENT": true, "FLASH": true}

// wireSlugEnd returns where the title's words begin after the wire slugs
// that open title[start:] ("UPDATE 2-", "RPT-UPDATE 1-"), or start when
// none does. A slug is one of wireSlugs in capitals, an optional number
// after a space, and a hyphen with a word right after it.
func wireSlugEnd(title string, start int) int {
	end := start
	for i := end; ; {
		j := i
		for j < len(title) && (title[j] >= 'A' && title[j] <= 'Z' || title[j] == ' ' && j+1 < len(title) && title[j+1] >= 'A' && title[j+1] <= 'Z' && j > i) {
			j++
		}
		if j == i || !wireSlugs[title[i:j]] {
			return end
		}
		if j+1 < len(title) && title[j] == ' ' && title[j+1] >= '0' && title[j+1] <= '9' {
			j++
			for j < len(title) && title[j] >= '0' && title[j] <= '9' {
				j++
			}
		}
		if j+1 >= len(title) || title[j] != '-' || title[j+1] == ' ' || title[j+1] == '-' {
			return end
		}
		i = j + 1
		end = i
	}
}
