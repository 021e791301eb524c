#pragma once
// Strong indices into a map's collections (LEMON's Node/Arc habit): a link index cannot
// be passed where a responsibility index is wanted, and each kind has one invalid value.
// Bodies need no type of their own: they are the graph's vertices, and Boost's
// null_vertex() is their invalid value (GovernanceMap::no_body).

#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>

namespace govgraph {

template <typename Tag>
class Index {
 public:
  /// The invalid index: what a search returns when it finds nothing.
  constexpr Index() = default;
  constexpr explicit Index(std::size_t value) : value_(static_cast<std::uint32_t>(value)) {}

  [[nodiscard]] constexpr std::size_t value() const { return value_; }
  [[nodiscard]] constexpr bool valid() const { return value_ != invalid_value; }
  constexpr explicit operator bool() const { return valid(); }

  friend constexpr auto operator<=>(Index, Index) = default;

 private:
  static constexpr std::uint32_t invalid_value = std::numeric_limits<std::uint32_t>::max();
  std::uint32_t value_ = invalid_value;
};

/// The indices 0 to size - 1 of one kind, in order: `for (LinkIndex l : map.link_indices())`.
template <typename I>
class IndexRange {
 public:
  class iterator {
   public:
    using value_type = I;
    using difference_type = std::ptrdiff_t;

    constexpr iterator() = default;
    constexpr explicit iterator(std::size_t at) : at_(at) {}
    constexpr I operator*() const { return I(at_); }
    constexpr iterator& operator++() {
      ++at_;
      return *this;
    }
    constexpr iterator operator++(int) {
      iterator before = *this;
      ++at_;
      return before;
    }
    friend constexpr bool operator==(iterator, iterator) = default;

   private:
    std::size_t at_ = 0;
  };

  constexpr explicit IndexRange(std::size_t size) : size_(size) {}
  [[nodiscard]] constexpr iterator begin() const { return iterator(0); }
  [[nodiscard]] constexpr iterator end() const { return iterator(size_); }
  [[nodiscard]] constexpr std::size_t size() const { return size_; }

 private:
  std::size_t size_;
};

/// Into MapData::links, in the order the links were written.
using LinkIndex = Index<struct LinkTag>;
/// Into MapData::responsibilities.
using ResponsibilityIndex = Index<struct ResponsibilityTag>;
/// Into MapData::policy_areas.
using AreaIndex = Index<struct AreaTag>;

}  // namespace govgraph

template <typename Tag>
struct std::hash<govgraph::Index<Tag>> {
  std::size_t operator()(govgraph::Index<Tag> i) const noexcept { return std::hash<std::size_t>{}(i.value()); }
};
