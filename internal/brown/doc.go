// Package brown learns Brown word clusters (Brown et al. 1992,
// "Class-based n-gram models of natural language") from a text collection,
// the way Percy Liang's brown-cluster program (wcluster) does, for use as
// parser features (Koo, Carreras & Collins 2008).
//
// The algorithm keeps a window of C active clusters. Words are taken in
// order of decreasing frequency (ties in byte order of the word): the C
// most frequent words start in clusters of their own; each further word
// enters the window as a new cluster, and the two clusters whose merge
// loses the least average mutual information of the class bigram model
// are merged, so that C clusters remain. When every word has entered, the
// C clusters are merged the same way until one is left; the merges of this
// second stage form a binary tree whose root-to-cluster paths (0 for the
// child formed first, 1 for the other) are the words' bit strings. Liang's
// implementation keeps a table of the loss of every possible merge and
// updates it after each step; so does this one, in O(V·C²) time for V
// words, with updates that skip the terms that a sparse bigram table makes
// zero.
//
// [Words] splits text into normalised words approximating the
// tokenisation of the Universal Dependencies English Web Treebank, so that
// the clusters can be looked up by the words of a parser's input
// ([Normalize] normalises a token that is split already). [Corpus]
// collects the words of documents; [Cluster] learns the clusters,
// [Clustering.WritePaths] writes them in Liang's paths format and
// [ReadPaths] reads them back.
//
// The result is deterministic: the same corpus and options give the same
// clusters, byte for byte, from run to run and for any GOMAXPROCS (the
// computation is sequential). Floating-point rounding may differ between
// architectures (the compiler may fuse multiply-adds on some), which can
// change a close merge decision there.
package brown
