module github.com/live-engine/live-engine-go

// The generated client and the helpers beside it use the standard library only: no require block.
go 1.19
