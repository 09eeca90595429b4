#!/usr/bin/env python3
"""Moves the Vietnamese help texts of picocli annotations into usage_vi.properties.

Usage: move_help.py usage_vi.properties COMMANDS.txt FILE.java...
  COMMANDS.txt: lines "binary.ClassName qualified.command.name" (the command tree, printed by a tiny walker).

@Option/@Parameters(description = "...") become descriptionKey = "file.option" with the text in the bundle;
@Command(description = "...") loses the attribute and the bundle gets "qualified.name.usage.description", the key
picocli looks up for a command under a shared bundle. Constants in a description are inlined from CONSTANTS.
"""
import re
import sys

sys.path.insert(0, __file__.rsplit('/', 1)[0])
from move_texts import tokenize, decode, match_forward, prop_escape, load_bundle, VIET  # noqa: E402

CONSTANTS = {}


def main():
    bundle_path, commands_path = sys.argv[1], sys.argv[2]
    for arg in sys.argv[3:]:
        if '=' in arg and not arg.endswith('.java'):
            k, v = arg.split('=', 1)
            CONSTANTS[k] = v
    files = [a for a in sys.argv[3:] if a.endswith('.java')]
    qualified = dict(line.split() for line in open(commands_path) if line.strip())
    existing = load_bundle(bundle_path)
    new = []
    moved = 0
    for path in files:
        src = open(path, encoding='utf-8').read()
        pkg = re.search(r'^package ([\w.]+);', src, re.M).group(1)
        fname = path.rsplit('/', 1)[-1][:-5]
        prefix = fname[0].lower() + fname[1:]
        edits = []
        toks = tokenize(src)
        for i in range(len(toks) - 2):
            if toks[i][1] != '@' or toks[i + 1][1] not in ('Command', 'Option', 'Parameters') or toks[i + 2][1] != '(':
                continue
            kind = toks[i + 1][1]
            close = match_forward(toks, i + 2)
            # attributes at depth 1
            j = i + 3
            attrs = {}
            while j < close:
                name = toks[j][1]
                assert toks[j + 1][1] == '=', (path, toks[j])
                k = j + 2
                depth = 0
                while k < close:
                    t = toks[k][1]
                    if t in '([{':
                        depth += 1
                    elif t in ')]}':
                        depth -= 1
                    elif t == ',' and depth == 0:
                        break
                    k += 1
                attrs[name] = (j, k - 1)
                j = k + 1
            if 'description' not in attrs:
                continue
            a, b = attrs['description']
            value_toks = toks[a + 2:b + 1]
            if not any(VIET.search(t[1]) for t in value_toks if t[0] == 'str'):
                continue
            text = ''
            expr = src[value_toks[0][2]:value_toks[-1][3]]
            ok = True
            parts = re.split(r'\s*\+\s*', expr)
            for p in parts:
                if p.startswith('"'):
                    text += decode(p)
                elif p in CONSTANTS:
                    text += CONSTANTS[p]
                else:
                    ok = False
            if not ok:
                print('LEFT %s: %s' % (fname, expr), file=sys.stderr)
                continue
            # the attribute with its separating comma
            start = toks[a][2]
            end = toks[b][3]
            if kind == 'Command':
                k = close
                while toks[k][1] not in ('class', 'interface', 'record', 'enum'):
                    k += 1
                cname = toks[k + 1][1]
                binary = pkg + '.' + (cname if cname == fname else fname + '$' + cname)
                key = qualified[binary] + '.usage.description'
                # remove ", description = ..." or "description = ..., "
                if src[end:].lstrip().startswith(','):
                    end = end + src[end:].index(',') + 1
                    while src[end] == ' ':
                        end += 1
                else:
                    back = src[:start].rstrip()
                    assert back.endswith(','), (path, expr)
                    start = len(back) - 1
                replacement = ''
            else:
                names = attrs.get('names')
                if names:
                    nm = src[toks[names[0] + 2][2]:toks[names[1]][3]]
                    longest = max(re.findall(r'"([^"]+)"', nm), key=len)
                    base = re.sub(r'^-+', '', longest)
                    base = re.sub(r'-(\w)', lambda m: m.group(1).upper(), base)
                else:
                    idx = attrs.get('index')
                    base = 'parameter' + (src[toks[idx[0] + 2][2]:toks[idx[1]][3]].strip('"') if idx else '')
                    base = re.sub(r'\W', '', base)
                key = prefix + '.' + base
                n = 2
                while key in existing and existing[key] != text:
                    key = prefix + '.' + base + str(n)
                    n += 1
                replacement = 'descriptionKey = "%s"' % key
            if key not in existing:
                existing[key] = text
                new.append((key, text))
            edits.append((start, end, replacement))
            moved += sum(1 for t in value_toks if t[0] == 'str' and VIET.search(t[1]))
        for start, end, rep in sorted(edits, reverse=True):
            src = src[:start] + rep + src[end:]
        open(path, 'w', encoding='utf-8').write(src)
    with open(bundle_path, 'a', encoding='utf-8') as f:
        last = None
        for key, value in new:
            p = key.split('.')[0] if not key.startswith('baocao') else 'baocao'
            if p != last:
                f.write('\n')
                last = p
            f.write(prop_escape(key, value) + '\n')
    print('help texts moved: %d literals, %d keys' % (moved, len(new)))


if __name__ == '__main__':
    main()
