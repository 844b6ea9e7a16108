#include "model/resource.h"

namespace migc::model {

PValue::PValue() = default;
PValue::PValue(const PValue&) = default;
PValue::PValue(PValue&&) noexcept = default;
PValue& PValue::operator=(const PValue&) = default;
PValue& PValue::operator=(PValue&&) noexcept = default;
PValue::~PValue() = default;

}  // namespace migc::model
