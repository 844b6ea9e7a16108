# Every dependency comes from Debian 12 packages (see scripts/install-deps.sh).
find_package(antlr4-runtime 4.9 REQUIRED CONFIG)
find_package(nlohmann_json 3.11 REQUIRED CONFIG)
find_package(fmt 9 REQUIRED CONFIG)
find_package(CLI11 2.1 REQUIRED CONFIG)
find_package(yaml-cpp REQUIRED CONFIG)
find_package(LLVM ${MIGC_LLVM_MAJOR} REQUIRED CONFIG)
find_package(Threads REQUIRED)
find_program(ANTLR4_TOOL antlr4 REQUIRED)

# The runtime is linked statically: as a shared library, its symbol
# relocations were 40% of the instructions of every migc process before
# main (`migc version`: 7.0 M instructions with it, 4.0 M without), and
# valid files never call it (only files with syntax errors are re-parsed by
# ANTLR). Both targets list a spurious -luuid (the runtime does not use
# libuuid and uuid-dev is not in its dependency closure) and export no
# include dirs.
set_target_properties(antlr4_shared antlr4_static PROPERTIES IMPORTED_LINK_INTERFACE_LIBRARIES_NONE "")
# clang++ rejects misc/InterpreterDataReader.h from the 4.9 umbrella header;
# generated code never uses it, so a shadow copy without it goes first.
file(READ ${ANTLR4_INCLUDE_DIR}/antlr4-runtime.h _migc_umbrella)
string(REPLACE "#include \"misc/InterpreterDataReader.h\"" "" _migc_umbrella "${_migc_umbrella}")
file(WRITE ${CMAKE_BINARY_DIR}/antlr4-shim/antlr4-runtime.h "${_migc_umbrella}")
target_include_directories(antlr4_static SYSTEM INTERFACE
  ${CMAKE_BINARY_DIR}/antlr4-shim ${ANTLR4_INCLUDE_DIR})

# LLVM Support: include dirs and definitions only, never llvm-config's
# cxxflags (they add -fno-exceptions and -std=c++14).
add_library(migc_llvm_support INTERFACE)
target_include_directories(migc_llvm_support SYSTEM INTERFACE ${LLVM_INCLUDE_DIRS})
separate_arguments(_migc_llvm_defs NATIVE_COMMAND "${LLVM_DEFINITIONS}")
target_compile_definitions(migc_llvm_support INTERFACE ${_migc_llvm_defs})
llvm_map_components_to_libnames(_migc_llvm_libs support)
target_link_libraries(migc_llvm_support INTERFACE ${_migc_llvm_libs})
