module github.com/go-deepstream/go-deepstream

go 1.24
