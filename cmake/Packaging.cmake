# Installing migc (`cmake --install build [--prefix P] [--strip]`) and the
# Debian package (`cpack -G DEB` in the build folder): the binary, the
# stdlib it reads at run time, the manual page and shell completions, which
# migc generates from its own command definitions each time it is linked
# (compiler/CMakeLists.txt, into MIGC_GENERATED_DIR).
include(GNUInstallDirs)

install(TARGETS migc RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# The stdlib without its maintainer scripts (stdlib/data/tools regenerate the
# tables from AWS sources; a user never runs them).
install(DIRECTORY stdlib/ DESTINATION ${CMAKE_INSTALL_DATADIR}/migc/stdlib
  PATTERN tools EXCLUDE
  PATTERN __pycache__ EXCLUDE)
install(FILES ${MIGC_GENERATED_DIR}/migc.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${MIGC_GENERATED_DIR}/migc.bash DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
  RENAME migc)
install(FILES ${MIGC_GENERATED_DIR}/_migc DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(FILES ${MIGC_GENERATED_DIR}/migc.fish DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)
install(FILES README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR} FILES_MATCHING PATTERN "*.md")

# The .deb: the binary stripped, its debug information split into a
# migc-dbgsym package (.ddeb, found by build id), and the shared libraries
# it needs as Depends (dpkg-shlibdeps).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME migc)
set(CPACK_PACKAGE_VENDOR migc)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
  "compiler of .mig database-migration programs to Terraform, CloudFormation and Pulumi YAML")
set(CPACK_PACKAGE_HOMEPAGE_URL ${MIGC_HOMEPAGE_URL})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(MIGC_PACKAGE_MAINTAINER "migc maintainers <maintainers@migc.dev>" CACHE STRING
  "The Maintainer field of the Debian package")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${MIGC_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_DEBUGINFO_PACKAGE ON)
set(CPACK_STRIP_FILES OFF)  # the debuginfo step strips after splitting
include(CPack)
