// Output never harms what the user already has: a device stays a device, a symlink is
// written through, a file keeps its permissions, and no output may replace an input.

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "tests/support/run.hpp"

using namespace govgraph::test;

namespace {

const std::string example = source_path("examples/scotland-care-system/map.json");

std::string copy_example(const TempDir& dir, const std::string& name) {
  return dir.write(name, slurp(example));
}

mode_t mode_of(const std::string& path) {
  struct stat info {};
  REQUIRE(::stat(path.c_str(), &info) == 0);
  return info.st_mode;
}

}  // namespace

TEST_CASE("An output onto a character device writes to it and leaves it a device") {
  if (::geteuid() != 0) {
    WARN("skipped: making a device node needs root (CI runs as root)");
    return;
  }
  TempDir dir;
  // A null device of the test's own, never the machine's /dev/null.
  const std::string device = dir.file("null");
  REQUIRE(::mknod(device.c_str(), S_IFCHR | 0666, makedev(1, 3)) == 0);
  const RunResult result = run_govgraph("analyse " + quote(example) + " --fail-on never -o " + quote(device));
  INFO(result.err);
  CHECK(result.exit_code == 0);
  CHECK(S_ISCHR(mode_of(device)));
}

TEST_CASE("An output onto a symlink writes the file it names and keeps the link") {
  TempDir dir;
  const std::string target = dir.write("reports/summary.txt", "old\n");
  const std::string link = dir.file("latest.txt");
  std::filesystem::create_symlink("reports/summary.txt", link);
  const std::string dangling = dir.file("next.txt");
  std::filesystem::create_symlink("reports/next-summary.txt", dangling);

  CHECK(run_govgraph("summary " + quote(example) + " -o " + quote(link)).exit_code == 0);
  CHECK(std::filesystem::is_symlink(link));
  CHECK(slurp(target).find("116 bodies") != std::string::npos);

  CHECK(run_govgraph("summary " + quote(example) + " -o " + quote(dangling)).exit_code == 0);
  CHECK(std::filesystem::is_symlink(dangling));
  CHECK(slurp(dir.file("reports/next-summary.txt")).find("116 bodies") != std::string::npos);
}

TEST_CASE("A replaced file keeps its permissions and a new one follows the umask") {
  TempDir dir;
  const std::string secret = dir.write("secret.txt", "old\n");
  REQUIRE(::chmod(secret.c_str(), 0600) == 0);
  const bool root = ::geteuid() == 0;
  if (root) REQUIRE(::chown(secret.c_str(), 1, 1) == 0);  // another user's file, replaced by root
  CHECK(run_govgraph("summary " + quote(example) + " -o " + quote(secret)).exit_code == 0);
  CHECK((mode_of(secret) & 0777) == 0600);
  struct stat info {};
  REQUIRE(::stat(secret.c_str(), &info) == 0);
  CHECK(info.st_uid == (root ? 1U : ::geteuid()));
  CHECK(slurp(secret).find("116 bodies") != std::string::npos);

  const std::string fresh = dir.file("fresh.txt");
  CHECK(run_govgraph("summary " + quote(example) + " -o " + quote(fresh)).exit_code == 0);
  const mode_t mask = ::umask(0);
  ::umask(mask);
  CHECK((mode_of(fresh) & 0777) == (0666 & ~mask));
}

TEST_CASE("No output may replace an input: exit 2, the input byte for byte as it was") {
  TempDir dir;
  const std::string map = copy_example(dir, "map.json");
  const std::string proposal =
      dir.write("proposal.json", slurp(source_path("examples/scotland-care-system/proposals/careless-declutter.json")));
  const std::string waivers = dir.write("waivers.json", R"({"waivers": []})");
  std::filesystem::copy(source_path("examples/scotland-care-system/csv"), dir.file("csv"));
  const std::string bodies_csv = dir.file("csv/bodies.csv");
  const std::string before_map = slurp(map);
  const std::string before_proposal = slurp(proposal);
  const std::string before_waivers = slurp(waivers);
  const std::string before_bodies = slurp(bodies_csv);
  std::filesystem::create_symlink("map.json", dir.file("alias.json"));

  struct Case {
    std::string args;
    std::string output;  // as the message names it
  };
  const std::vector<Case> cases = {
      {"analyse " + quote(map) + " --format json -o " + quote(map), map},
      {"analyse " + quote(map) + " --format json -o " + quote(dir.file("alias.json")), dir.file("alias.json")},
      {"analyse " + quote(map) + " --waivers " + quote(waivers) + " --format json -o " + quote(waivers), waivers},
      {"summary " + quote(dir.file("csv")) + " -o " + quote(bodies_csv), bodies_csv},
      {"render " + quote(dir.file("csv")) + " -o " + quote(dir.file("csv/map.svg")), dir.file("csv/map.svg")},
      {"convert " + quote(dir.file("csv")) + " " + quote(dir.file("csv/map.json")), dir.file("csv/map.json")},
      {"convert " + quote(map) + " " + quote(map), map},
      {"convert " + quote(dir.file("csv")) + " " + quote(dir.file("csv")), dir.file("csv")},
      {"check-restructure " + quote(map) + " " + quote(proposal) + " -o " + quote(proposal), proposal},
      {"check-restructure " + quote(dir.file("csv")) + " " + quote(proposal) + " --diagram " +
           quote(dir.file("csv/diff.svg")),
       dir.file("csv/diff.svg")},
      {"diff " + quote(map) + " " + quote(dir.file("csv")) + " -o " + quote(bodies_csv), bodies_csv},
  };
  for (const Case& c : cases) {
    const RunResult result = run_govgraph(c.args);
    INFO("govgraph " << c.args << "\n" << result.err);
    CHECK(result.exit_code == 2);
    CHECK(result.err.find(c.output + ": error: ") != std::string::npos);
    CHECK(result.err.find("which writing would destroy; choose another output (nothing was written)") !=
          std::string::npos);
  }
  CHECK(slurp(map) == before_map);
  CHECK(slurp(proposal) == before_proposal);
  CHECK(slurp(waivers) == before_waivers);
  CHECK(slurp(bodies_csv) == before_bodies);
}

TEST_CASE("An output naming a folder says so") {
  TempDir dir;
  std::filesystem::create_directory(dir.file("reports"));
  const RunResult result = run_govgraph("summary " + quote(example) + " -o " + quote(dir.file("reports")));
  CHECK(result.exit_code == 2);
  CHECK(result.err == dir.file("reports") + ": error: is a folder; expected the name of a file to write\n");
}

TEST_CASE("A new CSV folder appears whole, with nothing left beside it") {
  TempDir dir;
  const std::string out = dir.file("maps/csv");
  const RunResult result = run_govgraph("convert " + quote(example) + " " + quote(out));
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  for (const char* name : {"map.json", "sources.csv", "policy_areas.csv", "bodies.csv", "links.csv", "responsibilities.csv"})
    CHECK(std::filesystem::exists(std::filesystem::path(out) / name));
  std::size_t entries = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.file("maps"))) ++entries;
  CHECK(entries == 1);  // no temporary folder left behind
  const mode_t mask = ::umask(0);
  ::umask(mask);
  CHECK((mode_of(out) & 0777) == (0777 & ~mask));
}

TEST_CASE("Two converts into one CSV folder at once leave one map or the other, never a mix") {
  TempDir dir;
  std::string renamed = slurp(example);
  const std::string name = "Scotland's care system governance map";
  renamed.replace(renamed.find(name), name.size(), "Second map");
  const std::string second = dir.write("second.json", renamed);
  const std::string out = quote(dir.file("csv"));
  REQUIRE(run_govgraph("convert " + quote(example) + " " + out).exit_code == 0);
  for (int round = 0; round < 5; ++round) {
    const RunResult both = run_govgraph("convert " + quote(example) + " " + out + " & convert_pid=$!; " +
                                        std::string(GOVGRAPH_BIN) + " convert " + quote(second) + " " + out +
                                        " && wait $convert_pid");
    INFO(both.err);
    REQUIRE(both.exit_code == 0);
    // The map's name is in map.json; every CSV file comes from the same run as it.
    const std::string header = slurp(dir.file("csv/map.json"));
    const RunResult back = run_govgraph("convert " + out + " " + quote(dir.file("back.json")));
    REQUIRE(back.exit_code == 0);
    const std::string expected = header.find("Second map") != std::string::npos ? renamed : slurp(example);
    CHECK(slurp(dir.file("back.json")) == expected);
  }
}
