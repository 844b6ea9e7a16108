" Vim syntax file
" Language: MIG (.mig migration files compiled by migc)
" Source of truth: grammar/MigLexer.g4 and grammar/MigParser.g4
if exists('b:current_syntax')
  finish
endif
let s:cpo_save = &cpo
set cpo&vim

syn case match
syn sync fromstart

" Operators and separators come first: for items starting at the same column
" the one defined last wins, so comments beat '/' and string keys beat strings.
syn match migOperator "=>\|==\|!=\|<=\|>=\|&&\|||\|[-+*/!<>=|?:]"
syn match migDelimiter "[;,.]"

" Keywords (MigLexer KW_*). They are matches, not :syn keyword, so that the
" migKey match defined below wins for keyword keys (`for = 5m`, see MigParser
" `key`). Declarations chain into their name and type.
syn match migKeyword "\<\%(import\|as\|if\|else\|for\|in\|when\)\>"
syn match migKeyword "\<\%(param\|let\|output\)\>" nextgroup=migDeclName skipwhite
syn match migKeyword "\<component\>" nextgroup=migComponentName skipwhite
syn keyword migBoolean true false
syn keyword migNull null

syn match migDeclName contained "\h\w*" nextgroup=migTypeAnnot skipwhite
syn match migComponentName contained "\h\w*" nextgroup=migComponentParams skipwhite
" matchgroup keeps the nested migParen from starting on the opening '(' too.
syn region migComponentParams contained transparent matchgroup=migParenDelim start="(" end=")"
      \ contains=migParamName,migParen,@migExpr
syn region migParen contained transparent matchgroup=migParenDelim start="(" end=")"
      \ contains=migParen,migKey,@migExpr
syn match migParamName contained "\<\h\w*\ze\s*:" nextgroup=migTypeAnnot skipwhite
" `: type` up to '=', ',', ')' or the end of the line: names, list<T>, map<T>,
" and enum unions of strings ("a" | "b").
syn region migTypeAnnot contained matchgroup=migOperator start=":" end="\ze[=;,)}]" end="$"
      \ contains=migType,migString,migOperator,migComment
syn match migType contained "\<\h\w*\>"

" Block heads: `kind [label] [when cond] {` at the start of a line or after
" '{', ';' or '}'. Every kind is a plain identifier for the lexer.
syn match migKind "\%(^\s*\|[{;}]\s*\)\@<=\%(\<\%(import\|as\|param\|let\|output\|component\|if\|else\|for\|in\|when\|true\|false\|null\)\>\)\@!\h\w*\ze\%(\s\+\%(\h\w*\|\"\%([^"\\]\|\\.\)*\"\)\)\=\s*\%({\|\<when\>\)"
      \ nextgroup=migLabel skipwhite
syn match migLabel contained "\%(\<when\>\)\@!\h\w*"
syn region migLabel contained start=+"+ skip=+\\.+ end=+"+ end=+$+ contains=migEscape,migEscapeError,migInterp

" Numbers: 1_000, 0.5; a number glued to letters or '%' is a unit literal.
syn match migNumber "\<\d\%(_\=\d\)*\%(\.\d\%(_\=\d\)*\)\=" nextgroup=migUnit
syn match migUnit contained "\a\+\|%"

" Strings: escapes and ${...} interpolation (balanced braces inside).
syn region migString start=+"+ skip=+\\.+ end=+"+ end=+$+ contains=migEscape,migEscapeError,migInterp,@Spell
syn match migEscapeError contained +\\.+
syn match migEscape contained +\\[\\"ntr$]+
syn region migInterp contained matchgroup=migInterpDelim start=+\${+ end=+}+ contains=migInterpBrace,migKey,@migExpr
syn region migInterpBrace contained transparent start=+{+ end=+}+ contains=migInterpBrace,migKey,@migExpr

" Attribute keys and named arguments: `key =` / `"quoted.key" =` (not '==' or '=>').
syn match migKey "\<\h\w*\ze\s*=[=>]\@!"
syn match migKey +"\%([^"\\]\|\\.\)*"\ze\s*=[=>]\@!+ contains=migEscape,migEscapeError,migInterp

syn match migFunction "\<\%(\%(import\|as\|param\|let\|output\|component\|if\|else\|for\|in\|when\|true\|false\|null\)\>\)\@!\h\w*\ze\s*("
syn match migAnnotation "@\s*\h\w*\%(\s*:\s*\h\w*\)\="
syn match migCode "\<MIG\d\{4}\>"

" Comments: //, # and /* */ (not nested).
syn keyword migTodo contained TODO FIXME XXX NOTE
syn match migComment "//.*$" contains=migTodo,@Spell
syn match migComment "#.*$" contains=migTodo,@Spell
syn region migComment start="/\*" end="\*/" contains=migTodo,@Spell

syn cluster migExpr contains=migComment,migKeyword,migBoolean,migNull,migNumber,migString,
      \migOperator,migDelimiter,migFunction,migCode,migParen

hi def link migComment       Comment
hi def link migTodo          Todo
hi def link migKeyword       Keyword
hi def link migKind          Structure
hi def link migLabel         Identifier
hi def link migKey           Identifier
hi def link migDeclName      Identifier
hi def link migParamName     Identifier
hi def link migComponentName Function
hi def link migString        String
hi def link migEscape        SpecialChar
hi def link migEscapeError   Error
hi def link migInterp        Normal
hi def link migInterpDelim   Delimiter
hi def link migNumber        Number
hi def link migUnit          Special
hi def link migBoolean       Boolean
hi def link migNull          Constant
hi def link migAnnotation    PreProc
hi def link migCode          Constant
hi def link migOperator      Operator
hi def link migDelimiter     Delimiter
hi def link migType          Type
hi def link migFunction      Function

let b:current_syntax = 'mig'
let &cpo = s:cpo_save
unlet s:cpo_save
