// A structure-aware mutator for the JSON map target: half the time it parses the input and
// changes one thing a map's author could get wrong (a record removed or repeated, a field
// dropped, an id pointing elsewhere, an amount at an edge, a value of the wrong type), then
// writes the JSON back; otherwise, and whenever the input is not JSON, libFuzzer's own
// byte mutations. Structure-aware changes reach the checks and analyses that byte changes,
// mostly breaking the syntax, seldom do.

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <random>
#include <vector>

extern "C" std::size_t LLVMFuzzerMutate(std::uint8_t* data, std::size_t size, std::size_t max_size);

namespace {

using rapidjson::Value;

struct Values {
  std::vector<Value*> all, arrays, objects, strings, numbers;
};

void collect(Value& value, Values& out) {
  out.all.push_back(&value);
  if (value.IsString()) out.strings.push_back(&value);
  if (value.IsNumber()) out.numbers.push_back(&value);
  if (value.IsArray() && !value.Empty()) {
    out.arrays.push_back(&value);
    for (auto& item : value.GetArray()) collect(item, out);
  }
  if (value.IsObject() && value.MemberCount() > 0) {
    out.objects.push_back(&value);
    // Indexes, not a range-for: RapidJSON 1.1's member iterators are ambiguous in C++20.
    for (rapidjson::SizeType i = 0; i < value.MemberCount(); ++i) collect((value.MemberBegin() + i)->value, out);
  }
}

template <typename T>
T* pick(const std::vector<T*>& from, std::minstd_rand& random) {
  if (from.empty()) return nullptr;
  return from[std::uniform_int_distribution<std::size_t>(0, from.size() - 1)(random)];
}

std::size_t below(std::size_t n, std::minstd_rand& random) {
  return std::uniform_int_distribution<std::size_t>(0, n - 1)(random);
}

/// One change to the document; false when it has nothing of the kind chosen.
bool mutate(rapidjson::Document& document, std::minstd_rand& random) {
  Values values;
  collect(document, values);
  auto& allocator = document.GetAllocator();
  switch (below(6, random)) {
    case 0:  // a record (or list item) removed
      if (Value* array = pick(values.arrays, random)) {
        array->Erase(array->Begin() + static_cast<std::ptrdiff_t>(below(array->Size(), random)));
        return true;
      }
      return false;
    case 1:  // a record repeated: duplicate ids, repeated links
      if (Value* array = pick(values.arrays, random)) {
        Value copy((*array)[static_cast<rapidjson::SizeType>(below(array->Size(), random))], allocator);
        array->PushBack(copy, allocator);
        return true;
      }
      return false;
    case 2:  // a field dropped
      if (Value* object = pick(values.objects, random)) {
        object->EraseMember(object->MemberBegin() + static_cast<std::ptrdiff_t>(below(object->MemberCount(), random)));
        return true;
      }
      return false;
    case 3:  // an id (or any text) replaced by another from the map: references moved
      if (Value* to = pick(values.strings, random)) {
        const Value* from = pick(values.strings, random);
        to->SetString(from->GetString(), from->GetStringLength(), allocator);
        return true;
      }
      return false;
    case 4:  // an amount or count at an edge
      if (Value* number = pick(values.numbers, random)) {
        constexpr std::array<double, 8> edges = {0, -1, 0.5, 1e15, 1e15 + 2, 9007199254740993.0, 1.7976931348623157e308,
                                                 2147483648.0};
        number->SetDouble(edges[below(edges.size(), random)]);
        return true;
      }
      return false;
    default: {  // a value of the wrong type
      Value* value = pick(values.all, random);
      switch (below(4, random)) {
        case 0: value->SetNull(); break;
        case 1: value->SetBool(true); break;
        case 2: value->SetArray(); break;
        default: value->SetObject(); break;
      }
      return true;
    }
  }
}

}  // namespace

extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t* data, std::size_t size, std::size_t max_size,
                                               unsigned int seed) {
  std::minstd_rand random(seed);
  if (below(2, random) == 0) return LLVMFuzzerMutate(data, size, max_size);
  rapidjson::Document document;
  document.Parse(reinterpret_cast<const char*>(data), size);
  if (document.HasParseError() || !mutate(document, random)) return LLVMFuzzerMutate(data, size, max_size);
  rapidjson::StringBuffer text;
  rapidjson::Writer<rapidjson::StringBuffer> writer(text);
  document.Accept(writer);
  if (text.GetSize() > max_size) return LLVMFuzzerMutate(data, size, max_size);
  std::memcpy(data, text.GetString(), text.GetSize());
  return text.GetSize();
}
