# bash completion for madoguchi-cli (installed as
# /usr/share/bash-completion/completions/madoguchi-cli).
# Commands and options are read from the program's own --help, so they are always those of
# the installed version: `madoguchi-cli --help` lists the commands (two-space indent), and
# `madoguchi-cli COMMAND [SUBCOMMAND] --help` lists each command's options.

_madoguchi_cli_commands()
{
    "$1" --help 2>/dev/null | sed -n '/^Commands:/,$p' | sed -n 's/^  \([a-z][a-z-]*\).*/\1/p' | sort -u
}

_madoguchi_cli_options()
{
    "$@" --help 2>/dev/null | grep -o -- '--[a-z][a-z-]*' | sort -u
}

_madoguchi_cli()
{
    local cur prev program=${COMP_WORDS[0]}
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD-1]}

    case $prev in
        --database|--holidays-csv|--company-holidays|--password-file|--smtp-password-file|\
        --ca-file|--body-file|--output|--attach|--token-file|--client-secret-file)
            compopt -o filenames 2>/dev/null
            COMPREPLY=($(compgen -f -- "$cur"))
            return ;;
        --now|--from|--to|--limit|--subject|--category|--tag-prefix|--support-address|--imap|--smtp|\
        --sent-folder|--move-to|--staff|--lock-retry|--message|--incident|--maintenance|--comment|--as)
            return ;;
        --format)
            COMPREPLY=($(compgen -W "table tsv csv json" -- "$cur")); return ;;
        --queue)
            COMPREPLY=($(compgen -W "new open waiting due-soon overdue all" -- "$cur")); return ;;
        --by)
            COMPREPLY=($(compgen -W "team staff org day month" -- "$cur")); return ;;
        --needs-approval)
            COMPREPLY=($(compgen -W "yes no" -- "$cur")); return ;;
        --policy)
            COMPREPLY=($(compgen -W "next-business-day after-hours-next-day" -- "$cur")); return ;;
        --kind)
            COMPREPLY=($(compgen -W "first update recovery announcement" -- "$cur")); return ;;
        --lang)
            COMPREPLY=($(compgen -W "ja en" -- "$cur")); return ;;
        --charset)
            COMPREPLY=($(compgen -W "utf-8 iso-2022-jp" -- "$cur")); return ;;
    esac

    # The command is the first word after the global options (--now X, --database X).
    local i=1 command= sub=
    while [ $i -lt $COMP_CWORD ]; do
        case ${COMP_WORDS[i]} in
            --now|--database) i=$((i + 2)); continue ;;
            --now=*|--database=*) ;;
            -*) ;;
            *) if [ -z "$command" ]; then command=${COMP_WORDS[i]}
               elif [ -z "$sub" ]; then sub=${COMP_WORDS[i]}; fi ;;
        esac
        i=$((i + 1))
    done

    if [ -z "$command" ]; then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "--now --database --help --version" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$(_madoguchi_cli_commands "$program")" -- "$cur"))
        fi
        return
    fi
    if [[ $cur == -* ]]; then
        local options
        options=$(_madoguchi_cli_options "$program" "$command" ${sub:+"$sub"})
        [ -n "$options" ] || options=$(_madoguchi_cli_options "$program" "$command")
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
        return
    fi
    # Subcommands are the words right after the command's name in its usage lines
    # ("outbox [list] | outbox send ... | outbox retry ID").
    if [ -z "$sub" ]; then
        local subs
        subs=$("$program" "$command" --help 2>/dev/null | sed -n '1,/^$/p' \
               | grep -o -E "(^|[ |])$command \[?[a-z][a-z-]*" | sed -E "s/.*$command \[?//" | sort -u)
        if [ -n "$subs" ]; then
            COMPREPLY=($(compgen -W "$subs" -- "$cur"))
            return
        fi
    fi
    compopt -o filenames 2>/dev/null
    COMPREPLY=($(compgen -f -- "$cur"))
}
complete -F _madoguchi_cli madoguchi-cli
