# A thin driver over CMake (the real build).  `make run` and `make test` install
# missing build dependencies first (scripts/deps.sh), so both work on a fresh
# Debian/Ubuntu machine.
BUILD ?= build
JOBS ?= 2
CMAKE_FLAGS ?=

.PHONY: all deps configure build run test clean bench

all: build

deps:
	@bash scripts/deps.sh

configure: deps
	@cmake -S . -B $(BUILD) $(CMAKE_FLAGS) >/dev/null

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

run: build
	@./$(BUILD)/coil examples/arange.py

test: build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

bench: build
	@/usr/bin/python3.11 bench/run.py --build $(BUILD)

clean:
	rm -rf $(BUILD)
