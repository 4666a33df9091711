# Shared by scripts/*: find the interpreters and keep one venv per interpreter and extra.
PYENV_ROOT=${PYENV_ROOT:-/root/.pyenv}

# The interpreters the suite runs on: 3.11 and the newest CPython installed.
find_python() {
    local minor=$1 candidate
    for candidate in "$PYENV_ROOT"/versions/"$minor".*/bin/python"$minor" "$(command -v python"$minor" || true)"; do
        if [ -x "$candidate" ]; then echo "$candidate"; return 0; fi
    done
    echo "python$minor not found" >&2
    return 1
}
PYTHONS=${PYTHONS:-"3.11 3.13"}

# ensure_venv VERSION EXTRA: create .venv-VERSION if needed, install the project with EXTRA.
ensure_venv() {
    local version=$1 extra=$2 venv=".venv-$1"
    if [ ! -x "$venv/bin/python" ]; then
        "$(find_python "$version")" -m venv "$venv" >&2
        "$venv/bin/python" -m pip install -q --upgrade pip >&2
    fi
    local stamp="$venv/.installed-$extra"
    if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
        "$venv/bin/python" -m pip install -q -e ".[$extra]" >&2
        touch "$stamp"
    fi
    echo "$venv"
}
