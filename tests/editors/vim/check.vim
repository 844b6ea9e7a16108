" Headless checks for editors/vim, driven by run.sh:
"   vim -N -u NONE -i NONE -es -S check.vim
" Environment: MIGC_ROOT (repo root), MIGC_VIM_OUT (report file).
" 1. synIDattr(synID(l, c, 1), 'name') at the positions in expectations.txt;
" 2. every fixture is a fixed point of gg=G (fixtures are canonically indented).
" Writes one line per failure to MIGC_VIM_OUT and exits 0 if there were none,
" 1 otherwise.
let s:root = $MIGC_ROOT
let &runtimepath = s:root . '/editors/vim,' . $VIMRUNTIME
syntax on
filetype plugin indent on
let v:errmsg = ''

let s:failures = []
let s:required = ['migComment', 'migKeyword', 'migKind', 'migLabel', 'migKey',
      \ 'migString', 'migEscape', 'migInterp', 'migNumber', 'migUnit', 'migBoolean',
      \ 'migAnnotation', 'migCode', 'migOperator', 'migType', 'migFunction']

" expectations.txt: `fixture line col expectedGroup` ('-' = no group); '#' starts
" a comment.
let s:expect = {}
let s:seen = {}
let s:n = 0
for s:raw in readfile(s:root . '/tests/editors/vim/expectations.txt')
  let s:n += 1
  let s:f = split(substitute(s:raw, '#.*', '', ''))
  if empty(s:f)
    continue
  elseif len(s:f) != 4 || s:f[1] !~# '^\d\+$' || s:f[2] !~# '^\d\+$'
    call add(s:failures, printf('expectations.txt:%d: malformed line: %s', s:n, s:raw))
    continue
  endif
  if !has_key(s:expect, s:f[0])
    let s:expect[s:f[0]] = []
  endif
  call add(s:expect[s:f[0]], [str2nr(s:f[1]), str2nr(s:f[2]), s:f[3], s:n])
  let s:seen[s:f[3]] = 1
endfor
for s:g in s:required
  if !has_key(s:seen, s:g)
    call add(s:failures, 'expectations.txt: no check for required group ' . s:g)
  endif
endfor

let s:fixtures = sort(glob(s:root . '/tests/editors/fixtures/*.mig', 0, 1))
if empty(s:fixtures)
  call add(s:failures, 'no fixtures found in tests/editors/fixtures')
endif
for s:name in keys(s:expect)
  if !filereadable(s:root . '/tests/editors/fixtures/' . s:name)
    call add(s:failures, 'expectations.txt: unknown fixture ' . s:name)
  endif
endfor

for s:path in s:fixtures
  let s:name = fnamemodify(s:path, ':t')
  execute 'silent edit ' . fnameescape(s:path)
  if &filetype !=# 'mig' || get(b:, 'current_syntax', '') !=# 'mig'
    call add(s:failures, printf('%s: filetype=%s syntax=%s (want mig/mig)',
          \ s:name, &filetype, get(b:, 'current_syntax', '')))
  endif
  if &shiftwidth != 2 || !&expandtab || &commentstring !=# '// %s'
    call add(s:failures, printf('%s: ftplugin not applied (sw=%d et=%d cms=%s)',
          \ s:name, &shiftwidth, &expandtab, &commentstring))
  endif

  for [s:l, s:c, s:want, s:src] in get(s:expect, s:name, [])
    let s:got = synIDattr(synID(s:l, s:c, 1), 'name')
    if s:got !=# (s:want ==# '-' ? '' : s:want)
      call add(s:failures, printf('%s:%d:%d: syntax group %s, want %s (expectations.txt:%d) near "%s"',
            \ s:name, s:l, s:c, s:got ==# '' ? '<none>' : s:got, s:want, s:src,
            \ strpart(getline(s:l), s:c - 1, 16)))
    endif
  endfor

  let s:before = getline(1, '$')
  silent normal! gg=G
  let s:after = getline(1, '$')
  for s:i in range(len(s:before))
    if s:after[s:i] !=# s:before[s:i]
      call add(s:failures, printf('%s:%d: gg=G re-indented the line: "%s" -> "%s"',
            \ s:name, s:i + 1, s:before[s:i], s:after[s:i]))
    endif
  endfor
  silent bwipeout!
endfor

if v:errmsg !=# ''
  call add(s:failures, 'vim reported an error: ' . v:errmsg)
endif
call writefile(s:failures, $MIGC_VIM_OUT)
execute empty(s:failures) ? 'qall!' : 'cquit!'
