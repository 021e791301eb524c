# The two commands a newcomer needs: `make demo` and `make test`.
# Both install any missing Debian packages first (apt-get, through sudo when not root).

DEBIAN_PACKAGES := cmake g++ make pkg-config libboost-graph-dev libgraphviz-dev graphviz \
                   rapidjson-dev libcli11-dev catch2 libcsv-dev libbenchmark-dev libxml2-dev
EXAMPLE := examples/scotland-care-system
GOVGRAPH := build/release/cli/govgraph

.PHONY: demo test deps build-release build-debug bench clean

deps:
	@missing=$$(for p in $(DEBIAN_PACKAGES); do \
	    dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	    echo "Installing missing Debian packages:" $$missing; \
	    sudo=""; [ "$$(id -u)" -eq 0 ] || sudo=sudo; \
	    $$sudo apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends $$missing; \
	fi

build-release: deps
	cmake --preset release >/dev/null
	cmake --build --preset release

build-debug: deps
	cmake --preset debug >/dev/null
	cmake --build --preset debug

test: build-debug
	ctest --preset debug

demo: build-release
	@scripts/demo.sh $(GOVGRAPH) $(EXAMPLE) out

bench: build-release
	build/release/bench/govgraph_bench

clean:
	rm -rf build out
