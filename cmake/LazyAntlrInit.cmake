# Run on a generated ANTLR recognizer (MigLexer.cpp, MigParser.cpp) after the
# tool writes it:  cmake -DFILE=<path> -DCLASS=<name> -P LazyAntlrInit.cmake
#
# ANTLR's C++ target deserializes the grammar's ATN and builds its DFAs in a
# static initializer, so every migc process paid for it at start-up (3.8 M
# instructions, a tenth of a small build), though valid files never reach
# ANTLR: the hand-written parser handles them, and ANTLR only re-parses a
# file with a syntax error. This moves that initializer into the first
# constructor call (a function-local static: once, thread-safe). It stops
# the build if the generated code no longer has the expected shape.
file(READ "${FILE}" text)
set(eager "${CLASS}::Initializer ${CLASS}::_init;")
string(FIND "${text}" "${eager}" at)
if(at EQUAL -1)
  message(FATAL_ERROR "LazyAntlrInit: '${eager}' not found in ${FILE}")
endif()
string(REPLACE "${eager}" "// migc: ${CLASS}::_init is made on first use, in the constructor (cmake/LazyAntlrInit.cmake)." text "${text}")
string(REGEX MATCH "${CLASS}::${CLASS}\\(([A-Za-z]+) \\*input\\) : ([A-Za-z]+)\\(input\\) {\n" ctor "${text}")
if(ctor STREQUAL "")
  message(FATAL_ERROR "LazyAntlrInit: the constructor of ${CLASS} not found in ${FILE}")
endif()
string(REPLACE "${ctor}" "${ctor}  static Initializer init;  // migc: the ATN, deserialized once, on first use\n" text "${text}")
file(WRITE "${FILE}" "${text}")
