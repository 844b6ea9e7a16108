" .mig files are migc migration sources.
autocmd BufRead,BufNewFile *.mig set filetype=mig
