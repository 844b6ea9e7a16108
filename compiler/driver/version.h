#pragma once

namespace migc {

inline constexpr const char* kMigcVersion = MIGC_VERSION;
// SARIF informationUri must be absolute; none is published yet.
inline constexpr const char* kMigcInformationUri = "";

}  // namespace migc
