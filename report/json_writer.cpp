#include "report/json_writer.hpp"

#include <algorithm>
#include <array>

#include "analyses/analyse.hpp"
#include "report/in_order.hpp"

namespace govgraph {

void write_lines_in_parts(JsonWriter& w, std::size_t count, const std::function<void(JsonWriter&, std::size_t)>& write,
                          const std::function<bool(std::size_t)>& written_alone) {
  constexpr std::size_t part_size = 256;
  constexpr std::size_t window = 16;
  const auto part_end = [&](std::size_t part) { return std::min(count, (part + 1) * part_size); };
  std::array<KeptLines, window> slots;
  make_in_order(
      (count + part_size - 1) / part_size, analysis_threads, window,
      [&](std::size_t part) {
        JsonWriter lines(JsonWriter::KeepLines{});
        for (std::size_t i = part * part_size; i < part_end(part); ++i)
          if (!written_alone(i)) write(lines, i);
        slots[part % window] = lines.take_lines();
      },
      [&](std::size_t part) {
        std::size_t kept = 0;
        for (std::size_t i = part * part_size; i < part_end(part); ++i)
          if (written_alone(i)) write(w, i);
          else w.place_line(slots[part % window].line(kept++));
        slots[part % window] = {};
      });
}

void JsonWriter::array_in_parts(std::size_t count, const std::function<void(JsonWriter&, std::size_t)>& write) {
  constexpr std::size_t part_size = 16'384;
  constexpr std::size_t window = 8;
  begin_array();
  if (mode_ != Mode::direct_line || count < 2 * part_size) {
    for (std::size_t i = 0; i < count; ++i) write(*this, i);
    end_array();
    return;
  }
  std::array<std::string, window> slots;
  make_in_order(
      (count + part_size - 1) / part_size, analysis_threads, window,
      [&](std::size_t part) {
        JsonWriter values(JsonWriter::KeepValues{});
        for (std::size_t i = part * part_size; i < std::min(count, (part + 1) * part_size); ++i) write(values, i);
        slots[part % window] = values.take_values();
      },
      [&](std::size_t part) {
        if (part > 0) out_.Put(',');
        out_.write(slots[part % window]);
        slots[part % window] = {};
      });
  end_array();
}

}  // namespace govgraph
