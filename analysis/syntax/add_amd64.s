//go:build amd64 && !purego

#include "textflag.h"

// func addSSE(dst, src *float32, blocks int)
TEXT ·addSSE(SB), NOSPLIT, $0-24
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ blocks+16(FP), CX
	TESTQ CX, CX
	JZ   done
loop:
	MOVUPS 0(SI), X0
	MOVUPS 16(SI), X1
	MOVUPS 0(DI), X2
	MOVUPS 16(DI), X3
	ADDPS  X2, X0
	ADDPS  X3, X1
	MOVUPS X0, 0(DI)
	MOVUPS X1, 16(DI)
	ADDQ   $32, SI
	ADDQ   $32, DI
	DECQ   CX
	JNZ    loop
done:
	RET
