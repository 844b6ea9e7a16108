#pragma once

namespace migc {

inline constexpr const char* kMigcVersion = MIGC_VERSION;
// The project's home page and where its docs/ folder is published, set when
// configuring (MIGC_HOMEPAGE_URL, MIGC_DOCS_URL in CMakeLists.txt). SARIF
// names them as the tool's informationUri and each rule's helpUri.
inline constexpr const char* kMigcInformationUri = MIGC_HOMEPAGE_URL;
inline constexpr const char* kMigcDocsUri = MIGC_DOCS_URL;

}  // namespace migc
