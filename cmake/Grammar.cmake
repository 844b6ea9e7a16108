# ANTLR C++ sources are generated at build time and never committed. The
# packaged antlr4_generate() runs `java -jar`, which fails with Debian's jar,
# so the /usr/bin/antlr4 wrapper is called directly.
set(MIGC_GEN_DIR ${CMAKE_BINARY_DIR}/gen)
set(MIGC_GEN_SOURCES
  ${MIGC_GEN_DIR}/MigLexer.cpp ${MIGC_GEN_DIR}/MigParser.cpp
  ${MIGC_GEN_DIR}/MigParserVisitor.cpp ${MIGC_GEN_DIR}/MigParserBaseVisitor.cpp)
set(MIGC_GEN_HEADERS
  ${MIGC_GEN_DIR}/MigLexer.h ${MIGC_GEN_DIR}/MigParser.h
  ${MIGC_GEN_DIR}/MigParserVisitor.h ${MIGC_GEN_DIR}/MigParserBaseVisitor.h)
add_custom_command(
  OUTPUT ${MIGC_GEN_SOURCES} ${MIGC_GEN_HEADERS}
  COMMAND ${ANTLR4_TOOL} -Dlanguage=Cpp -visitor -no-listener -package mig
          -Werror -Xexact-output-dir -o ${MIGC_GEN_DIR}
          ${CMAKE_SOURCE_DIR}/grammar/MigLexer.g4 ${CMAKE_SOURCE_DIR}/grammar/MigParser.g4
  # The ATNs are deserialized on first use, not at start-up (see the script).
  COMMAND ${CMAKE_COMMAND} -DFILE=${MIGC_GEN_DIR}/MigLexer.cpp -DCLASS=MigLexer
          -P ${CMAKE_SOURCE_DIR}/cmake/LazyAntlrInit.cmake
  COMMAND ${CMAKE_COMMAND} -DFILE=${MIGC_GEN_DIR}/MigParser.cpp -DCLASS=MigParser
          -P ${CMAKE_SOURCE_DIR}/cmake/LazyAntlrInit.cmake
  DEPENDS ${CMAKE_SOURCE_DIR}/grammar/MigLexer.g4 ${CMAKE_SOURCE_DIR}/grammar/MigParser.g4
          ${CMAKE_SOURCE_DIR}/cmake/LazyAntlrInit.cmake
  COMMENT "Generating the .mig parser with ANTLR"
  VERBATIM)
add_library(mig_grammar STATIC ${MIGC_GEN_SOURCES})
target_include_directories(mig_grammar SYSTEM PUBLIC ${MIGC_GEN_DIR})
target_link_libraries(mig_grammar PUBLIC antlr4_static Threads::Threads)
# The 4.7.2 templates emit u8"" literals (char8_t in C++20) and [=] captures.
target_compile_options(mig_grammar PRIVATE -w -fno-char8_t)
set_target_properties(mig_grammar PROPERTIES POSITION_INDEPENDENT_CODE ON)
