#include "restructure/apply_links.hpp"

#include <algorithm>

namespace govgraph {

WorkingLinks::WorkingLinks(std::vector<Link>& links) : links_(links), removed_(links.size(), false) {
  for (std::size_t i = 0; i < links_.size(); ++i) {
    by_body_[links_[i].from].push_back(i);
    by_body_[links_[i].to].push_back(i);
  }
}

WorkingLinks::WorkingLinks(std::vector<Link>& links, const GovernanceMap& original)
    : links_(links), removed_(links.size(), false), original_(&original) {}

std::vector<std::size_t> WorkingLinks::incident(const std::string& body) const {
  std::vector<std::size_t> out;
  const auto keep = [&](std::size_t i) {
    if (!removed_[i] && (links_[i].from == body || links_[i].to == body)) out.push_back(i);
  };
  if (original_ != nullptr)
    if (const auto v = original_->find_body(body); v != GovernanceMap::no_body)
      for (const auto links : {original_->out_links(v), original_->in_links(v)})
        for (const auto& n : links) keep(n.link);
  if (const auto found = by_body_.find(body); found != by_body_.end())
    for (std::size_t i : found->second) keep(i);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::size_t WorkingLinks::add(Link link) {
  const std::size_t i = links_.size();
  links_.push_back(std::move(link));
  removed_.push_back(false);
  attach(i, links_[i].from);
  attach(i, links_[i].to);
  return i;
}

void WorkingLinks::compact() {
  erase_marked(links_, removed_);
  removed_.assign(links_.size(), false);
  by_body_.clear();
  original_ = nullptr;
}

}  // namespace govgraph
