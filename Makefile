# The two commands a newcomer needs: `make demo` and `make test` (and `make fuzz` for the fuzzers).
# Each installs any missing Debian packages first (apt-get, through sudo when not root).

DEBIAN_PACKAGES := cmake g++ make pkg-config libboost-graph-dev libgraphviz-dev graphviz \
                   rapidjson-dev libcli11-dev catch2 libcsv-dev libbenchmark-dev libxml2-dev \
                   libxlsxwriter-dev libzip-dev libmimalloc-dev
# The browser tests (tests/browser) drive the HTML pages in headless Chromium from Python; only
# the test build needs them, so `make demo` does not install a browser. NetworkX and igraph open
# the GraphML and GEXF govgraph writes, openpyxl writes a workbook as another program would
# (tests/importers).
TEST_PACKAGES := chromium python3 python3-networkx python3-igraph python3-openpyxl
# The install tests (tests/install) render the man pages with man, check the zsh completion
# with zsh and build the .deb, whose Depends dpkg-shlibdeps (dpkg-dev) computes.
TEST_PACKAGES += man-db zsh dpkg-dev
DEB_PACKAGES := dpkg-dev
# libFuzzer comes with clang's runtime libraries (libclang_rt.fuzzer), needed by `make fuzz` only.
FUZZ_PACKAGES := clang libclang-rt-14-dev
FUZZ_SECONDS ?= 60
EXAMPLE := examples/scotland-care-system
GOVGRAPH := build/release/cli/govgraph

.PHONY: demo test deps deps-test deps-fuzz deps-deb build-release build-debug fuzz bench bench-micro screenshots \
        install deb clean

# $(call install-missing,PACKAGES): apt-get installs those not yet installed.
define install-missing
	@missing=$$(for p in $(1); do \
	    dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	    echo "Installing missing Debian packages:" $$missing; \
	    sudo=""; [ "$$(id -u)" -eq 0 ] || sudo=sudo; \
	    $$sudo apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends $$missing; \
	fi
endef

deps:
	$(call install-missing,$(DEBIAN_PACKAGES))

deps-test: deps
	$(call install-missing,$(TEST_PACKAGES))

deps-fuzz: deps
	$(call install-missing,$(FUZZ_PACKAGES))

deps-deb: deps
	$(call install-missing,$(DEB_PACKAGES))

build-release: deps
	cmake --preset release >/dev/null
	cmake --build --preset release

build-debug: deps-test
	cmake --preset debug >/dev/null
	cmake --build --preset debug

test: build-debug
	ctest --preset debug

# Each libFuzzer target for FUZZ_SECONDS, one after another (docs/testing.md).
fuzz: deps-fuzz
	cmake --preset fuzz >/dev/null
	cmake --build --preset fuzz
	tests/fuzz/run.sh build/fuzz $(FUZZ_SECONDS)

demo: build-release
	@scripts/demo.sh $(GOVGRAPH) $(EXAMPLE) out

# govgraph, its man pages, completions and docs under PREFIX (docs/install.md); through
# sudo only when PREFIX is not writable, so the build stays yours. DESTDIR works too.
PREFIX ?= /usr/local
install: build-release
	@sudo=""; { mkdir -p "$(DESTDIR)$(PREFIX)" 2>/dev/null && [ -w "$(DESTDIR)$(PREFIX)" ]; } || sudo=sudo; \
	$$sudo env DESTDIR="$(DESTDIR)" cmake --install build/release --prefix "$(PREFIX)"

# The Debian package of the same install: build/release/govgraph_VERSION_ARCH.deb.
deb: build-release deps-deb
	cd build/release && cpack

# The docs' screenshots of the report and restructure pages, taken with headless Chromium.
screenshots: build-release deps-test
	scripts/screenshots.sh $(GOVGRAPH) docs/images

# The scale table (docs/testing.md): govgraph timed on generated maps up to BENCH_MAX bodies
# (1000, 10000 or 100000), written to build/release/bench/scale.md too.
BENCH_MAX ?= 100000
bench: build-release
	build/release/bench/govgraph_scale_table $(GOVGRAPH) build/release/bench $(BENCH_MAX)

# The Google Benchmark micro-benchmarks of the libraries (bench/*_bench.cpp).
bench-micro: build-release
	build/release/bench/govgraph_bench

clean:
	rm -rf build out
