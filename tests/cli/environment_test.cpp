// A failure of the system or of Graphviz is not bad input: exit code 3 and a message
// saying so, where bad input is 2 (docs/cli.md).

#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <iterator>

#include "tests/support/run.hpp"

using namespace govgraph::test;

namespace {
const std::string example = quote(source_path("examples/scotland-care-system/map.json"));
}

TEST_CASE("A full disk on standard output is the environment's failure, not success") {
  for (const std::string command : {"summary ", "validate ", "analyse --format json "}) {
    const RunResult result = run_govgraph(command + example + " >/dev/full");
    INFO(command << result.err);
    CHECK(result.exit_code == 3);
    CHECK(result.err.find("govgraph: error: cannot write to standard output: No space left on device") !=
          std::string::npos);
  }
}

TEST_CASE("Help that cannot be written is a failure too") {
  const RunResult result = run_govgraph("analyse --help >/dev/full");
  CHECK(result.exit_code == 3);
  CHECK(result.err == "govgraph: error: cannot write to standard output\n");
}

TEST_CASE("An input larger than --max-input-size is refused before it is read, a file or a pipe") {
  const RunResult file = run_govgraph("validate " + example + " --max-input-size 1KiB");
  CHECK(file.exit_code == 2);
  // The example's size changes whenever its data is corrected, so only the words around it are fixed.
  const std::string file_prefix = source_path("examples/scotland-care-system/map.json") + ": error: the file is ";
  const std::string file_suffix = " KiB, more than the input size limit of 1.0 KiB; if it really is "
                                  "one input, raise the limit with --max-input-size SIZE (such as 4GiB)\n";
  CHECK(file.err.rfind(file_prefix, 0) == 0);
  CHECK(file.err.size() > file_prefix.size() + file_suffix.size());
  CHECK(file.err.compare(file.err.size() - file_suffix.size(), file_suffix.size(), file_suffix) == 0);
  // A pipe has no size to check first: it is refused once it passes the limit.
  const RunResult pipe = run_govgraph("--version >/dev/null; cat " + example + " | " + std::string(GOVGRAPH_BIN) +
                                      " --max-input-size 10k validate /dev/stdin");
  CHECK(pipe.exit_code == 2);
  CHECK(pipe.err.find("/dev/stdin: error: the file goes on past the limit, more than the input size limit of 10 KiB") == 0);
  CHECK(run_govgraph("validate " + example + " --max-input-size 1MiB").exit_code == 0);
  const RunResult bad = run_govgraph("validate " + example + " --max-input-size lots");
  CHECK(bad.exit_code == 2);
}

TEST_CASE("Graphviz unable to lay out is the environment's failure, and writes nothing") {
  TempDir dir;
  ::setenv("GVBINDIR", dir.path().c_str(), 1);  // a plugin folder without Graphviz's layouts
  const RunResult result = run_govgraph("render " + example + " -o " + quote(dir.file("map.svg")));
  ::unsetenv("GVBINDIR");
  INFO(result.err);
  CHECK(result.exit_code == 3);
  CHECK(result.err.find("govgraph: error: Graphviz could not lay out the map with 'dot'") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir.file("map.svg")));
}

TEST_CASE("An output path in a folder that does not exist stays a usage mistake") {
  TempDir dir;
  const RunResult result = run_govgraph("summary " + example + " -o " + quote(dir.file("no/such/folder/out.txt")));
  CHECK(result.exit_code == 2);
}

TEST_CASE("A report file the system refuses part-way is the environment's failure and leaves no file behind") {
  // A file size limit makes the system refuse the report after its first few kilobytes,
  // while the writing thread is still being handed more.
  TempDir temp;
  const std::string out = temp.file("report.json");
  const std::string err = temp.file("stderr");
  const std::string command = "trap '' XFSZ; ulimit -f 8; " + std::string(GOVGRAPH_BIN) + " analyse " + example +
                              " --format json --fail-on never -o " + quote(out) + " 2>" + quote(err);
  const int status = std::system(command.c_str());
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 3);
  CHECK(slurp(err) == "govgraph: error: cannot write " + out + ": File too large\n"
                      "The system or a library failed, not the input; nothing was written.\n");
  CHECK(std::distance(std::filesystem::directory_iterator(temp.path()), std::filesystem::directory_iterator()) == 1);
}
