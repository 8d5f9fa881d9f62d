// Package bounded reads documents of unknown length from untrusted streams
// within a size limit, holding no more memory than the limit: an input over
// it is dropped as soon as it passes the limit, never copied to grow.
package bounded

import (
	"errors"
	"io"
)

// Blocks of a Buffer grow from minBlock to maxBlock bytes, so that a short
// document costs little and a long one is never copied to grow.
const (
	minBlock = 16 << 10
	maxBlock = 1 << 20
)

// Buffer holds a document of unknown length in blocks that are filled in
// turn and never reallocated: however long the document, the memory held
// is its length plus one block, and nothing is left for the collector
// while it grows (appending to one slice holds up to twice the length, and
// leaves as much again behind). Its blocks are kept for the next document
// after Reset. The zero Buffer is empty and ready to use.
type Buffer struct {
	blocks [][]byte // blocks in use, then spare ones; len(blocks[i]) is what it holds
	used   int      // blocks in use
	n      int64    // bytes held
}

// Len reports the bytes held.
func (b *Buffer) Len() int64 { return b.n }

// Write appends p.
func (b *Buffer) Write(p []byte) {
	b.n += int64(len(p))
	for len(p) > 0 {
		free := b.free()
		k := copy(free, p)
		b.blocks[b.used-1] = b.blocks[b.used-1][:len(b.blocks[b.used-1])+k]
		p = p[k:]
	}
}

// free returns the unfilled part of the last block in use, starting a
// block when it is full.
func (b *Buffer) free() []byte {
	if b.used == 0 || len(b.blocks[b.used-1]) == cap(b.blocks[b.used-1]) {
		b.next()
	}
	last := b.blocks[b.used-1]
	return last[len(last):cap(last)]
}

// next starts a block: a spare one, else a new one twice the size of the
// last (within the bounds).
func (b *Buffer) next() {
	if b.used < len(b.blocks) {
		b.blocks[b.used] = b.blocks[b.used][:0]
		b.used++
		return
	}
	size := minBlock
	if b.used > 0 {
		size = min(maxBlock, 2*cap(b.blocks[b.used-1]))
	}
	b.blocks = append(b.blocks, make([]byte, 0, size))
	b.used++
}

// Bytes returns what is held as one slice: the first block itself when it
// holds everything (valid until the next Write or Reset), else a copy of
// exactly the length.
func (b *Buffer) Bytes() []byte {
	switch b.used {
	case 0:
		return nil
	case 1:
		return b.blocks[0]
	}
	out := make([]byte, 0, b.n)
	for _, blk := range b.blocks[:b.used] {
		out = append(out, blk...)
	}
	return out
}

// Reset empties the buffer and keeps its blocks for reuse.
func (b *Buffer) Reset() { b.used, b.n = 0, 0 }

// Release empties the buffer and lets go of all its blocks but the first.
func (b *Buffer) Release() {
	if len(b.blocks) > 1 {
		clear(b.blocks[1:])
		b.blocks = b.blocks[:1]
	}
	b.Reset()
}

// ReadAll reads r to its end and returns what it read, unless that is
// more than max bytes: then it stops as soon as it has read max+1 bytes,
// drops them and reports over. It holds at most max bytes plus one block
// while reading, and a document within the limit twice while it is made
// one slice.
func ReadAll(r io.Reader, max int64) (data []byte, over bool, err error) {
	var b Buffer
	for {
		free := b.free()
		if room := max + 1 - b.n; int64(len(free)) > room {
			free = free[:room]
		}
		n, err := r.Read(free)
		b.blocks[b.used-1] = b.blocks[b.used-1][:len(b.blocks[b.used-1])+n]
		if b.n += int64(n); b.n > max {
			return nil, true, nil
		}
		if errors.Is(err, io.EOF) {
			return b.Bytes(), false, nil
		}
		if err != nil {
			return nil, false, err
		}
	}
}
