"""NetworkX and igraph open govgraph's GraphML, and NetworkX its GEXF, as a user would.

Run by ctest: graphml_tools_test.py GOVGRAPH MAP.json WORKDIR. Needs Debian's
python3-networkx and python3-igraph (the Makefile's TEST_PACKAGES), so /usr/bin/python3.
"""

import json
import subprocess
import sys
import warnings
from pathlib import Path

import igraph
import networkx


def main(govgraph: str, map_path: str, workdir: str) -> None:
    out = Path(workdir)
    out.mkdir(parents=True, exist_ok=True)
    graphml, gexf = out / "map.graphml", out / "map.gexf"
    for target in (graphml, gexf):
        subprocess.run([govgraph, "convert", map_path, str(target)], check=True, capture_output=True)
    data = json.loads(Path(map_path).read_text(encoding="utf-8"))
    bodies = {b["id"]: b["name"] for b in data["bodies"]}
    funds = [link for link in data["links"] if "amount" in link]
    assert funds, "the example has funding links with amounts"

    g = networkx.read_graphml(graphml)
    assert list(g.nodes) == list(bodies), "NetworkX node keys are the body ids, in map order"
    assert {n: d["label"] for n, d in g.nodes(data=True)} == bodies
    assert g.number_of_edges() == len(data["links"])
    amounts = [d["amount"] for _, _, d in g.edges(data=True) if "amount" in d]
    assert all(isinstance(a, float) for a in amounts) and len(amounts) == len(funds)
    assert sorted(amounts) == sorted(float(link["amount"]) for link in funds)

    # igraph warns only of yEd's graphics keys, which carry no attr.type by yEd's design.
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        h = igraph.Graph.Read_GraphML(str(graphml))
    unexpected = [str(w.message) for w in caught if "graphics" not in str(w.message)]
    assert not unexpected, unexpected
    assert h.vs["id"] == list(bodies), "igraph's vertex ids are the body ids"
    assert h.vs["label"] == list(bodies.values())
    assert h.vcount() == len(bodies) and h.ecount() == len(data["links"])
    funded = [e["amount"] for e in h.es if e["kind"] == "funds" and e["amount"] == e["amount"]]
    assert all(isinstance(a, float) for a in funded) and len(funded) == len(funds)

    x = networkx.read_gexf(gexf)
    assert list(x.nodes) == list(bodies)
    assert {n: d["label"] for n, d in x.nodes(data=True)} == bodies
    assert x.number_of_edges() == len(data["links"])
    weighted = [d for _, _, d in x.edges(data=True) if "amount" in d]
    assert all(isinstance(d["amount"], float) and d["weight"] == d["amount"] for d in weighted)
    assert len(weighted) == len(funds)
    print(f"ok: {len(bodies)} bodies, {len(data['links'])} links, {len(funds)} amounts in NetworkX and igraph")


if __name__ == "__main__":
    main(*sys.argv[1:4])
