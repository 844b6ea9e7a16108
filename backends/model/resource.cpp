#include "model/resource.h"

namespace migc::model {

PValue::PValue() = default;
PValue::PValue(const PValue&) = default;
PValue::PValue(PValue&&) noexcept = default;
PValue& PValue::operator=(const PValue&) = default;
PValue& PValue::operator=(PValue&&) noexcept = default;
PValue::~PValue() = default;

bool PValue::any(const std::function<bool(const PValue&)>& pred) const {
  if (pred(*this)) return true;
  for (const PValue& item : items)
    if (item.any(pred)) return true;
  for (const auto& [k, f] : fields)
    if (f.any(pred)) return true;
  return false;
}

std::string nameConstraintSentence(const Param& p) {
  return p.name_constraint ? "Resource names take " + p.name + ": " + p.name_constraint->description + "." : "";
}

}  // namespace migc::model
