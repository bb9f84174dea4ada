// Package segment is the first stage of the analysis: it cuts a text into
// paragraphs (at blank lines), sentences and tokens, and finds the
// quotations of a paragraph. Every piece is a byte span of the text it
// came from, so that later stages and the outputs point back into the
// source.
//
// Limits keep the work of later stages bounded on broken input: a sentence
// is read as at most [MaxSentenceBytes] ([CapSentences], [CapTitle]) and a
// paragraph in pieces of at most [MaxParagraphBytes] ([CapParagraph]).
//
// The package holds no state: every function is safe for concurrent use.
package segment
