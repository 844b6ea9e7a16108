" Vim indent file for MIG (.mig files compiled by migc)
" One 'shiftwidth' per unclosed {, [ or ( on the previous code line; a line
" starting with a closer is dedented. Block-comment bodies keep their indent.
if exists('b:did_indent')
  finish
endif
let b:did_indent = 1

setlocal indentexpr=GetMigIndent(v:lnum)
setlocal indentkeys=0{,0},0),0],!^F,o,O,e
setlocal autoindent nolisp nosmartindent nocindent
let b:undo_indent = 'setlocal indentexpr< indentkeys< autoindent< lisp< smartindent< cindent<'

if exists('*GetMigIndent')
  finish
endif

let s:cpo_save = &cpo
set cpo&vim

" Is the first non-blank character of line {lnum} inside a /* */ comment
" that started on an earlier line?
function! s:InBlockComment(lnum) abort
  let line = getline(a:lnum)
  let col = match(line, '\S') + 1
  if col <= 0 || line =~# '^\s*\%(/\*\|//\|#\)'
    return 0
  endif
  if exists('b:current_syntax')
    return synIDattr(synID(a:lnum, col, 1), 'name') ==# 'migComment'
  endif
  return line =~# '^\s*\*'
endfunction

" Line {lnum} with escapes, strings and comments removed.
function! s:Code(lnum) abort
  let line = substitute(getline(a:lnum), '\\.', '', 'g')
  let line = substitute(line, '"[^"]*"', '', 'g')
  let line = substitute(line, '/\*.\{-}\*/', '', 'g')
  return substitute(line, '\%(//\|#\|/\*\).*$', '', '')
endfunction

function! GetMigIndent(lnum) abort
  if s:InBlockComment(a:lnum)
    return -1
  endif
  " Previous code line: skip blank lines and block-comment bodies.
  let prev = prevnonblank(a:lnum - 1)
  while prev > 0 && s:InBlockComment(prev)
    let prev = prevnonblank(prev - 1)
  endwhile
  if prev == 0
    return 0
  endif

  let ind = indent(prev)
  " Closers leading the previous line were already dedented there.
  let code = substitute(s:Code(prev), '^\s*[}\])]*', '', '')
  let depth = 0
  for ch in split(code, '\zs')
    if ch =~# '[{[(]'
      let depth += 1
    elseif ch =~# '[}\])]'
      let depth -= 1
    endif
  endfor
  if depth > 0
    let ind += shiftwidth()
  elseif depth < 0
    let ind -= shiftwidth()
  endif
  if getline(a:lnum) =~# '^\s*[}\])]'
    let ind -= shiftwidth()
  endif
  return max([ind, 0])
endfunction

let &cpo = s:cpo_save
unlet s:cpo_save
